"""The quality figures as JSON (`evtdesk quality --json`), documented in
docs/quality-format.md. Plain dicts, per cent and minutes rounded to one decimal as in
`progress --json`; a value that cannot be computed is null, never 0."""

from __future__ import annotations

from typing import Any

from evtdesk.curriculum.outcomes.evt_years import EVT_PER_YEAR, EvtPerYear, YearCount
from evtdesk.curriculum.outcomes.logistics import IntervalFigure, LogisticsPar
from evtdesk.curriculum.outcomes.registries import Registration
from evtdesk.quality.education import EducationYear
from evtdesk.quality.figures import QualityFigures
from evtdesk.quality.followup import FollowUpLog
from evtdesk.quality.indicators import Indicator
from evtdesk.quality.targets import FollowUpTargets


def _round(value: float | None) -> float | int | None:
    if value is None:
        return None
    rounded = round(float(value), 1)
    return int(rounded) if rounded.is_integer() else rounded


def indicator_json(found: Indicator) -> dict[str, Any]:
    return {
        "count": found.count,
        "total": found.total,
        "unknown": found.unknown,
        "rate": _round(found.rate),
        "ci_low": _round(found.ci_low),
        "ci_high": _round(found.ci_high),
        "target": _round(found.spec.target),
        "met": found.met,
        "comparison": found.spec.comparison,
        "min_cases": found.spec.min_cases,
    }


def interval_json(figure: IntervalFigure) -> dict[str, Any]:
    ref = figure.reference
    return {
        "n": figure.spread.n,
        "median": _round(figure.spread.median),
        "q1": _round(figure.spread.q1),
        "q3": _round(figure.spread.q3),
        "missing": figure.missing,
        "negative": figure.negative,
        "reference": None
        if ref is None
        else {"minutes": _round(ref.minutes), "source": ref.source, "year": ref.year},
    }


def followup_json(log: FollowUpLog) -> dict[str, Any]:
    return {
        "start": log.start.isoformat(),
        "end": log.end.isoformat(),
        "days_elapsed": log.days_elapsed,
        "cases": log.cases,
        "evt_performed": log.evt_performed,
        "without_evt": log.without_evt,
        "with_complications": log.with_complications,
    }


def registration_json(found: Registration) -> dict[str, Any]:
    return {
        "evt": found.total,
        "registered": found.registered,
        "not_in_riksstroke": found.not_in_riksstroke,
        "not_in_evas": found.not_in_evas,
        "unrecorded": found.unrecorded,
        "without_fields": found.without_fields,
        "met": found.met,
    }


def _year_json(year: YearCount) -> dict[str, Any]:
    return {
        "label": year.window.label,
        "start": year.window.start.isoformat(),
        "end": year.window.end.isoformat(),
        "evt": year.evt,
        "complete": year.complete,
    }


def evt_per_year_json(found: EvtPerYear) -> dict[str, Any]:
    by = found.met_by
    return {
        "required": _round(found.required),
        "years": [_year_json(y) for y in found.years],
        "met": found.met,
        "met_by": None if by is None else by.window.label,
    }


def logistics_par_json(found: LogisticsPar) -> dict[str, Any]:
    return {
        "on_par": found.on_par,
        "intervals": {
            i.key: {"on_par": i.on_par, "not_judgeable": i.why or None} for i in found.intervals
        },
        "met": found.met,
    }


def targets_json(targets: FollowUpTargets) -> dict[str, Any]:
    """Q1, Q2 and Q4 from the approval on, as the progress items judge them."""
    return {
        "start": targets.start.isoformat(),
        "today": targets.today.isoformat(),
        "registered": registration_json(targets.registered),
        "evt_per_year": evt_per_year_json(targets.evt_per_year),
        "logistics": logistics_par_json(targets.logistics),
    }


def education_json(years: tuple[EducationYear, ...]) -> list[dict[str, Any]]:
    return [
        {
            "year": y.year,
            "hours": _round(y.hours),
            "met": y.met,
            "met_by": y.met_by,
            "advice_40_over_two_years": y.advice_met,
            "meetings": y.meetings,
            "observation_visits": y.observation_visits,
            "network_contacts": y.network_contacts,
        }
        for y in years
    ]


def quality_json(
    figures: QualityFigures,
    followup: FollowUpLog | None = None,
    education: tuple[EducationYear, ...] = (),
) -> dict[str, Any]:
    """The figures of one window; `followup` and `education` when the caller has them."""
    out: dict[str, Any] = {
        "window": {
            "label": figures.window.label,
            "start": figures.window.start.isoformat(),
            "end": figures.window.end.isoformat(),
        },
        "evt_count": figures.evt_count,
        "evt_required": EVT_PER_YEAR,
    }
    for found in figures.indicators:
        out[found.key] = indicator_json(found)
    out["registered"] = indicator_json(figures.registered)
    out["medians"] = {f.spec.key: _round(f.spread.median) for f in figures.logistics}
    out["logistics"] = {f.spec.key: interval_json(f) for f in figures.logistics}
    out["targets"] = None if figures.targets is None else targets_json(figures.targets)
    if followup is not None:
        out["followup"] = followup_json(followup)
    out["continuing_education"] = education_json(education)
    return out
