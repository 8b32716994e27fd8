"""The sentence of what an item still lacks ("Still needed: 7 more EVT; …").

A refusal comes first: after it, "awaiting the supervisor's attestation" would be untrue.
A ratio over too few cases says so rather than quote a share of nothing; a refused
subject (a failed examination week) says who refused it and why; conditions judged from
records say how many of the sites, supervisors or years meet them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from evtdesk.curriculum import messages
from evtdesk.curriculum.measure import Measurement, latest_attestation
from evtdesk.curriculum.messages import number, say
from evtdesk.curriculum.progress import ConditionProgress
from evtdesk.curriculum.schema import Condition
from evtdesk.curriculum.years import evaluations
from evtdesk.model import Attestation, LogbookSnapshot
from evtdesk.model.statements import EXAM_WEEK

Rows = Sequence[tuple[Condition, Measurement, bool]]


def rejection(attestation: Attestation | None, language: str) -> str:
    """The refusal, if the newest statement refuses: who, when and the comment."""
    if attestation is None or attestation.approved:
        return ""
    return messages.rejection(
        attestation.supervisor_name, attestation.signed_at.date(), attestation.comment, language
    )


def missing(
    rows: Rows,
    met: bool,
    attested: bool,
    refusal: str,
    snapshot: LogbookSnapshot,
    today: date,
    language: str,
) -> str:
    """One sentence of everything still missing, or "" when satisfied."""
    if met or attested:
        return ""
    found = [gap(c, m, snapshot, today, language) for c, m, _ in rows if not m.met]
    if not found:
        return refusal or say("await", language)
    still = say("still", language) + "; ".join(found) + "."
    return f"{refusal} {still}" if refusal else still


def gap(
    condition: Condition,
    measurement: Measurement,
    snapshot: LogbookSnapshot,
    today: date,
    language: str,
) -> str:
    """What one unmet condition still lacks."""
    label = condition.label(language)
    if condition.type in ("attested", "exam_week"):
        subject = EXAM_WEEK if condition.type == "exam_week" else condition.subject
        latest = latest_attestation(snapshot.attestations, subject)
        if latest is not None and not latest.approved:
            reason = latest.verdict.reason if latest.verdict else latest.comment
            return messages.rejection(
                latest.supervisor_name, latest.signed_at.date(), reason, language, subject=label
            )
        if condition.type == "exam_week":
            if any(f.kind == "week_too_few_cases" for f in measurement.flags):
                return say("week_needs_cases", language, label=label)
            return say("attested", language, subject=label)
    if condition.type in ("sites", "supervisor"):
        return say(
            "records_gap",
            language,
            label=label,
            done=number(measurement.done, language),
            required=number(measurement.required, language),
        )
    if condition.type == "yearly":
        years = [str(y) for y, a in evaluations(condition, snapshot, today).items() if a is None]
        return say("evaluation_due", language, years=", ".join(years) or "–")
    if condition.type == "ratio" and len(measurement.counted) < max(condition.min_cases, 1):
        key = "ratio_few" if measurement.counted else "ratio_none"
        return say(
            key,
            language,
            label=label,
            n=len(measurement.counted),
            m=max(condition.min_cases, 1),
        )
    shown = ConditionProgress(
        condition.id,
        condition.type,
        condition.label_sv,
        condition.label_en,
        measurement.done,
        measurement.required,
        measurement.met,
    )
    return messages.condition_gap(shown, condition.type, language, condition.comparison)
