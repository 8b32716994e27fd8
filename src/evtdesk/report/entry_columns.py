"""The columns of an entries table and their widths, from the kind's fields and the values.

Apart from drawing (`report.entries`), because fitting some twenty fields to a landscape
page is the hard part: each column gets a minimum (its longest word or heading) and a
natural width (its longest value, capped for free text), parts are cut where the logistics
times begin, and the room left is shared out. Widths come from a cached `stringWidth`, as
the same values recur thousands of times in a long logbook.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from evtdesk.entries.kinds import FieldSpec, FieldType, KindSpec
from evtdesk.model import Entry, Site
from evtdesk.report.text import fmt_date, fmt_value, role_label, t

SIZE, LEADING, PAD = 7.5, 9.0, 2.2
WRAP_CAP = {"notes": 150.0, "site": 80.0, "role": 70.0, "text": 120.0}


@dataclass
class Column:
    """One column of a kind's table: a field of the kind or a logbook column (date,
    case, role, site, notes), with the widths worked out for it."""

    key: str
    heading: str
    spec: FieldSpec | None = None
    wrap: bool = False
    min: float = 0.0
    natural: float = 0.0
    full: float = 0.0  # the longest value on one line
    width: float = 0.0


class Measure:
    """stringWidth with a cache: the same values ("Ja", "M1", times) recur thousands of times."""

    def __init__(self, font: str, bold: str) -> None:
        self.font, self.bold = font, bold
        self._cache: dict[tuple[str, bool], float] = {}

    def __call__(self, text: str, bold: bool = False) -> float:
        key = (text, bold)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = stringWidth(text, self.bold if bold else self.font, SIZE)
        return found


def columns(kind: KindSpec | None, entries: Sequence[Entry], lang: str) -> list[Column]:
    """The kind's columns in the order the trainee typed them, plus any field an entry
    holds that the kind no longer lists: a report never drops a value."""
    cols = [Column("nr", "Nr"), Column("date", t("col_date", lang))]
    if kind is None or kind.case_kind or any(e.case_number for e in entries):
        cols.append(Column("case", t("col_case", lang)))
    if any(e.amended or e.retracted for e in entries):
        cols.append(Column("status", t("col_state", lang)))
    if kind is None or kind.has_role or any(e.role for e in entries):
        cols.append(Column("role", t("col_role", lang), wrap=True))
    specs = list(kind.fields) if kind else []
    known = {s.name for s in specs}
    extra = sorted({name for e in entries for name in e.fields if name not in known})
    for spec in specs:
        cols.append(Column(spec.name, spec.label(lang), spec, wrap=spec.type == FieldType.TEXT))
    for name in extra:  # fields the spec no longer lists are still shown, never dropped
        cols.append(Column(name, name, None, wrap=True))
    # A kind that records a place of its own (the unit visited) names the logbook's site
    # column as the trainee's own, so the two are not both headed "Enhet".
    own_place = any(s.name == "unit" or s.label(lang) == t("col_site", lang) for s in specs)
    cols.append(Column("site", t("col_own_site" if own_place else "col_site", lang), wrap=True))
    cols.append(Column("notes", t("col_notes", lang), wrap=True))
    return cols


IDENTITY = ("nr", "date", "case", "status")  # repeated in every part of a split table


def cell_text(entry: Entry, col: Column, lang: str, sites: dict[int, Site]) -> str:
    """What the cell shows, as the plain text the table wraps."""
    key = col.key
    if key == "date":
        return fmt_date(entry.date)
    if key == "case":
        return entry.case_number or ""
    if key == "role":
        return role_label(entry.role, lang)
    if key == "site":
        site = sites.get(entry.site_id) if entry.site_id is not None else None
        return site.hospital if site else ""
    if key == "notes":
        return entry.notes or ""
    if key == "status":
        marks = [t("retracted", lang)] if entry.retracted else []
        if entry.amended:
            marks.append(t("amended", lang, n=entry.revision - 1))
        return "\n".join(marks)
    return fmt_value(col.spec, entry.fields.get(key), lang)


def size_columns(cols: list[Column], rows: list[list[str]], measure: Measure) -> None:
    """Minimum and natural width of each column from its heading and its longest value."""
    for i, col in enumerate(cols):
        words = col.heading.replace("/", "/ ").split() or [""]
        head_min = max(measure(w, bold=True) for w in words) + 2 * PAD + 1
        longest = max(
            (max(measure(part) for part in row[i].split("\n")) for row in rows if row[i]),
            default=0.0,
        )
        value = longest + 2 * PAD + 1
        if col.wrap:
            cap = WRAP_CAP.get(col.key, WRAP_CAP["text"])
            word = (
                max((measure(w) for row in rows for w in row[i].split()), default=0.0) + 2 * PAD + 1
            )
            col.min = max(head_min, min(word, cap), min(value, 45.0))
            col.natural = max(col.min, min(value, cap))
            col.full = max(col.natural, value)
        else:
            col.min = col.natural = col.full = max(head_min, value)
        col.width = col.min


def partition(cols: list[Column], avail: float) -> list[list[Column]]:
    """Columns per part; each part repeats the identity columns. A split is placed before
    the logistics times when that makes the parts fit, so clinical data and times stay
    whole; otherwise columns are filled greedily in the order of the spec."""
    ident = [c for c in cols if c.key in IDENTITY]
    rest = [c for c in cols if c.key not in IDENTITY]
    base = sum(c.min for c in ident)
    if base + sum(c.min for c in rest) <= avail:
        return [cols]
    first_time = next(
        (i for i, c in enumerate(rest) if c.spec and c.spec.type == FieldType.DATETIME), None
    )
    if first_time:
        left, right = rest[:first_time], rest[first_time:]
        if base + sum(c.min for c in left) <= avail and base + sum(c.min for c in right) <= avail:
            return [ident + left, ident + right]
    parts: list[list[Column]] = []
    current: list[Column] = []
    width = base
    for col in rest:
        if current and width + col.min > avail:
            parts.append(ident + current)
            current, width = [], base
        current.append(col)
        width += col.min
    parts.append(ident + current)
    return parts


def fit(part: list[Column], avail: float, measure: Measure) -> None:
    """Widen wrapping columns towards their natural width, then to one line each if room
    is left, then headings that would wrap."""
    for col in part:
        col.width = col.min
    spare = avail - sum(c.width for c in part)
    for target in ("natural", "full"):
        wants = [(c, getattr(c, target) - c.width) for c in part if getattr(c, target) > c.width]
        total = sum(w for _, w in wants)
        if total > 0 and spare > 0:
            share = min(1.0, spare / total)
            for col, want in wants:
                col.width += want * share
            spare -= total * share
    for col in part:
        full = measure(col.heading, bold=True) + 2 * PAD + 1
        if spare > 0 and full > col.width:
            grow = min(spare, full - col.width)
            col.width += grow
            spare -= grow


def wrap(text: str, col: Column, font: str) -> str:
    """Line breaks for a wrapping column at its final width (reportlab does not wrap
    plain-string cells itself)."""
    if not col.wrap or not text:
        return text
    return "\n".join(simpleSplit(text, font, SIZE, col.width - 2 * PAD))


def without_empty(
    cols: list[Column], rows: list[list[str]]
) -> tuple[list[Column], list[list[str]], list[Column]]:
    """Leave out the columns no entry of the kind has a value in (they would only squeeze
    the others); the count line names them, so nothing is hidden."""
    keep = [i for i, c in enumerate(cols) if c.key in IDENTITY or any(row[i] for row in rows)]
    empty = [c for i, c in enumerate(cols) if i not in keep]
    return [cols[i] for i in keep], [[row[i] for i in keep] for row in rows], empty
