"""Checking a logbook whole: the hash chain link by link, the encrypted file, the attachments.

A user who doubts a file (after a crash, a restore, a copy from another computer) can ask
`evtdesk check`, and the app asks after a restore. Every break is named, not only the
first: a missing event (the sequence jumps), an event that does not link to the one
before it, an event whose content no longer matches its own hash, a page of the file
that fails SQLCipher's authentication, an attachment that differs from its stored hash.

What it cannot see: someone holding the raw key who rewrites the chain from some event
to the end, recomputing every later hash, leaves a chain that is whole in itself. That is
caught only against a head recorded outside the file — the chain head of each bundle a
supervisor verified (see docs/file-format.md).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from evtdesk.store.chain import GENESIS, event_hash
from evtdesk.store.logbook import Logbook
from evtdesk.store.schema import AttachmentRow, EventRow


@dataclass(frozen=True)
class CheckReport:
    """What `check_logbook` found; `problems` is empty when the logbook is whole."""

    events: int
    attachments: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def _short(digest: str) -> str:
    return f"{digest[:12]}…"


def chain_problems(
    rows: Iterator[tuple[int, object, str, str, str, str, str]],
) -> tuple[int, list[str]]:
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
        if digest != event_hash(prev_hash, seq, at, action, subject, payload):  # type: ignore[arg-type]
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
    with logbook._read() as session:  # noqa: SLF001 - the store's own room
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


def check_logbook(logbook: Logbook) -> CheckReport:
    """Every check, every break named; nothing is written."""
    problems = _database_problems(logbook)
    with logbook._read() as session:  # noqa: SLF001 - the store's own room
        rows = session.execute(
            select(
                EventRow.seq,
                EventRow.at,
                EventRow.action,
                EventRow.subject,
                EventRow.payload,
                EventRow.prev_hash,
                EventRow.hash,
            ).order_by(EventRow.seq)
        )
        events, chain = chain_problems(iter(rows))  # type: ignore[arg-type]
    attachments, files = _attachment_problems(logbook)
    return CheckReport(events, attachments, tuple(problems + chain + files))
