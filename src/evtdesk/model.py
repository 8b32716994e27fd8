"""Plain data types that cross the core boundary.

The store turns database rows into these frozen dataclasses; the curriculum engine, the
report, the bundle code and the UI only ever see these. Keeping them free of SQLAlchemy
means the engine can be tested on hand-built values and a UI model can hold thousands of
them without touching the database session.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class Role(StrEnum):
    """The operator role of a procedure, as the guidance distinguishes them."""

    OBSERVER = "observer"
    SECOND_OPERATOR = "second_operator"
    FIRST_OPERATOR = "first_operator"  # first operator, supervised
    INDEPENDENT_FIRST_OPERATOR = "independent_first_operator"


class PersonRole(StrEnum):
    TRAINEE = "trainee"
    SUPERVISOR = "supervisor"
    CO_SUPERVISOR = "co_supervisor"


@dataclass(frozen=True)
class Entry:
    """The current state of one logbook entry (its newest revision).

    `fields` holds the kind-specific values named in `evtdesk.entry_kinds`. Retracted
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


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    role: str  # a PersonRole value
    public_key: str | None = None  # minisign public key line (base64), once known
    email: str | None = None


@dataclass(frozen=True)
class Site:
    id: int
    hospital: str
    unit: str
    procedures_per_year: int | None = None
    evt_per_year: int | None = None
    has_neurointervention: bool = False


@dataclass(frozen=True)
class WorkPeriod:
    """Time worked towards a part of the curriculum.

    `part` is the curriculum's part id (for the Swedish curriculum `PREP` or `NI`); the
    engine sums periods per part. `fraction` is the part-time share, 1.0 for full time.
    `end` is None while the period is ongoing (the engine counts up to "today").
    """

    id: int
    part: str
    start: date
    end: date | None
    fraction: float = 1.0
    site_id: int | None = None
    description: str = ""


@dataclass(frozen=True)
class Adaptation:
    """A supervisor's signed change to one curriculum item in the training plan.

    `required` overrides the required number of named sub-conditions (an empty mapping
    changes no number, e.g. a note on focus); `waived` marks the item as not required.
    It exists only as a statement the supervisor signed (subject `ADAPT:<item>`):
    `decided_by` is the name the reader gave the signer's key, `decided_on` the signing day.
    """

    item_id: str
    note: str
    required: Mapping[str, float] = field(default_factory=dict)
    waived: bool = False
    decided_by: str = ""
    decided_on: date | None = None


@dataclass(frozen=True)
class Proposal:
    """An adaptation the trainee proposes; it changes nothing until the supervisor signs it.

    `proposed_seq` is the hash-chain sequence number when it was proposed: a supervisor's
    statement about the item that answers a bundle at or after it has seen the proposal.
    """

    id: int
    item_id: str
    note: str
    required: Mapping[str, float] = field(default_factory=dict)
    waived: bool = False
    proposed_on: date | None = None
    proposed_seq: int = 0


@dataclass(frozen=True)
class TrainingPlan:
    """The individual training plan (G2): the trainee's settings and proposals, and the
    adaptations the supervisor signed (derived from the signed statements)."""

    mri_primary: bool = False
    adaptations: tuple[Adaptation, ...] = ()
    note: str = ""
    proposals: tuple[Proposal, ...] = ()


@dataclass(frozen=True)
class Statement:
    """What a supervisor states about one subject, before it is signed.

    `subject` is a curriculum item id (`K1a`), a part id for its completion (`PREP`),
    `PLAN`, `EVAL:<year>`, `EXAM_WEEK`, or `ADAPT:<item>` for an adaptation of the
    training plan: approved, it applies with `required` and `waived`, and `comment` is
    its note; not approved, no adaptation of that item applies.
    """

    subject: str
    approved: bool
    comment: str
    required: Mapping[str, float] = field(default_factory=dict)
    waived: bool = False


@dataclass(frozen=True)
class Attestation:
    """A supervisor's signed statement about one subject, as the reader counts it.

    `subject` is a curriculum item id (e.g. `K1a`, `PREP` for completion of a part), or
    one of `PLAN`, `EVAL:<year>`, `EXAM_WEEK`, `ADAPT:<item>`. `basis_seq` is the
    hash-chain sequence number of the bundle the supervisor saw: entries changed after it
    make the attestation stale, and statements about one subject are ordered by it before
    their signing time, so a date the signer's clock wrote never outranks a later bundle.
    `adaptation` is set for an approved `ADAPT:` statement. `signer_role` is the role the
    reader gave the signer's key: a co-supervisor cannot speak for the main supervisor.
    """

    id: str
    subject: str
    approved: bool
    comment: str
    supervisor_name: str
    supervisor_key: str
    signed_at: datetime
    bundle_manifest_sha256: str
    basis_seq: int
    adaptation: Adaptation | None = None
    bundle_sequence: int | None = None
    signer_role: str = "supervisor"  # as the reader trusts the key: or "co_supervisor"


@dataclass(frozen=True)
class LogbookSnapshot:
    """Everything the curriculum engine and the report need, read in one transaction."""

    curriculum_id: str
    entries: tuple[Entry, ...]
    periods: tuple[WorkPeriod, ...] = ()
    attestations: tuple[Attestation, ...] = ()
    plan: TrainingPlan = TrainingPlan()
    people: tuple[Person, ...] = ()
    sites: tuple[Site, ...] = ()
    chain_head: str = ""
    chain_seq: int = 0
