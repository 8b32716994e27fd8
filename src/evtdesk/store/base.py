"""What every store of records shares: the logbook's transactions, and screening text.

Each kind of record has its store (`people`, `periods`, `plan`, …); `Records` joins them
as `logbook.records`. Every change is recorded in the hash chain in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from evtdesk.entries.privacy import IdentityNumberFound, screen
from evtdesk.store.errors import LogbookError

SessionScope = Callable[[], AbstractContextManager[Session]]


class RecordStore:
    """Records of one kind in one open logbook, read and written in its transactions."""

    def __init__(self, read: SessionScope, write: SessionScope) -> None:
        self._read = read
        self._write = write


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


MAX_FREE_TEXT = 4000  # a note, a reason, a description: what a case's reason may hold


def screened(text: str, where: str) -> str:
    """Screen free text for identity numbers and its length; either is refused as a
    LogbookError (a note of 200 000 characters is a pasting mistake, not a note)."""
    if len(text) > MAX_FREE_TEXT:
        raise LogbookError(
            f"The {where} is {len(text)} characters long; at most {MAX_FREE_TEXT} are kept."
        )
    try:
        return screen(text, where)
    except IdentityNumberFound as error:
        raise LogbookError(str(error)) from None
