"""Reference values: only what the user entered, with source and year, checked."""

from __future__ import annotations

import pytest

from evtdesk.curriculum.outcomes.logistics import INTERVAL_KEYS
from evtdesk.curriculum.outcomes.references import (
    check_reference,
    references_from_setting,
    references_to_setting,
)


def test_a_reference_round_trips_through_the_setting() -> None:
    ref = check_reference("arrival_to_puncture", 62, " Riksstroke 2024 ", 2024, INTERVAL_KEYS, 2026)
    assert ref.source == "Riksstroke 2024"
    assert references_from_setting(references_to_setting({ref.key: ref})) == {ref.key: ref}


@pytest.mark.parametrize(
    ("key", "minutes", "source", "year", "message"),
    [
        ("door_to_needle", 30, "x", 2024, "not a logistics interval"),
        ("arrival_to_puncture", 0, "x", 2024, "not a median time"),
        ("arrival_to_puncture", 30, " ", 2024, "where the reference value is from"),
        ("arrival_to_puncture", 30, "x", 2027, "not the year of a published figure"),
    ],
)
def test_bad_references_are_refused(
    key: str, minutes: float, source: str, year: int, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        check_reference(key, minutes, source, year, INTERVAL_KEYS, 2026)


def test_no_reference_is_shipped() -> None:
    assert references_from_setting(None) == {}
    assert references_from_setting({"arrival_to_imaging": {"minutes": "x"}}) == {}
