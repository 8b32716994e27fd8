"""A trainee (the demo logbook) and a supervisor, each with an unlocked session."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from evtdesk.demo import create_demo
from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.ui import i18n, tasks
from evtdesk.ui.session import LogbookSession


@dataclass
class People:
    trainee: LogbookSession
    supervisor: LogbookSession
    folder: Path


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def people(tmp_path: Path, qtbot, english) -> Iterator[People]:  # type: ignore[no-untyped-def]
    trainee = create_demo(tmp_path / "trainee.evtlog", kdf=FAST_TEST_KDF)
    supervisor = Logbook.create(
        tmp_path / "supervisor.evtlog", "supervisor pass", "Erik Holm", kdf=FAST_TEST_KDF
    ).logbook
    yield People(LogbookSession(trainee, "en"), LogbookSession(supervisor, "en"), tmp_path)
    qtbot.waitUntil(lambda: not tasks.runner().busy, timeout=30_000)
    trainee.close(backup=False)
    supervisor.close(backup=False)
