"""The session reads the logbook once per change, off the GUI thread, for every panel."""

from __future__ import annotations

import threading
from datetime import date

from evtdesk.ui.charts import ChartsPanel
from evtdesk.ui.panels.entries import EntriesPanel
from evtdesk.ui.session import LogbookSession


class CountingReads:
    """Wraps the real `Logbook.snapshot` to count how often the whole logbook is read."""

    def __init__(self, logbook) -> None:
        self.calls = 0
        self._real = logbook.snapshot

    def __call__(self):
        self.calls += 1
        return self._real()


def test_a_change_is_read_once_in_the_background_and_shared(qtbot, logbook) -> None:
    reads = CountingReads(logbook)
    logbook.snapshot = reads
    session = LogbookSession(logbook, "en", background=True)
    table = EntriesPanel(session)
    charts = ChartsPanel(session)
    qtbot.addWidget(table)
    qtbot.addWidget(charts)
    first = reads.calls
    assert first == 1  # the table, the charts and the engine share the first read
    before = table.model.rowCount()

    logbook.entries.add(
        {
            "kind": "evt",
            "date": date.today().isoformat(),
            "role": "first_operator",
            "case_number": "BG-1",
        }
    )
    with qtbot.waitSignal(session.busy_changed) as busy:
        session.notify_changed()
    assert busy.args == [True] and session.busy
    assert table.model.rowCount() == before  # notify_changed returned before the read was done
    with qtbot.waitSignal(session.changed, timeout=10_000):
        pass
    assert not session.busy
    assert reads.calls == first + 1
    assert table.model.rowCount() == before + 1
    assert any(e.case_number == "BG-1" for e in charts._entries)
    assert session.progress() is not None and reads.calls == first + 1


def _evt(case_number: str) -> dict:
    return {
        "kind": "evt",
        "date": date.today().isoformat(),
        "role": "first_operator",
        "case_number": case_number,
    }


def test_changes_while_reading_end_in_one_fresh_read(qtbot, logbook) -> None:
    """Writes made while a background read runs make that read stale: its result is
    dropped (no `changed`), and however many writes came, ONE more read follows."""
    reads = CountingReads(logbook)
    gate_open = threading.Event()  # the first background read waits for this
    in_read = threading.Event()
    gated = {"on": False}

    def snapshot():
        if gated["on"]:
            gated["on"] = False  # only the first background read is held
            in_read.set()
            assert gate_open.wait(10)
        return reads()

    logbook.snapshot = snapshot
    session = LogbookSession(logbook, "en", background=True)
    panel = EntriesPanel(session)
    qtbot.addWidget(panel)
    first, rows = reads.calls, panel.model.rowCount()
    changed: list[int] = []
    session.changed.connect(lambda: changed.append(reads.calls))

    logbook.entries.add(_evt("A"))
    gated["on"] = True
    session.notify_changed()
    assert in_read.wait(10)  # the read is under way and cannot finish yet
    logbook.entries.add(_evt("B"))
    session.notify_changed()
    logbook.entries.add(_evt("C"))
    session.notify_changed()
    assert session.busy and changed == []
    gate_open.set()
    qtbot.waitUntil(lambda: not session.busy, timeout=10_000)
    assert reads.calls == first + 2  # the held read, then one fresh read for B and C
    assert changed == [first + 2]  # one `changed`, for the fresh read only
    assert {"A", "B", "C"} <= {e.case_number for e in session.entries()}
    assert panel.model.rowCount() == rows + 3  # the table shows the fresh read
