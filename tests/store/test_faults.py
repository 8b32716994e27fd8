"""Faults: not a logbook, damaged files, read-only folders, a full disk, a killed process."""

from __future__ import annotations

import errno
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlcipher3

from evtdesk.store import (
    FAST_TEST_KDF,
    DamagedLogbook,
    Logbook,
    NotALogbook,
    WriteFailed,
    WrongPassphrase,
)
from evtdesk.store.backup import backup_folder, latest_backup, make_backup, restore
from evtdesk.store.errors import DamagedKeyFile, NewerLogbook
from evtdesk.store.keys import sidecar_path
from tests.conftest import PASSPHRASE

CME = {"kind": "cme", "date": "2026-01-01", "title": "Stroke day", "hours": 4}


def test_a_file_that_is_not_a_logbook_is_named_as_such(tmp_path: Path) -> None:
    stray = tmp_path / "notes.txt"
    stray.write_text("hello")
    with pytest.raises(NotALogbook, match="not an EVTDesk logbook"):
        Logbook.open(stray, PASSPHRASE)
    with pytest.raises(NotALogbook, match="no logbook"):
        Logbook.open(tmp_path / "missing.evtlog", PASSPHRASE)


@pytest.mark.parametrize("damage", ["truncate", "corrupt"])
def test_a_damaged_logbook_offers_the_latest_backup(
    logbook: Logbook, logbook_path: Path, damage: str
) -> None:
    logbook.entries.add(CME)
    backup = make_backup(logbook)
    logbook.entries.add_many([CME] * 200)
    logbook.close(backup=False)
    data = bytearray(logbook_path.read_bytes())
    if damage == "truncate":
        logbook_path.write_bytes(bytes(data[: len(data) // 3]))
    else:
        data[5000:5400] = os.urandom(400)
        logbook_path.write_bytes(bytes(data))

    with pytest.raises(DamagedLogbook) as caught:
        Logbook.open(logbook_path, PASSPHRASE)
    assert caught.value.latest_backup == backup
    assert "evtdesk restore" in str(caught.value)


def _run_in_read_only_folder(folder: Path, code: str) -> subprocess.CompletedProcess[str]:
    """Run `code` with `folder` truly read-only: a read-only bind mount in a private
    mount namespace as root (file modes do not stop root), plain file modes otherwise."""
    env = os.environ | {"PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    if os.geteuid() != 0:
        os.chmod(folder, 0o555)
        try:
            return subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, env=env
            )
        finally:
            os.chmod(folder, 0o755)
    if shutil.which("unshare") is None:
        pytest.skip("needs unshare(1) to make a read-only mount as root")
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(
            f"root here may not make a mount namespace (no CAP_SYS_ADMIN): {probe.stderr.strip()}"
        )
    script = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" && exec "$2" -c "$3"'
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", script, "sh", str(folder), sys.executable, code],
        capture_output=True,
        text=True,
        env=env,
    )


def test_a_read_only_folder_gives_an_error_and_loses_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "t.evtlog"
    with Logbook.create(path, PASSPHRASE, "T", kdf=FAST_TEST_KDF).logbook as logbook:
        logbook.entries.add(CME)
    before = path.read_bytes()
    result = _run_in_read_only_folder(
        folder,
        textwrap.dedent(f"""
        from evtdesk.store import Logbook, LogbookError
        try:
            with Logbook.open({str(path)!r}, {PASSPHRASE!r}) as lb:
                lb.entries.add({CME!r})
            print("saved")
        except LogbookError as e:
            print("refused:", e)
    """),
    )
    assert "refused: The folder of t.evtlog is read-only" in result.stdout, (
        result.stdout + result.stderr
    )
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before
    with Logbook.open(path, PASSPHRASE) as logbook:
        assert logbook.entries.count() == 1


def test_a_full_disk_refuses_the_write_and_keeps_what_was_saved(logbook_path: Path) -> None:
    with Logbook.create(logbook_path, PASSPHRASE, "T", kdf=FAST_TEST_KDF).logbook as logbook:
        logbook.entries.add_many([CME] * 10)
    limit = logbook_path.stat().st_size + 64 * 1024

    def small_disk() -> None:  # files may not grow past `limit`: writes fail with EFBIG
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    code = textwrap.dedent(f"""
        from evtdesk.store import Logbook, WriteFailed
        lb = Logbook.open({str(logbook_path)!r}, {PASSPHRASE!r})
        try:
            lb.entries.add_many([{CME!r} | {{"notes": "x" * 3000}}] * 400)
            print("saved")
        except WriteFailed as e:
            print("refused:", e)
        lb.close(backup=False)
    """)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, preexec_fn=small_disk
    )
    assert "refused: The change could not be written to the disk" in result.stdout, (
        result.stdout + result.stderr
    )
    with Logbook.open(logbook_path, PASSPHRASE) as logbook:
        assert logbook.entries.count() == 10
        assert logbook.verify_chain() is None


@pytest.mark.slow
def test_sigkill_during_a_burst_of_imports_keeps_every_reported_import(logbook_path: Path) -> None:
    Logbook.create(logbook_path, PASSPHRASE, "T", kdf=FAST_TEST_KDF).logbook.close(backup=False)
    code = textwrap.dedent(f"""
        import sys
        from evtdesk.store import Logbook
        lb = Logbook.open({str(logbook_path)!r}, {PASSPHRASE!r})
        n = 0
        while True:
            n += 1
            lb.entries.add_many([{CME!r} | {{"notes": f"batch {{n}}"}}] * 5)
            print(n, flush=True)
    """)
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    reported = 0
    for line in process.stdout:
        reported = int(line)
        if reported >= 40:
            break
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    with Logbook.open(logbook_path, PASSPHRASE) as logbook:
        notes = {e.notes for e in logbook.entries.list()}
        assert {f"batch {n}" for n in range(1, reported + 1)} <= notes
        assert logbook.entries.count() % 5 == 0  # no half batch
        assert logbook.verify_chain() is None


def test_creating_where_a_logbook_exists_is_refused(logbook: Logbook, logbook_path: Path) -> None:
    with pytest.raises(Exception, match="already exists"):
        Logbook.create(logbook_path, PASSPHRASE, "Other", kdf=FAST_TEST_KDF)
    assert logbook.entries.count() == 0


def test_writes_after_close_are_refused(logbook: Logbook) -> None:
    logbook.close(backup=False)
    with pytest.raises(Exception, match="closed"):
        logbook.entries.add(CME)


def test_creating_in_a_read_only_folder_is_refused_cleanly(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    result = _run_in_read_only_folder(
        folder,
        textwrap.dedent(f"""
        from evtdesk.demo import create_demo
        from evtdesk.store import FAST_TEST_KDF, Logbook, LogbookError
        new_path, demo_path = {str(folder / "n.evtlog")!r}, {str(folder / "d.evtlog")!r}
        for make in (
            lambda: Logbook.create(new_path, {PASSPHRASE!r}, "N", kdf=FAST_TEST_KDF),
            lambda: create_demo(__import__("pathlib").Path(demo_path), kdf=FAST_TEST_KDF),
        ):
            try:
                make()
                print("made")
            except LogbookError as e:
                print("refused:", e)
    """),
    )
    assert result.stdout.count("is read-only") == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert list(folder.iterdir()) == []


def test_the_connection_settings_the_format_promises(logbook: Logbook) -> None:
    from sqlalchemy.pool import NullPool, SingletonThreadPool

    assert isinstance(logbook.engine.pool, NullPool)
    assert not isinstance(logbook.engine.pool, SingletonThreadPool)
    with logbook.engine.connect() as connection:
        sql = connection.exec_driver_sql
        assert sql("PRAGMA foreign_keys").scalar() == 1
        assert sql("PRAGMA journal_mode").scalar() == "wal"
        assert sql("PRAGMA temp_store").scalar() == 2  # MEMORY
    # SQLCipher 4 settings: a bare connection reads the file with them, not with 3's.
    key = logbook.database_key().hex()
    logbook.close(backup=False)
    import sqlcipher3.dbapi2 as sqlcipher

    for compatibility, opens in ((4, True), (3, False)):
        connection = sqlcipher.connect(f"{logbook.path.as_uri()}?mode=ro", uri=True)
        try:
            connection.execute("PRAGMA cipher_log_level = NONE")
            connection.execute(f"PRAGMA key = \"x'{key}'\"")
            connection.execute(f"PRAGMA cipher_compatibility = {compatibility}")
            try:
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
                assert opens
            except sqlcipher.DatabaseError:
                assert not opens
        finally:
            connection.close()


def _empty_logbook_beside(logbook_path: Path, name: str) -> Path:
    empty = logbook_path.with_name(name)
    empty.write_bytes(b"")
    shutil.copyfile(sidecar_path(logbook_path), sidecar_path(empty))
    return empty


def test_an_empty_logbook_is_damaged_and_never_written(
    logbook: Logbook, logbook_path: Path
) -> None:
    logbook.close(backup=False)
    empty = _empty_logbook_beside(logbook_path, "empty.evtlog")
    with pytest.raises(DamagedLogbook, match="the file is empty"):
        Logbook.open(empty, PASSPHRASE)
    assert empty.stat().st_size == 0
    assert sorted(p.name for p in empty.parent.iterdir() if p.name.startswith("empty")) == [
        "empty.evtlog",
        "empty.evtlog.keys",
    ]


def test_a_database_without_the_logbook_schema_is_damaged_not_upgraded(
    logbook: Logbook, logbook_path: Path
) -> None:
    with logbook.engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE alembic_version")
    logbook.close(backup=False)
    before = logbook_path.read_bytes()
    with pytest.raises(DamagedLogbook, match="no EVTDesk logbook tables"):
        Logbook.open(logbook_path, PASSPHRASE)
    assert logbook_path.read_bytes() == before
    assert not backup_folder(logbook_path).exists()


def test_the_offered_backup_skips_one_that_does_not_open(
    logbook: Logbook, logbook_path: Path
) -> None:
    good = make_backup(logbook)
    logbook.close(backup=False)
    folder = backup_folder(logbook_path)
    # What an older EVTDesk wrote when it "upgraded" an empty file: a newer, useless backup.
    useless = folder / f"{logbook_path.name}.29990101T000000Z-before-upgrade.bak"
    useless.write_bytes(bytes(4096))
    shutil.copyfile(sidecar_path(good), sidecar_path(useless))
    assert latest_backup(logbook_path) == good
    assert restore(logbook_path) == good
    # With the key known, a well-shaped backup the key does not open is skipped too.
    useless.write_bytes(os.urandom(3 * 4096))
    assert latest_backup(logbook_path) == useless
    key = Logbook.open(logbook_path, PASSPHRASE)
    try:
        assert latest_backup(logbook_path, key.database_key()) == good
    finally:
        key.close(backup=False)


def test_a_logbook_from_a_newer_evtdesk_is_refused_untouched(
    logbook: Logbook, logbook_path: Path
) -> None:
    with logbook.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
    logbook.close(backup=False)
    before = logbook_path.read_bytes()
    for _ in range(2):
        with pytest.raises(NewerLogbook, match="made by a newer version of EVTDesk"):
            Logbook.open(logbook_path, PASSPHRASE)
    assert logbook_path.read_bytes() == before
    assert not backup_folder(logbook_path).exists()


def test_a_disk_that_fails_at_open_is_not_called_damage(
    logbook: Logbook, logbook_path: Path
) -> None:
    logbook.entries.add(CME)
    make_backup(logbook)
    logbook.close(backup=False)
    before = logbook_path.read_bytes()

    def no_room() -> None:  # no file may grow past 1 KB: SQLite cannot make its -shm file
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))

    code = textwrap.dedent(f"""
        from evtdesk.store import Logbook, LogbookError
        try:
            Logbook.open({str(logbook_path)!r}, {PASSPHRASE!r})
            print("opened")
        except LogbookError as e:
            print(type(e).__name__, e)
    """)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, preexec_fn=no_room
    )
    assert result.stdout.startswith("StorageUnavailable"), result.stdout + result.stderr
    assert "Nothing was changed" in result.stdout
    assert "damaged" not in result.stdout and "restore" not in result.stdout
    assert logbook_path.read_bytes() == before


def _write_in_a_small_disk(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGXFSZ, signal.SIG_IGN),
    )


def test_a_failed_passphrase_change_keeps_the_old_passphrase(
    logbook: Logbook, logbook_path: Path
) -> None:
    logbook.close(backup=False)
    keys_before = sidecar_path(logbook_path).read_bytes()
    # Opened first, then files may not grow past 2 KB: the new key file (about 1 KB) can
    # be written, the database's write-ahead log cannot.
    result = _write_in_a_small_disk(f"""
        import resource
        from evtdesk.store import Logbook, WriteFailed
        lb = Logbook.open({str(logbook_path)!r}, {PASSPHRASE!r})
        resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))
        try:
            lb.change_passphrase("a new passphrase")
            print("changed")
        except WriteFailed as e:
            print("refused:", e)
    """)
    assert result.stdout.startswith("refused:"), result.stdout + result.stderr
    assert sidecar_path(logbook_path).read_bytes() == keys_before
    Logbook.open(logbook_path, PASSPHRASE).close(backup=False)
    with pytest.raises(WrongPassphrase):
        Logbook.open(logbook_path, "a new passphrase")
    assert sorted(p.name for p in logbook_path.parent.iterdir()) == [
        logbook_path.name,
        sidecar_path(logbook_path).name,
    ]


def test_a_passphrase_change_whose_commit_fails_puts_the_old_key_file_back(
    logbook: Logbook, logbook_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    keys_before = sidecar_path(logbook_path).read_bytes()

    def fail(_session: Session) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    event.listen(Session, "before_commit", fail)
    try:
        with pytest.raises(WriteFailed, match="disk is full"):
            logbook.change_passphrase("a new passphrase")
    finally:
        event.remove(Session, "before_commit", fail)
    assert sidecar_path(logbook_path).read_bytes() == keys_before
    logbook.close(backup=False)
    Logbook.open(logbook_path, PASSPHRASE).close(backup=False)
    assert sorted(p.name for p in logbook_path.parent.iterdir()) == [
        logbook_path.name,
        sidecar_path(logbook_path).name,
    ]


def test_a_truncated_key_file_is_named_damaged_and_the_backup_offered(
    logbook: Logbook, logbook_path: Path
) -> None:
    backup = make_backup(logbook)
    logbook.close(backup=False)
    keys = sidecar_path(logbook_path)
    keys.write_bytes(keys.read_bytes()[:300])
    with pytest.raises(DamagedKeyFile) as caught:
        Logbook.open(logbook_path, PASSPHRASE)
    assert "key file trainee.evtlog.keys is damaged (it is cut short)" in str(caught.value)
    assert caught.value.latest_backup == backup and f"evtdesk restore {logbook_path}" in str(
        caught.value
    )
    # The backup's key file opens the logbook: the database key never changes.
    shutil.copyfile(sidecar_path(backup), keys)
    Logbook.open(logbook_path, PASSPHRASE).close(backup=False)


def _flip_ciphertext(keys: Path) -> None:
    data = json.loads(keys.read_text())
    wrap = next(w for w in data["wraps"] if w["kind"] == "passphrase")
    wrap["ciphertext"] = ("B" if wrap["ciphertext"][0] == "A" else "A") + wrap["ciphertext"][1:]
    keys.write_text(json.dumps(data))


def test_one_flipped_character_in_the_key_file_is_damage_not_a_wrong_passphrase(
    logbook: Logbook, logbook_path: Path
) -> None:
    logbook.close(backup=False)
    _flip_ciphertext(sidecar_path(logbook_path))
    with pytest.raises(DamagedKeyFile, match="checksum does not match"):
        Logbook.open(logbook_path, PASSPHRASE)


def test_an_old_key_file_without_checksum_admits_it_may_be_damaged(
    logbook: Logbook, logbook_path: Path
) -> None:
    make_backup(logbook)
    logbook.close(backup=False)
    keys = sidecar_path(logbook_path)
    data = json.loads(keys.read_text())
    del data["checksum"]
    keys.write_text(json.dumps(data))
    Logbook.open(logbook_path, PASSPHRASE).close(backup=False)  # still reads
    _flip_ciphertext(keys)
    with pytest.raises(WrongPassphrase) as caught:
        Logbook.open(logbook_path, PASSPHRASE)
    assert "If you are sure of the passphrase, the key file may be damaged" in str(caught.value)
    assert "evtdesk restore" in str(caught.value)


def test_a_wrong_key_prints_nothing_on_stderr(
    logbook: Logbook, logbook_path: Path, tmp_path: Path
) -> None:
    logbook.close(backup=False)
    other = tmp_path / "other.evtlog"
    Logbook.create(other, PASSPHRASE, "O", kdf=FAST_TEST_KDF).logbook.close(backup=False)
    shutil.copyfile(sidecar_path(other), sidecar_path(logbook_path))  # the wrong database key
    code = textwrap.dedent(f"""
        from evtdesk.store import Logbook, LogbookError
        try:
            Logbook.open({str(logbook_path)!r}, {PASSPHRASE!r})
        except LogbookError as e:
            print(type(e).__name__)
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    # other.evtlog beside it has that key file's id: a mix-up, not damage (issue 16)
    assert result.stdout.strip() == "ForeignKeyFile"  # a NotALogbook
    assert result.stderr == ""


def test_closing_folds_the_write_ahead_log_into_the_file(tmp_path: Path) -> None:
    """After a full disk, a user copies the .evtlog and .keys only: it must open with
    every change, so nothing may be left in the -wal file at close."""
    from evtdesk.store import FAST_TEST_KDF, Logbook

    path = tmp_path / "a.evtlog"
    logbook = Logbook.create(path, "passphrase 1", "Anna", kdf=FAST_TEST_KDF).logbook
    # Another program holding the file open (a second EVTDesk, a backup tool): SQLite then
    # does not fold the log in when EVTDesk's last connection closes; EVTDesk must.
    other = sqlcipher3.connect(str(path), isolation_level=None)
    other.execute(f"PRAGMA key = \"x'{logbook.database_key().hex()}'\"")
    other.execute("SELECT count(*) FROM sqlite_master").fetchall()
    logbook.entries.add_many(
        [{"kind": "cme", "date": "2026-01-05", "title": f"Kurs {n}", "hours": 1} for n in range(50)]
    )
    assert path.with_name(path.name + "-wal").stat().st_size > 0  # the changes wait there
    logbook.close(backup=False)
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    copy = tmp_path / "copy"
    copy.mkdir()
    for name in (path.name, path.name + ".keys"):
        (copy / name).write_bytes((tmp_path / name).read_bytes())
    other.close()
    with Logbook.open(copy / path.name, "passphrase 1") as reopened:
        assert len(reopened.entries.list()) == 50
