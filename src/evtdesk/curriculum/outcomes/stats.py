"""Small-number statistics for the quality figures: Wilson intervals and quartiles.

A newly approved interventionist has a few dozen cases a year, so a bare percentage
misleads: 3 of 4 is "75 %" with an interval from 30 % to 95 %. The Wilson score interval
stays inside 0–100 % and behaves at 0 and at n (where the textbook Wald interval collapses
to a point), which is why the quality figures use it (Newcombe, Stat Med 1998;17:857).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Z_95 = 1.959963984540054  # the two-sided 95 % quantile of the standard normal


def wilson_interval(count: int, total: int, z: float = Z_95) -> tuple[float, float] | None:
    """The Wilson score interval of `count` out of `total`, as fractions (0–1).

    None when `total` is 0: no cases, no interval (never a made-up 0–100 %)."""
    if total < 0 or not 0 <= count <= total:
        raise ValueError(f"{count} of {total} is not a proportion")
    if total == 0:
        return None
    p = count / total
    z2 = z * z
    denominator = 1 + z2 / total
    centre = (p + z2 / (2 * total)) / denominator
    half = z * math.sqrt(p * (1 - p) / total + z2 / (4 * total * total)) / denominator
    # At count 0 or count == total the bound is exactly 0 or 1; rounding must not move it.
    low = 0.0 if count == 0 else max(0.0, centre - half)
    high = 1.0 if count == total else min(1.0, centre + half)
    return low, high


@dataclass(frozen=True)
class Spread:
    """The median of some minutes with its quartiles and how many values it rests on."""

    n: int
    median: float | None
    q1: float | None
    q3: float | None


def quantile(ordered: Sequence[float], fraction: float) -> float:
    """Linear interpolation between order statistics (R's type 7, numpy's default and
    `statistics.quantiles(method="inclusive")`): with one value every quantile is it."""
    if not ordered:
        raise ValueError("no values")
    position = (len(ordered) - 1) * fraction
    below = math.floor(position)
    above = min(below + 1, len(ordered) - 1)
    return ordered[below] + (ordered[above] - ordered[below]) * (position - below)


def spread(values: Sequence[float]) -> Spread:
    """Median and quartiles of `values` (any order); all None when there are none."""
    ordered = sorted(values)
    if not ordered:
        return Spread(0, None, None, None)
    return Spread(
        len(ordered), quantile(ordered, 0.5), quantile(ordered, 0.25), quantile(ordered, 0.75)
    )
