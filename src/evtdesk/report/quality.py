"""The report's quality section: the follow-up year (or, before approval, the report's
calendar year) with the follow-up targets Q1, Q2 and Q4 as the progress items judge them
(before the approval, one line saying they apply from it on), every indicator's count,
denominator, unknowns, rate, interval and target, the logistics medians against the
references entered, and continuing education.

The figures are `evtdesk.quality`'s, the same as `evtdesk quality` and the app's quality
view show; this module only lays them out. A logbook with no EVT in the window and no
follow-up year gets no section (a trainee's first report has nothing to show here).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from evtdesk.quality import (
    FollowUpNotStarted,
    QualityFigures,
    calendar_year,
    education_years,
    followup_log,
    followup_start,
    followup_window,
    quality_figures,
)
from evtdesk.quality.followup import FollowUpLog
from evtdesk.quality.target_lines import (
    MET,
    NOT_MET,
    target_lines,
    targets_absent,
    targets_heading,
)
from evtdesk.quality.text import WORDS as TEXT_WORDS
from evtdesk.quality.text import figure as shown_number
from evtdesk.quality.text import target_text, verdict
from evtdesk.report.inputs import ReportInputs
from evtdesk.report.quality_charts import logistics_chart, rate_chart
from evtdesk.report.sections import MUTED, Styles, esc, grid_style, heading
from evtdesk.report.text import fmt_date

WORDS = {
    "sv": {
        "title": "Kvalitet efter godkännande (Q1–Q4, C1–C4)",
        "intro": "EVT som försteoperatör. Andelen räknas bara på fall där utfallet är "
        "registrerat; ej registrerade fall räknas aldrig som gott utfall. 95 % "
        "konfidensintervall enligt Wilson. Under 20 registrerade fall bedöms andelen inte.",
        "followup": "Uppföljningsåret {start} – {end}",
        "year": "Kalenderåret {year}",
        "log": "{cases} handlagda fall: {evt} med EVT, {without} utan, {complications} med "
        "komplikationer.",
        "evt": "EVT som försteoperatör: {n} (mål minst 20 per år).",
        "indicator": "Indikator",
        "count": "Antal / registrerade",
        "unknown": "Ej registrerat",
        "rate": "Andel (95 % KI)",
        "target": "Mål",
        "judgement": "Bedömning",
        "q_target": "Mål (vägledningen)",
        "q_figure": "Underlag",
        "interval": "Tidsintervall",
        "median": "Median (kvartiler), min",
        "n": "n",
        "missing": "Utan tider",
        "reference": "Referens (källa, år)",
        "no_reference": "ingen angiven",
        "education": "Fortbildning per kalenderår",
        "cme_year": "År",
        "hours": "Timmar",
        "c1": "C1 (16 h, eller 40 h med året före)",
        "meetings": "Möten",
        "visits": "Auskultationer",
        "contacts": "Nätverkskontakter",
        "target_word": "mål",
        "rate_legend": "Punkt: andel; stapel: 95 % konfidensintervall; streckad linje: "
        "vägledningens mål. Grön uppnått, röd ej uppnått, ofylld blå: för få fall för att bedöma.",
        "logistics_legend": "Ruta: kvartiler; tjockt streck: median; romb: angiven referens.",
    },
    "en": {
        "title": "Quality after approval (Q1–Q4, C1–C4)",
        "intro": "EVT as first operator. A rate counts only the cases where the outcome is "
        "recorded; an unrecorded case never counts as a good outcome. 95 % Wilson "
        "intervals. Below 20 recorded cases a rate is not judged.",
        "followup": "Follow-up year {start} – {end}",
        "year": "Calendar year {year}",
        "log": "{cases} cases handled: {evt} with EVT, {without} without, {complications} "
        "with complications.",
        "evt": "EVT as first operator: {n} (target at least 20 a year).",
        "indicator": "Indicator",
        "count": "Count / recorded",
        "unknown": "Not recorded",
        "rate": "Rate (95 % CI)",
        "target": "Target",
        "judgement": "Judgement",
        "q_target": "Target (the guidance)",
        "q_figure": "Figure",
        "interval": "Interval",
        "median": "Median (quartiles), min",
        "n": "n",
        "missing": "Without times",
        "reference": "Reference (source, year)",
        "no_reference": "none entered",
        "education": "Continuing education per calendar year",
        "cme_year": "Year",
        "hours": "Hours",
        "c1": "C1 (16 h, or 40 h with the year before)",
        "meetings": "Meetings",
        "visits": "Observation visits",
        "contacts": "Network contacts",
        "target_word": "target",
        "rate_legend": "Dot: rate; bar: 95 % interval; dashed line: the guidance's target. "
        "Green met, red not met, hollow blue: too few cases to judge.",
        "logistics_legend": "Box: quartiles; thick line: median; diamond: the reference entered.",
    },
}


def _n(value: float | None, language: str) -> str:
    return shown_number(value, language)


def _table(rows: list[list[str]], widths: list[float], styles: Styles) -> Table:
    data: list[list[Any]] = [[Paragraph(esc(c), styles.cell_head) for c in rows[0]]]
    data += [[Paragraph(esc(c), styles.cell) for c in row] for row in rows[1:]]
    table = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(grid_style(styles.fonts))
    return table


STATE_COLOURS = {MET: "#2e7d32", NOT_MET: "#b3261e"}  # as the charts: green met, red not
NOTE_COLOUR = MUTED.hexval().replace("0x", "#")  # what a figure rests on, under it


def _targets(
    figures: QualityFigures, start: date | None, language: str, styles: Styles, width: float
) -> list[Flowable]:
    """Q1, Q2 and Q4 in the words `evtdesk quality` and the app use: a heading and one row
    a target (what the guidance asks, the figure with what it rests on, the judgement);
    without them, the one line saying where they are judged."""
    if figures.targets is None:
        return [Paragraph(esc(targets_absent(start, language)), styles.body)]
    w = WORDS[language]
    data: list[list[Any]] = [
        [Paragraph(esc(w[k]), styles.cell_head) for k in ("q_target", "q_figure", "judgement")]
    ]
    for line in target_lines(figures.targets, language):
        notes = [f'<font color="{NOTE_COLOUR}">· {esc(n)}</font>' for n in line.notes]
        figure = "<br/>".join([esc(line.figure), *notes])
        colour = STATE_COLOURS.get(line.judgement)
        state = f'<font color="{colour}">{esc(line.state)}</font>' if colour else esc(line.state)
        data.append(
            [
                Paragraph(esc(line.asks), styles.cell),
                Paragraph(figure, styles.cell),
                Paragraph(f"<b>{state}</b>", styles.cell),
            ]
        )
    table = Table(data, colWidths=[0.26 * width, 0.56 * width, 0.18 * width], hAlign="LEFT")
    table.setStyle(grid_style(styles.fonts))
    return [heading(targets_heading(figures.targets, language), styles.h3, 2), table]


def _indicator_rows(figures: QualityFigures, language: str) -> list[list[str]]:
    w = WORDS[language]
    rows = [[w[k] for k in ("indicator", "count", "unknown", "rate", "target", "judgement")]]
    for found in (*figures.indicators, figures.registered):
        rate = "–"
        if found.rate is not None:
            rate = (
                f"{_n(found.rate, language)} % ({_n(found.ci_low, language)}–"
                f"{_n(found.ci_high, language)})"
            )
        rows.append(
            [
                found.spec.label(language),
                f"{found.count} / {found.total}",
                str(found.unknown),
                rate,
                target_text(found, language),
                verdict(found, language),
            ]
        )
    return rows


def _logistics_rows(figures: QualityFigures, language: str) -> list[list[str]]:
    w = WORDS[language]
    rows = [[w[k] for k in ("interval", "median", "n", "missing", "reference")]]
    for figure in figures.logistics:
        s, ref = figure.spread, figure.reference
        median = "–"
        if s.median is not None:
            median = f"{_n(s.median, language)} ({_n(s.q1, language)}–{_n(s.q3, language)})"
        reference = (
            f"{_n(ref.minutes, language)} ({ref.source}, {ref.year})" if ref else w["no_reference"]
        )
        missing = figure.missing + figure.negative
        rows.append([figure.spec.label(language), median, str(s.n), str(missing), reference])
    return rows


def _education_rows(inputs: ReportInputs, through: int, since: int | None) -> list[list[str]]:
    lang, w = inputs.language, WORDS[inputs.language]
    words = TEXT_WORDS[lang]
    rows = [[w[k] for k in ("cme_year", "hours", "c1", "meetings", "visits", "contacts")]]
    for y in education_years(inputs.snapshot.entries, through, since):
        state = words["met" if y.met else "not_met"]
        if y.advice_met:  # the guidance's advice, shown beside the minimum
            state += f" ({words['by_two']})"
        rows.append(
            [
                str(y.year),
                _n(y.hours, lang),
                state,
                str(y.meetings),
                str(y.observation_visits),
                str(y.network_contacts),
            ]
        )
    return rows


def quality(inputs: ReportInputs, styles: Styles, width: float) -> list[Flowable]:
    """The section's flowables, or none when there is nothing to show yet."""
    lang, w = inputs.language, WORDS[inputs.language]
    snapshot, today = inputs.snapshot, inputs.created.date()
    log: FollowUpLog | None = None
    try:
        window = followup_window(snapshot)
        log = followup_log(snapshot, today)
        title = w["followup"].format(start=fmt_date(window.start), end=fmt_date(window.end))
    except FollowUpNotStarted:
        window = calendar_year(today.year)
        title = w["year"].format(year=today.year)
    figures = quality_figures(snapshot.entries, window, inputs.quality_references, today)
    if log is None and figures.evt_count == 0:
        return []
    start: date | None = followup_start(snapshot, today)
    labels = [f.spec.label(lang) for f in figures.indicators]
    story: list[Flowable] = [
        CondPageBreak(90 * mm),
        heading(w["title"], styles.h1),
        Paragraph(esc(w["intro"]), styles.body),
        heading(title, styles.h2, 1),
    ]
    if log is not None:
        story.append(
            Paragraph(
                esc(
                    w["log"].format(
                        cases=log.cases,
                        evt=log.evt_performed,
                        without=log.without_evt,
                        complications=log.with_complications,
                    )
                ),  # fmt: skip
                styles.body,
            )
        )
    through, since = min(window.end.year, today.year), start.year if start else None
    widths = {
        "indicators": (0.26, 0.13, 0.1, 0.19, 0.12, 0.2),
        "logistics": (0.24, 0.2, 0.07, 0.1, 0.39),
        "education": (0.1, 0.1, 0.32, 0.12, 0.16, 0.2),
    }
    cols = {k: [share * width for share in v] for k, v in widths.items()}
    story += [
        Paragraph(esc(w["evt"].format(n=figures.evt_count)), styles.body),
        *_targets(figures, start, lang, styles, width),
        Spacer(1, 3 * mm),
        _table(_indicator_rows(figures, lang), cols["indicators"], styles),
        Spacer(1, 3 * mm),
        rate_chart(figures.indicators, labels, styles.fonts, width, w["target_word"]),
        Paragraph(esc(w["rate_legend"]), styles.small),
        Spacer(1, 3 * mm),
        _table(_logistics_rows(figures, lang), cols["logistics"], styles),
        Spacer(1, 3 * mm),
        logistics_chart(
            figures.logistics, [f.spec.label(lang) for f in figures.logistics], styles.fonts, width
        ),
        Paragraph(esc(w["logistics_legend"]), styles.small),
        heading(w["education"], styles.h2, 1),
        _table(_education_rows(inputs, through, since), cols["education"], styles),
    ]
    return story
