"""The keys this logbook's owner trusts, each with a name and a role."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from evtdesk.model import TrustedKey
from evtdesk.store import chain
from evtdesk.store.base import RecordStore
from evtdesk.store.base import now as _now
from evtdesk.store.errors import LogbookError
from evtdesk.store.schema import TrustedKeyRow


class TrustStore(RecordStore):
    """Trusted keys: added after comparing fingerprints, listed."""

    def trust_key(
        self,
        public_key: str,
        name: str,
        role: str,
        fingerprint: str,
        valid_from: date | None = None,
        valid_until: date | None = None,
    ) -> TrustedKey:
        with self._write() as session:
            existing = session.scalars(
                select(TrustedKeyRow).where(TrustedKeyRow.public_key == public_key)
            ).first()
            if existing:
                raise LogbookError(f"That key is already trusted, as {existing.name}.")
            row = TrustedKeyRow(
                public_key=public_key,
                name=name,
                role=role,
                fingerprint=fingerprint,
                added_at=_now(),
                valid_from=valid_from,
                valid_until=valid_until,
            )
            session.add(row)
            session.flush()
            chain.append(
                session,
                "trust.add",
                str(row.id),
                {
                    "public_key": public_key,
                    "name": name,
                    "role": role,
                    "valid_from": valid_from.isoformat() if valid_from else None,
                    "valid_until": valid_until.isoformat() if valid_until else None,
                },
            )
            return _key(row)

    def trusted_keys(self) -> list[TrustedKey]:
        with self._read() as session:
            rows = session.scalars(select(TrustedKeyRow).order_by(TrustedKeyRow.id))
            return [_key(r) for r in rows]

    def retire_key(self, key_id: int, until: date) -> TrustedKey:
        """End the key's term on `until` (inclusive): what it signs after that day is
        judged as from no role. A hand-over, or a key that left with its holder."""
        with self._write() as session:
            row = session.get(TrustedKeyRow, key_id)
            if row is None:
                raise LogbookError("That key is not trusted in this logbook.")
            if row.valid_from is not None and until < row.valid_from:
                raise LogbookError(
                    f"The key's term starts on {row.valid_from.isoformat()}; it cannot end "
                    "before it."
                )
            before = row.valid_until.isoformat() if row.valid_until else None
            row.valid_until = until
            chain.append(
                session,
                "trust.retire",
                str(row.id),
                {"public_key": row.public_key, "before": before, "until": until.isoformat()},
            )
            return _key(row)

    def remove_key(self, key_id: int) -> TrustedKey:
        """Stop trusting the key altogether: nothing it signed counts any more, whenever
        it was signed (for a key trusted by mistake, or one that was never his)."""
        with self._write() as session:
            row = session.get(TrustedKeyRow, key_id)
            if row is None:
                raise LogbookError("That key is not trusted in this logbook.")
            removed = _key(row)
            session.delete(row)
            chain.append(
                session,
                "trust.remove",
                str(key_id),
                {"public_key": removed.public_key, "name": removed.name, "role": removed.role},
            )
            return removed


def _key(row: TrustedKeyRow) -> TrustedKey:
    return TrustedKey(
        row.public_key,
        row.name,
        row.role,
        row.fingerprint,
        row.id,
        valid_from=row.valid_from,
        valid_until=row.valid_until,
    )
