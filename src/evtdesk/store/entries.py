"""Entries: add, amend, retract, list, history. Never update or delete entry data.

An amendment appends a new revision (the old one stays readable in the history); a
retraction appends a reason. Each change is an event in the hash chain, in the same
transaction as the data it describes.

Ten years hold some 50 000 entries, so the two bulk paths avoid per-row ORM work: an
import inserts events, entries and revisions with one executemany each per chunk (the
ORM's flush per object cost 2 ms an entry), and `list` selects plain columns, streamed
in chunks, straight into the frozen `Entry` values.
"""

from __future__ import annotations

import builtins
import json
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from evtdesk.entries.privacy import find_identity_numbers
from evtdesk.entries.validation import EntryData, validate_entry
from evtdesk.model import Entry, EntryRevision
from evtdesk.store import chain, convert
from evtdesk.store.errors import LogbookError, NotFound
from evtdesk.store.schema import EntryRow, RetractionRow, RevisionRow, SiteRow

SessionScope = Callable[[], AbstractContextManager[Session]]
Progress = Callable[[int, int], None]
IMPORT_CHUNK = 1000  # entries per executemany; progress and Cancel are checked between
READ_CHUNK = 2000  # rows fetched at a time by `list` (flat memory, short GIL holds)
_FIELDS_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False)  # = json.dumps(…)
_ENTRIES = cast(Table, EntryRow.__table__)
_REVISIONS = cast(Table, RevisionRow.__table__)


class ImportCancelled(LogbookError):
    """The user stopped an import before it was committed: nothing was saved."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was saved.")


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
        fields_json=_FIELDS_JSON.encode(dict(data.fields)),
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
        return self.import_many(items)

    def import_many(
        self,
        items: Iterable[EntryData | Mapping[str, Any]],
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        confirm_commit: Callable[[], bool] | None = None,
    ) -> list[str]:
        """`add_many` for long imports: `progress(done, total)` after each chunk; a set
        `cancel` stops it with ImportCancelled and nothing saved. `confirm_commit()` is
        called last, inside the transaction: False also cancels (the app's Cancel
        answers it, so a Cancel that came too late is refused rather than ignored)."""
        checked = [as_entry_data(item) for item in items]
        total = len(checked)
        ids = [str(uuid.uuid4()) for _ in checked]
        with self._write() as session:
            _check_sites(session, checked)
            now = _now()
            for start in range(0, total, IMPORT_CHUNK):
                if cancel is not None and cancel.is_set():
                    raise ImportCancelled()
                end = start + IMPORT_CHUNK
                part = list(zip(ids[start:end], checked[start:end], strict=True))
                events = chain.append_many(
                    session, [("entry.create", i, _payload(d)) for i, d in part], at=now
                )
                seqs = [event.seq for event in events]
                session.execute(
                    insert(_ENTRIES),
                    [_entry_values(i, d, s, now) for (i, d), s in zip(part, seqs, strict=True)],
                )
                session.execute(
                    insert(_REVISIONS),
                    [_revision_values(i, d, s, now) for (i, d), s in zip(part, seqs, strict=True)],
                )
                if progress is not None:
                    progress(start + len(part), total)
            if confirm_commit is not None and not confirm_commit():
                raise ImportCancelled()
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

    def history(self, entry_id: str) -> builtins.list[EntryRevision]:
        """Every revision of one entry, oldest first; NotFound if there is no such entry."""
        found = self.histories([entry_id])
        if not found[entry_id]:
            raise NotFound(f"No entry with id {entry_id}.")
        return found[entry_id]

    def histories(self, entry_ids: Iterable[str]) -> dict[str, builtins.list[EntryRevision]]:
        """The revisions of each entry named, in one read: a report of 50 000 entries
        lists the history of every amended one, and a read each cost 4 ms (a fresh,
        freshly keyed connection). Unknown ids map to an empty list."""
        wanted = builtins.list(dict.fromkeys(entry_ids))
        out: dict[str, builtins.list[EntryRevision]] = {entry_id: [] for entry_id in wanted}
        with self._read() as session:
            for start in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
                query = (
                    select(RevisionRow)
                    .where(RevisionRow.entry_id.in_(wanted[start : start + 500]))
                    .order_by(RevisionRow.entry_id, RevisionRow.revision)
                )
                for rev in session.scalars(query):
                    out[rev.entry_id].append(convert.revision(rev))
        return out

    @staticmethod
    def _row(session: Session, entry_id: str) -> EntryRow:
        row = session.get(EntryRow, entry_id)
        if row is None:
            raise NotFound(f"No entry with id {entry_id}.")
        return row

    @staticmethod
    def _query(session: Session, conditions: Sequence[Any]) -> builtins.list[Entry]:
        return builtins.list(_entries(session, conditions))


_ENTRY_COLUMNS = (
    EntryRow.id,
    EntryRow.kind,
    RevisionRow.date,
    RevisionRow.role,
    RevisionRow.case_number,
    RevisionRow.notes,
    RevisionRow.fields_json,
    RevisionRow.site_id,
    RevisionRow.revision,
    EntryRow.created_at,
    RetractionRow.recorded_at,
    RevisionRow.recorded_at,
    EntryRow.created_seq,
    EntryRow.changed_seq,
    EntryRow.retracted,
    RetractionRow.reason,
)


def _entries(session: Session, conditions: Sequence[Any]) -> Iterator[Entry]:
    """The head revision of each entry as `Entry` values (what `convert.entry` makes from
    ORM rows), read as plain columns in chunks."""
    query = (
        select(*_ENTRY_COLUMNS)
        .join(
            RevisionRow,
            (RevisionRow.entry_id == EntryRow.id)
            & (RevisionRow.revision == EntryRow.head_revision),
        )
        .outerjoin(RetractionRow, RetractionRow.entry_id == EntryRow.id)
        .where(*conditions)
        .order_by(RevisionRow.date, EntryRow.created_seq)
        .execution_options(yield_per=READ_CHUNK)
    )
    loads = json.loads
    for chunk in session.execute(query).partitions():
        for (
            id_,
            kind,
            date,
            role,
            case_number,
            notes,
            fields_json,
            site_id,
            revision,
            created_at,
            retracted_at,
            recorded_at,
            created_seq,
            changed_seq,
            retracted,
            reason,
        ) in chunk:
            yield Entry(
                id_,
                kind,
                date,
                role,
                case_number,
                notes,
                loads(fields_json),
                site_id,
                revision,
                created_at,
                retracted_at if retracted_at is not None else recorded_at,
                created_seq,
                changed_seq,
                retracted,
                reason,
            )


def _entry_values(entry_id: str, data: EntryData, seq: int, now: Any) -> dict[str, Any]:
    return {
        "id": entry_id,
        "kind": data.kind,
        "created_at": now,
        "created_seq": seq,
        "head_revision": 1,
        "changed_seq": seq,
        "retracted": False,
    }


def _revision_values(entry_id: str, data: EntryData, seq: int, now: Any) -> dict[str, Any]:
    return {
        "entry_id": entry_id,
        "revision": 1,
        "date": data.date,
        "role": data.role,
        "case_number": data.case_number,
        "notes": data.notes,
        "fields_json": _FIELDS_JSON.encode(dict(data.fields)),
        "site_id": data.site_id,
        "reason": None,
        "recorded_at": now,
        "event_seq": seq,
    }


def _check_sites(session: Session, checked: Sequence[EntryData]) -> None:
    """Refuse entries naming a site the logbook does not hold, each by its place in the
    input (a database foreign-key error would name neither)."""
    wanted = {data.site_id for data in checked if data.site_id is not None}
    if not wanted:
        return
    known = set(session.scalars(select(SiteRow.id).where(SiteRow.id.in_(wanted))))
    problems = [
        f"{data.source or f'entry {number}'}: site_id: there is no site {data.site_id} "
        "in this logbook"
        for number, data in enumerate(checked, start=1)
        if data.site_id is not None and data.site_id not in known
    ]
    if problems:
        shown = "\n".join(problems[:50])
        more = f"\n… and {len(problems) - 50} more" if len(problems) > 50 else ""
        raise LogbookError(f"Nothing was saved; {len(problems)} problem(s):\n{shown}{more}")


class SiteCheckedEntries(EntryStore):
    """Entries that name their site are checked against the logbook's sites first, so a
    bad `site_id` is refused with the entry's place in the input, not a database error."""

    def add_many(self, items: Iterable[EntryData | Mapping[str, object]]) -> list[str]:
        checked = [as_entry_data(item) for item in items]
        wanted = {data.site_id for data in checked if data.site_id is not None}
        if wanted:
            with self._read() as session:
                known = set(session.scalars(select(SiteRow.id).where(SiteRow.id.in_(wanted))))
            problems = [
                f"{data.source or f'entry {number}'}: site_id: there is no site {data.site_id} "
                "in this logbook"
                for number, data in enumerate(checked, start=1)
                if data.site_id is not None and data.site_id not in known
            ]
            if problems:
                shown = "\n".join(problems[:50])
                more = f"\n… and {len(problems) - 50} more" if len(problems) > 50 else ""
                raise LogbookError(f"Nothing was saved; {len(problems)} problem(s):\n{shown}{more}")
        return super().add_many(checked)
