"""The panels' translations are complete, compiled, and applied at once when switched."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from evtdesk.ui.panels.entries import EntriesPanel

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_ts_file_has_no_unfinished_messages(language: str) -> None:
    root = ET.parse(I18N / f"panels_{language}.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 80
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not (m.find("translation").text or "".join(f.text or "" for f in m.find("translation")))
    ]
    assert unfinished == []


def test_swedish_is_applied_at_once(qtbot, sv_session) -> None:
    translator = QTranslator()
    assert translator.load(str(I18N / "panels_sv.qm"))
    panel = EntriesPanel(sv_session)
    qtbot.addWidget(panel)
    QCoreApplication.installTranslator(translator)
    try:
        QCoreApplication.processEvents()  # delivers LanguageChange
        assert panel.retracted_check.text() == "Visa återkallade"
        assert panel.count_label.text() == "0 registreringar"
        assert panel.model.column_title(0) == "Datum"
    finally:
        QCoreApplication.removeTranslator(translator)
        QCoreApplication.processEvents()
    assert panel.retracted_check.text() == "Show retracted"
