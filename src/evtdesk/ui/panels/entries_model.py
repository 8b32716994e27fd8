"""The logbook as a Qt table model: every entry, formatted lazily, filtered and sorted fast.

`EntriesModel` holds the list of frozen `Entry` values the store returned and formats a
cell only when a view asks for it. `EntriesFilterModel` (entries_filter.py) sits between it
and the view and does search, filters and sorting. (Just over 400 lines: the columns'
formatting is one concern, read cell by cell by the one model.)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont

from evtdesk.entries.kinds import ROLE_LABELS, FieldType, kind_spec
from evtdesk.model import Entry, Role
from evtdesk.ui.forms.field_widgets import CHOICE_LABELS, choice_label, kind_label, role_label
from evtdesk.ui.tooltips import plain_tooltip

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
    "meeting": ("title", "meeting_type", "hours"),
    "network_contact": ("contact", "network"),
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
                return plain_tooltip(entry.notes)
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
