"""A trainee (the demo logbook) and a supervisor, each with their own logbook and key."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from evtdesk.demo import create_demo
from evtdesk.exchange import identity_info, trust_key
from evtdesk.store import FAST_TEST_KDF, Logbook


@dataclass
class Pair:
    trainee: Logbook
    supervisor: Logbook
    folder: Path


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    trainee = create_demo(tmp_path / "trainee.evtlog", kdf=FAST_TEST_KDF)
    supervisor = Logbook.create(
        tmp_path / "supervisor.evtlog", "supervisor pass", "Erik Holm", kdf=FAST_TEST_KDF
    ).logbook
    yield Pair(trainee, supervisor, tmp_path)
    trainee.close(backup=False)
    supervisor.close(backup=False)


def introduce(pair: Pair) -> None:
    """The meeting in person: each trusts the other's key after comparing fingerprints."""
    trust_key(
        pair.supervisor, identity_info(pair.trainee).public_key_text, "Karin Lindqvist", "trainee"
    )
    trust_key(
        pair.trainee, identity_info(pair.supervisor).public_key_text, "Erik Holm", "supervisor"
    )
