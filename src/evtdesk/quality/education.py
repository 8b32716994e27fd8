"""Continuing education (C1–C4), judged one calendar year at a time.

C1 asks for "minst 16 timmar/år … men med fördel 40 timmar vartannat år": at least 16
hours of cerebrovascular CME every calendar year, the minimum; 40 hours every other year is
advice on top of it, shown (`advice_met`) and never standing in for a year's 16 hours (a
30-hour year does not carry a 10-hour one). Hours come from every kind that carries them
(courses and meetings), the same kinds the curriculum's C1 condition sums, so the quality
view and the progress item agree. Hours are summed to the hundredth first, so 24.1 + 15.9
is 40, not 39.999….
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from evtdesk.model import Entry

HOURS_A_YEAR = 16.0
HOURS_TWO_YEARS = 40.0
HOUR_KINDS = ("cme", "meeting")  # both carry the hours of cerebrovascular CME
EDUCATION_KINDS = ("cme", "meeting", "observation_visit", "network_contact")
MET_BY_YEAR = "year"


@dataclass(frozen=True)
class EducationYear:
    """One calendar year of continuing education. `met_by` is "year" when its own hours
    meet C1's 16, else None; `advice_met` says whether it and the year before reach the
    guidance's advised 40 hours every other year (shown, never meeting C1)."""

    year: int
    hours: float
    met_by: str | None
    meetings: int  # C2
    observation_visits: int  # C3
    network_contacts: int  # C4
    advice_met: bool = False

    @property
    def met(self) -> bool:
        return self.met_by is not None


def hours_by_year(entries: Iterable[Entry]) -> dict[int, float]:
    totals: dict[int, float] = {}
    for entry in entries:
        if entry.retracted or entry.kind not in HOUR_KINDS:
            continue
        hours = entry.fields.get("hours")
        if isinstance(hours, int | float) and not isinstance(hours, bool):
            totals[entry.date.year] = totals.get(entry.date.year, 0.0) + float(hours)
    return {year: round(total, 2) for year, total in totals.items()}


def c1_met_by(hours: float) -> str | None:
    """C1 for a year: met by its own 16 hours, or not at all."""
    return MET_BY_YEAR if hours >= HOURS_A_YEAR else None


def advice_met(hours: float, previous_year_hours: float) -> bool:
    """The guidance's advice: 40 hours over this year and the one before."""
    return round(hours + previous_year_hours, 2) >= HOURS_TWO_YEARS


def education_years(
    entries: Iterable[Entry], through: int, since: int | None = None
) -> tuple[EducationYear, ...]:
    """Each year from `since` (else, or when `since` is after `through`, the first year
    with an entry) through `through`; a year without any CME is listed too, unmet, rather
    than skipped."""
    live = [e for e in entries if not e.retracted and e.kind in EDUCATION_KINDS]
    hours = hours_by_year(live)
    counts = Counter((e.kind, e.date.year) for e in live)
    years = [y for y in (*hours, *(year for _kind, year in counts)) if y <= through]
    # A year before `since` (the approval) that is asked for still shows its own hours.
    first = since if since is not None and since <= through else min(years, default=through)
    return tuple(
        EducationYear(
            year,
            hours.get(year, 0.0),
            c1_met_by(hours.get(year, 0.0)),
            counts[("meeting", year)],
            counts[("observation_visit", year)],
            counts[("network_contact", year)],
            advice_met(hours.get(year, 0.0), hours.get(year - 1, 0.0)),
        )
        for year in range(first, through + 1)
    )
