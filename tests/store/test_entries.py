"""Entries are append-only: amendments keep history, retractions keep the entry."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from evtdesk.entries.validation import ValidationError
from evtdesk.store import Logbook, LogbookError

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


def test_each_stored_hash_is_the_documented_formula_over_the_previous_one(
    logbook: Logbook,
) -> None:
    """docs/file-format.md's rule, computed here without EVTDesk's chain code: a hash that
    left out the previous event's hash would pass every round trip inside EVTDesk, and
    a supervisor recomputing the chain by the document would find none of them."""
    import hashlib
    import json

    logbook.entries.add(EVT)
    logbook.entries.retract(logbook.entries.add(EVT).id, "entered twice")
    with logbook.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT seq, at, action, subject, payload, prev_hash, hash FROM events ORDER BY seq"
        ).fetchall()
    previous = "0" * 64
    for seq, at, action, subject, payload, prev_hash, digest in rows:
        at_text = str(at)[:19].replace(" ", "T")
        body = json.dumps(
            {"seq": seq, "at": at_text, "action": action, "subject": subject, "payload": payload},
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
        )
        assert prev_hash == previous, f"event {seq} does not name the previous hash"
        expected = hashlib.sha256(f"{previous}\n{body}".encode()).hexdigest()
        assert digest == expected, f"event {seq} is not hashed as documented"
        previous = digest
    assert len(rows) > 4


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="time zones are switched with tzset")
def test_events_are_stamped_in_utc_whatever_the_computers_time_zone(
    logbook: Logbook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/file-format.md: `at` is UTC. A laptop set to a zone 14 hours ahead must not
    date a trainee's change tomorrow (it is hashed, so it could never be corrected)."""
    monkeypatch.setenv("TZ", "AHEAD-14")  # POSIX: 14 hours ahead of UTC
    time.tzset()
    try:
        entry = logbook.entries.add(EVT)
        logbook.entries.amend(entry.id, EVT | {"mtici": "3"}, "final run")
        logbook.entries.retract(entry.id, "entered twice")
    finally:
        monkeypatch.undo()
        time.tzset()
    with logbook.engine.connect() as connection:
        stamps = connection.exec_driver_sql("SELECT at FROM events ORDER BY seq").scalars()
        now = datetime.now(UTC).replace(tzinfo=None)
        assert all(
            abs(datetime.fromisoformat(str(at)) - now) < timedelta(minutes=5) for at in stamps
        )


def test_a_broken_link_is_found_where_it_breaks(logbook: Logbook) -> None:
    """An event whose own hash is right but which names the wrong previous hash."""
    from evtdesk.store.chain import event_hash

    logbook.entries.add(EVT)
    logbook.entries.add(EVT)
    seq = logbook.chain_head().seq - 1
    with logbook.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER events_no_update")
        at, action, subject, payload = connection.exec_driver_sql(
            f"SELECT at, action, subject, payload FROM events WHERE seq = {seq}"
        ).one()
        from datetime import datetime

        moment = datetime.fromisoformat(str(at)[:19])
        forged_prev = "f" * 64
        digest = event_hash(forged_prev, seq, moment, action, subject, payload)
        connection.exec_driver_sql(
            f"UPDATE events SET prev_hash = '{forged_prev}', hash = '{digest}' WHERE seq = {seq}"
        )
    assert logbook.verify_chain() == seq


@pytest.mark.parametrize("reason", ["pat 811218-9876 bytte sal", "811218\u20139876"])
def test_a_reason_naming_a_patient_is_refused(logbook: Logbook, reason: str) -> None:
    entry = logbook.entries.add(EVT)
    head = logbook.chain_head()
    with pytest.raises(LogbookError, match="identity number"):
        logbook.entries.amend(entry.id, EVT | {"passes": 2}, reason)
    with pytest.raises(LogbookError, match="identity number"):
        logbook.entries.retract(entry.id, reason)
    assert logbook.chain_head() == head and logbook.entries.get(entry.id).revision == 1
