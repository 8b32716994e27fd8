"""The hospital's readiness checklist (H1–H11) as a PDF in the report's style.

A region decides whether a hospital may start EVT, and nobody but the hospital checks the
guidance's list; this page is what its people sign and hand over: per criterion the
guidance's words and section, the status with a marker whose shape differs by status (it
is often printed in black and white), the evidence and the notes. Deterministic like the
report (invariant mode, the creation time from the inputs), one clean revision ready to
be signed.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table

from evtdesk.quality.readiness import STATUSES, SiteReadiness, status_label
from evtdesk.report.appendix import Appendix
from evtdesk.report.fonts import Fonts, register_fonts
from evtdesk.report.page_canvas import numbered_canvas
from evtdesk.report.sections import Styles, esc, grid_style, heading, make_styles

MARGIN = 16 * mm
STATUS_COLOURS = {
    "met": colors.HexColor("#2e7d32"),
    "partly": colors.HexColor("#c77800"),
    "not_met": colors.HexColor("#b3261e"),
    "unknown": colors.HexColor("#7a7a7a"),
}
WORDS = {
    "sv": {
        "title": "Beredskap för ”enbart EVT”",
        "header": "Sjukhusets beredskap – {site}",
        "page": "Sida {page} av {pages}",
        "site": "Sjukhus och enhet",
        "volume": "EVT per år (enligt loggboken)",
        "ni": "Neurointervention på plats",
        "yes": "ja",
        "no": "nej",
        "prepared": "Upprättad av",
        "created": "Skapad",
        "curriculum": "Vägledning",
        "summary": "Sammanfattning",
        "criteria": "Kriterier",
        "id": "Id",
        "criterion": "Kriterium",
        "status": "Status",
        "evidence": "Underlag",
        "notes": "Anteckningar",
        "derived": "(beräknat ur sjukhusets uppgifter)",
        "declared": "Intygat av",
        "undeclared": "(egen uppgift, ej intygad)",
        "nobody": "Ingen: statusarna är loggbokens egna uppgifter och avgör inga H-punkter",
        "signature": "Dokumentet är signerat (PAdES) med loggbokens certifikat. Signaturen "
        "visar att loggbokens ägare utfärdat checklistan så som den står här, inte att "
        "uppgifterna i den är riktiga; underlaget ska kunna visas upp.",
    },
    "en": {
        "title": "Readiness for EVT-only treatment",
        "header": "Hospital readiness – {site}",
        "page": "Page {page} of {pages}",
        "site": "Hospital and unit",
        "volume": "EVT a year (as the logbook records)",
        "ni": "Neurointervention on site",
        "yes": "yes",
        "no": "no",
        "prepared": "Prepared by",
        "created": "Created",
        "curriculum": "Guidance",
        "summary": "Summary",
        "criteria": "Criteria",
        "id": "Id",
        "criterion": "Criterion",
        "status": "Status",
        "evidence": "Evidence",
        "notes": "Notes",
        "derived": "(worked out from the site's records)",
        "declared": "Declared by",
        "undeclared": "(the logbook's record, not declared)",
        "nobody": "Nobody: the statuses are the logbook's own record and decide no H item",
        "signature": "This document is signed (PAdES) with the logbook's certificate. The "
        "signature shows that the logbook's owner issued the checklist as it stands here, "
        "not that what it states is true; the evidence must be available on request.",
    },
}


@dataclass(frozen=True)
class ReadinessInputs:
    readiness: SiteReadiness
    language: str
    prepared_by: str
    created: datetime  # UTC, naive
    curriculum: str  # title and version, as the report names it


class StatusMarker(Flowable):
    """Filled disc (met), ring (partly), filled square (not met), empty square (unknown)."""

    def __init__(self, status: str, size: float = 7.0) -> None:
        super().__init__()
        self.status, self.size = status, size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size + 2

    def draw(self) -> None:
        c, s, r = self.canv, self.size, self.size / 2
        colour = STATUS_COLOURS[self.status]
        c.setStrokeColor(colour)
        c.setFillColor(colour)
        c.setLineWidth(1.1)
        if self.status == "met":
            c.circle(r, r, r, stroke=1, fill=1)
        elif self.status == "partly":
            c.circle(r, r, r - 0.5, stroke=1, fill=0)
        else:
            c.rect(0.5, 0.5, s - 1, s - 1, stroke=1, fill=int(self.status == "not_met"))


def _site_name(inputs: ReadinessInputs) -> str:
    site = inputs.readiness.site
    return ", ".join(x for x in (site.hospital, site.unit) if x)


def _canvas(inputs: ReadinessInputs, fonts: Fonts) -> type[Canvas]:
    words = WORDS[inputs.language]
    return numbered_canvas(
        words["header"].format(site=_site_name(inputs)),
        f"EVTDesk · {inputs.prepared_by}",
        lambda page, pages: words["page"].format(page=page, pages=pages),
        inputs.created,
        fonts,
        margin=MARGIN,
    )


def _facts(inputs: ReadinessInputs, styles: Styles, width: float) -> Table:
    words, site = WORDS[inputs.language], inputs.readiness.site
    rows = [
        (words["site"], _site_name(inputs)),
        (words["volume"], "–" if site.evt_per_year is None else str(site.evt_per_year)),
        (words["ni"], words["yes"] if site.has_neurointervention else words["no"]),
        (words["declared"], _declared_by(inputs)),
        (words["prepared"], inputs.prepared_by),
        (words["created"], inputs.created.strftime("%Y-%m-%d %H:%M UTC")),
        (words["curriculum"], inputs.curriculum),
    ]
    label = 54 * mm
    table = Table(
        [[Paragraph(esc(k), styles.label), Paragraph(esc(v), styles.body)] for k, v in rows],
        colWidths=[label, width - label],
        hAlign="LEFT",
    )
    table.setStyle(grid_style(styles.fonts, header_rows=0))
    return table


def _declared_by(inputs: ReadinessInputs) -> str:
    """Who declared the statuses marked as declared, and when; or that nobody has."""
    readiness = inputs.readiness
    if readiness.declared_on is None:
        return WORDS[inputs.language]["nobody"]
    return f"{readiness.declared_by}, {readiness.declared_on.isoformat()}"


def _summary(inputs: ReadinessInputs, styles: Styles) -> Table:
    cells = []
    for status in STATUSES:
        n = inputs.readiness.count(status)
        text = f"{status_label(status, inputs.language)}: <b>{n}</b>"
        cells += [StatusMarker(status), Paragraph(text, styles.body)]
    table = Table([cells], colWidths=[4 * mm, 36 * mm] * len(STATUSES), hAlign="LEFT")
    table.setStyle(
        grid_style(styles.fonts, header_rows=0, extra=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    )
    return table


def _criteria(inputs: ReadinessInputs, styles: Styles, width: float, appendix: Appendix) -> Table:
    words, lang = WORDS[inputs.language], inputs.language
    head = [
        Paragraph(esc(words[k]), styles.cell_head)
        for k in ("id", "criterion", "status", "evidence", "notes")
    ]
    rows: list[list[Any]] = [head]
    for c in inputs.readiness.criteria:
        title = f"{esc(c.item.title(lang))}<br/><font color='#555555'>{esc(c.item.section)}</font>"
        status = esc(status_label(c.status, lang))
        if c.derived:
            status += f"<br/><font color='#555555'>{esc(words['derived'])}</font>"
        elif not c.declared and inputs.readiness.declared_on is not None:  # mixed: say which
            status += f"<br/><font color='#555555'>{esc(words['undeclared'])}</font>"
        marker = Table(
            [[StatusMarker(c.status), Paragraph(status, styles.cell)]],
            colWidths=[4 * mm, None],
        )
        marker.setStyle(
            grid_style(
                styles.fonts,
                header_rows=0,
                extra=[
                    ("LINEBELOW", (0, 0), (-1, -1), 0, colors.white),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ],
            )
        )
        rows.append(
            [
                Paragraph(esc(c.item.id), styles.cell_head),
                Paragraph(title, styles.cell),
                marker,
                _text_cell(c.evidence, f"{c.item.id} · {words['evidence']}", appendix, styles),
                _text_cell(c.notes, f"{c.item.id} · {words['notes']}", appendix, styles),
            ]
        )
    widths = [10 * mm, 62 * mm, 30 * mm]
    rest = (width - sum(widths)) / 2
    table = Table(rows, colWidths=[*widths, rest, rest], repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(styles.fonts))
    return table


def _text_cell(text: str, where: str, appendix: Appendix, styles: Styles) -> Paragraph:
    """Evidence or notes (up to 4000 characters) in a narrow column: cut, whole after
    the table, as a row taller than a page cannot be laid out."""
    return Paragraph(appendix.text(text, where) or "–", styles.cell)


def build_readiness(inputs: ReadinessInputs) -> bytes:
    """The checklist as PDF bytes (one revision, fonts embedded, deterministic)."""
    if inputs.language not in WORDS:
        raise ValueError(f"language must be 'sv' or 'en', not {inputs.language!r}")
    fonts = register_fonts()
    styles = make_styles(fonts)
    words = WORDS[inputs.language]
    width = A4[0] - 2 * MARGIN
    appendix = Appendix(inputs.language, ())  # evidence and notes too long for a cell
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        invariant=1,
        title=f"{words['title']} – {_site_name(inputs)}",
        author=inputs.prepared_by,
        creator="EVTDesk",
        producer="EVTDesk (reportlab)",
        initialFontName=fonts.regular,
        lang="sv-SE" if inputs.language == "sv" else "en-GB",
    )
    story: list[Flowable] = [
        heading(words["title"], styles.title),
        Paragraph(esc(_site_name(inputs)), styles.subtitle),
        _facts(inputs, styles, width),
        Spacer(1, 4 * mm),
        Paragraph(esc(words["signature"]), styles.small),
        heading(words["summary"], styles.h2, 1),
        _summary(inputs, styles),
        heading(words["criteria"], styles.h2, 1),
        _criteria(inputs, styles, width, appendix),
        *appendix.flowables(styles, width),
    ]
    doc.build(story, canvasmaker=_canvas(inputs, fonts))
    return buffer.getvalue()
