"""Everything the curriculum engine and the report read of one logbook, at one moment."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

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
    # the logistics references the trainee entered (source and year each), as stored: the
    # engine's Q4 and the quality view judge against the same (`curriculum.outcomes`)
    quality_references: Mapping[str, Any] = field(default_factory=dict)


REFERENCES_SETTING = "quality.references"  # the setting the references are kept under
