"""The report's prose sections: styles, the cover page and the attestations received.

The cover answers what a supervisor checks before reading on: whose logbook, under which
curriculum and version, which period, which bundle and signing key, and what the
signatures do and do not vouch for. Progress (`progress.py`) and the entry tables
(`entries.py`) follow; the attestations close the document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from evtdesk.model import PersonRole
from evtdesk.report.fonts import Fonts
from evtdesk.report.inputs import ReportInputs
from evtdesk.report.text import fmt_date, fmt_datetime, group_fingerprint, subject_label, t
from evtdesk.signing.fingerprint import short_fingerprint
from evtdesk.signing.minisign import KeyFormatError, parse_public_key

if TYPE_CHECKING:  # the appendix lays itself out with this module's styles
    from evtdesk.report.appendix import Appendix

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#b8b8b8")
SHADE = colors.HexColor("#eef1f4")
HEAD = colors.HexColor("#dde3ea")


@dataclass(frozen=True)
class Styles:
    fonts: Fonts
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    caption: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    mono: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    note: ParagraphStyle


def make_styles(fonts: Fonts) -> Styles:
    def style(name: str, font: str, size: float, **kw: Any) -> ParagraphStyle:
        kw.setdefault("leading", size * 1.25)
        kw.setdefault("textColor", INK)
        return ParagraphStyle(name, fontName=font, fontSize=size, alignment=TA_LEFT, **kw)

    return Styles(
        fonts=fonts,
        title=style("title", fonts.bold, 19, leading=24, spaceAfter=4),
        subtitle=style("subtitle", fonts.regular, 10.5, textColor=MUTED, spaceAfter=14),
        h1=style("h1", fonts.bold, 14, leading=18, spaceBefore=4, spaceAfter=6, keepWithNext=1),
        h2=style("h2", fonts.bold, 11, leading=14, spaceBefore=8, spaceAfter=4, keepWithNext=1),
        h3=style("h3", fonts.bold, 9, leading=12, spaceBefore=4, spaceAfter=2, keepWithNext=1),
        caption=style(
            "caption", fonts.condensed_italic, 7.5, leading=10, textColor=MUTED, keepWithNext=1
        ),
        body=style("body", fonts.regular, 9.5, leading=12.5, spaceAfter=4),
        small=style("small", fonts.regular, 8, leading=10),
        label=style("label", fonts.bold, 8.5, leading=11, textColor=MUTED),
        mono=style("mono", fonts.mono, 9, leading=12),
        cell=style("cell", fonts.condensed, 7.5, leading=9),
        cell_head=style("cell_head", fonts.condensed_bold, 7.5, leading=9),
        note=style("note", fonts.condensed, 7.5, leading=9.5, leftIndent=10, firstLineIndent=-10),
    )


def esc(text: object) -> str:
    """Escape user text for Paragraph markup (names and notes may hold < or &)."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def heading(text: str, style: ParagraphStyle, level: int = 0) -> Paragraph:
    """A heading that also becomes a PDF bookmark (see `_ReportDoc.afterFlowable`)."""
    para = Paragraph(esc(text), style)
    para.outline = (text, level)  # type: ignore[attr-defined]
    return para


def table_heading(
    text: str, style: ParagraphStyle, level: int = 1, room: float = 32 * mm
) -> list[Flowable]:
    """A heading over a long table: it starts a new page unless `room` is left for it and
    the table's first rows, so it is never stranded at the foot of a page. (keepWithNext
    would bind it to the whole table and push a table that does not fit the rest of the
    page onto the next one, leaving the page half empty.)"""
    free = ParagraphStyle(f"{style.name}_table", parent=style, keepWithNext=0)
    return [CondPageBreak(room), heading(text, free, level)]


def grid_style(
    fonts: Fonts, header_rows: int = 1, extra: Sequence[tuple[Any, ...]] = ()
) -> TableStyle:
    """Ruled rows, shaded heading. FONTNAME is set even for Paragraph cells: a Table
    otherwise selects Helvetica (a non-embedded standard font) before drawing them."""
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.condensed),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, MUTED),
        ]
    return TableStyle(commands + list(extra))


def _facts_table(rows: list[tuple[str, Flowable | str]], styles: Styles, width: float) -> Table:
    label_width = 54 * mm
    data = [
        [
            Paragraph(esc(label), styles.label),
            value if isinstance(value, Flowable) else Paragraph(value, styles.body),
        ]
        for label, value in rows
    ]
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.fonts.regular),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def cover(inputs: ReportInputs, styles: Styles, width: float, appendix: Appendix) -> list[Flowable]:
    """Title page: identity of logbook, curriculum, bundle and key; at a glance, what is
    met and what is missing (`glance`); what signatures mean. A work period's long
    description is cut, whole in the `appendix`."""
    from evtdesk.report.glance import at_a_glance  # it uses this module's styles

    lang = inputs.language
    snap = inputs.snapshot
    sites = {s.id: s for s in snap.sites}
    supervisors = [p.name for p in inputs.supervisors if p.role == PersonRole.SUPERVISOR]
    co_supervisors = [p.name for p in inputs.supervisors if p.role == PersonRole.CO_SUPERVISOR]
    dates = [e.date for e in snap.entries]
    if dates:
        period = t(
            "period_value",
            lang,
            first=fmt_date(min(dates)),
            last=fmt_date(max(dates)),
            count=len(dates),
        )
    else:
        period = t("no_entries", lang)
    curriculum = t(
        "curriculum_value",
        lang,
        title=inputs.curriculum_title,
        id=inputs.curriculum_id,
        version=inputs.curriculum_version or "–",
    )
    rows: list[tuple[str, Flowable | str]] = [
        (t("trainee", lang), f"<b>{esc(inputs.trainee_name)}</b>"),
        (t("supervisor", lang), esc(", ".join(supervisors) or "–")),
        (t("co_supervisor", lang), esc(", ".join(co_supervisors) or "–")),
        (t("curriculum", lang), esc(curriculum)),
        (t("period", lang), esc(period)),
        (t("created", lang), esc(fmt_datetime(inputs.created))),
        (t("bundle", lang), Paragraph(esc(inputs.bundle_id), styles.mono)),
        (
            t("key", lang),
            Paragraph(
                esc(t("key_value", lang, fp=group_fingerprint(inputs.key_fingerprint))), styles.mono
            ),
        ),
    ]
    if inputs.pdf_ca_sha256:
        ca = f"SHA-256 {group_fingerprint(inputs.pdf_ca_sha256)}"
        rows.append((t("pdf_ca", lang), Paragraph(esc(ca), styles.mono)))
    if snap.chain_head:
        chain = f"#{snap.chain_seq} · {group_fingerprint(snap.chain_head[:32])} …"
        rows.append((t("chain", lang), Paragraph(esc(chain), styles.mono)))
    story: list[Flowable] = [
        Spacer(1, 10 * mm),
        heading(t("title", lang), styles.title),
        Paragraph(esc(t("subtitle", lang)), styles.subtitle),
        HRFlowable(width="100%", thickness=0.8, color=MUTED, spaceAfter=8),
        _facts_table(rows, styles, width),
        *at_a_glance(inputs.progress, lang, styles, width),
    ]
    if snap.periods:
        periods = t("work_periods", lang)
        story += [Paragraph(esc(periods), styles.h2)]
        data: list[list[Any]] = []
        for p in snap.periods:
            site = sites.get(p.site_id) if p.site_id is not None else None
            end = fmt_date(p.end) if p.end else t("ongoing", lang)
            when = f"{fmt_date(p.start)} – {end}"
            if p.fraction < 1:
                when += f"<br/>{esc(t('part_time', lang, percent=f'{p.fraction * 100:g}'))}"
            place = f"<b>{esc(site.hospital)}</b>, {esc(site.unit)}" if site else ""
            data.append(
                [
                    Paragraph(f"<b>{esc(p.part)}</b>", styles.small),
                    Paragraph(when, styles.small),
                    Paragraph(place, styles.small),
                    Paragraph(appendix.text(p.description, f"{periods} · {when}"), styles.small),
                ]
            )
        widths = [16 * mm, 40 * mm]
        rest = width - sum(widths)
        table = Table(data, colWidths=[*widths, rest * 0.6, rest * 0.4], hAlign="LEFT")
        table.setStyle(grid_style(styles.fonts, header_rows=0))
        story.append(table)
    story += [
        Spacer(1, 8 * mm),
        KeepTogether(
            [
                Paragraph(esc(t("signatures_heading", lang)), styles.h2),
                Paragraph(esc(t("signatures", lang)), styles.body),
            ]
        ),
    ]
    return story


def attestations(
    inputs: ReportInputs, styles: Styles, width: float, appendix: Appendix
) -> list[Flowable]:
    """Every statement a supervisor signed, with the manifest of the bundle they saw (a
    comment too long for its cell is cut, whole in the `appendix`)."""
    lang = inputs.language
    story: list[Flowable] = [heading(t("attestations", lang), styles.h1)]
    items = list(inputs.snapshot.attestations)
    if not items:
        return [*story, Paragraph(esc(t("no_attestations", lang)), styles.body)]
    story.append(Paragraph(esc(t("attestations_note", lang)), styles.body))
    titles = item_titles(inputs.progress, lang)
    reported = {r.id for r in inputs.progress.reports} if inputs.progress else set()
    head = [
        "col_subject",
        "col_decision",
        "supervisor",
        "col_signed",
        "col_comment",
        "col_manifest",
    ]
    data: list[list[Any]] = [[Paragraph(esc(t(k, lang)), styles.cell_head) for k in head]]
    for a in items:
        subject = subject_label(a.subject, lang)
        title = titles.get(a.subject)
        subject_text = f"<b>{esc(subject)}</b>" + (f" {esc(title)}" if title else "")
        decision = esc(t("approved" if a.approved else "not_approved", lang))
        where = f"{t('attestations', lang)} · {subject} · {a.supervisor_name}"
        signed = fmt_datetime(a.signed_at)
        comment = appendix.text(a.comment, f"{where} · {signed}")
        if a.id in reported:  # stands by its key, decides nothing (curriculum.authority)
            note = f"<i>{esc(t('report_only', lang))}</i>"
            comment = note + (f"<br/>{comment}" if comment else "")
        data.append(
            [
                Paragraph(subject_text, styles.cell),
                Paragraph(decision, styles.cell_head if not a.approved else styles.cell),
                Paragraph(
                    esc(a.supervisor_name)
                    + f" ({esc(t(_role_key(a.signer_role), lang))})"
                    + "<br/>"
                    + esc(t("signing_key", lang, fingerprint=_key_print(a.supervisor_key))),
                    styles.cell,
                ),
                Paragraph(esc(signed), styles.cell),
                Paragraph(comment, styles.cell),
                Paragraph(esc(group_fingerprint(a.bundle_manifest_sha256[:16])), styles.cell),
            ]
        )
    subject_w, decision_w, supervisor_w, signed_w, manifest_w = (
        34 * mm,
        17 * mm,
        26 * mm,
        29 * mm,
        31 * mm,
    )
    comment_w = width - (subject_w + decision_w + supervisor_w + signed_w + manifest_w)
    widths = [subject_w, decision_w, supervisor_w, signed_w, comment_w, manifest_w]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(styles.fonts))
    story.append(table)
    return story


def _role_key(role: str) -> str:
    """A co-supervisor's statement shows as such: it cannot speak for the main supervisor;
    likewise the hospital's representative's."""
    return {"co_supervisor": "role_co_supervisor", "hospital": "role_hospital"}.get(
        role, "role_supervisor"
    )


def _key_print(key_line: str) -> str:
    """The first four groups of the signing key's fingerprint, to compare with the
    supervisor's own (the full one is in the bundle's statements)."""
    try:
        return short_fingerprint(parse_public_key(key_line).public)
    except KeyFormatError:
        return "?"


def item_titles(progress: Any, language: str) -> dict[str, str]:
    """Curriculum item titles by id, so an attestation says what its subject is."""
    titles: dict[str, str] = {}
    for item in getattr(progress, "items", ()) or ():
        title = getattr(item, "title_sv" if language == "sv" else "title_en", "")
        titles[str(getattr(item, "id", ""))] = str(title or "")
    return titles
