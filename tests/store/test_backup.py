"""Backups: checked after writing, daily on close, pruned, restored in one step."""

from __future__ import annotations

from pathlib import Path

import pytest

from evtdesk.store import Logbook, NotALogbook
from evtdesk.store import backup as backups
from tests.conftest import PASSPHRASE

CME = {"kind": "cme", "date": "2026-01-01", "title": "Stroke day", "hours": 4}


def test_close_takes_one_backup_a_day_in_each_folder(logbook: Logbook, logbook_path: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    logbook.records.set_setting("backup.folder", str(usb))
    logbook.entries.add(CME)
    logbook.close()
    Logbook.open(logbook_path, PASSPHRASE).close()  # the same day: no second backup

    assert len(list(backups.backup_folder(logbook_path).glob("*.bak"))) == 1
    assert len(list(usb.glob("*.bak"))) == 1
    with Logbook.open(next(usb.glob("*.bak")), PASSPHRASE) as copy:
        assert copy.entries.count() == 1


def test_only_the_newest_backups_are_kept(logbook: Logbook, logbook_path: Path) -> None:
    logbook.records.set_setting("backup.keep", 3)
    folder = backups.backup_folder(logbook_path)
    for n in range(5):
        backups.make_backup(logbook, reason=f"n{n}")
    kept = sorted(p.name for p in folder.glob("*.bak"))
    assert len(kept) == 3 and kept[-1].endswith("n4.bak")


def test_restore_brings_back_the_backup_and_keeps_the_replaced_file(logbook: Logbook, logbook_path: Path) -> None:
    logbook.entries.add(CME)
    backups.make_backup(logbook)
    logbook.entries.add_many([CME] * 3)
    logbook.close(backup=False)

    backups.restore(logbook_path)

    with Logbook.open(logbook_path, PASSPHRASE) as restored:
        assert restored.entries.count() == 1
    replaced = list(logbook_path.parent.glob("trainee.evtlog.replaced-*"))
    assert any(not p.name.endswith(".keys") for p in replaced)


def test_restore_without_a_backup_says_so(tmp_path: Path) -> None:
    with pytest.raises(NotALogbook, match="No backup"):
        backups.restore(tmp_path / "none.evtlog")
