"""A ten-year import or history check runs in the background with a progress bar that
moves and a Cancel that works: a cancelled import writes nothing and says nothing, a
cancelled check gives no verdict. (Behaviour only; the freeze is benchmarks' business.)"""

from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog
from shell_helpers import unlock, wait_tasks

ROWS = 1500  # more than one chunk of checking and of storing


@pytest.fixture
def big_file(tmp_path, monkeypatch):
    path = tmp_path / "entries.json"
    rows = [
        {"kind": "stroke_alarm", "date": f"2024-0{i % 9 + 1}-1{i % 9}", "thrombolysis": True}
        for i in range(ROWS)
    ]
    path.write_text(json.dumps(rows), encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    return path


@pytest.fixture
def told(monkeypatch):
    messages: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox, name, staticmethod(lambda _p, _t, text, *a: messages.append(text))
        )
    return messages


def _session(qtbot, window, path):
    unlock(qtbot, window, path)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    wait_tasks(qtbot)
    return window.session


def _pause_storing(logbook):
    """Hold the import after its first stored chunk; (paused, release) events."""
    real = logbook.entries.import_many
    paused, release = threading.Event(), threading.Event()

    def held(entries, progress=None, cancel=None, confirm_commit=None):
        def report(done: int, total: int) -> None:
            progress(done, total)
            if not paused.is_set():
                paused.set()
                assert release.wait(10)

        return real(entries, report, cancel, confirm_commit)

    logbook.entries.import_many = held
    return paused, release


def test_an_import_shows_how_far_it_got(qtbot, window, made_logbook, big_file, told):
    session = _session(qtbot, window, made_logbook)
    paused, release = _pause_storing(session.logbook)
    window.import_entries()
    qtbot.waitUntil(paused.is_set, timeout=10_000)
    dialog = window.findChildren(QProgressDialog)[-1]
    # checked every row (half the bar), stored the first chunk of 1 000
    qtbot.waitUntil(lambda: dialog.value() == ROWS + 1000)
    assert dialog.maximum() == 2 * ROWS
    release.set()
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: len(told) == 1)
    assert told == [f"Imported {ROWS} entries."]


def test_cancel_while_storing_writes_nothing(qtbot, window, made_logbook, big_file, told):
    session = _session(qtbot, window, made_logbook)
    before = session.logbook.chain_head()
    paused, release = _pause_storing(session.logbook)
    window.import_entries()
    qtbot.waitUntil(paused.is_set, timeout=10_000)
    window.findChildren(QProgressDialog)[-1].canceled.emit()
    release.set()
    wait_tasks(qtbot)
    qtbot.wait(50)
    assert told == []
    assert session.logbook.chain_head() == before  # rolled back: not one entry, no event


def test_the_logbook_check_reports_progress_and_its_verdict(
    qtbot, window, made_logbook, monkeypatch
):
    from evtdesk.ui.window import commands

    session = _session(qtbot, window, made_logbook)
    seen: list[tuple[int, int]] = []
    real = commands.check_logbook

    def watched(logbook, progress=None, cancel=None):
        return real(logbook, lambda d, t: (seen.append((d, t)), progress(d, t)), cancel)

    monkeypatch.setattr(commands, "check_logbook", watched)
    window.verify_logbook()
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: window.check_result is not None)
    count = session.logbook.chain_head().seq
    assert seen[-1] == (count, count)
    assert window.check_result.text().startswith(f"The logbook is whole: {count} changes")


def test_a_cancelled_logbook_check_gives_no_verdict(qtbot, window, made_logbook, monkeypatch):
    from evtdesk.ui.window import commands

    _session(qtbot, window, made_logbook)
    started, release = threading.Event(), threading.Event()
    real = commands.check_logbook

    def held(logbook, progress=None, cancel=None):
        started.set()
        assert release.wait(10)
        return real(logbook, progress, cancel)

    monkeypatch.setattr(commands, "check_logbook", held)
    window.verify_logbook()
    qtbot.waitUntil(started.is_set, timeout=5_000)
    window.findChildren(QProgressDialog)[-1].canceled.emit()
    release.set()
    wait_tasks(qtbot)
    qtbot.wait(50)
    assert window.check_result is None


def test_background_work_runs_with_the_collector_paused(qtbot) -> None:
    import gc

    from evtdesk.ui import tasks

    seen: list[bool] = []
    wait_tasks(qtbot)  # earlier tests' background reads have finished
    qtbot.waitUntil(gc.isenabled, timeout=5_000)
    tasks.runner().start(lambda _p, _c: gc.isenabled(), on_done=seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    wait_tasks(qtbot)
    assert seen == [False] and gc.isenabled()
