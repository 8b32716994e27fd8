"""Fixtures for driving the real main window: a private QSettings file, English to
start with, fast key stretching, and logbooks made directly through the store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt

from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.ui import i18n, tasks
from evtdesk.ui.main_window import MainWindow

PASSPHRASE = "test passphrase 1"


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "evtdesk.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def made_logbook(data_dir: Path) -> Path:
    """A closed logbook with a cheap KDF, in the data folder."""
    path = data_dir / "trainee.evtlog"
    created = Logbook.create(path, PASSPHRASE, "Test Trainee", kdf=FAST_TEST_KDF)
    created.logbook.close(backup=False)
    return path


def wait_tasks(qtbot, timeout: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not tasks.runner().busy, timeout=timeout)


@pytest.fixture
def window(qtbot, qsettings: QSettings, data_dir: Path, english: None) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(qsettings, data_dir, kdf=FAST_TEST_KDF)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    wait_tasks(qtbot)
    if win.session is not None:
        win.session.logbook.close(backup=False)
        win.session = None
    QCoreApplication.processEvents()


def unlock(qtbot, win: MainWindow, path: Path, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    assert win.start is not None
    win.start.select(path)
    win.start.passphrase.clear()
    qtbot.keyClicks(win.start.passphrase, passphrase)
    qtbot.mouseClick(win.start.unlock_button, Qt.MouseButton.LeftButton)
