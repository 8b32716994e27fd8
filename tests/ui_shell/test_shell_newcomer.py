"""Issue 16, the app as a newcomer met it: English on an English system, the three views
in sight as tabs, a wrong passphrase said as plainly as a damaged file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from PySide6.QtWidgets import QFileDialog, QMessageBox, QTabBar
from shell_helpers import PASSPHRASE, unlock, wait_tasks

from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.ui.main_window import NAVIGATOR, Workspace
from evtdesk.ui.styles import ERROR_COLOUR
from evtdesk.ui.window.workspace import CHARTS, LOGBOOK


def _system_language(lang: str) -> str:
    """What the app picks on a system with LANG=`lang` (QLocale reads it at start-up, so
    each in a fresh interpreter)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=lang, QT_QPA_PLATFORM="offscreen")
    code = (
        "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); "
        "from evtdesk.ui.i18n import system_language; print(system_language())"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    return done.stdout.strip()


def test_an_english_or_bare_system_gets_english_and_a_swedish_one_swedish() -> None:
    assert _system_language("C.UTF-8") == "en"
    assert _system_language("en_US.UTF-8") == "en"
    assert _system_language("sv_SE.UTF-8") == "sv"


def test_the_four_views_are_tabs_in_sight(qtbot, made_logbook, window) -> None:
    unlock(qtbot, window, made_logbook)
    qtbot.waitUntil(lambda: window.session is not None)
    workspace = window.workspace
    assert isinstance(workspace, Workspace)
    tabs = workspace.findChild(QTabBar, "viewTabs")
    assert tabs is not None and tabs.isVisible() and tabs.count() == 4
    names = [tabs.tabText(i) for i in range(4)]
    assert names == ["Navigator", "Logbook", "Charts", "Quality"]
    tabs.setCurrentIndex(CHARTS)  # as a click does
    assert window.act_views[CHARTS].isChecked()
    window.show_view(LOGBOOK)
    assert tabs.currentIndex() == LOGBOOK
    window.show_view(NAVIGATOR)


def test_a_wrong_passphrase_is_said_in_red_in_place_of_the_locked_line(
    qtbot, made_logbook, window
) -> None:
    unlock(qtbot, window, made_logbook)
    qtbot.waitUntil(lambda: window.session is not None)
    window.lock()
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: window.start is not None and window.start.locked_banner.isVisible())
    unlock(qtbot, window, made_logbook, "not the passphrase")
    qtbot.waitUntil(lambda: window.start.message.isVisible())
    wait_tasks(qtbot)
    start = window.start
    assert "does not open" in start.message.text()
    assert ERROR_COLOUR in start.message.styleSheet()
    assert not start.locked_banner.isVisible()


def test_another_logbooks_key_file_is_named_a_mix_up(qtbot, made_logbook, window) -> None:
    other = made_logbook.with_name("other.evtlog")
    Logbook.create(other, PASSPHRASE, "Other", kdf=FAST_TEST_KDF).logbook.close(backup=False)
    shutil.copyfile(
        other.with_name("other.evtlog.keys"), made_logbook.with_name(made_logbook.name + ".keys")
    )
    unlock(qtbot, window, made_logbook)
    qtbot.waitUntil(lambda: window.start.message.isVisible())
    wait_tasks(qtbot)
    assert window.session is None
    text = window.start.message.text()
    assert "belongs to another logbook" in text and "damaged" not in text


def test_a_swedish_excel_csv_imported_in_the_app_is_read_with_a_note(
    qtbot, made_logbook, window, tmp_path, monkeypatch
) -> None:
    csv = tmp_path / "excel.csv"
    csv.write_bytes(
        "kind;date;thrombolysis;notes\r\nstroke_alarm;2026-01-02;nej;Från Örebro\r\n".encode(
            "cp1252"
        )
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(csv), ""))
    )
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: told.append(text))
    )
    unlock(qtbot, window, made_logbook)
    qtbot.waitUntil(lambda: window.session is not None)
    wait_tasks(qtbot)
    window.import_entries()
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: len(told) == 1)
    assert told[0].startswith("Imported 1 entr") and "Windows-1252" in told[0]
    [entry] = window.session.logbook.entries.list()
    assert entry.notes == "Från Örebro"
