"""The progress as JSON (`evtdesk progress --json`); documented in docs/progress-format.md.

Plain dicts and lists only, so any tool (a department's spreadsheet, a script) can read
where a trainee stands without EVTDesk. Text is in the progress's language.
"""

from __future__ import annotations

from typing import Any

from evtdesk.curriculum.progress import (
    ConditionProgress,
    ItemProgress,
    MeasureProgress,
    Progress,
    WeekProgress,
    YearProgress,
)
from evtdesk.model import Attestation


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _condition(condition: ConditionProgress, language: str) -> dict[str, Any]:
    out = {
        "id": condition.id,
        "type": condition.type,
        "label": condition.label(language),
        "unit": condition.unit_sv if language == "sv" else condition.unit_en,
        "done": _number(condition.done),
        "required": _number(condition.required),
        "met": condition.met,
        "adapted": condition.adapted,
    }
    if condition.type == "ratio":  # which side of the threshold meets it
        out["comparison"] = condition.comparison
    if condition.validated is not None:  # of the counted cases, validated by a supervisor
        out["validated"] = condition.validated
    return out


def _item(item: ItemProgress, language: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": item.id,
        "part": item.part,
        "title": item.title(language),
        "section": item.section,
        "mandatory": item.mandatory,
        "concerns": item.concerns,
        "note": item.note_sv if language == "sv" else item.note_en,
        "state": item.state,
        "met": item.met,
        "attested": item.attested,
        "stale": item.stale,
        "waived": item.waived,
        "missing": item.missing,
        "flags": [
            {
                "kind": f.kind,
                "message": f.message,
                "entry_ids": list(f.entry_ids),
                "period_ids": list(f.period_ids),
            }
            for f in item.flags
        ],
        "details": list(item.details),
        "adaptations": [
            {
                "note": a.note,
                "required": dict(a.required),
                "waived": a.waived,
                "decided_by": a.decided_by,
                "decided_on": a.decided_on.isoformat() if a.decided_on else None,
            }
            for a in item.adaptations
        ],
    }
    # The headline numbers of count, sum, duration and ratio items are those of their
    # first condition (the total); sub-conditions ("of which …") are in `conditions`.
    measured = [c for c in item.conditions if c.type in ("count", "sum", "duration", "ratio")]
    if measured:
        out["done"] = _number(measured[0].done)
        out["required"] = _number(measured[0].required)
    out["conditions"] = [_condition(c, language) for c in item.conditions]
    if item.attestation is not None:
        # The newest statement, approving or not: a reader must check `approved`, since a
        # refusal with its comment is what the trainee has to act on.
        out["attestation"] = _statement(item.attestation)
    return out


def _statement(statement: Attestation) -> dict[str, Any]:
    return {
        "by": statement.supervisor_name,
        "role": statement.signer_role,
        "signed_at": statement.signed_at.isoformat(),
        "approved": statement.approved,
        "comment": statement.comment,
    }


def _week(week: WeekProgress) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": week.week.id,
        "start": week.week.start.isoformat(),
        "end": week.week.last_day.isoformat(),
        "site_id": week.week.site_id,
        "unit": week.unit,
        "at_neurointervention": week.at_neurointervention,
        "state": week.state,
        "current": week.current,
        "candidates": week.candidates,
        "decided_evt": week.decided_evt,
        "decided_no_evt": week.decided_no_evt,
        "evt_performed": week.evt_performed,
        "as_first_operator": week.as_first_operator,
        "mtici_2b_3": week.mtici_2b_3,
        "mtici_given": week.mtici_given,
        "sich": week.sich,
        "new_territory_emboli": week.new_territory_emboli,
        "with_complications": week.with_complications,
        "verdict": None,
        "changed_after": _statement(week.changed_after) if week.changed_after else None,
    }
    if week.verdict is not None:
        out["verdict"] = _statement(week.verdict)
        content = week.verdict.verdict
        if content is not None and not week.verdict.approved:
            out["verdict"] |= {
                "reason": content.reason,
                "employer_informed": content.employer_informed.isoformat()
                if content.employer_informed
                else None,
                "measures": [{"text": m.text, "due": m.due.isoformat()} for m in content.measures],
            }
    return out


def _measure(measure: MeasureProgress) -> dict[str, Any]:
    return {
        "key": measure.key,
        "source": measure.source,
        "text": measure.measure.text,
        "due": measure.measure.due.isoformat(),
        "signed_by": measure.signed_by,
        "signed_on": measure.signed_on.isoformat(),
        "state": "open" if measure.open else "done",
        "done_on": measure.done_on.isoformat() if measure.done_on else None,
        "done_by": None if measure.open else "trainee",
        "note": measure.note,
    }


def _year(year: YearProgress) -> dict[str, Any]:
    evaluation = year.evaluation
    out: dict[str, Any] = {
        "year": year.year,
        "due": year.due,
        "summary": {key: _number(value) for key, value in year.summary},
        "lines": list(year.lines),
        "evaluation": None,
    }
    if evaluation is not None:
        out["evaluation"] = _statement(evaluation) | {
            "sufficient": evaluation.approved,
            "measures": [
                {"text": m.text, "due": m.due.isoformat()}
                for m in (evaluation.evaluation.measures if evaluation.evaluation else ())
            ],
        }
    return out


def progress_to_json(progress: Progress) -> dict[str, Any]:
    """The whole progress as JSON-ready data (format `evtdesk-progress/1`)."""
    language = progress.language
    return {
        "format": "evtdesk-progress/1",
        "curriculum": {
            "id": progress.curriculum_id,
            "version": progress.curriculum_version,
            "title": progress.curriculum_title,
        },
        "date": progress.today.isoformat(),
        "language": language,
        "parts": [
            {
                "id": p.id,
                "title": p.title(language),
                "state": p.state,
                "reason": p.reason,
                "opened_on": p.opened_on.isoformat() if p.opened_on else None,
                "items_met": p.items_met,
                "items_total": p.items_total,
                "unheld": p.unheld,
            }
            for p in progress.parts
        ],
        "items": [_item(i, language) for i in progress.items],
        "next_steps": [{"item_id": s.item_id, "sentence": s.sentence} for s in progress.next_steps],
        "stopped": _statement(progress.stopped) if progress.stopped else None,
        "exam_weeks": [_week(w) for w in progress.exam_weeks],
        "measures": [_measure(m) for m in progress.measures],
        "years": [_year(y) for y in progress.years],
        # statements that stand by their key but only report (a co-supervisor's word on
        # what the main supervisor decides): shown, counted nowhere
        "reports": [
            {"subject": r.subject, "authority": r.authority} | _statement(r)
            for r in progress.reports
        ],
        # statements that older EVTDesk counted and that count no more, one sentence each
        "changed": list(progress.changed),
    }
