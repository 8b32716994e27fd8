"""Which cases the quality figures count, and over which stretch of time.

The guidance judges the EVT an interventionist performs as first operator (Q2–Q4): during
training those are `evt` entries, after approval `followup_case` entries whose EVT was
performed. Observed or assisted procedures are someone else's results, and retracted
entries never count.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from evtdesk.model import Entry

FIRST_OPERATOR_ROLES = frozenset({"first_operator", "independent_first_operator"})


@dataclass(frozen=True)
class Window:
    """A stretch of days, both ends included: a calendar year or the follow-up year."""

    start: date
    end: date
    label: str  # "2026", or "follow-up"

    def holds(self, day: date) -> bool:
        return self.start <= day <= self.end


def calendar_year(year: int) -> Window:
    if not 1900 <= year <= 9999:
        raise ValueError(f"{year} is not a calendar year")
    return Window(date(year, 1, 1), date(year, 12, 31), str(year))


def performed_evt(entry: Entry) -> bool:
    """An EVT the operator performed as first operator (supervised or independent)."""
    if entry.retracted or entry.role not in FIRST_OPERATOR_ROLES:
        return False
    if entry.kind == "evt":
        return True
    return entry.kind == "followup_case" and entry.fields.get("evt_performed") is True


def evt_cases(entries: Iterable[Entry], window: Window) -> list[Entry]:
    """The EVT performed as first operator within `window`, oldest first."""
    found = [e for e in entries if performed_evt(e) and window.holds(e.date)]
    return sorted(found, key=lambda e: (e.date, e.created_seq))


def unknown(value: object) -> bool:
    """Not recorded: absent, empty or null. Never read as a good (or bad) outcome."""
    return value is None or (isinstance(value, str) and not value.strip())


APPROVAL_SUBJECT = "A"  # the supervisor's attestation that part A, the approval, is done
FOLLOW_UP = "follow-up"  # the label of the follow-up year's window


def one_year_after(start: date) -> date:
    """The last day of the year that begins on `start` (29 February starts end on 28 Feb)."""
    try:
        following = start.replace(year=start.year + 1)
    except ValueError:  # 29 February, in a year without one
        following = start.replace(year=start.year + 1, day=28) + timedelta(days=1)
    return following - timedelta(days=1)
