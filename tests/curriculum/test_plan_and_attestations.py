"""Supervisor attestations (newest wins, stale after amendments) and the individual
training plan's adaptations, which must show wherever their item is shown."""

from __future__ import annotations

from datetime import date

from evtdesk.curriculum import ItemProgress, evaluate, load_curriculum
from evtdesk.model import LogbookSnapshot, TrainingPlan
from tests.curriculum.factories import (
    adaptation,
    amended,
    approval,
    attest,
    entry,
    many,
    period,
    retracted,
    snapshot,
)

TODAY = date(2026, 6, 1)
SE = load_curriculum("se-evt")
PREP_DONE = [attest("PREP", date(2025, 1, 1))]


def item(snap: LogbookSnapshot, item_id: str, language: str = "en") -> ItemProgress:
    return evaluate(SE, snap, TODAY, language).item(item_id)


def test_knowledge_items_are_satisfied_only_by_an_approved_attestation() -> None:
    assert item(snapshot([entry("knowledge", item="K1a", hours=40)]), "K1a").state == "open"
    assert item(snapshot([]), "K1a").missing == "Awaiting the supervisor's attestation."
    attested = item(snapshot([], [attest("K1a")]), "K1a")
    assert (
        attested.state == "attested" and attested.met and attested.attested and not attested.missing
    )
    assert attested.attestation is not None and attested.attestation.supervisor_name == "Erik Holm"
    assert item(snapshot([], [attest("K1a", approved=False)]), "K1a").state == "open"


def test_the_newest_attestation_decides() -> None:
    withdrawn = [attest("K1a", date(2025, 1, 1)), attest("K1a", date(2025, 6, 1), approved=False)]
    assert item(snapshot([], withdrawn), "K1a").state == "open"
    renewed = [*withdrawn, attest("K1a", date(2025, 9, 1))]
    assert item(snapshot([], renewed), "K1a").state == "attested"


def test_a_counted_item_can_be_attested_and_stays_attested_when_an_entry_is_amended_since() -> None:
    evts = many(50, "evt", "independent_first_operator")
    basis = max(e.changed_seq for e in evts)
    attested = [*PREP_DONE, attest("NI2", basis_seq=basis)]
    fresh = item(snapshot(evts, attested), "NI2")
    assert fresh.state == "attested" and not fresh.stale and fresh.met
    changed = amended(evts[0], basis + 1, role="first_operator")
    result = item(snapshot([changed, *evts[1:]], attested), "NI2")
    assert result.state == "attested" and result.stale
    [flag] = [f for f in result.flags if f.kind == "stale_attestation"]
    assert flag.entry_ids == (changed.id,)


def test_a_retraction_or_an_amendment_moving_an_entry_out_of_the_count_makes_it_stale() -> None:
    angios = many(75, "angiography", "first_operator")
    basis = max(e.changed_seq for e in angios)
    attested = [*PREP_DONE, attest("NI1", basis_seq=basis)]
    gone = retracted(angios[0], basis + 1)
    assert item(snapshot([gone, *angios[1:]], attested), "NI1").stale
    moved = amended(angios[1], basis + 2, role="second_operator")
    result = item(snapshot([moved, *angios[2:]], attested), "NI1")
    assert result.stale and result.conditions[0].done == 73


def test_changes_before_the_attestation_or_to_other_kinds_do_not_make_it_stale() -> None:
    alarm = entry("stroke_alarm", thrombolysis=True)  # logged before the bundle attested
    evts = many(50, "evt", "independent_first_operator")
    early_fix = amended(evts[0], max(e.changed_seq for e in evts))
    basis = early_fix.changed_seq
    other = amended(alarm, basis + 5, fields={"thrombolysis": False})
    attested = [*PREP_DONE, attest("NI2", basis_seq=basis), attest("K1a", basis_seq=basis)]
    snap = snapshot([early_fix, *evts[1:], other], attested)
    assert not item(snap, "NI2").stale
    assert not item(snap, "K1a").stale  # an attestation-only item rests on no entries


def test_a_plan_adaptation_changes_the_requirement_and_is_shown_with_the_item() -> None:
    periods = [period("PREP", date(2024, 1, 1), 7)]
    assert not item(snapshot([], [], periods), "PREP.TIME").met
    plan = TrainingPlan(adaptations=(adaptation("PREP.TIME", PREP__TIME=6),))
    result = item(snapshot([], [], periods, plan), "PREP.TIME")
    assert result.met and result.conditions[0].required == 6 and result.conditions[0].adapted
    [shown] = result.adaptations
    assert (shown.decided_by, shown.decided_on) == ("Erik Holm", date(2024, 2, 1))
    assert "kortare neuroradiologisk tid" in shown.note


def test_an_adaptation_can_change_one_sub_condition() -> None:
    evts = many(20, "evt", "independent_first_operator") + many(30, "evt", "first_operator")
    plan = TrainingPlan(adaptations=(adaptation("NI2", NI2__independent=20),))
    total, independent = item(snapshot(evts, PREP_DONE, plan=plan), "NI2").conditions
    assert (total.required, total.adapted) == (50, False)
    assert (independent.required, independent.adapted, independent.met) == (20, True, True)


def test_a_waived_item_is_met_and_flagged() -> None:
    plan = TrainingPlan(adaptations=(adaptation("NI3", waived=True),))
    result = item(snapshot([], PREP_DONE, plan=plan), "NI3")
    assert result.met and result.waived and result.state == "met"
    assert [f.kind for f in result.flags] == ["waived"]


def test_an_adaptation_naming_no_condition_of_the_item_is_flagged() -> None:
    plan = TrainingPlan(adaptations=(adaptation("NI2", NI2__indep=20),))
    result = item(snapshot([], PREP_DONE, plan=plan), "NI2")
    [flag] = [f for f in result.flags if f.kind == "adaptation_unmatched"]
    assert "NI2.indep" in flag.message
    assert result.conditions[1].required == 25


def test_the_training_plan_item_is_met_by_the_plan_attestation() -> None:
    assert item(snapshot([]), "G2").state == "open"
    assert item(snapshot([], [attest("PLAN")]), "G2").state == "met"


def test_every_calendar_year_of_the_training_has_its_own_evaluation() -> None:
    started = [period("PREP", date(2024, 9, 1), 12)]
    s5 = item(snapshot([], [attest("EVAL:2024"), attest("EVAL:2026")], started), "S5")
    assert (s5.conditions[0].done, s5.conditions[0].required, s5.met) == (2, 3, False)
    [missing] = [f for f in s5.flags if f.kind == "evaluation_missing"]
    assert missing.message == "No yearly evaluation for: 2025."
    done = [attest("EVAL:2024"), attest("EVAL:2025"), attest("EVAL:2026")]
    assert item(snapshot([], done, started), "S5").met
    # this year's evaluation is still to come: not yet flagged
    s5 = item(snapshot([], done[:2], started), "S5")
    assert not s5.met and not [f for f in s5.flags if f.kind == "evaluation_missing"]


def test_last_years_evaluation_does_not_disappear_on_the_first_of_january() -> None:
    started = [period("PREP", date(2025, 1, 1), 12)]
    snap = snapshot([], [attest("EVAL:2025", date(2025, 12, 20))], started)
    on_new_years_day = evaluate(SE, snap, date(2026, 1, 1), "en")
    s5 = on_new_years_day.item("S5")
    assert (s5.conditions[0].done, s5.conditions[0].required) == (1, 2)
    assert not [f for f in s5.flags if f.kind == "evaluation_missing"]
    assert [y.year for y in on_new_years_day.years] == [2025, 2026]
    assert on_new_years_day.years[0].evaluation is not None


def test_the_years_of_the_training_end_with_its_approval() -> None:
    started = [period("PREP", date(2024, 1, 1), 12)]
    approved = [*approval(date(2025, 6, 1)), attest("EVAL:2024"), attest("EVAL:2025")]
    s5 = item(snapshot([], approved, started), "S5")
    assert s5.met and s5.conditions[0].required == 2  # 2026 is after the approval
