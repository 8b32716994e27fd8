"""Store faults as a command-line user meets them: a message, exit 1, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.store.backup import make_backup
from tests.conftest import PASSPHRASE


def evtdesk(*args: str) -> subprocess.CompletedProcess[str]:
    env = os.environ | {
        "EVTDESK_PASSPHRASE": PASSPHRASE,
        "PYTHONPATH": str(Path(__file__).parents[2] / "src"),
    }
    return subprocess.run(
        [sys.executable, "-m", "evtdesk", *args], capture_output=True, text=True, env=env
    )


def test_an_empty_logbook_file_is_reported_and_the_real_backup_restored(tmp_path: Path) -> None:
    path = tmp_path / "d.evtlog"
    with Logbook.create(path, PASSPHRASE, "D", kdf=FAST_TEST_KDF).logbook as logbook:
        logbook.entries.add(
            {"kind": "cme", "date": "2026-01-01", "title": "Stroke day", "hours": 4}
        )
        backup = make_backup(logbook)
    path.write_bytes(b"")
    for _ in range(2):
        result = evtdesk("list", str(path))
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert "is damaged or truncated (the file is empty)" in result.stderr
        assert f"evtdesk restore {path} --from {backup}" in result.stderr
    assert (
        path.stat().st_size == 0
        and [p.name for p in backup.parent.iterdir() if "upgrade" in p.name] == []
    )
    assert evtdesk("restore", str(path)).returncode == 0
    listed = evtdesk("list", str(path), "--json")
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 1


def test_restoring_from_a_file_with_a_damaged_key_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.evtlog"
    Logbook.create(path, PASSPHRASE, "A", kdf=FAST_TEST_KDF).logbook.close(backup=False)
    junk = tmp_path / "junk.bak"
    junk.write_bytes(path.read_bytes())
    (tmp_path / "junk.bak.keys").write_text('{"format": "evtdesk-keys/1", "wr')
    result = evtdesk("restore", str(path), "--from", str(junk))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "cannot be restored, so nothing was replaced: the key file is damaged" in result.stderr
    assert evtdesk("list", str(path)).returncode == 0


def test_an_import_naming_a_missing_site_is_a_message_and_exit_1(tmp_path: Path) -> None:
    path = tmp_path / "a.evtlog"
    Logbook.create(path, PASSPHRASE, "A", kdf=FAST_TEST_KDF).logbook.close(backup=False)
    rows = tmp_path / "in.json"
    rows.write_text(
        json.dumps([{"kind": "cme", "date": "2026-01-01", "title": "t", "hours": 1, "site_id": 5}])
    )
    result = evtdesk("import", str(path), str(rows))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "entry 1: site_id: there is no site 5 in this logbook" in result.stderr
