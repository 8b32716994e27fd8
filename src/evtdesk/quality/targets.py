"""Q1, Q2 and Q4 judged from the approval of the training on: one judge for two views.

The progress items Q1, Q2 and Q4 (`curriculum.followup_targets`) and the quality view
show the same judgement, computed here from the same EVT: her own as first operator,
dated from the day the approval was signed to the day asked (`evt_per_year.evt_since`).

- Q1 (`registries.registration`): every one of them registered in both registries.
- Q2 (`evt_years.evt_per_year`): at least 20 in the follow-up year, then in each
  calendar year after it.
- Q4 (`logistics.logistics_par`): each logistics interval's median over them on a par
  with the national reference entered for it.

The quality view finds the approval day as the engine judges it (`followup_start`);
the engine's items open only while that approval stands, and judge from its day.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from evtdesk.curriculum.outcomes.evt_years import EVT_PER_YEAR, EvtPerYear, evt_per_year, evt_since
from evtdesk.curriculum.outcomes.logistics import LogisticsPar, interval_figures, logistics_par
from evtdesk.curriculum.outcomes.references import ReferenceValue
from evtdesk.curriculum.outcomes.registries import Registration, registration
from evtdesk.model import Entry, LogbookSnapshot
from evtdesk.quality.followup import followup_start


@dataclass(frozen=True)
class FollowUpTargets:
    """Q1, Q2 and Q4 as of `today`, over the EVT since the approval on `start`."""

    start: date
    today: date
    cases: tuple[Entry, ...]  # the EVT since the approval, oldest first
    registered: Registration  # Q1
    evt_per_year: EvtPerYear  # Q2
    logistics: LogisticsPar  # Q4


def followup_targets(
    entries: Sequence[Entry],
    start: date,
    today: date,
    references: Mapping[str, ReferenceValue],
    required: float = EVT_PER_YEAR,
) -> FollowUpTargets:
    """Judge Q1, Q2 and Q4 from the approval day `start` to `today`."""
    cases = evt_since(entries, start, today)
    return FollowUpTargets(
        start,
        today,
        tuple(cases),
        registration(cases),
        evt_per_year(entries, start, today, required),
        logistics_par(interval_figures(cases, references)),
    )


def targets_of(
    snapshot: LogbookSnapshot, today: date, references: Mapping[str, ReferenceValue]
) -> FollowUpTargets | None:
    """The quality view's Q1, Q2 and Q4 for a logbook; None before the training is
    approved (the engine's judgement of the approval, as the follow-up year uses)."""
    start = followup_start(snapshot, today)
    if start is None:
        return None
    return followup_targets(snapshot.entries, start, today, references)
