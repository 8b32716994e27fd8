"""Bundles: those this logbook exported, and those its owner verified from others."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import CursorResult, select, update

from evtdesk.store import chain
from evtdesk.store.base import RecordStore
from evtdesk.store.base import now as _now
from evtdesk.store.schema import (
    ExportRow,
    KeptStatementRow,
    SeenBundleRow,
)


@dataclass(frozen=True)
class ExportInfo:
    sequence: int
    bundle_id: str
    manifest_sha256: str
    created_at: datetime
    chain_seq: int


@dataclass(frozen=True)
class KeptStatement:
    """A signed statement a kept bundle carried, as its signer wrote it."""

    payload_sha256: str
    attestation_id: str
    source: bytes
    bundle_sequence: int = 0  # the bundle that carried it first
    read_at: datetime | None = None


@dataclass(frozen=True)
class SeenBundle:
    """A bundle the reader verified as valid, as its manifest states it."""

    signer_key: str
    bundle_id: str
    sequence: int
    manifest_sha256: str
    previous_manifest_sha256: str | None
    chain_seq: int
    chain_head: str
    entry_count: int
    created: datetime
    seen_at: datetime | None = None
    format: str = "evtdesk-bundle/2"


class ExportStore(RecordStore):
    """Exports recorded and listed; bundles seen remembered by the key that signed them."""

    def record_export(self, bundle_id: str, manifest_sha256: str, chain_seq: int) -> ExportInfo:
        with self._write() as session:
            sequence = (
                session.scalar(select(ExportRow.sequence).order_by(ExportRow.sequence.desc())) or 0
            ) + 1
            row = ExportRow(
                sequence=sequence,
                bundle_id=bundle_id,
                manifest_sha256=manifest_sha256,
                created_at=_now(),
                chain_seq=chain_seq,
            )
            session.add(row)
            chain.append(
                session,
                "bundle.export",
                bundle_id,
                {"sequence": sequence, "manifest_sha256": manifest_sha256},
            )
            return ExportInfo(
                row.sequence, row.bundle_id, row.manifest_sha256, row.created_at, row.chain_seq
            )

    def exports(self) -> list[ExportInfo]:
        with self._read() as session:
            rows = session.scalars(select(ExportRow).order_by(ExportRow.sequence))
            return [
                ExportInfo(r.sequence, r.bundle_id, r.manifest_sha256, r.created_at, r.chain_seq)
                for r in rows
            ]

    def record_seen_bundle(
        self,
        seen: SeenBundle,
        data: bytes | None = None,
        accepted: dict[str, Any] | None = None,
        statements: Sequence[KeptStatement] = (),
    ) -> bool:
        """Remember a bundle the reader verified, with its bytes when given (kept for
        the supervisor's Trainees view); False when it was remembered before. `accepted`:
        the history changes the reader accepted with it, recorded in the chain event.
        `statements`: the signed statements it carried, kept once each, so a later bundle
        that leaves one out is still read with it (`kept_statements`)."""
        with self._write() as session:
            known = session.scalars(
                select(SeenBundleRow).where(
                    SeenBundleRow.signer_key == seen.signer_key,
                    SeenBundleRow.manifest_sha256 == seen.manifest_sha256,
                )
            ).first()
            if known is not None:
                return False
            session.add(
                SeenBundleRow(
                    signer_key=seen.signer_key,
                    bundle_id=seen.bundle_id,
                    format=seen.format,
                    sequence=seen.sequence,
                    manifest_sha256=seen.manifest_sha256,
                    previous_manifest_sha256=seen.previous_manifest_sha256,
                    chain_seq=seen.chain_seq,
                    chain_head=seen.chain_head,
                    entry_count=seen.entry_count,
                    created=seen.created,
                    seen_at=_now(),
                    data=data,
                )
            )
            newly_kept = self._keep_statements(session, seen.signer_key, seen.sequence, statements)
            chain.append(
                session,
                "bundle.seen",
                seen.bundle_id,
                {
                    "signer_key": seen.signer_key,
                    "sequence": seen.sequence,
                    "manifest_sha256": seen.manifest_sha256,
                }
                | ({"history_accepted": accepted} if accepted is not None else {})
                | ({"statements_kept": newly_kept} if newly_kept else {}),
            )
            return True

    def keep_statements(
        self, trainee_key: str, bundle_sequence: int, statements: Sequence[KeptStatement]
    ) -> int:
        """Keep the statements of a valid bundle that is not remembered (older, unlinked,
        or whose history changed): what it carried still stands in his view of the next
        one. How many were new; recorded in the hash chain with their payload hashes."""
        with self._write() as session:
            added = self._keep_statements(session, trainee_key, bundle_sequence, statements)
            if added:
                chain.append(
                    session,
                    "statements.kept",
                    trainee_key[-40:],
                    {"trainee_key": trainee_key, "sequence": bundle_sequence, "kept": added},
                )
            return len(added)

    @staticmethod
    def _keep_statements(
        session: Any, trainee_key: str, bundle_sequence: int, statements: Iterable[KeptStatement]
    ) -> list[str]:
        """Add the statements not kept before for this trainee; their payload hashes."""
        known = set(
            session.scalars(
                select(KeptStatementRow.payload_sha256).where(
                    KeptStatementRow.trainee_key == trainee_key
                )
            )
        )
        added: list[str] = []
        for statement in statements:
            if statement.payload_sha256 in known:
                continue
            known.add(statement.payload_sha256)
            session.add(
                KeptStatementRow(
                    trainee_key=trainee_key,
                    payload_sha256=statement.payload_sha256,
                    attestation_id=statement.attestation_id,
                    bundle_sequence=bundle_sequence,
                    kept_at=_now(),
                    source=statement.source,
                )
            )
            added.append(statement.payload_sha256)
        return added

    def kept_statements(self, trainee_key: str) -> list[KeptStatement]:
        """The statements the reader's kept bundles of one trainee carried, in the order
        they were first kept."""
        query = (
            select(KeptStatementRow)
            .where(KeptStatementRow.trainee_key == trainee_key)
            .order_by(KeptStatementRow.id)
        )
        with self._read() as session:
            return [
                KeptStatement(
                    r.payload_sha256, r.attestation_id, r.source, r.bundle_sequence, r.read_at
                )
                for r in session.scalars(query)
            ]

    def mark_statements_read(self, trainee_key: str, attestation_ids: Iterable[str]) -> int:
        """Mark the kept statements with these ids read (a co-supervisor's reports he has
        read); how many were unread. Recorded in the hash chain with the ids."""
        ids = sorted(set(attestation_ids))
        if not ids:
            return 0
        with self._write() as session:
            result: CursorResult[Any] = session.execute(  # type: ignore[assignment]
                update(KeptStatementRow)
                .where(
                    KeptStatementRow.trainee_key == trainee_key,
                    KeptStatementRow.attestation_id.in_(ids),
                    KeptStatementRow.read_at.is_(None),
                )
                .values(read_at=_now())
            )
            marked = result.rowcount
            if marked:
                chain.append(
                    session,
                    "statements.read",
                    trainee_key[-40:],
                    {"trainee_key": trainee_key, "attestation_ids": ids},
                )
            return int(marked or 0)

    def last_received(
        self, signer_key: str, before: int | None = None
    ) -> tuple[SeenBundle, bytes] | None:
        """The latest bundle of one trainee key whose bytes were kept, with them; with
        `before`, the latest numbered below it (what the one kept after it must extend)."""
        conditions = [SeenBundleRow.signer_key == signer_key, SeenBundleRow.data.is_not(None)]
        if before is not None:
            conditions.append(SeenBundleRow.sequence < before)
        query = (
            select(SeenBundleRow)
            .where(*conditions)
            .order_by(SeenBundleRow.sequence.desc(), SeenBundleRow.id.desc())
            .limit(1)
        )
        with self._read() as session:
            row = session.scalars(query).first()
            if row is None or row.data is None:
                return None
            return _seen(row), row.data

    def seen_bundles(self, signer_key: str) -> list[SeenBundle]:
        """The bundles of one trainee key the reader verified, in their numbering."""
        query = (
            select(SeenBundleRow)
            .where(SeenBundleRow.signer_key == signer_key)
            .order_by(SeenBundleRow.sequence, SeenBundleRow.id)
        )
        with self._read() as session:
            return [_seen(r) for r in session.scalars(query)]


def _seen(r: SeenBundleRow) -> SeenBundle:
    return SeenBundle(
        r.signer_key,
        r.bundle_id,
        r.sequence,
        r.manifest_sha256,
        r.previous_manifest_sha256,
        r.chain_seq,
        r.chain_head,
        r.entry_count,
        r.created,
        r.seen_at,
        r.format,
    )
