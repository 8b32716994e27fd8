"""Whether a part's work periods are "relativt sammanhållen" (fairly continuous): advice.

The Swedish preparatory part: "Perioden bör vara relativt sammanhållen men kan omfatta
pauser för att sköta ordinarie tjänst." A "bör" with no number, so the numbers are the
curriculum file's own reading (`max_gap_months`, `max_span_factor`), and what they find is
a flag beside the months, never a reason the months do not count: twelve one-month stints
over six years still make twelve months, and the supervisor sees the pauses named.

Two signs, each on its own:
- a pause between the part's periods longer than `max_gap_months` (the days between the
  end of one and the start of the next, in calendar months as the durations count them);
- the time required spread over more than `max_span_factor` times its length: from the
  first period's start to the day the months required were reached (or, until then, to
  today). Continuous work never spreads, however long it goes on, since the span ends
  when the time is reached.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from evtdesk.curriculum.durations import calendar_months, months_in_part
from evtdesk.curriculum.messages import number, say
from evtdesk.curriculum.progress import Flag
from evtdesk.curriculum.schema import Condition
from evtdesk.model import WorkPeriod


@dataclass(frozen=True)
class Pause:
    """Days between two stretches of work: `first` to `last`, both without work."""

    first: date
    last: date
    after: int  # the period the pause follows
    before: int  # the period that ends it

    @property
    def months(self) -> float:
        return calendar_months(self.first, self.last)


def pauses(periods: Sequence[WorkPeriod], today: date) -> list[Pause]:
    """The pauses between the periods (as worked by `today`); overlapping and adjoining
    periods are one stretch."""
    spans = sorted(
        (p.start, min(p.end, today) if p.end else today, p.id)
        for p in periods
        if p.start <= today and p.fraction > 0
    )
    found: list[Pause] = []
    reach: tuple[date, int] | None = None  # the last day worked so far, and its period
    for start, last, pid in spans:
        if last < start:
            continue
        if reach is not None and start > reach[0] + timedelta(days=1):
            found.append(
                Pause(reach[0] + timedelta(days=1), start - timedelta(days=1), reach[1], pid)
            )
        if reach is None or last > reach[0]:
            reach = (last, pid)
    return found


def reached_on(
    periods: Sequence[WorkPeriod], part: str, required: float, today: date
) -> date | None:
    """The first day by which the months in `part` reach `required`, counted by the same
    rules as the months themselves; None while they do not."""
    if months_in_part(periods, part, today, 0).months < required:
        return None
    low, high = min(p.start for p in periods), today
    while low < high:
        middle = low + (high - low) // 2
        if months_in_part(periods, part, middle, 0).months >= required:
            high = middle
        else:
            low = middle + timedelta(days=1)
    return low


def continuity_flags(
    condition: Condition,
    periods: Sequence[WorkPeriod],
    required: float,
    today: date,
    language: str,
) -> tuple[Flag, ...]:
    """The `not_continuous` flag naming the long pauses and the spread, or nothing."""
    looked = [p for p in periods if p.start <= today and p.fraction > 0]
    if not looked or not (condition.max_gap_months or condition.max_span_factor):
        return ()
    said: list[str] = []
    ids: set[int] = set()
    if condition.max_gap_months:
        long = [p for p in pauses(looked, today) if p.months > condition.max_gap_months]
        if long:
            named = ", ".join(_pause_text(p, language) for p in long)
            limit = number(condition.max_gap_months, language)
            said.append(say("pauses_long", language, m=limit, pauses=named))
            ids |= {i for p in long for i in (p.after, p.before)}
    if condition.max_span_factor and required > 0:
        start = min(p.start for p in looked)
        reached = reached_on(looked, condition.part, required, today)
        span = calendar_months(start, reached or today)
        if span > condition.max_span_factor * required:
            said.append(
                say(
                    "spread_reached" if reached else "spread_so_far",
                    language,
                    start=start.isoformat(),
                    end=(reached or today).isoformat(),
                    n=number(round(span, 1), language),
                    factor=number(condition.max_span_factor, language),
                    req=number(required, language),
                )
            )
            ids |= {p.id for p in looked}
    if not said:
        return ()
    message = " ".join([say("not_continuous", language), *said])
    return (Flag("not_continuous", message, (), tuple(sorted(ids))),)


def _pause_text(pause: Pause, language: str) -> str:
    months = number(round(pause.months, 1), language)
    return say(
        "pause", language, first=pause.first.isoformat(), last=pause.last.isoformat(), n=months
    )
