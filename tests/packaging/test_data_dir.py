"""Logbooks go where each system keeps a user's application data (platformdirs)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from evtdesk.ui.paths import data_dir


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rule is Linux's")
def test_on_linux_the_data_folder_follows_xdg(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # scripts/start makes the demo in ${XDG_DATA_HOME:-~/.local/share}/evtdesk; the app
    # must look in the same place, or a first start shows no logbook.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert data_dir() == tmp_path / "xdg" / "evtdesk"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert data_dir() == tmp_path / "home" / ".local" / "share" / "evtdesk"
