"""The exchange from the command line, with the exit codes scripts rely on."""

from __future__ import annotations

import errno
import hashlib
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from evtdesk.cli import main
from evtdesk.demo import DEMO_PASSPHRASE, create_demo
from evtdesk.exchange.export import ExportTargetExists, export_bundle
from evtdesk.signing.minisign import public_key_line, public_of
from evtdesk.store import FAST_TEST_KDF, Logbook
from tests.report.report_helpers import pages_text, png_certificate


def test_export_verify_attest_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    trainee, supervisor = tmp_path / "t.evtlog", tmp_path / "s.evtlog"
    create_demo(trainee, kdf=FAST_TEST_KDF).close(backup=False)
    Logbook.create(supervisor, "supervisor pass", "Erik Holm", kdf=FAST_TEST_KDF).logbook.close(
        backup=False
    )
    as_trainee = lambda: monkeypatch.setenv("EVTDESK_PASSPHRASE", DEMO_PASSPHRASE)  # noqa: E731
    as_supervisor = lambda: monkeypatch.setenv("EVTDESK_PASSPHRASE", "supervisor pass")  # noqa: E731

    as_trainee()
    assert main(["identity", str(trainee)]) == 0
    # Saved whole, as `evtdesk identity > trainee.pub` does: the fingerprint line included.
    (tmp_path / "trainee.pub").write_text(capsys.readouterr().out)
    bundle = tmp_path / "b.evtbundle"
    assert main(["export", str(trainee), "--out", str(bundle)]) == 0

    assert main(["verify", str(bundle)]) == 1  # nobody trusted yet
    assert "compare this fingerprint" in capsys.readouterr().out
    assert main(["verify", str(bundle), "--trust", str(tmp_path / "trainee.pub"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["valid"] is True
    assert main(["verify", str(tmp_path / "trainee.pub")]) == 2  # not a bundle

    as_supervisor()
    assert (
        main(
            [
                "trust",
                str(supervisor),
                str(tmp_path / "trainee.pub"),
                "--name",
                "Karin",
                "--role",
                "trainee",
                "--yes",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["identity", str(supervisor)]) == 0
    (tmp_path / "supervisor.pub").write_text(capsys.readouterr().out)
    attestation = tmp_path / "a.evtattest"
    assert (
        main(
            [
                "attest",
                str(supervisor),
                str(bundle),
                "--approve",
                "NI.WEEK1=Bra",
                "--reject",
                "NI3=Fler fall",
                "--out",
                str(attestation),
            ]
        )
        == 0
    )
    assert (
        main(
            ["attest", str(supervisor), str(bundle), "--approve", "NOPE", "--out", str(attestation)]
        )
        == 2
    )

    as_trainee()
    capsys.readouterr()
    assert (
        main(["import-attestation", str(trainee), str(attestation)]) == 1
    )  # supervisor not trusted yet
    assert "with a key you do not trust as a supervisor's" in capsys.readouterr().err
    assert (
        main(
            [
                "trust",
                str(trainee),
                str(tmp_path / "supervisor.pub"),
                "--name",
                "Erik Holm",
                "--role",
                "supervisor",
                "--yes",
            ]
        )
        == 0
    )
    assert main(["import-attestation", str(trainee), str(attestation)]) == 0
    assert main(["import-attestation", str(trainee), str(attestation)]) == 1  # replay
    capsys.readouterr()
    assert main(["progress", str(trainee), "--json"]) == 0
    items = {i["id"]: i for i in json.loads(capsys.readouterr().out)["items"]}
    assert items["NI.WEEK1"]["state"] == "attested"
    assert items["NI3"]["state"] == "open"  # not approved: stays open


def _bundle_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@dataclass(frozen=True)
class Exported:
    logbook: Path
    bundle: Path
    key: str  # the trainee's public key line
    course_id: str
    scan: bytes


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exported]:
    """The demo logbook with a scanned course certificate, exported once from the CLI."""
    folder = tmp_path_factory.mktemp("exported")
    trainee = folder / "t.evtlog"
    logbook = create_demo(trainee, kdf=FAST_TEST_KDF)
    course = logbook.entries.list(kind="course")[0]
    scan = png_certificate("EXMINT")
    logbook.records.attach("exmint.png", scan, entry_id=course.id)
    key = public_key_line(public_of(logbook.signing_key()))
    logbook.close(backup=False)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EVTDESK_PASSPHRASE", DEMO_PASSPHRASE)
        # the report in Swedish, whatever the system's language (issue 16's rule)
        out = str(folder / "b.evtbundle")
        assert main(["export", str(trainee), "--out", out, "--language", "sv"]) == 0
        yield Exported(trainee, folder / "b.evtbundle", key, course.id, scan)


def test_an_exported_bundle_lists_each_appended_certificate_with_the_hash_its_page_shows(
    exported: Exported,
) -> None:
    assert main(["verify", str(exported.bundle), "--trust", exported.key]) == 0, (
        "logbook.json still agrees with the manifest"
    )
    members = _bundle_members(exported.bundle)
    data = json.loads(members["logbook.json"])
    scan = exported.scan
    digest = hashlib.sha256(scan).hexdigest()
    assert data["attachments"] == [
        {
            "entry_id": exported.course_id,
            "filename": "exmint.png",
            "media_type": "image/png",
            "size": len(scan),
            "sha256": digest,
        }
    ]
    manifest = json.loads(members["manifest.json"])
    listed = {f["name"]: f["sha256"] for f in manifest["files"]}
    assert listed["logbook.json"] == hashlib.sha256(members["logbook.json"]).hexdigest()
    last = " ".join(pages_text(members["report.pdf"])[-1].split())
    assert (
        "Bilaga 1: exmint.png" in last and " ".join([digest[:4], digest[4:8], digest[8:12]]) in last
    )
    assert "Hör till: Kurs nr" in last
    cover = " ".join(pages_text(members["report.pdf"])[0].split())
    ca = manifest["pdf_certificate"]["ca_sha256"]
    assert f"PDF-signaturens CA SHA-256 {ca[:4]} {ca[4:8]}" in cover, (
        "the CA the manifest names, to compare"
    )


def _tampered(bundle: Path, folder: Path, how: str) -> Path:
    members = _bundle_members(bundle)
    if how == "manifest":
        at = members["manifest.json"].index(b'"bundle_id"') + 20
        members["manifest.json"] = (
            members["manifest.json"][:at] + b"X" + members["manifest.json"][at + 1 :]
        )
    else:
        signature = members["manifest.json.minisig"]
        members["manifest.json.minisig"] = signature[: len(signature) // 2]
    out = folder / f"{how}.evtbundle"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out


def test_verify_says_valid_in_plain_words(
    exported: Exported, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["verify", str(exported.bundle), "--trust", exported.key]) == 0
    out = capsys.readouterr().out
    assert out.startswith("VALID: bundle ") and "signed with the key given with --trust" in out
    assert "signed by given on the command line" not in out


@pytest.mark.parametrize("how", ["manifest", "signature"])
def test_a_tampered_bundle_from_a_trusted_key_is_invalid_not_untrusted(
    exported: Exported, tmp_path: Path, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    bundle = _tampered(exported.bundle, tmp_path, how)
    capsys.readouterr()
    assert main(["verify", str(bundle), "--trust", exported.key]) == 1
    out = capsys.readouterr().out
    assert out.startswith("INVALID: the bundle is refused:") and "NOT TRUSTED" not in out
    assert "the manifest signature does not verify" in out
    assert main(["verify", str(bundle), "--trust", exported.key, "--json"]) == 1
    verdict = json.loads(capsys.readouterr().out)
    assert (verdict["valid"], verdict["state"], verdict["trusted"]) == (False, "invalid", True)
    assert main(["verify", str(bundle), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["trusted"] is False, (
        "the key it names is not trusted"
    )


def test_verify_json_reports_an_unreadable_file_as_json_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for path in (tmp_path / "missing.evtbundle", tmp_path / "notes.txt"):
        if path.suffix == ".txt":
            path.write_text("hello")
        assert main(["verify", str(path), "--json"]) == 2
        captured = capsys.readouterr()
        verdict = json.loads(captured.out)
        assert (
            verdict["valid"] is False
            and verdict["state"] == "unreadable"
            and verdict["trusted"] is None
        )
        assert verdict["error"] and verdict["reasons"] == [verdict["error"]]
        assert verdict["error"] in captured.err


def _exports(path: Path) -> int:
    with Logbook.open(path, DEMO_PASSPHRASE) as logbook:
        return len(logbook.records.exports())


def test_export_to_a_folder_or_an_existing_file_is_refused_in_plain_words(
    exported: Exported,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("EVTDESK_PASSPHRASE", DEMO_PASSPHRASE)
    before = _exports(exported.logbook)
    capsys.readouterr()
    assert main(["export", str(exported.logbook), "--out", str(tmp_path)]) == 2
    assert f"{tmp_path} is a folder; give a bundle a file name" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []

    target = tmp_path / "old.evtbundle"
    earlier = exported.bundle.read_bytes()
    target.write_bytes(earlier)
    assert main(["export", str(exported.logbook), "--out", str(target)]) == 1
    assert f"{target} already exists; add --force to replace it." in capsys.readouterr().err
    assert target.read_bytes() == earlier
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.evtbundle"], "no temp file left"
    assert _exports(exported.logbook) == before, "a refused export is not recorded"

    assert main(["export", str(exported.logbook), "--out", str(target), "--force"]) == 0
    assert zipfile.is_zipfile(target) and _exports(exported.logbook) == before + 1


def test_a_failed_write_is_a_message_with_nothing_half_written(
    exported: Exported,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("EVTDESK_PASSPHRASE", DEMO_PASSPHRASE)
    before = _exports(exported.logbook)

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("evtdesk.bundle.writer.os.fsync", disk_full)
    capsys.readouterr()
    target = tmp_path / "b.evtbundle"
    assert main(["export", str(exported.logbook), "--out", str(target)]) == 1
    err = capsys.readouterr().err
    assert f"Could not write the bundle to {target}: No space left on device" in err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == [], "neither the bundle nor a temp file is left"
    assert _exports(exported.logbook) == before


def test_the_apps_export_still_replaces_a_file_it_already_asked_about(
    exported: Exported, tmp_path: Path
) -> None:
    """The app's save dialog asks before overwriting, so the core API replaces by default."""
    target = tmp_path / "b.evtbundle"
    target.write_bytes(exported.bundle.read_bytes())
    with Logbook.open(exported.logbook, DEMO_PASSPHRASE) as logbook:
        result = export_bundle(logbook, target)
        with pytest.raises(ExportTargetExists):
            export_bundle(logbook, target, overwrite=False)
    assert result.path == target and zipfile.is_zipfile(target)


def test_trust_records_the_readers_role_towards_a_trainee(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`trust … --role trainee --as co_supervisor`: her own statements about that trainee
    are then her reports in her own view (tests/exchange/test_authority.py)."""
    from evtdesk.exchange.keys import own_role

    trainee = create_demo(tmp_path / "t.evtlog", kdf=FAST_TEST_KDF)
    key = public_key_line(public_of(trainee.signing_key()))
    trainee.close(backup=False)
    (tmp_path / "trainee.pub").write_text(key + "\n")
    co = tmp_path / "co.evtlog"
    Logbook.create(co, "co passphrase", "Sara Nyberg", kdf=FAST_TEST_KDF).logbook.close(
        backup=False
    )
    monkeypatch.setenv("EVTDESK_PASSPHRASE", "co passphrase")
    trust = ["trust", str(co), str(tmp_path / "trainee.pub"), "--name", "Karin", "--yes"]
    assert main([*trust, "--role", "supervisor", "--as", "co_supervisor"]) == 2
    assert "--as goes with --role trainee" in capsys.readouterr().err
    assert main([*trust, "--role", "trainee", "--as", "co_supervisor"]) == 0
    assert "You are Karin's co-supervisor." in capsys.readouterr().out
    logbook = Logbook.open(co, "co passphrase")
    try:
        assert own_role(logbook, key) == "co_supervisor"
    finally:
        logbook.close(backup=False)
