"""The logbook table: every entry, with search, filters, sorting and each entry's history.

Nothing is ever deleted from here: an entry is amended (a new revision) or retracted
(with a reason, shown struck through). Entries the curriculum engine flags, such as those
dated before their part opened, are marked in the Status column.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evtdesk.entries.kinds import KINDS
from evtdesk.model import Role
from evtdesk.ui.forms.entry_form import EntryFormDialog
from evtdesk.ui.forms.field_widgets import role_label
from evtdesk.ui.panels.entries_columns import fit_columns
from evtdesk.ui.panels.entries_filter import EntriesFilterModel, period_range
from evtdesk.ui.panels.entries_model import EntriesModel
from evtdesk.ui.panels.history_dialog import HistoryDialog
from evtdesk.ui.session import LogbookSession


def engine_flags(session: LogbookSession) -> dict[str, str]:
    """Entry id → what the curriculum engine says about it (e.g. before its part opened).

    Reads the engine's `Progress.items[*].flags`; each flag may carry `entry_ids` and a
    `message`/`text`. Empty when the engine is not available.
    """
    try:
        progress = session.progress()
    except Exception:
        return {}
    out: dict[str, str] = {}
    for item in getattr(progress, "items", ()) or ():
        for flag in getattr(item, "flags", ()) or ():
            ids = getattr(flag, "entry_ids", None) or ()
            if not ids:
                continue
            text = (
                getattr(flag, "message", None)
                or getattr(flag, "text", None)
                or getattr(flag, "sentence", None)
                or str(getattr(flag, "kind", getattr(flag, "id", "flag")))
            )
            item_id = getattr(item, "id", "")
            for entry_id in ids:
                out.setdefault(entry_id, f"{item_id}: {text}" if item_id else str(text))
    return out


class EntriesPanel(QWidget):
    """The logbook table with its search and filter bar."""

    def __init__(self, session: LogbookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("EntriesPanel")
        self.model = EntriesModel(session.language, self)
        self.proxy = EntriesFilterModel(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search_changed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 10)
        bar.addWidget(self.search_edit, 1)
        # The filters get a row of their own: in one row with the search box they made the
        # window wider than a 1920 px screen at 200 % scaling.
        filters = QHBoxLayout()
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("filter_kind")
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("filter_role")
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("filter_period")
        self.site_combo = QComboBox(self)
        self.site_combo.setObjectName("filter_site")
        for combo in (self.kind_combo, self.role_combo, self.period_combo, self.site_combo):
            # Sized for ~9 characters, not for the longest item (a kind or site name can be
            # long, in Swedish and at 200 % scaling the bar would widen the window past the
            # screen); the popup still shows items in full, the closed combo elides.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(9)
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
            filters.addWidget(combo, 1)
        self.retracted_check = QCheckBox(self)
        self.retracted_check.setChecked(True)
        self.retracted_check.toggled.connect(lambda _c: self.apply_filters())
        bar.addWidget(self.retracted_check)
        layout.addLayout(bar)
        layout.addLayout(filters)

        self.table = QTableView(self)
        self.table.setObjectName("entries_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(EntriesModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Details takes the spare width; the others fit their contents, and a column no
        # entry fills is hidden (`entries_columns`), each time the entries are read.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(EntriesModel.DETAILS, QHeaderView.ResizeMode.Stretch)
        self.hidden_columns: set[int] = set()
        # `activated` alone: a double-click emits it as well as `doubleClicked` (where the
        # platform activates on double-click; where on single click, it is that click),
        # so listening to both opened two history dialogs. Enter emits it too.
        self.table.activated.connect(self._open_index)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        bottom.addWidget(self.count_label, 1)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_entry)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_selected)
        bottom.addWidget(self.new_button)
        bottom.addWidget(self.open_button)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search_edit.setFocus)

        self.proxy.filtered.connect(self._update_count)
        session.changed.connect(self.refresh)
        session.language_changed.connect(self._language_changed)
        self.retranslate()
        self.refresh()

    # --- data --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the session's shared read of the entries (a model reset, not a refill row
        by row); the read itself happened once, off the GUI thread, for all panels."""
        current = self.current_entry_id()
        self._sites = list(self.session.sites())
        sites = {s.id: f"{s.hospital}, {s.unit}" if s.unit else s.hospital for s in self._sites}
        entries = self.session.entries()
        self._years = sorted({e.date.year for e in entries}, reverse=True)
        self._fill_filters()
        self.model.set_entries(entries, sites, engine_flags(self.session))
        self.model.prepare_search()
        self.apply_filters()
        self.hidden_columns = fit_columns(self.table, self.model)
        if current:
            self.select_entry(current)

    def _fill_filters(self) -> None:
        language = self.session.language

        def refill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
            data = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            index = combo.findData(data) if data is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

        refill(
            self.kind_combo,
            [(self.tr("All kinds"), None)] + [(k.label(language), k.id) for k in KINDS],
        )
        refill(
            self.role_combo,
            [(self.tr("All roles"), None)] + [(role_label(r, language), str(r)) for r in Role],
        )
        refill(
            self.period_combo,
            [
                (self.tr("All dates"), None),
                (self.tr("Last 30 days"), "30d"),
                (self.tr("Last 12 months"), "12m"),
                (self.tr("This year"), "ytd"),
            ]
            + [(str(year), str(year)) for year in getattr(self, "_years", [])],
        )
        refill(
            self.site_combo,
            [(self.tr("All sites"), None)]
            + [
                (f"{s.hospital}, {s.unit}" if s.unit else s.hospital, s.id)
                for s in getattr(self, "_sites", [])
            ],
        )

    def _search_changed(self, _text: str) -> None:
        self._search_timer.start()

    def apply_filters(self) -> None:
        self._search_timer.stop()
        period = self.period_combo.currentData()
        start, end = period_range(period, self.session.today()) if period else (None, None)
        self.proxy.set_filters(
            text=self.search_edit.text(),
            kind=self.kind_combo.currentData(),
            role=self.role_combo.currentData(),
            site_id=self.site_combo.currentData(),
            start=start,
            end=end,
            show_retracted=self.retracted_check.isChecked(),
        )

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n entries", "", total))
        else:
            self.count_label.setText(
                self.tr("%1 of %2 entries").replace("%1", str(shown)).replace("%2", str(total))
            )

    # --- selection and actions ---------------------------------------------------------------
    def current_entry_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.entry_at(index.row()).id

    def select_entry(self, entry_id: str) -> bool:
        row = self.proxy.row_of(entry_id)
        if row < 0:
            return False
        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_history(self.proxy.entry_at(index.row()).id)

    def history_dialog(self, entry_id: str) -> HistoryDialog:
        return HistoryDialog(self.session, entry_id, self)

    def open_history(self, entry_id: str) -> HistoryDialog:
        """Open (window-modal, no nested event loop: locking may close it at any time)."""
        dialog = self.history_dialog(entry_id)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_selected(self) -> None:
        entry_id = self.current_entry_id()
        if entry_id:
            self.open_history(entry_id)

    def new_entry(self) -> EntryFormDialog:
        """A form for the kind the table is filtered on, parented to the window so that
        it survives the panels being rebuilt (locking keeps it, hidden, until unlock)."""
        dialog = EntryFormDialog(self.session, self.kind_combo.currentData(), self.window())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # --- language ----------------------------------------------------------------------------
    def _language_changed(self, language: str) -> None:
        self.model.set_language(language)
        self._fill_filters()
        self.model.set_flags(engine_flags(self.session))
        self.hidden_columns = fit_columns(self.table, self.model)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search the logbook (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.kind_combo.setAccessibleName(self.tr("Filter by kind"))
        self.role_combo.setAccessibleName(self.tr("Filter by role"))
        self.period_combo.setAccessibleName(self.tr("Filter by period"))
        self.site_combo.setAccessibleName(self.tr("Filter by site"))
        self.retracted_check.setText(self.tr("Show retracted"))
        self.table.setAccessibleName(self.tr("Logbook entries"))
        self.new_button.setText(self.tr("&New entry…"))
        self.open_button.setText(self.tr("&History…"))
        self.open_button.setToolTip(
            self.tr("See the entry's revisions; amend or retract it (Enter)")
        )
        if hasattr(self, "_sites"):
            self._fill_filters()
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, EntriesModel.COLUMN_COUNT - 1
        )
        self._update_count()
