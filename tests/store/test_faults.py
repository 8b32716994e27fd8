"""Faults: not a logbook, damaged files, read-only folders, a full disk, a killed process."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from evtdesk.store import DamagedLogbook, FAST_TEST_KDF, Logbook, NotALogbook, WriteFailed
from evtdesk.store.backup import make_backup
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
def test_a_damaged_logbook_offers_the_latest_backup(logbook: Logbook, logbook_path: Path, damage: str) -> None:
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
            return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
        finally:
            os.chmod(folder, 0o755)
    if shutil.which("unshare") is None:
        pytest.skip("needs unshare(1) to make a read-only mount as root")
    script = f'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" && exec "$2" -c "$3"'
    return subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", str(folder), sys.executable, code],
                          capture_output=True, text=True, env=env)


def test_a_read_only_folder_gives_an_error_and_loses_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "t.evtlog"
    with Logbook.create(path, PASSPHRASE, "T", kdf=FAST_TEST_KDF).logbook as logbook:
        logbook.entries.add(CME)
    before = path.read_bytes()
    result = _run_in_read_only_folder(folder, textwrap.dedent(f"""
        from evtdesk.store import Logbook, LogbookError
        try:
            with Logbook.open({str(path)!r}, {PASSPHRASE!r}) as lb:
                lb.entries.add({CME!r})
            print("saved")
        except LogbookError as e:
            print("refused:", e)
    """))
    assert "refused: The folder of t.evtlog is read-only" in result.stdout, result.stdout + result.stderr
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
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, preexec_fn=small_disk)
    assert "refused: The change could not be written to the disk" in result.stdout, result.stdout + result.stderr
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


def test_write_failed_is_a_logbook_error() -> None:
    assert issubclass(WriteFailed, Exception)
