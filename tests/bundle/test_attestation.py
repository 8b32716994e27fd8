"""Attestations: accepted only when signed by a trusted supervisor, addressed to this
logbook's key, about a bundle it exported, never seen before, and dated between that
bundle and the moment of import."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from evtdesk.bundle import AttestationRefused, make_attestation, read_attestation
from evtdesk.bundle.attestation import MAX_COMMENT, parse_attestation
from evtdesk.bundle.manifest import canonical
from evtdesk.model import Statement, TrustedKey
from evtdesk.signing.fingerprint import fingerprint
from evtdesk.signing.identity import Identity, new_identity
from evtdesk.signing.minisign import public_key_line, public_of, sign, verify

TRAINEE, SUPERVISOR, STRANGER = new_identity(), new_identity(), new_identity()
BUNDLE_MADE = datetime(2026, 4, 1, 8, tzinfo=UTC)
SIGNED = datetime(2026, 4, 1, 9, tzinfo=UTC)
IMPORTED = datetime(2026, 4, 2, 10, tzinfo=UTC)
MANIFEST = {
    "bundle_id": "b-1",
    "sequence": 3,
    "created": "2026-04-01T08:00:00Z",
    "signer": {"public_key": public_key_line(public_of(TRAINEE))},
    "chain": {"seq": 42},
}
SHA = "ab" * 32
STATEMENTS = [
    Statement("K1a", True, "Godkänd"),
    Statement("NI", False, "Fler fall"),
    Statement("EVAL:2026", True, ""),
    Statement("EXAM_WEEK", True, ""),
    Statement("ADAPT:NI2", True, "Tränad utomlands", {"NI2.independent": 20}),
]


@dataclass(frozen=True)
class Exported:
    sequence: int = 3
    created_at: datetime = BUNDLE_MADE.replace(tzinfo=None)


def attestation(
    signer: Identity = SUPERVISOR,
    manifest: dict = MANIFEST,  # type: ignore[type-arg]
    sha: str = SHA,
    created: datetime = SIGNED,
    statements: list[Statement] = STATEMENTS,
) -> bytes:
    return make_attestation(signer, "Erik H.", manifest, sha, statements, created=created)


def read(
    data: bytes,
    *,
    seen: tuple[str, ...] = (),
    exported: dict[str, Exported] | None = None,
    own: Identity = TRAINEE,
    now: datetime = IMPORTED,
):  # type: ignore[no-untyped-def]
    return read_attestation(
        data,
        trusted_supervisors=[
            TrustedKey(public_key_line(public_of(SUPERVISOR)), "Erik Holm", "supervisor")
        ],
        own_public_key=public_of(own),
        exports={SHA: Exported()} if exported is None else exported,
        seen_attestation_ids=seen,
        now=now,
    )


def test_a_genuine_attestation_round_trips() -> None:
    data = attestation()
    accepted = read(data)
    assert accepted.statements == tuple(STATEMENTS)
    assert (
        accepted.basis_chain_seq == 42
        and accepted.bundle_manifest_sha256 == SHA
        and accepted.bundle_id == "b-1"
        and accepted.bundle_sequence == 3
    )
    assert accepted.created == SIGNED.replace(tzinfo=None)
    assert accepted.supervisor_key == public_key_line(public_of(SUPERVISOR))
    # the name the trainee gave the key, not the file's claim
    assert accepted.supervisor_name == "Erik Holm"
    body = json.loads(data)
    assert body["attestation"]["format"] == "evtdesk-attestation/2"
    assert body["attestation"]["statements"][4]["adaptation"] == {
        "required": {"NI2.independent": 20},
        "waived": False,
    }
    assert verify(
        canonical(body["attestation"]), body["minisig"], public_of(SUPERVISOR)
    ).startswith("evtdesk-attestation/2")


def test_a_format_1_attestation_still_imports() -> None:
    """Files signed before format 2 keep their meaning: no bundle number, no terms."""
    payload = {
        "format": "evtdesk-attestation/1",
        "attestation_id": str(uuid.uuid4()),
        "created": "2026-04-01T09:00:00Z",
        "supervisor": {
            "name": "Erik H.",
            "public_key": public_key_line(public_of(SUPERVISOR)),
            "fingerprint": fingerprint(SUPERVISOR.public),
        },
        "trainee_public_key": public_key_line(public_of(TRAINEE)),
        "bundle_id": "b-1",
        "bundle_manifest_sha256": SHA,
        "basis_chain_seq": 42,
        "statements": [{"subject": "K1a", "approved": True, "comment": ""}],
    }
    data = json.dumps(
        {"attestation": payload, "minisig": sign(canonical(payload), SUPERVISOR, "x")}
    )
    accepted = read(data.encode())
    assert accepted.statements == (Statement("K1a", True, ""),)
    assert accepted.bundle_sequence is None


def test_a_forged_statement_is_refused() -> None:
    body = json.loads(attestation())
    body["attestation"]["statements"][1]["approved"] = True
    with pytest.raises(AttestationRefused, match="forged or altered: the signature does not match"):
        read(json.dumps(body).encode())


def test_changed_adaptation_terms_are_forged() -> None:
    body = json.loads(attestation())
    body["attestation"]["statements"][4]["adaptation"]["required"]["NI2.independent"] = 2
    with pytest.raises(AttestationRefused, match="forged or altered"):
        read(json.dumps(body).encode())


def test_a_signature_naming_a_trusted_key_but_made_by_another_is_forged() -> None:
    body = json.loads(attestation(signer=STRANGER))
    body["attestation"]["supervisor"]["public_key"] = public_key_line(public_of(SUPERVISOR))
    with pytest.raises(AttestationRefused, match="forged or altered: signed by a different key"):
        read(json.dumps(body).encode())


def test_a_foreign_supervisor_is_refused_with_the_name_and_the_way_to_trust_it() -> None:
    with pytest.raises(
        AttestationRefused, match="with a key you do not trust as a supervisor.s"
    ) as refused:
        read(attestation(signer=STRANGER))
    said = str(refused.value)
    assert "signed by “" in said and "fingerprint" in said
    assert "compare the fingerprint in person and trust the key" in said


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


def test_a_statement_dated_after_the_moment_of_import_is_refused() -> None:
    """The 2099 trick: a date in the future would outrank every later statement."""
    with pytest.raises(AttestationRefused, match="dated 2099-01-01T09:00:00Z, after this moment"):
        read(attestation(created=datetime(2099, 1, 1, 9, tzinfo=UTC)))
    # a supervisor's clock a few minutes fast is not a lie
    read(attestation(created=IMPORTED + timedelta(minutes=5)))


def test_a_statement_dated_before_the_bundle_it_answers_is_refused() -> None:
    with pytest.raises(AttestationRefused, match="before the bundle it answers was made"):
        read(attestation(created=BUNDLE_MADE - timedelta(days=2)))


def test_a_statement_naming_another_bundle_number_is_refused() -> None:
    with pytest.raises(
        AttestationRefused, match="answers bundle number 3, but the bundle it names is number 5"
    ):
        read(attestation(), exported={SHA: Exported(sequence=5)})


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


@pytest.mark.parametrize(
    "change",
    [
        lambda p: p["statements"].append(dict(p["statements"][0])),  # a subject twice
        lambda p: p["statements"][0].update(adaptation={"required": {}, "waived": False}),
        lambda p: p["statements"][4]["adaptation"]["required"].update({"NI2": "many"}),
        lambda p: p["statements"][4]["adaptation"]["required"].update({"NI2": -1}),
        lambda p: p["statements"][4].pop("adaptation"),
        lambda p: p.update(bundle_sequence="3"),
        lambda p: p["statements"][1].update(comment=5),
        lambda p: p.update(bundle_created="0001-01-01T00:00:00Z"),  # overflowed a subtraction
        lambda p: p.update(created="9999-12-31T23:59:59Z"),
    ],
)
def test_signed_but_meaningless_statements_are_malformed(change) -> None:  # type: ignore[no-untyped-def]
    body = json.loads(attestation())
    change(body["attestation"])
    body["minisig"] = sign(canonical(body["attestation"]), SUPERVISOR, "x")
    with pytest.raises(AttestationRefused, match="malformed"):
        read(json.dumps(body).encode())


def test_nested_deep_huge_numbers_and_broken_text_are_malformed_not_crashes() -> None:
    for hostile in (
        b"[" * 200_000 + b"]" * 200_000,
        b'{"attestation": {"basis_chain_seq": 1' + b"0" * 5000 + b"}}",
        b'{"attestation": "\\ud800", "minisig": ""}',
        b"\xff\xfe not utf-8",
    ):
        with pytest.raises(AttestationRefused, match="malformed"):
            read(hostile)


def test_a_file_of_many_megabytes_is_refused_by_its_size() -> None:
    with pytest.raises(AttestationRefused, match="too large"):
        parse_attestation(b" " * (2 * 1024 * 1024))


def test_a_bad_subject_cannot_be_attested() -> None:
    with pytest.raises(ValueError, match="not a subject"):
        make_attestation(SUPERVISOR, "Erik", MANIFEST, SHA, [Statement("K1a; rm -rf", True, "")])


def test_a_comment_every_reader_would_refuse_is_never_signed() -> None:
    """A comment over the readers' limit made a file the trainee could not import."""
    longest = Statement("K1a", False, "x" * MAX_COMMENT)
    assert read(attestation(statements=[longest])).statements == (longest,)
    with pytest.raises(ValueError, match="at most 4000 are read"):
        attestation(statements=[Statement("K1a", False, "x" * (MAX_COMMENT + 1))])


def test_terms_go_only_with_an_approved_adaptation() -> None:
    with pytest.raises(ValueError, match="only an approved ADAPT"):
        make_attestation(
            SUPERVISOR, "Erik", MANIFEST, SHA, [Statement("NI2", True, "", {"NI2": 1})]
        )


def test_a_key_given_twice_is_malformed() -> None:
    """The raw text could show `"approved": true` while the parser reads the `false` after it."""
    text = attestation().decode()
    doubled = text.replace('"approved": false,', '"approved": true, "approved": false,', 1)
    assert doubled != text
    with pytest.raises(AttestationRefused, match="malformed.*'approved' twice"):
        read(doubled.encode())
