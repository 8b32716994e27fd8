"""The examination week is documented on a laptop that locks itself: a case half typed
when the lock comes is held with the dialog and saved after the next unlock."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from shell_helpers import PASSPHRASE, unlock, wait_tasks

from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.ui.approval import install_approval_actions
from evtdesk.ui.approval.exam_week_dialog import ExamWeekDialog
from tests.approval_helpers import ready_for_exam_week

TODAY = date.today()


def test_a_half_typed_case_survives_the_lock(qtbot, made_logbook, window, tmp_path):
    trainee = Logbook.open(made_logbook, PASSPHRASE)
    his = Logbook.create(tmp_path / "e.evtlog", PASSPHRASE, "Erik Holm", kdf=FAST_TEST_KDF)
    site = ready_for_exam_week(trainee, his.logbook, TODAY, tmp_path)
    trainee.close(backup=False)
    his.logbook.close(backup=False)

    unlock(qtbot, window, made_logbook)
    qtbot.waitUntil(lambda: window.session is not None)
    dialog = install_approval_actions(window).exam_week()
    assert isinstance(dialog, ExamWeekDialog)
    start = TODAY - timedelta(days=3)
    dialog.start_edit.setDate(QDate(start))
    dialog.site_box.setCurrentIndex(dialog.site_box.findData(site))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current_week() is not None)
    assert dialog.problem.text() == ""
    dialog.case_row.day.setDate(QDate(start + timedelta(days=1)))
    qtbot.keyClicks(dialog.case_row.reason, "M1, NIHSS 16")

    window.act_lock.trigger()
    assert window.session is None and not dialog.isVisible()
    assert dialog in window.held_forms()
    wait_tasks(qtbot)

    unlock(qtbot, window, made_logbook)
    qtbot.waitUntil(lambda: window.session is not None)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.session is window.session and window.held_forms() == []
    assert dialog.case_row.reason.text() == "M1, NIHSS 16"
    assert dialog.current_week().week.start == start  # read from the reopened logbook
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == "", dialog.problem.text()
    qtbot.waitUntil(lambda: dialog.cases.rowCount() == 1)
    [case] = [e for e in window.session.entries() if e.kind == "exam_week_case"]
    assert case.fields["decision_reason"] == "M1, NIHSS 16"
    assert case.date == start + timedelta(days=1)
