"""Supervisors' statements: those imported (the trainee's side) and those signed (the
supervisor's side), each kept as the signed file."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from evtdesk.model import (
    Attestation,
    Statement,
)
from evtdesk.model.content import ContentError, content_to_json
from evtdesk.model.statements import ADAPT_PREFIX
from evtdesk.store import chain, convert
from evtdesk.store.base import RecordStore
from evtdesk.store.base import now as _now
from evtdesk.store.errors import LogbookError
from evtdesk.store.schema import (
    AttestationRow,
    IssuedAttestationRow,
    TrustedKeyRow,
)


@dataclass(frozen=True)
class IssuedAttestation:
    """An attestation this logbook's owner signed, as the signed bytes."""

    attestation_id: str
    trainee_key: str
    bundle_manifest_sha256: str
    bundle_sequence: int | None
    basis_seq: int
    signed_at: datetime
    source: bytes


UNTRUSTED_SIGNER = "untrusted"  # a key this logbook no longer trusts (`trust --remove`)
OUT_OF_TERM = "out_of_term"  # signed outside the key's term (`trust --retire`, a hand-over)


def attestations_in(session: Session) -> list[Attestation]:
    """The imported statements, each with the role this logbook gives its signer's key
    on the day it was signed: none for a key no longer trusted or out of its term, so
    such a statement is shown and decides nothing (`curriculum.authority`)."""
    keys = {row.public_key: row for row in session.scalars(select(TrustedKeyRow))}
    rows = session.scalars(
        select(AttestationRow).order_by(AttestationRow.signed_at, AttestationRow.id)
    )
    return [
        replace(a, signer_role=_role_on_the_day(a, keys)) for a in map(convert.attestation, rows)
    ]


def _role_on_the_day(attestation: Attestation, keys: dict[str, TrustedKeyRow]) -> str:
    row = keys.get(attestation.supervisor_key)
    if row is None:
        return UNTRUSTED_SIGNER
    day = attestation.signed_at.date()
    if (row.valid_from is not None and day < row.valid_from) or (
        row.valid_until is not None and day > row.valid_until
    ):
        return OUT_OF_TERM
    return row.role


def _statement_payload(statement: Statement) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "subject": statement.subject,
        "approved": statement.approved,
        "comment": statement.comment,
    }
    if statement.required or statement.waived:
        payload |= {"required": dict(statement.required), "waived": statement.waived}
    return payload | _content(statement)


def _content(statement: Statement) -> dict[str, Any]:
    """The typed content as the signed row held it (checked again on the way in)."""
    try:
        return content_to_json(
            statement.subject,
            statement.approved,
            statement.verdict,
            statement.evaluation,
            statement.declaration,
        )
    except ContentError as error:
        raise LogbookError(
            f"The statement about {statement.subject} is malformed: {error}."
        ) from None


class StatementStore(RecordStore):
    """Attestations imported and issued."""

    def record_attestation(
        self,
        attestation_id: str,
        statements: list[Statement],
        supervisor_name: str,
        supervisor_key: str,
        signed_at: datetime,
        bundle_manifest_sha256: str,
        basis_seq: int,
        source: bytes,
        bundle_sequence: int | None = None,
    ) -> None:
        """Store a verified attestation; refuses one already imported (a replay). An
        approved `ADAPT:` statement keeps its terms, so the adaptation applies."""
        with self._write() as session:
            seen = session.scalars(
                select(AttestationRow).where(AttestationRow.attestation_id == attestation_id)
            ).first()
            if seen:
                raise LogbookError(
                    "This attestation was imported before; it is not imported twice."
                )
            for statement in statements:
                content = _content(statement)
                terms = None
                if statement.approved and statement.subject.startswith(ADAPT_PREFIX):
                    terms = json.dumps(
                        {"required": dict(statement.required), "waived": statement.waived},
                        sort_keys=True,
                    )
                session.add(
                    AttestationRow(
                        attestation_id=attestation_id,
                        subject=statement.subject,
                        approved=statement.approved,
                        comment=statement.comment,
                        supervisor_name=supervisor_name,
                        supervisor_key=supervisor_key,
                        signed_at=signed_at,
                        bundle_manifest_sha256=bundle_manifest_sha256,
                        basis_seq=basis_seq,
                        imported_at=_now(),
                        source=source,
                        adaptation_json=terms,
                        bundle_sequence=bundle_sequence,
                        content_json=json.dumps(content, sort_keys=True) if content else None,
                    )
                )
            payload = {
                "statements": [_statement_payload(s) for s in statements],
                "supervisor_key": supervisor_key,
                "bundle_manifest_sha256": bundle_manifest_sha256,
                "sha256": hashlib.sha256(source).hexdigest(),
            }
            chain.append(session, "attestation.import", attestation_id, payload)

    def attestation_sources(self) -> list[bytes]:
        """Every imported attestation file as received, oldest first: what a bundle
        carries so its reader can check each signature."""
        with self._read() as session:
            first = (
                select(AttestationRow.attestation_id, func.min(AttestationRow.id).label("first"))
                .group_by(AttestationRow.attestation_id)
                .subquery()
            )
            rows = session.execute(
                select(AttestationRow.source)
                .join(first, AttestationRow.id == first.c.first)
                .order_by(AttestationRow.id)
            )
            return [row[0] for row in rows]

    def attestations(self) -> list[Attestation]:
        """Every imported statement, with the role this logbook gives its signer's key."""
        with self._read() as session:
            return attestations_in(session)

    def seen_attestation_ids(self) -> set[str]:
        with self._read() as session:
            return set(session.scalars(select(AttestationRow.attestation_id)))

    def record_issued_attestation(self, issued: IssuedAttestation) -> None:
        """Keep an attestation this logbook's owner signed, so its statements count in
        the owner's view of the trainee's later bundles even if a bundle leaves them out."""
        with self._write() as session:
            session.add(
                IssuedAttestationRow(
                    attestation_id=issued.attestation_id,
                    trainee_key=issued.trainee_key,
                    bundle_manifest_sha256=issued.bundle_manifest_sha256,
                    bundle_sequence=issued.bundle_sequence,
                    basis_seq=issued.basis_seq,
                    signed_at=issued.signed_at,
                    source=issued.source,
                )
            )
            chain.append(
                session,
                "attestation.sign",
                issued.attestation_id,
                {
                    "trainee_key": issued.trainee_key,
                    "bundle_manifest_sha256": issued.bundle_manifest_sha256,
                    "sha256": hashlib.sha256(issued.source).hexdigest(),
                },
            )

    def issued_attestations(self, trainee_key: str) -> list[IssuedAttestation]:
        """The attestations this logbook's owner signed for one trainee's key, oldest first."""
        query = (
            select(IssuedAttestationRow)
            .where(IssuedAttestationRow.trainee_key == trainee_key)
            .order_by(IssuedAttestationRow.signed_at, IssuedAttestationRow.attestation_id)
        )
        with self._read() as session:
            return [
                IssuedAttestation(
                    r.attestation_id,
                    r.trainee_key,
                    r.bundle_manifest_sha256,
                    r.bundle_sequence,
                    r.basis_seq,
                    r.signed_at,
                    r.source,
                )
                for r in session.scalars(query)
            ]
