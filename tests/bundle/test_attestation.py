"""Attestations: accepted only when signed by a trusted supervisor, addressed to this
logbook's key, about a bundle it exported, and never seen before."""

from __future__ import annotations

import json

import pytest

from evtdesk.bundle import AttestationRefused, TrustedKey, make_attestation, read_attestation
from evtdesk.identity import new_identity
from evtdesk.signing.minisign import public_key_line, public_of

TRAINEE, SUPERVISOR, STRANGER = new_identity(), new_identity(), new_identity()
MANIFEST = {"bundle_id": "b-1", "signer": {"public_key": public_key_line(public_of(TRAINEE))}, "chain": {"seq": 42}}
SHA = "ab" * 32


def attestation(signer=SUPERVISOR, manifest=MANIFEST, sha=SHA) -> bytes:  # type: ignore[no-untyped-def]
    return make_attestation(signer, "Erik Holm", manifest, sha, [("K1a", True, "Godkänd"), ("NI3", False, "Fler fall")])


def read(data: bytes, *, seen: tuple[str, ...] = (), exported: tuple[str, ...] = (SHA,), own=TRAINEE):  # type: ignore[no-untyped-def]
    return read_attestation(data, trusted_supervisors=[TrustedKey(public_of(SUPERVISOR), "Erik Holm", "supervisor")],
                            own_public_key=public_of(own), exported_manifest_sha256s=exported, seen_attestation_ids=seen)


def test_a_genuine_attestation_is_accepted_with_its_statements() -> None:
    accepted = read(attestation())
    assert accepted.statements == (("K1a", True, "Godkänd"), ("NI3", False, "Fler fall"))
    assert accepted.basis_chain_seq == 42 and accepted.supervisor_name == "Erik Holm"


def test_a_forged_statement_is_refused() -> None:
    body = json.loads(attestation())
    body["attestation"]["statements"][1]["approved"] = True
    with pytest.raises(AttestationRefused, match="forged or altered"):
        read(json.dumps(body).encode())


def test_a_foreign_supervisor_is_refused() -> None:
    with pytest.raises(AttestationRefused, match="not signed by a supervisor you trust"):
        read(attestation(signer=STRANGER))


def test_a_replay_is_refused() -> None:
    data = attestation()
    accepted = read(data)
    with pytest.raises(AttestationRefused, match="replay"):
        read(data, seen=(accepted.attestation_id,))


def test_an_attestation_for_someone_elses_bundle_is_refused() -> None:
    with pytest.raises(AttestationRefused, match="never exported"):
        read(attestation(sha="cd" * 32))


def test_an_attestation_addressed_to_another_trainee_is_refused() -> None:
    with pytest.raises(AttestationRefused, match="someone else"):
        read(attestation(), own=STRANGER)


def test_garbage_is_refused_as_malformed() -> None:
    with pytest.raises(AttestationRefused, match="malformed"):
        read(b"{not json")
