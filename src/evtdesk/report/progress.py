"""Progress per curriculum requirement, in the order the guidance gives them.

This is the page a supervisor reads before attesting: for each item its id, title and the
section of the guidance it cites, whether it is mandatory, its state in words with a
marker whose shape differs by state (colour is never the only signal, and the report is
often printed in black and white), done/required for every sub-condition, and the flags,
training-plan adaptations and the sentence saying what remains. The numbers all come
from the curriculum engine's typed result (`evtdesk.curriculum.progress`); the report never
counts on its own, so app and report agree.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from evtdesk.curriculum import vocabulary
from evtdesk.curriculum.progress import (
    ConditionProgress,
    Flag,
    ItemProgress,
    PartProgress,
    Progress,
)
from evtdesk.model import Adaptation, Attestation
from evtdesk.report.appendix import Appendix
from evtdesk.report.inputs import ReportInputs
from evtdesk.report.sections import Styles, esc, grid_style, heading, table_heading
from evtdesk.report.text import fmt_date, t

STATE_COLOURS = {
    "met": colors.HexColor("#2e7d32"),
    "attested": colors.HexColor("#1f4e9c"),
    "open": colors.HexColor("#c77800"),
    "locked": colors.HexColor("#7a7a7a"),
    "waived": colors.HexColor("#7a7a7a"),
}


class StateMarker(Flowable):
    """A small marker: filled disc (met), disc with ring (attested), ring (open), square
    (locked). Shapes differ so the state reads without colour."""

    def __init__(self, state: str, size: float = 7.0) -> None:
        super().__init__()
        self.state, self.size = state, size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size + 2

    def draw(self) -> None:
        c, s = self.canv, self.size
        colour = STATE_COLOURS.get(self.state, STATE_COLOURS["locked"])
        c.setStrokeColor(colour)
        c.setFillColor(colour)
        c.setLineWidth(1.1)
        r = s / 2
        if self.state == "met":
            c.circle(r, r, r, stroke=1, fill=1)
        elif self.state == "attested":
            c.circle(r, r, r, stroke=1, fill=0)
            c.circle(r, r, r * 0.55, stroke=0, fill=1)
        elif self.state == "open":
            c.circle(r, r, r - 0.5, stroke=1, fill=0)
        else:
            c.rect(0.5, 0.5, s - 1, s - 1, stroke=1, fill=0)


def _state(item: ItemProgress) -> str:
    return item.state or "open"


def _num(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:g}" if isinstance(value, float) else str(value)


def condition_line(cond: ConditionProgress, language: str) -> str:
    """ "Label: done / required unit", with what remains when not met."""
    label = cond.label(language) or cond.id
    done, required = cond.done, cond.required
    unit = cond.unit_sv if language == "sv" else cond.unit_en
    unit = "" if unit in ("count", "st") else unit
    line = f"{esc(label)}: <b>{_num(done)}</b> / {_num(required)}" + (
        f" {esc(unit)}" if unit else ""
    )
    if not cond.met:
        remaining = max(0, required - done)
        if remaining:
            line += f" <i>({esc(t('missing', language).lower())} {_num(remaining)})</i>"
    return line


def _flag_line(flag: Flag, item_id: str, lang: str, appendix: Appendix) -> str:
    """A flag in words, naming the entries it concerns (date, kind, case number): the
    first few and the count of the rest when many, all of them in the appendix."""
    message, ids = flag.message or flag.kind, flag.entry_ids
    line = f"<b>{esc(t('flag', lang))}:</b> {appendix.text(message, f'{item_id} · {message}')}"
    if ids:
        line += "<br/>" + esc(appendix.flag_entries(item_id, message, ids))
    return line


def _refusal_line(refusal: Attestation, item_id: str, language: str, appendix: Appendix) -> str:
    who = refusal.supervisor_name or "–"
    said = t("refused_by", language, who=who, when=fmt_date(refusal.signed_at))
    comment = refusal.comment
    comment = f": {appendix.text(comment, f'{item_id} · {said}')}" if comment else ""
    return f"<font color='#8a1c1c'><b>{esc(said)}</b>{comment}</font>"


def _adaptation_line(
    adaptation: Adaptation, item_id: str, language: str, appendix: Appendix
) -> str:
    extra = []
    if adaptation.waived:
        extra.append(t("waived", language))
    if adaptation.required:
        extra.append(", ".join(f"{k} = {_num(v)}" for k, v in adaptation.required.items()))
    who, when = adaptation.decided_by, adaptation.decided_on
    if who or when:
        extra.append(t("adaptation_by", language, who=who or "–", when=fmt_date(when)).strip())
    suffix = f" ({esc('; '.join(extra))})" if extra else ""
    title = t("adaptation", language)
    note = appendix.text(adaptation.note, f"{item_id} · {title}")
    return f"<b>{esc(title)}:</b> {note}{suffix}"


def _details(item: ItemProgress, lang: str, appendix: Appendix) -> list[str]:
    """Flags, stale attestations, adaptations and the missing sentence, as lines, each
    of bounded length (a longer text is cut, whole in the appendix): each becomes a row
    of its own, so an item with many is split across pages between them."""
    lines: list[str] = []
    where = f"{item.id} · {t('progress', lang)}"
    refusal = _refusal(item)
    if refusal is not None:
        lines.append(_refusal_line(refusal, item.id, lang, appendix))
    stale = [f for f in item.flags if f.kind == "stale_attestation"]
    if item.stale or stale:
        lines.append(f"<b>{esc(t('flag', lang))}:</b> {esc(t('stale', lang))}")
    lines += [
        f"<font color='#555555'>{appendix.text(detail, where)}</font>" for detail in item.details
    ]
    lines += [_flag_line(flag, item.id, lang, appendix) for flag in item.flags if flag not in stale]
    lines += [_adaptation_line(a, item.id, lang, appendix) for a in item.adaptations]
    missing = item.missing
    engine_refusal = item.rejection
    if refusal is not None and engine_refusal and missing.startswith(engine_refusal):
        missing = missing[len(engine_refusal) :].strip()  # the refusal is shown above
    if missing and _state(item) not in ("met", "attested"):
        # The engine's sentence is whole ("Återstår: ytterligare 6 EVT.", "Väntar på …"):
        # shown as it is, its own lead word in bold, never under a second label.
        lead, colon, rest = missing.partition(": ")
        if colon and len(lead.split()) <= 3:
            lines.append(f"<b>{esc(lead)}:</b> {appendix.text(rest, where)}")
        else:
            lines.append(appendix.text(missing, where))
    return lines


def _refusal(item: ItemProgress) -> Attestation | None:
    """The supervisor's current statement about the item when it refused approval."""
    attestation = item.attestation
    return attestation if attestation is not None and not attestation.approved else None


def _item_rows(
    item: ItemProgress, inputs: ReportInputs, styles: Styles, appendix: Appendix
) -> tuple[list[list[Any]], list[str]]:
    lang = inputs.language
    state = _state(item)
    word = vocabulary.word(state, lang, capital=True)
    section = item.section
    kind = vocabulary.kind_word(item.mandatory, lang)
    meta = " · ".join(
        x for x in (t("section", lang, section=section) if section else "", kind) if x
    )
    title = f"<b>{esc(item.title(lang))}</b><br/><font size='7'>{esc(meta)}</font>"
    conds = "<br/>".join(condition_line(c, lang) for c in item.conditions)
    refused = (
        f"<br/><font color='#8a1c1c'>{esc(t('not_approved', lang))}</font>"
        if _refusal(item)
        else ""
    )
    row = [
        StateMarker(state),
        Paragraph(f"<b>{esc(word)}</b>{refused}", styles.cell),
        Paragraph(f"<b>{esc(item.id)}</b>", styles.cell),
        Paragraph(title, styles.cell),
        Paragraph(conds, styles.cell),
    ]
    return [row], _details(item, lang, appendix)


WIDTHS = (5 * mm, 18 * mm, 23 * mm)


def _part_table(
    items: list[ItemProgress],
    inputs: ReportInputs,
    styles: Styles,
    width: float,
    appendix: Appendix,
) -> Table:
    lang = inputs.language
    head = [
        "",
        t("col_state", lang),
        t("col_item", lang),
        t("col_requirement", lang),
        t("done_required", lang),
    ]
    data: list[list[Any]] = [[Paragraph(esc(h), styles.cell_head) for h in head]]
    extra: list[tuple[Any, ...]] = []
    for item in items:
        rows, details = _item_rows(item, inputs, styles, appendix)
        data += rows
        first = len(data)
        for line in details:  # a row each, so the table may split between them
            r = len(data)
            data.append(["", "", "", Paragraph(line, styles.cell), ""])
            extra.append(("SPAN", (3, r), (4, r)))
            if r > first:  # the item's lines read as one cell: no rule, no gap between them
                extra += [("LINEABOVE", (0, r), (-1, r), 0, colors.white)]
                extra += [("TOPPADDING", (3, r), (4, r), 0)]
            else:
                extra += [("LINEABOVE", (3, r), (4, r), 0, colors.white)]
    rest = width - sum(WIDTHS)
    table = Table(data, colWidths=[*WIDTHS, rest * 0.55, rest * 0.45], repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(styles.fonts, extra=[("TOPPADDING", (0, 1), (0, -1), 3.5), *extra]))
    return table


def _parts(progress: Progress) -> list[tuple[PartProgress | None, str, list[ItemProgress]]]:
    """Items grouped by part, in guidance order (the engine's item order)."""
    parts = {p.id: p for p in progress.parts}
    groups: dict[str, list[ItemProgress]] = {}
    for item in progress.items:
        groups.setdefault(item.part, []).append(item)
    return [(parts.get(key), key, items) for key, items in groups.items()]


def summary(inputs: ReportInputs, styles: Styles, width: float) -> list[Flowable]:
    """The headline numbers first: every counted condition of the mandatory items in the
    parts that are open or complete, in guidance order. They are the engine's numbers, so
    the report, the app and `evtdesk progress` never disagree."""
    lang = inputs.language
    progress_ = inputs.progress
    if progress_ is None:
        return []
    locked = {p.id for p in progress_.parts if p.state == "locked"}
    data: list[list[Any]] = [
        [Paragraph(esc(t(k, lang)), styles.cell_head) for k in ("summary_item", "done_required")]
    ]
    for item in progress_.items:
        if not item.mandatory or item.part in locked:
            continue
        for cond in item.conditions:
            if cond.type not in ("count", "sum", "duration"):
                continue
            label = f"{item.id} · {cond.label(lang)}"
            data.append(
                [
                    Paragraph(esc(label), styles.cell),
                    Paragraph(f"<b>{_num(cond.done)}</b> / {_num(cond.required)}", styles.cell),
                ]
            )
    table = Table(data, colWidths=[width * 0.55, width * 0.2], hAlign="LEFT")
    table.setStyle(grid_style(styles.fonts))
    return [Paragraph(esc(t("summary", lang)), styles.h2), table, Spacer(1, 6)]


def _legend(language: str, styles: Styles) -> Table:
    """The four markers with their words, so a black-and-white printout still reads."""
    cells: list[Any] = []
    for state in ("met", "attested", "open", "locked"):
        said = vocabulary.word(state, language, capital=True)
        cells += [StateMarker(state), Paragraph(esc(said), styles.small)]
    table = Table([cells], colWidths=[4.5 * mm, 20 * mm] * 4, hAlign="LEFT")
    table.setStyle(
        grid_style(
            styles.fonts,
            header_rows=0,
            extra=[
                ("LINEBELOW", (0, 0), (-1, -1), 0, colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
            ],
        )
    )
    return table


def progress(
    inputs: ReportInputs, styles: Styles, width: float, appendix: Appendix
) -> list[Flowable]:
    lang = inputs.language
    story: list[Flowable] = [heading(t("progress", lang), styles.h1)]
    if inputs.progress is None or not inputs.progress.items:
        return [
            *story,
            *summary(inputs, styles, width),
            Paragraph(esc(t("no_progress", lang)), styles.body),
        ]
    story += [
        Paragraph(esc(t("progress_intro", lang)), styles.body),
        _legend(lang, styles),
        *summary(inputs, styles, width),
        Spacer(1, 4),
    ]
    for part, part_id, items in _parts(inputs.progress):
        label = part.title(lang) if part is not None else ""
        if part is not None and part.items_total:
            met = t("items_met", lang, n=part.items_met, m=part.items_total)
            label = f"{label} ({met})" if label else met
        story += table_heading(
            f"{part_id} – {label}" if label else part_id, styles.h2, room=40 * mm
        )
        if part is not None and part.unheld:  # a signed approval that opens nothing
            story.append(Paragraph("✗ " + esc(part.unheld), styles.body))
        story.append(_part_table(items, inputs, styles, width, appendix))
    return story
