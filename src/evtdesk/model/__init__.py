"""Plain data types that cross the core boundary.

The store turns database rows into these frozen dataclasses; the curriculum engine, the
report, the bundle code and the UI only ever see these. Keeping them free of SQLAlchemy
means the engine can be tested on hand-built values and a UI model can hold thousands of
them without touching the database session.
"""

from evtdesk.model.approval import (
    ExamVerdict,
    ExamWeek,
    Measure,
    MeasureMark,
    YearlyEvaluation,
    measure_key,
)
from evtdesk.model.entries import Entry, EntryRevision, Role
from evtdesk.model.keys import TrustedKey
from evtdesk.model.plan import Adaptation, Proposal, TrainingPlan
from evtdesk.model.records import Person, PersonRole, Site, WorkPeriod
from evtdesk.model.snapshot import LogbookSnapshot
from evtdesk.model.statements import Attestation, Statement

__all__ = [
    "Adaptation",
    "Attestation",
    "Entry",
    "EntryRevision",
    "ExamVerdict",
    "ExamWeek",
    "LogbookSnapshot",
    "Measure",
    "MeasureMark",
    "Person",
    "PersonRole",
    "Proposal",
    "Role",
    "Site",
    "Statement",
    "TrainingPlan",
    "TrustedKey",
    "WorkPeriod",
    "YearlyEvaluation",
    "measure_key",
]
