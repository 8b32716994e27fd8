"""The supervisor's attestation file (`.evtattest`): signed statements about one bundle.

One JSON file: {"attestation": <payload>, "minisig": <minisign signature of the payload's
canonical bytes>}. It is addressed to the trainee's key and to one bundle's manifest
hash, so it cannot be replayed, redirected or reused for another bundle.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from evtdesk.bundle.manifest import canonical
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


class AttestationRefused(Exception):
    """The attestation is not imported; the message says why."""


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


def make_attestation(identity: Identity, supervisor_name: str, manifest: dict[str, Any], manifest_sha256: str,
                     statements: Sequence[tuple[str, bool, str]], created: datetime | None = None) -> bytes:
    """Sign statements about one bundle. `created` defaults to now (the demo back-dates)."""
    public = public_of(identity)
    payload = {
        "format": FORMAT,
        "attestation_id": str(uuid.uuid4()),
        "created": (created or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "supervisor": {"name": supervisor_name, "public_key": public_key_line(public),
                       "fingerprint": fingerprint(public.public)},
        "trainee_public_key": manifest["signer"]["public_key"],
        "bundle_id": manifest["bundle_id"],
        "bundle_manifest_sha256": manifest_sha256,
        "basis_chain_seq": manifest["chain"]["seq"],
        "statements": [{"subject": s, "approved": bool(a), "comment": c} for s, a, c in statements],
    }
    signature = sign(canonical(payload), identity, f"{FORMAT} {payload['attestation_id']}")
    return (json.dumps({"attestation": payload, "minisig": signature}, ensure_ascii=False, indent=2) + "\n").encode()


def _parse(data: bytes) -> tuple[dict[str, Any], str, PublicKey]:
    try:
        if len(data) > MAX_SIZE:
            raise ValueError("too large")
        body = json.loads(data)
        payload, signature = body["attestation"], body["minisig"]
        if payload["format"] != FORMAT:
            raise ValueError("format")
        key = parse_public_key(payload["supervisor"]["public_key"])
        for statement in payload["statements"]:
            if not isinstance(statement["subject"], str) or not isinstance(statement["approved"], bool):
                raise ValueError("statement")
        return payload, signature, key
    except (ValueError, KeyError, TypeError, KeyFormatError):
        raise AttestationRefused("the file is not an EVTDesk attestation (it is malformed)") from None


def read_attestation(data: bytes, *, trusted_supervisors: Sequence[TrustedKey], own_public_key: PublicKey,
                     exported_manifest_sha256s: Collection[str], seen_attestation_ids: Collection[str]) -> AcceptedAttestation:
    payload, signature, key = _parse(data)
    try:
        verify(canonical(payload), signature, key)
    except SignatureError as error:
        raise AttestationRefused(f"the attestation is forged or altered: {error}") from None
    supervisor = next((k for k in trusted_supervisors if k.public_key == key), None)
    if supervisor is None:
        raise AttestationRefused("it is not signed by a supervisor you trust (fingerprint "
                                 f"{fingerprint(key.public)}); add their key after comparing it in person")
    if payload.get("trainee_public_key") != public_key_line(own_public_key):
        raise AttestationRefused("it is addressed to someone else's logbook key")
    if payload.get("bundle_manifest_sha256") not in exported_manifest_sha256s:
        raise AttestationRefused("it is about a bundle this logbook never exported")
    if payload["attestation_id"] in seen_attestation_ids:
        raise AttestationRefused("this attestation was imported before (a replay)")
    return AcceptedAttestation(
        attestation_id=payload["attestation_id"],
        supervisor_name=supervisor.name,
        supervisor_key=public_key_line(key),
        created=datetime.strptime(payload["created"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC),
        bundle_id=payload["bundle_id"],
        bundle_manifest_sha256=payload["bundle_manifest_sha256"],
        basis_chain_seq=int(payload["basis_chain_seq"]),
        statements=tuple((s["subject"], s["approved"], str(s.get("comment", ""))) for s in payload["statements"]),
    )
