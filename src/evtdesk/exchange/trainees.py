"""The supervisor's trainees at a glance, from the bundles he verified and kept.

He sees one bundle at a time; this says, for every trainee key he trusts, what waits for
him: the last bundle (its number, when it was made and received, whether it continues the
one before and keeps the entries he saw in the one kept before it), the part she is in,
the subjects that wait for his statement (a part whose items are done but not approved, a
week to judge, a year to evaluate, a proposed adaptation), overdue yearly evaluations,
open measures, a stop, co-supervisors' reports, and his own count of trainees against
the guidance's two per supervisor. Each trainee's last bundle is verified again from his
encrypted logbook, so the view stands offline and is judged by the same rules as the
bundle view (`open_bundle`, `evaluate`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from evtdesk.bundle.verify import UnreadableBundle
from evtdesk.curriculum.engine import approved_part
from evtdesk.curriculum.progress import Progress
from evtdesk.curriculum.validation import CHANGED, validations
from evtdesk.exchange.attestations import proposals_of
from evtdesk.exchange.history import history_since
from evtdesk.exchange.keys import own_role
from evtdesk.exchange.reports_read import unread_reports
from evtdesk.exchange.supervisor import BundleView, curriculum_made_for, open_bundle
from evtdesk.model import LogbookSnapshot
from evtdesk.model.keys import TRAINEE
from evtdesk.model.statements import PENDING, proposal_status
from evtdesk.store import Logbook
from evtdesk.store.exports import SeenBundle

VALIDATION_WAIT = 30  # days: the UK surgical eLogbook reminds a trainer after 30 days
GUIDANCE_TRAINEES_PER_SUPERVISOR = 2  # "högst två aspiranter per handledare" (S2)


@dataclass(frozen=True)
class LastBundle:
    sequence: int
    created: datetime
    received: datetime | None
    continues: str  # "first", "continues" (links to the one before) or "unlinked"
    # the number of the bundle kept before it whose entries it does not keep, else None: a
    # bundle remembered before EVTDesk compared contents may have lost what he saw
    history_changed_since: int | None = None


@dataclass(frozen=True)
class TraineeRow:
    """One trainee as her last bundle shows her to this supervisor."""

    name: str
    fingerprint: str
    public_key: str
    role: str  # this supervisor's role towards her: supervisor or co_supervisor
    last_bundle: LastBundle | None = None
    current_part: str = ""  # the first part open and not complete, by id
    awaiting: tuple[str, ...] = ()  # subjects waiting for his statement
    overdue_evaluations: tuple[int, ...] = ()
    open_measures: int = 0
    stopped: bool = False
    reports: int = 0  # co-supervisors' reports among the statements
    unread_reports: int = 0  # of them, those he has not marked read (`reports_read`)
    # her cases (entries with a role) older than VALIDATION_WAIT days that no supervisor
    # has validated or rejected as they stand: the eLogbook's reminder
    unvalidated_waiting: int = 0
    problem: str = ""  # why her last bundle cannot be shown, if it cannot


@dataclass(frozen=True)
class TraineesOverview:
    rows: tuple[TraineeRow, ...]
    as_main_supervisor: int
    guidance_max: int = GUIDANCE_TRAINEES_PER_SUPERVISOR

    @property
    def over_guidance(self) -> bool:
        return self.as_main_supervisor > self.guidance_max


def trainees_overview(
    logbook: Logbook, today: date | None = None, language: str = "en"
) -> TraineesOverview:
    """Every trainee key this logbook trusts, as her last kept bundle shows her."""
    today = today or date.today()
    rows = []
    for key in logbook.records.trusted_keys():
        if key.role != TRAINEE:
            continue
        role = own_role(logbook, key.public_key)
        row = TraineeRow(key.name, key.fingerprint, key.public_key, role)
        kept = logbook.records.last_received(key.public_key)
        if kept is not None:
            row = _from_bundle(row, logbook, kept, today, language)
        rows.append(row)
    main = sum(1 for r in rows if r.role == "supervisor")
    return TraineesOverview(tuple(rows), main)


def _from_bundle(
    row: TraineeRow,
    logbook: Logbook,
    kept: tuple[SeenBundle, bytes],
    today: date,
    language: str,
) -> TraineeRow:
    seen, data = kept
    last = LastBundle(seen.sequence, seen.created, seen.seen_at, _continues(logbook, seen))
    try:
        view = open_bundle(data, logbook, language, today, remember=False)
    except UnreadableBundle as error:
        return _with(row, last_bundle=last, problem=str(error))
    if view.verdict.logbook is not None:
        last = replace(last, history_changed_since=_history_changed_since(logbook, seen, view))
    if view.progress is None or view.snapshot is None:
        reason = view.problem or "; ".join(view.verdict.reasons) or "it could not be read"
        return _with(row, last_bundle=last, problem=reason)
    return _with(
        row,
        last_bundle=last,
        current_part=current_part(view.progress),
        awaiting=_awaiting(view, today),
        overdue_evaluations=tuple(
            y.year for y in view.progress.years if y.due and y.evaluation is None
        ),
        open_measures=sum(1 for m in view.progress.measures if m.open),
        stopped=view.progress.stopped is not None,
        reports=len(view.progress.reports),
        unread_reports=len(unread_reports(logbook, view)),
        unvalidated_waiting=unvalidated_waiting(view.snapshot, today),
    )


def unvalidated_waiting(snapshot: LogbookSnapshot, today: date) -> int:
    """Her live cases (entries she took a role in) dated more than VALIDATION_WAIT days
    ago that no supervisor's word covers as they stand (`curriculum.validation`): what
    waits for his validation, as the eLogbook reminds a trainer after 30 days. `snapshot`
    is the view's, judged."""
    said = validations(snapshot)
    cutoff = today - timedelta(days=VALIDATION_WAIT)
    return sum(
        1
        for e in snapshot.entries
        if not e.retracted
        and e.role  # a case she took a role in, not a course or a meeting
        and e.date < cutoff
        and (e.id not in said or said[e.id].state == CHANGED)
    )


def current_part(progress: Progress) -> str:
    """The first part open and not complete, by id ("" when none is): where she stands,
    as the trainees view and the board's review (`exchange.review`) both say it."""
    return next((p.id for p in progress.parts if p.state == "open"), "")


def _with(row: TraineeRow, **changes: Any) -> TraineeRow:
    return replace(row, **changes)


def _continues(logbook: Logbook, seen: SeenBundle) -> str:
    """Whether the kept bundle links to the one he saw before it."""
    earlier = [
        b for b in logbook.records.seen_bundles(seen.signer_key) if b.sequence < seen.sequence
    ]
    if not earlier:
        return "first"
    before = max(earlier, key=lambda b: b.sequence)
    return "continues" if seen.previous_manifest_sha256 == before.manifest_sha256 else "unlinked"


def _history_changed_since(logbook: Logbook, seen: SeenBundle, view: BundleView) -> int | None:
    """The number of the bundle kept before this one, when this one lost or changed an
    entry he saw there (a kept bundle that cannot be read is not held against her)."""
    assert view.verdict.logbook is not None
    before = logbook.records.last_received(seen.signer_key, before=seen.sequence)
    history = history_since(before, view.verdict.logbook)
    return history.since_bundle if history is not None and history.changed else None


def _awaiting(view: BundleView, today: date) -> tuple[str, ...]:
    """The subjects that wait for the supervisor's statement, in the guidance's order."""
    assert view.progress is not None and view.snapshot is not None and view.manifest
    curriculum = curriculum_made_for(view.snapshot.curriculum_id, view.manifest)
    waiting = [
        part.id
        for part in view.progress.parts
        if part.state == "complete"
        and approved_part(curriculum, view.snapshot, part.id, today) is None
    ]
    if any(w.state == "awaiting" for w in view.progress.exam_weeks):
        waiting.append("EXAM_WEEK")
    waiting += [f"EVAL:{y.year}" for y in view.progress.years if y.due and y.evaluation is None]
    waiting += [
        f"ADAPT:{p.item_id}"
        for p in proposals_of(view)
        if proposal_status(p, view.snapshot.attestations)[0] == PENDING
    ]
    return tuple(waiting)


def overview_json(overview: TraineesOverview) -> dict[str, Any]:
    """`evtdesk trainees --json` (docs/trainees-format.md)."""
    return {
        "format": "evtdesk-trainees/1",
        "as_main_supervisor": overview.as_main_supervisor,
        "guidance_max": overview.guidance_max,
        "over_guidance": overview.over_guidance,
        "trainees": [_row_json(r) for r in overview.rows],
    }


def _row_json(row: TraineeRow) -> dict[str, Any]:
    last = row.last_bundle
    return {
        "name": row.name,
        "fingerprint": row.fingerprint,
        "role": row.role,
        "last_bundle": None
        if last is None
        else {
            "sequence": last.sequence,
            "created": last.created.isoformat(timespec="seconds"),
            "received": last.received.isoformat(timespec="seconds") if last.received else None,
            "continues": last.continues,
            "history_changed_since": last.history_changed_since,
        },
        "current_part": row.current_part or None,
        "awaiting": list(row.awaiting),
        "overdue_evaluations": list(row.overdue_evaluations),
        "open_measures": row.open_measures,
        "stopped": row.stopped,
        "reports": row.reports,
        "unread_reports": row.unread_reports,
        "unvalidated_waiting": row.unvalidated_waiting,
        "problem": row.problem or None,
    }
