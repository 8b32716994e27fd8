"""What each calendar year of the training shows, for the yearly evaluation (S5).

Generated from the logbook, never typed: for every counted requirement, what the year
added and where it stood at the year's end against what is required; for every time
requirement, the months at the year's end. The supervisor signs this summary with the
evaluation, so the statement keeps what it judged.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from evtdesk.curriculum.durations import months_in_part
from evtdesk.curriculum.measure import Measurement
from evtdesk.curriculum.messages import number
from evtdesk.curriculum.progress import YearProgress
from evtdesk.curriculum.schema import Condition, Curriculum
from evtdesk.curriculum.years import evaluations
from evtdesk.model import LogbookSnapshot

Rows = dict[str, list[tuple[Condition, Measurement, bool]]]


def year_summaries(
    curriculum: Curriculum, rows: Rows, snapshot: LogbookSnapshot, years: Sequence[int], today: date
) -> dict[int, tuple[tuple[str, float], ...]]:
    """Per year, (key, number) pairs: `<condition>` what the year added, `<condition>@end`
    the total at its end (or today, for the current year). One pass over each
    condition's counted entries, however many years."""
    out: dict[int, list[tuple[str, float]]] = {year: [] for year in years}
    for item in curriculum.items:
        if not item.mandatory:
            continue
        for condition, measured, _adapted in rows[item.id]:
            if condition.type in ("count", "sum") and not condition.window:
                field = condition.field if condition.type == "sum" else ""
                per_year: dict[int, float] = {}
                for entry in measured.counted:
                    value = float(entry.fields.get(field) or 0) if field else 1.0
                    per_year[entry.date.year] = per_year.get(entry.date.year, 0.0) + value
                for year in years:
                    total = sum(v for y, v in per_year.items() if y <= year)
                    added = per_year.get(year, 0.0)
                    if added:  # what the year did; the totals of quiet items are in the plan
                        out[year] += [(condition.id, added), (f"{condition.id}@end", total)]
            elif condition.type == "duration":
                for year in years:
                    end = min(date(year, 12, 31), today)
                    months = months_in_part(
                        snapshot.periods, condition.part, end, condition.block_min_months
                    ).months
                    if months:
                        out[year].append((f"{condition.id}@end", round(months, 1)))
    return {year: tuple(pairs) for year, pairs in out.items()}


def summary_lines(
    curriculum: Curriculum,
    summary: Sequence[tuple[str, float]],
    required: dict[str, float],
    language: str,
) -> tuple[str, ...]:
    """The summary for reading: `<item> EVT: +12 (40 / 50)`, `<item> work: 9 / 12 months`."""
    values = dict(summary)
    labels = {c.id: (i.id, c) for i in curriculum.items for c in i.conditions}
    lines = []
    for key, value in summary:
        if key.endswith("@end"):
            cid = key.removesuffix("@end")
            if cid in values:
                continue  # said with its addition
            item_id, condition = labels[cid]
            unit = condition.unit(language)
            lines.append(
                f"{item_id} {condition.label(language)}: {number(value, language)} / "
                f"{number(required.get(cid, condition.required), language)}"
                + (f" {unit}" if unit else "")
            )
            continue
        item_id, condition = labels[key]
        total = values.get(f"{key}@end", value)
        needed = number(required.get(key, condition.required), language)
        lines.append(
            f"{item_id} {condition.label(language)}: +{number(value, language)} "
            f"({number(total, language)} / {needed})"
        )
    return tuple(lines)


def years_of(
    curriculum: Curriculum, rows: Rows, snapshot: LogbookSnapshot, today: date, language: str
) -> tuple[YearProgress, ...]:
    """Every year of the training with its summary and evaluation, under the first
    `yearly` condition of the curriculum (none: no yearly evaluation asked for)."""
    condition = next(
        (c for i in curriculum.items for c in i.conditions if c.type == "yearly"), None
    )
    if condition is None:
        return ()
    required = {c.id: m.required for found in rows.values() for c, m, _ in found}
    statements = evaluations(condition, snapshot, today)
    summaries = year_summaries(curriculum, rows, snapshot, list(statements), today)
    return tuple(
        YearProgress(
            year,
            summaries[year],
            statement,
            year < today.year,
            summary_lines(curriculum, summaries[year], required, language),
        )
        for year, statement in statements.items()
    )
