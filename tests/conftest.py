"""Shared fixtures. Qt runs offscreen so the suite needs no display (CI has none)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from evtdesk.store import FAST_TEST_KDF, Logbook

PASSPHRASE = "test passphrase 1"


@pytest.fixture
def logbook_path(tmp_path: Path) -> Path:
    return tmp_path / "trainee.evtlog"


@pytest.fixture
def logbook(logbook_path: Path) -> Iterator[Logbook]:
    """A fresh logbook with a cheap KDF (the cost is stored, so reopening is cheap too)."""
    created = Logbook.create(logbook_path, PASSPHRASE, "Test Trainee", kdf=FAST_TEST_KDF)
    yield created.logbook
    created.logbook.close(backup=False)
