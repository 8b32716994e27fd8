"""Help ▸ About names what the build carries and their licences, and *Licences…* shows
the full third-party notices (resources/licenses/THIRD-PARTY-NOTICES.txt, issue 23)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from evtdesk.ui import about
from evtdesk.ui.about import AboutDialog, LicencesDialog


@pytest.fixture
def about_dialog(qtbot, english: None) -> AboutDialog:  # type: ignore[no-untyped-def]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _open_licences(qtbot, dialog: AboutDialog) -> LicencesDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.licences_button, Qt.MouseButton.LeftButton)
    licences = dialog.licences
    assert licences is not None
    qtbot.waitExposed(licences)
    return licences


def test_about_names_qt_and_its_lgpl(about_dialog: AboutDialog) -> None:
    text = about_dialog.label.text()
    assert "Qt" in text and "PySide6" in text
    assert "LGPL-3.0" in text
    for component in ("Python", "OpenSSL", "SQLCipher", "pyHanko", "ReportLab"):
        assert component in text


def test_licences_shows_the_notices_read_only(qtbot, about_dialog: AboutDialog) -> None:  # type: ignore[no-untyped-def]
    licences = _open_licences(qtbot, about_dialog)
    shown = licences.text.toPlainText()
    assert "PySide6" in shown and "LGPL" in shown
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in shown
    assert shown == about.notices_path().read_text(encoding="utf-8")
    assert licences.text.isReadOnly() and licences.text.isVisible()
    assert licences.text.verticalScrollBar().maximum() > 0  # long: it scrolls


def test_missing_notices_give_a_sentence(qtbot, about_dialog, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(about, "notices_path", lambda: tmp_path / "missing.txt")
    licences = _open_licences(qtbot, about_dialog)
    assert "not installed" in licences.where.text()
    assert "missing.txt" in licences.where.text()
    assert not licences.text.isVisible()


def test_help_about_from_the_menu(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """As a user: Help ▸ About EVTDesk, then Licences…, then Close on both."""
    seen: dict[str, str] = {}

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        seen["about"] = dialog.label.text()
        licences = dialog.show_licences()
        seen["licences"] = licences.text.toPlainText()
        licences.accept()
        dialog.accept()

    QTimer.singleShot(0, in_the_dialog)
    window.act_about.trigger()
    assert "LGPL" in seen["about"]
    assert "PySide6" in seen["licences"]
