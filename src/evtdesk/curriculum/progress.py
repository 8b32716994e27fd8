"""What the engine returns: per item, per condition, per part, and the next steps."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from evtdesk.model import Adaptation, Attestation

LOCKED, OPEN, MET, ATTESTED = "locked", "open", "met", "attested"


@dataclass(frozen=True)
class ConditionProgress:
    """One measured sub-condition: done against required, in the condition's unit."""

    id: str
    type: str
    label_sv: str
    label_en: str
    done: float
    required: float
    met: bool
    unit_sv: str = ""
    unit_en: str = ""
    adapted: bool = False  # the training plan changed `required`
    comparison: str = ""  # ratio: ">" (share must exceed `required`) or "<" (stay below it)

    def label(self, language: str) -> str:
        return self.label_sv if language == "sv" else self.label_en


@dataclass(frozen=True)
class Flag:
    """Something the supervisor must see: `before_part_opened` (entries dated before
    their part opened, listed by id), `periods_before_part_opened` (work periods that
    started before their part opened, listed by period id), `stale_attestation` (entries
    amended or retracted since the attestation, listed by id), `short_block` (work too
    short to count), `waived` (the training plan waives the item), `adaptation_unmatched`
    (an adaptation names a condition the item does not have, so it changes nothing)."""

    kind: str
    message: str
    entry_ids: tuple[str, ...] = ()
    period_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ItemProgress:
    """One item as the app, the report and `evtdesk progress` show it.

    `state` is locked/open/met/attested; `met` is about the numbers alone (a gate may
    still lock the item), so a trainee who logged cases early sees them counted.
    `attestation` is the newest statement about the item, approving or not; when it
    refuses, `rejection` says so in the user's language (who, when and why), so that no
    front end can mistake a refusal for an approval by its mere presence.
    """

    id: str
    part: str
    title_sv: str
    title_en: str
    section: str
    mandatory: bool
    state: str
    met: bool
    attested: bool
    stale: bool
    conditions: tuple[ConditionProgress, ...]
    flags: tuple[Flag, ...]
    adaptations: tuple[Adaptation, ...]
    missing: str
    attestation: Attestation | None = None
    waived: bool = False
    concerns: str = "trainee"  # who acts: trainee, supervisor or hospital
    note_sv: str = ""
    note_en: str = ""
    rejection: str = ""

    def title(self, language: str) -> str:
        return self.title_sv if language == "sv" else self.title_en


@dataclass(frozen=True)
class PartProgress:
    id: str
    title_sv: str
    title_en: str
    section: str
    state: str  # locked, open or complete
    reason: str  # why it is locked, in the user's language
    opened_on: date | None = None

    def title(self, language: str) -> str:
        return self.title_sv if language == "sv" else self.title_en


@dataclass(frozen=True)
class NextStep:
    item_id: str
    sentence: str


@dataclass(frozen=True)
class Progress:
    """The whole evaluation; `items` are in guidance order, grouped by part."""

    curriculum_id: str
    curriculum_version: str
    curriculum_title: str
    language: str
    today: date
    parts: tuple[PartProgress, ...]
    items: tuple[ItemProgress, ...]
    next_steps: tuple[NextStep, ...] = field(default_factory=tuple)

    def item(self, item_id: str) -> ItemProgress:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)
