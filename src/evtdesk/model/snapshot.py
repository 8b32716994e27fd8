"""Everything the curriculum engine and the report read of one logbook, at one moment."""

from __future__ import annotations

from dataclasses import dataclass

from evtdesk.model.approval import ExamWeek, MeasureMark
from evtdesk.model.entries import Entry
from evtdesk.model.plan import TrainingPlan
from evtdesk.model.records import Person, Site, WorkPeriod
from evtdesk.model.statements import Attestation


@dataclass(frozen=True)
class LogbookSnapshot:
    """Everything the curriculum engine and the report need, read in one transaction."""

    curriculum_id: str
    entries: tuple[Entry, ...]
    periods: tuple[WorkPeriod, ...] = ()
    attestations: tuple[Attestation, ...] = ()
    plan: TrainingPlan = TrainingPlan()
    people: tuple[Person, ...] = ()
    sites: tuple[Site, ...] = ()
    chain_head: str = ""
    chain_seq: int = 0
    exam_weeks: tuple[ExamWeek, ...] = ()
    measure_marks: tuple[MeasureMark, ...] = ()
