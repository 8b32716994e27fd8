"""The flags an item carries: what the supervisor must see beside the numbers.

Kept apart from the states because flags never change a state: an entry logged before its
part opened still counts (G1 wants the order kept, and a flag naming the entries lets the
supervisor judge them, where dropping them would hide them), and a stale attestation
still stands until the supervisor looks again. Work periods are treated like entries: a
period that started before its part opened counts toward the part's time, and is named.
A condition with `flag_early = false` raises no order flag: its source places that work
earlier.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from evtdesk.curriculum import messages
from evtdesk.curriculum.measure import Measurement
from evtdesk.curriculum.messages import say
from evtdesk.curriculum.progress import Flag
from evtdesk.curriculum.schema import ENTRY_BASED, Condition
from evtdesk.model import Adaptation, Attestation, Entry, WorkPeriod

Rows = Sequence[tuple[Condition, Measurement, bool]]


def touched_since(
    entries: Sequence[Entry], conditions: Sequence[Condition], basis: int
) -> tuple[str, ...]:
    """Ids of entries an attestation may have relied on that were amended or retracted
    after the bundle the supervisor saw.

    An amendment can move an entry out of the filter (a role corrected from first to
    second operator), so every entry of the kinds the item counts is looked at, not only
    those counted now: the supervisor looks again rather than miss it. Items measured
    only by time or by attestation rest on no entries and do not go stale this way.
    """
    measured = [c for c in conditions if c.type in ENTRY_BASED]
    if not measured:
        return ()
    kinds: set[str] | None = {k for c in measured for k in c.filter.kinds}
    if any(not c.filter.kinds for c in measured):
        kinds = None  # a condition over every kind: every entry matters
    touched = {
        e.id
        for e in entries
        if (kinds is None or e.kind in kinds)
        and e.created_seq <= basis < e.changed_seq
        and (e.revision > 1 or e.retracted)
    }
    return tuple(sorted(touched))


def item_flags(
    rows: Rows,
    entries: Sequence[Entry],
    opened_on: date | None,
    attestation: Attestation | None,
    adaptations: Sequence[Adaptation],
    language: str,
) -> tuple[Flag, ...]:
    """Flags in a fixed order: order (entries, then periods), staleness, short blocks,
    waiver, unmatched plan."""
    flags: list[Flag] = []
    if opened_on:
        flags.extend(_order_flags(rows, opened_on, language))
    if attestation is not None:
        touched = touched_since(entries, [c for c, _, _ in rows], attestation.basis_seq)
        if touched:
            flags.append(Flag("stale_attestation", say("stale", language), touched))
    for condition, measurement, _ in rows:
        if measurement.short_blocks:
            months = messages.number(condition.block_min_months, language)
            message = say("short_block", language, n=len(measurement.short_blocks), m=months)
            flags.append(Flag("short_block", message))
    if any(a.waived for a in adaptations):
        flags.append(Flag("waived", say("waived", language)))
    own = {c.id for c, _, _ in rows}
    unmatched = sorted({k for a in adaptations for k in a.required} - own)
    if unmatched:
        message = say("unmatched", language, names=", ".join(unmatched))
        flags.append(Flag("adaptation_unmatched", message))
    return tuple(flags)


def _order_flags(rows: Rows, opened_on: date, language: str) -> list[Flag]:
    """Entries dated, and work periods started, before the part opened on `opened_on`."""
    flags = []
    watched = [(c, m) for c, m, _ in rows if c.flag_early]
    counted = {e.id: e for _, m in watched for e in m.counted}
    early = sorted(
        (e for e in counted.values() if e.date < opened_on), key=lambda e: (e.date, e.id)
    )
    if early:
        message = say("before_part", language, n=len(early), date=opened_on.isoformat())
        flags.append(Flag("before_part_opened", message, tuple(e.id for e in early)))
    periods = {p.id: p for _, m in watched for p in m.periods}
    early_periods = sorted(
        (p for p in periods.values() if p.start < opened_on), key=lambda p: (p.start, p.id)
    )
    if early_periods:
        named = ", ".join(_period_name(p, language) for p in early_periods)
        message = say("periods_before_part", language, date=opened_on.isoformat(), periods=named)
        flags.append(
            Flag("periods_before_part_opened", message, (), tuple(p.id for p in early_periods))
        )
    return flags


def _period_name(period: WorkPeriod, language: str) -> str:
    """A period as the trainee entered it: its dates, and its share when part-time."""
    end = period.end.isoformat() if period.end else say("ongoing", language)
    text = f"{period.start.isoformat()} – {end}"
    if period.fraction < 1.0:
        text += f" ({messages.number(period.fraction * 100, language)} %)"
    return text
