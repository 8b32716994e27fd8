"""The approval screens' Swedish is complete, compiled, and shown when chosen."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QMainWindow

from evtdesk.ui.approval import install_approval_actions
from evtdesk.ui.session import LogbookSession

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_message_is_translated(language: str) -> None:
    root = ET.parse(I18N / f"approval_{language}.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 90
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not m.find("translation").text
    ]
    assert unfinished == []


def test_the_dialogs_speak_swedish(qtbot, logbook) -> None:
    translator = QTranslator()
    assert translator.load(str(I18N / "approval_sv.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        window.session = LogbookSession(logbook, "sv", window)
        actions = install_approval_actions(window)
        assert actions.act_exam_week.text() == "E&xaminationsvecka…"
        dialog = actions.exam_week()
        assert dialog.windowTitle() == "Examinationsvecka"
        assert "Ingen examinationsvecka ännu" in dialog.summary.text()
        assert actions.sites().windowTitle() == "Enheter och handledare"
        supervision = actions.supervision()
        assert supervision.done_button.text() == "Markera &klar"
    finally:
        QCoreApplication.removeTranslator(translator)
