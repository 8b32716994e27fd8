"""The hash chain of logbook events.

Every change to a logbook is appended as an event whose SHA-256 covers its own content and
the previous event's hash. An export states the head hash and sequence number, so a
supervisor comparing two bundles can tell that history was extended, not rewritten.

The bytes hashed are exactly those of docs/file-format.md and must never change: an old
logbook must verify. Speed comes from around the hashing, not from it: one encoder object
reused (`json.dumps` with options builds a new one per call), the head read once for a
whole batch (`append_many`, one INSERT for thousands of events), and `verify` reading
plain columns in chunks instead of ORM objects.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Engine, Table, insert, select
from sqlalchemy.orm import Session

from evtdesk.store.errors import LogbookError
from evtdesk.store.schema import EventRow

GENESIS = "0" * 64
VERIFY_CHUNK = 2000
Progress = Callable[[int, int], None]

# The same settings as json.dumps(value, sort_keys=True, separators=(",", ":"),
# ensure_ascii=False), built once: the output is identical byte for byte.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
_EVENTS = cast(Table, EventRow.__table__)


class VerifyCancelled(LogbookError):
    """The user stopped a check of the history; nothing was judged."""

    def __init__(self) -> None:
        super().__init__("The check of the history was cancelled.")


def canonical_json(value: Any) -> str:
    """The one serialisation that is hashed: sorted keys, no spaces, UTF-8 kept."""
    return _CANONICAL.encode(value)


def event_hash(
    prev_hash: str, seq: int, at: datetime, action: str, subject: str, payload: str
) -> str:
    body = _CANONICAL.encode(
        {"seq": seq, "at": at.isoformat(), "action": action, "subject": subject, "payload": payload}
    )
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


@dataclass(frozen=True)
class ChainHead:
    seq: int
    hash: str


@dataclass(frozen=True)
class NewEvent:
    """One event of a batch, as `append_many` recorded it."""

    seq: int
    hash: str


def head(session: Session) -> ChainHead:
    row = session.execute(
        select(EventRow.seq, EventRow.hash).order_by(EventRow.seq.desc()).limit(1)
    ).first()
    return ChainHead(row.seq, row.hash) if row else ChainHead(0, GENESIS)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def append(session: Session, action: str, subject: str, payload: dict[str, Any]) -> EventRow:
    """Add an event after the current head, inside the caller's transaction."""
    current = head(session)
    seq = current.seq + 1
    at = _now()
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


def append_many(
    session: Session, events: Sequence[tuple[str, str, dict[str, Any]]], at: datetime | None = None
) -> list[NewEvent]:
    """Add `(action, subject, payload)` events in order after the head, in one INSERT
    inside the caller's transaction: the same rows, hashes and order as calling `append`
    for each, without reading the head back and flushing an ORM object per event."""
    session.flush()  # anything the caller added before must be below the head we read
    current = head(session)
    at = at or _now()
    rows, made = [], []
    previous, seq = current.hash, current.seq
    for action, subject, payload in events:
        seq += 1
        body = _CANONICAL.encode(payload)
        digest = event_hash(previous, seq, at, action, subject, body)
        rows.append(
            {
                "seq": seq,
                "at": at,
                "action": action,
                "subject": subject,
                "payload": body,
                "prev_hash": previous,
                "hash": digest,
            }
        )
        made.append(NewEvent(seq, digest))
        previous = digest
    if rows:
        session.execute(insert(_EVENTS), rows)
    return made


def verify(
    session: Session, progress: Progress | None = None, cancel: threading.Event | None = None
) -> int | None:
    """The sequence number of the first event that does not check out, or None.

    Reads the events in chunks (memory stays flat for any length of history); reports
    `progress(checked, total)` after each chunk and stops with VerifyCancelled when
    `cancel` is set."""
    total = head(session).seq if progress is not None else 0
    previous = GENESIS
    expected_seq = 1
    query = select(
        EventRow.seq,
        EventRow.at,
        EventRow.action,
        EventRow.subject,
        EventRow.payload,
        EventRow.prev_hash,
        EventRow.hash,
    ).order_by(EventRow.seq)
    result = session.execute(query.execution_options(yield_per=VERIFY_CHUNK))
    for chunk in result.partitions():
        if cancel is not None and cancel.is_set():
            result.close()
            raise VerifyCancelled()
        for seq, at, action, subject, payload, prev_hash, stored in chunk:
            if seq != expected_seq or prev_hash != previous:
                result.close()
                return int(seq)
            if stored != event_hash(prev_hash, seq, at, action, subject, payload):
                result.close()
                return int(seq)
            previous = stored
            expected_seq += 1
        if progress is not None:
            progress(expected_seq - 1, max(total, expected_seq - 1))
    return None


def verify_engine(
    engine: Engine, progress: Progress | None = None, cancel: threading.Event | None = None
) -> int | None:
    """`verify` in a read transaction of its own that takes no lock (a background check in
    the app, with progress and Cancel, while the user goes on writing)."""
    from evtdesk.store.database import READ_OPTION

    with Session(engine.execution_options(**{READ_OPTION: True})) as session:
        return verify(session, progress, cancel)
