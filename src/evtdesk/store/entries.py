"""Entries: add, amend, retract, list, history. Never update or delete entry data.

An amendment appends a new revision (the old one stays readable in the history); a
retraction appends a reason. Each change is an event in the hash chain, in the same
transaction as the data it describes.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from evtdesk.model import Entry, EntryRevision
from evtdesk.privacy import find_identity_numbers
from evtdesk.store import chain, convert
from evtdesk.store.errors import LogbookError, NotFound
from evtdesk.store.schema import EntryRow, RetractionRow, RevisionRow
from evtdesk.validation import EntryData, validate_entry

SessionScope = Callable[[], AbstractContextManager[Session]]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def as_entry_data(data: EntryData | Mapping[str, Any]) -> EntryData:
    return data if isinstance(data, EntryData) else validate_entry(data)


def _payload(data: EntryData) -> dict[str, Any]:
    return {
        "kind": data.kind,
        "date": data.date.isoformat(),
        "role": data.role,
        "case_number": data.case_number,
        "notes": data.notes,
        "site_id": data.site_id,
        "fields": dict(data.fields),
    }


def _revision_row(
    entry_id: str, number: int, data: EntryData, reason: str | None, seq: int
) -> RevisionRow:
    return RevisionRow(
        entry_id=entry_id,
        revision=number,
        date=data.date,
        role=data.role,
        case_number=data.case_number,
        notes=data.notes,
        fields_json=json.dumps(dict(data.fields), sort_keys=True, ensure_ascii=False),
        site_id=data.site_id,
        reason=reason,
        recorded_at=_now(),
        event_seq=seq,
    )


def _require_reason(reason: str, what: str) -> str:
    reason = reason.strip()
    if not reason:
        raise LogbookError(f"A reason is required to {what} an entry.")
    if find_identity_numbers(reason):
        raise LogbookError("The reason contains what looks like a personal identity number.")
    return reason


class EntryStore:
    """The entries of one open logbook. Obtain it as `logbook.entries`."""

    def __init__(self, read: SessionScope, write: SessionScope) -> None:
        self._read = read
        self._write = write

    def add(self, data: EntryData | Mapping[str, Any]) -> Entry:
        return self.get(self.add_many([data])[0])

    def add_many(self, items: Iterable[EntryData | Mapping[str, Any]]) -> list[str]:
        """Add all items in one transaction (all stored or none); returns the new ids."""
        checked = [as_entry_data(item) for item in items]
        ids = []
        with self._write() as session:
            for data in checked:
                entry_id = str(uuid.uuid4())
                event = chain.append(session, "entry.create", entry_id, _payload(data))
                session.add(
                    EntryRow(
                        id=entry_id,
                        kind=data.kind,
                        created_at=_now(),
                        created_seq=event.seq,
                        head_revision=1,
                        changed_seq=event.seq,
                        retracted=False,
                    )
                )
                session.flush()
                session.add(_revision_row(entry_id, 1, data, None, event.seq))
                ids.append(entry_id)
        return ids

    def amend(self, entry_id: str, data: EntryData | Mapping[str, Any], reason: str) -> Entry:
        """Record a new revision; the kind of an entry never changes."""
        checked = as_entry_data(data)
        reason = _require_reason(reason, "amend")
        with self._write() as session:
            row = self._row(session, entry_id)
            if row.retracted:
                raise LogbookError("A retracted entry cannot be amended.")
            if checked.kind != row.kind:
                raise LogbookError(f"An entry's kind cannot change (it is {row.kind}).")
            payload = _payload(checked) | {"reason": reason, "revision": row.head_revision + 1}
            event = chain.append(session, "entry.amend", entry_id, payload)
            session.add(_revision_row(entry_id, row.head_revision + 1, checked, reason, event.seq))
            row.head_revision += 1
            row.changed_seq = event.seq
        return self.get(entry_id)

    def retract(self, entry_id: str, reason: str) -> Entry:
        reason = _require_reason(reason, "retract")
        with self._write() as session:
            row = self._row(session, entry_id)
            if row.retracted:
                raise LogbookError("That entry is already retracted.")
            event = chain.append(session, "entry.retract", entry_id, {"reason": reason})
            session.add(
                RetractionRow(
                    entry_id=entry_id, reason=reason, recorded_at=_now(), event_seq=event.seq
                )
            )
            row.retracted = True
            row.changed_seq = event.seq
        return self.get(entry_id)

    def get(self, entry_id: str) -> Entry:
        with self._read() as session:
            found = self._query(session, [EntryRow.id == entry_id])
            if not found:
                raise NotFound(f"No entry with id {entry_id}.")
            return found[0]

    def list(self, kind: str | None = None, include_retracted: bool = True) -> list[Entry]:
        """Current state of every entry, oldest date first."""
        conditions = []
        if kind:
            conditions.append(EntryRow.kind == kind)
        if not include_retracted:
            conditions.append(EntryRow.retracted.is_(False))
        with self._read() as session:
            return self._query(session, conditions)

    def count(self, include_retracted: bool = False) -> int:
        query = select(func.count()).select_from(EntryRow)
        if not include_retracted:
            query = query.where(EntryRow.retracted.is_(False))
        with self._read() as session:
            return int(session.scalar(query) or 0)

    def history(self, entry_id: str) -> list[EntryRevision]:
        with self._read() as session:
            self._row(session, entry_id)
            rows = session.scalars(
                select(RevisionRow)
                .where(RevisionRow.entry_id == entry_id)
                .order_by(RevisionRow.revision)
            )
            return [convert.revision(rev) for rev in rows]

    @staticmethod
    def _row(session: Session, entry_id: str) -> EntryRow:
        row = session.get(EntryRow, entry_id)
        if row is None:
            raise NotFound(f"No entry with id {entry_id}.")
        return row

    @staticmethod
    def _query(session: Session, conditions: Sequence[Any]) -> list[Entry]:
        query = (
            select(EntryRow, RevisionRow, RetractionRow)
            .join(
                RevisionRow,
                (RevisionRow.entry_id == EntryRow.id)
                & (RevisionRow.revision == EntryRow.head_revision),
            )
            .outerjoin(RetractionRow, RetractionRow.entry_id == EntryRow.id)
            .where(*conditions)
            .order_by(RevisionRow.date, EntryRow.created_seq)
        )
        return [
            convert.entry(row, rev, retraction) for row, rev, retraction in session.execute(query)
        ]
