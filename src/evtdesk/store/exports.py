"""Bundles: those this logbook exported, and those its owner verified from others."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from evtdesk.store import chain
from evtdesk.store.base import RecordStore
from evtdesk.store.base import now as _now
from evtdesk.store.schema import (
    ExportRow,
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
        self, seen: SeenBundle, data: bytes | None = None, accepted: dict[str, Any] | None = None
    ) -> bool:
        """Remember a bundle the reader verified, with its bytes when given (kept for
        the supervisor's Trainees view); False when it was remembered before. `accepted`:
        the history changes the reader accepted with it, recorded in the chain event."""
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
            chain.append(
                session,
                "bundle.seen",
                seen.bundle_id,
                {
                    "signer_key": seen.signer_key,
                    "sequence": seen.sequence,
                    "manifest_sha256": seen.manifest_sha256,
                }
                | ({"history_accepted": accepted} if accepted is not None else {}),
            )
            return True

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
