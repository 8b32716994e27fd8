"""Measuring one condition against a logbook snapshot.

Retracted entries never count. Each measurement also returns the entries (or work
periods) it rests on, so the engine can flag those dated before their part opened and
attestations made stale by later amendments; conditions judged from records (sites,
supervisors, yearly statements, the examination week) return the lines their numbers
rest on (`details`) and their own flags.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from evtdesk.curriculum import approval, site_rules, years
from evtdesk.curriculum.case_mix import case_mix
from evtdesk.curriculum.continuity import continuity_flags
from evtdesk.curriculum.durations import months_in_part
from evtdesk.curriculum.messages import say
from evtdesk.curriculum.progress import Flag
from evtdesk.curriculum.schema import Condition
from evtdesk.entries.kinds import kind_spec
from evtdesk.model import Attestation, Entry, LogbookSnapshot, WorkPeriod
from evtdesk.model.statements import current_statement


@dataclass(frozen=True)
class Measurement:
    """One condition measured: the numbers, and what they rest on (for the flags)."""

    done: float
    required: float
    met: bool
    counted: tuple[Entry, ...] = ()
    short_blocks: tuple[int, ...] = ()
    periods: tuple[WorkPeriod, ...] = ()  # duration: the periods looked at
    details: tuple[str, ...] = ()
    flags: tuple[Flag, ...] = ()


def matching(
    entries: Sequence[Entry], condition: Condition, today: date, live_only: bool = True
) -> list[Entry]:
    """Entries the condition looks at: live ones passing its filter (of every year: a
    calendar-year window is judged year by year, see `years`)."""
    found = []
    for entry in entries:
        if live_only and entry.retracted:
            continue
        if condition.filter.matches(entry.kind, entry.role, entry.fields):
            found.append(entry)
    return found


def latest_attestation(attestations: Sequence[Attestation], subject: str) -> Attestation | None:
    """The statement about `subject` that decides: the one answering the latest bundle,
    then the latest signed (so a later refusal withdraws an approval, and a date written
    by the signer's clock cannot outrank a later bundle)."""
    return current_statement(attestations, subject)


def measure(
    condition: Condition,
    snapshot: LogbookSnapshot,
    today: date,
    required: float,
    language: str = "en",
) -> Measurement:
    """Measure `condition` against the snapshot with `required` (already adapted by the plan)."""
    entries = snapshot.entries
    if condition.type in ("count", "sum"):
        return _counted(condition, snapshot, today, required, language)
    if condition.type == "duration":
        return _duration(condition, snapshot, today, required, language)
    if condition.type == "ratio":
        return _ratio(condition, entries, today, required, language)
    if condition.type in ("sites", "supervisor", "yearly", "exam_week"):
        if condition.type == "exam_week":
            weeks = [approval.summarise(snapshot, w) for w in snapshot.exam_weeks]
            found = approval.measure_exam_week(condition, snapshot, weeks, language)
        elif condition.type == "sites":
            found = site_rules.measure_sites(condition, snapshot, today, language)
        elif condition.type == "supervisor":
            found = site_rules.measure_supervisors(condition, snapshot, language, today)
        else:
            found = years.measure_yearly(condition, snapshot, today, language)
        done, needed, met, details, flags = found
        return Measurement(done, needed, met, details=details, flags=flags)
    if condition.type in ("followup_evt", "followup_registries", "followup_logistics"):
        # Imported here: the quality package it judges with imports the engine, and so this.
        from evtdesk.curriculum.followup_targets import measure_followup

        return measure_followup(condition, snapshot, today, required, language)
    attestation = latest_attestation(snapshot.attestations, condition.subject)
    ok = attestation is not None and attestation.approved
    return Measurement(1.0 if ok else 0.0, 1.0, ok)


def approved_on(snapshot: LogbookSnapshot, subject: str) -> date | None:
    """The day the current statement about `subject` approved it (the supervisor's
    signature); None while none does, or a later refusal withdrew it. The follow-up
    year and the quality targets start on this day for the approval part."""
    statement = current_statement(snapshot.attestations, subject)
    return statement.signed_at.date() if statement is not None and statement.approved else None


def _counted(
    condition: Condition, snapshot: LogbookSnapshot, today: date, required: float, language: str
) -> Measurement:
    """A count or a sum, of all time, per calendar year (`window`), or only from the day
    `since_attested` was approved: what was done before it (during the training, for
    continuing education after the approval) is said and not counted."""
    counted = matching(snapshot.entries, condition, today)
    field = condition.field if condition.type == "sum" else ""
    since: date | None = None
    before: tuple[str, ...] = ()
    if condition.since_attested:
        since = approved_on(snapshot, condition.since_attested)
        if since is None:
            waiting = say("since_waiting", language, subject=condition.since_attested)
            return Measurement(0.0, required, False, details=(waiting,))
        early = sum(1 for e in counted if e.date < since)
        counted = [e for e in counted if e.date >= since]
        key = "since_before" if early else "since_from"
        before = (say(key, language, date=since.isoformat(), n=early),)
    if condition.window == "calendar_year":
        found = _yearly(condition, counted, field, required, today, language, since)
        return replace(found, details=before + found.details)
    total = len(counted) if not field else sum(float(e.fields.get(field) or 0) for e in counted)
    details, flags = case_mix(condition, counted, language)
    return Measurement(
        round(total, 2),
        required,
        total >= required,
        tuple(counted),
        details=before + details,
        flags=flags,
    )


def _yearly(
    condition: Condition,
    counted: list[Entry],
    field: str,
    required: float,
    today: date,
    language: str,
    since: date | None = None,
) -> Measurement:
    """A calendar-year requirement: judged per year, the last complete year standing
    until this one reaches the number. From an approval (`since`) the years run from its
    year, each judged whether or not anything was done in it; the approval's own year is
    a part-year, which counts when it reaches the number and is never flagged below it."""
    totals = years.yearly_totals(counted, field)
    first = since.year if since is not None else None
    this_year, met, by, below = years.judge_years(totals, required, today, first)
    if since is not None:
        below = [y for y in below if y != since.year]
    details, flags = years.year_details(totals, required, today, by, below, language, first)
    judged = {today.year} | ({by} if by is not None else set())
    return Measurement(
        round(this_year, 2),
        required,
        met,
        tuple(e for e in counted if e.date.year in judged),
        details=details,
        flags=flags,
    )


def _duration(
    condition: Condition, snapshot: LogbookSnapshot, today: date, required: float, language: str
) -> Measurement:
    """Months in the part; with `at_site`, only periods at a matching site count; with
    `since_attested`, the months since that approval was signed."""
    if condition.since_attested:
        return _since_attested(condition, snapshot, today, required, language)
    looked = tuple(p for p in snapshot.periods if p.part == condition.part and p.start <= today)
    sites = site_rules.confirmed_sites(snapshot) if condition.at_site else ()
    counted, left = site_rules.periods_at_site(condition, looked, sites)
    result = months_in_part(counted, condition.part, today, condition.block_min_months)
    flag = site_rules.not_at_site_flag(condition, left, sites, language)
    flags = ((flag,) if flag else ()) + continuity_flags(
        condition, counted, required, today, language
    )
    return Measurement(
        round(result.months, 1),
        required,
        result.months >= required,
        (),
        result.short_blocks,
        looked,
        flags=flags,
    )


def _since_attested(
    condition: Condition, snapshot: LogbookSnapshot, today: date, required: float, language: str
) -> Measurement:
    """Months from the day the current statement about `since_attested` approved it. The
    day is the supervisor's signature, so the year cannot be moved by a typed period; a
    later refusal withdraws the approval and the count with it."""
    start = approved_on(snapshot, condition.since_attested)
    if start is None:
        waiting = (
            f"börjar när {condition.since_attested} är intygat"
            if language == "sv"
            else f"starts when {condition.since_attested} is attested"
        )
        return Measurement(0.0, required, False, details=(waiting,))
    since = WorkPeriod(0, condition.part, start, None)
    months = months_in_part([since], condition.part, today, 0).months if start <= today else 0.0
    began = f"från {start.isoformat()}" if language == "sv" else f"from {start.isoformat()}"
    flags = _nothing_logged(condition, snapshot, start, today, language)
    return Measurement(
        round(months, 1), required, months >= required, details=(began,), flags=flags
    )


def _nothing_logged(
    condition: Condition, snapshot: LogbookSnapshot, start: date, today: date, language: str
) -> tuple[Flag, ...]:
    """Advice beside the months: no case of `logged_kinds` dated from `start` to `today`
    ("all cases handled are logged"), once a month has passed. Never a gate."""
    if not condition.logged_kinds or (today - start).days < 30:
        return ()
    logged = any(
        e.kind in condition.logged_kinds and not e.retracted and start <= e.date <= today
        for e in snapshot.entries
    )
    if logged:
        return ()
    labels = (kind_spec(k).label(language) for k in condition.logged_kinds)
    kinds = ", ".join(label[:1].lower() + label[1:] for label in labels)  # "(EVT)" stays
    return (Flag("nothing_logged", say("nothing_logged", language, kinds=kinds, since=start)),)


UNKNOWN_SHARE = 5  # more than one case in five unknown: a rate is not judgeable


def too_many_unknown(known: int, unknown: int) -> bool:
    """Whether a rate over `known` recorded cases, with `unknown` more unrecorded, cannot
    be judged: 20 recorded and 30 unknown is no 0 % sICH. The quality view judges its
    rates by this same rule (`quality.indicators`)."""
    return unknown * UNKNOWN_SHARE > known + unknown


def _ratio(
    condition: Condition,
    entries: Sequence[Entry],
    today: date,
    threshold: float,
    language: str = "en",
) -> Measurement:
    """Per cent of the cases that match `numerator`, judged against `threshold`.

    Only cases where every numerator field was recorded count, in the share and in the
    denominator: an sICH nobody wrote down is not a case without bleeding, so leaving it
    out never flatters the figure (the quality figures count them as `unknown`). Below
    `min_cases` recorded cases the share is shown but not judged, and with more than a
    fifth of the cases unknown it is never met (`too_many_unknown`)."""
    matched = matching(entries, condition, today)
    if condition.window == "calendar_year":
        matched = [e for e in matched if e.date.year == today.year]
    cases = [e for e in matched if all(_recorded(e.fields.get(k)) for k in condition.numerator)]
    unknown = len(matched) - len(cases)
    if not cases:
        return Measurement(0.0, threshold, False, ())
    details: tuple[str, ...] = ()
    if too_many_unknown(len(cases), unknown):
        label = condition.label(language)
        details = (say("ratio_unknown", language, label=label, n=unknown, m=len(matched)),)
    hits = [
        e
        for e in cases
        if all(_value_ok(e.fields.get(k), v) for k, v in condition.numerator.items())
    ]
    exact = 100.0 * len(hits) / len(cases)
    enough = len(cases) >= condition.min_cases
    # Judge the exact share: 38 of 254 is 14.96 %, below 15 %, though it shows as 15.0.
    ok = exact > threshold if condition.comparison == ">" else exact < threshold
    judged = enough and ok and not details
    return Measurement(round(exact, 1), threshold, judged, tuple(cases), details=details)


def _recorded(value: object) -> bool:
    return value is not None and value != ""


def _value_ok(value: object, wanted: object) -> bool:
    return value in wanted if isinstance(wanted, list) else value == wanted
