"""Time from work periods: calendar months, part time, overlaps and the NI block rule."""

from __future__ import annotations

from datetime import date

import pytest

from evtdesk.curriculum import evaluate, load_curriculum
from evtdesk.curriculum.durations import calendar_months, months_in_part
from evtdesk.model import WorkPeriod
from tests.curriculum.factories import (
    UNIT,
    approval,
    attest,
    period,
    site_declaration,
    snapshot,
)

TODAY = date(2026, 6, 1)
SE = load_curriculum("se-evt")
PREP_DONE = [attest("PREP", date(2024, 1, 1)), site_declaration(UNIT)]


def ni_time(periods: list[WorkPeriod]):  # type: ignore[no-untyped-def]
    return evaluate(SE, snapshot([], PREP_DONE, periods), TODAY).item("NI.TIME")


def prep_time(periods: list[WorkPeriod]):  # type: ignore[no-untyped-def]
    return evaluate(SE, snapshot([], [], periods), TODAY).item("PREP.TIME")


@pytest.mark.parametrize(
    ("start", "last", "months"),
    [
        (date(2025, 1, 1), date(2025, 12, 31), 12.0),  # 365 days is a whole year, not 11.99 months
        (date(2024, 9, 1), date(2024, 11, 30), 3.0),
        (date(2025, 2, 15), date(2025, 5, 14), 3.0),
        (date(2025, 1, 31), date(2025, 2, 27), 1.0),  # a month after 31 January is 28 February
        (date(2025, 3, 1), date(2025, 3, 15), 15 / (365.25 / 12)),
        (date(2025, 1, 15), date(2025, 2, 10), 27 / (365.25 / 12)),  # short of a month
        (date(2025, 6, 1), date(2025, 6, 1), 1 / (365.25 / 12)),  # one day
    ],
)
def test_calendar_months(start: date, last: date, months: float) -> None:
    assert calendar_months(start, last) == pytest.approx(months)


@pytest.mark.parametrize(("months", "met"), [(11, False), (12, True)])
def test_prep_time_needs_12_months(months: int, met: bool) -> None:
    result = prep_time([period("PREP", date(2024, 1, 1), months)])
    assert result.conditions[0].done == months and result.met is met


def test_part_time_counts_pro_rata_in_the_preparatory_part() -> None:
    result = prep_time([period("PREP", date(2023, 1, 1), 20, fraction=0.5)])
    assert result.conditions[0].done == pytest.approx(10.0) and not result.met


def test_overlapping_periods_are_not_counted_twice_but_two_half_posts_make_full_time() -> None:
    twice = [period("PREP", date(2024, 1, 1), 8), period("PREP", date(2024, 1, 1), 8)]
    assert prep_time(twice).conditions[0].done == 8
    halves = [period("PREP", date(2024, 1, 1), 12, 0.5), period("PREP", date(2024, 1, 1), 12, 0.5)]
    assert prep_time(halves).met


def test_an_ongoing_period_counts_up_to_today_and_a_future_one_not_at_all() -> None:
    ongoing = WorkPeriod(1, "PREP", date(2025, 6, 1), None)
    future = WorkPeriod(2, "PREP", date(2026, 7, 1), None)
    assert prep_time([ongoing, future]).conditions[0].done == pytest.approx(12.0, abs=0.05)


def test_a_two_month_intermittent_block_does_not_count_and_is_flagged() -> None:
    short = period("NI", date(2025, 9, 1), 2)
    periods = [period("NI", date(2025, 1, 1), 6), short, period("NI", date(2026, 1, 1), 4)]
    result = ni_time(periods)
    assert result.conditions[0].done == 10 and not result.met
    [flag] = [f for f in result.flags if f.kind == "short_block"]
    assert "3 months" in flag.message
    periods[1] = period("NI", date(2025, 9, 1), 3)
    three = ni_time(periods)
    assert three.conditions[0].done == 13 and three.met
    assert not [f for f in three.flags if f.kind == "short_block"]


def test_a_block_longer_than_six_months_counts_whole() -> None:
    result = ni_time([period("NI", date(2024, 1, 1), 7), period("NI", date(2025, 1, 1), 5)])
    assert result.conditions[0].done == 12 and result.met


def test_periods_back_to_back_are_one_continuous_block() -> None:
    periods = [
        period("NI", date(2025, 1, 1), 2),
        period("NI", date(2025, 3, 1), 2),
        period("NI", date(2025, 5, 1), 8),
    ]
    result = ni_time(periods)
    assert result.conditions[0].done == 12 and result.met and not result.flags


def test_a_full_time_block_in_progress_counts_even_when_still_short() -> None:
    result = ni_time(
        [period("NI", date(2024, 1, 1), 6), WorkPeriod(9, "NI", date(2026, 5, 1), None, site_id=1)]
    )
    assert result.conditions[0].done == pytest.approx(7.0, abs=0.05)
    assert not [f for f in result.flags if f.kind == "short_block"]


def test_part_time_at_the_neurointervention_unit_does_not_count() -> None:
    part_time = period("NI", date(2025, 1, 1), 14, fraction=0.8)
    result = ni_time([part_time])
    assert result.conditions[0].done == 0
    [flag] = [f for f in result.flags if f.kind == "short_block"]
    assert flag.message.startswith("1 work period")


def test_adding_a_period_never_lowers_the_months_counted() -> None:
    base = [period("NI", date(2024, 1, 1), 4), period("NI", date(2024, 9, 1), 1)]
    before = months_in_part(base, "NI", TODAY, 3).months
    for extra in (
        period("NI", date(2024, 5, 1), 4),
        period("NI", date(2025, 2, 1), 1, 0.5),
        period("NI", date(2024, 8, 1), 1),
    ):
        assert months_in_part([*base, extra], "NI", TODAY, 3).months >= before


def test_periods_before_the_part_opened_count_and_are_flagged_by_name() -> None:
    """Twelve months at the unit before the preparatory part was attested: the time counts
    (nothing is dropped) and the supervisor sees which periods came first."""
    early = period("NI", date(2023, 1, 1), 12)
    result = evaluate(SE, snapshot([], PREP_DONE, [early]), TODAY).item("NI.TIME")
    assert result.met and result.conditions[0].done == 12
    [flag] = [f for f in result.flags if f.kind == "periods_before_part_opened"]
    assert flag.period_ids == (early.id,) and flag.entry_ids == ()
    assert flag.message == (
        "Work periods starting before 2024-01-01, when the part opened: 2023-01-01 – 2023-12-31."
    )
    swedish = evaluate(SE, snapshot([], PREP_DONE, [early]), TODAY, "sv").item("NI.TIME")
    assert swedish.flags[0].message == (
        "Arbetsperioder som börjar före 2024-01-01, då delen öppnades: 2023-01-01 – 2023-12-31."
    )


def test_only_periods_starting_before_the_opening_day_are_flagged() -> None:
    straddling = period("NI", date(2023, 11, 1), 4)
    on_the_day = period("NI", date(2024, 1, 1), 6)  # PREP_DONE opened NI on 2024-01-01
    ongoing_part_time = WorkPeriod(77, "NI", date(2023, 6, 1), None, 0.5, 1)
    result = ni_time([on_the_day, ongoing_part_time, straddling])
    [flag] = [f for f in result.flags if f.kind == "periods_before_part_opened"]
    assert flag.period_ids == (77, straddling.id)  # by start date, named as entered
    assert flag.message.endswith(": 2023-06-01 – ongoing (50 %), 2023-11-01 – 2024-02-29.")


def test_no_period_flag_before_a_part_has_opened_or_in_a_part_open_from_the_start() -> None:
    unit = [site_declaration(UNIT)]  # the unit as its supervisor declared it
    before_any_gate = evaluate(SE, snapshot([], unit, [period("NI", date(2023, 1, 1), 3)]), TODAY)
    assert not before_any_gate.item("NI.TIME").flags  # the part is still locked
    assert not prep_time([period("PREP", date(2010, 1, 1), 12)]).flags


def test_follow_up_time_is_counted_from_the_approval_not_from_typed_periods() -> None:
    # A period typed to start before the approval neither counts nor moves the year: the
    # year begins on the day the supervisor signed part A.
    gates = [*PREP_DONE, attest("NI", date(2025, 1, 1)), *approval(date(2025, 6, 1))]
    follow_up = period("FU", date(2025, 5, 1), 13)
    result = evaluate(SE, snapshot([], gates, [follow_up]), TODAY).item("FU1")
    assert result.details == ("from 2025-06-01",)
    # no flag for the typed period; only that no case was logged in the year (FU1's advice)
    assert [f.kind for f in result.flags] == ["nothing_logged"]


def test_a_one_day_period_and_one_starting_today_count_their_day() -> None:
    day = 1 / (365.25 / 12)
    one_day = WorkPeriod(1, "PREP", date(2025, 6, 1), date(2025, 6, 1))
    assert months_in_part([one_day], "PREP", TODAY, 0).months == pytest.approx(day)
    starting_today = WorkPeriod(2, "NI", TODAY, None)
    result = months_in_part([starting_today], "NI", TODAY, 3)
    assert (result.months, result.short_blocks) == (pytest.approx(day), ())


def test_every_finished_short_block_is_named_not_only_the_last() -> None:
    first = period("NI", date(2025, 1, 1), 1)
    second = period("NI", date(2025, 2, 1), 1)  # back to back with the first: one block
    later = period("NI", date(2025, 9, 1), 2)  # a block of its own
    result = months_in_part([first, second, later], "NI", TODAY, 3)
    assert result.months == 0
    assert result.short_blocks == tuple(sorted((first.id, second.id, later.id)))


def test_a_period_partly_in_a_counted_block_is_not_named_as_short() -> None:
    # Half time all of 2025, full time with a second post January-March, and a full-time
    # block October-December: the half-time post helped make the first block.
    half = WorkPeriod(1, "NI", date(2025, 1, 1), date(2025, 9, 30), 0.5)
    beside = WorkPeriod(2, "NI", date(2025, 1, 1), date(2025, 3, 31), 0.5)
    autumn = WorkPeriod(3, "NI", date(2025, 10, 1), date(2025, 12, 31))
    result = months_in_part([half, beside, autumn], "NI", TODAY, 3)
    assert result.months == pytest.approx(6.0)
    assert result.short_blocks == ()


def test_a_block_minimum_under_a_month_still_rules_out_part_time() -> None:
    part_time = WorkPeriod(1, "NI", date(2025, 1, 1), date(2025, 6, 30), 0.5)
    result = months_in_part([part_time], "NI", TODAY, 0.5)
    assert (result.months, result.short_blocks) == (0, (1,))
