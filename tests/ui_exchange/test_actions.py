"""The exchange commands sit in the main window's menus and follow the lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from evtdesk.store import FAST_TEST_KDF
from evtdesk.ui.exchange.actions import ExchangeActions, install_exchange_actions
from evtdesk.ui.main_window import MainWindow


def test_menus_hold_the_exchange_commands_enabled_only_while_unlocked(
    qtbot, tmp_path: Path, english
) -> None:
    window = MainWindow(
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), tmp_path, kdf=FAST_TEST_KDF
    )
    qtbot.addWidget(window)
    actions = window.findChild(ExchangeActions, "exchangeActions")
    assert actions is not None and install_exchange_actions(window) is actions  # installed once
    file_texts = [a.text() for a in window.file_menu.actions()]
    export_at = file_texts.index("&Export bundle…")
    assert file_texts[export_at + 1 : export_at + 3] == ["Open &bundle…", "Import &attestation…"]
    titles = [m.title() for m in (a.menu() for a in window.menuBar().actions()) if m is not None]
    assert titles == ["&File", "&Edit", "&View", "&Tools", "&Help"]
    assert [a.text() for a in actions.tools_menu.actions()] == ["My &key…", "&Trusted keys…"]
    for action in (window.act_export, *actions.actions):
        assert not action.isEnabled()


def test_the_actions_open_the_dialogs_for_the_session(
    qtbot, people, tmp_path: Path, english
) -> None:
    window = MainWindow(
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), tmp_path, kdf=FAST_TEST_KDF
    )
    qtbot.addWidget(window)
    window.session = people.trainee
    window._update_actions()
    actions = window.findChild(ExchangeActions, "exchangeActions")
    assert window.act_export.isEnabled() and all(a.isEnabled() for a in actions.actions)
    window.act_export.trigger()
    assert actions.last_dialog.objectName() == "exportBundleDialog"
    actions.act_my_key.trigger()
    assert actions.last_dialog.objectName() == "identityDialog"
    actions.act_trusted_keys.trigger()
    assert actions.last_dialog.objectName() == "trustedKeysDialog"
    assert actions.last_dialog.table.rowCount() == len(
        people.trainee.logbook.records.trusted_keys()
    )
    window.session = None
