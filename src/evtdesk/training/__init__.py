"""The trainee's time and plan, checked against the logbook's curriculum before the store
keeps them: a work period names one of the curriculum's parts, a proposed adaptation one
of its items and that item's conditions. A typo is refused with the list of what exists,
instead of counting nowhere. (The store itself knows no curriculum.)"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date

from evtdesk.curriculum import Curriculum, load_curriculum
from evtdesk.model import Proposal, WorkPeriod
from evtdesk.store import Logbook, LogbookError


def curriculum_of(logbook: Logbook) -> Curriculum:
    """The curriculum the logbook was created for."""
    return load_curriculum(logbook.curriculum_id)


def check_part(curriculum: Curriculum, part: str) -> str:
    known = [p.id for p in curriculum.parts]
    if part.strip() not in known:
        raise LogbookError(
            f"{part.strip()!r} is not a part of the curriculum {curriculum.id}; "
            f"a work period belongs to one of: {', '.join(known)}."
        )
    return part.strip()


def check_adaptation(
    curriculum: Curriculum, item_id: str, required: Mapping[str, float]
) -> tuple[str, dict[str, float]]:
    """The item id and the required numbers, each condition one the item has and each
    number 0 or more."""
    try:
        item = curriculum.item(item_id.strip())
    except KeyError:
        raise LogbookError(
            f"{item_id!r} is not an item of the curriculum {curriculum.id}."
        ) from None
    conditions = [c.id for c in item.conditions if c.type != "attested"]
    checked: dict[str, float] = {}
    for condition_id, value in required.items():
        if condition_id not in conditions:
            listed = ", ".join(conditions) or "none that take a number"
            raise LogbookError(
                f"{item.id} has no condition {condition_id!r}; its conditions are: {listed}."
            )
        if (
            not isinstance(value, int | float)
            or isinstance(value, bool)
            or not math.isfinite(value)  # inf or nan would make every later bundle invalid
            or not 0 <= value <= 100_000
        ):
            raise LogbookError(f"The required number for {condition_id} must be from 0 to 100 000.")
        checked[condition_id] = value
    return item.id, checked


def add_period(
    logbook: Logbook,
    part: str,
    start: date,
    end: date | None = None,
    fraction: float = 1.0,
    site_id: int | None = None,
    description: str = "",
) -> WorkPeriod:
    """Record time worked in one part of the logbook's curriculum (see
    `PeriodStore.add_period` for what else is refused)."""
    part = check_part(curriculum_of(logbook), part)
    return logbook.records.add_period(part, start, end, fraction, site_id, description)


def propose_adaptation(
    logbook: Logbook,
    item_id: str,
    note: str,
    required: Mapping[str, float] | None = None,
    waived: bool = False,
) -> Proposal:
    """Propose adapting one item of the logbook's curriculum; it changes nothing until
    the supervisor signs it."""
    item_id, checked = check_adaptation(curriculum_of(logbook), item_id, required or {})
    return logbook.records.propose_adaptation(item_id, note, checked, waived)
