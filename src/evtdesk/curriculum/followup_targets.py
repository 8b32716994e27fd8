"""The condition types that judge the quality targets from the approval on (Q1, Q2, Q4).

`followup_registries` (Q1), `followup_evt` (Q2) and `followup_logistics` (Q4) are
measured by the quality view's own functions (`evtdesk.quality.targets`), so the progress
item and the quality view cannot disagree: a supervisor who reads "met" in one reads it
in the other. This module only turns their results into the engine's numbers and the
lines (Swedish and English) the numbers rest on.

The follow-up year starts on the day the current statement about the approval part
(`outcomes.cases.APPROVAL_SUBJECT`) approved the training. The items sit in a part that
opens on that approval, so while they are open the engine holds that approval and this is
its day: the day the quality view takes from `engine.approved_part`.

The national logistics references are the user's entries (`outcomes.references`), read from
the snapshot's `quality_references` (the setting's stored value, which a bundle carries
too), so her view, the quality view and her supervisor's judge Q4 against the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from evtdesk.curriculum.measure import Measurement, approved_on
from evtdesk.curriculum.messages import number
from evtdesk.curriculum.messages import say as engine_say
from evtdesk.curriculum.outcomes.cases import APPROVAL_SUBJECT
from evtdesk.curriculum.outcomes.evt_years import EvtPerYear, YearCount, evt_per_year, evt_since
from evtdesk.curriculum.outcomes.logistics import (
    INTERVALS,
    NO_CASES,
    NO_REFERENCE,
    IntervalPar,
    LogisticsPar,
    interval_figures,
    logistics_par,
)
from evtdesk.curriculum.outcomes.references import ReferenceValue, references_from_setting
from evtdesk.curriculum.outcomes.registries import Registration, registration
from evtdesk.curriculum.progress import Flag
from evtdesk.curriculum.schema import Condition
from evtdesk.model import Entry, LogbookSnapshot

FOLLOWUP_TYPES = ("followup_evt", "followup_registries", "followup_logistics")

_TEXT = {
    "not_started": (
        "Räknas från den dag utbildningen godkändes.",
        "Counted from the day the training was approved.",
    ),
    "registries_since": (
        "{n} EVT sedan godkännandet {date}, {m} registrerade i både Riksstroke och EVAS.",
        "{n} EVT since the approval on {date}, {m} registered in both Riksstroke and EVAS.",
    ),
    "registries_none": (
        "Inga EVT sedan godkännandet {date} ännu.",
        "No EVT since the approval on {date} yet.",
    ),
    "registries_missing": (
        "Ej registrerade i Riksstroke: {r}; i EVAS: {e}.",
        "Not registered in Riksstroke: {r}; in EVAS: {e}.",
    ),
    "registries_unrecorded": (
        "{n} EVT utan angiven registrering räknas som ej registrerade.",
        "{n} EVT with no registration recorded count as not registered.",
    ),
    "registries_kind": (
        "{n} EVT loggade som utbildningens EVT saknar registreringsfälten: logga EVT "
        "efter godkännandet som uppföljningsfall.",
        "{n} EVT logged as training EVT have no registration fields: log EVT after the "
        "approval as follow-up cases.",
    ),
    "follow_up_year": (
        "uppföljningsåret {start} – {end}: {n}",
        "follow-up year {start} – {end}: {n}",
    ),
    "follow_up_running": (
        "uppföljningsåret {start} – {end} hittills: {n}",
        "follow-up year {start} – {end} so far: {n}",
    ),
    "the_follow_up_year": ("uppföljningsåret", "the follow-up year"),
    "years_below": (
        "År under kravet ({req}): {years}.",
        "Years below the requirement ({req}): {years}.",
    ),
    "before_approval": (
        "Uppföljningsfall daterade före godkännandet {date} räknas inte: {n}.",
        "Follow-up cases dated before the approval on {date} are not counted: {n}.",
    ),
    "medians_over": (
        "Medianer över {n} EVT sedan godkännandet {date}.",
        "Medians over the {n} EVT since the approval on {date}.",
    ),
    "interval_on_par": (
        "{label}: median {median} min (n = {n}), referens {ref} min ({source}, {year}): i nivå",
        "{label}: median {median} min (n = {n}), reference {ref} min ({source}, {year}): on a par",
    ),
    "interval_slower": (
        "{label}: median {median} min (n = {n}), referens {ref} min ({source}, {year}): "
        "långsammare",
        "{label}: median {median} min (n = {n}), reference {ref} min ({source}, {year}): slower",
    ),
    "no_reference": (
        "Ingen referens angiven, kan inte bedömas: {labels}.",
        "No reference entered, cannot be judged: {labels}.",
    ),
    "no_cases": (
        "Inget fall med båda tiderna, kan inte bedömas: {labels}.",
        "No case with both times, cannot be judged: {labels}.",
    ),
    "on_par_reading": (
        "I nivå läses som en median högst referensens (EVTDesk:s läsning av vägledningens "
        "”likvärdiga med riksgenomsnittet”); Q4 är inte uppfyllt förrän varje intervall har "
        "en referens.",
        "On a par is read as a median at most the reference's (EVTDesk's reading of the "
        "guidance's “likvärdiga med riksgenomsnittet”); Q4 is not met until every interval "
        "has a reference.",
    ),
}


def say(key: str, language: str, **values: object) -> str:
    """One of this module's sentences in Swedish or English."""
    sv, en = _TEXT[key]
    return (sv if language == "sv" else en).format(**values)


def approval_day(snapshot: LogbookSnapshot) -> date | None:
    """The day the current statement about the approval part approved the training;
    None while none does (a later refusal withdraws it)."""
    return approved_on(snapshot, APPROVAL_SUBJECT)


def snapshot_references(snapshot: LogbookSnapshot) -> dict[str, ReferenceValue]:
    """The logistics references entered for this logbook, as the snapshot carries them."""
    return references_from_setting(snapshot.quality_references)


def measure_followup(
    condition: Condition, snapshot: LogbookSnapshot, today: date, required: float, language: str
) -> Measurement:
    """Measure a `followup_*` condition: counted from the approval day to `today`."""
    start = approval_day(snapshot)
    if start is None:
        wanted = {"followup_registries": 1.0, "followup_logistics": float(len(INTERVALS))}
        needed = wanted.get(condition.type, required)
        return Measurement(0.0, needed, False, details=(say("not_started", language),))
    cases = evt_since(snapshot.entries, start, today)
    if condition.type == "followup_registries":
        return _registries(registration(cases), cases, start, language)
    if condition.type == "followup_logistics":
        figures = interval_figures(cases, snapshot_references(snapshot))
        return _logistics(logistics_par(figures), cases, start, language)
    found = evt_per_year(snapshot.entries, start, today, required)
    return _evt(found, cases, _before_approval(snapshot.entries, start, language), language)


def _registries(
    found: Registration, cases: Sequence[Entry], start: date, language: str
) -> Measurement:
    """Q1: done is the EVT registered in both, of all EVT since the approval (at least
    one: with none there is nothing registered yet, and nothing met)."""
    day = start.isoformat()
    if not found.total:
        return Measurement(0.0, 1.0, False, details=(say("registries_none", language, date=day),))
    details = [say("registries_since", language, n=found.total, date=day, m=found.registered)]
    if found.registered < found.total:
        details.append(
            say("registries_missing", language, r=found.not_in_riksstroke, e=found.not_in_evas)
        )
    if found.unrecorded:
        details.append(say("registries_unrecorded", language, n=found.unrecorded))
    if found.without_fields:
        details.append(say("registries_kind", language, n=found.without_fields))
    return Measurement(
        float(found.registered),
        float(found.total),
        found.met is True,
        tuple(cases),
        details=tuple(details),
    )


def _year_text(year: YearCount, language: str) -> str:
    """`follow-up year 2026-03-10 – 2027-03-09: 19`, or `2027 so far: 4`."""
    n = number(year.evt, language)
    if year.follow_up:
        key = "follow_up_year" if year.complete else "follow_up_running"
        start, end = year.window.start.isoformat(), year.window.end.isoformat()
        return say(key, language, start=start, end=end, n=n)
    key = "year_value" if year.complete else "year_running"
    return engine_say(key, language, year=year.window.label, n=n)


def _year_name(year: YearCount, language: str) -> str:
    return say("the_follow_up_year", language) if year.follow_up else year.window.label


def _evt(
    found: EvtPerYear, cases: Sequence[Entry], early: tuple[Flag, ...], language: str
) -> Measurement:
    """Q2: done is the running year's EVT; the year before stands until it is reached."""
    details = [" · ".join(_year_text(y, language) for y in found.years)]
    if found.met_by is not None and found.met_by is not found.running:
        name, n = _year_name(found.met_by, language), number(found.met_by.evt, language)
        details.append(engine_say("year_from_last", language, year=name, n=n))
    flags = list(early)
    if found.below:
        listed = ", ".join(
            f"{_year_name(y, language)} ({number(y.evt, language)})" for y in found.below
        )
        message = say("years_below", language, req=number(found.required, language), years=listed)
        flags.append(Flag("year_below", message))
    return Measurement(
        float(found.running.evt),
        found.required,
        found.met,
        tuple(cases),
        details=tuple(details),
        flags=tuple(flags),
    )


def _before_approval(entries: Sequence[Entry], start: date, language: str) -> tuple[Flag, ...]:
    """Follow-up cases with EVT dated before the approval: not counted, and named, since
    a case logged as follow-up before the year began is a slip the supervisor should see
    (the training's own EVT before it are simply not counted)."""
    early = sorted(
        (
            e
            for e in entries
            if e.kind == "followup_case"
            and not e.retracted
            and e.fields.get("evt_performed") is True
            and e.date < start
        ),
        key=lambda e: (e.date, e.id),
    )
    if not early:
        return ()
    message = say("before_approval", language, date=start.isoformat(), n=len(early))
    return (Flag("before_approval", message, tuple(e.id for e in early)),)


def par_text(judged: IntervalPar, language: str) -> str:
    """One judged interval: its median and n against the reference with source and year
    (`Arrival → puncture: median 70 min (n = 2), reference 62 min (…, 2024): slower`),
    the same sentence in progress and in the quality view."""
    figure, reference = judged.figure, judged.figure.reference
    assert reference is not None and figure.spread.median is not None
    return say(
        "interval_on_par" if judged.on_par else "interval_slower",
        language,
        label=figure.spec.label(language),
        median=number(figure.spread.median, language),
        n=figure.spread.n,
        ref=number(reference.minutes, language),
        source=reference.source,
        year=reference.year,
    )


def _logistics(
    found: LogisticsPar, cases: Sequence[Entry], start: date, language: str
) -> Measurement:
    """Q4: done is the intervals on a par, of every interval; each judged one on its own
    line, those that cannot be judged named together."""
    day = start.isoformat()
    details = [say("medians_over", language, n=len(cases), date=day)]
    details += [par_text(i, language) for i in found.intervals if i.on_par is not None]
    for why in (NO_REFERENCE, NO_CASES):
        labels = [i.figure.spec.label(language) for i in found.not_judgeable if i.why == why]
        if labels:
            details.append(say(why, language, labels=", ".join(labels)))
    details.append(say("on_par_reading", language))
    return Measurement(
        float(found.on_par),
        float(len(found.intervals)),
        found.met,
        tuple(cases),
        details=tuple(details),
    )
