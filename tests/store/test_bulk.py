"""A ten-year import and read go in bulk, and leave exactly what one-by-one would have.

The chain over a bulk import is recomputed here by docs/file-format.md's rules alone
(raw SQL, hashlib, json), so a faster path can never change the bytes that are hashed.
"""

from __future__ import annotations

import hashlib
import json
import threading
from typing import Any

import pytest
from sqlalchemy import select

from evtdesk.store import Logbook, LogbookError, chain, convert
from evtdesk.store.entries import ImportCancelled
from evtdesk.store.schema import EntryRow, RetractionRow, RevisionRow

ALARM = {"kind": "stroke_alarm", "date": "2025-01-05", "thrombolysis": True, "nihss": 12}
EVT = {
    "kind": "evt",
    "date": "2025-02-03",
    "role": "first_operator",
    "case_number": "EVT-7",
    "mtici": "2b",
    "notes": "Tandemocklusion, stent i ICA",
}


def _rows(count: int) -> list[dict[str, Any]]:
    return [
        (EVT if n % 3 else ALARM) | {"date": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}"}
        for n in range(count)
    ]


def _documented_hashes(logbook: Logbook) -> list[tuple[str, str]]:
    """(stored, recomputed) for every event, by the file format's words only."""
    out, previous = [], "0" * 64
    with logbook.engine.connect() as connection:
        for seq, at, action, subject, payload, prev, stored in connection.exec_driver_sql(
            "SELECT seq, at, action, subject, payload, prev_hash, hash FROM events ORDER BY seq"
        ):
            body = json.dumps(
                {
                    "seq": seq,
                    "at": at[:19].replace(" ", "T"),
                    "action": action,
                    "subject": subject,
                    "payload": payload,
                },
                sort_keys=True,
                separators=(",", ":"),
                ensure_ascii=False,
            )
            assert prev == previous
            out.append((stored, hashlib.sha256(f"{prev}\n{body}".encode()).hexdigest()))
            previous = stored
    return out


def test_a_bulk_import_hashes_every_event_as_the_file_format_says(logbook: Logbook) -> None:
    ids = logbook.entries.add_many(_rows(2500))  # more than one chunk
    logbook.entries.amend(ids[7], EVT | {"mtici": "3"}, "read the final run again")

    hashes = _documented_hashes(logbook)
    assert len(hashes) >= 2501
    assert all(stored == recomputed for stored, recomputed in hashes)
    assert logbook.verify_chain() is None


def test_each_imported_entry_is_one_create_event_with_its_payload(logbook: Logbook) -> None:
    ids = logbook.entries.add_many(_rows(3))
    with logbook.engine.connect() as connection:
        events = connection.exec_driver_sql(
            "SELECT subject, payload FROM events WHERE action = 'entry.create' ORDER BY seq"
        ).all()
        created = dict(connection.exec_driver_sql("SELECT id, created_seq FROM entries").all())
    assert [subject for subject, _ in events] == ids
    assert json.loads(events[1][1])["fields"] == {"mtici": "2b"}
    assert sorted(created.values()) == sorted(created[i] for i in ids)


def test_listing_gives_what_the_orm_read_gave(logbook: Logbook) -> None:
    site = logbook.records.add_site("Sahlgrenska", "Neurointervention")
    ids = logbook.entries.add_many(_rows(40) + [EVT | {"site_id": site.id}])
    logbook.entries.amend(ids[1], EVT | {"notes": "åäö"}, "notes")
    logbook.entries.retract(ids[2], "entered twice")

    with logbook.engine.connect() as connection, connection.begin():
        from sqlalchemy.orm import Session

        with Session(bind=connection) as session:
            query = (
                select(EntryRow, RevisionRow, RetractionRow)
                .join(
                    RevisionRow,
                    (RevisionRow.entry_id == EntryRow.id)
                    & (RevisionRow.revision == EntryRow.head_revision),
                )
                .outerjoin(RetractionRow, RetractionRow.entry_id == EntryRow.id)
                .order_by(RevisionRow.date, EntryRow.created_seq)
            )
            expected = [convert.entry(*row) for row in session.execute(query)]
    assert logbook.entries.list() == expected
    assert [e.id for e in logbook.entries.list(kind="stroke_alarm")] == [
        e.id for e in expected if e.kind == "stroke_alarm"
    ]


def test_an_import_reports_progress_up_to_the_whole(logbook: Logbook) -> None:
    seen: list[tuple[int, int]] = []
    logbook.entries.import_many(_rows(2100), progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (2100, 2100)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and len(seen) >= 3


def test_a_cancelled_import_saves_nothing(logbook: Logbook) -> None:
    before = logbook.chain_head()
    cancel = threading.Event()

    def progress(done: int, _total: int) -> None:
        cancel.set()  # the user pressed Cancel after the first chunk

    with pytest.raises(ImportCancelled):
        logbook.entries.import_many(_rows(2100), progress=progress, cancel=cancel)
    assert logbook.entries.list() == [] and logbook.chain_head() == before


def test_a_cancel_that_comes_before_the_commit_saves_nothing(logbook: Logbook) -> None:
    with pytest.raises(ImportCancelled):
        logbook.entries.import_many(_rows(5), confirm_commit=lambda: False)
    assert logbook.entries.list() == []
    assert len(logbook.entries.import_many(_rows(5), confirm_commit=lambda: True)) == 5


def test_an_unknown_site_is_named_by_its_row(logbook: Logbook) -> None:
    with pytest.raises(LogbookError, match="entry 2: site_id: there is no site 9"):
        logbook.entries.import_many([EVT, EVT | {"site_id": 9}])
    assert logbook.entries.list() == []


def test_verifying_reports_progress_and_finds_damage_past_the_first_chunk(
    logbook: Logbook,
) -> None:
    logbook.entries.add_many(_rows(chain.VERIFY_CHUNK + 500))
    seen: list[tuple[int, int]] = []
    assert chain.verify_engine(logbook.engine, lambda d, t: seen.append((d, t))) is None
    head = logbook.chain_head().seq
    # The bar's end is the whole history from the first report on, not the part read.
    reports = [*range(chain.VERIFY_CHUNK, head, chain.VERIFY_CHUNK), head]
    assert seen == [(done, head) for done in reports]

    target = chain.VERIFY_CHUNK + 100
    with logbook.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER events_no_update")
        connection.exec_driver_sql(f"UPDATE events SET payload = '{{}}' WHERE seq = {target}")
    assert chain.verify_engine(logbook.engine) == target
    assert logbook.verify_chain() == target


def test_a_save_goes_through_while_the_history_is_being_checked(logbook: Logbook) -> None:
    """The app checks the history in the background while the user goes on writing."""
    logbook.entries.add_many(_rows(chain.VERIFY_CHUNK + 10))
    saved: list[str] = []

    def save_meanwhile(done: int, total: int) -> None:
        if not saved:  # after the first chunk, with the check's read still open
            saved.append(logbook.entries.add(EVT).id)

    assert chain.verify_engine(logbook.engine, save_meanwhile) is None
    assert [e.id for e in logbook.entries.list() if e.id in saved] == saved


def test_a_cancelled_verify_gives_no_verdict(logbook: Logbook) -> None:
    logbook.entries.add_many(_rows(chain.VERIFY_CHUNK + 10))
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(chain.VerifyCancelled):
        chain.verify_engine(logbook.engine, cancel=cancel)


def test_histories_read_at_once_are_each_entrys_history(logbook: Logbook) -> None:
    ids = logbook.entries.add_many(_rows(4))
    logbook.entries.amend(ids[1], EVT | {"mtici": "3"}, "final run")
    logbook.entries.amend(ids[1], EVT | {"mtici": "2c"}, "read again")
    found = logbook.entries.histories([ids[1], ids[2], "no-such-entry"])
    assert [r.fields.get("mtici") for r in found[ids[1]]] == ["2b", "3", "2c"]
    assert found[ids[2]] == logbook.entries.history(ids[2])
    assert found["no-such-entry"] == []
    with pytest.raises(LogbookError, match="No entry"):
        logbook.entries.history("no-such-entry")
