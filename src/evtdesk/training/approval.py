"""The examination week and the supervisor's measures, checked against the logbook's own
evaluation before the store keeps them.

* A week starts only when the curriculum's examination-week item is open (for the
  Swedish guidance: when every certificate and the course are in), not after a week
  has passed, and at a site the logbook holds.
* A case of the week is an `exam_week_case` entry dated inside it, at its site: the form
  and the command line make it so, so that every candidate of the week is counted there.
* A measure is marked done only when it is one a counting statement in this logbook
  asked for; the mark is the trainee's account and changes no verdict.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from evtdesk.curriculum import Progress, evaluate
from evtdesk.curriculum.progress import MeasureProgress
from evtdesk.entries.validation import ValidationError
from evtdesk.model import Entry, ExamWeek, MeasureMark
from evtdesk.model.content import MAX_CASES
from evtdesk.store import Logbook, LogbookError, NotFound
from evtdesk.training import curriculum_of

CASE = "exam_week_case"


def progress_of(logbook: Logbook, today: date | None = None) -> Progress:
    return evaluate(curriculum_of(logbook), logbook.snapshot(), today or date.today())


def start_exam_week(
    logbook: Logbook, start: date, site_id: int, note: str = "", today: date | None = None
) -> ExamWeek:
    """Record an examination week (when it starts, or scheduled ahead)."""
    today = today or date.today()
    progress = progress_of(logbook, today)
    curriculum = curriculum_of(logbook)
    gates = [
        i.id
        for i in curriculum.items
        if any(c.type == "exam_week" and not c.failed for c in i.conditions)
    ]
    for item_id in gates:
        item = progress.item(item_id)
        if item.state == "locked":
            raise LogbookError(f"The examination week cannot start yet: {item.missing}")
        if item.met or item.attested:
            raise LogbookError(
                "The examination week was passed; the approval does not need another one."
            )
    return logbook.records.add_exam_week(start, site_id, note)


def week_of(logbook: Logbook, week_id: int) -> ExamWeek:
    week = next((w for w in logbook.records.exam_weeks() if w.id == week_id), None)
    if week is None:
        raise NotFound(f"No examination week {week_id} (see the list of weeks).")
    return week


def add_week_case(logbook: Logbook, week_id: int, values: Mapping[str, Any]) -> Entry:
    """One candidate of the week: an `exam_week_case` dated inside the week, at its site
    (the week's site is filled in; another is refused). `values` are the entry's fields
    as a form or a command line gives them; the decision is required."""
    week = week_of(logbook, week_id)
    raw = dict(values)
    day = raw.get("date")
    try:
        day = date.fromisoformat(day) if isinstance(day, str) else day
    except ValueError:
        raise LogbookError(f"date: {day!r} is not a date (YYYY-MM-DD)") from None
    if not isinstance(day, date) or not week.holds(day):
        raise LogbookError(
            f"A case of this examination week is dated {week.start.isoformat()} – "
            f"{week.last_day.isoformat()}."
        )
    if raw.get("site_id") not in (None, "", week.site_id):
        raise LogbookError("A case of this examination week is at the week's site.")
    if raw.get("decision") not in ("evt", "no_evt"):
        raise LogbookError("decision: say whether EVT was decided (evt) or not (no_evt).")
    held = [
        e
        for e in logbook.entries.list(CASE, include_retracted=False)
        if week.holds(e.date) and e.site_id == week.site_id
    ]
    if len(held) >= MAX_CASES:  # what a verdict can pin; no unit sees as many in a week
        raise LogbookError(f"An examination week holds at most {MAX_CASES} cases.")
    raw |= {"kind": CASE, "date": day.isoformat(), "site_id": week.site_id}
    raw.setdefault("evt_performed", raw["decision"] == "evt")
    if raw["decision"] == "no_evt" and not raw.get("role"):
        raw["role"] = "independent_first_operator"  # she decided, and did not treat
    try:
        return logbook.entries.add(raw)
    except ValidationError as error:
        raise LogbookError(f"The case was not saved: {error}") from None


def find_measure(progress: Progress, key: str) -> MeasureProgress:
    """The measure named by its key, or by a unique beginning of it (at least 8 letters)."""
    exact = [m for m in progress.measures if m.key == key]
    found = exact or [m for m in progress.measures if len(key) >= 8 and m.key.startswith(key)]
    if not found:
        raise NotFound(
            f"No measure {key!r} that your supervisor asked for (see the list of measures)."
        )
    if len(found) > 1:
        raise LogbookError(f"{key!r} names more than one measure; give more of its key.")
    return found[0]


def mark_measure_done(
    logbook: Logbook, key: str, done_on: date, note: str = "", today: date | None = None
) -> MeasureMark:
    """Mark one of the supervisor's measures done (the trainee's account)."""
    measure = find_measure(progress_of(logbook, today), key)
    if done_on < measure.signed_on:
        raise LogbookError(
            f"The measure was asked for on {measure.signed_on.isoformat()}; it cannot be "
            "done before."
        )
    return logbook.records.mark_measure_done(measure.key, done_on, note)


def reopen_measure(logbook: Logbook, key: str, reason: str) -> None:
    measure = find_measure(progress_of(logbook), key)
    logbook.records.reopen_measure(measure.key, reason)
