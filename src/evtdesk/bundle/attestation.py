"""The supervisor's attestation file (`.evtattest`): signed statements about one bundle.

One JSON file: {"attestation": <payload>, "minisig": <minisign signature of the payload's
canonical bytes>}. It names the trainee's key, one bundle's manifest hash and number, so it
cannot be redirected to another trainee, reused for a bundle the trainee never sent, or
imported twice. The supervisor's name shown after import is the one the trainee gave the
trusted key, not the name the file claims.

The trainee keeps each file as received and a later bundle carries it, so whoever reads
the bundle checks the supervisor's own signature rather than the trainee's word
(`evtdesk.bundle.standing`). Format 2 adds the answered bundle's number and creation time
and the terms of training-plan adaptations (`ADAPT:<item>`). Format 3 adds the typed
content of an examination-week verdict (`exam_week`) and of a yearly evaluation
(`evaluation`) inside the signed payload, checked by `evtdesk.model.content` exactly as
it was written; a file is written in format 3 only when a row carries such content, so
readers of format 2 are not refused what they can read. Format 1 and 2 files still
verify.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Protocol

from evtdesk.bundle.impostor import impostor_warning
from evtdesk.bundle.manifest import (
    CLOCK_TOLERANCE,
    canonical,
    is_sha256_hex,
    parse_utc,
    utc_text,
)
from evtdesk.bundle.untrusted_json import UntrustedJson, loads
from evtdesk.model import Statement, TrustedKey
from evtdesk.model.content import (
    CONTENT_KEYS,
    DECLARATION_KEY,
    ContentError,
    content_from_json,
    content_to_json,
    expected_key,
)
from evtdesk.model.statements import ADAPT_PREFIX
from evtdesk.signing.fingerprint import fingerprint
from evtdesk.signing.identity import Identity
from evtdesk.signing.minisign import (
    KeyFormatError,
    PublicKey,
    SignatureError,
    parse_public_key,
    public_key_line,
    public_of,
    sign,
    verify,
)

FORMAT_1 = "evtdesk-attestation/1"
FORMAT = "evtdesk-attestation/2"
FORMAT_3 = "evtdesk-attestation/3"  # rows may carry typed content (verdicts, evaluations)
MAX_SIZE = 1024 * 1024
MAX_COMMENT = 4000
_SUBJECT = re.compile(
    r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$"
)  # item id, PREP/NI/A, PLAN, EVAL:<year>, EXAM_WEEK, ADAPT:<item>
_MALFORMED = "the file is not an EVTDesk attestation (it is malformed)"


class AttestationRefused(Exception):
    """The attestation is not imported; the message says why in plain words."""

    @property
    def reason(self) -> str:
        return str(self)


class UntrustedSigner(AttestationRefused):
    """Refused because its signer's key is not trusted as a supervisor's: the key line
    and the name it claims travel with the refusal, so the reader can compare the
    fingerprint and trust the key there and then (never on the name alone)."""

    def __init__(self, message: str, key_line: str, claimed_name: str, impostor: bool) -> None:
        super().__init__(message)
        self.key_line = key_line
        self.claimed_name = claimed_name
        self.impostor = impostor  # the name is one already trusted under another key


@dataclass(frozen=True)
class SignedAttestation:
    """An attestation file as read: every field checked, the signature tried.

    `signature_problem` is empty when the signature verifies with the key the file names;
    nothing here says whether that key is anyone's supervisor (the reader decides that).
    Times are naive UTC."""

    format: str
    attestation_id: str
    created: datetime
    claimed_name: str
    signer: PublicKey
    trainee_key: str
    bundle_id: str
    bundle_manifest_sha256: str
    bundle_sequence: int | None
    bundle_created: datetime | None
    basis_chain_seq: int
    statements: tuple[Statement, ...]
    source: bytes
    signature_problem: str = ""
    payload_sha256: str = ""  # of the signed bytes: what makes two files the same file

    @property
    def signer_line(self) -> str:
        return public_key_line(self.signer)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signer.public)


@dataclass(frozen=True)
class AcceptedAttestation:
    attestation_id: str
    supervisor_name: str
    supervisor_key: str
    created: datetime
    bundle_id: str
    bundle_manifest_sha256: str
    basis_chain_seq: int
    statements: tuple[Statement, ...]
    bundle_sequence: int | None = None


class ExportedBundle(Protocol):
    """What the trainee's logbook knows of a bundle it exported (the store's ExportInfo)."""

    @property
    def sequence(self) -> int: ...
    @property
    def created_at(self) -> datetime: ...


def make_attestation(
    identity: Identity,
    supervisor_name: str,
    manifest: Mapping[str, Any],
    manifest_sha256: str,
    statements: Sequence[Statement],
    created: datetime | None = None,
) -> bytes:
    """Sign statements about the bundle whose manifest is given. `created` defaults to now."""
    rows = [_row(s) for s in statements]
    subjects = [r["subject"] for r in rows]
    if len(set(subjects)) != len(subjects):
        raise ValueError("each subject is stated once in an attestation")
    public = public_of(identity)
    version = FORMAT_3 if any(expected_key(r["subject"]) in r for r in rows) else FORMAT
    payload = {
        "format": version,
        "attestation_id": str(uuid.uuid4()),
        "created": utc_text(created or datetime.now(UTC)),
        "supervisor": {
            "name": supervisor_name,
            "public_key": public_key_line(public),
            "fingerprint": fingerprint(public.public),
        },
        "trainee_public_key": manifest["signer"]["public_key"],
        "bundle_id": manifest["bundle_id"],
        "bundle_manifest_sha256": manifest_sha256,
        "bundle_sequence": manifest.get("sequence"),
        "bundle_created": manifest.get("created"),
        "basis_chain_seq": manifest["chain"]["seq"],
        "statements": rows,
    }
    signature = sign(
        canonical(payload), identity, f"{version} attestation_id={payload['attestation_id']}"
    )
    return (
        json.dumps({"attestation": payload, "minisig": signature}, ensure_ascii=False, indent=2)
        + "\n"
    ).encode()


def _row(statement: Statement) -> dict[str, Any]:
    if not _SUBJECT.fullmatch(statement.subject):
        raise ValueError(f"not a subject: {statement.subject!r}")
    if len(statement.comment) > MAX_COMMENT:  # every reader refuses it: never sign it
        raise ValueError(
            f"the comment on {statement.subject} is {len(statement.comment)} characters "
            f"long; at most {MAX_COMMENT} are read"
        )
    row: dict[str, Any] = {
        "subject": statement.subject,
        "approved": bool(statement.approved),
        "comment": str(statement.comment),
    }
    adapting = statement.subject.startswith(ADAPT_PREFIX)
    if adapting and statement.approved:
        # the reader's own rules, so a signer never writes a file every reader refuses
        for condition, value in statement.required.items():
            if not _is_required_number(condition, value):
                raise ValueError(
                    f"{statement.subject}: {condition!r} = {value!r} is not a condition id "
                    "with a number of 0 or more"
                )
        row["adaptation"] = {"required": dict(statement.required), "waived": statement.waived}
    elif statement.required or statement.waived:
        raise ValueError(f"{statement.subject}: only an approved ADAPT: statement has terms")
    try:
        row |= content_to_json(
            statement.subject,
            statement.approved,
            statement.verdict,
            statement.evaluation,
            statement.declaration,
        )
    except ContentError as error:
        raise ValueError(f"{statement.subject}: {error}") from None
    return row


def _is_required_number(condition: Any, value: Any) -> bool:
    return (
        isinstance(condition, str)
        and bool(_SUBJECT.fullmatch(condition))
        and isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value >= 0
    )


def parse_attestation(data: bytes) -> SignedAttestation:
    """Read an attestation file; every field is checked here, before any decision, so a
    malformed file is named so (AttestationRefused). The signature is tried and its
    problem, if any, kept in `signature_problem`."""
    if len(data) > MAX_SIZE:
        raise AttestationRefused(
            f"the file is too large for an attestation ({len(data)} bytes, at most {MAX_SIZE})"
        )
    try:
        body = loads(data, "the attestation")
    except UntrustedJson as error:
        raise AttestationRefused(f"{_MALFORMED}: {error}") from None
    try:
        parsed = _fields(body, data)
    except (ValueError, KeyError, TypeError, AttributeError, KeyFormatError, OverflowError):
        raise AttestationRefused(_MALFORMED) from None
    signed_bytes = canonical(body["attestation"])
    parsed = replace(parsed, payload_sha256=hashlib.sha256(signed_bytes).hexdigest())
    try:
        verify(signed_bytes, body["minisig"], parsed.signer)
    except SignatureError as error:
        return replace(parsed, signature_problem=str(error))
    return parsed


def _fields(body: Any, data: bytes) -> SignedAttestation:
    payload, signature = body["attestation"], body["minisig"]
    if not isinstance(payload, dict) or not isinstance(signature, str):
        raise ValueError("shape")
    version = payload["format"]
    if version not in (FORMAT_1, FORMAT, FORMAT_3):
        raise ValueError("format")
    supervisor = payload["supervisor"]
    key = parse_public_key(_text(supervisor["public_key"]))
    trainee_key = public_key_line(parse_public_key(_text(payload["trainee_public_key"])))
    if not is_sha256_hex(payload["bundle_manifest_sha256"]):
        raise ValueError("hash")
    rows = payload["statements"]
    if not isinstance(rows, list) or not rows:
        raise ValueError("statements")
    statements = tuple(_statement(row, version) for row in rows)
    if len({s.subject for s in statements}) != len(statements):
        raise ValueError("a subject stated twice")
    sequence = bundle_created = None
    if version in (FORMAT, FORMAT_3):
        sequence = _count(payload["bundle_sequence"])
        bundle_created = _utc(payload["bundle_created"])
    return SignedAttestation(
        format=version,
        attestation_id=str(uuid.UUID(_text(payload["attestation_id"]))),
        created=_utc(payload["created"]),
        claimed_name=_text(supervisor["name"]),
        signer=key,
        trainee_key=trainee_key,
        bundle_id=_text(payload["bundle_id"]),
        bundle_manifest_sha256=payload["bundle_manifest_sha256"],
        bundle_sequence=sequence,
        bundle_created=bundle_created,
        basis_chain_seq=_count(payload["basis_chain_seq"]),
        statements=statements,
        source=data,
    )


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("text")
    return value


def _count(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise TypeError("count")
    return value


def _utc(value: Any) -> datetime:
    return parse_utc(_text(value)).replace(tzinfo=None)


def _statement(row: Any, version: str) -> Statement:
    if not isinstance(row, dict):
        raise TypeError("statement")
    subject, approved, comment = row["subject"], row["approved"], row.get("comment", "")
    if not isinstance(subject, str) or not _SUBJECT.fullmatch(subject):
        raise ValueError("subject")
    if not isinstance(approved, bool) or not isinstance(comment, str):
        raise ValueError("statement")
    if len(comment) > MAX_COMMENT:
        raise ValueError("comment")
    typed = expected_key(subject)
    # a declaration carries its facts when it declares, none when it withdraws them
    needed = typed is not None and (approved or typed != DECLARATION_KEY)
    if version == FORMAT_3 and needed and typed not in row:
        raise ValueError("a verdict, an evaluation or a declaration without its content")
    if version != FORMAT_3 and any(k in row for k in CONTENT_KEYS):
        raise ValueError("typed content in a format that has none")
    try:
        verdict, evaluation, declaration = content_from_json(subject, approved, row)
    except ContentError:
        raise ValueError("content") from None
    terms = row.get("adaptation")
    if terms is None:
        if version != FORMAT_1 and approved and subject.startswith(ADAPT_PREFIX):
            raise ValueError("an approved adaptation without its terms")
        return Statement(
            subject,
            approved,
            comment,
            verdict=verdict,
            evaluation=evaluation,
            declaration=declaration,
        )
    if version == FORMAT_1 or not approved or not subject.startswith(ADAPT_PREFIX):
        raise ValueError("terms on a statement that has none")
    required, waived = terms["required"], terms.get("waived", False)
    if not isinstance(required, dict) or not isinstance(waived, bool):
        raise ValueError("terms")
    for condition, value in required.items():
        if not _is_required_number(condition, value):
            raise ValueError("a required number")
    return Statement(subject, approved, comment, dict(required), waived)


def read_attestation(
    data: bytes,
    *,
    trusted_supervisors: Sequence[TrustedKey],
    own_public_key: PublicKey,
    exports: Mapping[str, ExportedBundle],
    seen_attestation_ids: Collection[str],
    now: datetime | None = None,
) -> AcceptedAttestation:
    """Accept an attestation only from a trusted supervisor, for this logbook, once, and
    dated between the bundle it answers and now. `exports` maps the manifest hash of each
    bundle this logbook exported to what it recorded of it."""
    signed = parse_attestation(data)
    if signed.signature_problem:
        raise AttestationRefused(
            f"the attestation is forged or altered: {signed.signature_problem}"
        )
    supervisor = next((k for k in trusted_supervisors if k.public_key == signed.signer_line), None)
    if supervisor is None:
        impostor = impostor_warning(signed.claimed_name, signed.fingerprint, trusted_supervisors)
        raise UntrustedSigner(
            f"it is signed by “{signed.claimed_name}” with a key you do not trust as a "
            f"supervisor's (fingerprint {signed.fingerprint}); "
            + (
                impostor
                if impostor
                else "if that is your supervisor, compare the fingerprint "
                "in person and trust the key (Tools ▸ Trusted keys…, or evtdesk trust … "
                "--role supervisor), then import it again"
            ),
            signed.signer_line,
            signed.claimed_name,
            bool(impostor),
        )
    if signed.trainee_key != public_key_line(own_public_key):
        raise AttestationRefused("it is addressed to someone else's logbook key")
    exported = exports.get(signed.bundle_manifest_sha256)
    if exported is None:
        raise AttestationRefused("it is about a bundle this logbook never exported")
    if signed.attestation_id in seen_attestation_ids:
        raise AttestationRefused("this attestation was imported before (a replay)")
    if signed.bundle_sequence is not None and signed.bundle_sequence != exported.sequence:
        raise AttestationRefused(
            f"it says it answers bundle number {signed.bundle_sequence}, but the bundle it "
            f"names is number {exported.sequence}"
        )
    problem = time_problem(
        signed, (now or datetime.now(UTC)).replace(tzinfo=None), exported.created_at
    )
    if problem:
        raise AttestationRefused(problem)
    return AcceptedAttestation(
        attestation_id=signed.attestation_id,
        supervisor_name=supervisor.name,
        supervisor_key=signed.signer_line,
        created=signed.created,
        bundle_id=signed.bundle_id,
        bundle_manifest_sha256=signed.bundle_manifest_sha256,
        basis_chain_seq=signed.basis_chain_seq,
        statements=signed.statements,
        bundle_sequence=signed.bundle_sequence,
    )


def time_problem(
    signed: SignedAttestation, now: datetime, bundle_made: datetime | None = None
) -> str:
    """Why the statement's signing time cannot be true, or "". `now` is the reader's
    moment of import (naive UTC); `bundle_made`, the time the answered bundle was made
    as the reader knows it (else the time the statement itself quotes)."""
    if signed.created > now + CLOCK_TOLERANCE:
        return (
            f"it is dated {utc_text(signed.created)}, after this moment "
            f"({utc_text(now)}): the signing computer's clock, or this one, is wrong"
        )
    made = [t for t in (bundle_made, signed.bundle_created) if t is not None]
    if made and signed.created < min(made) - CLOCK_TOLERANCE:
        return (
            f"it is dated {utc_text(signed.created)}, before the bundle it answers was made "
            f"({utc_text(min(made))})"
        )
    return ""
