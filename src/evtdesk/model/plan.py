"""The individual training plan: the supervisor's signed adaptations, the trainee's
proposals and settings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date


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
