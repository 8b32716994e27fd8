"""Search, filters and sorting over the logbook table, fast on 50 000 entries.

Why a flat `QAbstractProxyModel` and not a `QSortFilterProxyModel`: the latter calls
`filterAcceptsRow` (and `lessThan`, n·log n times) once per row through the Python
binding, about 2 µs a call; on a ten-year logbook of 50 000 entries that is over 100 ms for
every keystroke in the search box and seconds for a sort. Here a filter change is a few
list comprehensions over precomputed per-row values (a lowercase search string, kind, role,
site, date) and a sort is one `sorted()` over precomputed keys; Qt only ever calls back for
the rows on screen. `benchmarks/bench_entries_model.py` measures both designs.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from evtdesk.model import Entry
from evtdesk.ui.panels.entries_model import _DISPLAY, _ITEM_FLAGS, EntriesModel, _AnyIndex


class EntriesFilterModel(QAbstractProxyModel):
    """Search, filters and sort over an `EntriesModel`, computed in bulk in Python.

    Filters: `text` (every word must occur), `kind`, `role`, `site_id`, a date range
    (`start`, `end`, inclusive), `show_retracted`. Sorting goes through `sort()` like any
    Qt model, so a `QTableView` with sorting enabled drives it from its header.
    """

    filtered = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._order: list[int] = []  # all source rows in sort order
        self._rows: list[int] = []  # the visible source rows, in sort order
        self._position: list[int] | None = None  # source row -> visible row, or -1
        self._sort_column = EntriesModel.DATE
        self._sort_order = Qt.SortOrder.DescendingOrder
        self.text = ""
        self.kind: str | None = None
        self.role: str | None = None
        self.site_id: int | None = None
        self.start: date | None = None
        self.end: date | None = None
        self.show_retracted = True
        self._source: EntriesModel | None = None
        self._connections: list[Any] = []

    # --- source -----------------------------------------------------------------------------
    def setSourceModel(self, model: EntriesModel) -> None:  # type: ignore[override]
        if self._source is not None:
            for signal, slot in self._connections:
                signal.disconnect(slot)
        self.beginResetModel()
        super().setSourceModel(model)
        self._source = model
        self._connections = [
            (model.modelAboutToBeReset, self.beginResetModel),
            (model.modelReset, self._source_reset),
            (model.dataChanged, self._source_data_changed),
            (model.headerDataChanged, self.headerDataChanged),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self._order = self._sorted_rows()
        self._rows = self._accepted(self._order)
        self._position = None
        self.endResetModel()

    def source(self) -> EntriesModel:
        assert self._source is not None
        return self._source

    def _source_reset(self) -> None:
        self._order = self._sorted_rows()
        self._rows = self._accepted(self._order)
        self._position = None
        self.endResetModel()
        self.filtered.emit()

    def _source_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Iterable[int] = ()
    ) -> None:
        if self._rows:  # cheap and correct: the view repaints only what it shows
            self.dataChanged.emit(
                self.index(0, top_left.column()),
                self.index(len(self._rows) - 1, bottom_right.column()),
            )

    # --- filtering and sorting -----------------------------------------------------------------
    def set_filters(self, **filters: Any) -> None:
        """Change any of text, kind, role, site_id, start, end, show_retracted at once."""
        for name, value in filters.items():
            if name not in ("text", "kind", "role", "site_id", "start", "end", "show_retracted"):
                raise TypeError(f"unknown filter {name}")
            setattr(self, name, value)
        self.refilter()

    def refilter(self) -> None:
        self.beginResetModel()
        self._rows = self._accepted(self._order)
        self._position = None
        self.endResetModel()
        self.filtered.emit()

    def _accepted(self, rows: list[int]) -> list[int]:
        if self._source is None:
            return []
        source = self._source
        if not self.show_retracted:
            retracted = source.column_values("retracted")
            rows = [r for r in rows if not retracted[r]]
        for name, wanted in (("kind", self.kind), ("role", self.role), ("site_id", self.site_id)):
            if wanted is not None and wanted != "":
                values = source.column_values(name)
                rows = [r for r in rows if values[r] == wanted]
        if self.start is not None or self.end is not None:
            days = source.column_values("date")
            start = self.start or date.min
            end = self.end or date.max
            rows = [r for r in rows if start <= days[r] <= end]
        words = self.text.lower().split()
        if words:
            search = source.search_strings()
            for word in words:
                rows = [r for r in rows if word in search[r]]
        return rows

    def _sorted_rows(self) -> list[int]:
        """All source rows in the current sort order (stable, so ties keep store order)."""
        if self._source is None:
            return []
        rows = range(self._source.rowCount())
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if self._sort_column < 0:
            return list(rows)
        keys = self._source.sort_keys(self._sort_column)
        if self._sort_column not in (EntriesModel.DATE, EntriesModel.CASE, EntriesModel.NOTES):
            distinct = set(keys)
            if len(distinct) <= 256:
                # Few distinct values (kind, role, site, status): buckets, no comparisons.
                buckets: dict[Any, list[int]] = {
                    k: [] for k in sorted(distinct, reverse=descending)
                }
                for row, key in zip(rows, keys, strict=True):
                    buckets[key].append(row)
                return [row for bucket in buckets.values() for row in bucket]
        # reverse=True keeps ties in their original order, as the ascending sort does
        return sorted(rows, key=keys.__getitem__, reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = {self._rows[i.row()]: i for i in self.persistentIndexList() if i.isValid()}
        self._sort_column = column
        self._sort_order = order
        self._order = self._sorted_rows()
        self._rows = self._accepted(self._order)
        self._position = None
        if old:
            position = self._positions()
            sources = []
            targets = []
            for source_row, proxy_index in old.items():
                sources.append(proxy_index)
                row = position[source_row]
                targets.append(self.index(row, proxy_index.column()) if row >= 0 else QModelIndex())
            self.changePersistentIndexList(sources, targets)
        self.layoutChanged.emit()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def _positions(self) -> list[int]:
        if self._position is None:
            position = [-1] * (self._source.rowCount() if self._source else 0)
            for visible, source_row in enumerate(self._rows):
                position[source_row] = visible
            self._position = position
        return self._position

    # --- what the view asks ------------------------------------------------------------------
    def entry_at(self, row: int) -> Entry:
        return self.source().entry(self._rows[row])

    def visible_entries(self) -> list[Entry]:
        entries = self.source().entries
        return [entries[r] for r in self._rows]

    def row_of(self, entry_id: str) -> int:
        source_row = self.source().row_of(entry_id)
        return self._positions()[source_row] if source_row >= 0 else -1

    def index(self, row: int, column: int, parent: _AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if (
            parent.isValid()
            or not (0 <= row < len(self._rows))
            or not (0 <= column < EntriesModel.COLUMN_COUNT)
        ):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: _AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else EntriesModel.COLUMN_COUNT

    def hasChildren(self, parent: _AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    def mapToSource(self, proxy_index: _AnyIndex) -> QModelIndex:
        if not proxy_index.isValid() or self._source is None:
            return QModelIndex()
        return self._source.index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: _AnyIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self._positions()[source_index.row()]
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    def data(self, index: _AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or self._source is None:
            return None
        return self._source.cell(self._rows[index.row()], index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        return self._source.headerData(section, orientation, role) if self._source else None

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ITEM_FLAGS


def period_range(period: str, today: date) -> tuple[date | None, date | None]:
    """The date range of a period key: `all`, `30d`, `12m`, `ytd` or a year like `2025`."""
    if period == "30d":
        return date.fromordinal(today.toordinal() - 30), today
    if period == "12m":
        return date.fromordinal(today.toordinal() - 365), today
    if period == "ytd":
        return date(today.year, 1, 1), today
    if period.isdigit():
        year = int(period)
        return date(year, 1, 1), date(year, 12, 31)
    return None, None
