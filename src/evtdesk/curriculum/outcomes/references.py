"""National reference values for the logistics times, as the user enters them.

The guidance asks for logistics medians "on par with the national averages (see Riksstroke
and EVAS)" but gives no numbers, and the registries' figures change every year, so EVTDesk
ships none: a reference is what the user typed, with its source and year, and is shown as
such. They are kept in the logbook's settings under `REFERENCES_SETTING`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from evtdesk.model.snapshot import REFERENCES_SETTING

__all__ = ["REFERENCES_SETTING", "ReferenceValue", "references_from_setting"]


@dataclass(frozen=True)
class ReferenceValue:
    """A national median for one logistics interval, in minutes, and where it is from."""

    key: str
    minutes: float
    source: str
    year: int


def check_reference(
    key: str, minutes: float, source: str, year: int, known: tuple[str, ...], this_year: int
) -> ReferenceValue:
    """A reference value, or ValueError saying what is wrong with it."""
    if key not in known:
        raise ValueError(f"{key!r} is not a logistics interval; known: {', '.join(known)}")
    if not 0 < minutes <= 24 * 60:
        raise ValueError(f"{minutes:g} minutes is not a median time (more than 0, at most 1440)")
    if not source.strip():
        raise ValueError("say where the reference value is from (--source)")
    if not 1990 <= year <= this_year:
        raise ValueError(f"{year} is not the year of a published figure (1990–{this_year})")
    return ReferenceValue(key, float(minutes), source.strip(), year)


def references_from_setting(value: Any) -> dict[str, ReferenceValue]:
    """The stored references by interval; malformed ones are skipped, not guessed at."""
    found: dict[str, ReferenceValue] = {}
    if not isinstance(value, Mapping):
        return found
    for key, body in value.items():
        try:
            reference = ReferenceValue(
                str(key), float(body["minutes"]), str(body["source"]), int(body["year"])
            )
        except (KeyError, TypeError, ValueError, OverflowError):
            continue
        if math.isfinite(reference.minutes) and reference.minutes >= 0:  # a bundle's too
            found[str(key)] = reference
    return found


def references_to_setting(references: Mapping[str, ReferenceValue]) -> dict[str, Any]:
    return {
        key: {"minutes": ref.minutes, "source": ref.source, "year": ref.year}
        for key, ref in sorted(references.items())
    }
