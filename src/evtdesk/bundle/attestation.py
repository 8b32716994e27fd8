"""The supervisor's attestation file (`.evtattest`): signed statements about one bundle.

One JSON file: {"attestation": <payload>, "minisig": <minisign signature of the payload's
canonical bytes>}. It names the trainee's key and one bundle's manifest hash, so it
cannot be redirected to another trainee, reused for a bundle the trainee never sent, or
imported twice. The supervisor's name shown after import is the one the trainee gave the
trusted key, not the name the file claims.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from evtdesk.bundle.manifest import canonical, is_sha256_hex, parse_utc, utc_text
from evtdesk.bundle.verify import TrustedKey
from evtdesk.identity import Identity
from evtdesk.signing.fingerprint import fingerprint
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

FORMAT = "evtdesk-attestation/1"
MAX_SIZE = 1024 * 1024
_SUBJECT = re.compile(
    r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$"
)  # item id, PREP/NI/A, PLAN, EVAL:<year>, EXAM_WEEK


class AttestationRefused(Exception):
    """The attestation is not imported; the message says why in plain words."""

    @property
    def reason(self) -> str:
        return str(self)


@dataclass(frozen=True)
class AcceptedAttestation:
    attestation_id: str
    supervisor_name: str
    supervisor_key: str
    created: datetime
    bundle_id: str
    bundle_manifest_sha256: str
    basis_chain_seq: int
    statements: tuple[tuple[str, bool, str], ...]


def make_attestation(
    identity: Identity,
    supervisor_name: str,
    manifest: dict[str, Any],
    manifest_sha256: str,
    statements: Sequence[tuple[str, bool, str]],
    created: datetime | None = None,
) -> bytes:
    """Sign statements about the bundle whose manifest is given. `created` defaults to now."""
    rows = [{"subject": str(s), "approved": bool(a), "comment": str(c)} for s, a, c in statements]
    bad = [r["subject"] for r in rows if not _SUBJECT.match(r["subject"])]
    if bad:
        raise ValueError(f"not a subject: {bad[0]!r}")
    public = public_of(identity)
    payload = {
        "format": FORMAT,
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
        "basis_chain_seq": manifest["chain"]["seq"],
        "statements": rows,
    }
    signature = sign(
        canonical(payload), identity, f"{FORMAT} attestation_id={payload['attestation_id']}"
    )
    return (
        json.dumps({"attestation": payload, "minisig": signature}, ensure_ascii=False, indent=2)
        + "\n"
    ).encode()


def _statement(row: Any) -> tuple[str, bool, str]:
    subject, approved, comment = row["subject"], row["approved"], row.get("comment", "")
    if not isinstance(subject, str) or not _SUBJECT.match(subject):
        raise ValueError("subject")
    if not isinstance(approved, bool) or not isinstance(comment, str):
        raise ValueError("statement")
    return subject, approved, comment


def _parse(data: bytes) -> tuple[dict[str, Any], str, PublicKey, AcceptedAttestation]:
    """Every field is checked here, before any decision, so a malformed file is named so."""
    try:
        if len(data) > MAX_SIZE:
            raise ValueError("too large")
        body = json.loads(data)
        payload, signature = body["attestation"], body["minisig"]
        if (
            not isinstance(payload, dict)
            or not isinstance(signature, str)
            or payload["format"] != FORMAT
        ):
            raise ValueError("format")
        key = parse_public_key(payload["supervisor"]["public_key"])
        parse_public_key(payload["trainee_public_key"])
        if not is_sha256_hex(payload["bundle_manifest_sha256"]):
            raise ValueError("hash")
        seq, statements = payload["basis_chain_seq"], payload["statements"]
        if (
            not isinstance(seq, int)
            or isinstance(seq, bool)
            or not isinstance(statements, list)
            or not statements
        ):
            raise ValueError("statements")
        accepted = AcceptedAttestation(
            attestation_id=str(uuid.UUID(payload["attestation_id"])),
            supervisor_name=str(payload["supervisor"]["name"]),
            supervisor_key=public_key_line(key),
            created=parse_utc(payload["created"]),
            bundle_id=str(payload["bundle_id"]),
            bundle_manifest_sha256=payload["bundle_manifest_sha256"],
            basis_chain_seq=seq,
            statements=tuple(_statement(row) for row in statements),
        )
        return payload, signature, key, accepted
    except (ValueError, KeyError, TypeError, AttributeError, KeyFormatError):
        raise AttestationRefused(
            "the file is not an EVTDesk attestation (it is malformed)"
        ) from None


def read_attestation(
    data: bytes,
    *,
    trusted_supervisors: Sequence[TrustedKey],
    own_public_key: PublicKey,
    exported_manifest_sha256s: Collection[str],
    seen_attestation_ids: Collection[str],
) -> AcceptedAttestation:
    """Accept an attestation only from a trusted supervisor, for this logbook, once."""
    payload, signature, key, accepted = _parse(data)
    try:
        verify(canonical(payload), signature, key)
    except SignatureError as error:
        raise AttestationRefused(f"the attestation is forged or altered: {error}") from None
    supervisor = next((k for k in trusted_supervisors if k.public_key == key), None)
    if supervisor is None:
        raise AttestationRefused(
            "it is not signed by a supervisor you trust (fingerprint "
            f"{fingerprint(key.public)}); add their key after comparing it in person"
        )
    if payload["trainee_public_key"] != public_key_line(own_public_key):
        raise AttestationRefused("it is addressed to someone else's logbook key")
    if accepted.bundle_manifest_sha256 not in exported_manifest_sha256s:
        raise AttestationRefused("it is about a bundle this logbook never exported")
    if (
        accepted.attestation_id in seen_attestation_ids
        or payload["attestation_id"] in seen_attestation_ids
    ):
        raise AttestationRefused("this attestation was imported before (a replay)")
    return AcceptedAttestation(**{**accepted.__dict__, "supervisor_name": supervisor.name})
