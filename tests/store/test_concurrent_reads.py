"""A read in progress (the app reads on a worker thread) never holds up a save."""

from __future__ import annotations

import threading
import time

from sqlalchemy import text

from evtdesk.store import Logbook

STROKE_ALARM = {"kind": "stroke_alarm", "date": "2026-03-02", "thrombolysis": True}


def test_a_save_goes_through_while_another_thread_is_reading(logbook: Logbook) -> None:
    logbook.entries.add(STROKE_ALARM)
    reading, release = threading.Event(), threading.Event()

    def long_read() -> None:
        with logbook._read() as session:  # what snapshot() holds while it reads
            session.execute(text("SELECT count(*) FROM sqlite_master"))
            reading.set()
            release.wait(10)

    reader = threading.Thread(target=long_read)
    reader.start()
    assert reading.wait(10)
    started = time.monotonic()
    logbook.entries.add(STROKE_ALARM)  # waited 5 s, then failed, when reads took the lock
    waited = time.monotonic() - started
    release.set()
    reader.join(10)
    assert waited < 2.0
    assert len(logbook.entries.list()) == 2


def test_a_snapshot_is_one_view_whose_chain_head_covers_its_entries(logbook: Logbook) -> None:
    logbook.entries.add(STROKE_ALARM)
    read_head = logbook.chain_head

    def head_then_a_save_lands():  # type: ignore[no-untyped-def]
        head = read_head()
        saver = threading.Thread(target=lambda: logbook.entries.add(STROKE_ALARM))
        saver.start()  # a save from another thread, between the head and the entries
        saver.join(10)
        return head

    logbook.chain_head = head_then_a_save_lands  # type: ignore[method-assign]
    snapshot = logbook.snapshot()
    del logbook.chain_head
    assert len(snapshot.entries) == 1  # the entries the signed chain head stands for
    assert len(logbook.snapshot().entries) == 2
    assert logbook.snapshot().chain_seq == snapshot.chain_seq + 1
