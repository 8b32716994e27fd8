"""The quality indicators of the guidance (Q1–Q3) with their denominators and intervals.

Each Q3 indicator counts only the cases where it was recorded: a case without a recorded
sICH is "unknown", not a case without sICH, so a thin logbook cannot look safe. Below
`MIN_CASES` recorded cases a rate is shown with its interval but not judged (`met` is
None: "too few cases to judge"); the guidance's own yardstick is 20 EVT a year (Q2).
A rate is judged on its exact value against the guidance's lowest acceptable level; the
interval is shown beside it so a reader sees how much the rate may be chance.

Q1 ("all registered") is the other way round: a registration nobody recorded counts as
not registered, and the row is judged by `registries.registration`, the function the
progress item Q1 judges with.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from evtdesk.curriculum.measure import too_many_unknown
from evtdesk.curriculum.outcomes.cases import unknown
from evtdesk.curriculum.outcomes.registries import REGISTRY_FIELDS, registration
from evtdesk.curriculum.outcomes.stats import wilson_interval
from evtdesk.model import Entry

MIN_CASES = 20  # Q2: a fully trained interventionist performs at least 20 EVT a year
GOOD_MTICI = frozenset({"2b", "2c", "3"})


@dataclass(frozen=True)
class IndicatorSpec:
    """What one indicator counts, in which field, and the guidance's lowest level."""

    key: str
    sv: str
    en: str
    fields: tuple[str, ...]
    hit: Callable[[Sequence[object]], bool]  # the recorded values of `fields` count
    target: float  # per cent
    comparison: str  # ">" (above is good), "<" (below is good) or "all"
    min_cases: int = MIN_CASES

    def label(self, language: str) -> str:
        return self.sv if language == "sv" else self.en


def _true(values: Sequence[object]) -> bool:
    return values[0] is True


Q3_INDICATORS: tuple[IndicatorSpec, ...] = (
    IndicatorSpec(
        "mtici_2b_3", "mTICI 2b–3", "mTICI 2b–3", ("mtici",), lambda v: v[0] in GOOD_MTICI, 60, ">"
    ),
    IndicatorSpec(
        "new_territory_emboli",
        "Emboli till nytt kärlområde",
        "Emboli to new territory",
        ("new_territory_emboli",),
        _true,
        15,
        "<",
    ),
    IndicatorSpec("sich", "sICH", "sICH", ("sich",), _true, 10, "<"),
)

# Q1: every EVT registered in both registries. "All" is judged on any number of cases (one
# unregistered EVT already falls short), so it has no minimum.
REGISTERED = IndicatorSpec(
    "registered",
    "Registrerad i Riksstroke och EVAS",
    "Registered in Riksstroke and EVAS",
    REGISTRY_FIELDS,
    lambda v: all(x is True for x in v),
    100,
    "all",
    min_cases=1,
)


@dataclass(frozen=True)
class Indicator:
    """One indicator over a set of cases. Rates and bounds are per cent, None without
    recorded cases; `met` is None when too few cases were recorded to judge."""

    spec: IndicatorSpec
    count: int
    total: int
    unknown: int
    rate: float | None
    ci_low: float | None
    ci_high: float | None
    met: bool | None

    @property
    def key(self) -> str:
        return self.spec.key

    @property
    def too_few(self) -> bool:
        return self.total < self.spec.min_cases


def _recorded(entry: Entry, spec: IndicatorSpec) -> list[object] | None:
    """The indicator's values for one case; None when any is unrecorded."""
    values = [entry.fields.get(name) for name in spec.fields]
    return None if any(unknown(v) for v in values) else values


def _judge(spec: IndicatorSpec, count: int, total: int, unknown_: int) -> bool | None:
    if total < spec.min_cases:
        return None
    if too_many_unknown(total, unknown_):
        return None  # the progress item's rule: more than a fifth unknown is not judgeable
    exact = 100.0 * count / total
    return exact > spec.target if spec.comparison == ">" else exact < spec.target


def _rated(
    spec: IndicatorSpec, count: int, total: int, unknown_: int, met: bool | None
) -> Indicator:
    """An indicator with its rate and Wilson 95 % interval in per cent."""
    bounds = wilson_interval(count, total)
    return Indicator(
        spec,
        count,
        total,
        unknown_,
        100.0 * count / total if total else None,
        100.0 * bounds[0] if bounds else None,
        100.0 * bounds[1] if bounds else None,
        met,
    )


def registered_indicator(
    cases: Sequence[Entry], spec: IndicatorSpec = REGISTERED, judged: bool = True
) -> Indicator:
    """Q1's row: registered in both of every case (an unrecorded registration is in the
    denominator as not registered; `unknown` says how many were unrecorded), judged by
    `registration`, as the progress item Q1 is — in the follow-up year and after, where
    Q1 applies (`judged`); a year of the training shows the counts, judged by nobody."""
    found = registration(cases)
    met = found.met if judged else None
    return _rated(spec, found.registered, found.total, found.unrecorded, met)


def indicator(spec: IndicatorSpec, cases: Sequence[Entry]) -> Indicator:
    """Count, denominator, unknowns, rate, Wilson 95 % interval and judgement."""
    if spec.comparison == "all":
        return registered_indicator(cases, spec)
    known = [values for e in cases if (values := _recorded(e, spec)) is not None]
    count = sum(1 for values in known if spec.hit(values))
    total, missing = len(known), len(cases) - len(known)
    return _rated(spec, count, total, missing, _judge(spec, count, total, missing))
