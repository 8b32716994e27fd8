"""What the charts show, apart from how they are drawn: which entries each counted
requirement counts, its target read from the curriculum engine, running totals and
entries per month. No Qt here, so the numbers are tested without painting.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from evtdesk.model import Entry

PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
    "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39",
)  # fmt: skip


@dataclass(frozen=True)
class CountSeries:
    """A requirement counted over time: which entries count, and the target."""

    key: str
    label: str
    counts: Callable[[Entry], bool]
    target: float | None = None


def _kind(kind: str, roles: Sequence[str] = ()) -> Callable[[Entry], bool]:
    def test(entry: Entry) -> bool:
        return entry.kind == kind and (not roles or entry.role in roles)

    return test


# The counted requirements of the guidance, by what they count. Targets come from the
# curriculum engine (matched on the label of a condition), so a changed curriculum moves
# the target line without a change here.
_DEFAULT_SERIES: tuple[tuple[str, str, str, Callable[[Entry], bool], tuple[str, ...]], ...] = (
    ("evt", "Trombektomier (EVT)", "Thrombectomies (EVT)", _kind("evt"), ("evt",)),
    (
        "evt_independent",
        "EVT som självständig försteoperatör",
        "EVT as independent first operator",
        _kind("evt", ("independent_first_operator",)),
        ("independent", "självständig"),
    ),
    ("angiography", "Angiografier", "Angiographies", _kind("angiography"), ("angiograph",)),
    (
        "stroke_alarm",
        "Strokelarm",
        "Stroke alarms",
        _kind("stroke_alarm"),
        ("stroke alarm", "strokelarm"),
    ),
    ("ct_case", "DT-fall", "CT cases", _kind("ct_case"), ("ct", "dt")),
    ("mri_case", "MR-fall", "MRI cases", _kind("mri_case"), ("mri", "mr")),
)


def engine_targets(progress: Any) -> dict[str, float]:
    """Required numbers per series key, read from the engine's count conditions."""
    targets: dict[str, float] = {}
    for item in getattr(progress, "items", ()) or ():
        for condition in getattr(item, "conditions", ()) or ():
            required = getattr(condition, "required", None)
            if not isinstance(required, int | float) or required <= 1:
                continue
            words = f"{getattr(condition, 'id', '')} {condition_labels(condition)}".lower()
            for key, _sv, _en, _test, needles in _DEFAULT_SERIES:
                if key == "evt" and ("independent" in words or "självständig" in words):
                    continue
                if any(_word_in(needle, words) for needle in needles):
                    targets[key] = max(targets.get(key, 0), float(required))
    return targets


def condition_labels(condition: Any) -> str:
    """The condition's label in both languages (the engine's `ConditionProgress` has
    `label_en`/`label_sv` and a `label(language)` method, not a label attribute)."""
    labels = [getattr(condition, name, "") for name in ("label_en", "label_sv")]
    label = getattr(condition, "label", "")
    if callable(label):
        labels += [label("en"), label("sv")]
    else:
        labels.append(label)
    return " ".join(str(text) for text in labels if text)


def _word_in(needle: str, words: str) -> bool:
    if " " in needle or len(needle) > 3:
        return needle in words
    return needle in words.replace("-", " ").replace("_", " ").replace("/", " ").split()


def count_series(language: str, progress: Any = None) -> list[CountSeries]:
    targets = engine_targets(progress) if progress is not None else {}
    return [
        CountSeries(key, sv if language == "sv" else en, test, targets.get(key))
        for key, sv, en, test, _needles in _DEFAULT_SERIES
    ]


def cumulative(entries: Sequence[Entry], counts: Callable[[Entry], bool]) -> list[tuple[date, int]]:
    """(date, running total) at each date where the count changes; retracted skipped."""
    per_day = Counter(e.date for e in entries if not e.retracted and counts(e))
    total = 0
    out = []
    for day in sorted(per_day):
        total += per_day[day]
        out.append((day, total))
    return out


def per_month(entries: Sequence[Entry]) -> tuple[list[tuple[int, int]], dict[str, list[int]]]:
    """Months from the first entry to the last, and per kind the count in each month."""
    live = [e for e in entries if not e.retracted]
    if not live:
        return [], {}
    first = min(e.date for e in live)
    last = max(e.date for e in live)
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    position = {m: n for n, m in enumerate(months)}
    counts: dict[str, list[int]] = {}
    for entry in live:
        counts.setdefault(entry.kind, [0] * len(months))[
            position[(entry.date.year, entry.date.month)]
        ] += 1
    return months, counts


def nice_ceiling(value: float) -> tuple[float, float]:
    """A round axis maximum at or above `value`, and the step between its gridlines."""
    if value <= 0:
        return 1.0, 1.0
    raw = value / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if step < 1:
        step = 1.0
    return math.ceil(value / step) * step, step
