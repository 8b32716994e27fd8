"""The follow-up year (FU1): when it starts, and what the operator logged in it.

It starts on the day the supervisor's approval of the training was signed, not on a date
typed by hand, so the year cannot be moved to flatter the figures. Whether that approval
stands is the curriculum engine's judgement, the same every view shows: a later refusal
withdraws it, a co-supervisor's is her report, and one signed before the neurointervention
part was approved or without a passed examination week opens nothing.

`APPROVAL_SUBJECT` is where the approval is read from; it is the one place to re-point
when the approval statement gets its own subject.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from evtdesk.curriculum.engine import approved_part
from evtdesk.curriculum.loader import CurriculumError, load_curriculum
from evtdesk.curriculum.outcomes.cases import (
    APPROVAL_SUBJECT,
    FOLLOW_UP,
    Window,
    one_year_after,
    unknown,
)
from evtdesk.model import LogbookSnapshot

NOT_STARTED = "The follow-up year starts when the training is approved."
FOLLOWUP_KIND = "followup_case"


class FollowUpNotStarted(ValueError):
    """No approval of the training is signed, so there is no follow-up year yet."""

    def __init__(self) -> None:
        super().__init__(NOT_STARTED)


def followup_start(snapshot: LogbookSnapshot, today: date | None = None) -> date | None:
    """The day the approval of the training was signed; None while no approval stands.
    The one judge of the curriculum decides whether it stands (`approved_part`): signed
    by the main supervisor, after the neurointervention part, with a passed week."""
    try:
        curriculum = load_curriculum(snapshot.curriculum_id)
    except CurriculumError:
        return None  # the views say the curriculum cannot be read; no year is started
    statement = approved_part(curriculum, snapshot, APPROVAL_SUBJECT, today or date.today())
    return statement.signed_at.date() if statement is not None else None


def followup_window(snapshot: LogbookSnapshot) -> Window:
    """The follow-up year as a window; FollowUpNotStarted before the approval."""
    start = followup_start(snapshot)
    if start is None:
        raise FollowUpNotStarted()
    return Window(start, one_year_after(start), FOLLOW_UP)


@dataclass(frozen=True)
class FollowUpLog:
    """What FU1 asks the operator to log: every case handled, EVT or not, and complications."""

    start: date
    end: date
    cases: int
    evt_performed: int
    without_evt: int
    with_complications: int
    days_elapsed: int  # of the year, up to today


def followup_log(snapshot: LogbookSnapshot, today: date) -> FollowUpLog:
    """Count the follow-up cases in the year; FollowUpNotStarted before the approval."""
    window = followup_window(snapshot)
    cases = [
        e
        for e in snapshot.entries
        if e.kind == FOLLOWUP_KIND and not e.retracted and window.holds(e.date)
    ]
    performed = sum(1 for e in cases if e.fields.get("evt_performed") is True)
    complications = sum(1 for e in cases if not unknown(e.fields.get("complications")))
    elapsed = (min(today, window.end) - window.start).days + 1 if today >= window.start else 0
    return FollowUpLog(
        window.start,
        window.end,
        len(cases),
        performed,
        len(cases) - performed,
        complications,
        elapsed,
    )
