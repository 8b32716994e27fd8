"""Months of work from work periods, with the rule for intermittent training.

Lengths are calendar months (1 September to 30 November is 3 months), with left-over days
at 30.4375 a month (a year / 12). A period counts its length times its part-time fraction; an ongoing period counts to today. When a part is done in more than
one period (intermittent training), only full-time blocks of at least the condition's
`block_min_months` count — a 2-month block towards NI.TIME adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
import calendar
from datetime import date, timedelta

from evtdesk.model import WorkPeriod

DAYS_PER_MONTH = 365.25 / 12


@dataclass(frozen=True)
class DurationResult:
    months: float
    short_blocks: tuple[int, ...]  # ids of periods that did not count


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


def period_months(period: WorkPeriod, today: date) -> float:
    end = min(period.end, today) if period.end else today
    if end < period.start:
        return 0.0
    return calendar_months(period.start, end)


def months_in_part(periods: Iterable[WorkPeriod], part: str, today: date, block_min_months: float) -> DurationResult:
    mine = [p for p in periods if p.part == part and p.start <= today]
    if len(mine) <= 1 or block_min_months <= 0:
        return DurationResult(sum(period_months(p, today) * p.fraction for p in mine), ())
    counted, short = 0.0, []
    for period in mine:
        months = period_months(period, today)
        if period.fraction >= 1.0 and months >= block_min_months:
            counted += months
        else:
            short.append(period.id)
    return DurationResult(counted, tuple(short))
