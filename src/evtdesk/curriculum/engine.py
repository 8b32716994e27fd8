"""Evaluating a curriculum against a logbook snapshot.

The engine is pure: the same curriculum, snapshot and date give the same result, and it
never reads the database. The order entries were made in cannot matter (they are
counted, not replayed), and adding an entry can only raise a count.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from evtdesk.curriculum import approval, authority, gaps
from evtdesk.curriculum.flags import item_flags
from evtdesk.curriculum.measure import Measurement, latest_attestation, measure
from evtdesk.curriculum.messages import say
from evtdesk.curriculum.next_steps import next_steps
from evtdesk.curriculum.order import order_flags
from evtdesk.curriculum.progress import (
    ATTESTED,
    LOCKED,
    MET,
    OPEN,
    ConditionProgress,
    Flag,
    ItemProgress,
    PartProgress,
    Progress,
)
from evtdesk.curriculum.schema import Condition, Curriculum, Item
from evtdesk.curriculum.validation import validated_count, validations
from evtdesk.curriculum.year_summary import years_of
from evtdesk.curriculum.years import as_of
from evtdesk.model import Adaptation, Attestation, LogbookSnapshot
from evtdesk.model.statements import MRI_PRIMARY, current_statement

# A plan setting's value and the statement that decided it (None: the trainee's own, not
# confirmed by the supervisor).
PlanFlags = dict[str, tuple[bool, Attestation | None]]


def plan_flags(snapshot: LogbookSnapshot) -> PlanFlags:
    """Each plan setting a condition's `plan_required` may name, with the statement that
    decided it: the main supervisor's signed word (`MRI_PRIMARY`) when there is one,
    else the trainee's own setting, not confirmed (None). `snapshot` is judged."""
    decided = current_statement(snapshot.attestations, MRI_PRIMARY)
    if decided is not None:
        return {"mri_primary": (decided.approved, decided)}
    return {"mri_primary": (snapshot.plan.mri_primary, None)}


def _required(
    condition: Condition, flags: PlanFlags, adaptations: list[Adaptation]
) -> tuple[float, bool]:
    """The required number after the plan: a plan setting (e.g. MRI as the primary
    modality, as the supervisor signed it) first, then the supervisor's recorded
    adaptation, which has the last word."""
    required, adapted = condition.required, False
    for flag, value in condition.plan_required.items():
        if flags.get(flag, (False, None))[0]:
            required = value
    for adaptation in adaptations:
        if condition.id in adaptation.required:
            required, adapted = float(adaptation.required[condition.id]), True
    return required, adapted


def _subject(subject: str, today: date) -> str:
    """`EVAL:{year}` becomes this year's evaluation, so the item resets each January."""
    return subject.replace("{year}", str(today.year))


Row = tuple[Condition, Measurement, bool]


class _Rows(dict[str, list[Row]]):
    """Each item's measured conditions, measured when first asked for."""

    def __init__(self, measure_item: Callable[[str], list[Row]]) -> None:
        super().__init__()
        self._measure_item = measure_item

    def __missing__(self, item_id: str) -> list[Row]:
        rows = self[item_id] = self._measure_item(item_id)
        return rows


class _Evaluation:
    """One evaluation run: measurements first, then gates, then states and flags."""

    def __init__(
        self, curriculum: Curriculum, snapshot: LogbookSnapshot, today: date, language: str
    ) -> None:
        self.curriculum, self.snapshot, self.today, self.language = (
            curriculum,
            snapshot,
            today,
            language,
        )
        self.adaptations: dict[str, list[Adaptation]] = {}
        # An item the examination week's verdict decides (A3, A4) takes no adaptation: a
        # waiver of A3 would approve the training with no week passed.
        verdict_items = authority.verdict_items(curriculum)
        for adaptation in snapshot.plan.adaptations:
            if adaptation.item_id not in verdict_items:
                self.adaptations.setdefault(adaptation.item_id, []).append(adaptation)
        self.measured = _Rows(self._measure)
        self.part_ids = {p.id for p in curriculum.parts}
        # Items judged by the examination week's verdict: a plain tick decides nothing.
        self.verdict_items = authority.verdict_items(curriculum)
        self.part_approvals: dict[str, tuple[Attestation | None, str]] = {}
        self.plan_flags = plan_flags(snapshot)
        self.validations = validations(snapshot)  # cases a supervisor validated

    def _measure(self, item_id: str) -> list[tuple[Condition, Measurement, bool]]:
        """One item's conditions measured (on first use: a gate judged as of an earlier
        day needs only its targets)."""
        rows = []
        for condition in self.curriculum.item(item_id).conditions:
            required, adapted = _required(
                condition, self.plan_flags, self.adaptations.get(item_id, [])
            )
            if condition.type == "attested":
                condition = replace(condition, subject=_subject(condition.subject, self.today))
            measured = measure(condition, self.snapshot, self.today, required, self.language)
            rows.append((condition, measured, adapted))
        return rows

    def attested(self, subject: str) -> bool:
        return self.approval(subject) is not None

    def approval(self, subject: str) -> Attestation | None:
        """The approving statement about `subject` that stands, or None. An item judged by
        the examination week's verdict (A3, A4) is never approved by a plain tick; a
        part's approval stands only in its order (`part_approval`)."""
        if subject in self.part_ids:
            return self.part_approval(subject)[0]
        if subject in self.verdict_items:
            return None
        attestation = latest_attestation(self.snapshot.attestations, subject)
        return attestation if attestation is not None and attestation.approved else None

    def part_approval(self, part_id: str) -> tuple[Attestation | None, str]:
        """The main supervisor's approval of a part, if it stands, else why it does not
        (G1, S2): the parts before it approved (its gates open), what the curriculum says
        its approval needs met (part A: a passed examination week), and no refusal of one
        of its mandatory items standing beside it. Judged once per part and run."""
        if part_id in self.part_approvals:
            return self.part_approvals[part_id]
        self.part_approvals[part_id] = (None, "")  # a gate that loops back stays closed
        statement = latest_attestation(self.snapshot.attestations, part_id)
        judged: tuple[Attestation | None, str] = (None, "")
        if statement is not None and statement.approved:
            why = self.approval_problem(part_id)
            judged = (statement, "") if not why else (None, self._unheld(part_id, statement, why))
        self.part_approvals[part_id] = judged
        return judged

    def _unheld(self, part_id: str, statement: Attestation, why: str) -> str:
        """The sentence saying a supervisor's approval of the part does not stand, and why."""
        return say(
            "approval_unheld",
            self.language,
            part=self._name(part_id),
            who=statement.supervisor_name,
            day=statement.signed_at.date().isoformat(),
            why=why,
        )

    def approval_problem(self, part_id: str) -> str:
        """Why an approval of the part cannot stand, or ""."""
        part = next(p for p in self.curriculum.parts if p.id == part_id)
        opened, missing, _ = self.gate(part.opens_when)
        if not opened:
            return missing
        for item_id in part.approval_needs:
            item = self.curriculum.item(item_id)
            if not (self.numbers_met(item) or self.attested(item_id)):
                return say("approval_needs", self.language, target=self._name(item_id))
        for item in self.curriculum.items:
            if item.part != part_id or not item.mandatory or item.id in self.verdict_items:
                continue
            current = latest_attestation(self.snapshot.attestations, item.id)
            if current is not None and not current.approved:
                return say("approval_refused", self.language, target=self._name(item.id))
        return ""

    def waived(self, item: Item) -> bool:
        return any(a.waived for a in self.adaptations.get(item.id, []))

    def numbers_met(self, item: Item) -> bool:
        rows = self.measured[item.id]
        if self.waived(item):
            return True
        if item.concerns == "hospital" and self.refused(item.id):
            return False  # the hospital's declared readiness is the one record of H items
        return bool(rows) and all(m.met for _, m, _ in rows)

    def refused(self, subject: str) -> bool:
        """Whether the statement about `subject` that decides is a refusal."""
        current = latest_attestation(self.snapshot.attestations, subject)
        return current is not None and not current.approved

    def done(self, item_id: str) -> bool:
        """For `done:` gates: the numbers are met (or waived), or the item is attested —
        any item: a supervisor may certify 74 angiographies and experience gained
        elsewhere, and the attestation is what the gate waits for."""
        item = self.curriculum.item(item_id)
        return self.numbers_met(item) or self.attested(item.id)

    def gate(self, gates: tuple[str, ...]) -> tuple[bool, str, date | None]:
        """(open, reason if closed, the date the last attested gate opened)."""
        opened: date | None = None
        for gate in gates:
            kind, _, target = gate.partition(":")
            if kind == "attested":
                attestation = self.approval(target)
                if attestation is None:
                    return (
                        False,
                        say("locked_attested", self.language, target=self._name(target)),
                        None,
                    )
                day = attestation.signed_at.date()
                opened = max(opened, day) if opened else day
            elif not self.done(target):
                return False, say("locked_done", self.language, target=self._name(target)), None
        return True, "", opened

    def early_weeks(self, item: Item) -> tuple[Flag, ...]:
        """A3 opens only when every certificate is in, and a week starts only then; a
        week dated before its item opened — recorded afterwards with an earlier start —
        is flagged with what was missing that day. The item's gate is judged as the
        logbook stood on the week's first day (one more evaluation a recorded week)."""
        if not any(c.type == "exam_week" and not c.failed for c in item.conditions):
            return ()
        part = next(p for p in self.curriculum.parts if p.id == item.part)
        early = []
        for week in self.snapshot.exam_weeks:
            then = _Evaluation(self.curriculum, as_of(self.snapshot, week.start), week.start,
                               self.language)  # fmt: skip
            opened, missing, _ = then.gate(part.opens_when)
            if opened:
                opened, missing, _ = then.gate(item.opens_when)
            if not opened:
                early.append(
                    say("week_before_gate", self.language, start=week.start, missing=missing)
                )
        return (Flag("week_before_gate", " ".join(early)),) if early else ()

    def _name(self, target: str) -> str:
        """A gate target as the user reads it: a part's title, or an item's id and title."""
        for part in self.curriculum.parts:
            if part.id == target:
                return part.title(self.language)
        try:
            return f"{target} ({self.curriculum.item(target).title(self.language)})"
        except KeyError:
            return target

    def item(self, item: Item, part_open: tuple[bool, str, date | None]) -> ItemProgress:
        """State, numbers, flags and the missing sentence of one item."""
        own_open = self.gate(item.opens_when)
        is_open = part_open[0] and own_open[0]
        opened_on = max((d for d in (part_open[2], own_open[2]) if d), default=None)
        rows = self.measured[item.id]
        conditions = tuple(
            ConditionProgress(
                c.id,
                c.type,
                c.label_sv,
                c.label_en,
                m.done,
                m.required,
                m.met,
                c.unit_sv,
                c.unit_en,
                adapted,
                c.comparison if c.type == "ratio" else "",
                validated_count(m.counted, self.validations) if c.type == "count" else None,
            )
            for c, m, adapted in rows
        )
        # Any item may be attested (the supervisor certifies counts too); items marked
        # `attestation = true` have nothing else that satisfies them.
        attestation = (
            None
            if item.id in self.verdict_items
            else latest_attestation(self.snapshot.attestations, item.id)
        )
        attested = attestation is not None and attestation.approved
        rejection = gaps.rejection(attestation, self.language)
        numeric = bool(rows)
        met = self.numbers_met(item) if numeric or self.waived(item) else attested
        flags = item_flags(
            rows,
            self.snapshot.entries,
            opened_on,
            attestation if attested else None,
            self.adaptations.get(item.id, []),
            self.language,
        )
        flags += tuple(f for _, m, _ in rows for f in m.flags)
        flags += order_flags(item, self.snapshot.entries, self.language)
        flags += self.early_weeks(item)
        stale = any(f.kind == "stale_attestation" for f in flags)
        if not is_open:
            state = LOCKED
        elif attested:
            state = ATTESTED
        elif met:
            state = MET
        else:
            state = OPEN
        missing = (
            (part_open[1] or own_open[1])
            if not is_open
            else gaps.missing(
                rows, met, attested, rejection, self.snapshot, self.today, self.language
            )
        )
        return ItemProgress(
            id=item.id,
            part=item.part,
            title_sv=item.title_sv,
            title_en=item.title_en,
            section=item.section,
            mandatory=item.mandatory,
            state=state,
            met=met,
            attested=attested,
            stale=stale,
            conditions=conditions,
            flags=flags,
            adaptations=tuple(self.adaptations.get(item.id, [])),
            missing=missing,
            attestation=attestation,
            waived=self.waived(item),
            concerns=item.concerns,
            note_sv=item.note_sv,
            note_en=item.note_en,
            rejection=rejection,
            # two conditions on the same sites say the same line once
            details=tuple(dict.fromkeys(d for _, m, _ in rows for d in m.details)),
        )


def approved_part(
    curriculum: Curriculum, snapshot: LogbookSnapshot, part_id: str, today: date
) -> Attestation | None:
    """The approval of a part that stands as of `today`, judged as `evaluate` judges it
    (by the signer's authority, in the parts' order, with what the approval needs), for
    views that need only this: the follow-up year starts on the approval of part A."""
    judged = authority.judge(curriculum, as_of(snapshot, today))
    return _Evaluation(curriculum, judged, today, "en").part_approval(part_id)[0]


def evaluate(
    curriculum: Curriculum, snapshot: LogbookSnapshot, today: date, language: str = "en"
) -> Progress:
    """Every item's state, numbers, flags and missing sentence, plus the next steps, the
    examination weeks, the measures asked for and the years of the training — all as of
    `today`: what was dated or signed later is left out (`evtdesk progress --on`)."""
    snapshot = authority.judge(curriculum, as_of(snapshot, today))
    run = _Evaluation(curriculum, snapshot, today, language)
    parts, items, complete_parts = [], [], set()
    for part in curriculum.parts:
        part_open = run.gate(part.opens_when)
        part_items = [
            run.item(item, part_open) for item in curriculum.items if item.part == part.id
        ]
        items.extend(part_items)
        mandatory = [i for i in part_items if i.mandatory]
        # A part of recommendations only (continuing education, the hospital's list) is
        # never complete by default: it shows how many of its items are met.
        complete = run.attested(part.id) or (
            bool(mandatory) and all(i.state in (MET, ATTESTED) for i in mandatory)
        )
        state = "locked" if not part_open[0] else "complete" if complete else "open"
        unheld = run.part_approval(part.id)[1]
        satisfied = sum(1 for i in part_items if i.met or i.attested)
        if state == "complete":
            complete_parts.add(part.id)
        parts.append(
            PartProgress(
                part.id,
                part.title_sv,
                part.title_en,
                part.section,
                state,
                part_open[1],
                part_open[2],
                satisfied,
                len(part_items),
                unheld,
            )
        )
    measures = approval.measures(snapshot)
    stopped = approval.stopped(snapshot)
    return Progress(
        curriculum.id,
        curriculum.version,
        curriculum.title(language),
        language,
        today,
        tuple(parts),
        tuple(items),
        next_steps(items, complete_parts, language, measures, stopped, today, curriculum),
        tuple(approval.summarise(snapshot, w) for w in snapshot.exam_weeks),
        measures,
        years_of(curriculum, run.measured, snapshot, today, language),
        stopped,
        authority.reports(snapshot),
        authority.no_longer_counted(curriculum, snapshot, language),
    )
