"""A supervisor's own logbook in the app (issue 24): New logbook ▸ I am a supervisor
makes one, and its window opens on his trainees and speaks to him; what concerns the
owner's own training (new entry, import, export, the plan) is not offered there, and a
trainee's logbook opened next has all of it again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from shell_helpers import PASSPHRASE, unlock, wait_tasks

from evtdesk.store import FAST_TEST_KDF, SUPERVISOR_LOGBOOK, Logbook
from evtdesk.ui.exchange.trainees_view import TraineesView
from evtdesk.ui.main_window import Workspace

TRAINEE_ONLY = (
    "actionNewEntry",
    "actionImport",
    "actionExport",
    "actionPlan",
    "actionExamWeek",
    "actionSites",
    "actionSupervision",
)


def _action(window, name: str) -> QAction:  # type: ignore[no-untyped-def]
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_new_logbook_as_a_supervisor_opens_on_his_trainees(qtbot, window, data_dir):  # type: ignore[no-untyped-def]
    dialog = window.new_logbook()
    qtbot.waitExposed(dialog)
    assert dialog.as_trainee.isChecked() and dialog.curriculum.isVisible()
    qtbot.mouseClick(dialog.as_supervisor, Qt.MouseButton.LeftButton)
    assert not dialog.curriculum.isVisible()  # his logbook holds no training to follow
    assert "Trainees" in dialog.role_hint.text()
    qtbot.keyClicks(dialog.name, "Erik Holm")
    qtbot.keyClicks(dialog.passphrase, "Correct horse battery staple 9")
    qtbot.keyClicks(dialog.repeat, "Correct horse battery staple 9")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.recovery_dialog is not None)
    recovery = dialog.recovery_dialog
    qtbot.mouseClick(recovery.stored, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(recovery.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session.logbook.owner_role == SUPERVISOR_LOGBOOK
    workspace = window.centralWidget()
    assert isinstance(workspace, Workspace)
    assert [type(p) for p in workspace.panels] == [TraineesView]
    assert workspace.tabText(0) == "Trainees"
    assert "for supervisors" in window.windowTitle()
    for name in TRAINEE_ONLY:
        assert not _action(window, name).isVisible(), name
    assert _action(window, "actionOpenBundle").isVisible()
    assert window.act_views[0].text() == "&Trainees"
    assert not window.act_views[1].isVisible()
    wait_tasks(qtbot)


def test_a_trainees_logbook_after_his_has_everything_again(qtbot, window, data_dir):  # type: ignore[no-untyped-def]
    his = data_dir / "erik.evtlog"
    created = Logbook.create(
        his, PASSPHRASE, "Erik Holm", kdf=FAST_TEST_KDF, owner_role=SUPERVISOR_LOGBOOK
    )
    created.logbook.close(backup=False)
    hers = data_dir / "karin.evtlog"
    Logbook.create(hers, PASSPHRASE, "Karin Ek", kdf=FAST_TEST_KDF).logbook.close(backup=False)
    unlock(qtbot, window, his)
    qtbot.waitUntil(lambda: window.session is not None)
    assert not _action(window, "actionNewEntry").isVisible()
    wait_tasks(qtbot)
    window.lock()
    qtbot.waitUntil(lambda: window.session is None)
    unlock(qtbot, window, Path(hers))
    qtbot.waitUntil(lambda: window.session is not None)
    assert len(window.centralWidget().panels) == 4
    for name in TRAINEE_ONLY:
        assert _action(window, name).isVisible(), name
    assert window.act_views[0].text() == "&Navigator"
    assert "for supervisors" not in window.windowTitle()
