"""One rule for every file EVTDesk writes: never a logbook, its key file, a backup, or a
file of another kind (issue 21: `readiness --out LOGBOOK.keys` replaced the key file with
a PDF and the logbook never opened again; `export --force` did the same to a key file)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from evtdesk.cli import main
from evtdesk.demo import DEMO_PASSPHRASE, create_demo
from evtdesk.exchange.targets import (
    ATTESTATION,
    BUNDLE,
    PDF,
    PUBLIC_KEY,
    RECOVERY_CODE,
    TargetExists,
    TargetRefused,
    check_target,
)
from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.store.backup import make_backup

PUBLIC = (
    "untrusted comment: minisign public key 1\n"
    "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0NiVpbV4SNZH9k\n"
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo logbook (a site, entries) with its key file and one backup beside it."""
    path = tmp_path_factory.mktemp("targets") / "karin.evtlog"
    logbook = create_demo(path, kdf=FAST_TEST_KDF)
    make_backup(logbook)
    logbook.close(backup=False)
    return path


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _opens(path: Path) -> bool:
    with Logbook.open(path, DEMO_PASSPHRASE) as logbook:
        return bool(logbook.entries.list())


def test_no_command_writes_over_a_logbook_its_key_file_or_a_backup(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EVTDESK_PASSPHRASE", DEMO_PASSPHRASE)
    keys = demo.with_name(demo.name + ".keys")
    backup = next((demo.parent / f"{demo.name}.backups").glob("*.bak"))
    before = _files(demo.parent)
    precious = (demo, keys, backup, backup.with_name(backup.name + ".keys"))
    commands = [
        *(["readiness", str(demo), "--site", "1", "--out", str(p)] for p in precious),
        *(["export", str(demo), "--out", str(p), "--force"] for p in precious),
    ]
    for command in commands:
        capsys.readouterr()
        code = main(command)
        err = capsys.readouterr().err
        assert code == 2, command
        assert "it was not replaced" in err and "Traceback" not in err, err
        said = (
            "a logbook's key file"
            if command[-1 - (command[0] == "export")].endswith(".keys")
            else "a logbook or a backup of one"
        )
        assert said in err, err  # named for what it is, not "another kind of file"
    assert _files(demo.parent) == before, "every file exactly as it was, nothing left behind"
    assert _opens(demo)


def test_a_folder_a_missing_folder_or_a_pipe_is_refused_before_anything_is_computed(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # No passphrase is set: a refusal that came after opening the logbook would fail
    # on the passphrase instead.
    monkeypatch.delenv("EVTDESK_PASSPHRASE", raising=False)
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    cases = {
        str(tmp_path): "is a folder",
        str(tmp_path / "nowhere" / "x.pdf"): "does not exist",
        str(pipe): "is not a file (a device or a pipe)",
    }
    for target, said in cases.items():
        for command in (["readiness", str(demo), "--site", "1"], ["export", str(demo)]):
            capsys.readouterr()
            assert main([*command, "--out", target]) == 2
            assert said in capsys.readouterr().err


def test_a_file_of_the_same_kind_is_replaced_only_when_asked(tmp_path: Path) -> None:
    pdf = tmp_path / "ready.pdf"
    pdf.write_bytes(b"%PDF-1.7\nan earlier checklist")
    with pytest.raises(TargetExists):
        check_target(pdf, PDF)
    assert check_target(pdf, PDF, replace=True) == pdf
    assert check_target(tmp_path / "new.pdf", PDF) == tmp_path / "new.pdf"


@pytest.mark.parametrize(
    ("kind", "other"),
    [
        (PDF, b"PK\x03\x04....manifest.json"),  # a bundle
        (BUNDLE, b"%PDF-1.7\n"),  # a report
        (BUNDLE, b"PK\x03\x04 a zip of holiday photos"),
        (ATTESTATION, b'{"format": "evtdesk-keys/1", "attestation": 1}'),  # a key file
        (ATTESTATION, b'{"rows": []}'),  # an import file
        (PUBLIC_KEY, b"untrusted comment: minisign encrypted secret key\nRWRTY0Iy" + b"A" * 150),
        (RECOVERY_CODE, b"Meeting notes, not a recovery code"),
        (PDF, os.urandom(4096)),  # what an encrypted logbook looks like without its name
    ],
)
def test_a_file_of_another_kind_is_never_replaced(
    tmp_path: Path, kind: object, other: bytes
) -> None:
    target = tmp_path / "target"
    target.write_bytes(other)
    with pytest.raises(TargetRefused, match="it was not replaced") as refused:
        check_target(target, kind, replace=True)  # type: ignore[arg-type]
    assert not isinstance(refused.value, TargetExists)
    assert target.read_bytes() == other


def test_each_kind_recognises_its_own_files(tmp_path: Path) -> None:
    samples = {
        PUBLIC_KEY: PUBLIC.encode(),
        RECOVERY_CODE: b"EVTDesk recovery code\n\nLogbook: k.evtlog\n",
        ATTESTATION: b'{"attestation": {"format": 3}, "signature": "x"}',
        PDF: b"%PDF-1.4\n",
        BUNDLE: b"PK\x03\x04\x14\x00\x00\x00\x08\x00manifest.json",
    }
    for kind, content in samples.items():
        target = tmp_path / f"earlier-{kind.example}"
        target.write_bytes(content)
        assert check_target(target, kind, replace=True) == target


def test_a_link_is_not_followed_into_a_logbook(demo: Path, tmp_path: Path) -> None:
    link = tmp_path / "looks-harmless.pdf"
    link.symlink_to(demo)
    with pytest.raises(TargetRefused, match="is a link"):
        check_target(link, PDF, replace=True)
