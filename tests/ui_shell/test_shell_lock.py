"""Locking on demand (Ctrl+L) and after idle time: nothing of the logbook stays visible,
the logbook is closed (daily backup taken), and the same file can be unlocked again."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel
from shell_helpers import unlock, wait_tasks

from evtdesk.store.backup import backup_folder
from evtdesk.ui.lock import IdleWatcher
from evtdesk.ui.main_window import Workspace
from evtdesk.ui.start import StartScreen


def _unlocked(qtbot, window, path):
    unlock(qtbot, window, path)
    qtbot.waitUntil(lambda: window.session is not None)
    # The unlock progress dialog may have been shown and hidden; a window manager would
    # give the focus back to the window, the offscreen platform does not.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
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


class SuspendableClock:
    """The real wall clock, plus however long the test pretends the laptop slept."""

    def __init__(self) -> None:
        self.slept = 0.0

    def __call__(self) -> float:
        return time.time() + self.slept


def test_idle_watcher_measures_wall_clock(qtbot):
    # Five minutes of suspend pass in no time for the timer (it does not tick while the
    # machine sleeps, and neither does CLOCK_MONOTONIC on Linux); the watcher must lock
    # on its next check after waking, not five minutes of ticks later.
    clock = SuspendableClock()
    watcher = IdleWatcher(300, clock=clock)
    watcher.start()
    qtbot.wait(50)
    assert watcher.active and watcher.idle_for() < 1
    with qtbot.waitSignal(watcher.idle, timeout=3000):
        clock.slept = 301
    assert watcher.idle_for() >= 300
    assert not watcher.active


def test_idle_watcher_survives_the_clock_being_set_back(qtbot):
    clock = SuspendableClock()
    watcher = IdleWatcher(0.3, clock=clock)
    watcher.start()
    clock.slept = -3600  # someone set the clock back an hour
    qtbot.wait(100)
    assert watcher.active and 0 <= watcher.idle_for() < 0.3  # measured afresh, not -3600 s
    with qtbot.waitSignal(watcher.idle, timeout=3000):
        pass  # and it still locks once the limit has passed on the new reading


def test_the_default_idle_clock_runs_on_during_suspend():
    # Not time.monotonic(): on Linux it stops while suspended.
    from evtdesk.ui import lock

    if hasattr(time, "CLOCK_BOOTTIME"):
        assert abs(lock.wall_clock() - time.clock_gettime(time.CLOCK_BOOTTIME)) < 1
    else:
        assert abs(lock.wall_clock() - time.time()) < 1


def test_ctrl_l_locks_with_an_entry_form_in_front(qtbot, made_logbook, window):
    _unlocked(qtbot, window, made_logbook)
    form = window.new_entry()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    qtbot.keyClick(
        form.case_edit if hasattr(form, "case_edit") else form.date_edit,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier,
    )
    _assert_locked(window, made_logbook)
    assert not form.isVisible()


def _choose_kind(qtbot, form, kind):
    form.kind_combo.setCurrentIndex(form.kind_combo.findData(kind))
    assert form.kind == kind


def test_locking_keeps_a_half_filled_form_and_unlocking_brings_it_back(qtbot, made_logbook, window):
    _unlocked(qtbot, window, made_logbook)
    form = window.new_entry()
    qtbot.waitExposed(form)
    _choose_kind(qtbot, form, "stroke_alarm")
    qtbot.keyClicks(form.case_edit, "SA-17")
    qtbot.keyClicks(form.notes_edit, "Wake-up stroke, M1")
    window.act_lock.trigger()
    _assert_locked(window, made_logbook)
    assert not form.isVisible()
    assert form in window.held_forms()
    wait_tasks(qtbot)

    logbook = _unlocked(qtbot, window, made_logbook)
    qtbot.waitUntil(form.isVisible)
    assert window.held_forms() == []
    assert form.kind == "stroke_alarm"
    assert form.case_edit.text() == "SA-17"
    assert form.notes_edit.toPlainText() == "Wake-up stroke, M1"
    assert form.session is window.session
    with qtbot.waitSignal(form.accepted, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved = [e for e in logbook.entries.list() if e.case_number == "SA-17"]
    assert (
        len(saved) == 1
        and saved[0].kind == "stroke_alarm"
        and saved[0].notes == "Wake-up stroke, M1"
    )


def test_closing_the_window_closes_the_logbook(qtbot, made_logbook, window):
    logbook = _unlocked(qtbot, window, made_logbook)
    window.close()
    assert logbook.closed
    assert window.session is None
