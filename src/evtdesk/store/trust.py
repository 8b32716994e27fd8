"""The keys this logbook's owner trusts, each with a name and a role."""

from __future__ import annotations

from sqlalchemy import select

from evtdesk.model import TrustedKey
from evtdesk.store import chain
from evtdesk.store.base import RecordStore
from evtdesk.store.base import now as _now
from evtdesk.store.errors import LogbookError
from evtdesk.store.schema import TrustedKeyRow


class TrustStore(RecordStore):
    """Trusted keys: added after comparing fingerprints, listed."""

    def trust_key(self, public_key: str, name: str, role: str, fingerprint: str) -> TrustedKey:
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
            )
            session.add(row)
            session.flush()
            chain.append(
                session,
                "trust.add",
                str(row.id),
                {"public_key": public_key, "name": name, "role": role},
            )
            return TrustedKey(row.public_key, row.name, row.role, row.fingerprint, row.id)

    def trusted_keys(self) -> list[TrustedKey]:
        with self._read() as session:
            rows = session.scalars(select(TrustedKeyRow).order_by(TrustedKeyRow.id))
            return [TrustedKey(r.public_key, r.name, r.role, r.fingerprint, r.id) for r in rows]
