"""Each imported statement against the signed file it was read from (`attestations.source`).

The trainee keeps every attestation file as received, and every bundle carries it, so the
supervisor's own signature is the last word on what he stated. A row changed with the raw
key — a refusal turned into an approval — no longer says what the file he signed says,
however its event reads. So each file is verified again with the key it names (minisign,
over the payload's canonical bytes as docs/bundle-format.md defines them) and each row is
compared with the statement of the same subject in it: approved, comment, adaptation
terms, typed content (a verdict, an evaluation, a declaration, read by
`evtdesk.model.content` as every reader reads it), the signer's key, the signing time, the
bundle it answers (manifest hash, number) and its chain position (`basis_seq`), and the
attestation id. Not compared: the supervisor's name (the trainee's name for the trusted
key, not the file's) and the time of import.

Whether the key is one this logbook trusts is not judged here: the trusted keys are
compared with their own events (`check_records`), and the role a key holds on the day is
decided where progress is computed. The store may not read the bundle room's parser, so
the few fields are read here, never trusting a field to be there.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from evtdesk.model.content import ContentError, content_from_json, content_to_json
from evtdesk.signing.minisign import SignatureError, parse_public_key, public_key_line, verify
from evtdesk.store.check_records import as_bytes, same, shown, statement_terms

_COLUMNS = (
    "attestation_id",
    "subject",
    "approved",
    "comment",
    "adaptation_json",
    "content_json",
    "supervisor_key",
    "signed_at",
    "bundle_manifest_sha256",
    "basis_seq",
    "bundle_sequence",
    "source",
)
_SIGNED_TIME = "%Y-%m-%dT%H:%M:%SZ"  # how an attestation file states its time
_READ_ERRORS = (ValueError, KeyError, TypeError, AttributeError, RecursionError, OverflowError)


@dataclass(frozen=True)
class SignedFile:
    """What a verified attestation file says: the fields the store keeps of it, and its
    statements by subject, each as the store keeps a statement."""

    fields: dict[str, Any]
    statements: dict[str, dict[str, Any]]


def signed_bytes(payload: Any) -> bytes:
    """The bytes a supervisor signs: the payload's canonical JSON (keys sorted, indented
    by two, UTF-8 kept, a final newline), as docs/bundle-format.md defines it."""
    return (json.dumps(payload, sort_keys=True, ensure_ascii=False, indent=2) + "\n").encode()


def _statement(row: Any) -> tuple[str, dict[str, Any]]:
    """A signed statement row as the store keeps one: its typed content read and written
    back by the rules every reader uses, so equal content compares equal."""
    subject, approved = row["subject"], row["approved"]
    if not isinstance(subject, str) or not isinstance(approved, bool):
        raise TypeError("a statement names its subject and says yes or no")
    content = content_to_json(subject, approved, *content_from_json(subject, approved, row))
    return subject, {
        "approved": approved,
        "comment": row.get("comment", ""),
        "adaptation": statement_terms(subject, approved, row.get("adaptation")),
        "content": content or None,
    }


def read_signed(source: bytes) -> SignedFile | str:
    """The file's statements, or in plain words why it cannot be relied on."""
    try:
        body = json.loads(source)
        payload, signature = body["attestation"], body["minisig"]
        key = parse_public_key(payload["supervisor"]["public_key"])
    except _READ_ERRORS:
        return "cannot be read: it is not an attestation file"
    try:
        verify(signed_bytes(payload), signature, key)
    except SignatureError as error:
        return f"does not verify with the key it names: {error}"
    except _READ_ERRORS:
        return "cannot be read: its signature is malformed"
    try:
        statements = dict(_statement(row) for row in payload["statements"])
        fields = {
            "attestation_id": str(uuid.UUID(payload["attestation_id"])),
            "supervisor_key": public_key_line(key),
            "signed_at": datetime.strptime(payload["created"], _SIGNED_TIME).isoformat(),
            "bundle_manifest_sha256": payload["bundle_manifest_sha256"],
            "basis_seq": payload["basis_chain_seq"],
            "bundle_sequence": payload.get("bundle_sequence"),  # format 1 names none
        }
    except (*_READ_ERRORS, ContentError):
        return "cannot be read: its statements are not what EVTDesk signs"
    return SignedFile(fields, statements)


def _stored_time(value: Any) -> Any:
    """A DateTime column as SQLite holds it (`2026-01-02 10:00:00.000000`) in the form a
    signed time is compared in (`2026-01-02T10:00:00`); anything else is kept as it is
    (and differs)."""
    try:
        return datetime.fromisoformat(str(value)).isoformat()
    except ValueError:
        return value


def _as_stored(row: dict[str, Any]) -> dict[str, Any]:
    """A statement row read raw, in the form `SignedFile` uses."""

    def parsed(value: Any) -> Any:
        try:
            return json.loads(value) if value is not None else None
        except (ValueError, TypeError, RecursionError):
            return value

    return {
        "attestation_id": row["attestation_id"],
        "approved": bool(row["approved"]) if row["approved"] in (0, 1) else row["approved"],
        "comment": row["comment"],
        "adaptation": parsed(row["adaptation_json"]),
        "content": parsed(row["content_json"]),
        "supervisor_key": row["supervisor_key"],
        "signed_at": _stored_time(row["signed_at"]),
        "bundle_manifest_sha256": row["bundle_manifest_sha256"],
        "basis_seq": row["basis_seq"],
        "bundle_sequence": row["bundle_sequence"],
    }


def _row_problem(row: dict[str, Any], signed: SignedFile) -> str | None:
    """How one statement row differs from its signed file, or None."""
    where = f"statement {row['subject']} of attestation {row['attestation_id']} (attestations)"
    said = signed.statements.get(str(row["subject"]))
    if said is None:
        return f"{where} is not in the signed file kept with it"
    stored = _as_stored(row)
    differences = [
        f"{name} is {shown(stored[name])} in the table, but the signed file says {shown(value)}"
        for name, value in (signed.fields | said).items()
        if not same(stored[name], value)
    ]
    if not differences:
        return None
    return f"{where} differs from the file the supervisor signed: " + "; ".join(differences)


def source_problems(session: Session) -> list[str]:
    """Every statement row against its kept signed file; each file read and verified once,
    and a file that cannot be relied on named once for its attestation."""
    files: dict[str, SignedFile | str] = {}
    problems: list[str] = []
    named: set[tuple[str, str]] = set()
    # [name], not "name": SQLite reads a double-quoted name no column has as a string
    names = ", ".join(f"[{c}]" for c in _COLUMNS)
    try:
        rows = session.execute(text(f"SELECT {names} FROM attestations ORDER BY id")).all()
    except DBAPIError:  # named once, by `check_records`
        return []
    for raw in rows:
        row = dict(zip(_COLUMNS, raw, strict=True))
        source = as_bytes(row["source"])
        digest = hashlib.sha256(source).hexdigest()
        if digest not in files:
            files[digest] = read_signed(source)
        signed = files[digest]
        if isinstance(signed, str):
            if (str(row["attestation_id"]), digest) not in named:
                named.add((str(row["attestation_id"]), digest))
                problems.append(
                    f"the signed file kept for attestation {row['attestation_id']} "
                    f"(attestations) {signed}"
                )
            continue
        problem = _row_problem(row, signed)
        if problem:
            problems.append(problem)
    return problems
