"""Wilson intervals against published values, and quartiles by hand."""

from __future__ import annotations

import math

import pytest

from evtdesk.curriculum.outcomes.stats import Z_95, spread, wilson_interval

# Newcombe (1998), Stat Med 17:857-872, table II, method 3 (score interval without
# continuity correction): the values every statistics package is checked against.
PUBLISHED = [
    (81, 263, 0.2553, 0.3662),
    (15, 148, 0.0624, 0.1605),
    (0, 20, 0.0000, 0.1611),
    (1, 29, 0.0061, 0.1718),
    (29, 29, 0.8830, 1.0000),
]


@pytest.mark.parametrize(("count", "total", "low", "high"), PUBLISHED)
def test_wilson_matches_the_published_values(
    count: int, total: int, low: float, high: float
) -> None:
    found = wilson_interval(count, total)
    assert found is not None
    assert found[0] == pytest.approx(low, abs=5e-5)
    assert found[1] == pytest.approx(high, abs=5e-5)


def _reference(count: int, total: int) -> tuple[float, float]:
    """The score interval in its other textbook form, (2np + z² ± z√(z² + 4np(1−p)))
    / 2(n + z²), as statsmodels' proportion_confint(method="wilson") computes it."""
    p, z2 = count / total, Z_95 * Z_95
    root = Z_95 * math.sqrt(z2 + 4 * total * p * (1 - p))
    return (
        (2 * total * p + z2 - root) / (2 * (total + z2)),
        (2 * total * p + z2 + root) / (2 * (total + z2)),
    )


@pytest.mark.parametrize("total", [1, 2, 5, 19, 20, 21, 60, 250])
def test_wilson_agrees_with_the_other_form_for_every_count(total: int) -> None:
    for count in range(total + 1):
        found = wilson_interval(count, total)
        assert found is not None
        expected = _reference(count, total)
        assert found[0] == pytest.approx(max(0.0, expected[0]), abs=1e-12)
        assert found[1] == pytest.approx(min(1.0, expected[1]), abs=1e-12)


def test_wilson_of_no_cases_is_no_interval() -> None:
    assert wilson_interval(0, 0) is None


def test_wilson_bounds_are_exact_at_zero_and_all() -> None:
    assert wilson_interval(0, 7)[0] == 0.0  # type: ignore[index]
    assert wilson_interval(7, 7)[1] == 1.0  # type: ignore[index]


def test_wilson_refuses_a_count_above_the_total() -> None:
    with pytest.raises(ValueError, match="not a proportion"):
        wilson_interval(3, 2)


def test_spread_of_an_odd_number_is_the_middle_value() -> None:
    found = spread([30, 10, 20, 50, 40])
    assert (found.n, found.median, found.q1, found.q3) == (5, 30, 20, 40)


def test_spread_of_an_even_number_is_between_the_middle_two() -> None:
    found = spread([10, 20, 30, 40])
    # R type 7: positions (n-1)·f = 0.75, 1.5, 2.25
    assert (found.n, found.median, found.q1, found.q3) == (4, 25, 17.5, 32.5)


def test_spread_of_one_value_is_that_value() -> None:
    found = spread([42])
    assert (found.n, found.median, found.q1, found.q3) == (1, 42, 42, 42)


def test_spread_of_nothing_is_none() -> None:
    found = spread([])
    assert (found.n, found.median, found.q1, found.q3) == (0, None, None, None)
