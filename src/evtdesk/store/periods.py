"""Work periods: the time the duration items count, ended or withdrawn, never deleted."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from evtdesk.model import WorkPeriod
from evtdesk.store import chain, convert
from evtdesk.store.base import RecordStore
from evtdesk.store.base import now as _now
from evtdesk.store.base import screened as _screened
from evtdesk.store.errors import LogbookError, NotFound
from evtdesk.store.schema import (
    PeriodRow,
    SiteRow,
)


def _refuse_overtime(
    part: str, start: date, end: date | None, fraction: float, others: list[PeriodRow]
) -> None:
    """Refuse a new period that, added to the overlapping periods of its part, makes
    more than full time on some day; the message names the period it collides with."""
    last = end or date.max
    changes: list[tuple[date, int, float, PeriodRow]] = []
    for row in others:
        first, until = max(row.start, start), min(row.end or date.max, last)
        if first <= until:
            changes.append((first, 1, row.fraction, row))
            if until < date.max:
                changes.append((until + timedelta(days=1), 0, -row.fraction, row))
    load = fraction
    for day, _order, change, row in sorted(changes, key=lambda c: (c[0], c[1])):
        load += change
        if change > 0 and load > 1 + 1e-9:
            span = f"{row.start.isoformat()} – {row.end.isoformat() if row.end else 'ongoing'}"
            raise LogbookError(
                f"This {part} period overlaps work period {row.id} ({span}, fraction "
                f"{row.fraction:g}): from {day.isoformat()} the two would add up to more than "
                "full time. End or withdraw that period first, or give part-time fractions "
                "that add up to at most 1."
            )


def _period_payload(row: PeriodRow) -> dict[str, Any]:
    return {
        "part": row.part,
        "start": row.start.isoformat(),
        "end": row.end.isoformat() if row.end else None,
        "fraction": row.fraction,
        "site_id": row.site_id,
        "description": row.description,
    }


class PeriodStore(RecordStore):
    """Work periods: added, ended, withdrawn with a reason, listed."""

    def add_period(
        self,
        part: str,
        start: date,
        end: date | None = None,
        fraction: float = 1.0,
        site_id: int | None = None,
        description: str = "",
    ) -> WorkPeriod:
        """Record time worked in one part of the curriculum.

        Refused: an end before the start, a fraction outside (0, 1], an unknown site, an
        identity number in the description, and overlap with another period of the same
        part that would make more than full time on some day (two half-time posts at once
        are allowed: the engine adds them). That `part` is one of the curriculum's is for
        the caller to check (`evtdesk.training`): the store knows no curriculum.
        """
        part = part.strip()
        if not 0 < fraction <= 1:
            raise LogbookError("The part-time fraction must be more than 0 and at most 1.")
        if end is not None and end < start:
            raise LogbookError("A work period cannot end before it starts.")
        description = _screened(description.strip(), "description")
        with self._write() as session:
            if site_id is not None and session.get(SiteRow, site_id) is None:
                raise NotFound(f"No site {site_id}; add it first (see the list of sites).")
            others = list(
                session.scalars(
                    select(PeriodRow).where(PeriodRow.part == part, PeriodRow.withdrawn.is_(False))
                )
            )
            _refuse_overtime(part, start, end, fraction, others)
            row = PeriodRow(
                part=part,
                start=start,
                end=end,
                fraction=fraction,
                site_id=site_id,
                description=description,
            )
            session.add(row)
            session.flush()
            chain.append(session, "period.add", str(row.id), _period_payload(row))
            return convert.period(row)

    def end_period(self, period_id: int, end: date) -> WorkPeriod:
        """Give an ongoing period its end date (the chain keeps the before and after)."""
        with self._write() as session:
            row = session.get(PeriodRow, period_id)
            if row is None or row.withdrawn:
                raise NotFound(f"No work period {period_id}.")
            if row.end is not None:
                raise LogbookError(
                    f"Work period {period_id} already ended on {row.end.isoformat()}. "
                    "To correct it, withdraw it and add it again."
                )
            if end < row.start:
                raise LogbookError(
                    f"A work period cannot end before it starts ({row.start.isoformat()})."
                )
            before = _period_payload(row)
            row.end = end
            chain.append(
                session,
                "period.update",
                str(row.id),
                {"before": before, "after": _period_payload(row)},
            )
            return convert.period(row)

    def withdraw_period(self, period_id: int, reason: str) -> None:
        """Take a period entered by mistake out of the counting; it stays in the logbook
        (and its history in the chain), listed with the reason as withdrawn."""
        reason = _screened(reason.strip(), "reason")
        if not reason:
            raise LogbookError("Withdrawing a work period needs a reason.")
        with self._write() as session:
            row = session.get(PeriodRow, period_id)
            if row is None:
                raise NotFound(f"No work period {period_id}.")
            if row.withdrawn:
                raise LogbookError(f"Work period {period_id} was withdrawn before.")
            row.withdrawn, row.withdrawn_reason, row.withdrawn_at = True, reason, _now()
            chain.append(
                session,
                "period.withdraw",
                str(period_id),
                {"period": _period_payload(row), "reason": reason},
            )

    def periods(self, include_withdrawn: bool = False) -> list[WorkPeriod]:
        """The work periods that count, oldest first (withdrawn ones only when asked)."""
        query = select(PeriodRow).order_by(PeriodRow.start, PeriodRow.id)
        if not include_withdrawn:
            query = query.where(PeriodRow.withdrawn.is_(False))
        with self._read() as session:
            return [convert.period(r) for r in session.scalars(query)]

    def withdrawn_periods(self) -> dict[int, str]:
        """Withdrawn period id -> the reason given."""
        query = select(PeriodRow).where(PeriodRow.withdrawn.is_(True))
        with self._read() as session:
            return {r.id: r.withdrawn_reason or "" for r in session.scalars(query)}
