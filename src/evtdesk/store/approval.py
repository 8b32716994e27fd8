"""The trainee's records of the approval: examination weeks and her marks on measures.

Both are her account. A week is recorded when it starts (or scheduled ahead), at one
site, and withdrawn with a reason if entered by mistake; weeks do not overlap. A mark
says she did what a supervisor's measure asked, on a day; withdrawn, the measure is open
again. That a measure names one the supervisor signed is for the caller to check
(`evtdesk.training`): the store keeps what it is given, in the hash chain.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from evtdesk.model import ExamWeek, MeasureMark
from evtdesk.model.approval import WEEK_DAYS
from evtdesk.store import chain, convert
from evtdesk.store.base import RecordStore
from evtdesk.store.base import now as _now
from evtdesk.store.base import screened as _screened
from evtdesk.store.errors import LogbookError, NotFound
from evtdesk.store.schema import ExamWeekRow, MeasureMarkRow, SiteRow

MAX_KEY = 200


class ApprovalStore(RecordStore):
    """Examination weeks and measure marks: added, withdrawn with a reason, listed."""

    def add_exam_week(self, start: date, site_id: int, note: str = "") -> ExamWeek:
        """Record an examination week of seven days from `start` at a site. Refused: an
        unknown site, and a week overlapping another recorded one."""
        note = _screened(note.strip(), "note")
        last = start + timedelta(days=WEEK_DAYS - 1)
        with self._write() as session:
            if session.get(SiteRow, site_id) is None:
                raise NotFound(f"No site {site_id}; add it first (see the list of sites).")
            for other in session.scalars(
                select(ExamWeekRow).where(ExamWeekRow.withdrawn.is_(False))
            ):
                other_last = other.start + timedelta(days=WEEK_DAYS - 1)
                if other.start <= last and start <= other_last:
                    raise LogbookError(
                        f"Examination week {other.id} ({other.start.isoformat()} – "
                        f"{other_last.isoformat()}) overlaps this one; withdraw it first, or "
                        "choose another start."
                    )
            row = ExamWeekRow(start=start, site_id=site_id, note=note, recorded_at=_now())
            session.add(row)
            session.flush()
            chain.append(
                session,
                "exam_week.add",
                str(row.id),
                {"start": start.isoformat(), "site_id": site_id, "note": note},
            )
            return convert.exam_week(row)

    def withdraw_exam_week(self, week_id: int, reason: str) -> None:
        """Take a week entered by mistake out; it stays listed with the reason. Its cases
        stay entries of the logbook (retract them one by one if they were mistakes too)."""
        reason = _screened(reason.strip(), "reason")
        if not reason:
            raise LogbookError("Withdrawing an examination week needs a reason.")
        with self._write() as session:
            row = session.get(ExamWeekRow, week_id)
            if row is None:
                raise NotFound(f"No examination week {week_id}.")
            if row.withdrawn:
                raise LogbookError(f"Examination week {week_id} was withdrawn before.")
            row.withdrawn, row.withdrawn_reason, row.withdrawn_at = True, reason, _now()
            chain.append(session, "exam_week.withdraw", str(week_id), {"reason": reason})

    def exam_weeks(self, include_withdrawn: bool = False) -> list[ExamWeek]:
        query = select(ExamWeekRow).order_by(ExamWeekRow.start, ExamWeekRow.id)
        if not include_withdrawn:
            query = query.where(ExamWeekRow.withdrawn.is_(False))
        with self._read() as session:
            return [convert.exam_week(r) for r in session.scalars(query)]

    def withdrawn_exam_weeks(self) -> dict[int, str]:
        query = select(ExamWeekRow).where(ExamWeekRow.withdrawn.is_(True))
        with self._read() as session:
            return {r.id: r.withdrawn_reason or "" for r in session.scalars(query)}

    def mark_measure_done(self, measure: str, done_on: date, note: str = "") -> MeasureMark:
        """The trainee's mark that a measure is done, on `done_on` (not in the future);
        refused when the measure is already marked."""
        note = _screened(note.strip(), "note")
        if not measure or len(measure) > MAX_KEY:
            raise LogbookError("Name the measure to mark (see the list of measures).")
        if done_on > date.today():
            raise LogbookError("A measure cannot be marked done on a day still to come.")
        with self._write() as session:
            if self._open_mark(session, measure) is not None:
                raise LogbookError("This measure is marked done already.")
            row = MeasureMarkRow(measure=measure, done_on=done_on, note=note, recorded_at=_now())
            session.add(row)
            session.flush()
            chain.append(
                session,
                "measure.done",
                measure,
                {"id": row.id, "done_on": done_on.isoformat(), "note": note},
            )
            return convert.measure_mark(row)

    def reopen_measure(self, measure: str, reason: str) -> None:
        """Withdraw the mark: the measure is open again; the mark stays, withdrawn."""
        reason = _screened(reason.strip(), "reason")
        if not reason:
            raise LogbookError("Reopening a measure needs a reason.")
        with self._write() as session:
            row = self._open_mark(session, measure)
            if row is None:
                raise NotFound("This measure is not marked done.")
            row.withdrawn, row.withdrawn_reason = True, reason
            chain.append(session, "measure.reopen", measure, {"id": row.id, "reason": reason})

    @staticmethod
    def _open_mark(session: Session, measure: str) -> MeasureMarkRow | None:
        query = select(MeasureMarkRow).where(
            MeasureMarkRow.measure == measure, MeasureMarkRow.withdrawn.is_(False)
        )
        return session.scalars(query).first()

    def measure_marks(self) -> list[MeasureMark]:
        query = (
            select(MeasureMarkRow)
            .where(MeasureMarkRow.withdrawn.is_(False))
            .order_by(MeasureMarkRow.id)
        )
        with self._read() as session:
            return [convert.measure_mark(r) for r in session.scalars(query)]
