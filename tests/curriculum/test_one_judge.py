"""One judge (issue 22): the progress items Q1, Q2 and Q4 and the quality view agree.

For hand-built logbooks at the boundaries — 19 or 20 EVT in a follow-up year split by New
Year, the approval day itself, one EVT unregistered or with its registration unrecorded,
an interval without a reference or just above it — the engine's item and the quality
view's judgement (`quality.targets`) are compared with each other and with the number
the guidance gives, so a bug in the shared function fails here too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from evtdesk.curriculum import ItemProgress, Progress, evaluate, load_curriculum
from evtdesk.curriculum.outcomes.logistics import INTERVAL_KEYS, INTERVALS
from evtdesk.curriculum.outcomes.references import ReferenceValue, references_to_setting
from evtdesk.model import Entry, LogbookSnapshot
from evtdesk.quality import calendar_year, followup_window, quality_figures
from evtdesk.quality.targets import FollowUpTargets, targets_of
from tests.curriculum.factories import approval, attest, entry, many, retracted, snapshot

SE = load_curriculum("se-evt")
APPROVED = date(2026, 9, 1)
ORDER = [attest("PREP", date(2025, 1, 1)), attest("NI", date(2025, 9, 1))]
TRAINED = [*ORDER, *approval(APPROVED)]
SPRING = date(2027, 3, 1)  # inside the follow-up year, after New Year
OWN = "independent_first_operator"
BOTH = {"registered_riksstroke": True, "registered_evas": True}


def case(day: date, role: str = OWN, **fields: Any) -> Entry:
    return entry("followup_case", day, role, evt_performed=True, **fields)


def cases(n: int, day: date, **fields: Any) -> list[Entry]:
    return many(n, "followup_case", OWN, day, evt_performed=True, **fields)


def logbook(
    entries: list[Entry],
    references: Mapping[str, ReferenceValue] | None = None,
    statements: list[Any] | None = None,
) -> LogbookSnapshot:
    base = snapshot(entries, TRAINED if statements is None else statements)
    stored = references_to_setting(references or {})
    return replace(base, quality_references=stored)


@dataclass(frozen=True)
class Judged:
    """The same logbook seen by the progress view and by the quality view."""

    progress: Progress
    targets: FollowUpTargets

    def item(self, item_id: str) -> ItemProgress:
        return self.progress.item(item_id)


def judged(snap: LogbookSnapshot, today: date = SPRING) -> Judged:
    """Both views, and the check that they say the same of Q1, Q2 and Q4."""
    references = {
        k: ReferenceValue(k, v["minutes"], v["source"], v["year"])
        for k, v in snap.quality_references.items()
    }
    progress = evaluate(SE, snap, today)
    targets = targets_of(snap, today, references)
    assert targets is not None
    q1, q2, q4 = (progress.item(i) for i in ("Q1", "Q2", "Q4"))
    assert q1.met is (targets.registered.met is True)
    assert q1.conditions[0].done == targets.registered.registered
    assert q2.met is targets.evt_per_year.met
    assert q2.conditions[0].done == targets.evt_per_year.running.evt
    assert q4.met is targets.logistics.met
    assert q4.conditions[0].done == targets.logistics.on_par
    for item in (q1, q2, q4):  # open or met, never locked, and its state says its numbers
        assert item.state == ("met" if item.met else "open")
    return Judged(progress, targets)


# --- Q2: at least 20 EVT a year once trained ------------------------------------------


@pytest.mark.parametrize(("january", "met"), [(9, False), (10, True)])
def test_q2_counts_the_follow_up_year_across_new_year(january: int, met: bool) -> None:
    """19 or 20 EVT in the follow-up year, split by New Year: 2026 and 2027 each hold
    fewer than 20, the follow-up year holds them all."""
    both = judged(logbook(cases(10, date(2026, 11, 15)) + cases(january, date(2027, 1, 10))))
    assert (both.item("Q2").conditions[0].done, both.item("Q2").met) == (10 + january, met)
    assert both.targets.evt_per_year.running.follow_up


def test_q2_never_counts_the_training_evt_before_the_approval() -> None:
    training = many(30, "evt", OWN, date(2026, 6, 1))
    before = [case(APPROVED - timedelta(days=1))]
    both = judged(logbook(training + before + cases(19, date(2026, 10, 1))))
    assert (both.item("Q2").conditions[0].done, both.item("Q2").met) == (19, False)
    # the quality view's calendar year shows 2026's EVT, the training's too, unjudged
    year = quality_figures(training + before + cases(19, date(2026, 10, 1)), calendar_year(2026))
    assert (year.evt_count, year.evt_per_year_met) == (50, None)


def test_q2_counts_an_evt_on_the_approval_day() -> None:
    both = judged(logbook([case(APPROVED)] + cases(19, date(2026, 10, 1))))
    assert (both.item("Q2").conditions[0].done, both.item("Q2").met) == (20, True)


def test_q2_counts_only_her_own_evt_as_first_operator() -> None:
    others = [case(date(2026, 10, 1), "second_operator"), case(date(2026, 10, 1), "observer")]
    others += [retracted(case(date(2026, 10, 1)), 99)]
    others += [entry("followup_case", date(2026, 10, 1), OWN, evt_performed=False)]
    both = judged(logbook(others + cases(19, date(2026, 10, 1))))
    assert (both.item("Q2").conditions[0].done, both.item("Q2").met) == (19, False)


@pytest.mark.parametrize(("in_2027", "met"), [(19, False), (20, True)])
def test_q2_after_the_follow_up_year_judges_the_calendar_year(in_2027: int, met: bool) -> None:
    """In 2028, 2027 (the year the follow-up year ended in, counted in full) stands
    until 2028 reaches 20; the follow-up year's 20 no longer do."""
    entries = cases(20, date(2026, 10, 1)) + cases(in_2027, date(2027, 10, 1))
    entries += cases(3, date(2028, 1, 10))
    both = judged(logbook(entries), date(2028, 2, 1))
    assert (both.item("Q2").conditions[0].done, both.item("Q2").met) == (3, met)
    assert [y.window.label for y in both.targets.evt_per_year.years] == [
        "follow-up",
        "2027",
        "2028",
    ]


# --- Q1: every EVT registered in Riksstroke and EVAS ----------------------------------


def test_q1_is_met_when_every_evt_since_the_approval_is_registered_in_both() -> None:
    unregistered_training = many(5, "evt", OWN, date(2026, 6, 1))  # before: not judged
    both = judged(logbook(unregistered_training + cases(20, date(2026, 10, 1), **BOTH)))
    q1 = both.item("Q1")
    assert (q1.conditions[0].done, q1.conditions[0].required, q1.met) == (20, 20, True)


@pytest.mark.parametrize(
    "odd_one",
    [
        {"registered_riksstroke": True, "registered_evas": False},
        {"registered_riksstroke": False, "registered_evas": True},
        {"registered_riksstroke": True},  # EVAS not recorded: not registered
        {},
    ],
)
def test_q1_one_evt_not_registered_in_both_leaves_it_open(odd_one: dict[str, bool]) -> None:
    both = judged(logbook(cases(19, date(2026, 10, 1), **BOTH) + [case(SPRING, **odd_one)]))
    q1 = both.item("Q1")
    assert (q1.conditions[0].done, q1.conditions[0].required, q1.met) == (19, 20, False)
    assert "Still needed: 1 more (EVT registered in Riksstroke and EVAS)." in q1.missing


def test_q1_an_evt_logged_as_a_training_evt_after_the_approval_is_not_registered() -> None:
    late = entry("evt", date(2026, 10, 2), OWN)
    both = judged(logbook(cases(19, date(2026, 10, 1), **BOTH) + [late]))
    assert both.item("Q1").met is False
    assert any("have no registration fields" in d for d in both.item("Q1").details)


def test_q1_with_no_evt_since_the_approval_is_not_met_and_not_judged() -> None:
    both = judged(logbook([]))
    assert both.item("Q1").met is False and both.targets.registered.met is None
    assert both.item("Q1").details == ("No EVT since the approval on 2026-09-01 yet.",)


# --- Q4: logistics medians on a par with the references entered -----------------------

T0 = datetime(2026, 10, 1, 8, 0)
# minutes after arrival: imaging, thrombolysis, angio lab, puncture, reperfusion
TIMES = {"imaging": 15, "thrombolysis_start": 25, "angio_arrival": 50, "puncture": 65}
TIMES["reperfusion"] = 110
MEDIANS = {
    "arrival_to_imaging": 15,
    "arrival_to_thrombolysis": 25,
    "arrival_to_puncture": 65,
    "imaging_to_puncture": 50,
    "angio_arrival_to_puncture": 15,
    "puncture_to_reperfusion": 45,
    "arrival_to_reperfusion": 110,
}


def timed(n: int, skip: str = "") -> list[Entry]:
    """`n` registered EVT with every time recorded (but `skip`), the same minutes each."""
    fields = {"arrival": T0.isoformat(timespec="minutes")}
    for name, after in TIMES.items():
        if name != skip:
            fields[name] = (T0 + timedelta(minutes=after)).isoformat(timespec="minutes")
    return cases(n, T0.date(), **BOTH, **fields)


def references(**changed: float) -> dict[str, ReferenceValue]:
    """A reference for each interval equal to its median, but those `changed`."""
    minutes = MEDIANS | changed
    return {k: ReferenceValue(k, float(minutes[k]), "Riksstroke 2025", 2025) for k in MEDIANS}


def test_q4_is_met_when_every_median_is_at_most_its_reference() -> None:
    """Exactly the reference is on a par (median ≤ reference, EVTDesk's reading)."""
    both = judged(logbook(timed(20), references()))
    q4 = both.item("Q4")
    assert (q4.conditions[0].done, q4.conditions[0].required, q4.met) == (7, 7, True)
    assert set(INTERVAL_KEYS) == set(MEDIANS) and len(INTERVALS) == 7


def test_q4_a_median_above_its_reference_is_not_on_a_par() -> None:
    both = judged(logbook(timed(20), references(arrival_to_puncture=64.5)))
    q4 = both.item("Q4")
    assert (q4.conditions[0].done, q4.met) == (6, False)
    [slower] = [d for d in q4.details if d.startswith("Arrival → puncture")]
    assert slower.endswith("reference 64.5 min (Riksstroke 2025, 2025): slower")


def test_q4_an_interval_without_a_reference_cannot_be_judged_and_leaves_it_open() -> None:
    entered = references()
    del entered["angio_arrival_to_puncture"]
    both = judged(logbook(timed(20), entered))
    q4 = both.item("Q4")
    assert (q4.conditions[0].done, q4.conditions[0].required, q4.met) == (6, 7, False)
    assert "No reference entered, cannot be judged: Angio lab → puncture." in q4.details
    [unjudged] = both.targets.logistics.not_judgeable
    assert (unjudged.key, unjudged.why) == ("angio_arrival_to_puncture", "no_reference")


def test_q4_an_interval_with_a_reference_and_no_case_cannot_be_judged() -> None:
    both = judged(logbook(timed(20, skip="thrombolysis_start"), references()))
    q4 = both.item("Q4")
    assert (q4.conditions[0].done, q4.met) == (6, False)
    assert "No case with both times, cannot be judged: Arrival → thrombolysis." in q4.details


def test_q4_without_any_reference_in_the_snapshot_nothing_is_judged() -> None:
    both = judged(logbook(timed(20)))
    assert (both.item("Q4").conditions[0].done, both.item("Q4").met) == (0, False)
    assert len(both.targets.logistics.not_judgeable) == 7


# --- both views start from the same approval ------------------------------------------


def test_the_follow_up_view_carries_the_same_targets_as_targets_of() -> None:
    snap = logbook(timed(20), references())
    refs = references()
    shown = quality_figures(snap.entries, followup_window(snap), refs, SPRING).targets
    assert shown == targets_of(snap, SPRING, refs)


def test_before_an_approval_that_stands_there_is_nothing_to_judge_in_either_view() -> None:
    out_of_order = [attest("EXAM_WEEK", APPROVED), attest("A", APPROVED)]
    snap = logbook(cases(25, date(2026, 10, 1), **BOTH), statements=out_of_order)
    assert targets_of(snap, SPRING, {}) is None
    progress = evaluate(SE, snap, SPRING)
    assert {progress.item(i).state for i in ("Q1", "Q2", "Q4")} == {"locked"}


def test_a_later_refusal_of_the_approval_counts_nothing_in_either_view() -> None:
    refused = [*TRAINED, attest("A", date(2026, 10, 15), approved=False)]
    snap = logbook(cases(25, date(2026, 10, 1), **BOTH), statements=refused)
    assert targets_of(snap, SPRING, {}) is None
    q2 = evaluate(SE, snap, SPRING).item("Q2")
    assert (q2.state, q2.conditions[0].done) == ("locked", 0)
    assert q2.details == ("Counted from the day the training was approved.",)
