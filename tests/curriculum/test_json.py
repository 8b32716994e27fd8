"""`evtdesk progress --json`: the shape docs/progress-format.md promises."""

from __future__ import annotations

import json
from datetime import date

from evtdesk.curriculum import evaluate, load_curriculum, progress_to_json
from evtdesk.model import TrainingPlan
from tests.curriculum.factories import (
    UNIT,
    adaptation,
    attest,
    entry,
    many,
    period,
    site_declaration,
    snapshot,
)

TODAY = date(2026, 6, 1)
SE = load_curriculum("se-evt")


def as_json(snap, language: str = "en") -> dict:  # type: ignore[no-untyped-def, type-arg]
    data = progress_to_json(evaluate(SE, snap, TODAY, language))
    return json.loads(json.dumps(data, ensure_ascii=False))  # plain JSON, nothing else


def by_id(data: dict) -> dict:  # type: ignore[type-arg]
    return {i["id"]: i for i in data["items"]}


def test_every_item_is_listed_in_guidance_order_with_the_documented_keys() -> None:
    data = as_json(snapshot([]))
    assert data["format"] == "evtdesk-progress/1"
    assert data["curriculum"] == {"id": "se-evt", "version": SE.version, "title": SE.title_en}
    assert [i["id"] for i in data["items"]] == [i.id for i in SE.items]
    for shown in data["items"]:
        assert {
            "id",
            "state",
            "met",
            "attested",
            "stale",
            "conditions",
            "flags",
            "adaptations",
            "missing",
        } <= set(shown)
        assert shown["state"] in ("locked", "open", "met", "attested")


def test_ni2_holds_the_evt_total_and_the_independent_count_as_nested_conditions() -> None:
    evts = many(26, "evt", "independent_first_operator") + many(30, "evt", "first_operator")
    ni2 = by_id(as_json(snapshot(evts)))["NI2"]
    assert (
        ni2["state"] == "locked" and ni2["met"] is True and ni2["attested"] is False
    )  # PREP not attested
    assert (ni2["done"], ni2["required"]) == (56, 50)
    assert [(c["id"], c["done"], c["required"], c["met"]) for c in ni2["conditions"]] == [
        ("NI2", 56, 50, True),
        ("NI2.independent", 26, 25, True),
    ]


def test_durations_attestations_flags_and_adaptations_appear_in_json() -> None:
    early = entry("angiography", date(2024, 1, 5), "first_operator")
    plan = TrainingPlan(adaptations=(adaptation("PREP.TIME", PREP__TIME=6),))
    snap = snapshot(
        [early],
        [attest("PREP", date(2024, 2, 1)), attest("K1a")],
        [period("PREP", date(2023, 1, 1), 6, fraction=0.5)],
        plan,
    )
    items = by_id(as_json(snap, "sv"))
    prep = items["PREP.TIME"]
    assert (prep["done"], prep["required"], prep["met"]) == (3, 6, False)
    assert prep["conditions"][0]["unit"] == "mån" and prep["conditions"][0]["adapted"] is True
    assert prep["adaptations"] == [
        {
            "note": "Interventionell radiolog: kortare neuroradiologisk tid.",
            "required": {"PREP.TIME": 6},
            "waived": False,
            "decided_by": "Erik Holm",
            "decided_on": "2024-02-01",
        }
    ]
    k1a = items["K1a"]
    assert k1a["state"] == "attested" and k1a["met"] and k1a["attestation"]["by"] == "Erik Holm"
    assert "done" not in k1a  # attestation-only items have no numbers
    [flag] = items["NI1"]["flags"]
    assert flag["kind"] == "before_part_opened" and flag["entry_ids"] == [early.id]
    assert flag["period_ids"] == []


def test_work_periods_before_their_part_opened_are_flagged_in_json() -> None:
    early = period("NI", date(2023, 6, 1), 12)
    declared = [attest("PREP", date(2024, 2, 1)), site_declaration(UNIT)]
    items = by_id(as_json(snapshot([], declared, [early])))
    [flag] = items["NI.TIME"]["flags"]
    assert flag["kind"] == "periods_before_part_opened"
    assert (flag["entry_ids"], flag["period_ids"]) == ([], [early.id])


def test_ratio_conditions_say_which_side_of_the_threshold_meets_them() -> None:
    items = by_id(as_json(snapshot([])))
    q3 = {c["id"]: c for c in items["Q3"]["conditions"]}
    assert (q3["Q3.mtici"]["comparison"], q3["Q3.sich"]["comparison"]) == (">", "<")
    assert "comparison" not in items["NI2"]["conditions"][0]


def test_parts_and_next_steps_are_in_json() -> None:
    data = as_json(snapshot([], [attest("PREP", date(2025, 1, 1))]))
    parts = {p["id"]: p for p in data["parts"]}
    assert parts["NI"]["state"] == "open" and parts["NI"]["opened_on"] == "2025-01-01"
    assert parts["A"]["state"] == "locked" and parts["A"]["reason"]
    assert "NI.TIME" in [step["item_id"] for step in data["next_steps"]]
    assert all(set(step) == {"item_id", "sentence"} for step in data["next_steps"])
