"""All the quality figures of one window, gathered: what `evtdesk quality`, the app's
quality view and the report show alike.

The follow-up year's window also carries Q1, Q2 and Q4 as the progress items judge them
(`targets`): from the approval on, by the same functions, so the two never disagree."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from evtdesk.curriculum.outcomes.cases import FOLLOW_UP, Window, evt_cases
from evtdesk.curriculum.outcomes.logistics import IntervalFigure, interval_figures
from evtdesk.curriculum.outcomes.references import ReferenceValue
from evtdesk.model import Entry
from evtdesk.quality.indicators import (
    Q3_INDICATORS,
    Indicator,
    indicator,
    registered_indicator,
)
from evtdesk.quality.targets import FollowUpTargets, followup_targets


@dataclass(frozen=True)
class QualityFigures:
    """Q1–Q4 over one window. `evt_count` is the window's EVT as first operator; whether
    a year reaches Q2's 20 is judged only from the approval on (`targets`), since the
    training's EVT are not those of a trained interventionist."""

    window: Window
    evt_count: int
    indicators: tuple[Indicator, ...]  # Q3, in the guidance's order
    registered: Indicator  # Q1, over the window's cases
    logistics: tuple[IntervalFigure, ...]  # Q4
    targets: FollowUpTargets | None = None  # Q1, Q2, Q4 from the approval: follow-up only

    @property
    def evt_per_year_met(self) -> bool | None:
        """Q2 as the progress item judges it; None outside the follow-up view."""
        return self.targets.evt_per_year.met if self.targets is not None else None

    def indicator(self, key: str) -> Indicator:
        for found in (*self.indicators, self.registered):
            if found.key == key:
                return found
        raise KeyError(key)


def quality_figures(
    entries: Sequence[Entry],
    window: Window,
    references: Mapping[str, ReferenceValue] | None = None,
    today: date | None = None,
) -> QualityFigures:
    """The window's figures; for the follow-up year (`followup_window`, which starts on
    the approval as the engine judges it) also the targets as of `today`."""
    cases = evt_cases(entries, window)
    targets = None
    if window.label == FOLLOW_UP:
        targets = followup_targets(entries, window.start, today or date.today(), references or {})
    return QualityFigures(
        window,
        len(cases),
        tuple(indicator(spec, cases) for spec in Q3_INDICATORS),
        # Q1 is judged from the approval on (the follow-up year's targets say it for every
        # EVT since): a calendar year shows its counts, judged by nobody
        registered_indicator(cases, judged=window.label == FOLLOW_UP),
        interval_figures(cases, references or {}),
        targets,
    )
