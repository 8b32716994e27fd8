"""The supervisor's dated measures: what a failed examination week's complements or an
insufficient year's action plan ask of the trainee, one row each (due date, what to do).

The rows become the `Measure`s the signed statement carries; the trainee later marks each
done, so a row must say what is to be done — an empty one is named, never dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from evtdesk.model import Measure
from evtdesk.model.content import MAX_MEASURE, MAX_MEASURES
from evtdesk.ui.date_edit import DateEdit

FIRST_DUE = timedelta(days=30)  # a new row's due date, shown and changeable


class MeasuresEditor(QWidget):
    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.dues: list[DateEdit] = []
        self.texts: list[QLineEdit] = []
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("measuresTable")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        probe = DateEdit(date=QDate(2099, 12, 31))  # a cell widget does not size its column
        probe.setDisplayFormat("yyyy-MM-dd")
        probe.setCalendarPopup(True)
        self.table.setColumnWidth(0, probe.sizeHint().width() + 8)
        probe.deleteLater()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addMeasure")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeMeasure")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Due"), self.tr("Measure")])
        self.add_button.setText(self.tr("Add &measure"))
        self.remove_button.setText(self.tr("Remove measure"))

    def add_row(self, due: date | None = None, text: str = "", focus: bool = True) -> int:
        """A new row, due a month from today unless said; the cursor goes to its text."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        due_edit = DateEdit(date=QDate(due or self.today + FIRST_DUE))
        due_edit.setDisplayFormat("yyyy-MM-dd")
        due_edit.setCalendarPopup(True)
        due_edit.setMinimumDate(QDate(min(self.today, due or self.today)))  # due from now on
        text_edit = QLineEdit(text)
        text_edit.setMaxLength(MAX_MEASURE)
        text_edit.setPlaceholderText(self.tr("What is to be done"))
        text_edit.textChanged.connect(lambda _t: self.changed.emit())
        due_edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.table.setCellWidget(row, 0, due_edit)
        self.table.setCellWidget(row, 1, text_edit)
        self.dues.append(due_edit)
        self.texts.append(text_edit)
        if focus:
            self.table.setCurrentCell(row, 1)
            text_edit.setFocus()
        self._update()
        self.changed.emit()
        return row

    def set_measures(self, measures: Sequence[Measure]) -> None:
        """Show these rows instead of the ones shown (another year's action plan)."""
        self.table.setRowCount(0)
        self.dues.clear()
        self.texts.clear()
        for measure in measures:
            self.add_row(measure.due, measure.text, focus=False)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row < 0:
            return
        self.table.removeRow(row)
        del self.dues[row], self.texts[row]
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        """Enable the buttons and number the rows for a screen reader, as they stand."""
        for row, (due_edit, text_edit) in enumerate(zip(self.dues, self.texts, strict=True)):
            number = str(row + 1)
            due_edit.setAccessibleName(self.tr("Due date of measure %1").replace("%1", number))
            text_edit.setAccessibleName(self.tr("Measure %1").replace("%1", number))
        self.remove_button.setEnabled(self.table.rowCount() > 0)
        self.add_button.setEnabled(self.table.rowCount() < MAX_MEASURES)

    def measures(self) -> list[Measure]:
        """The rows as typed (an empty row is a problem, see `problems`)."""
        found = []
        for due_edit, text_edit in zip(self.dues, self.texts, strict=True):
            due = due_edit.date().toPython()
            assert isinstance(due, date)
            found.append(Measure(text_edit.text().strip(), due))
        return found

    def problems(self) -> list[str]:
        return [
            self.tr("Measure %1 says nothing: write what is to be done, or remove it.").replace(
                "%1", str(row + 1)
            )
            for row, text_edit in enumerate(self.texts)
            if not text_edit.text().strip()
        ]
