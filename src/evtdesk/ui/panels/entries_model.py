"""The logbook as a Qt table model: every entry, formatted lazily, filtered and sorted fast.

`EntriesModel` holds the list of frozen `Entry` values the store returned and formats a
cell only when a view asks for it. `EntriesFilterModel` sits between it and the view and
does search, filters and sorting.

Why the filter model is a flat `QAbstractProxyModel` and not a `QSortFilterProxyModel`:
the latter calls `filterAcceptsRow` (and `lessThan`, n·log n times) once per row through
the Python binding, about 2 µs a call; on a ten-year logbook of 50 000 entries that is
over 100 ms for every keystroke in the search box and seconds for a sort. Here a filter
change is a few list comprehensions over precomputed per-row values (a lowercase search
string, kind, role, site, date) and a sort is one `sorted()` over precomputed keys; Qt
only ever calls back for the rows on screen. `benchmarks/bench_entries_model.py` measures
both designs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from evtdesk.entries.kinds import ROLE_LABELS, FieldType, kind_spec
from evtdesk.model import Entry, Role
from evtdesk.ui.forms.field_widgets import CHOICE_LABELS, choice_label, kind_label, role_label

ENTRY_ROLE = int(Qt.ItemDataRole.UserRole.value) + 1  # the Entry value of the row
ENTRY_ID_ROLE = int(Qt.ItemDataRole.UserRole.value) + 2

# Which fields summarise an entry of each kind in the Details column, in order.
DETAIL_FIELDS: dict[str, tuple[str, ...]] = {
    "stroke_alarm": ("decision", "thrombolysis", "nihss"),
    "ct_case": ("finding", "cta", "ctp"),
    "mri_case": ("indication",),
    "angiography": ("indication", "access", "acute", "microcatheter"),
    "evt": ("occlusion_site", "technique", "mtici", "passes"),
    "complication_technique": ("technique", "procedure"),
    "simulation": ("scenario", "hours"),
    "course": ("title", "hours"),
    "certificate": ("title", "issued_by"),
    "knowledge": ("item", "activity"),
    "cme": ("title", "hours"),
    "observation_visit": ("unit", "days"),
    "exam_week_case": ("evt_performed", "occlusion_site", "mtici"),
    "followup_case": ("evt_performed", "occlusion_site", "mtici"),
}
_ROLE_ORDER = {str(role): n for n, role in enumerate(Role)}
_AnyIndex = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ACCESSIBLE_DESCRIPTION = int(Qt.ItemDataRole.AccessibleDescriptionRole.value)
_ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ROLE_WORDS = {str(k): f"{v[0]} {v[1]}".lower() for k, v in ROLE_LABELS.items()}
_CHOICE_WORDS = {k: f"{v[0]} {v[1]}".lower() for k, v in CHOICE_LABELS.items()}


def summarise(entry: Entry, language: str) -> str:
    """A short line of the entry's main field values (the Details column)."""
    try:
        spec = kind_spec(entry.kind)
    except KeyError:
        return ""
    parts: list[str] = []
    for name in DETAIL_FIELDS.get(entry.kind, ()):
        value = entry.fields.get(name)
        if value is None or value == "":
            continue
        try:
            fspec = spec.field(name)
        except KeyError:
            continue
        if fspec.type is FieldType.BOOL:
            if value:
                parts.append(fspec.label(language))
        elif fspec.type is FieldType.CHOICE:
            text = choice_label(str(value), language)
            parts.append(f"mTICI {text}" if name == "mtici" else text)
        elif fspec.type in (FieldType.INT, FieldType.FLOAT):
            number = f"{value:g}" if isinstance(value, float) else str(value)
            parts.append(f"{fspec.label(language)} {number}")
        else:
            parts.append(str(value))
    return " · ".join(parts)


class EntriesModel(QAbstractTableModel):
    """All entries of a logbook, one row each, in the order given."""

    DATE, KIND, ROLE, CASE, SITE, DETAILS, NOTES, STATUS = range(8)
    COLUMN_COUNT = 8

    def __init__(self, language: str = "sv", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._entries: list[Entry] = []
        self._sites: dict[int, str] = {}
        self._flags: dict[str, str] = {}
        self._search: list[str] | None = None
        self._keys: dict[int, list[Any]] = {}
        self._columns: dict[str, list[Any]] = {}
        self._search_cache: dict[str, tuple[int, str]] = {}
        self._fresh_cache: dict[str, tuple[int, str]] = {}
        self._partial: list[str] = []
        self._generation = 0
        self._partial_generation = -1
        self._kind_words: dict[str, str] = {}
        self._grey = QBrush(QColor(128, 128, 128))
        self._flag_brush = QBrush(QColor(176, 96, 0))
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    # --- contents --------------------------------------------------------------------
    def set_entries(
        self,
        entries: Sequence[Entry],
        sites: Mapping[int, str] | None = None,
        flags: Mapping[str, str] | None = None,
    ) -> None:
        """Replace everything; `flags` maps entry ids to the engine's flag text."""
        self.beginResetModel()
        self._entries = list(entries)
        if sites is not None and dict(sites) != self._sites:
            self._sites = dict(sites)
            self._search_cache = {}
        self._flags = dict(flags or {})
        self._search = None
        self._partial = []
        self._fresh_cache = {}
        self._generation += 1
        self._keys = {}
        self._columns = {}
        self.endResetModel()

    def set_flags(self, flags: Mapping[str, str]) -> None:
        self._flags = dict(flags)
        self._keys.pop(self.STATUS, None)
        if self._entries:
            self.dataChanged.emit(
                self.index(0, self.STATUS), self.index(len(self._entries) - 1, self.STATUS)
            )

    def set_language(self, language: str) -> None:
        if language == self._language:
            return
        self._language = language
        self._keys = {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._entries:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._entries) - 1, self.COLUMN_COUNT - 1)
            )

    @property
    def language(self) -> str:
        return self._language

    @property
    def entries(self) -> list[Entry]:
        return self._entries

    @property
    def flags(self) -> dict[str, str]:
        return self._flags

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    def row_of(self, entry_id: str) -> int:
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                return row
        return -1

    def site_name(self, site_id: int | None) -> str:
        return self._sites.get(site_id, "") if site_id is not None else ""

    # --- precomputed per-row values for the filter model --------------------------------
    def prepare_search(self, chunk: int = 2000) -> None:
        """Build the search strings in small steps while the event loop is idle.

        Called after a reset, so that the first keystroke in the search box finds them
        ready; `search_strings()` finishes whatever is left if it comes sooner.
        """
        if self._search is not None:
            return
        self._partial = []
        self._partial_generation = generation = self._generation

        def step() -> None:
            if self._generation != generation or self._search is not None:
                return
            start = len(self._partial)
            self._partial.extend(self._cached_search(self._entries[start : start + chunk]))
            if len(self._partial) >= len(self._entries):
                self._finish_search(self._partial)
            else:
                QTimer.singleShot(0, step)

        QTimer.singleShot(0, step)

    def _cached_search(self, entries: Sequence[Entry]) -> list[str]:
        cache = self._search_cache
        fresh = self._fresh_cache
        build = self._search_string
        out = []
        for e in entries:
            hit = cache.get(e.id)
            if hit is None or hit[0] != e.changed_seq:
                hit = (e.changed_seq, build(e))
            fresh[e.id] = hit
            out.append(hit[1])
        return out

    def _finish_search(self, strings: list[str]) -> None:
        self._search = strings
        self._search_cache = (
            self._fresh_cache
        )  # kept across resets: a re-read rebuilds only changes
        self._fresh_cache = {}
        self._partial = []

    def search_strings(self) -> list[str]:
        """One lowercase string per row holding everything a search may match.

        Labels are included in both languages so that the search needs no rebuild when
        the language changes. Built on first use, kept until the entries change.
        """
        if self._search is None:
            done = self._partial if self._partial_generation == self._generation else []
            self._finish_search(done + self._cached_search(self._entries[len(done) :]))
        assert self._search is not None
        return self._search

    def column_values(self, name: str) -> list[Any]:
        """The attribute `name` of every entry as one list (built once per reset).

        Filtering reads these flat lists rather than each `Entry`: touching 50 000
        scattered objects costs far more than indexing a list of shared strings.
        """
        values = self._columns.get(name)
        if values is None:
            values = self._columns[name] = list(map(attrgetter(name), self._entries))
        return values

    def _search_string(self, e: Entry) -> str:
        kind = self._kind_words.get(e.kind)
        if kind is None:
            try:
                spec = kind_spec(e.kind)
                kind = self._kind_words[e.kind] = f"{spec.sv} {spec.en}".lower()
            except KeyError:
                kind = self._kind_words[e.kind] = e.kind
        texts = [v.lower() for v in e.fields.values() if isinstance(v, str) and not v[:1].isdigit()]
        return " ".join(
            (
                e.date.isoformat(),
                kind,
                _ROLE_WORDS.get(e.role, "") if e.role else "",
                (e.case_number or "").lower(),
                e.notes.lower(),
                self._sites.get(e.site_id, "").lower() if e.site_id is not None else "",
                *texts,
                *[_CHOICE_WORDS.get(t, "") for t in texts],
                (e.retraction_reason or "").lower(),
            )
        )

    def sort_keys(self, column: int) -> list[Any]:
        """One sort key per row for `column`.

        Keys hold no tie-breakers: the filter model sorts stably, starting from the
        store's order (date, then order of entry), so ties stay in that order.
        """
        keys = self._keys.get(column)
        if keys is not None:
            return keys
        entries = self._entries
        language = self._language
        if column == self.DATE:
            seqs = self.column_values("created_seq")
            ordinals = list(map(date.toordinal, self.column_values("date")))
            keys = [(day << 32) | seq for day, seq in zip(ordinals, seqs, strict=True)]
        elif column == self.KIND:
            labels = {k: kind_label(k, language).lower() for k in set(self.column_values("kind"))}
            keys = [labels[k] for k in self.column_values("kind")]
        elif column == self.ROLE:
            keys = [_ROLE_ORDER.get(r or "", -1) for r in self.column_values("role")]
        elif column == self.CASE:
            keys = [(c or "").lower() for c in self.column_values("case_number")]
        elif column == self.SITE:
            names = {s: self.site_name(s).lower() for s in set(self.column_values("site_id"))}
            keys = [names[s] for s in self.column_values("site_id")]
        elif column == self.DETAILS:
            keys = [summarise(e, language).lower() for e in entries]
        elif column == self.NOTES:
            keys = [n.lower() for n in self.column_values("notes")]
        else:
            flags = self._flags
            keys = [(e.retracted, e.id in flags, e.revision) for e in entries]
        self._keys[column] = keys
        return keys

    # --- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.column_title(section)

    def column_title(self, section: int) -> str:
        titles = (
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Role"),
            self.tr("Case no."),
            self.tr("Site"),
            self.tr("Details"),
            self.tr("Notes"),
            self.tr("Status"),
        )
        return titles[section] if 0 <= section < len(titles) else ""

    def data(self, index: _AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int = _DISPLAY) -> Any:
        """`data()` by row and column (the filter model calls this directly)."""
        entry = self._entries[row]
        role = int(role)
        if role == _DISPLAY:
            return self.display(entry, column)
        if role == _FONT:
            return self._struck if entry.retracted and column != self.STATUS else None
        if role == _FOREGROUND:
            if entry.retracted:
                return self._grey
            if column == self.STATUS and entry.id in self._flags:
                return self._flag_brush
            return None
        if role == _TOOLTIP:
            if column == self.STATUS or column == self.DATE:
                return self.status_text(entry) or None
            if column == self.NOTES and entry.notes:
                return entry.notes
            if column == self.DETAILS:
                return summarise(entry, self._language) or None
            return None
        if role == ENTRY_ROLE:
            return entry
        if role == ENTRY_ID_ROLE:
            return entry.id
        if role == _ACCESSIBLE_DESCRIPTION:
            return self.status_text(entry) or None
        return None

    def display(self, entry: Entry, column: int) -> str:
        if column == self.DATE:
            return entry.date.isoformat()
        if column == self.KIND:
            return kind_label(entry.kind, self._language)
        if column == self.ROLE:
            return role_label(entry.role, self._language)
        if column == self.CASE:
            return entry.case_number or ""
        if column == self.SITE:
            return self.site_name(entry.site_id)
        if column == self.DETAILS:
            return summarise(entry, self._language)
        if column == self.NOTES:
            first = entry.notes.split("\n", 1)[0]
            return first if len(first) <= 80 else first[:79] + "…"
        if column == self.STATUS:
            return self.status_text(entry)
        return ""

    def status_text(self, entry: Entry) -> str:
        parts = []
        if entry.retracted:
            parts.append(self.tr("Retracted: %1").replace("%1", entry.retraction_reason or ""))
        elif entry.amended:
            parts.append(self.tr("Amended (revision %1)").replace("%1", str(entry.revision)))
        flag = self._flags.get(entry.id)
        if flag:
            parts.append("⚑ " + flag)
        return " · ".join(parts)


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
