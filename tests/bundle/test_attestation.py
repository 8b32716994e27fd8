"""Attestations: accepted only when signed by a trusted supervisor, addressed to this
logbook's key, about a bundle it exported, and never seen before."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from evtdesk.bundle import AttestationRefused, TrustedKey, make_attestation, read_attestation
from evtdesk.bundle.manifest import canonical
from evtdesk.identity import Identity, new_identity
from evtdesk.signing.minisign import public_key_line, public_of, sign, verify

TRAINEE, SUPERVISOR, STRANGER = new_identity(), new_identity(), new_identity()
MANIFEST = {
    "bundle_id": "b-1",
    "signer": {"public_key": public_key_line(public_of(TRAINEE))},
    "chain": {"seq": 42},
}
SHA = "ab" * 32
STATEMENTS = [
    ("K1a", True, "Godkänd"),
    ("NI", False, "Fler fall"),
    ("EVAL:2026", True, ""),
    ("EXAM_WEEK", True, ""),
]


def attestation(signer: Identity = SUPERVISOR, manifest: dict = MANIFEST, sha: str = SHA) -> bytes:  # type: ignore[type-arg]
    return make_attestation(
        signer, "Erik H.", manifest, sha, STATEMENTS, created=datetime(2026, 4, 1, 9, tzinfo=UTC)
    )


def read(
    data: bytes,
    *,
    seen: tuple[str, ...] = (),
    exported: tuple[str, ...] = (SHA,),
    own: Identity = TRAINEE,
):  # type: ignore[no-untyped-def]
    return read_attestation(
        data,
        trusted_supervisors=[TrustedKey(public_of(SUPERVISOR), "Erik Holm", "supervisor")],
        own_public_key=public_of(own),
        exported_manifest_sha256s=exported,
        seen_attestation_ids=seen,
    )


def test_a_genuine_attestation_round_trips() -> None:
    data = attestation()
    accepted = read(data)
    assert accepted.statements == tuple(STATEMENTS)
    assert (
        accepted.basis_chain_seq == 42
        and accepted.bundle_manifest_sha256 == SHA
        and accepted.bundle_id == "b-1"
    )
    assert accepted.created == datetime(2026, 4, 1, 9, tzinfo=UTC)
    assert accepted.supervisor_key == public_key_line(public_of(SUPERVISOR))
    assert (
        accepted.supervisor_name == "Erik Holm"
    )  # the name the trainee gave the key, not the file's claim
    body = json.loads(data)
    assert body["attestation"]["format"] == "evtdesk-attestation/1"
    assert verify(
        canonical(body["attestation"]), body["minisig"], public_of(SUPERVISOR)
    ).startswith("evtdesk-attestation/1")


def test_a_forged_statement_is_refused() -> None:
    body = json.loads(attestation())
    body["attestation"]["statements"][1]["approved"] = True
    with pytest.raises(AttestationRefused, match="forged or altered: the signature does not match"):
        read(json.dumps(body).encode())


def test_a_signature_naming_a_trusted_key_but_made_by_another_is_forged() -> None:
    body = json.loads(attestation(signer=STRANGER))
    body["attestation"]["supervisor"]["public_key"] = public_key_line(public_of(SUPERVISOR))
    with pytest.raises(AttestationRefused, match="forged or altered: signed by a different key"):
        read(json.dumps(body).encode())


def test_a_foreign_supervisor_is_refused() -> None:
    with pytest.raises(AttestationRefused, match="not signed by a supervisor you trust"):
        read(attestation(signer=STRANGER))


def test_a_replay_is_refused() -> None:
    data = attestation()
    accepted = read(data)
    with pytest.raises(AttestationRefused, match="imported before"):
        read(data, seen=(accepted.attestation_id,))


def test_an_attestation_for_someone_elses_bundle_is_refused() -> None:
    with pytest.raises(AttestationRefused, match="never exported"):
        read(attestation(sha="cd" * 32))


def test_an_attestation_addressed_to_another_trainee_is_refused() -> None:
    with pytest.raises(AttestationRefused, match="addressed to someone else"):
        read(attestation(), own=STRANGER)


@pytest.mark.parametrize("damage", ["{not json", '{"attestation": {}, "minisig": ""}', "[]"])
def test_garbage_is_refused_as_malformed(damage: str) -> None:
    with pytest.raises(AttestationRefused, match="malformed"):
        read(damage.encode())


def test_a_properly_signed_but_malformed_payload_is_malformed_not_a_crash() -> None:
    body = json.loads(attestation())
    body["attestation"]["created"] = "yesterday"
    body["minisig"] = sign(canonical(body["attestation"]), SUPERVISOR, "x")
    with pytest.raises(AttestationRefused, match="malformed"):
        read(json.dumps(body).encode())


def test_a_bad_subject_cannot_be_attested() -> None:
    with pytest.raises(ValueError, match="not a subject"):
        make_attestation(SUPERVISOR, "Erik", MANIFEST, SHA, [("K1a; rm -rf", True, "")])
