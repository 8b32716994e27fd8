"""A second and third curriculum run on the same engine with no new Python, shipping only
the numbers other-standards.md confirms."""

from __future__ import annotations

from datetime import date

from evtdesk.curriculum import evaluate, load_curriculum, progress_to_json
from evtdesk.model import TrainingPlan
from tests.curriculum.factories import adaptation, attest, entry, many, period, snapshot

TODAY = date(2026, 6, 1)
PRIMARY = "first_operator"
CAST = load_curriculum("us-cast")
UK = load_curriculum("uk-rcr-mt")
CONFIRMED_CAST = {
    "CAST.TIME": 12,
    "CAST.DX": 200,
    "CAST.IV": 250,
    "CAST.STROKE": 30,
    "CAST.ANEURYSM": 40,
    "CAST.ANEURYSM.ruptured": 10,
    "CAST.ICEMBO": 20,
    "CAST.STENT": 25,
    "CAST.STENT.intracranial": 5,
    "CAST.STENT.extracranial": 5,
    "CAST.INFUSION": 10,
    "CAST.ECEMBO": 10,
    "CAST.SPINE": 5,
}


def procedures(
    count: int, indication: str, technique: str = "coiling", role: str = PRIMARY
) -> list:  # type: ignore[type-arg]
    return many(count, "complication_technique", role, indication=indication, technique=technique)


def test_cast_ships_exactly_the_confirmed_numbers() -> None:
    shipped = {c.id: c.required for i in CAST.items for c in i.conditions}
    assert shipped == CONFIRMED_CAST
    assert all(i.section.startswith("CAST program requirements") for i in CAST.items)


def test_cast_counts_its_case_mix_as_primary_operator() -> None:
    cases = procedures(9, "aneurysm_ruptured") + procedures(31, "aneurysm_unruptured")
    cases += (
        procedures(5, "aneurysm_ruptured", role="observer")
        + many(30, "evt", PRIMARY)
        + many(5, "evt", "observer")
    )
    progress = evaluate(CAST, snapshot(cases, curriculum="us-cast"), TODAY)
    aneurysm = progress.item("CAST.ANEURYSM")
    assert [(c.done, c.required) for c in aneurysm.conditions] == [(40, 40), (9, 10)]
    assert not aneurysm.met and aneurysm.missing == "Still needed: 1 more (ruptured)."
    assert progress.item("CAST.STROKE").met
    assert progress.item("CAST.IV").conditions[0].done == 70  # EVT and other interventions together
    cases += procedures(1, "aneurysm_ruptured")
    assert evaluate(CAST, snapshot(cases, curriculum="us-cast"), TODAY).item("CAST.ANEURYSM").met


def test_cast_stents_need_5_intracranial_and_5_extracranial_stent_procedures() -> None:
    cases = procedures(20, "stenosis_extracranial", "stent") + procedures(
        4, "stenosis_intracranial", "stent"
    )
    cases += procedures(3, "stenosis_intracranial", "balloon")  # angioplasty without a stent
    stent = evaluate(CAST, snapshot(cases, curriculum="us-cast"), TODAY).item("CAST.STENT")
    assert [(c.id, c.done, c.met) for c in stent.conditions] == [
        ("CAST.STENT", 24, False),
        ("CAST.STENT.intracranial", 4, False),
        ("CAST.STENT.extracranial", 20, True),
    ]
    cases += procedures(1, "stenosis_intracranial", "stent")
    assert evaluate(CAST, snapshot(cases, curriculum="us-cast"), TODAY).item("CAST.STENT").met


def test_cast_time_and_next_steps() -> None:
    snap = snapshot(
        [], [attest("CAST.ENTRY")], [period("CAST", date(2025, 1, 1), 12)], curriculum="us-cast"
    )
    progress = evaluate(CAST, snap, TODAY)
    assert progress.item("CAST.TIME").met and progress.item("CAST.ENTRY").state == "attested"
    assert [s.item_id for s in progress.next_steps] == [
        "CAST.DX",
        "CAST.IV",
        "CAST.STROKE",
        "CAST.ANEURYSM",
        "CAST.ICEMBO",
    ]


def test_uk_items_are_number_free_and_satisfied_by_attestation() -> None:
    assert [c for i in UK.items for c in i.conditions] == []
    assert all(i.attestation for i in UK.items)
    lots = many(300, "evt", "independent_first_operator")  # cases alone satisfy nothing here
    progress = evaluate(UK, snapshot(lots, [attest("UK.SIGNOFF")], curriculum="uk-rcr-mt"), TODAY)
    assert progress.item("UK.SIGNOFF").state == "attested"
    assert progress.item("UK.CENTRES").state == "open" and not progress.item("UK.CENTRES").met
    data = {i["id"]: i for i in progress_to_json(progress)["items"]}
    assert "done" not in data["UK.CENTRES"] and data["UK.SIGNOFF"]["attested"] is True


def test_uk_conversion_time_is_waived_in_the_plan_for_other_routes() -> None:
    plan = TrainingPlan(adaptations=(adaptation("UK.TIME", waived=True),))
    progress = evaluate(UK, snapshot([entry("evt")], plan=plan, curriculum="uk-rcr-mt"), TODAY)
    assert progress.item("UK.TIME").state == "met" and progress.item("UK.TIME").waived
    assert "UK.TIME" not in [s.item_id for s in progress.next_steps]
