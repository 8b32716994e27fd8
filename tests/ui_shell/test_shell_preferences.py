"""Preferences live in the logbook; the window applies them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from shell_helpers import PASSPHRASE, unlock

from evtdesk.store import Logbook
from evtdesk.ui import settings


def _open(qtbot, window, path):
    unlock(qtbot, window, path)
    qtbot.waitUntil(lambda: window.session is not None)
    dialog = window.show_preferences()
    qtbot.waitExposed(dialog)
    return dialog


def _ok(qtbot, dialog):
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_defaults_are_declared_once(logbook):
    assert settings.read(logbook) == {
        "language": "sv",
        "autolock_minutes": 5,
        "backup.folder": "",
        "default_site_id": None,
    }
    assert [p.key for p in settings.PREFERENCES] == [
        "language",
        "autolock_minutes",
        "backup.folder",
        "default_site_id",
    ]


def test_preferences_are_saved_into_the_logbook(qtbot, made_logbook, window, tmp_path):
    with Logbook.open(made_logbook, PASSPHRASE) as logbook:
        site = logbook.records.add_site("Sahlgrenska universitetssjukhuset", "Neurointervention")
    dialog = _open(qtbot, window, made_logbook)
    dialog.autolock.clear()
    qtbot.keyClicks(dialog.autolock, "7")
    dialog.backup.setText(str(tmp_path))
    dialog.site.setCurrentIndex(dialog.site.findData(site.id))
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    stored = window.session.logbook.records.settings()
    assert stored["autolock_minutes"] == 7
    assert stored["backup.folder"] == str(tmp_path)
    assert stored["default_site_id"] == site.id
    assert window.idle.timeout == 7 * 60
    again = window.show_preferences()
    assert again.autolock.value() == 7
    assert again.site.currentData() == site.id
    again.reject()


def test_a_missing_backup_folder_is_refused_inline(qtbot, made_logbook, window, tmp_path):
    dialog = _open(qtbot, window, made_logbook)
    dialog.backup.setText(str(tmp_path / "no such folder"))
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "backup.folder" not in window.session.logbook.records.settings()
    dialog.reject()


def test_unchanged_preferences_write_nothing(qtbot, made_logbook, window):
    dialog = _open(qtbot, window, made_logbook)
    before = window.session.logbook.chain_head().seq
    _ok(qtbot, dialog)
    assert window.session.logbook.chain_head().seq == before


def test_stored_preferences_apply_on_unlock(qtbot, made_logbook, window):
    with Logbook.open(made_logbook, PASSPHRASE) as logbook:
        logbook.records.set_setting("autolock_minutes", 2)
        logbook.records.set_setting("language", "sv")
    unlock(qtbot, window, made_logbook)
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.idle.timeout == 120
    assert window.session.language == "sv"
    assert window.view_menu.title() == "&Visa"
