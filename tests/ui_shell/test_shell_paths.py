"""Paths are shown the way a user knows them: under the home folder as ~/…."""

from __future__ import annotations

from pathlib import Path

from evtdesk.ui.paths import display_path
from evtdesk.ui.start import StartScreen


def test_a_logbook_under_home_is_shown_from_tilde(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    folder = tmp_path / "EVTDesk"
    folder.mkdir()
    logbook = folder / "anna.evtlog"
    logbook.write_bytes(b"x")
    screen = StartScreen([logbook])
    qtbot.addWidget(screen)
    screen.select(logbook)
    assert screen.file_folder.text() == "~/EVTDesk"
    assert screen.recent_list.item(0).text() == "anna.evtlog\n~/EVTDesk"
    assert screen.recent_list.item(0).toolTip() == str(logbook)  # the full path stays at hand


def test_a_path_elsewhere_is_shown_whole(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert display_path(Path("/media/usb/anna.evtlog")) == "/media/usb/anna.evtlog"
    assert display_path(tmp_path / "home") == "~"
