"""Checking a logbook whole: the hash chain link by link, the encrypted file, the attachments,
and every record progress is computed from against the events that recorded it.

A user who doubts a file (after a crash, a restore, a copy from another computer) can ask
`evtdesk check`, and the app asks after a restore. Every break is named, not only the
first: a missing event (the sequence jumps), an event that does not link to the one
before it, an event whose content no longer matches its own hash, a page of the file
that fails SQLCipher's authentication, an attachment that differs from its stored hash.

The entries are held twice: as rows (every revision, the retractions) and as the events
that recorded them, whose payload is the whole entry. So a row changed with the raw key
but not its event — a role turned from second to first operator — is named too: each
revision must equal the event that recorded it, and each such event must have its row.

The same holds for everything else progress is computed from: work periods, examination
weeks, measure marks, sites, people, the plan's proposals, the settings (the plan's and
the readiness checklists among them), trusted keys, imported statements, attached files
and the logbook's curriculum. Each event's payload holds the row's values (an add all of
them, an update those after it), so the events are folded in order and every row compared
with what they say, field by field; a row no event made, and a row an event made that is
gone, are named too (`check_records`, whose docstring lists what is compared in each
table and what no event holds). An imported statement is also compared with the signed
file kept with it, verified again with the key it names, so a refusal edited into an
approval is named by the supervisor's own signature (`check_sources`).

What it cannot see: someone holding the raw key who rewrites the chain from some event
to the end, recomputing every later hash, leaves a chain that is whole in itself. That is
caught only against what was recorded outside the file: the supervisor's logbook keeps
each bundle he verified, and a later bundle that does not keep its entries, revisions,
retractions and the events that made them is said to have changed the history
(`evtdesk.exchange.history`; docs/file-format.md).
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from evtdesk.store.chain import (
    GENESIS,
    VERIFY_CHUNK,
    Progress,
    VerifyCancelled,
    event_hash,
    head,
)
from evtdesk.store.check_records import record_problems
from evtdesk.store.check_sources import source_problems
from evtdesk.store.logbook import Logbook
from evtdesk.store.schema import AttachmentRow, EntryRow, EventRow, RetractionRow, RevisionRow

_ENTRY_EVENTS = ("entry.create", "entry.amend")


@dataclass(frozen=True)
class CheckReport:
    """What `check_logbook` found; `problems` is empty when the logbook is whole.
    `records` counts the rows compared with their events (besides the entries)."""

    events: int
    attachments: int
    problems: tuple[str, ...]
    records: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def _short(digest: str) -> str:
    return f"{digest[:12]}…"


def chain_problems(rows: Iterable[Any]) -> tuple[int, list[str]]:
    """Walk the events in order: each must follow the one before (no gap), name its hash as
    its previous, and hash to what it says. Returns how many there were and every break."""
    problems: list[str] = []
    previous_seq, previous_hash, count = 0, GENESIS, 0
    for seq, at, action, subject, payload, prev_hash, digest in rows:
        count += 1
        if seq != previous_seq + 1:
            missing = (
                f"event {previous_seq + 1} is missing"
                if seq == previous_seq + 2
                else f"events {previous_seq + 1}–{seq - 1} are missing"
            )
            problems.append(f"{missing}: the sequence jumps from {previous_seq} to {seq}")
        if prev_hash != previous_hash:
            before = f"event {previous_seq}" if previous_seq else "the start of the chain"
            problems.append(
                f"event {seq} ({action}) does not link to {before}: it names "
                f"{_short(prev_hash)} as the previous hash, but that is {_short(previous_hash)}"
            )
        if digest != event_hash(prev_hash, seq, at, action, subject, payload):
            problems.append(
                f"event {seq} ({action}) was changed after it was written: its content does "
                "not match its hash"
            )
        previous_seq, previous_hash = seq, digest
    if count == 0:
        problems.append("the logbook holds no events at all (not even its creation)")
    return count, problems


def _database_problems(logbook: Logbook) -> list[str]:
    problems: list[str] = []
    try:
        with logbook.engine.connect() as connection:
            failures = [
                str(r[0]) for r in connection.execute(text("PRAGMA cipher_integrity_check"))
            ]
            if failures:
                problems.append(
                    f"{len(failures)} page(s) of the encrypted file fail SQLCipher's "
                    f"authentication (damaged or altered): {failures[0]}"
                )
            result = [str(r[0]) for r in connection.execute(text("PRAGMA integrity_check"))]
            if result != ["ok"]:
                problems.append(
                    f"the database's own integrity check fails: {'; '.join(result[:3])}"
                )
    except DBAPIError as error:
        problems.append(f"the database could not be checked: {error.orig}")
    return problems


def _attachment_problems(logbook: Logbook) -> tuple[int, list[str]]:
    problems, count = [], 0
    with logbook._read() as session:
        query = select(
            AttachmentRow.id, AttachmentRow.filename, AttachmentRow.size, AttachmentRow.sha256
        )
        for attachment_id, filename, size, digest in session.execute(query):
            count += 1
            data = session.scalar(
                select(AttachmentRow.data).where(AttachmentRow.id == attachment_id)
            )
            data = data or b""
            if len(data) != size or hashlib.sha256(data).hexdigest() != digest:
                problems.append(
                    f"the attached file {attachment_id} ({filename}) differs from the hash "
                    "recorded when it was attached"
                )
    return count, problems


def _recorded(payload: dict[str, object]) -> dict[str, object]:
    keys = ("date", "role", "case_number", "notes", "site_id", "fields")
    return {key: payload.get(key) for key in keys}


def _as_stored(row: RevisionRow) -> dict[str, object]:
    return {
        "date": row.date.isoformat(),
        "role": row.role,
        "case_number": row.case_number,
        "notes": row.notes,
        "site_id": row.site_id,
        "fields": json.loads(row.fields_json),
    }


def entry_problems(session: Session) -> list[str]:
    """Each revision and retraction row against the event that recorded it."""
    events = {
        seq: (action, subject, payload)
        for seq, action, subject, payload in session.execute(
            select(EventRow.seq, EventRow.action, EventRow.subject, EventRow.payload).where(
                EventRow.action.in_((*_ENTRY_EVENTS, "entry.retract"))
            )
        )
    }
    problems: list[str] = []
    recorded: set[int] = set()
    kinds = {
        entry_id: kind for entry_id, kind in session.execute(select(EntryRow.id, EntryRow.kind))
    }
    heads: dict[str, int] = {}
    for row in session.scalars(select(RevisionRow).order_by(RevisionRow.id)):
        heads[row.entry_id] = max(heads.get(row.entry_id, 0), row.revision)
        event = events.get(row.event_seq)
        action = "entry.create" if row.revision == 1 else "entry.amend"
        where = f"entry {row.entry_id} revision {row.revision}"
        if event is None or event[0] != action or event[1] != row.entry_id:
            problems.append(f"{where} has no event that recorded it (event {row.event_seq})")
            continue
        recorded.add(row.event_seq)
        payload = json.loads(event[2])
        changed = [k for k, v in _recorded(payload).items() if _as_stored(row)[k] != v]
        if row.revision == 1 and payload.get("kind") != kinds.get(row.entry_id):
            changed.append("kind")
        if changed:
            problems.append(
                f"{where} differs from the event that recorded it (event {row.event_seq}): "
                f"{', '.join(changed)} was changed in the table"
            )
    for seq, (action, subject, _payload) in sorted(events.items()):
        if action in _ENTRY_EVENTS and seq not in recorded:
            problems.append(
                f"event {seq} ({action}) recorded a revision of {subject} that is missing"
            )
    retracted = {row.entry_id: row for row in session.scalars(select(RetractionRow))}
    for entry_id, retraction in retracted.items():
        event = events.get(retraction.event_seq)
        if event is None or event[0] != "entry.retract" or event[1] != entry_id:
            problems.append(f"the retraction of entry {entry_id} has no event that recorded it")
    # A retraction taken out of the tables (row deleted, entry unmarked) leaves its event.
    for seq, (action, subject, _payload) in sorted(events.items()):
        kept = retracted.get(subject)
        if action == "entry.retract" and (kept is None or kept.event_seq != seq):
            problems.append(f"event {seq} ({action}) retracted {subject}, which is not retracted")
    for entry in session.scalars(select(EntryRow)):
        if entry.head_revision != heads.get(entry.id, 0) or bool(entry.retracted) != (
            entry.id in retracted
        ):
            problems.append(
                f"entry {entry.id}'s current revision or retraction does not match its history"
            )
    return problems


def _events(
    session: Session, progress: Progress | None, cancel: threading.Event | None
) -> Iterator[Any]:
    """The events in order, read in chunks (memory stays flat for any length of history),
    with `progress(checked, total)` after each and VerifyCancelled when `cancel` is set."""
    total = head(session).seq
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
    done = 0
    for chunk in result.partitions():
        if cancel is not None and cancel.is_set():
            result.close()
            raise VerifyCancelled()
        yield from chunk
        done += len(chunk)
        if progress is not None:
            progress(done, max(total, done))


def _entries_or_why(session: Session) -> list[str]:
    """`entry_problems`, or in plain words why the entries could not be compared: a value
    changed with the raw key into one no column type reads (a date that is no date), or a
    table dropped, is a break to name, not a traceback."""
    try:
        return entry_problems(session)
    except (ValueError, TypeError, DBAPIError) as error:
        why = error.orig if isinstance(error, DBAPIError) else error
        return [
            "the entries could not be compared with the events that recorded them: a value "
            f"in entry_revisions, retractions or entries is not one EVTDesk writes ({why})"
        ]


def check_logbook(
    logbook: Logbook, progress: Progress | None = None, cancel: threading.Event | None = None
) -> CheckReport:
    """Every check, every break named; nothing is written. `progress(done, total)` is told
    as the events are walked; a set `cancel` stops it with VerifyCancelled."""
    problems = _database_problems(logbook)
    with logbook._read() as session:
        events, chain = chain_problems(_events(session, progress, cancel))
        entries = _entries_or_why(session)
        records, tables = record_problems(session)
        sources = source_problems(session)
    attachments, files = _attachment_problems(logbook)
    found = problems + chain + entries + tables + sources + files
    return CheckReport(events, attachments, tuple(found), records)
