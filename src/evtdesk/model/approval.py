"""The examination week and the yearly evaluation: the trainee's records of them, and the
typed content of the supervisor's signed statements about them.

A supervisor's verdict on an examination week (subject `EXAM_WEEK`) and a yearly
evaluation (subject `EVAL:<year>`) are statements like any other, judged by the key
that signed them; what they say beyond approved/not approved (the week they are about,
why it failed, when the employer was told, the measures proposed; what was done that
year and the action plan) travels inside the signed payload as one of these objects.
The trainee's own records — the week she recorded, her marks that a measure is done —
are her account and never stand in for what the supervisor said.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

WEEK_DAYS = 7


@dataclass(frozen=True)
class Measure:
    """One dated measure of an action plan (a failed week's complements, or a yearly
    evaluation's action plan): what is to be done, and by when."""

    text: str
    due: date


@dataclass(frozen=True)
class ExamVerdict:
    """What a supervisor signs about one examination week. `week_id` and `week_start`
    name the week as the trainee's logbook recorded it (her bundle showed it); `unit` is
    the unit as the supervisor read it. A failed week (the statement not approved) has
    the reason, the day the employer was informed and the measures proposed (A4).
    `cases` pins the cases a pass judged, `<entry id>#<digest of its content>` each,
    sorted: the pass no longer counts once the week's cases differ (one added, amended or
    retracted afterwards, whatever revision number a bundle gives it). None in a
    failure (it stands whatever changes after) and in a verdict signed before verdicts
    pinned their cases."""

    week_id: int
    week_start: date
    unit: str
    reason: str = ""
    employer_informed: date | None = None
    measures: tuple[Measure, ...] = ()
    cases: tuple[str, ...] | None = None


@dataclass(frozen=True)
class YearlyEvaluation:
    """A supervisor's evaluation of one calendar year (S5). `summary` is what the logbook
    showed for that year when it was signed (generated, not typed: entries per kind,
    months per part, items done), so the statement keeps what it judged. Approved means
    sufficient progress; not approved, insufficient, and `measures` is the action plan."""

    year: int
    summary: Mapping[str, float] = field(default_factory=dict)
    measures: tuple[Measure, ...] = ()


@dataclass(frozen=True)
class ExamWeek:
    """An examination week as the trainee recorded it: seven days from `start` at one
    site. Every candidate for endovascular treatment that week is an `exam_week_case`
    entry dated inside it, at that site."""

    id: int
    start: date
    site_id: int
    note: str = ""

    @property
    def last_day(self) -> date:
        return self.start + timedelta(days=WEEK_DAYS - 1)

    def holds(self, day: date) -> bool:
        return self.start <= day <= self.last_day


@dataclass(frozen=True)
class MeasureMark:
    """The trainee's mark that a measure is done: her account, never the supervisor's.
    `measure` is the measure's key (`measure_key`)."""

    id: int
    measure: str
    done_on: date
    note: str = ""


def measure_key(attestation_id: str, subject: str, index: int) -> str:
    """A measure's stable name: the signed file, the statement's subject, its place (1…)."""
    return f"{attestation_id}/{subject}/{index}"
