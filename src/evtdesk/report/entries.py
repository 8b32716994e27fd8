"""Every logbook entry in tables by kind, with amendments and retractions shown.

A supervisor signs that the logbook is true, so nothing may be hidden: every field of
every entry is printed (headings are the labels of `evtdesk.entries.kinds`, the words the
trainee saw when typing), retracted entries stay in place struck through with their
reason, and amended entries are marked with the earlier values listed under the table.

Kinds too wide for one landscape page (EVT has some twenty fields) are split into parts
that repeat the row number, date and case number, so each part reads on its own and rows
are matched by number. Cells are plain pre-wrapped strings rather than Paragraphs: a ten
year logbook of thousands of entries must still build in seconds. For the same reason
the font, size and paddings every cell shares are given as a few shared `CellStyle`
objects, not as table-wide style commands, which reportlab applies cell by cell (a
million calls for 10 000 entries).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from evtdesk.entries.kinds import KINDS, FieldSpec, FieldType, KindSpec
from evtdesk.model import Entry, EntryRevision, Site
from evtdesk.report import observe
from evtdesk.report.inputs import ReportInputs
from evtdesk.report.sections import HEAD, MUTED, RULE, SHADE, Styles, esc, heading, table_heading
from evtdesk.report.text import fmt_date, fmt_datetime, fmt_value, role_label, t

SIZE, LEADING, PAD = 7.5, 9.0, 2.2
AMENDED_BG = colors.HexColor("#fff4d6")
RETRACTED_BG = colors.HexColor("#f6e3e3")
RETRACTED_INK = colors.HexColor("#8a1c1c")
WRAP_CAP = {"notes": 150.0, "site": 80.0, "role": 70.0, "text": 120.0}
ROWS_PER_CHUNK = 40  # rows per table when a kind is split in parts, so parts stay close
ROWS_PER_TABLE = 200  # bounds reportlab's cost of splitting one long table across pages


@dataclass
class Column:
    key: str
    heading: str
    spec: FieldSpec | None = None
    wrap: bool = False
    min: float = 0.0
    natural: float = 0.0
    full: float = 0.0  # the longest value on one line
    width: float = 0.0


class _Measure:
    """stringWidth with a cache: the same values ("Ja", "M1", times) recur thousands of times."""

    def __init__(self, font: str, bold: str) -> None:
        self.font, self.bold, self._cache = font, bold, {}  # type: ignore[var-annotated]

    def __call__(self, text: str, bold: bool = False) -> float:
        key = (text, bold)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = stringWidth(text, self.bold if bold else self.font, SIZE)
        return found


def _columns(kind: KindSpec | None, entries: Sequence[Entry], lang: str) -> list[Column]:
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


IDENTITY = ("nr", "date", "case", "status")


def _text(entry: Entry, col: Column, lang: str, sites: dict[int, Site]) -> str:
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


def _size(cols: list[Column], rows: list[list[str]], measure: _Measure) -> None:
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


def _partition(cols: list[Column], avail: float) -> list[list[Column]]:
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


def _fit(part: list[Column], avail: float, measure: _Measure) -> None:
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


def _wrap(text: str, col: Column, font: str) -> str:
    if not col.wrap or not text:
        return text
    return "\n".join(simpleSplit(text, font, SIZE, col.width - 2 * PAD))


def _chunks(n: int, size: int) -> Iterator[tuple[int, int]]:
    for start in range(0, n, size):
        yield start, min(n, start + size)


def _table(
    part: list[Column],
    indices: list[int],
    rows: list[list[str]],
    entries: Sequence[Entry],
    styles: Styles,
    struck: ParagraphStyle,
    lo: int,
    hi: int,
) -> Table:
    fonts = styles.fonts
    data: list[list[Any]] = [
        [Paragraph(esc(c.heading.replace("/", "/ ")), styles.cell_head) for c in part]
    ]
    commands: list[tuple[Any, ...]] = [
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE]),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, MUTED),
        ("LINEBELOW", (0, 1), (-1, -1), 0.2, RULE),
    ]
    status = next((i for i, c in enumerate(part) if c.key == "status"), -1)
    plain = _cell_style(fonts.condensed)
    bold = _cell_style(fonts.condensed_bold)
    bold_red = _cell_style(fonts.condensed_bold, RETRACTED_INK)
    row_styles = [bold if i == status else plain for i in range(len(part))]
    retracted_styles = [bold_red if i == status else plain for i in range(len(part))]
    cell_styles = [[plain] * len(part)]  # the heading row (its cells are Paragraphs)
    for r, n in enumerate(range(lo, hi), start=1):
        entry = entries[n]
        cells: list[str | Paragraph] = [
            _wrap(rows[n][i], c, fonts.condensed) for c, i in zip(part, indices, strict=True)
        ]
        if entry.retracted:
            commands.append(("BACKGROUND", (0, r), (-1, r), RETRACTED_BG))
            cells = [
                cell
                if i == status
                else Paragraph("<strike>" + esc(cell).replace("\n", "<br/>") + "</strike>", struck)
                for i, cell in enumerate(cells)
            ]
            cell_styles.append(retracted_styles)
        else:
            if entry.amended:
                commands.append(("BACKGROUND", (0, r), (-1, r), AMENDED_BG))
            cell_styles.append(row_styles)
        data.append(cells)
    table = Table(
        data,
        colWidths=[c.width for c in part],
        repeatRows=1,
        hAlign="LEFT",
        cellStyles=cell_styles,
    )
    table.setStyle(TableStyle(commands))
    return table


def _cell_style(font: str, color: Any = None) -> CellStyle:
    """What the old table-wide commands set on every cell: font, size, leading, top
    alignment, paddings (and the status column's bold, a retraction's red)."""
    style = CellStyle("entry")
    style.fontname, style.fontsize, style.leading = font, SIZE, LEADING
    style.valign = "TOP"
    style.leftPadding = style.rightPadding = PAD
    style.topPadding, style.bottomPadding = 1.2, 1.8
    if color is not None:
        style.color = color
    return style


def _diff(
    before: EntryRevision,
    after: EntryRevision,
    kind: KindSpec | None,
    lang: str,
    sites: dict[int, Site],
    arrow: str,
) -> str:
    """What a revision changed, as "label: old → new" pairs."""

    def site(rev: EntryRevision) -> str:
        found = sites.get(rev.site_id) if rev.site_id is not None else None
        return found.hospital if found else ""

    pairs: list[tuple[str, str, str]] = [
        (t("col_date", lang), fmt_date(before.date), fmt_date(after.date)),
        (t("col_case", lang), before.case_number or "", after.case_number or ""),
        (t("col_role", lang), role_label(before.role, lang), role_label(after.role, lang)),
        (t("col_site", lang), site(before), site(after)),
        (t("col_notes", lang), before.notes or "", after.notes or ""),
    ]
    names = [s.name for s in kind.fields] if kind else []
    names += sorted((set(before.fields) | set(after.fields)) - set(names))
    for name in names:
        spec = next((s for s in kind.fields if s.name == name), None) if kind else None
        label = spec.label(lang) if spec else name
        pairs.append(
            (
                label,
                fmt_value(spec, before.fields.get(name), lang),
                fmt_value(spec, after.fields.get(name), lang),
            )
        )
    empty = t("empty", lang)
    changes = [
        f"{label}: {old or empty} {arrow} {new or empty}" for label, old, new in pairs if old != new
    ]
    return "; ".join(changes) or t("no_field_change", lang)


def _change_notes(
    inputs: ReportInputs,
    kind: KindSpec | None,
    entries: Sequence[Entry],
    styles: Styles,
    sites: dict[int, Site],
) -> list[Flowable]:
    lang = inputs.language
    notes: list[Flowable] = []
    for n, entry in enumerate(entries, start=1):
        if not (entry.amended or entry.retracted):
            continue
        status = _text(entry, Column("status", ""), lang, sites).replace("\n", ", ")
        who = " · ".join(x for x in (f"Nr {n}", fmt_date(entry.date), entry.case_number or "") if x)
        lines = [f"<b>{esc(who)}</b> — {esc(status)}"]
        history = sorted(inputs.histories.get(entry.id, ()), key=lambda r: r.revision)
        for before, after in zip(history, history[1:], strict=False):
            changes = _diff(before, after, kind, lang, sites, styles.fonts.arrow)
            when = fmt_datetime(after.recorded_at)
            lines.append(
                esc(
                    t(
                        "revision_line",
                        lang,
                        rev=after.revision,
                        when=when,
                        reason=after.reason or "–",
                        changes=changes,
                    )
                )
            )
        if entry.amended and len(history) < 2:
            lines.append(esc(t("history_missing", lang)))
        if entry.retracted:
            said = t("retraction_line", lang, reason=entry.retraction_reason or "–")
            lines.append(f"<font color='#8a1c1c'>{esc(said)}</font>")
        notes.append(Paragraph("<br/>".join(lines), styles.note))
    if not notes:
        return []
    return [Spacer(1, 4), Paragraph(esc(t("changes", lang)), styles.h3), *notes]


def _without_empty(
    cols: list[Column], rows: list[list[str]]
) -> tuple[list[Column], list[list[str]], list[Column]]:
    """Leave out the columns no entry of the kind has a value in (they would only squeeze
    the others); the count line names them, so nothing is hidden."""
    keep = [i for i, c in enumerate(cols) if c.key in IDENTITY or any(row[i] for row in rows)]
    empty = [c for i, c in enumerate(cols) if i not in keep]
    return [cols[i] for i in keep], [[row[i] for i in keep] for row in rows], empty


def _count_line(entries: Sequence[Entry], retracted: int, empty: list[Column], lang: str) -> str:
    key = "entries_count" if len(entries) != 1 else "entries_count_1"
    line = t(key, lang, count=len(entries), retracted=retracted)
    if empty:
        line += ". " + t("empty_columns", lang, columns=", ".join(c.heading for c in empty))
    return line


def entry_sections(inputs: ReportInputs, styles: Styles, avail: float) -> Iterator[Flowable]:
    """One section per kind that has entries, in the order of `entry_kinds.KINDS`.

    Made as reportlab asks for them (a generator, see `pdf.LazyStory`): the tables of
    50 000 entries, made all at once, held some 100 MB until the last page was drawn."""
    lang = inputs.language
    sites = {s.id: s for s in inputs.snapshot.sites}
    measure = _Measure(styles.fonts.condensed, styles.fonts.condensed_bold)
    struck = ParagraphStyle("struck", parent=styles.cell, textColor=MUTED)
    by_kind: dict[str, list[Entry]] = {}
    for entry in inputs.snapshot.entries:
        by_kind.setdefault(entry.kind, []).append(entry)
    known = [k.id for k in KINDS]
    order = [k for k in known if k in by_kind] + sorted(k for k in by_kind if k not in known)
    yield heading(t("entries", lang), styles.h1)
    yield Paragraph(esc(t("entries_intro", lang)), styles.body)
    total, laid_out = len(inputs.snapshot.entries), 0
    for kind_id in order:
        entries = by_kind[kind_id]
        kind = next((k for k in KINDS if k.id == kind_id), None)
        cols = _columns(kind, entries, lang)
        rows = [
            [str(n) if c.key == "nr" else _text(e, c, lang, sites) for c in cols]
            for n, e in enumerate(entries, 1)
        ]
        cols, rows, empty = _without_empty(cols, rows)
        _size(cols, rows, measure)
        parts = _partition(cols, avail)
        title = kind.label(lang) if kind else kind_id
        retracted = sum(1 for e in entries if e.retracted)
        head: list[Flowable] = [
            *table_heading(title, styles.h2),
            Paragraph(esc(_count_line(entries, retracted, empty, lang)), styles.small),
            Spacer(1, 3),
        ]
        step = ROWS_PER_CHUNK if len(parts) > 1 else ROWS_PER_TABLE
        for lo, hi in _chunks(len(entries), step):
            for p, part in enumerate(parts, start=1):
                _fit(part, avail, measure)
                indices = [cols.index(c) for c in part]
                table = _table(part, indices, rows, entries, styles, struck, lo, hi)
                if len(parts) == 1:
                    yield from [*head, table, Spacer(1, 5)]
                else:  # a part is kept whole on a page, and the kind's heading with the first
                    numbered = t("table_part", lang, n=p, total=len(parts))
                    caption = f"{title} – {numbered} · Nr {lo + 1}–{hi}"
                    block = [*head[1:], Paragraph(esc(caption), styles.caption), table]
                    yield from [*head[:1], KeepTogether(block), Spacer(1, 5)]
                head = []
            laid_out += hi - lo
            observe.tick(laid_out, total)  # made as reportlab lays them out (a window ahead)
        yield from _change_notes(inputs, kind, entries, styles, sites)
        yield Spacer(1, 8)
