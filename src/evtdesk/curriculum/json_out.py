"""The progress as JSON (`evtdesk progress --json`); documented in docs/progress-format.md.

Plain dicts and lists only, so any tool (a department's spreadsheet, a script) can read
where a trainee stands without EVTDesk. Text is in the progress's language.
"""

from __future__ import annotations

from typing import Any

from evtdesk.curriculum.progress import ConditionProgress, ItemProgress, Progress


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
        out["attestation"] = {
            "by": item.attestation.supervisor_name,
            "signed_at": item.attestation.signed_at.isoformat(),
            "approved": item.attestation.approved,
            "comment": item.attestation.comment,
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
            }
            for p in progress.parts
        ],
        "items": [_item(i, language) for i in progress.items],
        "next_steps": [{"item_id": s.item_id, "sentence": s.sentence} for s in progress.next_steps],
    }
