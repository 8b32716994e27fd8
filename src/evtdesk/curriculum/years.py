"""Calendar years: evaluating as of a day, yearly numbers, and the years of the training.

A yearly requirement (≥ 20 EVT a year, ≥ 16 hours of CME a year) is judged per
calendar year. A year is judged when it is over; while the current year runs, the last
complete year stands until this one reaches the number, so nothing a trainee did
disappears on 1 January. Each completed year below the number is flagged.

The yearly evaluation (S5) is due for every calendar year of the training: the years
from the first work period or entry to today (or to the year a given subject was
approved — the training's approval), each with its own statement. A past year without
one is flagged; the current one is still to come.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from evtdesk.curriculum.messages import number, say
from evtdesk.curriculum.progress import Flag
from evtdesk.curriculum.schema import Condition
from evtdesk.model import Attestation, Entry, LogbookSnapshot
from evtdesk.model.statements import current_statement


def as_of(snapshot: LogbookSnapshot, day: date) -> LogbookSnapshot:
    """The logbook as it stood on `day`: entries dated after it, statements signed after
    it, weeks starting after it and marks made after it are left out (work periods are
    cut at `day` by the duration rules themselves)."""
    return replace(
        snapshot,
        entries=tuple(e for e in snapshot.entries if e.date <= day),
        attestations=tuple(a for a in snapshot.attestations if a.signed_at.date() <= day),
        exam_weeks=tuple(w for w in snapshot.exam_weeks if w.start <= day),
        measure_marks=tuple(m for m in snapshot.measure_marks if m.done_on <= day),
    )


def yearly_totals(entries: Sequence[Entry], field: str) -> dict[int, float]:
    """Per calendar year: the entries counted, or the `field` summed."""
    totals: dict[int, float] = {}
    for entry in entries:
        value = float(entry.fields.get(field) or 0) if field else 1.0
        totals[entry.date.year] = totals.get(entry.date.year, 0.0) + value
    return totals


def judge_years(
    totals: Mapping[int, float], required: float, today: date, first_year: int | None = None
) -> tuple[float, bool, int | None, list[int]]:
    """(this year's number, met, the past year that meets it if this one does not yet,
    completed years below the requirement). Years run from `first_year` (else the first
    year with a counted entry) to this one; a year with none in between counts as
    nothing."""
    this_year = totals.get(today.year, 0.0)
    first = first_year if first_year is not None else min(totals, default=today.year)
    past = list(range(min(first, today.year), today.year))
    below = [y for y in past if totals.get(y, 0.0) < required]
    if this_year >= required:
        return this_year, True, None, below
    last = today.year - 1
    if last in past and totals.get(last, 0.0) >= required:
        return this_year, True, last, below
    return this_year, False, None, below


def year_details(
    totals: Mapping[int, float],
    required: float,
    today: date,
    by: int | None,
    below: Sequence[int],
    language: str,
    first_year: int | None = None,
) -> tuple[tuple[str, ...], tuple[Flag, ...]]:
    """One line with each year's number (from `first_year`, else the first year with a
    counted entry); a flag for the completed years below it."""
    first = first_year if first_year is not None else min(totals, default=today.year)
    parts = [
        say("year_value", language, year=y, n=number(totals.get(y, 0.0), language))
        for y in range(min(first, today.year), today.year)
    ]
    parts.append(
        say(
            "year_running", language, year=today.year, n=number(totals.get(today.year, 0), language)
        )
    )
    details = [" · ".join(parts)]
    if by is not None:
        details.append(
            say("year_from_last", language, year=by, n=number(totals.get(by, 0), language))
        )
    flags: tuple[Flag, ...] = ()
    if below:
        listed = ", ".join(f"{y} ({number(totals.get(y, 0.0), language)})" for y in below)
        message = say("year_below", language, req=number(required, language), years=listed)
        flags = (Flag("year_below", message),)
    return tuple(details), flags


def training_years(snapshot: LogbookSnapshot, today: date, until: str = "") -> list[int]:
    """The calendar years of the training: from the first work period or live entry to
    today's year, or to the year `until` was approved if it was."""
    starts = [p.start.year for p in snapshot.periods if p.start <= today]
    starts += [e.date.year for e in snapshot.entries if not e.retracted]
    if not starts:
        return []
    last = today.year
    if until:
        approval = current_statement(snapshot.attestations, until)
        if approval is not None and approval.approved:
            last = min(last, approval.signed_at.year)
    return list(range(min(starts), last + 1))


def evaluations(
    condition: Condition, snapshot: LogbookSnapshot, today: date
) -> dict[int, Attestation | None]:
    """Each year of the training and its current statement (None: not evaluated)."""
    return {
        year: current_statement(
            snapshot.attestations, condition.subject.replace("{year}", str(year))
        )
        for year in training_years(snapshot, today, condition.until)
    }


def measure_yearly(
    condition: Condition, snapshot: LogbookSnapshot, today: date, language: str
) -> tuple[float, float, bool, tuple[str, ...], tuple[Flag, ...]]:
    """(done, required, met, details, flags) of a `yearly` condition: every year has a
    statement (a refusal is an evaluation too: insufficient progress, with its plan)."""
    years = evaluations(condition, snapshot, today)
    done = sum(1 for a in years.values() if a is not None)
    missing = [y for y, a in years.items() if a is None and y < today.year]
    flags: tuple[Flag, ...] = ()
    if missing:
        flags = (
            Flag(
                "evaluation_missing",
                say("evaluation_missing", language, years=", ".join(map(str, missing))),
            ),
        )
    details = tuple(
        f"{year}: "
        + (
            "–"
            if a is None
            else f"{a.supervisor_name} {a.signed_at.date().isoformat()}"
            + (f" ({a.comment})" if a.comment else "")
        )
        for year, a in years.items()
    )
    return done, max(len(years), 1), bool(years) and done == len(years), details, flags
