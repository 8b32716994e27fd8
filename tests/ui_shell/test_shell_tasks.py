"""The one background-work mechanism: work runs in the pool, results come back on the
GUI thread; errors, progress and cancelling."""

from __future__ import annotations

import gc
import sys
import threading
import time

from PySide6.QtWidgets import QWidget

from evtdesk.ui import tasks


def test_result_arrives_on_the_gui_thread(qtbot):
    seen = {}

    def work(progress, cancel):
        seen["worker"] = threading.current_thread()
        for step in range(3):
            progress(step + 1, 3)
        return 42

    def done(value):
        seen["value"] = value
        seen["callback"] = threading.current_thread()

    progress = []
    tasks.runner().start(work, done, on_progress=lambda d, t: progress.append((d, t)))
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()
    qtbot.waitUntil(lambda: progress == [(1, 3), (2, 3), (3, 3)])


def test_errors_reach_on_error(qtbot):
    errors = []

    def work(progress, cancel):
        raise ValueError("broken")

    tasks.runner().start(work, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)


def test_cancelled_work_is_discarded(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    done, discarded = [], []
    started = threading.Event()

    def work(progress, cancel):
        started.set()
        while not cancel.is_set():
            time.sleep(0.01)
        return "late result"

    task = tasks.run_task(parent, "Working", work, done.append, on_discard=discarded.append)
    assert started.wait(5)
    task.cancel.set()
    qtbot.waitUntil(lambda: discarded == ["late result"])
    assert done == []
    assert not tasks.runner().busy


def test_progress_dialog_appears_for_slow_work(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    results = []

    def work(progress, cancel):
        progress(1, 4)
        release.wait(10)
        return "ok"

    from PySide6.QtWidgets import QProgressDialog

    tasks.run_task(parent, "Slow work", work, results.append)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in parent.findChildren(QProgressDialog)), timeout=3000
    )
    release.set()
    qtbot.waitUntil(lambda: results == ["ok"])
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in parent.findChildren(QProgressDialog)))


def test_thousands_of_progress_reports_leave_python_intact(qtbot):
    """An export of 50 000 entries reports progress thousands of times. PySide6 6.12.0
    dropped a reference to True on every emit and to None on every queued delivery;
    after enough of them Python aborts ("deallocating True or False") and the app dies.
    pyproject excludes that release; this catches the next one that does the same."""
    reports = 1000
    seen: list[int] = []
    finished: list[object] = []

    def work(progress, cancel):
        for step in range(reports):
            progress(step + 1, reports)

    gc.collect()
    before = sys.getrefcount(True), sys.getrefcount(None)
    tasks.runner().start(work, finished.append, on_progress=lambda done, _t: seen.append(done))
    qtbot.waitUntil(lambda: bool(finished) and len(seen) == reports, timeout=10_000)
    del seen[:], finished[:]
    gc.collect()
    after = sys.getrefcount(True), sys.getrefcount(None)
    # A few references come and go with the objects made meanwhile; a lost one per
    # report would show as a thousand.
    assert abs(after[0] - before[0]) < reports // 4, ("True", before[0], after[0])
    assert abs(after[1] - before[1]) < reports // 4, ("None", before[1], after[1])
