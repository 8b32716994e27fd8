"""Issue 16, the command line as a newcomer met it: pipes into `head`, mistyped or mixed-up
files, a Swedish Excel CSV, an output name without its extension, and one language rule."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from evtdesk import language
from evtdesk.cli import main
from evtdesk.demo import create_demo
from evtdesk.store import FAST_TEST_KDF, Logbook

PASSPHRASE = "demo-logbook-passphrase"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EVTDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    create_demo(tmp_path / "a.evtlog", kdf=FAST_TEST_KDF).close(backup=False)
    Logbook.create(tmp_path / "b.evtlog", PASSPHRASE, "Other", kdf=FAST_TEST_KDF).logbook.close(
        backup=False
    )
    return tmp_path


@pytest.mark.parametrize("json_out", [False, True])
def test_piping_into_head_ends_quietly(folder: Path, json_out: bool) -> None:
    """A real pipe whose reader leaves after the first bytes: no BrokenPipeError traceback
    (Python raises it only when writing to a closed pipe, so a subprocess is the test)."""
    command = [sys.executable, "-m", "evtdesk", "list", str(folder / "a.evtlog")]
    if json_out:
        command.append("--json")
    env = {**os.environ, "EVTDESK_PASSPHRASE": PASSPHRASE}
    writer = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert writer.stdout is not None and writer.stderr is not None
    first = writer.stdout.read(40)  # `head -c 40`
    writer.stdout.close()
    err = writer.stderr.read().decode()
    writer.wait(timeout=120)
    assert first
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert "Exception ignored" not in err, err


def test_a_bare_mistyped_key_file_name_is_said_as_such(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(folder)
    assert run(capsys, "export", "a.evtlog", "--out", "b.evtbundle")[0] == 0
    code, _, err = run(capsys, "verify", "b.evtbundle", "--trust", "nosuch.pub")
    assert code == 2 and "there is no key file nosuch.pub" in err and "base64" not in err


def test_another_logbooks_key_file_is_named_not_called_damage(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Both logbooks share the passphrase, so b's key unwraps and fails only on a's
    database: that must read as a mix-up, not as damage without a backup."""
    shutil.copyfile(folder / "b.evtlog.keys", folder / "a.evtlog.keys")
    code, _, err = run(capsys, "list", str(folder / "a.evtlog"))
    assert code == 1
    assert "belongs to another logbook" in err and "b.evtlog" in err
    assert "damaged" not in err and "No backup" not in err


def test_a_foreign_key_file_is_told_by_the_backups_alone(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "backup", str(folder / "a.evtlog"))[0] == 0
    alone = folder / "alone"
    alone.mkdir()
    shutil.copyfile(folder / "a.evtlog", alone / "a.evtlog")
    shutil.copytree(folder / "a.evtlog.backups", alone / "a.evtlog.backups")
    shutil.copyfile(folder / "b.evtlog.keys", alone / "a.evtlog.keys")
    code, _, err = run(capsys, "list", str(alone / "a.evtlog"))
    assert code == 1 and "belongs to another logbook" in err and "backups" in err


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("cases.csv", b"kind;date\nct_case;2026-01-02\n", "is a CSV text file"),
        ("cases.json", b'[{"kind": "ct_case"}]', "is a JSON text file"),
        ("report.pdf", b"%PDF-1.7\n", "is a PDF document"),
        ("a.evtlog.keys", None, "is a logbook's key file"),
    ],
)
def test_a_file_that_is_no_logbook_is_named_for_what_it_is(
    folder: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes | None, said: str
) -> None:
    path = folder / name
    if content is not None:
        path.write_bytes(content)
    code, _, err = run(capsys, "list", str(path))
    assert code == 1 and said in err and "missing" not in err


def test_a_bundle_given_as_a_logbook_is_named_a_bundle(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "export", str(folder / "a.evtlog"), "--out", str(folder / "x"))[0] == 0
    for given in (folder / "x.evtbundle", folder / "renamed"):
        shutil.copyfile(folder / "x.evtbundle", folder / "renamed")
        code, _, err = run(capsys, "progress", str(given))
        assert code == 1 and "is a bundle" in err and "evtdesk verify" in err, err


def test_export_adds_the_extension_to_a_bare_name(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "export", str(folder / "a.evtlog"), "--out", str(folder / "nov"))
    assert code == 0 and (folder / "nov.evtbundle").is_file() and not (folder / "nov").exists()
    assert "nov.evtbundle" in out


SWEDISH_EXCEL = (
    "kind;date;case_number;notes\r\nct_case;2026-01-02;CT-9;Remiss från Örebro\r\n"
).encode("cp1252")


def test_a_swedish_excel_csv_is_read_with_a_note(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = folder / "excel.csv"
    csv.write_bytes(SWEDISH_EXCEL)
    code, out, err = run(capsys, "import", str(folder / "b.evtlog"), str(csv))
    assert code == 0 and out.strip() == "Imported 1 entry."
    assert "Windows-1252" in err and "CSV UTF-8" in err
    code, out, _ = run(capsys, "list", str(folder / "b.evtlog"), "--json")
    assert "Remiss från Örebro" in out


def test_a_file_in_no_known_encoding_says_how_to_save_it(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = folder / "odd.csv"
    csv.write_bytes(b"kind;date\n\x81\x8d;2026-01-02\n")  # undefined in Windows-1252 too
    code, _, err = run(capsys, "import", str(folder / "b.evtlog"), str(csv))
    assert code == 2 and "CSV UTF-8" in err


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "sv_SE.UTF-8"}, "sv"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "sv_SE.UTF-8"}, "en"),
        ({"LC_MESSAGES": "sv_FI.UTF-8", "LANG": "C"}, "sv"),
    ],
)
def test_the_system_language_follows_the_locale(env: dict[str, str], expected: str) -> None:
    assert language.system_language(env) == expected


def test_one_language_rule_for_progress_and_export(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No setting and an English system: English everywhere (export was Swedish); the
    logbook's setting wins over the system; --language over both."""
    a = str(folder / "a.evtlog")
    assert "Next steps:" in run(capsys, "progress", a)[1]
    assert "Bundle 1 written" in run(capsys, "export", a, "--out", str(folder / "1"))[1]
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    assert "Nästa steg:" in run(capsys, "progress", a)[1]
    with Logbook.open(folder / "a.evtlog", PASSPHRASE) as logbook:
        logbook.records.set_setting("language", "en")
    assert "Next steps:" in run(capsys, "progress", a)[1]
    out = run(capsys, "export", a, "--out", str(folder / "2"), "--language", "sv")[1]
    assert "Paket 2 skrivet" in out


def test_help_states_the_language_rule(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("progress", "export", "verify"):
        assert main([command, "--help"]) == 0
        assert "logbook's language setting" in " ".join(capsys.readouterr().out.split())


def test_verify_speaks_the_chosen_language(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = str(folder / "v.evtbundle")
    assert run(capsys, "export", str(folder / "a.evtlog"), "--out", bundle)[0] == 0
    assert run(capsys, "verify", bundle)[1].startswith("NOT TRUSTED: bundle")
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    out = run(capsys, "verify", bundle)[1]
    assert out.startswith("INTE BETROTT: paket") and "Signerarens nyckels fingeravtryck" in out
    assert run(capsys, "verify", bundle, "--language", "en")[1].startswith("NOT TRUSTED")
