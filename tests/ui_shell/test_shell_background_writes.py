"""Background work that writes to the logbook (an import) against Cancel and against
locking: Cancel works until the transaction commits (then nothing is written); once the
commit has begun it cannot be cancelled and its outcome is always reported; locking
waits for it, keeps what it wrote, and only then closes the logbook."""

from __future__ import annotations

import json
import threading
import time

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog
from shell_helpers import PASSPHRASE, unlock, wait_tasks

from evtdesk.store import Logbook


@pytest.fixture
def entries_file(tmp_path, monkeypatch):
    path = tmp_path / "entries.json"
    rows = [
        {
            "kind": "stroke_alarm",
            "date": f"2024-01-0{i % 9 + 1}",
            "case_number": f"C{i}",
            "thrombolysis": False,
            "notes": "",
        }
        for i in range(20)
    ]
    path.write_text(json.dumps(rows), encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    return path


@pytest.fixture
def told(monkeypatch):
    messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "information",
        staticmethod(lambda _parent, _title, text, *a: messages.append(text)),
    )
    return messages


def _slow_commit(logbook, release: threading.Event):
    """Make the import wait for `release` once it has committed to writing (Cancel is
    refused from then on); returns the event set when it gets there."""
    real = logbook.entries.import_many
    started = threading.Event()

    def slow(entries, progress=None, cancel=None, confirm_commit=None):
        def confirm() -> bool:
            go_on = confirm_commit()
            started.set()
            assert release.wait(10)
            return go_on

        return real(entries, progress, cancel, confirm)

    logbook.entries.import_many = slow
    return started


def _unlocked(qtbot, window, path):
    unlock(qtbot, window, path)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    wait_tasks(qtbot)
    return window.session


def test_cancel_during_the_commit_is_refused_and_the_import_reported(
    qtbot, window, made_logbook, entries_file, told
):
    session = _unlocked(qtbot, window, made_logbook)
    before = len(session.entries())
    release = threading.Event()
    started = _slow_commit(session.logbook, release)
    window.import_entries()
    qtbot.waitUntil(started.is_set, timeout=5_000)
    dialog = window.findChildren(QProgressDialog)[-1]
    qtbot.waitUntil(lambda: not _has_cancel(dialog))  # the Cancel button went
    dialog.canceled.emit()  # Cancel pressed (or Escape) while the commit runs
    release.set()
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: len(told) == 1)
    assert told == ["Imported 20 entries."]
    assert len(session.logbook.entries.list()) == before + 20
    qtbot.waitUntil(lambda: len(session.entries()) == before + 20)  # the views were refreshed


def _has_cancel(dialog: QProgressDialog) -> bool:
    from PySide6.QtWidgets import QPushButton

    return any(b.isVisibleTo(dialog) for b in dialog.findChildren(QPushButton))


def test_cancel_before_the_write_imports_nothing(
    qtbot, window, made_logbook, entries_file, told, monkeypatch
):
    session = _unlocked(qtbot, window, made_logbook)
    before = len(session.entries())
    import evtdesk.exchange.importer as importer

    real_load = importer.load_entries
    reading = threading.Event()
    release = threading.Event()

    def slow_load(path, *args):
        reading.set()
        assert release.wait(10)
        return real_load(path, *args)

    monkeypatch.setattr(importer, "load_entries", slow_load)
    window.import_entries()
    qtbot.waitUntil(reading.is_set, timeout=5_000)
    window.findChildren(QProgressDialog)[-1].canceled.emit()
    release.set()
    wait_tasks(qtbot)
    qtbot.wait(50)
    assert told == []
    assert len(session.logbook.entries.list()) == before


def test_locking_waits_for_a_running_import_and_keeps_it(
    qtbot, window, made_logbook, entries_file, told
):
    session = _unlocked(qtbot, window, made_logbook)
    logbook = session.logbook
    before = len(session.entries())
    release = threading.Event()
    started = _slow_commit(logbook, release)
    window.import_entries()
    qtbot.waitUntil(started.is_set, timeout=5_000)
    window.lock()
    assert window.session is None
    time.sleep(0.2)  # the close task has had time to run: it must be waiting, not closing
    assert not logbook.closed
    release.set()
    wait_tasks(qtbot)
    assert logbook.closed
    qtbot.waitUntil(lambda: len(told) == 1)
    assert told == ["Imported 20 entries."]
    reopened = Logbook.open(made_logbook, PASSPHRASE)
    try:
        assert len(reopened.entries.list()) == before + 20
    finally:
        reopened.close()
