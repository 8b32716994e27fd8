"""A curriculum as loaded from its TOML file: parts, items and their conditions.

Everything here is data: the engine knows condition *types* (count, sum, duration,
ratio, attested), never a curriculum's item ids, so a new country's curriculum is a new
file and no new Python.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

CONDITION_TYPES = (
    "count",
    "sum",
    "duration",
    "ratio",
    "attested",
    "sites",
    "supervisor",
    "exam_week",
    "yearly",
    # the quality targets from the approval on, judged as the quality view judges them
    # (`curriculum.followup_targets`): Q2, Q1, Q4
    "followup_evt",
    "followup_registries",
    "followup_logistics",
)
ENTRY_BASED = ("count", "sum", "ratio")  # condition types measured on logbook entries
# Who has to act on an item. Only the trainee's own items become next steps; the
# supervisor's duties and the hospital's requirements are shown but never nag the trainee.
CONCERNS = ("trainee", "supervisor", "hospital")
# The roles a reader can give a key (the trust list): whose statements an [[authority]]
# rule lets decide a subject, and whose it takes as a report only.
ROLES = ("supervisor", "co_supervisor", "hospital", "trainee")


@dataclass(frozen=True)
class EntryFilter:
    """Which entries a condition looks at: kinds, roles, and field values.

    `where` maps a field to a required value, or to a list of accepted values.
    """

    kinds: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    where: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def matches(self, kind: str, role: str | None, fields: Mapping[str, Any]) -> bool:
        if self.kinds and kind not in self.kinds:
            return False
        if self.roles and role not in self.roles:
            return False
        for name, wanted in self.where.items():
            value = fields.get(name)
            if isinstance(wanted, list):
                if value not in wanted:
                    return False
            elif value != wanted:
                return False
        return True


@dataclass(frozen=True)
class MixGroup:
    """One kind of case a count's entries should include: any of `values` of the
    condition's `mix_field` (ischaemic stroke: `ischaemia` or `occlusion`)."""

    values: tuple[str, ...]
    label_sv: str
    label_en: str

    def label(self, language: str) -> str:
        return self.label_sv if language == "sv" else self.label_en


@dataclass(frozen=True)
class Condition:
    """One measurable requirement of an item (a sub-condition when there are several).

    type: `count` entries ≥ required; `sum` a numeric field ≥ required (with
    `since_attested`, only entries dated from the day that subject was approved);
    `duration` months of work periods in `part` ≥ required (only at sites matching
    `at_site`, if given; or, with `since_attested`, months since that subject's approval
    was signed);
    `ratio` the share (percent) of `numerator` among the filtered entries compared with
    `threshold`; `attested` an approved attestation of `subject` exists; `sites` every
    site `of` selects reaches `thresholds`; `supervisor` every main supervisor recorded
    reaches `thresholds`; `exam_week` the supervisor's current verdict approves a week
    the logbook recorded; `yearly` every calendar year of the training has a statement
    about `subject` (`{year}` in it).

    Advice beside the numbers, flagged and never deciding `met`: a duration's
    `max_gap_months` and `max_span_factor` (the periods' pauses, and how far beyond the
    time required they spread), a count's `mix` (values of `mix_field` the counted
    entries should cover). An `exam_week`'s `min_cases`: a pass of a week holding fewer
    recorded cases does not count. A duration counted `since_attested` may name
    `logged_kinds`: no case of those kinds dated from the approval on is flagged.

    `flag_early`: entries and work periods dated before the item's part opened are
    flagged for the supervisor. A curriculum sets it false where its source places the
    work earlier, so that a course the guidance has taken during the preparatory part
    counts for approval without looking out of order.
    """

    id: str
    type: str
    label_sv: str
    label_en: str
    required: float = 0
    filter: EntryFilter = EntryFilter()
    field: str = ""  # sum
    window: str = ""  # "" or "calendar_year" (sum, count)
    part: str = ""  # duration
    block_min_months: float = 0  # duration: intermittent blocks shorter than this do not count
    numerator: Mapping[str, Any] = dataclasses.field(default_factory=dict)  # ratio
    comparison: str = ">"  # ratio: ">" or "<"
    # ratio: below this many cases the ratio is not judged yet; exam_week: a passed week
    # holding fewer recorded cases does not count
    min_cases: int = 0
    subject: str = ""  # attested, yearly
    at_site: Mapping[str, Any] = dataclasses.field(default_factory=dict)  # duration
    # duration: months since the approving statement about this subject was signed, not
    # work periods (the follow-up year starts on the day the training was approved)
    since_attested: str = ""
    # duration, advice: pauses between the part's periods longer than this many months,
    # and periods spread over more than this many times the months required, are flagged
    max_gap_months: float = 0
    max_span_factor: float = 0
    # duration with `since_attested`, advice: the kinds of case to be logged in that time;
    # none logged since the approval is flagged (the months still count)
    logged_kinds: tuple[str, ...] = ()
    # count, advice: the values of `mix_field` the counted entries should cover, in groups
    mix_field: str = ""
    mix: tuple[MixGroup, ...] = ()
    of: str = ""  # sites: "part:<PART>" (the sites of its work periods) or "home"
    # sites: neurointervention (1 = required), procedures_per_year, evt_per_year,
    # interventionists, max_trainees_per_supervisor; supervisor: years, evt
    thresholds: Mapping[str, float] = dataclasses.field(default_factory=dict)
    until: str = ""  # yearly: no year after the one in which this subject was approved
    failed: bool = False  # exam_week: judge the record of failed weeks (A4), not the pass
    plan_required: Mapping[str, float] = dataclasses.field(
        default_factory=dict
    )  # plan flag -> required
    unit_sv: str = ""
    unit_en: str = ""
    flag_early: bool = True

    def label(self, language: str) -> str:
        return self.label_sv if language == "sv" else self.label_en

    def unit(self, language: str) -> str:
        return self.unit_sv if language == "sv" else self.unit_en


@dataclass(frozen=True)
class OrderRule:
    """Work the source puts first (`first`) and work that should come after it (`then`):
    the logbook shows otherwise when the first `then` entry is dated before the first
    `first` entry (or there is none). Flagged, never blocking: order is the supervisor's
    judgement."""

    id: str
    first: EntryFilter
    then: EntryFilter
    first_sv: str
    first_en: str
    then_sv: str
    then_en: str

    def labels(self, language: str) -> tuple[str, str]:
        if language == "sv":
            return self.first_sv, self.then_sv
        return self.first_en, self.then_en


@dataclass(frozen=True)
class Item:
    """One requirement, as the guidance states it, with what satisfies it."""

    id: str
    part: str
    title_sv: str
    title_en: str
    section: str
    mandatory: bool
    conditions: tuple[Condition, ...] = ()
    attestation: bool = False  # needs (or may be satisfied by) a supervisor's attestation
    opens_when: tuple[str, ...] = ()  # gate: "attested:<subject>" or "done:<item id>"
    note_sv: str = ""
    note_en: str = ""
    concerns: str = "trainee"
    order: tuple[OrderRule, ...] = ()

    def title(self, language: str) -> str:
        return self.title_sv if language == "sv" else self.title_en

    def note(self, language: str) -> str:
        return self.note_sv if language == "sv" else self.note_en


@dataclass(frozen=True)
class Part:
    """A stage of training; its gate (`opens_when`) decides when its items unlock."""

    id: str
    title_sv: str
    title_en: str
    section: str
    opens_when: tuple[str, ...] = ()
    # Items that must be met (or decided) before an approval of the part stands: the
    # approval of the training needs a passed examination week (A3).
    approval_needs: tuple[str, ...] = ()

    def title(self, language: str) -> str:
        return self.title_sv if language == "sv" else self.title_en


@dataclass(frozen=True)
class AuthorityRule:
    """Who decides a kind of subject and who may only report on it, as the guidance
    gives it. `subjects` are statement subjects (`PLAN`, `EXAM_WEEK`, a part or item
    id) or prefixes ending in `*` (`EVAL:*`, `ADAPT:*`, `*` for every subject); the
    first rule of the file that names a subject is the one that holds for it."""

    subjects: tuple[str, ...]
    decides: tuple[str, ...]
    reports: tuple[str, ...] = ()
    section: str = ""

    def names(self, subject: str) -> bool:
        return any(
            subject.startswith(p[:-1]) if p.endswith("*") else subject == p for p in self.subjects
        )


# A file without [[authority]] rules: the main supervisor decides everything and a
# co-supervisor reports to him (S4), the guidance's own rule for supervision.
DEFAULT_AUTHORITY = (AuthorityRule(("*",), ("supervisor",), ("co_supervisor",)),)


@dataclass(frozen=True)
class Curriculum:
    """A whole curriculum file; `items` are in guidance order."""

    id: str
    version: str
    title_sv: str
    title_en: str
    source: str
    parts: tuple[Part, ...]
    items: tuple[Item, ...]
    authority: tuple[AuthorityRule, ...] = DEFAULT_AUTHORITY

    def title(self, language: str) -> str:
        return self.title_sv if language == "sv" else self.title_en

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)
