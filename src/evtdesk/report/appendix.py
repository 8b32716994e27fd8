"""What the report's pages point to instead of printing in place: the whole list of
entries a flag names, and free texts too long for a table cell (issue 21).

reportlab splits a table only between rows, so a cell taller than a page ends the build
with a `LayoutError`, and with it the export: a flag naming the 1 500 EVT of a backlog, a
4000-character note in a narrow column. A flag therefore names its first
`SHOWN_ENTRIES` entries and the count of the rest, and a long text is cut at a word near
`TEXT_LIMIT` characters with a pointer ("T3"); the appendix at the end of the report
holds every entry and every text whole, in flowables that split across pages (tables of
plain rows with a repeated heading, paragraphs). Nothing a supervisor signs on is left
out, only moved.

One `Appendix` is filled while the story is made, in page order, and laid out last.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from evtdesk.entries.kinds import kind_spec
from evtdesk.model import Entry
from evtdesk.report.sections import HEAD, MUTED, RULE, Styles, esc, heading, table_heading
from evtdesk.report.text import fmt_date, t

SHOWN_ENTRIES = 10  # entries a flag names in place
SHOWN_LINES = 5  # lines of a list (a verdict's measures) shown in a table cell
LINE_LIMIT = 200  # characters of each of them
TEXT_LIMIT = 600  # characters of a free text shown in a table cell
ROWS_PER_TABLE = 200  # bounds reportlab's cost of splitting one long table across pages

_TEXT: dict[str, tuple[str, str]] = {
    "more": (
        "… och ytterligare {n}, alla listade i appendix",
        "… and {n} more, all listed in the appendix",
    ),
    "cut": ("… [hela texten: {ref} i appendix]", "… [whole text: {ref} in the appendix]"),
    "cut_list": (
        "… och ytterligare {n} [hela listan: {ref} i appendix]",
        "… and {n} more [the whole list: {ref} in the appendix]",
    ),
    "whole_list": ("[hela listan: {ref} i appendix]", "[the whole list: {ref} in the appendix]"),
    "entries_heading": (
        "Appendix: poster som flaggorna nämner",
        "Appendix: entries the flags name",
    ),
    "entries_intro": (
        "Varje post som en flagga i måluppfyllelsen gäller, i flaggans ordning; där står de "
        "första {shown} och antalet.",
        "Every entry a flag in the progress pages concerns, in the flag's order; the progress "
        "pages name the first {shown} and the count.",
    ),
    "texts_heading": ("Appendix: hela texter", "Appendix: texts in full"),
    "texts_intro": (
        "Texter som är för långa för en tabellcell visas där med början och en hänvisning "
        "(T1, T2 …); här står de i sin helhet.",
        "Texts too long for a table cell show their beginning there with a reference "
        "(T1, T2 …); here they are in full.",
    ),
    "kind": ("Typ", "Kind"),
    "unknown": ("(posten finns inte i loggboken)", "(the entry is not in the logbook)"),
}


def say(key: str, language: str, **values: object) -> str:
    sv, en = _TEXT[key]
    return (sv if language == "sv" else en).format(**values)


def fmt_count(n: int, language: str) -> str:
    """1 490 (Swedish, a no-break space) or 1,490 (English)."""
    grouped = f"{n:,}"
    return grouped.replace(",", "\u00a0") if language == "sv" else grouped


def cut(text: str, limit: int = TEXT_LIMIT) -> str:
    """The text's beginning, ended at a word (or at `limit` when a word is longer)."""
    head = text[:limit]
    space = head.rfind(" ", limit // 2)
    return (head[:space] if space > 0 else head).rstrip()


@dataclass(frozen=True)
class _Flagged:
    item_id: str
    message: str
    entry_ids: tuple[str, ...]


class Appendix:
    """Collects what the pages point to, and lays it out (`flowables`) after them."""

    def __init__(self, language: str, entries: Sequence[Entry]) -> None:
        self.language = language
        self._entries = entries
        self._by_id: dict[str, Entry] | None = None
        self.flagged: list[_Flagged] = []
        self.texts: list[tuple[str, str]] = []  # (where, the whole text)

    def entry(self, entry_id: str) -> Entry | None:
        if self._by_id is None:
            self._by_id = {e.id: e for e in self._entries}
        return self._by_id.get(entry_id)

    def flag_entries(self, item_id: str, message: str, entry_ids: Sequence[str]) -> str:
        """A flag's entries as a line of text: all of them when few, else the first
        `SHOWN_ENTRIES` and the count of the rest (the appendix then lists them all)."""
        shown = [self._named(i) for i in entry_ids[:SHOWN_ENTRIES]]
        line = "; ".join(shown)
        rest = len(entry_ids) - len(shown)
        if rest > 0:
            self.flagged.append(_Flagged(item_id, message, tuple(entry_ids)))
            line += " " + say("more", self.language, n=fmt_count(rest, self.language))
        return line

    def _named(self, entry_id: str) -> str:
        entry = self.entry(entry_id)
        if entry is None:
            return entry_id
        kind = kind_label(entry.kind, self.language)
        return " ".join(x for x in (fmt_date(entry.date), kind, entry.case_number or "") if x)

    def text(self, text: str, where: str, limit: int = TEXT_LIMIT) -> str:
        """`text` as Paragraph markup: whole when short, else its beginning and a pointer
        to the appendix, which keeps it whole under `where`."""
        if len(text) <= limit:
            return esc(text)
        return esc(cut(text, limit)) + " " + esc(self.pointer(text, where))

    def lines(
        self, lines: Sequence[str], where: str, prefix: str = "", shown: int = SHOWN_LINES
    ) -> list[str]:
        """A list's lines as markup for one cell: all of them when the list is short,
        else the first `shown`, each at most `LINE_LIMIT` characters, and a last line
        pointing to the whole list in the appendix (with the count of the rest)."""
        if len(lines) <= shown and all(len(line) <= LINE_LIMIT for line in lines):
            return [esc(prefix + line) for line in lines]
        ref = self._keep("\n".join(prefix + line for line in lines), where)
        out = [
            esc(prefix + (line if len(line) <= LINE_LIMIT else cut(line, LINE_LIMIT) + " …"))
            for line in lines[:shown]
        ]
        rest = len(lines) - len(out)
        if rest > 0:
            out.append(
                esc(say("cut_list", self.language, n=fmt_count(rest, self.language), ref=ref))
            )
        else:
            out.append(esc(say("whole_list", self.language, ref=ref)))
        return out

    def pointer(self, text: str, where: str) -> str:
        """Keep `text` for the appendix; the plain words that point to it."""
        return say("cut", self.language, ref=self._keep(text, where))

    def _keep(self, text: str, where: str) -> str:
        self.texts.append((where, text))
        return f"T{len(self.texts)}"

    def __bool__(self) -> bool:
        return bool(self.flagged or self.texts)

    def flowables(self, styles: Styles, width: float) -> Iterator[Flowable]:
        """The appendix, or nothing. Made when reportlab reaches it (a generator), so
        everything the pages before it pointed to is known."""
        lang = self.language
        if self.flagged:
            yield heading(say("entries_heading", lang), styles.h1)
            intro = say("entries_intro", lang, shown=SHOWN_ENTRIES)
            yield Paragraph(esc(intro), styles.body)
            for flagged in self.flagged:
                said = f"{flagged.item_id} · {t('flag', lang)}: {flagged.message}"
                yield from table_heading(said, styles.h3, level=1, room=24 * mm)
                yield from self._entry_tables(flagged, styles, width)
                yield Spacer(1, 6)
        if self.texts:
            yield heading(say("texts_heading", lang), styles.h1)
            yield Paragraph(esc(say("texts_intro", lang)), styles.body)
            for n, (where, text) in enumerate(self.texts, start=1):
                yield Paragraph(f"<b>T{n}</b> · {esc(where)}", styles.h3)
                for paragraph in text.split("\n"):
                    yield Paragraph(esc(paragraph) or "&nbsp;", styles.body)

    def _entry_tables(self, flagged: _Flagged, styles: Styles, width: float) -> Iterator[Table]:
        lang = self.language
        head = ["Nr", t("col_date", lang), say("kind", lang), t("col_case", lang)]
        head.append(t("col_item", lang))
        plain = _cell_style(styles.fonts.condensed)
        bold = _cell_style(styles.fonts.condensed_bold)
        widths = [14 * mm, 22 * mm, 0.0, 34 * mm, 20 * mm]
        widths[2] = width - sum(widths)
        ids = flagged.entry_ids
        for lo in range(0, len(ids), ROWS_PER_TABLE):
            data: list[list[Any]] = [head]
            for n in range(lo, min(len(ids), lo + ROWS_PER_TABLE)):
                entry = self.entry(ids[n])
                if entry is None:
                    data.append([str(n + 1), "", say("unknown", lang), ids[n], flagged.item_id])
                    continue
                kind = kind_label(entry.kind, lang)
                case = entry.case_number or ""
                data.append([str(n + 1), fmt_date(entry.date), kind, case, flagged.item_id])
            styles_ = [[bold] * len(head)] + [[plain] * len(head)] * (len(data) - 1)
            table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", cellStyles=styles_)
            table.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
                        ("LINEBELOW", (0, 0), (-1, 0), 0.6, MUTED),
                        ("LINEBELOW", (0, 1), (-1, -1), 0.2, RULE),
                    ]
                )
            )
            yield table


def _cell_style(font: str) -> CellStyle:
    style = CellStyle("appendix")
    style.fontname, style.fontsize, style.leading = font, 7.5, 9.0
    style.valign = "TOP"
    style.leftPadding = style.rightPadding = 2.5
    style.topPadding, style.bottomPadding = 1.2, 1.8
    return style


def kind_label(kind: str, language: str) -> str:
    try:
        return kind_spec(kind).label(language)
    except KeyError:
        return kind
