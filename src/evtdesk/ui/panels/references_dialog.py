"""Entering the national reference values for the logistics times, with source and year.

EVTDesk ships none (the guidance names the registries but gives no numbers, and they
change every year), so the user types each median they want to compare against, where it
is from and which year it describes. The same checks as `evtdesk quality --set-reference`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evtdesk.curriculum.outcomes.logistics import INTERVAL_KEYS, INTERVALS
from evtdesk.curriculum.outcomes.references import (
    REFERENCES_SETTING,
    ReferenceValue,
    check_reference,
    references_from_setting,
    references_to_setting,
)
from evtdesk.store import LogbookError
from evtdesk.ui.session import LogbookSession

MINUTES, SOURCE, YEAR = 1, 2, 3


class ReferencesDialog(QDialog):
    """One row per logistics interval: minutes, source, year; an empty row has none."""

    def __init__(self, session: LogbookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("ReferencesDialog")
        self.setWindowTitle(self.tr("National reference values"))
        self.resize(820, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Enter the national median you compare against, in minutes, with where it "
                "is from (e.g. the Riksstroke or EVAS annual report) and its year. Leave a "
                "row empty for none."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(INTERVALS), 4, self)
        self.table.setObjectName("referencesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Interval"), self.tr("Minutes"), self.tr("Source"), self.tr("Year")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Stretch)
        for column in (MINUTES, YEAR):  # room for "62.5" and "2024" at any font size
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, self.fontMetrics().horizontalAdvance("0") * 9)
        layout.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setObjectName("referencesMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()

    def _fill(self) -> None:
        with self.session.reading:
            stored = self.session.logbook.records.setting(REFERENCES_SETTING)
        references = references_from_setting(stored)
        for row, spec in enumerate(INTERVALS):
            label = QTableWidgetItem(spec.label(self.session.language))
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, label)
            ref = references.get(spec.key)
            values = (
                ("", "", "") if ref is None else (f"{ref.minutes:g}", ref.source, str(ref.year))
            )
            for column, text in zip((MINUTES, SOURCE, YEAR), values, strict=True):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def references(self) -> dict[str, ReferenceValue]:
        """The rows as reference values; ValueError naming the first row that is wrong."""
        found: dict[str, ReferenceValue] = {}
        this_year = date.today().year
        for row, spec in enumerate(INTERVALS):
            minutes, source, year = (self._text(row, c) for c in (MINUTES, SOURCE, YEAR))
            if not (minutes or source or year):
                continue
            label = spec.label(self.session.language)
            try:
                value = float(minutes.replace(",", "."))
                when = int(year)
            except ValueError:
                raise ValueError(
                    self.tr("{row}: give the minutes and the year as numbers.").format(row=label)
                ) from None
            if not 0 < value <= 24 * 60:
                raise ValueError(
                    self.tr("{row}: a median time is more than 0 and at most 1440 minutes.").format(
                        row=label
                    )
                )
            if not source:
                raise ValueError(self.tr("{row}: say where the value is from.").format(row=label))
            if not 1990 <= when <= this_year:
                raise ValueError(
                    self.tr("{row}: the year of a published figure, 1990–{year}.").format(
                        row=label, year=this_year
                    )
                )
            found[spec.key] = check_reference(
                spec.key, value, source, when, INTERVAL_KEYS, this_year
            )
        return found

    def save(self) -> None:
        try:
            references = self.references()
        except ValueError as error:
            self.message.setText(str(error))
            return
        try:
            with self.session.reading:
                self.session.logbook.records.set_setting(
                    REFERENCES_SETTING, references_to_setting(references)
                )
        except LogbookError as error:  # a source holding a personal identity number
            self.message.setText(str(error))  # says that nothing was saved
            return
        self.session.notify_changed()
        self.accept()
