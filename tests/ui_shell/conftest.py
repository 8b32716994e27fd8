"""Fixtures for driving the real main window: a private QSettings file, English to
start with, fast key stretching, and logbooks made directly through the store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from shell_helpers import PASSPHRASE, wait_tasks  # shared with the tests; see there why not here

from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.ui import i18n
from evtdesk.ui.main_window import MainWindow


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
