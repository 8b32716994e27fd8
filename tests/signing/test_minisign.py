"""Our Ed25519 signatures and the reference minisign tool accept each other."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from evtdesk.signing.fingerprint import fingerprint
from evtdesk.signing.identity import new_identity
from evtdesk.signing.minisign import (
    KeyFormatError,
    SignatureError,
    parse_handed_key,
    parse_public_key,
    public_key_line,
    public_key_text,
    public_of,
    sign,
    verify,
)

needs_minisign = pytest.mark.skipif(
    shutil.which("minisign") is None, reason="minisign not installed (scripts/test installs it)"
)


@needs_minisign
def test_minisign_verifies_our_signature(tmp_path: Path) -> None:
    identity = new_identity()
    message = tmp_path / "manifest.json"
    message.write_bytes(b'{"format": "evtdesk-bundle/1"}\n')
    (tmp_path / "manifest.json.minisig").write_text(
        sign(message.read_bytes(), identity, "bundle 1")
    )
    result = subprocess.run(
        ["minisign", "-Vm", str(message), "-P", public_key_line(public_of(identity))],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "Trusted comment: bundle 1" in result.stdout


@needs_minisign
def test_we_verify_minisigns_signature(tmp_path: Path) -> None:
    subprocess.run(
        ["minisign", "-G", "-W", "-p", str(tmp_path / "k.pub"), "-s", str(tmp_path / "k.sec")],
        check=True,
        capture_output=True,
    )
    message = tmp_path / "file.txt"
    message.write_bytes(b"attested\n")
    subprocess.run(
        [
            "minisign",
            "-S",
            "-s",
            str(tmp_path / "k.sec"),
            "-m",
            str(message),
            "-t",
            "from minisign",
        ],
        check=True,
        capture_output=True,
    )
    key = parse_public_key((tmp_path / "k.pub").read_text())
    assert (
        verify(message.read_bytes(), (tmp_path / "file.txt.minisig").read_text(), key)
        == "from minisign"
    )


def test_tampering_is_named() -> None:
    identity, other = new_identity(), new_identity()
    signature = sign(b"data", identity, "c")
    with pytest.raises(SignatureError, match="does not match"):
        verify(b"datA", signature, public_of(identity))
    with pytest.raises(SignatureError, match="different key"):
        verify(b"data", signature, public_of(other))
    lines = signature.splitlines()
    with pytest.raises(SignatureError, match="trusted comment"):
        verify(
            b"data",
            "\n".join([lines[0], lines[1], "trusted comment: forged", lines[3]]),
            public_of(identity),
        )
    with pytest.raises(SignatureError, match="malformed or truncated"):
        verify(b"data", signature[: len(signature) // 2], public_of(identity))


def test_keys_round_trip_and_fingerprints_read_in_groups() -> None:
    public = public_of(new_identity())
    assert (
        parse_public_key(public_key_text(public, "x"))
        == public
        == parse_public_key(public_key_line(public))
    )
    groups = fingerprint(public.public).split(" ")
    assert len(groups) == 16 and all(len(g) == 4 for g in groups)
    with pytest.raises(KeyFormatError):
        parse_public_key("not a key")


def test_a_key_saved_from_evtdesk_identity_reads_back_and_its_fingerprint_must_match() -> None:
    key, other = public_of(new_identity()), public_of(new_identity())
    saved = (
        public_key_text(key, "EVTDesk key of Anna") + f"Fingerprint: {fingerprint(key.public)}\n"
    )
    assert parse_handed_key(saved) == key
    assert parse_handed_key(public_key_line(key)) == key
    mixed = public_key_text(key) + f"Fingerprint: {fingerprint(other.public)}\n"
    with pytest.raises(KeyFormatError, match="fingerprint line does not belong"):
        parse_handed_key(mixed)
