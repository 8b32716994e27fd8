"""The passphrase, the recovery code, and that nothing readable reaches the disk."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import pytest

from evtdesk.store import FAST_TEST_KDF, Logbook, WrongPassphrase
from evtdesk.store.backup import make_backup
from evtdesk.store.keys import sidecar_path
from tests.conftest import PASSPHRASE

SECRET_NOTE = "Distinctive-note-QWERTY-7731"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_wrong_passphrase_leaves_both_files_byte_identical(
    logbook: Logbook, logbook_path: Path
) -> None:
    logbook.entries.add({"kind": "cme", "date": "2026-01-01", "title": "Stroke day", "hours": 4})
    logbook.close(backup=False)
    before = (digest(logbook_path), digest(sidecar_path(logbook_path)))

    with pytest.raises(WrongPassphrase, match="does not unlock"):
        Logbook.open(logbook_path, "not the passphrase")

    assert (digest(logbook_path), digest(sidecar_path(logbook_path))) == before


def test_the_recovery_code_opens_and_resets_the_passphrase(logbook_path: Path) -> None:
    created = Logbook.create(logbook_path, PASSPHRASE, "T", kdf=FAST_TEST_KDF)
    created.logbook.close(backup=False)

    typed_sloppily = created.recovery_code.lower().replace("-", " ")
    with Logbook.open(logbook_path, recovery_code=typed_sloppily) as logbook:
        logbook.change_passphrase("a brand new passphrase")

    with pytest.raises(WrongPassphrase):
        Logbook.open(logbook_path, PASSPHRASE)
    Logbook.open(logbook_path, "a brand new passphrase").close(backup=False)
    Logbook.open(logbook_path, recovery_code=created.recovery_code).close(backup=False)


def test_changing_the_passphrase_rewraps_without_reencrypting(
    logbook: Logbook, logbook_path: Path
) -> None:
    logbook.entries.add({"kind": "cme", "date": "2026-01-01", "title": "Stroke day", "hours": 4})
    salt_before = logbook_path.read_bytes()[:16]  # SQLCipher's per-file salt
    key_before = logbook.database_key()
    logbook.change_passphrase("another good passphrase")
    assert logbook.database_key() == key_before
    logbook.close(backup=False)
    assert logbook_path.read_bytes()[:16] == salt_before
    with Logbook.open(logbook_path, "another good passphrase") as reopened:
        assert reopened.entries.count() == 1


def test_no_plaintext_on_disk_or_in_temp_files(
    logbook_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    logbook = Logbook.create(logbook_path, PASSPHRASE, "Plaintext Probe", kdf=FAST_TEST_KDF).logbook
    logbook.entries.add_many(
        [{"kind": "cme", "date": "2026-01-01", "title": "t", "hours": 1, "notes": SECRET_NOTE}] * 50
    )
    logbook.records.attach("scan.pdf", b"%PDF-1.4 " + SECRET_NOTE.encode())
    make_backup(logbook)
    logbook.close()

    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name.endswith(".bak") for p in written)
    for path in written:
        data = path.read_bytes()
        assert SECRET_NOTE.encode() not in data, path
        assert b"Plaintext Probe" not in data, path
        assert b"SQLite format 3" not in data, path
    assert list(temp.iterdir()) == []
