"""Entries: the current state of each logbook entry and its earlier revisions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class Role(StrEnum):
    """The operator role of a procedure, as the guidance distinguishes them."""

    OBSERVER = "observer"
    SECOND_OPERATOR = "second_operator"
    FIRST_OPERATOR = "first_operator"  # first operator, supervised
    INDEPENDENT_FIRST_OPERATOR = "independent_first_operator"


@dataclass(frozen=True)
class Entry:
    """The current state of one logbook entry (its newest revision).

    `fields` holds the kind-specific values named in `evtdesk.entries.kinds`. Retracted
    entries are still returned by the store (flagged) so that nothing silently vanishes;
    counting code must skip them.
    """

    id: str
    kind: str
    date: date
    role: str | None
    case_number: str | None
    notes: str
    fields: Mapping[str, Any]
    site_id: int | None = None
    revision: int = 1
    created_at: datetime | None = None
    changed_at: datetime | None = None
    created_seq: int = 0
    changed_seq: int = 0
    retracted: bool = False
    retraction_reason: str | None = None

    @property
    def amended(self) -> bool:
        return self.revision > 1


@dataclass(frozen=True)
class EntryRevision:
    """One historical version of an entry; revision 1 is the original."""

    entry_id: str
    revision: int
    date: date
    role: str | None
    case_number: str | None
    notes: str
    fields: Mapping[str, Any]
    site_id: int | None
    reason: str | None
    recorded_at: datetime
