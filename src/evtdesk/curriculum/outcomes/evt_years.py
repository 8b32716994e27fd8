"""Q2: at least 20 EVT a year once trained, year by year from the approval.

"En färdigutbildad interventionist [ska] utföra minst 20 EVT/år": the years are those of
a trained interventionist, so they start on the day the training was approved. The first
is the follow-up year, twelve months from the approval (20 EVT from September to August
meet it, however New Year splits them); then every calendar year that ends after it,
counted in full so each year judged has twelve months (the months that calendar year
shares with the follow-up year count in both, and no part-year is ever judged). Only her
own EVT count: as first operator, supervised or independent, dated from the approval on;
the training's EVT before it never.

A year is judged when it is over; while one runs, the year before it stands until this
one reaches the number, so nothing disappears on New Year's Day (the rule the engine uses
for every yearly number, `curriculum.years`). Each year that ended below the number is
named for the supervisor.

The progress item Q2 and the quality view both take `evt_per_year`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from evtdesk.curriculum.outcomes.cases import (
    FOLLOW_UP,
    Window,
    calendar_year,
    one_year_after,
    performed_evt,
)
from evtdesk.model import Entry

EVT_PER_YEAR = 20  # Q2: a fully trained interventionist performs at least 20 EVT a year


@dataclass(frozen=True)
class YearCount:
    """One year judged: its window, the EVT in it so far, and whether it is over."""

    window: Window
    evt: int
    complete: bool

    @property
    def follow_up(self) -> bool:
        return self.window.label == FOLLOW_UP


@dataclass(frozen=True)
class EvtPerYear:
    """Each year since the approval, the running one last, and the judgement as of the
    day asked: the running year reaching `required`, or else the year before it."""

    required: float
    years: tuple[YearCount, ...]
    met_by: YearCount | None  # the year that meets it: the running one, or the one before

    @property
    def met(self) -> bool:
        return self.met_by is not None

    @property
    def running(self) -> YearCount:
        return self.years[-1]

    @property
    def below(self) -> tuple[YearCount, ...]:
        """The years that ended short of the number."""
        return tuple(y for y in self.years if y.complete and y.evt < self.required)


def evt_since(entries: Sequence[Entry], start: date, today: date) -> list[Entry]:
    """Her own EVT as first operator from the approval day through `today`, oldest
    first: what Q1, Q2 and Q4 judge once she is trained."""
    found = [e for e in entries if performed_evt(e) and start <= e.date <= today]
    return sorted(found, key=lambda e: (e.date, e.created_seq, e.id))


def years_since(start: date, today: date) -> list[Window]:
    """The follow-up year, then each calendar year ending after it that has begun by
    `today` (none while the follow-up year runs)."""
    first = Window(start, one_year_after(start), FOLLOW_UP)
    windows = [first]
    if today > first.end:
        years = range(first.end.year, today.year + 1)
        windows += [calendar_year(y) for y in years if date(y, 12, 31) > first.end]
    return windows


def evt_per_year(
    entries: Sequence[Entry], start: date, today: date, required: float = EVT_PER_YEAR
) -> EvtPerYear:
    """Count each year's EVT since the approval on `start` and judge as of `today`."""
    cases = evt_since(entries, start, today)
    counted = tuple(
        YearCount(w, sum(1 for e in cases if w.holds(e.date)), w.end < today)
        for w in years_since(start, today)
    )
    running = counted[-1]
    met_by = None
    if running.evt >= required:
        met_by = running
    elif len(counted) > 1 and counted[-2].evt >= required:
        met_by = counted[-2]
    return EvtPerYear(required, counted, met_by)
