"""The command line as a user or a script drives it: exit codes, messages, import rules."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from evtdesk.cli import main
from evtdesk.store import Logbook
from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def passphrase_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVTDESK_PASSPHRASE", PASSPHRASE)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_version_runs_without_qt() -> None:
    code = (
        "import sys, evtdesk.cli, evtdesk.demo; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert out.strip() == "False"
    assert subprocess.run(
        [sys.executable, "-m", "evtdesk", "--version"], capture_output=True, text=True
    ).stdout.startswith("evtdesk ")


def test_json_import_then_list(
    logbook: Logbook, logbook_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    logbook.close(backup=False)
    source = write(
        tmp_path / "in.json",
        json.dumps(
            [
                {
                    "kind": "stroke_alarm",
                    "date": "2026-01-02",
                    "case_number": "S1",
                    "notes": "",
                    "thrombolysis": True,
                },
                {
                    "kind": "evt",
                    "date": "2026-01-03",
                    "role": "independent_first_operator",
                    "case_number": "E1",
                    "notes": "",
                    "mtici": "2c",
                    "sich": False,
                    "new_territory_emboli": False,
                    "arrival": "2026-01-03T08:00",
                    "puncture": "2026-01-03T08:50",
                    "reperfusion": "2026-01-03T09:20",
                },
            ]
        ),
    )
    assert main(["import", str(logbook_path), str(source)]) == 0
    capsys.readouterr()
    assert main(["list", str(logbook_path), "--kind", "evt", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["mtici"] == "2c" and listed["role"] == "independent_first_operator"


def test_csv_with_a_bad_row_imports_nothing_and_names_the_line(
    logbook: Logbook, logbook_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    logbook.close(backup=False)
    source = write(
        tmp_path / "in.csv",
        "kind;date;case_number;thrombolysis;notes\n"
        "stroke_alarm;2026-01-02;S1;ja;\n"
        "stroke_alarm;2026-13-02;S2;nej;\n"
        "stroke_alarm;2026-01-04;S3;nej;pat 19811218-9876\n",
    )
    assert main(["import", str(logbook_path), str(source)]) == 1
    err = capsys.readouterr().err
    assert "line 3: date" in err and "line 4: notes" in err and "identity" in err
    with Logbook.open(logbook_path, PASSPHRASE) as reopened:
        assert reopened.entries.count() == 0


def test_unreadable_input_is_a_usage_error(
    logbook: Logbook, logbook_path: Path, tmp_path: Path
) -> None:
    logbook.close(backup=False)
    assert main(["import", str(logbook_path), str(write(tmp_path / "x.json", "[{"))]) == 2
    assert main(["import", str(logbook_path), str(tmp_path / "missing.csv")]) == 2
    assert main(["frobnicate"]) == 2


def test_wrong_passphrase_exits_1_with_a_clear_message(
    logbook: Logbook,
    logbook_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    logbook.close(backup=False)
    monkeypatch.setenv("EVTDESK_PASSPHRASE", "wrong one!")
    assert main(["list", str(logbook_path)]) == 1
    assert "does not unlock" in capsys.readouterr().err


def test_passwd_backup_and_restore_from_the_command_line(
    logbook: Logbook,
    logbook_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    logbook.entries.add({"kind": "cme", "date": "2026-01-01", "title": "Stroke day", "hours": 4})
    logbook.close(backup=False)
    assert main(["backup", str(logbook_path)]) == 0
    monkeypatch.setenv("EVTDESK_NEW_PASSPHRASE", "the new passphrase")
    assert main(["passwd", str(logbook_path)]) == 0
    logbook_path.write_bytes(b"\0" * 4096)  # damage it
    monkeypatch.setenv("EVTDESK_PASSPHRASE", "the new passphrase")
    assert main(["list", str(logbook_path)]) == 1
    assert "evtdesk restore" in capsys.readouterr().err
    assert main(["restore", str(logbook_path)]) == 0
    # the backup predates the new passphrase, so it opens with the old one
    monkeypatch.setenv("EVTDESK_PASSPHRASE", PASSPHRASE)
    assert main(["list", str(logbook_path)]) == 0


def test_init_shows_the_recovery_code_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new.evtlog"
    assert main(["init", str(path), "--name", "Ny Aspirant"]) == 0
    out = capsys.readouterr().out
    code = out.split("shown only now):")[1].split()[0]
    with Logbook.open(path, recovery_code=code) as logbook:
        assert logbook.owner_name == "Ny Aspirant"
    assert main(["init", str(path), "--name", "Again"]) == 1


def test_init_refuses_an_unknown_curriculum_before_asking_or_writing_anything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("EVTDESK_PASSPHRASE")  # it must not even get as far as the prompt
    path = tmp_path / "new.evtlog"
    assert main(["init", str(path), "--name", "N", "--curriculum", "nonsense"]) == 2
    err = capsys.readouterr().err
    assert "no curriculum with id 'nonsense'" in err
    assert all(f"{i}@" in err for i in ("se-evt", "us-cast", "uk-rcr-mt"))
    assert not path.exists() and list(tmp_path.iterdir()) == []
    assert main(["init", str(path), "--name", "N", "--curriculum", "se-evt@0.0"]) == 2


def test_init_accepts_an_id_at_a_version_and_its_help_lists_the_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from evtdesk.curriculum import load_curriculum

    version = load_curriculum("us-cast").version
    path = tmp_path / "us.evtlog"
    assert main(["init", str(path), "--name", "N", "--curriculum", f"us-cast@{version}"]) == 0
    with Logbook.open(path, PASSPHRASE) as logbook:
        assert logbook.curriculum_id == f"us-cast@{version}"
        assert load_curriculum(logbook.curriculum_id).id == "us-cast"
    capsys.readouterr()
    assert main(["init", "--help"]) == 0
    assert f"us-cast@{version}" in "".join(capsys.readouterr().out.split())  # wrapped at will


def test_progress_json_lists_every_item_with_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from evtdesk.curriculum import load_curriculum
    from evtdesk.demo import DEMO_PASSPHRASE, create_demo
    from evtdesk.store import FAST_TEST_KDF

    path = tmp_path / "demo.evtlog"
    create_demo(path, kdf=FAST_TEST_KDF).close(backup=False)
    import os

    os.environ["EVTDESK_PASSPHRASE"] = DEMO_PASSPHRASE
    assert main(["progress", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    items = {i["id"]: i for i in data["items"]}
    assert set(items) == {i.id for i in load_curriculum("se-evt").items}
    ni2 = items["NI2"]
    assert (ni2["done"], ni2["required"], ni2["state"]) == (33, 50, "open")
    assert [c["id"] for c in ni2["conditions"]] == ["NI2", "NI2.independent"]
    assert items["K1a"]["attested"] and items["A1"]["state"] == "locked"
