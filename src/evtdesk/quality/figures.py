"""All the quality figures of one window, gathered: what `evtdesk quality`, the app's
quality view and the report show alike."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from evtdesk.model import Entry
from evtdesk.quality.cases import Window, evt_cases
from evtdesk.quality.indicators import (
    EVT_PER_YEAR,
    Q3_INDICATORS,
    REGISTERED,
    Indicator,
    indicator,
)
from evtdesk.quality.logistics import IntervalFigure, interval_figures
from evtdesk.quality.references import ReferenceValue


@dataclass(frozen=True)
class QualityFigures:
    """Q1–Q4 over one window. `evt_count` is Q2's number (the window may be part of a
    year, so whether it reaches `EVT_PER_YEAR` is for the reader of a whole year)."""

    window: Window
    evt_count: int
    indicators: tuple[Indicator, ...]  # Q3, in the guidance's order
    registered: Indicator  # Q1
    logistics: tuple[IntervalFigure, ...]  # Q4

    @property
    def evt_per_year_met(self) -> bool:
        return self.evt_count >= EVT_PER_YEAR

    def indicator(self, key: str) -> Indicator:
        for found in (*self.indicators, self.registered):
            if found.key == key:
                return found
        raise KeyError(key)


def quality_figures(
    entries: Sequence[Entry],
    window: Window,
    references: Mapping[str, ReferenceValue] | None = None,
) -> QualityFigures:
    cases = evt_cases(entries, window)
    return QualityFigures(
        window,
        len(cases),
        tuple(indicator(spec, cases) for spec in Q3_INDICATORS),
        indicator(REGISTERED, cases),
        interval_figures(cases, references or {}),
    )
