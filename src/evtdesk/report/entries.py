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
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from evtdesk.entries.kinds import KINDS
from evtdesk.model import Entry
from evtdesk.report import observe
from evtdesk.report.appendix import Appendix
from evtdesk.report.entry_changes import change_notes
from evtdesk.report.entry_columns import (
    LEADING,
    PAD,
    SIZE,
    Column,
    Measure,
    cell_text,
    columns,
    fit,
    partition,
    size_columns,
    without_empty,
    wrap,
)
from evtdesk.report.inputs import ReportInputs
from evtdesk.report.sections import HEAD, MUTED, RULE, SHADE, Styles, esc, heading, table_heading
from evtdesk.report.text import t

AMENDED_BG = colors.HexColor("#fff4d6")
RETRACTED_BG = colors.HexColor("#f6e3e3")
RETRACTED_INK = colors.HexColor("#8a1c1c")
ROWS_PER_CHUNK = 40  # rows per table when a kind is split in parts, so parts stay close
ROWS_PER_TABLE = 200  # bounds reportlab's cost of splitting one long table across pages
MAX_CELL_LINES = 16  # lines of one cell: a row is never split, so it must fit a page


def _chunks(n: int, size: int) -> Iterator[tuple[int, int]]:
    for start in range(0, n, size):
        yield start, min(n, start + size)


def _bounded(text: str, col: Column, font: str, where: str, appendix: Appendix) -> str:
    """A cell's text wrapped at the column's width and at most `MAX_CELL_LINES` lines
    high (a table row cannot split across pages); a longer text ends with a pointer to
    the appendix, which keeps it whole."""
    wrapped = wrap(text, col, font)
    if wrapped.count("\n") < MAX_CELL_LINES:
        return wrapped
    pointer = appendix.pointer(text, f"{where} · {col.heading}")
    tail = simpleSplit(pointer, font, SIZE, col.width - 2 * PAD)
    return "\n".join(wrapped.split("\n")[: MAX_CELL_LINES - len(tail)] + tail)


def _table(
    part: list[Column],
    indices: list[int],
    rows: list[list[str]],
    entries: Sequence[Entry],
    styles: Styles,
    struck: ParagraphStyle,
    lo: int,
    hi: int,
    title: str,
    appendix: Appendix,
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
        where = " · ".join(x for x in (f"{title} Nr {n + 1}", rows[n][1], entry.case_number) if x)
        cells: list[str | Paragraph] = [
            _bounded(rows[n][i], c, fonts.condensed, where, appendix)
            for c, i in zip(part, indices, strict=True)
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


def _count_line(entries: Sequence[Entry], retracted: int, empty: list[Column], lang: str) -> str:
    key = "entries_count" if len(entries) != 1 else "entries_count_1"
    line = t(key, lang, count=len(entries), retracted=retracted)
    if empty:
        line += ". " + t("empty_columns", lang, columns=", ".join(c.heading for c in empty))
    return line


def entry_sections(
    inputs: ReportInputs, styles: Styles, avail: float, appendix: Appendix
) -> Iterator[Flowable]:
    """One section per kind that has entries, in the order of `entry_kinds.KINDS`.

    Made as reportlab asks for them (a generator, see `pdf.LazyStory`): the tables of
    50 000 entries, made all at once, held some 100 MB until the last page was drawn."""
    lang = inputs.language
    sites = {s.id: s for s in inputs.snapshot.sites}
    measure = Measure(styles.fonts.condensed, styles.fonts.condensed_bold)
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
        cols = columns(kind, entries, lang)
        rows = [
            [str(n) if c.key == "nr" else cell_text(e, c, lang, sites) for c in cols]
            for n, e in enumerate(entries, 1)
        ]
        cols, rows, empty = without_empty(cols, rows)
        size_columns(cols, rows, measure)
        parts = partition(cols, avail)
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
                fit(part, avail, measure)
                indices = [cols.index(c) for c in part]
                table = _table(
                    part, indices, rows, entries, styles, struck, lo, hi, title, appendix
                )
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
        yield from change_notes(inputs, kind, entries, styles, sites)
        yield Spacer(1, 8)
