"""Progress per curriculum requirement, in the order the guidance gives them.

This is the page a supervisor reads before attesting: for each item its id, title and the
section of the guidance it cites, whether it is mandatory, its state in words with a
marker whose shape differs by state (colour is never the only signal, and the report is
often printed in black and white), done/required for every sub-condition, and the flags,
training-plan adaptations and the sentence saying what remains. The numbers all come
from the curriculum engine; the report never counts on its own, so app and report agree.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from evtdesk.report.inputs import ReportInputs
from evtdesk.report.sections import Styles, esc, grid_style, heading
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


def _state(item: Any) -> str:
    return str(getattr(item, "state", "") or "open")


def _num(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:g}" if isinstance(value, float) else str(value)


def _title(obj: Any, language: str) -> str:
    return str(getattr(obj, "title_sv" if language == "sv" else "title_en", "") or getattr(obj, "title", "") or "")


def condition_line(cond: Any, language: str) -> str:
    """"Label: done / required unit", with what remains when not met."""
    label = str(getattr(cond, "label", "") or getattr(cond, "id", ""))
    done, required = getattr(cond, "done", None), getattr(cond, "required", None)
    unit = str(getattr(cond, "unit", "") or "")
    text = f"{esc(label)}: <b>{_num(done)}</b> / {_num(required)}" + (f" {esc(unit)}" if unit else "")
    if not getattr(cond, "met", False) and isinstance(done, int | float) and isinstance(required, int | float):
        remaining = max(0, required - done)
        if remaining:
            text += f" <i>({esc(t('missing', language).lower())} {_num(remaining)})</i>"
    return text


def _details(item: Any, inputs: ReportInputs, styles: Styles) -> list[str]:
    """Flags, stale attestations, adaptations and the missing sentence, as lines."""
    lang = inputs.language
    lines: list[str] = []
    if getattr(item, "stale", False):
        lines.append(f"<b>{esc(t('flag', lang))}:</b> {esc(t('stale', lang))}")
    for flag in getattr(item, "flags", ()) or ():
        lines.append(f"<b>{esc(t('flag', lang))}:</b> {esc(getattr(flag, 'text', None) or flag)}")
    for adaptation in getattr(item, "adaptations", ()) or ():
        note = getattr(adaptation, "note", None) or str(adaptation)
        extra = []
        if getattr(adaptation, "waived", False):
            extra.append(t("waived", lang))
        who, when = getattr(adaptation, "decided_by", ""), getattr(adaptation, "decided_on", None)
        if who or when:
            extra.append(t("adaptation_by", lang, who=who or "–", when=fmt_date(when)).strip())
        suffix = f" ({esc('; '.join(extra))})" if extra else ""
        lines.append(f"<b>{esc(t('adaptation', lang))}:</b> {esc(note)}{suffix}")
    missing = getattr(item, "missing", "")
    if missing and _state(item) not in ("met", "attested"):
        lines.append(f"<b>{esc(t('missing', lang))}:</b> {esc(missing)}")
    return lines


def _item_rows(item: Any, inputs: ReportInputs, styles: Styles) -> tuple[list[list[Any]], list[str]]:
    lang = inputs.language
    state = _state(item)
    word = t(f"state_{state}", lang) if f"state_{state}" in _STATE_KEYS else state
    section = getattr(item, "section", "")
    kind = t("mandatory" if getattr(item, "mandatory", True) else "recommended", lang)
    meta = " · ".join(x for x in (t("section", lang, section=section) if section else "", kind) if x)
    title = f"<b>{esc(_title(item, lang))}</b><br/><font size='7'>{esc(meta)}</font>"
    conds = "<br/>".join(condition_line(c, lang) for c in getattr(item, "conditions", ()) or ())
    row = [
        StateMarker(state),
        Paragraph(f"<b>{esc(word)}</b>", styles.cell),
        Paragraph(f"<b>{esc(getattr(item, 'id', ''))}</b>", styles.cell),
        Paragraph(title, styles.cell),
        Paragraph(conds, styles.cell),
    ]
    return [row], _details(item, inputs, styles)


_STATE_KEYS = {"state_met", "state_attested", "state_open", "state_locked", "state_waived"}
WIDTHS = (5 * mm, 15 * mm, 16 * mm)


def _part_table(items: list[Any], inputs: ReportInputs, styles: Styles, width: float) -> Table:
    lang = inputs.language
    head = ["", t("col_state", lang), t("col_item", lang), t("col_requirement", lang), t("done_required", lang)]
    data: list[list[Any]] = [[Paragraph(esc(h), styles.cell_head) for h in head]]
    extra: list[tuple[Any, ...]] = []
    for item in items:
        rows, details = _item_rows(item, inputs, styles)
        data += rows
        if details:
            r = len(data)
            data.append(["", "", "", Paragraph("<br/>".join(details), styles.cell), ""])
            extra += [("SPAN", (3, r), (4, r)), ("LINEABOVE", (3, r), (4, r), 0, colors.white)]
    rest = width - sum(WIDTHS)
    table = Table(data, colWidths=[*WIDTHS, rest * 0.55, rest * 0.45], repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(styles.fonts, extra=[("TOPPADDING", (0, 1), (0, -1), 3.5), *extra]))
    return table


def _parts(progress: Any) -> list[tuple[Any, list[Any]]]:
    """Items grouped by part, in guidance order (the engine's item order)."""
    parts = {str(getattr(p, "id", p)): p for p in getattr(progress, "parts", ()) or ()}
    groups: dict[str, list[Any]] = {}
    for item in getattr(progress, "items", ()) or ():
        groups.setdefault(str(getattr(item, "part", "")), []).append(item)
    return [(parts.get(key, key), items) for key, items in groups.items()]


def progress(inputs: ReportInputs, styles: Styles, width: float) -> list[Flowable]:
    lang = inputs.language
    story: list[Flowable] = [heading(t("progress", lang), styles.h1)]
    if inputs.progress is None or not getattr(inputs.progress, "items", None):
        return [*story, Paragraph(esc(t("no_progress", lang)), styles.body)]
    story += [Paragraph(esc(t("progress_intro", lang)), styles.body), Spacer(1, 4)]
    for part, items in _parts(inputs.progress):
        label = _title(part, lang) if not isinstance(part, str) else ""
        part_id = part if isinstance(part, str) else str(getattr(part, "id", ""))
        story.append(heading(f"{part_id} – {label}" if label else part_id, styles.h2, level=1))
        story.append(_part_table(items, inputs, styles, width))
    return story
