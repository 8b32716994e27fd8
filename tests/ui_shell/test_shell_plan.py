"""Work periods and training plan from the main window: reached through Edit ▸ Work periods
and training plan…, and a period half typed in survives locking."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from shell_helpers import unlock, wait_tasks

from evtdesk.ui.panels.plan_dialog import PlanDialog


def _unlocked(qtbot, window, path):
    unlock(qtbot, window, path)
    qtbot.waitUntil(lambda: window.session is not None)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window.session.logbook


def _plan_dialogs(window):
    return [d for d in window.findChildren(PlanDialog) if d.isVisible()]


def test_the_edit_menu_opens_the_work_periods_dialog_and_a_period_reaches_the_navigator(
    qtbot, made_logbook, window
):
    assert not window.act_plan.isEnabled()  # nothing to show while locked
    logbook = _unlocked(qtbot, window, made_logbook)
    assert window.act_plan in window.edit_menu.actions()
    assert window.act_plan.text() == "&Work periods and training plan…"
    window.act_plan.trigger()
    [dialog] = _plan_dialogs(window)
    qtbot.waitExposed(dialog)
    assert dialog.session is window.session

    dialog.part_combo.setCurrentIndex(dialog.part_combo.findData("PREP"))
    dialog.start_edit.setDate(QDate(2025, 1, 1))
    qtbot.mouseClick(dialog.ongoing_check, Qt.MouseButton.LeftButton)
    dialog.new_end_edit.setDate(QDate(2025, 6, 30))
    with qtbot.waitSignal(
        window.session.changed, timeout=10_000
    ):  # the dialog notifies the session
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [(p.part, p.start.isoformat()) for p in logbook.records.periods()] == [
        ("PREP", "2025-01-01")
    ]
    prep = next(i for i in window.session.progress().items if i.id == "PREP.TIME")
    assert prep.conditions[0].done == 6
    dialog.reject()


def test_the_shortcut_opens_it(qtbot, made_logbook, window):
    _unlocked(qtbot, window, made_logbook)
    qtbot.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(_plan_dialogs(window)) == 1


def test_locking_keeps_a_half_typed_period_and_unlocking_brings_it_back(
    qtbot, made_logbook, window
):
    _unlocked(qtbot, window, made_logbook)
    dialog = window.show_plan()
    qtbot.waitExposed(dialog)
    dialog.part_combo.setCurrentIndex(dialog.part_combo.findData("NI"))
    dialog.start_edit.setDate(QDate(2025, 8, 1))
    qtbot.keyClicks(dialog.note_edit, "Angio lab, Sahlgrenska")

    window.act_lock.trigger()
    assert window.session is None
    assert not dialog.isVisible()
    assert dialog in window.held_forms()
    wait_tasks(qtbot)

    logbook = _unlocked(qtbot, window, made_logbook)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.session is window.session
    assert dialog.note_edit.text() == "Angio lab, Sahlgrenska"
    assert dialog.part_combo.currentData() == "NI"
    assert dialog.start_edit.date() == QDate(2025, 8, 1)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isVisibleTo(dialog), dialog.error.text()
    [stored] = logbook.records.periods()
    assert (stored.part, stored.description) == ("NI", "Angio lab, Sahlgrenska")
    assert dialog.table.rowCount() == 1
