"""The exchange screens' Swedish is complete, compiled, and reaches the menus at once."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from evtdesk.store import FAST_TEST_KDF
from evtdesk.ui import i18n
from evtdesk.ui.exchange.actions import ExchangeActions
from evtdesk.ui.main_window import MainWindow

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_ts_file_is_complete(language: str) -> None:
    messages = list(ET.parse(I18N / f"exchange_{language}.ts").getroot().iter("message"))
    assert len(messages) > 100
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not (m.find("translation").text or "".join(f.text or "" for f in m.find("translation")))
    ]
    assert unfinished == []


def test_swedish_reaches_the_menus(qtbot, qapp, tmp_path: Path, english) -> None:
    window = MainWindow(
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), tmp_path, kdf=FAST_TEST_KDF
    )
    qtbot.addWidget(window)
    actions = window.findChild(ExchangeActions, "exchangeActions")
    i18n.install(qapp, "sv")
    assert actions.act_open_bundle.text() == "Öppna &paket…"
    assert actions.act_trusted_keys.text() == "&Betrodda nycklar…"
    assert actions.tools_menu.title() == "&Verktyg"
    i18n.install(qapp, "en")
    assert actions.act_open_bundle.text() == "Open &bundle…"
