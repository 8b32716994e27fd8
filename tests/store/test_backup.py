"""Backups: checked after writing, daily on close, pruned, restored in one step."""

from __future__ import annotations

from pathlib import Path

import pytest

from evtdesk.store import FAST_TEST_KDF, Logbook, NotALogbook
from evtdesk.store import backup as backups
from evtdesk.store.backup import make_backup, restore
from evtdesk.store.keys import sidecar_path
from tests.conftest import PASSPHRASE

CME = {"kind": "cme", "date": "2026-01-01", "title": "Stroke day", "hours": 4}


def test_close_takes_one_backup_a_day_in_each_folder(
    logbook: Logbook, logbook_path: Path, tmp_path: Path
) -> None:
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


def test_restore_brings_back_the_backup_and_keeps_the_replaced_file(
    logbook: Logbook, logbook_path: Path
) -> None:
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


def _bad_source(folder: Path, name: str, data: bytes, keys: bytes) -> Path:
    source = folder / name
    source.write_bytes(data)
    (folder / f"{name}.keys").write_bytes(keys)
    return source


def test_restore_checks_its_source_and_replaces_nothing_if_it_is_bad(
    logbook: Logbook, logbook_path: Path, tmp_path: Path
) -> None:
    import os
    import sqlite3

    logbook.entries.add(CME)
    key = logbook.database_key()
    logbook.close(backup=False)
    keys = sidecar_path(logbook_path).read_bytes()
    plain = tmp_path / "plain.bak"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    (tmp_path / "plain.bak.keys").write_bytes(keys)
    other = tmp_path / "other.evtlog"
    Logbook.create(other, PASSPHRASE, "O", kdf=FAST_TEST_KDF).logbook.close(backup=False)
    cases = {
        _bad_source(
            tmp_path, "damaged-keys.bak", logbook_path.read_bytes(), keys[:200]
        ): "key file is damaged",
        _bad_source(tmp_path, "junk.bak", b"junk" * 10, keys): "is not that of a logbook",
        plain: "plain, unencrypted SQLite",
        other: "backup of another logbook",
    }
    before = sorted(p.name for p in tmp_path.iterdir())
    for source, reason in cases.items():
        with pytest.raises(
            NotALogbook, match=f"cannot be restored, so nothing was replaced: .*{reason}"
        ):
            restore(logbook_path, source)
    random_pages = _bad_source(tmp_path, "random.bak", os.urandom(4 * 4096), keys)
    with pytest.raises(NotALogbook, match="key does not open it"):
        restore(logbook_path, random_pages, raw_key=key)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [*before, "random.bak", "random.bak.keys"]
    )
    with Logbook.open(logbook_path, PASSPHRASE) as reopened:
        assert reopened.entries.count() == 1


def test_backups_and_restored_files_are_readable_by_the_owner_only(
    logbook: Logbook, logbook_path: Path
) -> None:
    import stat

    backup = make_backup(logbook)
    logbook.close(backup=False)
    for path in (backup, sidecar_path(backup)):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    restore(logbook_path, backup)
    for path in (logbook_path, sidecar_path(logbook_path)):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
