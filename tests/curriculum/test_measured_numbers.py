"""The numbers a trainee reads for quality targets, hours and attestations, at their edges:
no cases yet, exactly the minimum, a share that is not whole, an entry of zero hours, and
the calendar year a target is judged in."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from evtdesk.curriculum import Curriculum, evaluate, load_curriculum, progress_to_json
from evtdesk.model import LogbookSnapshot, WorkPeriod
from tests.curriculum.factories import approval, attest, entry, many, snapshot

TODAY = date(2026, 6, 1)
SE = load_curriculum("se-evt")
APPROVED = [attest("PREP", date(2025, 1, 1)), attest("NI", date(2025, 6, 1)), *approval()]
OWN = "independent_first_operator"


def as_json(curriculum: Curriculum, snap: LogbookSnapshot) -> dict[str, Any]:
    data = progress_to_json(evaluate(curriculum, snap, TODAY, "en"))
    items: dict[str, Any] = {i["id"]: i for i in json.loads(json.dumps(data))["items"]}
    return items


def test_a_quality_target_with_no_cases_yet_is_not_met_and_says_so() -> None:
    items = as_json(SE, snapshot([], APPROVED))
    q3 = items["Q3"]
    assert q3["met"] is False
    assert [(c["id"], c["met"]) for c in q3["conditions"]] == [
        ("Q3.mtici", False),
        ("Q3.emboli", False),  # 0 % of nothing is not "fewer than 15 %"
        ("Q3.sich", False),
    ]
    assert "mTICI 2b–3: no cases yet" in q3["missing"]
    assert "emboli to new territory: no cases yet" in q3["missing"]


def test_a_quality_target_below_its_mark_quotes_the_share_not_no_cases() -> None:
    # 20 recorded cases, the fewest a rate is judged from; every outcome recorded.
    done = {"evt_performed": True, "new_territory_emboli": False, "sich": False}
    cases = many(10, "followup_case", OWN, mtici="3", **done)
    cases += many(10, "followup_case", OWN, mtici="1", **done)
    q3 = as_json(SE, snapshot(cases, APPROVED))["Q3"]
    assert q3["conditions"][0]["done"] == 50
    assert "no cases" not in q3["missing"] and "50" in q3["missing"]


def test_a_share_that_is_not_whole_is_shown_to_one_decimal() -> None:
    # docs/progress-format.md: decimals when not whole (62.5 per cent).
    cases = many(7, "followup_case", OWN, evt_performed=True, mtici="3", sich=True)
    cases += many(14, "followup_case", OWN, evt_performed=True, mtici="3", sich=False)
    q3 = {c["id"]: c for c in as_json(SE, snapshot(cases, APPROVED))["Q3"]["conditions"]}
    assert q3["Q3.sich"]["done"] == 33.3
    assert q3["Q3.mtici"]["done"] == 100


@pytest.mark.parametrize("logged", [{"hours": 0}, {}])
def test_cme_logged_with_no_hours_adds_none(logged: dict[str, Any]) -> None:
    cme = [
        entry("cme", date(2026, 3, 1), title="a", hours=15.5),
        entry("cme", date(2026, 4, 1), title="b", **logged),
    ]
    c1 = as_json(SE, snapshot(cme, APPROVED))["C1"]
    assert (c1["done"], c1["met"]) == (15.5, False)


def test_an_attested_condition_counts_one_of_one_once_signed() -> None:
    before = as_json(SE, snapshot([], []))["G2"]["conditions"]
    after = as_json(SE, snapshot([], [attest("PLAN")]))["G2"]["conditions"]
    refused = as_json(SE, snapshot([], [attest("PLAN", approved=False)]))["G2"]["conditions"]
    assert [(c["done"], c["required"], c["met"]) for c in before] == [(0, 1, False)]
    assert [(c["done"], c["required"], c["met"]) for c in after] == [(1, 1, True)]
    assert [(c["done"], c["required"], c["met"]) for c in refused] == [(0, 1, False)]


YEARLY_RATE = """
id = "x"
version = "1"
title_sv = "x"
title_en = "x"
[[parts]]
id = "P"
title_sv = "p"
title_en = "p"
[[items]]
id = "R"
part = "P"
title_sv = "r"
title_en = "r"
section = "s"
mandatory = true
[[items.conditions]]
id = "R"
type = "ratio"
kinds = ["evt"]
numerator = { mtici = ["2b", "2c", "3"] }
comparison = ">"
threshold = 50
min_cases = 5
window = "calendar_year"
label_sv = "andel"
label_en = "share"
"""


@pytest.fixture
def yearly_rate(tmp_path: Path) -> Curriculum:
    """A curriculum whose one target is judged over this calendar year's cases, and only
    from five cases on (docs/curriculum-format.md, Ratios)."""
    path = tmp_path / "yearly.toml"
    path.write_text(YEARLY_RATE, encoding="utf-8")
    return load_curriculum(path)


@pytest.mark.parametrize(("cases", "met"), [(4, False), (5, True)])
def test_a_share_is_judged_from_its_minimum_number_of_cases_on(
    yearly_rate: Curriculum, cases: int, met: bool
) -> None:
    evts = many(cases, "evt", OWN, date(2026, 2, 1), mtici="3")
    rate = as_json(yearly_rate, snapshot(evts))["R"]
    assert rate["met"] is met
    if not met:
        assert "4 cases, at least 5 needed" in rate["missing"]


def test_a_yearly_share_counts_only_this_years_cases(yearly_rate: Curriculum) -> None:
    last_year = many(10, "evt", OWN, date(2025, 12, 31), mtici="1")
    this_year = many(5, "evt", OWN, date(2026, 1, 1), mtici="3")
    rate = as_json(yearly_rate, snapshot(last_year + this_year))["R"]
    assert (rate["done"], rate["met"]) == (100, True)


def test_time_is_shown_in_months_to_one_decimal() -> None:
    # docs/progress-format.md: "10.5 months". 1 January to 15 February is a month and 15
    # days (15 / 30.4375 of a month), 1.49 months, shown as 1.5.
    six_weeks = WorkPeriod(1, "PREP", date(2026, 1, 1), date(2026, 2, 15))
    [time] = as_json(SE, snapshot([], [], [six_weeks]))["PREP.TIME"]["conditions"]
    assert time["done"] == 1.5
