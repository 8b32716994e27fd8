"""The supervisor's structured statements about a bundle: the verdict on an examination
week, the evaluation of a calendar year, and stopping or resuming the training.

Each is built from what the verified bundle shows — the week as the trainee recorded it,
the year's summary as the reader's EVTDesk generates it from her logbook — so the signed
statement names exactly what the supervisor judged. What he adds (a reason, the day the
employer was informed, dated measures) is screened for identity numbers before signing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from evtdesk.curriculum.approval import week_pin
from evtdesk.entries.privacy import find_identity_numbers
from evtdesk.exchange.supervisor import BundleView
from evtdesk.model import ExamVerdict, ExamWeek, Measure, Statement, YearlyEvaluation
from evtdesk.model.statements import EVAL_PREFIX, EXAM_WEEK, STOP
from evtdesk.store import LogbookError

_IDENTITY = "holds what looks like a Swedish personal identity number; say it without it"


def screened(text: str, what: str) -> str:
    """`text` stripped, refused (LogbookError) when it holds a personal identity number:
    what a supervisor adds to a statement is screened before it is signed."""
    if find_identity_numbers(text):
        raise LogbookError(f"The {what} {_IDENTITY}.")
    return text.strip()


def week_verdict(
    view: BundleView,
    week_id: int,
    passed: bool,
    comment: str = "",
    reason: str = "",
    employer_informed: date | None = None,
    measures: Sequence[Measure] = (),
    today: date | None = None,
) -> Statement:
    """Pass or fail one week the bundle holds. A failed week needs its reason, the day
    the employer was informed and at least one dated measure (A4)."""
    if view.progress is None or view.snapshot is None:
        raise LogbookError("The bundle's contents could not be read; there is no week to judge.")
    week = next((w for w in view.progress.exam_weeks if w.week.id == week_id), None)
    if week is None:
        held = ", ".join(
            f"{w.week.id} ({w.week.start.isoformat()})" for w in view.progress.exam_weeks
        )
        raise LogbookError(
            f"The bundle holds no examination week {week_id}"
            + (f"; its weeks: {held}." if held else "; it records none.")
        )
    comment = screened(comment, "comment")
    pin = week_pin(view.snapshot, week.week)  # what he judged: changed cases void a pass
    if passed:
        _passable(week.week, week.candidates, today or date.today())
        if reason or employer_informed or measures:
            raise LogbookError("A passed week has no reason, employer notice or measures.")
        content = ExamVerdict(week_id, week.week.start, week.unit, cases=pin)
        return Statement(EXAM_WEEK, True, comment, verdict=content)
    if not reason.strip():
        raise LogbookError("Say why the examination week is not approved (--reason).")
    if employer_informed is None:
        raise LogbookError(
            "Say when the employer was informed (--employer-informed YYYY-MM-DD): the guidance "
            "asks the supervisor to inform the employer of a failed week."
        )
    if not measures:
        raise LogbookError("Propose at least one measure for the approval (--measure DATE=TEXT).")
    checked = [Measure(screened(m.text, "measure"), m.due) for m in measures]
    verdict = ExamVerdict(
        week_id,
        week.week.start,
        week.unit,
        screened(reason, "reason"),
        employer_informed,
        tuple(checked),
    )  # unpinned: a failure stands whatever changes after it
    return Statement(EXAM_WEEK, False, comment or verdict.reason, verdict=verdict)


def _passable(week: ExamWeek, candidates: int, today: date) -> None:
    """A pass judges the whole week: after its last day, on the candidates it held (A3:
    the trainee handles every candidate of the week). A failure may come at any time."""
    if today <= week.last_day:
        raise LogbookError(
            f"The week runs until {week.last_day.isoformat()}: it is passed after its last "
            "day, when every candidate is in. Nothing was signed."
        )
    if candidates == 0:
        raise LogbookError(
            "The week records no case: a pass judges the candidates the trainee handled "
            "that week. Nothing was signed."
        )


def year_evaluation(
    view: BundleView,
    year: int,
    sufficient: bool,
    comment: str = "",
    measures: Sequence[Measure] = (),
) -> Statement:
    """Evaluate one calendar year of the training with the summary the bundle's logbook
    gives for it; insufficient progress needs an action plan of dated measures (S5)."""
    if view.progress is None:
        raise LogbookError("The bundle's contents could not be read; there is no year to judge.")
    found = next((y for y in view.progress.years if y.year == year), None)
    if found is None:
        held = ", ".join(str(y.year) for y in view.progress.years) or "none"
        raise LogbookError(f"{year} is not a year of this training (its years: {held}).")
    if sufficient and measures:
        raise LogbookError("Sufficient progress needs no action plan; leave out --measure.")
    if not sufficient and not measures:
        raise LogbookError(
            "Insufficient progress needs an action plan: at least one --measure DATE=TEXT."
        )
    checked = tuple(Measure(screened(m.text, "measure"), m.due) for m in measures)
    evaluation = YearlyEvaluation(year, dict(found.summary), checked)
    return Statement(
        f"{EVAL_PREFIX}{year}", sufficient, screened(comment, "comment"), evaluation=evaluation
    )


def training_stop(stop: bool, reason: str) -> Statement:
    """Stop the training (H3: not enough time or resources), or lift the stop."""
    if not reason.strip():
        raise LogbookError("Say why the training is stopped or resumed.")
    return Statement(STOP, stop, screened(reason, "reason"))
