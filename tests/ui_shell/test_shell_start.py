"""The start screen: creating a logbook through the dialog, unlocking, wrong
passphrase, the demo hint, files that are not logbooks."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from shell_helpers import PASSPHRASE, unlock, wait_tasks

from evtdesk.demo import DEMO_PASSPHRASE
from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.ui.main_window import NAVIGATOR, Workspace
from evtdesk.ui.start import StartScreen, strength


def _digest(path: Path) -> str:
    keys = path.with_name(path.name + ".keys")
    data = path.read_bytes() + (keys.read_bytes() if keys.exists() else b"")
    return hashlib.sha256(data).hexdigest()


def test_create_a_logbook_through_the_dialog(qtbot, window, data_dir, tmp_path):
    dialog = window.new_logbook()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Anna Svensson")
    assert dialog.path.text() == str(data_dir / "anna-svensson.evtlog")
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.passphrase, "short")
    assert "Too short" in dialog.strength_label.text()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "Correct horse battery staple 9")
    assert dialog.meter.value() >= strength.GOOD
    qtbot.keyClicks(dialog.repeat, "Correct horse battery staple")
    assert dialog.match_label.text() == "The passphrases differ."
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.repeat, " 9")
    assert dialog.match_label.text() == "The passphrases match."
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(
        lambda: dialog.recovery_dialog is not None and dialog.recovery_dialog.isVisible()
    )
    recovery = dialog.recovery_dialog
    code = recovery.code_label.text()
    assert code and code == dialog.created.recovery_code
    assert not recovery.continue_button.isEnabled()
    recovery.reject()  # Escape: the code has not been stored yet, so nothing happens
    assert recovery.isVisible()
    saved = tmp_path / "code.txt"
    recovery.save_to(saved)
    assert code in saved.read_text(encoding="utf-8")
    qtbot.mouseClick(recovery.stored, Qt.MouseButton.LeftButton)
    assert recovery.continue_button.isEnabled()
    qtbot.mouseClick(recovery.continue_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.session is not None)
    assert isinstance(window.centralWidget(), Workspace)
    assert window.workspace.currentIndex() == NAVIGATOR
    logbook = window.session.logbook
    assert logbook.path == data_dir / "anna-svensson.evtlog"
    assert logbook.owner_name == "Anna Svensson"
    # the recovery code shown really opens the logbook
    with Logbook.open(logbook.path, recovery_code=code) as again:
        assert again.owner_name == "Anna Svensson"


def test_unlock_shows_the_navigator_first(qtbot, made_logbook, window):
    assert isinstance(window.centralWidget(), StartScreen)
    assert window.start.selected_path() == made_logbook
    assert not window.act_lock.isEnabled()
    unlock(qtbot, window, made_logbook)
    qtbot.waitUntil(lambda: window.session is not None)
    assert isinstance(window.centralWidget(), Workspace)
    assert window.workspace.currentIndex() == NAVIGATOR
    assert window.act_views[NAVIGATOR].isChecked()
    assert window.act_lock.isEnabled()
    assert "trainee.evtlog" in window.windowTitle()
    window.activateWindow()  # a window shortcut needs the active window (under load, late)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.currentIndex() == 1


def test_wrong_passphrase_is_met_calmly_and_changes_nothing(qtbot, made_logbook, window):
    before = _digest(made_logbook)
    unlock(qtbot, window, made_logbook, "not the passphrase")
    qtbot.waitUntil(lambda: window.start.message.isVisible())
    wait_tasks(qtbot)
    assert window.session is None
    assert "does not open trainee.evtlog" in window.start.message.text()
    assert window.start.passphrase.text() == ""
    assert (
        window.start.passphrase.hasFocus() or QApplication.focusWidget() is window.start.passphrase
    )
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert _digest(made_logbook) == before
    # and the right one still works
    unlock(qtbot, window, made_logbook, PASSPHRASE)
    qtbot.waitUntil(lambda: window.session is not None)


def test_empty_passphrase_asks_for_one(qtbot, made_logbook, window):
    qtbot.mouseClick(window.start.unlock_button, Qt.MouseButton.LeftButton)
    assert window.start.message.isVisible()
    assert window.session is None


def test_demo_logbook_shows_its_public_passphrase(qtbot, made_logbook, window, data_dir):
    demo = data_dir / "demo.evtlog"
    Logbook.create(demo, DEMO_PASSPHRASE, "Demo", kdf=FAST_TEST_KDF).logbook.close(backup=False)
    window.start.set_recent(window.recent_paths())
    window.start.select(made_logbook)
    assert not window.start.demo_hint.isVisible()
    window.start.select(demo)
    assert window.start.demo_hint.isVisible()
    assert DEMO_PASSPHRASE in window.start.demo_hint.text()
    window.start.demo_hint.linkActivated.emit("fill")
    assert window.start.passphrase.text() == DEMO_PASSPHRASE
    qtbot.mouseClick(window.start.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None)


def test_a_file_that_is_not_a_logbook_gets_a_clear_message(qtbot, window, data_dir):
    junk = data_dir / "notes.evtlog"
    junk.write_text("just some text")
    window.start.set_recent(window.recent_paths())
    unlock(qtbot, window, junk, "whatever passphrase")
    qtbot.waitUntil(lambda: window.start.message.isVisible())
    assert "not an EVTDesk logbook" in window.start.message.text()
    assert window.session is None


def test_recent_logbooks_remember_the_last_opened(qtbot, made_logbook, window, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    other = elsewhere / "other.evtlog"
    Logbook.create(other, PASSPHRASE, "Other", kdf=FAST_TEST_KDF).logbook.close(backup=False)
    unlock(qtbot, window, other)
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.recent_paths()[0] == other
    assert made_logbook in window.recent_paths()
