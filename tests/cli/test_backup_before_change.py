"""The command line takes the day's backup before it changes a logbook, as the app does
on closing: a wrong import or amendment typed in a terminal can be undone."""

from __future__ import annotations

from pathlib import Path

import pytest

from evtdesk.cli import main
from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.store.backup import backup_folder

PASSPHRASE = "terminal passphrase"


@pytest.fixture
def path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    logbook = tmp_path / "k.evtlog"
    Logbook.create(logbook, PASSPHRASE, "Karin", kdf=FAST_TEST_KDF).logbook.close(backup=False)
    monkeypatch.setenv("EVTDESK_PASSPHRASE", PASSPHRASE)
    return logbook


def _backups(path: Path) -> list[Path]:
    folder = backup_folder(path)
    return sorted(folder.glob("*.bak")) if folder.is_dir() else []


def test_a_change_is_preceded_by_the_days_backup_of_the_logbook_as_it_was(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["site", "add", str(path), "--hospital", "SU", "--unit", "NI"]) == 0
    [backup] = _backups(path)
    assert backup.name.endswith("-before-change.bak")
    with Logbook.open(backup, PASSPHRASE) as before:  # the logbook before the site
        assert before.records.sites() == []
    assert main(["site", "add", str(path), "--hospital", "Ryhov", "--unit", "R"]) == 0
    assert len(_backups(path)) == 1, "one a day, like the app's"
    capsys.readouterr()


def test_a_command_that_only_reads_takes_no_backup(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["progress", str(path)]) == 0
    assert main(["site", "list", str(path)]) == 0
    assert _backups(path) == []
    capsys.readouterr()
