"""Logistics medians: odd and even numbers of cases, missing and negative times."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from evtdesk.curriculum.outcomes.references import ReferenceValue
from evtdesk.quality import calendar_year, quality_figures
from tests.curriculum.factories import entry

DAY = date(2026, 5, 4)
T0 = datetime(2026, 5, 4, 8, 0)


def case(**minutes: int | None) -> object:
    """An EVT with each named time `minutes` after arrival (None: not recorded)."""
    fields = {"arrival": T0.isoformat(timespec="minutes")}
    for name, after in minutes.items():
        if after is not None:
            fields[name] = (T0 + timedelta(minutes=after)).isoformat(timespec="minutes")
    return entry("evt", DAY, "independent_first_operator", **fields)


def figure(cases: list, key: str, references: dict | None = None):
    figures = quality_figures(cases, calendar_year(2026), references)
    return next(f for f in figures.logistics if f.spec.key == key)


def test_median_of_an_odd_number_of_cases() -> None:
    found = figure([case(puncture=m) for m in (50, 30, 90)], "arrival_to_puncture")
    assert (found.spread.n, found.spread.median) == (3, 50)
    assert (found.spread.q1, found.spread.q3) == (40, 70)


def test_median_of_an_even_number_of_cases() -> None:
    found = figure([case(puncture=m) for m in (30, 40, 60, 90)], "arrival_to_puncture")
    assert (found.spread.n, found.spread.median) == (4, 50)


def test_cases_missing_a_time_are_left_out_and_counted() -> None:
    cases = [case(imaging=10, puncture=40), case(imaging=20), case(puncture=70), case()]
    found = figure(cases, "imaging_to_puncture")
    assert (found.spread.n, found.spread.median, found.missing) == (1, 30, 3)
    found = figure(cases, "arrival_to_imaging")
    assert (found.spread.n, found.spread.median, found.missing) == (2, 15, 2)


def test_no_case_gives_no_median() -> None:
    found = figure([], "puncture_to_reperfusion")
    assert (found.spread.n, found.spread.median, found.missing) == (0, None, 0)


def test_thrombolysis_before_arrival_is_left_out_as_negative() -> None:
    cases = [case(thrombolysis_start=-30), case(thrombolysis_start=20)]
    found = figure(cases, "arrival_to_thrombolysis")
    assert (found.spread.n, found.spread.median, found.negative) == (1, 20, 1)


def test_every_interval_reads_its_own_two_times() -> None:
    one = case(imaging=10, thrombolysis_start=25, angio_arrival=40, puncture=55, reperfusion=100)
    medians = {
        f.spec.key: f.spread.median for f in quality_figures([one], calendar_year(2026)).logistics
    }
    assert medians == {
        "arrival_to_imaging": 10,
        "arrival_to_thrombolysis": 25,
        "arrival_to_puncture": 55,
        "imaging_to_puncture": 45,
        "angio_arrival_to_puncture": 15,
        "puncture_to_reperfusion": 45,
        "arrival_to_reperfusion": 100,
    }


def test_a_reference_value_travels_with_its_interval_only() -> None:
    ref = ReferenceValue("arrival_to_puncture", 60, "Riksstroke årsrapport", 2025)
    cases = [case(puncture=50)]
    assert figure(cases, "arrival_to_puncture", {ref.key: ref}).reference == ref
    assert figure(cases, "arrival_to_imaging", {ref.key: ref}).reference is None
