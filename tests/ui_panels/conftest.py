"""Fixtures for the panel tests: a session over a fresh logbook, and helpers to add entries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.ui.session import LogbookSession


class FixedDaySession(LogbookSession):
    """A session whose "today" is fixed, so that tests do not depend on the calendar."""

    fixed_today: date | None = None

    def today(self) -> date:
        return self.fixed_today or super().today()


@pytest.fixture
def session(logbook: Logbook, qtbot) -> Iterator[LogbookSession]:
    yield FixedDaySession(logbook, "en")


@pytest.fixture
def sv_session(logbook: Logbook, qtbot) -> Iterator[LogbookSession]:
    yield FixedDaySession(logbook, "sv")


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Logbook]:
    """A second empty logbook, as the brief's example creates it."""
    created = Logbook.create(tmp_path / "x.evtlog", "passphrase1", "Name", kdf=FAST_TEST_KDF)
    yield created.logbook
    created.logbook.close(backup=False)


def days_ago(n: int) -> str:
    return (date.today() - timedelta(days=n)).isoformat()
