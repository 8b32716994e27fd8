"""A trainee (the demo logbook) and a supervisor, each with their own logbook and key."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from evtdesk.demo import create_demo
from evtdesk.exchange import identity_info, trust_key
from evtdesk.store import FAST_TEST_KDF, Logbook


@dataclass
class Pair:
    trainee: Logbook
    supervisor: Logbook
    folder: Path


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    trainee = create_demo(tmp_path / "trainee.evtlog", kdf=FAST_TEST_KDF)
    supervisor = Logbook.create(
        tmp_path / "supervisor.evtlog", "supervisor pass", "Erik Holm", kdf=FAST_TEST_KDF
    ).logbook
    yield Pair(trainee, supervisor, tmp_path)
    trainee.close(backup=False)
    supervisor.close(backup=False)


def introduce(pair: Pair) -> None:
    """The meeting in person: each trusts the other's key after comparing fingerprints."""
    trust_key(
        pair.supervisor, identity_info(pair.trainee).public_key_text, "Karin Lindqvist", "trainee"
    )
    trust_key(
        pair.trainee, identity_info(pair.supervisor).public_key_text, "Erik Holm", "supervisor"
    )


def colleague(pair: Pair, name: str, role: str) -> Logbook:
    """A second signer (a co-supervisor, another main supervisor, the hospital's
    representative), trusted in `role` by the trainee and the main supervisor alike, who
    trusts them both in turn."""
    path = pair.folder / f"{role}-{name.split()[0]}.evtlog"
    other = Logbook.create(path, "other passphrase", name, kdf=FAST_TEST_KDF).logbook
    trust_key(other, identity_info(pair.trainee).public_key_text, "Karin", "trainee")
    trust_key(other, identity_info(pair.supervisor).public_key_text, "Erik Holm", "supervisor")
    for reader in (pair.trainee, pair.supervisor):
        trust_key(reader, identity_info(other).public_key_text, name, role)
    return other


def rebundled(trainee: Logbook, bundle: bytes, statement_files: list[bytes]) -> bytes:
    """The bundle with other statement files, re-signed with the trainee's own key: what a
    trainee with a modified EVTDesk (or a text editor and minisign) can always produce."""
    import io
    import json
    import zipfile

    from evtdesk.bundle.manifest import canonical, file_entry, signature_comment
    from evtdesk.bundle.verify import statements_json
    from evtdesk.signing.minisign import sign

    with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["statements.json"] = statements_json(statement_files)
    manifest = json.loads(members["manifest.json"])
    names = ("report.pdf", "logbook.json", "statements.json")
    manifest["files"] = [file_entry(n, members[n]) for n in names]
    members["manifest.json"] = canonical(manifest)
    comment = signature_comment(manifest["bundle_id"], manifest["sequence"], manifest["format"])
    members["manifest.json.minisig"] = sign(
        members["manifest.json"], trainee.signing_key(), comment
    ).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ("manifest.json", "manifest.json.minisig", *names):
            archive.writestr(name, members[name])
    return buffer.getvalue()


def format_1_bundle(trainee: Logbook, folder: Path) -> bytes:
    """A bundle as EVTDesk wrote them before statements travelled signed: four members,
    the trainee's copy of each statement in logbook.json, and a format 1 manifest."""
    import io
    import json
    import zipfile

    from evtdesk.bundle.manifest import canonical, file_entry, signature_comment
    from evtdesk.exchange import export_bundle
    from evtdesk.signing.minisign import sign

    data = export_bundle(trainee, folder / "as-v2.evtbundle").path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members["manifest.json"])
    manifest["format"] = "evtdesk-bundle/1"
    manifest["files"] = [file_entry(n, members[n]) for n in ("report.pdf", "logbook.json")]
    members["manifest.json"] = canonical(manifest)
    comment = signature_comment(manifest["bundle_id"], manifest["sequence"], "evtdesk-bundle/1")
    members["manifest.json.minisig"] = sign(
        members["manifest.json"], trainee.signing_key(), comment
    ).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ("manifest.json", "manifest.json.minisig", "report.pdf", "logbook.json"):
            archive.writestr(name, members[name])
    return buffer.getvalue()
