"""Entries are append-only: amendments keep history, retractions keep the entry."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from evtdesk.store import Logbook, LogbookError
from evtdesk.validation import ValidationError

EVT = {
    "kind": "evt",
    "date": "2026-02-03",
    "role": "first_operator",
    "case_number": "EVT-7",
    "mtici": "2b",
    "arrival": "2026-02-03T08:00",
    "puncture": "2026-02-03T09:05",
}


def test_amendment_keeps_every_earlier_version(logbook: Logbook) -> None:
    entry = logbook.entries.add(EVT)
    amended = logbook.entries.amend(entry.id, EVT | {"mtici": "3"}, "read the final run again")

    assert amended.fields["mtici"] == "3" and amended.revision == 2
    history = logbook.entries.history(entry.id)
    assert [h.fields["mtici"] for h in history] == ["2b", "3"]
    assert history[1].reason == "read the final run again"


def test_retraction_keeps_the_entry_with_its_reason(logbook: Logbook) -> None:
    entry = logbook.entries.add(EVT)
    logbook.entries.retract(entry.id, "entered twice")

    listed = logbook.entries.list()
    assert [e.id for e in listed] == [entry.id]
    assert listed[0].retracted and listed[0].retraction_reason == "entered twice"
    assert logbook.entries.count() == 0
    with pytest.raises(LogbookError, match="retracted"):
        logbook.entries.amend(entry.id, EVT, "too late")


def test_amend_and_retract_need_a_reason(logbook: Logbook) -> None:
    entry = logbook.entries.add(EVT)
    with pytest.raises(LogbookError, match="reason"):
        logbook.entries.amend(entry.id, EVT, "  ")
    with pytest.raises(LogbookError, match="reason"):
        logbook.entries.retract(entry.id, "")
    assert logbook.entries.get(entry.id).revision == 1


def test_the_database_refuses_to_rewrite_history(logbook: Logbook) -> None:
    logbook.entries.add(EVT)
    with logbook.engine.begin() as connection, pytest.raises(IntegrityError, match="append-only"):
        connection.exec_driver_sql("UPDATE entry_revisions SET case_number = 'X'")
    with logbook.engine.begin() as connection, pytest.raises(IntegrityError, match="append-only"):
        connection.exec_driver_sql("DELETE FROM events")


def test_every_change_extends_the_hash_chain(logbook: Logbook) -> None:
    before = logbook.chain_head()
    entry = logbook.entries.add(EVT)
    logbook.entries.amend(entry.id, EVT | {"passes": 2}, "forgot passes")
    after = logbook.chain_head()

    assert after.seq == before.seq + 2 and after.hash != before.hash
    assert logbook.verify_chain() is None


def test_a_tampered_event_breaks_the_chain_at_that_event(logbook: Logbook) -> None:
    logbook.entries.add(EVT)
    seq = logbook.chain_head().seq
    with logbook.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER events_no_update")
        connection.exec_driver_sql(f"UPDATE events SET payload = '{{}}' WHERE seq = {seq}")
    assert logbook.verify_chain() == seq


def test_a_batch_with_one_bad_row_stores_nothing(logbook: Logbook) -> None:
    with pytest.raises(ValidationError):
        logbook.entries.add_many([EVT, EVT | {"mtici": "4"}])
    assert logbook.entries.list() == []


def test_an_entry_cannot_change_kind(logbook: Logbook) -> None:
    entry = logbook.entries.add(EVT)
    with pytest.raises(LogbookError, match="kind"):
        logbook.entries.amend(
            entry.id, {"kind": "stroke_alarm", "date": "2026-02-03", "thrombolysis": False}, "oops"
        )
