"""What the documents a supervisor signs share: the people, the examination weeks, the page.

The completion certificate (`report.certificate`) and the notice to the employer
(`report.notice`) are short documents handed to people who do not run EVTDesk: a
verksamhetschef, a board, the trainee's next employer. Both name the trainee and the main
supervisor with their key fingerprints (what ties the paper to the keys compared in
person), list the examination weeks as the supervisor's view judged them, and end with
what the signature does and does not vouch for. Deterministic like the report (invariant
mode, the creation time from the inputs), one clean revision ready to be signed.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table

from evtdesk.model import Measure
from evtdesk.report.fonts import Fonts, register_fonts
from evtdesk.report.page_canvas import numbered_canvas
from evtdesk.report.sections import Styles, esc, grid_style, make_styles
from evtdesk.report.text import group_fingerprint

MARGIN = 18 * mm
LANGUAGES = ("sv", "en")
WORDS = {
    "sv": {
        "page": "Sida {page} av {pages}",
        "trainee": "EVT-interventionist (aspirant)",
        "supervisor": "Huvudhandledare",
        "fingerprint": "Nyckelns fingeravtryck",
        "issued": "Utfärdat",
        "guidance": "Vägledning",
        "bundle": "Underlag",
        "bundle_text": "Aspirantens signerade paket nr {sequence} ({id}), skapat {created}; "
        "manifestets SHA-256 {sha}",
        "week": "Vecka",
        "unit": "Enhet",
        "cases": "Fall",
        "verdict": "Bedömning",
        "passed": "Godkänd {date} av {name}",
        "failed": "Underkänd {date} av {name}",
        "awaiting": "Väntar på bedömning",
        "cases_text": "{n} kandidater, EVT utförd {done} (som försteoperatör {first})",
        "ca": "Certifikatutfärdarens (CA) SHA-256",
    },
    "en": {
        "page": "Page {page} of {pages}",
        "trainee": "EVT interventionist (trainee)",
        "supervisor": "Main supervisor",
        "fingerprint": "Key fingerprint",
        "issued": "Issued",
        "guidance": "Guidance",
        "bundle": "Based on",
        "bundle_text": "The trainee's signed bundle no. {sequence} ({id}), made {created}; "
        "manifest SHA-256 {sha}",
        "week": "Week",
        "unit": "Unit",
        "cases": "Cases",
        "verdict": "Verdict",
        "passed": "Passed on {date} by {name}",
        "failed": "Failed on {date} by {name}",
        "awaiting": "Awaiting a verdict",
        "cases_text": "{n} candidates, EVT performed {done} (as first operator {first})",
        "ca": "Certificate authority (CA) SHA-256",
    },
}


@dataclass(frozen=True)
class Person:
    """A person as the supervisor's logbook knows the key: the name he trusts it as (his
    own name for his key) and the fingerprint compared in person."""

    name: str
    fingerprint: str


@dataclass(frozen=True)
class WeekRecord:
    """One examination week as the supervisor's view judged it; `passed` is None while
    no verdict that decides names it. A failed week carries A4's record."""

    start: date
    end: date
    unit: str
    candidates: int
    evt_performed: int
    as_first_operator: int
    passed: bool | None
    judged_on: date | None = None
    judged_by: str = ""
    reason: str = ""
    employer_informed: date | None = None
    measures: tuple[Measure, ...] = ()

    def texts(self) -> Iterator[tuple[str, str]]:
        """Every free text the document prints of this week, named for the screen."""
        day = self.start.isoformat()
        yield f"the week of {day}: unit", self.unit
        yield f"the week of {day}: verdict signed by", self.judged_by
        yield f"the week of {day}: reason", self.reason
        for n, measure in enumerate(self.measures, 1):
            yield f"the week of {day}: measure {n}", measure.text


@dataclass(frozen=True)
class Basis:
    """What the document rests on: the bundle, the curriculum, the day it was issued and
    the CA under which it is signed."""

    bundle_id: str
    sequence: int
    created: datetime
    manifest_sha256: str
    curriculum: str  # title and version, as the report names it
    issued: datetime  # UTC, naive
    ca_sha256: str

    def texts(self) -> Iterator[tuple[str, str]]:
        yield "the bundle's id", self.bundle_id


def words(language: str) -> dict[str, str]:
    if language not in LANGUAGES:
        raise ValueError(f"language must be 'sv' or 'en', not {language!r}")
    return WORDS[language]


def people_table(
    trainee: Person, supervisor: Person, basis: Basis, language: str, styles: Styles
) -> Table:
    """Who, under which guidance, when, and on what: the facts a reader checks first."""
    said = words(language)
    width = A4[0] - 2 * MARGIN
    rows: list[tuple[str, Any]] = [
        (said["trainee"], Paragraph(f"<b>{esc(trainee.name)}</b>", styles.body)),
        (said["fingerprint"], _fingerprint(trainee.fingerprint, styles)),
        (said["supervisor"], Paragraph(f"<b>{esc(supervisor.name)}</b>", styles.body)),
        (said["fingerprint"], _fingerprint(supervisor.fingerprint, styles)),
        (said["guidance"], Paragraph(esc(basis.curriculum), styles.body)),
        (said["issued"], Paragraph(basis.issued.strftime("%Y-%m-%d"), styles.body)),
    ]
    label = 44 * mm
    table = Table(
        [[Paragraph(esc(k), styles.label), v] for k, v in rows],
        colWidths=[label, width - label],
        hAlign="LEFT",
    )
    table.setStyle(grid_style(styles.fonts, header_rows=0))
    return table


def _fingerprint(fingerprint: str, styles: Styles) -> Paragraph:
    """On one line (16 groups of four fit at this size): read aloud group by group."""
    one_line = ParagraphStyle("fingerprint", parent=styles.mono, fontSize=7.2, leading=10)
    return Paragraph(esc(group_fingerprint(fingerprint)), one_line)


def weeks_table(weeks: Sequence[WeekRecord], language: str, styles: Styles) -> Table:
    """Each week with its dates, unit, cases and the verdict that decides it."""
    said = words(language)
    head = [Paragraph(esc(said[k]), styles.cell_head) for k in ("week", "unit", "cases", "verdict")]
    rows: list[list[Any]] = [head]
    for week in weeks:
        if week.passed is None:
            verdict = said["awaiting"]
        else:
            key = "passed" if week.passed else "failed"
            verdict = said[key].format(date=_day(week.judged_on), name=week.judged_by)
        cases = said["cases_text"].format(
            n=week.candidates, done=week.evt_performed, first=week.as_first_operator
        )
        rows.append(
            [
                Paragraph(f"{week.start.isoformat()} – {week.end.isoformat()}", styles.cell),
                Paragraph(esc(week.unit), styles.cell),
                Paragraph(esc(cases), styles.cell),
                Paragraph(esc(verdict), styles.cell),
            ]
        )
    width = A4[0] - 2 * MARGIN
    widths = [34 * mm, 46 * mm, 46 * mm]
    table = Table(rows, colWidths=[*widths, width - sum(widths)], repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(styles.fonts))
    return table


def basis_lines(basis: Basis, language: str, styles: Styles) -> list[Flowable]:
    """The bundle the document rests on and the CA it is signed under, in small print."""
    said = words(language)
    bundle = said["bundle_text"].format(
        sequence=basis.sequence,
        id=basis.bundle_id,
        created=basis.created.strftime("%Y-%m-%d %H:%M UTC"),
        sha=basis.manifest_sha256,
    )
    return [
        Paragraph(f"<b>{esc(said['bundle'])}:</b> {esc(bundle)}", styles.small),
        Paragraph(f"<b>{esc(said['ca'])}:</b> {esc(basis.ca_sha256)}", styles.small),
    ]


def _day(value: date | None) -> str:
    return value.isoformat() if value is not None else "?"


def _canvas(header: str, footer: str, language: str, issued: datetime, fonts: Fonts) -> Any:
    """The header, the footer and "page n of N" on every page (`page_canvas`)."""
    page_words = words(language)["page"]
    return numbered_canvas(
        header,
        f"EVTDesk · {footer}",
        lambda page, pages: page_words.format(page=page, pages=pages),
        issued,
        fonts,
        gap=6 * mm,
        margin=MARGIN,
    )


def styles() -> Styles:
    """The report's styles, with its embedded fonts (`report.fonts`)."""
    return make_styles(register_fonts())


def build_document(
    story: list[Flowable], title: str, author: str, language: str, issued: datetime
) -> bytes:
    """`story` laid out on A4 pages with the header (`title`) and footer (`author`)."""
    fonts = register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        invariant=1,
        title=title,
        author=author,
        creator="EVTDesk",
        producer="EVTDesk (reportlab)",
        initialFontName=fonts.regular,
        lang="sv-SE" if language == "sv" else "en-GB",
    )
    doc.build(story, canvasmaker=_canvas(title, author, language, issued, fonts))
    return buffer.getvalue()
