"""Helpers the shell tests share: the test passphrase, unlocking through the start screen,
and waiting for background tasks.

A module with its own name rather than `from conftest import …`: several test folders
have a conftest.py, and whichever is imported first as `conftest` would shadow the others
when the folders run together (`pytest tests/ui_exchange tests/ui_shell`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from evtdesk.ui import tasks
from evtdesk.ui.main_window import MainWindow

PASSPHRASE = "test passphrase 1"


def wait_tasks(qtbot, timeout: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not tasks.runner().busy, timeout=timeout)


def unlock(qtbot, win: MainWindow, path: Path, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    assert win.start is not None
    win.start.select(path)
    win.start.passphrase.clear()
    qtbot.keyClicks(win.start.passphrase, passphrase)
    qtbot.mouseClick(win.start.unlock_button, Qt.MouseButton.LeftButton)
