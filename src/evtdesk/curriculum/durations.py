"""Months of training from work periods, with the rule for intermittent training.

Lengths are calendar months (1 September to 30 November is 3 months), with left-over days
at 30.4375 a month (a year / 12). Calendar months rather than plain days / 30.4375 because
a trainee who works 1 January to 31 December has done twelve months, and 365 / 30.4375
would say 11.99 and refuse them.

A stretch of time counts its length times its part-time fraction; an ongoing period counts
to today. Periods of one part that overlap are not counted twice: on any day the fractions
add up to at most full time (a half-time stroke post beside a half-time radiology post is
full time; the same period entered twice is still one period).

With a minimum block length (the Swedish neurointervention time: "Kontinuerlig utbildning
är att föredra men intermittent deltagande i utbildningen är möjligt under förutsättningen
att tidsperioder, med heltid på 3–6 månader, tillbringas på träningsplatsen") only
full-time blocks count: days in a row at full time, however they are split into periods.
A block counts whole when it is at least that many months long, or when it is still going
on today (a block in progress). A finished shorter block — a 2-month stint — and part-time
time add nothing, and their periods are reported. A block longer than six months counts in
full: continuous training is what the guidance prefers, so more of it must never count for
less. The rule is the same for one period or many, so logging another period can never
lower the months already counted.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from evtdesk.model import WorkPeriod

DAYS_PER_MONTH = 365.25 / 12


@dataclass(frozen=True)
class DurationResult:
    months: float
    short_blocks: tuple[int, ...]  # ids of periods whose time did not count


@dataclass(frozen=True)
class _Stretch:
    """Consecutive days with the same total fraction, and the periods covering them."""

    start: date
    last: date
    fraction: float
    period_ids: frozenset[int]


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def calendar_months(start: date, last_day: date) -> float:
    """Months from `start` to `last_day` inclusive."""
    stop = last_day + timedelta(days=1)
    months = (stop.year - start.year) * 12 + stop.month - start.month
    while months > 0 and add_months(start, months) > stop:
        months -= 1
    return months + (stop - add_months(start, months)).days / DAYS_PER_MONTH


def _stretches(periods: list[WorkPeriod], today: date) -> list[_Stretch]:
    """Split the covered days at every period boundary; merge neighbours of equal fraction."""
    spans = [(p.start, min(p.end, today) if p.end else today, p) for p in periods]
    spans = [s for s in spans if s[1] >= s[0]]
    cuts = sorted({s[0] for s in spans} | {s[1] + timedelta(days=1) for s in spans})
    out: list[_Stretch] = []
    for begin, stop in zip(cuts, cuts[1:], strict=False):
        last = stop - timedelta(days=1)
        covering = [p for first, end, p in spans if first <= begin and end >= last]
        if not covering:
            continue
        fraction = min(1.0, sum(max(p.fraction, 0.0) for p in covering))
        ids = frozenset(p.id for p in covering)
        previous = out[-1] if out else None
        if (
            previous
            and previous.last + timedelta(days=1) == begin
            and previous.fraction == fraction
        ):
            out[-1] = _Stretch(previous.start, last, fraction, previous.period_ids | ids)
        else:
            out.append(_Stretch(begin, last, fraction, ids))
    return out


def months_in_part(
    periods: Iterable[WorkPeriod], part: str, today: date, block_min_months: float
) -> DurationResult:
    """Months worked in `part` by `today`, applying the full-time block rule if given."""
    stretches = _stretches([p for p in periods if p.part == part and p.start <= today], today)
    if block_min_months <= 0:
        return DurationResult(
            sum(calendar_months(s.start, s.last) * s.fraction for s in stretches), ()
        )
    counted = 0.0
    counted_ids: set[int] = set()
    short_ids: set[int] = set()
    for stretch in stretches:
        # Neighbouring stretches of equal fraction are merged, so a full-time stretch is a
        # whole block of full-time days in a row.
        months = calendar_months(stretch.start, stretch.last)
        if stretch.fraction >= 1.0 and (months >= block_min_months or stretch.last == today):
            counted += months
            counted_ids |= stretch.period_ids
        else:
            short_ids |= stretch.period_ids
    return DurationResult(counted, tuple(sorted(short_ids - counted_ids)))
