"""The examination week, its verdicts and the measures a supervisor asks for.

The weeks and their cases are the trainee's records; whether a week passed is only what
a counting statement says (`EXAM_WEEK`, with the week it names inside the signed
payload). The latest verdict decides: a failed week's measures stand until a later week
passes. Measures of a failed week (A4) and of a yearly evaluation's action plan (S5) are
tracked: open until the trainee marks one done — her account, said as such.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import date

from evtdesk.curriculum.messages import say
from evtdesk.curriculum.progress import Flag, MeasureProgress, WeekProgress
from evtdesk.curriculum.schema import Condition
from evtdesk.model import Attestation, Entry, ExamWeek, LogbookSnapshot, measure_key
from evtdesk.model.statements import (
    EVAL_PREFIX,
    EXAM_WEEK,
    STOP,
    current_statement,
    deciding,
    may_decide,
)

CASE = "exam_week_case"
OPERATING = ("first_operator", "independent_first_operator")
GOOD_MTICI = ("2b", "2c", "3")


def names_week(verdict: Attestation, week: ExamWeek) -> bool:
    v = verdict.verdict
    return v is not None and v.week_id == week.id and v.week_start == week.start


LEGACY_DIGITS = 16  # EVTDesk 2026.11 pinned a case by 64 bits: a collision is within reach


def case_digest(entry: Entry) -> str:
    """A case's content as a verdict pins it: the SHA-256 (all 64 hex digits) of what the
    supervisor judged (kind, date, role, case number, site, fields, note). A revision
    number is the trainee's own count and a bundle may say anything; this changes
    whenever the case does, whatever number it carries. The whole digest, since the
    trainee writes both versions of a case: 64 bits gave her a colliding pair in about
    2^32 tries."""
    content = {
        "kind": entry.kind,
        "date": entry.date.isoformat(),
        "role": entry.role,
        "case_number": entry.case_number,
        "site_id": entry.site_id,
        "notes": entry.notes,
        "fields": dict(entry.fields),
    }
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# EVTDesk signs whole digests from this day on; a 16-digit pin signed later is not one of
# the statements 2026.11 wrote (an old copy still in use), and a collision is within reach
LEGACY_UNTIL = date(2026, 12, 8)


def pin_matches(pin: str, entry: Entry, signed_on: date | None = None) -> bool:
    """Whether `pin` (`<entry id>#<digest>`) names the entry as it now stands: the whole
    digest, or the first 16 hex digits that EVTDesk 2026.11 signed before LEGACY_UNTIL
    (still read, so what those statements decided stands; every statement signed now
    pins all 64, and a short pin signed since names nothing)."""
    entry_id, mark, digest = pin.partition("#")
    legacy = signed_on is None or signed_on < LEGACY_UNTIL
    lengths = (LEGACY_DIGITS, 64) if legacy else (64,)
    if not mark or entry_id != entry.id or len(digest) not in lengths:
        return False
    return case_digest(entry)[: len(digest)] == digest


def week_pin(snapshot: LogbookSnapshot, week: ExamWeek) -> tuple[str, ...]:
    """The week's cases as a verdict pins them: `<entry id>#<case_digest>`, sorted."""
    return tuple(sorted(f"{e.id}#{case_digest(e)}" for e in week_cases(snapshot, week)))


def pinned_by_revision(verdict: Attestation) -> bool:
    """A pass signed before pins named content: `<entry id>@<revision>`, numbers the
    trainee wrote, so it cannot show that the cases are the ones judged."""
    content = verdict.verdict
    return bool(content and content.cases and all("#" not in c for c in content.cases))


def outdated(verdict: Attestation, cases: Sequence[Entry]) -> bool:
    """A pass whose pinned cases are no longer the week's `cases`: a case was added,
    amended or retracted after the supervisor judged it. A failure stands whatever
    changes after."""
    content = verdict.verdict
    if not verdict.approved or content is None or content.cases is None:
        return False
    pins = sorted(content.cases, key=_pinned_id)
    ordered = sorted(cases, key=lambda e: e.id)
    if len(pins) != len(ordered):
        return True
    day = verdict.signed_at.date()
    return not all(pin_matches(pin, entry, day) for pin, entry in zip(pins, ordered, strict=True))


def _pinned_id(pin: str) -> str:
    return pin.partition("#")[0]


def verdicts(snapshot: LogbookSnapshot) -> list[Attestation]:
    """Every statement about the examination week, whoever signed it."""
    return [a for a in snapshot.attestations if a.subject == EXAM_WEEK]


def outdated_here(verdict: Attestation, snapshot: LogbookSnapshot) -> bool:
    """`outdated` against the week the verdict names, as this logbook holds it."""
    week = next((w for w in snapshot.exam_weeks if names_week(verdict, w)), None)
    return week is not None and outdated(verdict, week_cases(snapshot, week))


def week_cases(snapshot: LogbookSnapshot, week: ExamWeek) -> list[Entry]:
    return [
        e
        for e in snapshot.entries
        if e.kind == CASE and not e.retracted and week.holds(e.date) and e.site_id == week.site_id
    ]


def summarise(snapshot: LogbookSnapshot, week: ExamWeek) -> WeekProgress:
    """The week's candidates, decisions, EVT performed, results and complications, and
    the verdict on it (the deciding statement naming this week)."""
    site = next((s for s in snapshot.sites if s.id == week.site_id), None)
    cases = week_cases(snapshot, week)
    done = [e for e in cases if e.fields.get("evt_performed") is True]
    decided_evt = [
        e for e in cases if e.fields.get("decision") == "evt" or e.fields.get("evt_performed")
    ]
    naming = [a for a in verdicts(snapshot) if names_week(a, week)]
    current = current_statement(snapshot.attestations, EXAM_WEEK)
    verdict = deciding(naming)
    changed_after = None
    if verdict is not None and outdated(verdict, week_cases(snapshot, week)):
        verdict, changed_after = None, verdict  # the week awaits a verdict on what it is now
    return WeekProgress(
        week=week,
        unit=", ".join(x for x in (site.hospital, site.unit) if x) if site else "?",
        at_neurointervention=bool(site and site.has_neurointervention),
        candidates=len(cases),
        decided_evt=len(decided_evt),
        decided_no_evt=len(cases) - len(decided_evt),
        evt_performed=len(done),
        as_first_operator=sum(1 for e in done if e.role in OPERATING),
        mtici_2b_3=sum(1 for e in done if e.fields.get("mtici") in GOOD_MTICI),
        mtici_given=sum(1 for e in done if e.fields.get("mtici") is not None),
        sich=sum(1 for e in done if e.fields.get("sich") is True),
        new_territory_emboli=sum(1 for e in done if e.fields.get("new_territory_emboli") is True),
        with_complications=sum(1 for e in cases if str(e.fields.get("complications") or "")),
        verdict=verdict,
        current=current is not None and names_week(current, week),
        changed_after=changed_after,
    )


def week_summary(week: WeekProgress, language: str) -> str:
    """Where and when the week was, and what happened: candidates, decisions, EVT
    performed, results and complications."""
    return say(
        "week_line",
        language,
        start=week.week.start.isoformat(),
        end=week.week.last_day.isoformat(),
        unit=week.unit,
        n=week.candidates,
        evt=week.decided_evt,
        no=week.decided_no_evt,
        done=week.evt_performed,
        first=week.as_first_operator,
        good=week.mtici_2b_3,
        given=week.mtici_given,
        sich=week.sich,
        emboli=week.new_territory_emboli,
        comp=week.with_complications,
    )


def week_line(week: WeekProgress, language: str) -> str:
    """One line for the week: its summary and the verdict."""
    text = week_summary(week, language)
    verdict = week.verdict
    if verdict is None:
        return f"{text} — {week_changed(week, language) or say('week_awaiting', language)}"
    key = "week_passed" if verdict.approved else "week_failed"
    who = say(key, language, name=verdict.supervisor_name, date=verdict.signed_at.date())
    reason = verdict.verdict.reason if verdict.verdict else ""
    return f"{text} — {who}" + (f": {reason}" if reason and not verdict.approved else "")


def week_changed(week: WeekProgress, language: str) -> str:
    """Why a week that was passed awaits a verdict again, or "" when it does not."""
    passed = week.changed_after
    if passed is None:
        return ""
    key = "week_pinned_by_revision" if pinned_by_revision(passed) else "week_changed"
    return say(key, language, name=passed.supervisor_name, date=passed.signed_at.date())


def measure_exam_week(
    condition: Condition, snapshot: LogbookSnapshot, weeks: Sequence[WeekProgress], language: str
) -> tuple[float, float, bool, tuple[str, ...], tuple[Flag, ...]]:
    """(done, required, met, details, flags). The pass: the current verdict approves a
    week the logbook recorded. With `failed`: every failed week has its A4 record."""
    current = current_statement(snapshot.attestations, EXAM_WEEK)
    if condition.failed:
        return _failures(snapshot, language)
    flags = list(_case_flags(snapshot, weeks, language))
    details = tuple(week_line(w, language) for w in weeks) or (say("no_week", language),)
    if current is None or not current.approved:
        return 0, 1, False, details, tuple(flags)
    if current.verdict is None:  # signed before verdicts named their week
        flags.append(Flag("verdict_without_week", say("verdict_without_week", language)))
        return 1, 1, True, details, tuple(flags)
    named = [w for w in weeks if names_week(current, w.week)]
    if not named:
        flags.append(Flag("verdict_unknown_week", say("verdict_unknown_week", language)))
        return 0, 1, False, details, tuple(flags)
    if named[0].changed_after is current:
        flags.append(Flag("verdict_week_changed", say("verdict_week_changed", language)))
        return 0, 1, False, details, tuple(flags)
    if named[0].candidates < condition.min_cases:
        # "ansvarar för handläggning av alla strokepatienter som är kandidater": a week
        # with no case recorded shows no candidate handled, whatever the verdict says.
        week = named[0]
        message = say(
            "week_too_few_cases",
            language,
            start=week.week.start.isoformat(),
            n=week.candidates,
            m=condition.min_cases,
        )
        flags.append(Flag("week_too_few_cases", message))
        return 0, 1, False, details, tuple(flags)
    return 1, 1, True, details, tuple(flags)


def _failures(
    snapshot: LogbookSnapshot, language: str
) -> tuple[float, float, bool, tuple[str, ...], tuple[Flag, ...]]:
    """A4: each failed verdict with its reason, the day the employer was told, measures."""
    failed = {}
    for statement in verdicts(snapshot):  # the main supervisor's: a co-supervisor reports
        if not statement.approved and may_decide(statement):
            failed[statement.id] = statement
    documented = [a for a in failed.values() if a.verdict is not None and a.verdict.measures]
    details = []
    for a in sorted(failed.values(), key=lambda a: a.signed_at):
        v = a.verdict
        if v is None:
            details.append(
                say(
                    "failure_bare",
                    language,
                    name=a.supervisor_name,
                    date=a.signed_at.date(),
                    comment=a.comment,
                )
            )
            continue
        details.append(
            say(
                "failure_line",
                language,
                start=v.week_start.isoformat(),
                name=a.supervisor_name,
                reason=v.reason,
                informed=v.employer_informed.isoformat() if v.employer_informed else "?",
            )
        )
        details += [f"  • {m.due.isoformat()}: {m.text}" for m in v.measures]
    if not failed:
        details.append(say("no_failure", language))
    return len(documented), len(failed), len(documented) == len(failed), tuple(details), ()


def _case_flags(
    snapshot: LogbookSnapshot, weeks: Sequence[WeekProgress], language: str
) -> list[Flag]:
    flags = []
    live = sorted(
        (e for e in snapshot.entries if e.kind == CASE and not e.retracted),
        key=lambda e: (e.date, e.id),
    )
    outside = [
        e
        for e in live
        if not any(w.week.holds(e.date) and e.site_id == w.week.site_id for w in weeks)
    ]
    if outside:
        message = say("case_outside_week", language, n=len(outside))
        flags.append(Flag("case_outside_week", message, tuple(e.id for e in outside)))
    inside = sorted(
        (e for w in weeks for e in week_cases(snapshot, w.week)), key=lambda e: (e.date, e.id)
    )
    assisted = [e for e in inside if e.fields.get("evt_performed") and e.role not in OPERATING]
    if assisted:
        message = say("week_not_first_operator", language, n=len(assisted))
        flags.append(Flag("week_not_first_operator", message, tuple(e.id for e in assisted)))
    elsewhere = [w for w in weeks if not w.at_neurointervention]
    if elsewhere:
        named = ", ".join(f"{w.week.start.isoformat()} ({w.unit})" for w in elsewhere)
        flags.append(Flag("week_not_at_unit", say("week_not_at_unit", language, weeks=named)))
    return flags


def measures(snapshot: LogbookSnapshot) -> tuple[MeasureProgress, ...]:
    """The measures standing: the current failed verdict's (until a later verdict) and
    each year's current evaluation's action plan; with the trainee's marks."""
    marks = {m.measure: m for m in sorted(snapshot.measure_marks, key=lambda m: m.id)}
    found: list[MeasureProgress] = []
    subjects = sorted(
        {a.subject for a in snapshot.attestations if a.subject.startswith(EVAL_PREFIX)}
    )
    for subject in [EXAM_WEEK, *subjects]:
        if subject == EXAM_WEEK:  # a pass the week no longer matches passes nothing
            current = deciding(a for a in verdicts(snapshot) if not outdated_here(a, snapshot))
        else:
            current = current_statement(snapshot.attestations, subject)
        if current is None:
            continue
        plan = current.verdict.measures if current.verdict else ()
        if current.evaluation is not None:
            plan = current.evaluation.measures
        for n, measure in enumerate(plan, 1):
            key = measure_key(current.id, subject, n)
            mark = marks.get(key)
            found.append(
                MeasureProgress(
                    key,
                    subject,
                    measure,
                    current.supervisor_name,
                    current.signed_at.date(),
                    mark.done_on if mark else None,
                    mark.note if mark else "",
                )
            )
    return tuple(sorted(found, key=lambda m: (m.measure.due, m.key)))


def measure_sentence(measure: MeasureProgress, today: date, language: str) -> str:
    source = (
        say("from_week", language)
        if measure.source == EXAM_WEEK
        else say("from_evaluation", language, year=measure.source.removeprefix(EVAL_PREFIX))
    )
    key = "measure_overdue" if measure.measure.due < today else "measure_due"
    return say(
        key,
        language,
        due=measure.measure.due.isoformat(),
        text=measure.measure.text,
        source=source,
        name=measure.signed_by,
    )


def stopped(snapshot: LogbookSnapshot) -> Attestation | None:
    """The supervisor's stop of the training (H3), while it stands."""
    current = current_statement(snapshot.attestations, STOP)
    return current if current is not None and current.approved else None
