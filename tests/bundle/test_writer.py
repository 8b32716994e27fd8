"""What the writer produces is exactly what docs/bundle-format.md promises, and a
supervisor without EVTDesk can check it with minisign and sha256sum."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from evtdesk.bundle import write_bundle
from evtdesk.bundle.manifest import canonical
from evtdesk.signing.fingerprint import fingerprint
from evtdesk.signing.identity import new_identity
from evtdesk.signing.minisign import key_id_text, public_key_line, public_of

IDENTITY = new_identity()
REPORT, LOGBOOK = b"%PDF-1.7 stand-in\n", b'{"entries": []}\n'
STATEMENTS = b'{"attestations": [], "format": "evtdesk-statements/1"}\n'


def write(path: Path, previous: str | None = None, overwrite: bool = True) -> tuple[bytes, dict]:  # type: ignore[type-arg]
    created = datetime(2026, 3, 1, 14, 30, tzinfo=timezone(timedelta(hours=1)))
    info = write_bundle(
        path,
        bundle_id="b-7",
        created=created,
        report_pdf=REPORT,
        logbook_json=LOGBOOK,
        statements_json=STATEMENTS,
        trainee_name="Karin Berg",
        curriculum_id="se-evt",
        curriculum_version="2024",
        identity=IDENTITY,
        pdf_ca_sha256="cd" * 32,
        chain_head="ab" * 32,
        chain_seq=12,
        entry_count=0,
        sequence=3,
        previous_manifest_sha256=previous,
        overwrite=overwrite,
    )
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
        names = archive.namelist()
        manifest_bytes = archive.read("manifest.json")
    assert names == [
        "manifest.json",
        "manifest.json.minisig",
        "report.pdf",
        "logbook.json",
        "statements.json",
    ]
    assert info.manifest_sha256 == hashlib.sha256(manifest_bytes).hexdigest() and info.path == path
    return manifest_bytes, json.loads(manifest_bytes)


def test_the_manifest_is_canonical_and_complete(tmp_path: Path) -> None:
    manifest_bytes, manifest = write(tmp_path / "x.evtbundle", previous="ef" * 32)
    assert manifest_bytes == canonical(manifest) and manifest_bytes.endswith(b"}\n")
    public = public_of(IDENTITY)
    assert manifest == {
        "format": "evtdesk-bundle/2",
        "bundle_id": "b-7",
        "created": "2026-03-01T13:30:00Z",
        "trainee": {"name": "Karin Berg"},
        "curriculum": {"id": "se-evt", "version": "2024"},
        "files": [
            {
                "name": "report.pdf",
                "sha256": hashlib.sha256(REPORT).hexdigest(),
                "size": len(REPORT),
            },
            {
                "name": "logbook.json",
                "sha256": hashlib.sha256(LOGBOOK).hexdigest(),
                "size": len(LOGBOOK),
            },
            {
                "name": "statements.json",
                "sha256": hashlib.sha256(STATEMENTS).hexdigest(),
                "size": len(STATEMENTS),
            },
        ],
        "signer": {
            "public_key": public_key_line(public),
            "key_id": key_id_text(public.key_id),
            "fingerprint": fingerprint(public.public),
        },
        "pdf_certificate": {"ca_sha256": "cd" * 32},
        "chain": {"head": "ab" * 32, "seq": 12, "entry_count": 0},
        "sequence": 3,
        "previous_manifest_sha256": "ef" * 32,
    }


def test_the_write_is_atomic_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "x.evtbundle"
    target.write_bytes(b"old")
    write(target)
    assert [p.name for p in tmp_path.iterdir()] == ["x.evtbundle"]
    with pytest.raises(ValueError):
        write_bundle(
            target,
            bundle_id="b 8",
            created=datetime.now(),
            report_pdf=REPORT,
            logbook_json=LOGBOOK,
            statements_json=STATEMENTS,
            trainee_name="K",
            curriculum_id="c",
            curriculum_version="1",
            identity=IDENTITY,
            pdf_ca_sha256="cd" * 32,
            chain_head="",
            chain_seq=0,
            entry_count=0,
            sequence=1,
            previous_manifest_sha256=None,
        )
    assert target.read_bytes()[:2] == b"PK"


def test_an_existing_file_is_kept_when_overwriting_is_not_allowed(tmp_path: Path) -> None:
    target = tmp_path / "x.evtbundle"
    target.write_bytes(b"someone's earlier bundle")
    with pytest.raises(FileExistsError):
        write(target, overwrite=False)
    assert target.read_bytes() == b"someone's earlier bundle"
    assert [p.name for p in tmp_path.iterdir()] == ["x.evtbundle"], "no temp file left"
    fresh = tmp_path / "y.evtbundle"
    write(fresh, overwrite=False)
    assert fresh.read_bytes()[:2] == b"PK"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.evtbundle", "y.evtbundle"]


def test_a_folder_as_target_is_an_os_error_with_nothing_left(tmp_path: Path) -> None:
    (tmp_path / "x.evtbundle").mkdir()
    for overwrite in (True, False):
        with pytest.raises(OSError):
            write(tmp_path / "x.evtbundle", overwrite=overwrite)
    assert [p.name for p in tmp_path.iterdir()] == ["x.evtbundle"]


@pytest.mark.skipif(shutil.which("minisign") is None, reason="minisign not installed")
def test_a_supervisor_without_evtdesk_can_check_the_bundle(tmp_path: Path) -> None:
    """The steps of docs/bundle-format.md: unzip, minisign -Vm, sha256sum."""
    bundle = tmp_path / "x.evtbundle"
    _, manifest = write(bundle)
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(
            folder
        )  # a trusted file we just wrote; bundles from others are never extracted
    result = subprocess.run(
        ["minisign", "-Vm", str(folder / "manifest.json"), "-P", manifest["signer"]["public_key"]],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "evtdesk-bundle/2 bundle_id=b-7 sequence=3" in result.stdout
    for entry in manifest["files"]:
        assert hashlib.sha256((folder / entry["name"]).read_bytes()).hexdigest() == entry["sha256"]
    (folder / "manifest.json").write_text(
        (folder / "manifest.json").read_text().replace("Karin", "Mallo")
    )
    forged = subprocess.run(
        ["minisign", "-Vm", str(folder / "manifest.json"), "-P", manifest["signer"]["public_key"]],
        capture_output=True,
        text=True,
    )
    assert forged.returncode != 0
