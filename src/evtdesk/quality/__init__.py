"""Quality figures after approval: the follow-up year (FU1), the guidance's quality
indicators and logistics times (Q1–Q4), continuing education (C1–C4) and a hospital's
readiness (H1–H11).

Pure functions over the model's frozen values: no store, no Qt. The CLI, the app's
quality view and the report all compute their figures here, so they always agree.

    window = calendar_year(2026)            # or followup_window(snapshot)
    figures = quality_figures(snapshot.entries, window, references)
    targets = targets_of(snapshot, today, references)  # Q1, Q2, Q4 as the progress judges
"""

from evtdesk.curriculum.outcomes.cases import Window, calendar_year, evt_cases
from evtdesk.curriculum.outcomes.logistics import INTERVAL_KEYS, INTERVALS, IntervalFigure
from evtdesk.curriculum.outcomes.references import ReferenceValue
from evtdesk.quality.education import EducationYear, education_years
from evtdesk.quality.figures import QualityFigures, quality_figures
from evtdesk.quality.followup import (
    NOT_STARTED,
    FollowUpLog,
    FollowUpNotStarted,
    followup_log,
    followup_start,
    followup_window,
)
from evtdesk.quality.indicators import MIN_CASES, Indicator
from evtdesk.quality.targets import FollowUpTargets, followup_targets, targets_of

__all__ = [
    "INTERVALS",
    "INTERVAL_KEYS",
    "MIN_CASES",
    "NOT_STARTED",
    "EducationYear",
    "FollowUpLog",
    "FollowUpNotStarted",
    "FollowUpTargets",
    "Indicator",
    "IntervalFigure",
    "QualityFigures",
    "ReferenceValue",
    "Window",
    "calendar_year",
    "education_years",
    "evt_cases",
    "followup_log",
    "followup_start",
    "followup_targets",
    "followup_window",
    "quality_figures",
    "targets_of",
]
