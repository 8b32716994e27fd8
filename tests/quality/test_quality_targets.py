"""Q1, Q2 and Q4 from the approval on, as the quality view shows them (`quality.targets`):
the years Q2 judges, the registration count, each interval against its reference, and
the lines and JSON `evtdesk quality --follow-up` prints."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from evtdesk.curriculum.outcomes.cases import Window
from evtdesk.curriculum.outcomes.evt_years import evt_per_year, years_since
from evtdesk.curriculum.outcomes.logistics import (
    ON_PAR_READING,
    interval_figures,
    logistics_par,
    on_par,
)
from evtdesk.curriculum.outcomes.references import ReferenceValue
from evtdesk.curriculum.outcomes.registries import registration
from evtdesk.quality import calendar_year, quality_figures
from evtdesk.quality.json_out import quality_json
from evtdesk.quality.targets import followup_targets
from evtdesk.quality.text import quality_lines
from tests.curriculum.factories import entry, many

START = date(2026, 9, 1)
OWN = "independent_first_operator"
BOTH = {"registered_riksstroke": True, "registered_evas": True}


def cases(n: int, day: date, **fields: object) -> list:
    return many(n, "followup_case", OWN, day, evt_performed=True, **fields)


def spans(windows: list[Window]) -> list[tuple[str, date, date]]:
    return [(w.label, w.start, w.end) for w in windows]


def test_the_years_are_the_follow_up_year_then_calendar_years_ending_after_it() -> None:
    assert spans(years_since(START, date(2027, 8, 31))) == [("follow-up", START, date(2027, 8, 31))]
    assert spans(years_since(START, date(2028, 1, 1))) == [
        ("follow-up", START, date(2027, 8, 31)),
        ("2027", date(2027, 1, 1), date(2027, 12, 31)),
        ("2028", date(2028, 1, 1), date(2028, 12, 31)),
    ]


def test_an_approval_on_new_years_day_makes_the_follow_up_year_that_calendar_year() -> None:
    """No calendar year is judged twice: 2026 is the follow-up year, then 2027."""
    labels = [w.label for w in years_since(date(2026, 1, 1), date(2027, 3, 1))]
    assert labels == ["follow-up", "2027"]


def test_a_follow_up_year_from_29_february_ends_on_28_february() -> None:
    [first, *_] = years_since(date(2028, 2, 29), date(2029, 3, 1))
    assert (first.start, first.end) == (date(2028, 2, 29), date(2029, 2, 28))


@pytest.mark.parametrize(("before_new_year", "met"), [(9, False), (10, True)])
def test_twenty_evt_in_the_follow_up_year_meet_q2_whatever_new_year_splits(
    before_new_year: int, met: bool
) -> None:
    entries = cases(before_new_year, date(2026, 12, 31)) + cases(10, date(2027, 1, 1))
    found = evt_per_year(entries, START, date(2027, 3, 1))
    assert (found.running.evt, found.met, found.running.complete) == (
        10 + before_new_year,
        met,
        False,
    )


def test_a_year_that_ended_below_twenty_is_named() -> None:
    entries = cases(19, date(2026, 10, 1)) + cases(20, date(2027, 10, 1))
    found = evt_per_year(entries, START, date(2027, 11, 1))
    assert found.met and found.met_by is found.running
    assert [y.window.label for y in found.below] == ["follow-up"]


def test_registration_counts_each_registry_apart() -> None:
    found = registration(
        cases(2, START, **BOTH)
        + cases(1, START, registered_riksstroke=False, registered_evas=True)
        + cases(1, START, registered_riksstroke=True)
        + [entry("evt", START, OWN)]
    )
    assert (found.total, found.registered, found.met) == (5, 2, False)
    assert (found.not_in_riksstroke, found.not_in_evas) == (2, 2)
    assert (found.unrecorded, found.without_fields) == (2, 1)


def test_on_a_par_is_a_median_at_most_the_reference() -> None:
    reference = ReferenceValue("arrival_to_puncture", 60, "Riksstroke 2025", 2025)
    assert on_par(60, reference) and not on_par(60.1, reference)
    assert ON_PAR_READING == "median ≤ reference median"


def timed(minutes: int) -> object:
    arrival = datetime(2026, 10, 1, 8, 0)
    return entry(
        "followup_case",
        arrival.date(),
        OWN,
        evt_performed=True,
        arrival=arrival.isoformat(),
        puncture=(arrival + timedelta(minutes=minutes)).isoformat(),
        **BOTH,
    )


def test_each_interval_is_judged_on_its_own() -> None:
    reference = ReferenceValue("arrival_to_puncture", 62, "Riksstroke 2025", 2025)
    found = logistics_par(interval_figures([timed(50), timed(70)], {reference.key: reference}))
    by_key = {i.key: i for i in found.intervals}
    assert by_key["arrival_to_puncture"].on_par is True  # median 60
    assert (by_key["arrival_to_imaging"].on_par, by_key["arrival_to_imaging"].why) == (
        None,
        "no_reference",
    )
    assert (found.on_par, found.met) == (1, False)


def test_the_follow_up_view_prints_and_writes_the_targets() -> None:
    reference = ReferenceValue("arrival_to_puncture", 62, "Riksstroke 2025", 2025)
    slower = ReferenceValue("arrival_to_puncture", 59.5, "Riksstroke 2025", 2025)
    entries = [timed(50), timed(70)] + cases(1, date(2026, 10, 2), registered_riksstroke=True)
    window = Window(START, date(2027, 8, 31), "follow-up")
    figures = quality_figures(entries, window, {reference.key: reference}, date(2026, 12, 1))
    assert figures.targets == followup_targets(
        entries, START, date(2026, 12, 1), {reference.key: reference}
    )
    text = "\n".join(quality_lines(figures, None, (), "en"))
    assert "Q1, Q2 and Q4 from the approval on 2026-09-01" in text
    assert "Q1 registered in Riksstroke and EVAS: 2 of 3 (1 not recorded): not met" in text
    assert (
        "Q2 EVT as first operator a year: follow-up year 2026-09-01 – 2027-08-31 so far: 3 "
        "(target ≥ 20): not met"
    ) in text
    assert "Q4 logistics on a par (median ≤ reference, EVTDesk's reading): 1 of 7" in text
    slow = quality_figures(entries, window, {reference.key: slower}, date(2026, 12, 1))
    assert "0 of 7 intervals; slower than the reference: Arrival → puncture;" in "\n".join(
        quality_lines(slow, None, (), "en")
    )
    swedish = "\n".join(quality_lines(figures, None, (), "sv"))
    assert "Q1 registrerade i Riksstroke och EVAS: 2 av 3 (1 ej registrerat): ej uppnått" in swedish
    out = quality_json(figures)["targets"]
    assert out["registered"] == {
        "evt": 3,
        "registered": 2,
        "not_in_riksstroke": 0,
        "not_in_evas": 1,
        "unrecorded": 1,
        "without_fields": 0,
        "met": False,
    }
    assert out["evt_per_year"]["years"][0] == {
        "label": "follow-up",
        "start": "2026-09-01",
        "end": "2027-08-31",
        "evt": 3,
        "complete": False,
    }
    assert out["logistics"]["intervals"]["arrival_to_puncture"] == {
        "on_par": True,
        "not_judgeable": None,
    }
    assert out["logistics"]["intervals"]["arrival_to_imaging"]["not_judgeable"] == "no_reference"


def test_a_calendar_year_prints_no_targets_and_says_where_q2_is_judged() -> None:
    figures = quality_figures(cases(25, date(2026, 10, 1)), calendar_year(2026))
    assert figures.targets is None and quality_json(figures)["targets"] is None
    text = "\n".join(quality_lines(figures, None, (), "en"))
    assert "EVT as first operator: 25 (Q2 (at least 20 a year) is judged from the approval" in text
