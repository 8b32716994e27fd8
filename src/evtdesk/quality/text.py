"""The quality figures as lines of text, in Swedish or English (`evtdesk quality`).

Every rate is printed with what it rests on — "12 of 15 (3 unknown)" — and a rate on too
few cases says so instead of met/not met, so a printout cannot be read as a verdict the
numbers do not support.
"""

from __future__ import annotations

from evtdesk.curriculum.messages import number
from evtdesk.curriculum.outcomes.evt_years import EvtPerYear, YearCount
from evtdesk.curriculum.outcomes.logistics import (
    NO_CASES,
    NO_REFERENCE,
    IntervalFigure,
    LogisticsPar,
)
from evtdesk.curriculum.outcomes.registries import Registration
from evtdesk.quality.education import EducationYear
from evtdesk.quality.figures import QualityFigures
from evtdesk.quality.followup import FollowUpLog
from evtdesk.quality.indicators import Indicator
from evtdesk.quality.targets import FollowUpTargets

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
        "targets": "Q1, Q2 och Q4 från godkännandet {start}, bedömda som i målbeskrivningen",
        "q1": "Q1 registrerade i Riksstroke och EVAS",
        "q2": "Q2 EVT som försteoperatör per år",
        "q4": "Q4 logistik i nivå (median ≤ referensen, EVTDesk:s läsning)",
        "follow_up_year": "uppföljningsåret {start} – {end}",
        "so_far": "hittills",
        "met_by": "uppnått av {year} ({n})",
        "the_follow_up_year": "uppföljningsåret",
        "intervals": "intervall",
        "slower": "långsammare än referensen",
        "no_evt": "inga EVT ännu",
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
        "targets": "Q1, Q2 and Q4 from the approval on {start}, judged as the progress items are",
        "q1": "Q1 registered in Riksstroke and EVAS",
        "q2": "Q2 EVT as first operator a year",
        "q4": "Q4 logistics on a par (median ≤ reference, EVTDesk's reading)",
        "follow_up_year": "follow-up year {start} – {end}",
        "so_far": "so far",
        "met_by": "met by {year} ({n})",
        "the_follow_up_year": "the follow-up year",
        "intervals": "intervals",
        "slower": "slower than the reference",
        "no_evt": "no EVT yet",
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
) -> list[str]:
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
    if figures.targets is not None:
        lines += ["", *targets_lines(figures.targets, language)]
    if education:
        lines += ["", words["education"]]
        lines += [education_line(year, language) for year in education]
    return lines


def judged(met: bool | None, language: str) -> str:
    """met, not met, or (None) nothing to judge yet."""
    words = WORDS[language]
    return words["no_evt"] if met is None else words["met" if met else "not_met"]


def registration_line(found: Registration, language: str) -> str:
    """Q1: `2 of 3 (1 not recorded): not met`."""
    words = WORDS[language]
    counted = f"{found.registered} {words['of']} {found.total}"
    if found.unrecorded:
        counted += f" ({found.unrecorded} {words['unknown']})"
    return f"  {words['q1']}: {counted}: {judged(found.met, language)}"


def year_text(year: YearCount, language: str) -> str:
    """`follow-up year 2026-02-02 – 2027-02-01 so far: 19`, or `2027: 22`."""
    words = WORDS[language]
    name = year.window.label
    if year.follow_up:
        start, end = year.window.start.isoformat(), year.window.end.isoformat()
        name = words["follow_up_year"].format(start=start, end=end)
    return f"{name}{'' if year.complete else ' ' + words['so_far']}: {year.evt}"


def evt_line(found: EvtPerYear, language: str) -> str:
    """Q2: every year since the approval, the target and the judgement."""
    words = WORDS[language]
    years = " · ".join(year_text(y, language) for y in found.years)
    state = judged(found.met, language)
    by = found.met_by
    if by is not None and by is not found.running:
        name = words["the_follow_up_year"] if by.follow_up else by.window.label
        state = words["met_by"].format(year=name, n=by.evt)
    target = f"{words['target']} ≥ {figure(found.required, language)}"
    return f"  {words['q2']}: {years} ({target}): {state}"


def logistics_par_line(found: LogisticsPar, language: str) -> str:
    """Q4: how many intervals are on a par, and which cannot be judged."""
    words = WORDS[language]
    parts = [f"{found.on_par} {words['of']} {len(found.intervals)} {words['intervals']}"]
    slower = [i.figure.spec.label(language) for i in found.intervals if i.on_par is False]
    if slower:
        parts.append(f"{words['slower']}: {', '.join(slower)}")
    for why, key in ((NO_REFERENCE, "no_reference"), (NO_CASES, "missing")):
        labels = [i.figure.spec.label(language) for i in found.not_judgeable if i.why == why]
        if labels:
            parts.append(f"{words[key]}: {', '.join(labels)}")
    return f"  {words['q4']}: " + "; ".join(parts) + f": {judged(found.met, language)}"


def targets_lines(targets: FollowUpTargets, language: str) -> list[str]:
    """Q1, Q2 and Q4 as the progress items judge them, from the approval on."""
    heading = WORDS[language]["targets"].format(start=targets.start.isoformat())
    return [
        heading,
        registration_line(targets.registered, language),
        evt_line(targets.evt_per_year, language),
        logistics_par_line(targets.logistics, language),
    ]
