"""Logistics times (Q4): the median minutes between the times recorded on each EVT.

The seven intervals follow the guidance's chain — arrival at hospital, imaging, IV
thrombolysis, arrival in the angio lab, puncture, final result. A case counts towards an
interval only when both its times are recorded; a negative interval (thrombolysis begun
before arrival, at the referring hospital) says nothing about this hospital's speed and is
left out, counted apart so the reader sees it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from evtdesk.model import Entry
from evtdesk.quality.references import ReferenceValue
from evtdesk.quality.stats import Spread, spread


@dataclass(frozen=True)
class IntervalSpec:
    key: str
    start: str  # the entry field the interval starts at
    end: str
    sv: str
    en: str

    def label(self, language: str) -> str:
        return self.sv if language == "sv" else self.en


INTERVALS: tuple[IntervalSpec, ...] = (
    IntervalSpec("arrival_to_imaging", "arrival", "imaging", "Ankomst → bild", "Arrival → imaging"),
    IntervalSpec(
        "arrival_to_thrombolysis",
        "arrival",
        "thrombolysis_start",
        "Ankomst → trombolys",
        "Arrival → thrombolysis",
    ),
    IntervalSpec(
        "arrival_to_puncture", "arrival", "puncture", "Ankomst → punktion", "Arrival → puncture"
    ),
    IntervalSpec(
        "imaging_to_puncture", "imaging", "puncture", "Bild → punktion", "Imaging → puncture"
    ),
    IntervalSpec(
        "angio_arrival_to_puncture",
        "angio_arrival",
        "puncture",
        "Angiolab → punktion",
        "Angio lab → puncture",
    ),
    IntervalSpec(
        "puncture_to_reperfusion",
        "puncture",
        "reperfusion",
        "Punktion → reperfusion",
        "Puncture → reperfusion",
    ),
    IntervalSpec(
        "arrival_to_reperfusion",
        "arrival",
        "reperfusion",
        "Ankomst → reperfusion",
        "Arrival → reperfusion",
    ),
)
INTERVAL_KEYS = tuple(i.key for i in INTERVALS)


@dataclass(frozen=True)
class IntervalFigure:
    """One interval over the cases: its spread, the cases lacking a time, those negative."""

    spec: IntervalSpec
    spread: Spread
    missing: int
    negative: int
    reference: ReferenceValue | None


def _moment(value: object) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def minutes_between(entry: Entry, spec: IntervalSpec) -> float | None:
    """Minutes from the interval's start to its end on one case; None if a time is missing."""
    start, end = _moment(entry.fields.get(spec.start)), _moment(entry.fields.get(spec.end))
    if start is None or end is None:
        return None
    return (end - start).total_seconds() / 60.0


def interval_figures(
    cases: Sequence[Entry], references: Mapping[str, ReferenceValue]
) -> tuple[IntervalFigure, ...]:
    """Every interval's median, quartiles and n over `cases`, with its reference if any."""
    figures = []
    for spec in INTERVALS:
        values, missing, negative = [], 0, 0
        for entry in cases:
            minutes = minutes_between(entry, spec)
            if minutes is None:
                missing += 1
            elif minutes < 0:
                negative += 1
            else:
                values.append(minutes)
        figures.append(
            IntervalFigure(spec, spread(values), missing, negative, references.get(spec.key))
        )
    return tuple(figures)
