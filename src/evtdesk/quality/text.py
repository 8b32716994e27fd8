"""The quality figures as lines of text, in Swedish or English (`evtdesk quality`).

Every rate is printed with what it rests on — "12 of 15 (3 unknown)" — and a rate on too
few cases says so instead of met/not met, so a printout cannot be read as a verdict the
numbers do not support.
"""

from __future__ import annotations

from datetime import date

from evtdesk.curriculum.messages import number
from evtdesk.curriculum.outcomes.logistics import IntervalFigure
from evtdesk.quality.education import EducationYear
from evtdesk.quality.figures import QualityFigures
from evtdesk.quality.followup import FollowUpLog
from evtdesk.quality.indicators import Indicator
from evtdesk.quality.target_lines import targets_text

WORDS = {
    "sv": {
        "window": "Period",
        "followup": "Uppföljningsåret",
        "evt": "EVT som försteoperatör",
        "of": "av",
        "unknown": "ej registrerat",
        "target": "mål",
        "met": "uppnått",
        "not_met": "ej uppnått",
        "too_few": "för få fall för att bedöma",
        "not_all_known": "alla fall är inte kända",
        "from_approval": "bedöms från godkännandet (uppföljningsåret)",
        "no_cases": "inga fall",
        "logistics": "Logistiktider (median, kvartiler, antal)",
        "reference": "referens",
        "no_reference": "ingen referens angiven",
        "missing": "utan båda tiderna",
        "negative": "negativa utelämnade",
        "cases": "handlagda fall",
        "without_evt": "utan EVT",
        "complications": "med komplikationer",
        "education": "Fortbildning per kalenderår (minst 16 h, eller 40 h med året före)",
        "hours": "h",
        "by_two": "råd: 40 h med året före",
        "meetings": "möten",
        "visits": "auskultationer",
        "contacts": "nätverkskontakter",
        "min": "min",
        "interval": "95 % KI",
        "all": "alla",
        "q2_elsewhere": "Q2 (minst 20 per år) bedöms från godkännandet: --follow-up",
    },
    "en": {
        "window": "Period",
        "followup": "Follow-up year",
        "evt": "EVT as first operator",
        "of": "of",
        "unknown": "not recorded",
        "target": "target",
        "met": "met",
        "not_met": "not met",
        "too_few": "too few cases to judge",
        "not_all_known": "not every case is known",
        "from_approval": "judged from the approval (the follow-up year)",
        "no_cases": "no cases",
        "logistics": "Logistics times (median, quartiles, n)",
        "reference": "reference",
        "no_reference": "no reference entered",
        "missing": "without both times",
        "negative": "negative left out",
        "cases": "cases handled",
        "without_evt": "without EVT",
        "complications": "with complications",
        "education": "Continuing education per calendar year (16 h, or 40 h with the year before)",
        "hours": "h",
        "by_two": "advice: 40 h with the year before",
        "meetings": "meetings",
        "visits": "observation visits",
        "contacts": "network contacts",
        "min": "min",
        "interval": "95 % CI",
        "all": "all",
        "q2_elsewhere": "Q2 (at least 20 a year) is judged from the approval: --follow-up",
    },
}


def figure(value: float | None, language: str) -> str:
    """One decimal at most, rounded first (49.98 is "50", not "50.0"); "–" for none."""
    return "–" if value is None else number(round(value, 1), language)


def verdict(found: Indicator, language: str) -> str:
    words = WORDS[language]
    if found.total == 0:
        return words["no_cases"]
    if found.met is None:
        if found.spec.comparison == "all":  # Q1, judged once trained
            return words["from_approval"]
        return words["too_few"] if found.too_few else words["not_all_known"]
    return words["met"] if found.met else words["not_met"]


def target_text(found: Indicator, language: str) -> str:
    words = WORDS[language]
    if found.spec.comparison == "all":
        return f"{words['target']} {words['all']}"
    return f"{words['target']} {found.spec.comparison} {figure(found.spec.target, language)} %"


def indicator_line(found: Indicator, language: str) -> str:
    words = WORDS[language]
    counted = f"{found.count} {words['of']} {found.total}"
    if found.unknown:
        counted += f" ({found.unknown} {words['unknown']})"
    if found.rate is None or found.ci_low is None or found.ci_high is None:
        rate = "–"
    else:
        low, high = figure(found.ci_low, language), figure(found.ci_high, language)
        rate = f"{figure(found.rate, language)} % ({words['interval']} {low}–{high})"
    label = found.spec.label(language)
    return f"  {label:<34} {counted:<26} {rate:<28} {target_text(found, language)}: " + verdict(
        found, language
    )


def interval_line(found: IntervalFigure, language: str) -> str:
    words, s = WORDS[language], found.spread
    if s.median is None or s.q1 is None or s.q3 is None:
        numbers = "– (n = 0)"
    else:
        quartiles = f"{figure(s.q1, language)}–{figure(s.q3, language)}"
        numbers = f"{figure(s.median, language)} {words['min']} ({quartiles}, n = {s.n})"
    extra = []
    if found.missing:
        extra.append(f"{found.missing} {words['missing']}")
    if found.negative:
        extra.append(f"{found.negative} {words['negative']}")
    ref = found.reference
    extra.append(
        f"{words['reference']} {figure(ref.minutes, language)} {words['min']} "
        f"({ref.source}, {ref.year})"
        if ref
        else words["no_reference"]
    )
    return f"  {found.spec.label(language):<26} {numbers:<32} " + "; ".join(extra)


def education_line(year: EducationYear, language: str) -> str:
    words = WORDS[language]
    state = words["not_met"] if not year.met else words["met"]
    if year.advice_met:
        state += f" ({words['by_two']})"
    counts = (
        f"{year.meetings} {words['meetings']}, {year.observation_visits} {words['visits']}, "
        f"{year.network_contacts} {words['contacts']}"
    )
    return (
        f"  {year.year}  {figure(year.hours, language):>6} {words['hours']}  {state:<26} {counts}"
    )


def quality_lines(
    figures: QualityFigures,
    log: FollowUpLog | None,
    education: tuple[EducationYear, ...],
    language: str,
    approval: date | None = None,
) -> list[str]:
    """Every figure of the window; the follow-up targets (Q1, Q2, Q4) after the logistics,
    or the line saying where they are judged (`approval`: the day the training was
    approved, None before it)."""
    words = WORDS[language]
    window = figures.window
    name = words["followup"] if log is not None else window.label
    lines = [f"{words['window']}: {name} ({window.start.isoformat()} – {window.end.isoformat()})"]
    if log is not None:
        lines.append(
            f"  {log.cases} {words['cases']}: {log.evt_performed} EVT, {log.without_evt} "
            f"{words['without_evt']}, {log.with_complications} {words['complications']}"
        )
    count = f"  {words['evt']}: {figures.evt_count}"
    lines.append(count if figures.targets else f"{count} ({words['q2_elsewhere']})")
    lines += [
        indicator_line(found, language) for found in (*figures.indicators, figures.registered)
    ]
    lines += ["", words["logistics"]]
    lines += [interval_line(found, language) for found in figures.logistics]
    lines += ["", *targets_text(figures.targets, approval, language)]
    if education:
        lines += ["", words["education"]]
        lines += [education_line(year, language) for year in education]
    return lines
