"""What the engine returns: per item, per condition, per part, and the next steps."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from evtdesk.model import Adaptation, Attestation, ExamWeek, Measure

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
    # count: how many of the counted cases a supervisor validated as they stand
    # (`curriculum.validation`): evidence beside the count, never part of `met`
    validated: int | None = None

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
    details: tuple[str, ...] = ()  # what the numbers rest on: per site, per year, per week

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
    items_met: int = 0  # items met or attested, of
    items_total: int = 0  # all the part's items (a part of recommendations shows these)
    # A signed approval of the part that does not stand, and why (out of order, without
    # what it needs, beside a refusal of its own mandatory item); "" otherwise.
    unheld: str = ""

    def title(self, language: str) -> str:
        return self.title_sv if language == "sv" else self.title_en


@dataclass(frozen=True)
class NextStep:
    item_id: str
    sentence: str


@dataclass(frozen=True)
class WeekProgress:
    """One examination week as the logbook shows it, with the supervisor's verdict on it
    (the current statement naming it, from a key that counts), if any."""

    week: ExamWeek
    unit: str  # "hospital, unit" of its site
    at_neurointervention: bool
    candidates: int
    decided_evt: int
    decided_no_evt: int
    evt_performed: int
    as_first_operator: int  # EVT performed with the trainee as (independent) first operator
    mtici_2b_3: int
    mtici_given: int
    sich: int
    new_territory_emboli: int
    with_complications: int
    verdict: Attestation | None = None
    current: bool = False  # the latest verdict is about this week
    changed_after: Attestation | None = None  # a pass the week's cases no longer match

    @property
    def state(self) -> str:
        """`awaiting` a verdict, `passed` or `failed`."""
        if self.verdict is None:
            return "awaiting"
        return "passed" if self.verdict.approved else "failed"


@dataclass(frozen=True)
class MeasureProgress:
    """A measure a supervisor signed (a failed week's complements, a year's action plan),
    and the trainee's own mark that it is done — her account, shown as such."""

    key: str
    source: str  # "EXAM_WEEK" or "EVAL:<year>"
    measure: Measure
    signed_by: str
    signed_on: date
    done_on: date | None = None  # the trainee's mark
    note: str = ""

    @property
    def open(self) -> bool:
        return self.done_on is None


@dataclass(frozen=True)
class YearProgress:
    """One calendar year of the training as the logbook shows it, and its evaluation."""

    year: int
    summary: tuple[tuple[str, float], ...]  # generated: entries per kind, months per part
    evaluation: Attestation | None = None  # the current statement about EVAL:<year>
    due: bool = True  # a past year (its evaluation is due); the current year is not yet
    lines: tuple[str, ...] = ()  # the summary for reading, in the progress's language


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
    exam_weeks: tuple[WeekProgress, ...] = ()
    measures: tuple[MeasureProgress, ...] = ()
    years: tuple[YearProgress, ...] = ()
    stopped: Attestation | None = None  # the supervisor stopped the training (H3)
    # Statements that stand by their key but whose signer may only report on their
    # subject (a co-supervisor's word on what the main supervisor decides): shown with
    # the signer and the day, counted nowhere (`curriculum.authority`).
    reports: tuple[Attestation, ...] = ()
    # A sentence for each statement that stands by its key and counted in an EVTDesk
    # from before the curriculum said who decides what, and counts no more: an older
    # logbook or bundle is shown as it now stands, and says where it changed.
    changed: tuple[str, ...] = ()

    def item(self, item_id: str) -> ItemProgress:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def part(self, part_id: str) -> PartProgress:
        for part in self.parts:
            if part.id == part_id:
                return part
        raise KeyError(part_id)
