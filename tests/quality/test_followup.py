"""The follow-up year starts on the day the training's approval was signed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from evtdesk.curriculum.outcomes.cases import one_year_after
from evtdesk.quality import NOT_STARTED, FollowUpNotStarted, followup_log, followup_start
from evtdesk.quality.followup import followup_window
from tests.curriculum.factories import approval, attest, entry, retracted, snapshot

APPROVED = date(2026, 3, 10)
# The parts before it approved, then a passed week and part A: an approval that stands.
ORDER = [attest("PREP", date(2025, 1, 1)), attest("NI", date(2025, 9, 1))]
TRAINING_APPROVED = [*ORDER, *approval(APPROVED)]


def test_no_approval_no_follow_up_year() -> None:
    assert followup_start(snapshot()) is None
    with pytest.raises(FollowUpNotStarted, match="starts when the training is approved"):
        followup_window(snapshot())
    assert "approved" in NOT_STARTED


def test_the_year_starts_on_the_day_the_approval_was_signed() -> None:
    found = snapshot(attestations=TRAINING_APPROVED)
    assert followup_start(found) == APPROVED
    window = followup_window(found)
    assert (window.start, window.end) == (APPROVED, date(2027, 3, 9))


def test_other_approvals_do_not_start_it() -> None:
    assert followup_start(snapshot(attestations=[attest("NI", APPROVED)])) is None
    assert followup_start(snapshot(attestations=[attest("EXAM_WEEK", APPROVED)])) is None


def test_an_approval_that_does_not_stand_starts_nothing() -> None:
    """The same judge as the progress view's: out of order, without a passed week, or a
    co-supervisor's (her report) — no follow-up year, so no figures flattered by it."""
    out_of_order = [attest("EXAM_WEEK", APPROVED), attest("A", APPROVED)]
    without_week = [*ORDER, attest("A", APPROVED)]
    hers = [
        *ORDER,
        attest("EXAM_WEEK", APPROVED),
        replace(attest("A", APPROVED), signer_role="co_supervisor"),
    ]
    for statements in (out_of_order, without_week, hers):
        assert followup_start(snapshot(attestations=statements)) is None


def test_a_later_refusal_withdraws_the_start() -> None:
    statements = [attest("A", APPROVED, basis_seq=5), attest("A", date(2026, 4, 1), False, 9)]
    assert followup_start(snapshot(attestations=statements)) is None


def test_a_year_from_29_february_ends_on_28_february() -> None:
    assert one_year_after(date(2028, 2, 29)) == date(2029, 2, 28)
    assert one_year_after(date(2026, 1, 1)) == date(2026, 12, 31)


def test_the_log_counts_every_case_handled_in_the_year() -> None:
    inside = date(2026, 6, 1)
    entries = [
        entry("followup_case", inside, "independent_first_operator", evt_performed=True),
        entry("followup_case", inside, None, evt_performed=False, complications="groin haematoma"),
        entry("followup_case", inside, None, evt_performed=False, complications="  "),
        entry("followup_case", date(2026, 3, 9), None, evt_performed=True),  # before approval
        entry("followup_case", date(2027, 3, 10), None, evt_performed=True),  # after the year
        retracted(entry("followup_case", inside, None, evt_performed=True), 50),
        entry("evt", inside, "independent_first_operator"),
    ]
    log = followup_log(snapshot(entries, TRAINING_APPROVED), date(2026, 6, 1))
    assert (log.cases, log.evt_performed, log.without_evt, log.with_complications) == (3, 1, 2, 1)
    assert log.days_elapsed == (date(2026, 6, 1) - APPROVED).days + 1


def test_days_elapsed_stop_at_the_end_of_the_year() -> None:
    log = followup_log(snapshot(attestations=TRAINING_APPROVED), date(2030, 1, 1))
    assert log.days_elapsed == 365
