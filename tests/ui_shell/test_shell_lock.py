"""Locking on demand (Ctrl+L) and after idle time: nothing of the logbook stays visible,
the logbook is closed (daily backup taken), and the same file can be unlocked again."""

from __future__ import annotations

import time

from conftest import unlock, wait_tasks
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel

from evtdesk.store.backup import backup_folder
from evtdesk.ui.lock import IdleWatcher
from evtdesk.ui.main_window import Workspace
from evtdesk.ui.start import StartScreen


def _unlocked(qtbot, window, path):
    unlock(qtbot, window, path)
    qtbot.waitUntil(lambda: window.session is not None)
    return window.session.logbook


def _assert_locked(window, path, owner="Test Trainee"):
    assert window.session is None
    assert isinstance(window.centralWidget(), StartScreen)
    assert window.start.locked_banner.isVisible()
    assert window.start.selected_path() == path
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        assert not isinstance(widget, Workspace)
        assert not isinstance(widget, QAbstractItemView) or widget is window.start.recent_list
        if isinstance(widget, QLabel):
            assert owner not in widget.text()
    assert "trainee.evtlog –" not in window.windowTitle()
    assert not window.act_new_entry.isEnabled()


def test_ctrl_l_locks_and_the_same_file_unlocks_again(qtbot, made_logbook, window):
    logbook = _unlocked(qtbot, window, made_logbook)
    window.session.logbook.records.add_site("Sahlgrenska", "Neurointervention")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _assert_locked(window, made_logbook)
    wait_tasks(qtbot)
    assert logbook.closed
    assert list(backup_folder(made_logbook).glob("trainee.evtlog.*"))  # the daily backup
    assert window.start.passphrase.isEnabled()
    again = _unlocked(qtbot, window, made_logbook)
    assert again is not logbook
    assert [s.hospital for s in again.records.sites()] == ["Sahlgrenska"]


def test_locking_closes_dialogs_that_show_the_logbook(qtbot, made_logbook, window):
    _unlocked(qtbot, window, made_logbook)
    dialog = window.show_preferences()
    qtbot.waitExposed(dialog)
    window.act_lock.trigger()
    assert not dialog.isVisible()
    _assert_locked(window, made_logbook)


def test_auto_lock_after_the_idle_time(qtbot, made_logbook, window):
    logbook = _unlocked(qtbot, window, made_logbook)
    assert window.idle.timeout == 5 * 60  # the default
    assert window.idle.active
    window.idle.set_timeout(0.3)
    qtbot.waitUntil(lambda: window.session is None, timeout=5000)
    _assert_locked(window, made_logbook)
    wait_tasks(qtbot)
    assert logbook.closed
    assert not window.idle.active


def test_input_keeps_the_logbook_open(qtbot, made_logbook, window):
    _unlocked(qtbot, window, made_logbook)
    window.idle.set_timeout(0.5)
    until = time.monotonic() + 1.2
    while time.monotonic() < until:
        qtbot.keyClick(window.centralWidget(), Qt.Key.Key_Shift)
        qtbot.wait(100)
    assert window.session is not None
    qtbot.waitUntil(lambda: window.session is None, timeout=5000)


def test_idle_watcher_measures_wall_clock(qtbot):
    watcher = IdleWatcher(0.2)
    with qtbot.waitSignal(watcher.idle, timeout=3000):
        watcher.start()
    assert watcher.idle_for() >= 0.2
    assert not watcher.active


def test_closing_the_window_closes_the_logbook(qtbot, made_logbook, window):
    logbook = _unlocked(qtbot, window, made_logbook)
    window.close()
    assert logbook.closed
    assert window.session is None
