"""The hash chain of logbook events.

Every change to a logbook is appended as an event whose SHA-256 covers its own content and
the previous event's hash. An export states the head hash and sequence number, so a
supervisor comparing two bundles can tell that history was extended, not rewritten.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evtdesk.store.schema import EventRow

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    """The one serialisation that is hashed: sorted keys, no spaces, UTF-8 kept."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(
    prev_hash: str, seq: int, at: datetime, action: str, subject: str, payload: str
) -> str:
    body = canonical_json(
        {"seq": seq, "at": at.isoformat(), "action": action, "subject": subject, "payload": payload}
    )
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


@dataclass(frozen=True)
class ChainHead:
    seq: int
    hash: str


def head(session: Session) -> ChainHead:
    row = session.scalars(select(EventRow).order_by(EventRow.seq.desc()).limit(1)).first()
    return ChainHead(row.seq, row.hash) if row else ChainHead(0, GENESIS)


def append(session: Session, action: str, subject: str, payload: dict[str, Any]) -> EventRow:
    """Add an event after the current head, inside the caller's transaction."""
    current = head(session)
    seq = current.seq + 1
    at = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    body = canonical_json(payload)
    row = EventRow(
        seq=seq,
        at=at,
        action=action,
        subject=subject,
        payload=body,
        prev_hash=current.hash,
        hash=event_hash(current.hash, seq, at, action, subject, body),
    )
    session.add(row)
    session.flush()
    return row


def verify(session: Session) -> int | None:
    """The sequence number of the first event that does not check out, or None."""
    previous = GENESIS
    expected_seq = 1
    for row in session.scalars(select(EventRow).order_by(EventRow.seq)):
        if row.seq != expected_seq or row.prev_hash != previous:
            return row.seq
        if row.hash != event_hash(
            row.prev_hash, row.seq, row.at, row.action, row.subject, row.payload
        ):
            return row.seq
        previous = row.hash
        expected_seq += 1
    return None
