"""What the store refuses, with messages that name the field."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from evtdesk.entries.privacy import find_identity_numbers
from evtdesk.entries.validation import ValidationError, validate_entry


def problems(raw: dict) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        validate_entry(raw)
    return {p.field: p.message for p in caught.value.problems}


def test_a_stroke_alarm_needs_its_thrombolysis_answer() -> None:
    assert "thrombolysis" in problems({"kind": "stroke_alarm", "date": "2026-01-05"})
    ok = validate_entry({"kind": "stroke_alarm", "date": "2026-01-05", "thrombolysis": "ja"})
    assert ok.fields["thrombolysis"] is True


def test_future_dates_are_refused() -> None:
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    assert (
        problems({"kind": "cme", "date": tomorrow, "title": "x", "hours": 2})["date"]
        == "is in the future"
    )


def test_times_must_run_from_arrival_to_reperfusion() -> None:
    found = problems(
        {
            "kind": "evt",
            "date": "2026-01-05",
            "role": "observer",
            "arrival": "2026-01-05T10:00",
            "imaging": "2026-01-05T09:50",
        }
    )
    assert "earlier than arrival" in found["imaging"]


def test_roles_apply_only_to_procedures() -> None:
    assert "role" in problems({"kind": "evt", "date": "2026-01-05"})
    assert (
        "does not apply"
        in problems({"kind": "ct_case", "date": "2026-01-05", "role": "observer"})["role"]
    )


@pytest.mark.parametrize("kind", ["followup_case", "exam_week_case"])
def test_a_case_decided_against_evt_needs_no_operator_role(kind: str) -> None:
    # FU1 logs every case handled, EVT or not; one without EVT had no first operator.
    base = {"kind": kind, "date": "2026-01-05"}
    not_treated = validate_entry({**base, "evt_performed": "nej"})
    assert not_treated.role is None
    treated = problems({**base, "evt_performed": "ja"})
    assert treated["role"].startswith("is required when evt_performed is yes")
    assert validate_entry({**base, "evt_performed": True, "role": "first_operator"}).role


def test_unknown_fields_and_values_are_named() -> None:
    found = problems(
        {"kind": "evt", "date": "2026-01-05", "role": "observer", "mtici": "4", "colour": "red"}
    )
    assert "must be one of" in found["mtici"] and "not a field" in found["colour"]


@pytest.mark.parametrize(
    "text", ["pat 19811218-9876", "811218-9876 inkom", "8112189876", "19811278-9873"]
)
def test_identity_numbers_with_valid_check_digits_are_refused(text: str) -> None:
    assert (
        "identity"
        in problems({"kind": "cme", "date": "2026-01-05", "title": "x", "hours": 1, "notes": text})[
            "notes"
        ]
    )


@pytest.mark.parametrize(
    "text", ["811218-9875", "case 2024-0117 at 0830", "EVT-20260105-1", "tel 031-342 10 00"]
)
def test_numbers_that_are_not_identity_numbers_pass(text: str) -> None:
    assert find_identity_numbers(text) == []


@pytest.mark.parametrize(
    "value", ["nan", "NaN", "inf", "-inf", "1e999", float("nan"), float("inf")]
)
def test_numbers_must_be_finite(value: object) -> None:
    assert problems({"kind": "cme", "date": "2026-01-05", "title": "x", "hours": value})[
        "hours"
    ] == ("must be a finite number")


EVT = {
    "kind": "evt",
    "date": "2026-01-05",
    "role": "observer",
    "mtici": "3",
    "sich": False,
    "new_territory_emboli": False,
}


@pytest.mark.parametrize("puncture", ["2026-01-05T08:30+01:00", "2026-01-05T08:30Z"])
def test_times_with_a_utc_offset_are_refused_as_not_wall_clock_times(puncture: str) -> None:
    found = problems(EVT | {"arrival": "2026-01-05T08:00", "puncture": puncture})
    assert "without a UTC offset" in found["puncture"] and "arrival" not in found


def test_a_missing_kind_is_named_as_missing() -> None:
    found = problems({"date": "2026-01-05"})
    assert found["kind"].startswith("is missing: every entry needs one of stroke_alarm")


@pytest.mark.parametrize("value", [["a", "b"], {"a": 1}])
def test_lists_and_objects_are_refused_not_stored_as_text(value: object) -> None:
    found = problems(
        {"kind": "cme", "date": "2026-01-05", "title": value, "hours": 1, "notes": value}
    )
    assert found["title"] == found["notes"] == "must be a single value, not a list or an object"


@pytest.mark.parametrize(
    ("raw", "field", "said"),
    [
        ({"title": True}, "title", "must be text"),
        ({"title": ["x"]}, "title", "single value"),
        ({"notes": {"a": 1}}, "notes", "single value"),
        ({"site_id": 1.5}, "site_id", "must be a site number"),
        ({"site_id": True}, "site_id", "must be a site number"),
        ({"notes": "a\x00b"}, "notes", "NUL"),
    ],
)
def test_values_of_the_wrong_kind_are_refused_not_stored_as_text(
    raw: dict[str, object], field: str, said: str
) -> None:
    """`"title": true` was stored as the text "True", and site 1.5 as site 1."""
    entry = {"kind": "cme", "date": "2026-01-05", "title": "Kurs", "hours": 1} | raw
    assert said in problems(entry)[field]
