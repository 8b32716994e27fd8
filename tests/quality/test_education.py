"""C1 at its edges: 16 hours a year, or 40 over a year and the one before it."""

from __future__ import annotations

from datetime import date

import pytest

from evtdesk.quality import education_years
from evtdesk.quality.education import MET_BY_TWO_YEARS, MET_BY_YEAR, c1_met_by
from tests.curriculum.factories import entry, retracted


def cme(year: int, hours: float, kind: str = "cme") -> object:
    return entry(kind, date(year, 5, 1), None, title="Stroke course", hours=hours)


def years(*entries: object, through: int = 2026, since: int | None = None) -> dict:
    return {y.year: y for y in education_years(list(entries), through, since)}


def test_fifteen_point_nine_hours_fall_short() -> None:
    assert years(cme(2026, 15.9))[2026].met is False


def test_sixteen_hours_meet_the_year() -> None:
    assert years(cme(2026, 16))[2026].met_by == MET_BY_YEAR


def test_twenty_four_then_sixteen_meet_both_years_each_on_its_own() -> None:
    found = years(cme(2025, 24), cme(2026, 16))
    assert (found[2025].met_by, found[2026].met_by) == (MET_BY_YEAR, MET_BY_YEAR)


def test_a_short_year_is_met_when_it_and_the_year_before_reach_forty() -> None:
    found = years(cme(2025, 24.1), cme(2026, 15.9))
    assert found[2026].hours == 15.9
    assert found[2026].met_by == MET_BY_TWO_YEARS


def test_a_short_year_with_39_9_over_two_years_is_not_met() -> None:
    assert years(cme(2025, 24), cme(2026, 15.9))[2026].met is False


def test_a_year_is_never_met_by_the_year_after_it() -> None:
    found = years(cme(2025, 10), cme(2026, 30))
    assert (found[2025].met, found[2026].met_by) == (False, MET_BY_YEAR)


def test_hours_are_summed_to_the_hundredth() -> None:
    three = [cme(2026, 0.1), cme(2026, 14.2), cme(2026, 1.7)]  # 15.999… in floats
    assert years(*three)[2026].hours == 16.0
    assert years(*three)[2026].met is True


@pytest.mark.parametrize(
    ("hours", "before", "expected"), [(0, 40, MET_BY_TWO_YEARS), (0, 39.99, None)]
)
def test_the_rule_alone(hours: float, before: float, expected: str | None) -> None:
    assert c1_met_by(hours, before) == expected


def test_meeting_hours_count_and_retracted_ones_do_not() -> None:
    found = years(cme(2026, 10, "meeting"), cme(2026, 6), retracted(cme(2026, 50), 9))
    assert (found[2026].hours, found[2026].meetings, found[2026].met) == (16, 1, True)


def test_a_year_without_any_education_is_listed_unmet() -> None:
    found = years(cme(2024, 20), through=2026)
    assert list(found) == [2024, 2025, 2026]
    assert (found[2025].hours, found[2025].met) == (0, False)


def test_visits_and_contacts_are_counted_per_year() -> None:
    found = years(
        entry("observation_visit", date(2026, 2, 1), None, unit="Karolinska"),
        entry("network_contact", date(2026, 2, 1), None, contact="SU"),
        entry("evt", date(2019, 2, 1), "observer"),  # training cases do not open a year
        since=2026,
    )
    assert list(found) == [2026]
    assert (found[2026].observation_visits, found[2026].network_contacts) == (1, 1)


def test_a_year_before_the_approval_still_shows_its_hours() -> None:
    found = years(cme(2025, 24.1), through=2025, since=2026)
    assert list(found) == [2025]
    assert found[2025].hours == 24.1
