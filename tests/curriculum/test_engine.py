"""The Swedish curriculum measured by the engine: boundaries, gates, flags, the plan."""

from __future__ import annotations

from datetime import date

import pytest

from evtdesk.curriculum import evaluate, load_curriculum
from evtdesk.model import TrainingPlan
from tests.curriculum.factories import DAY, adaptation, attest, entry, many, period, snapshot

TODAY = date(2026, 6, 1)
SE = load_curriculum("se-evt")
PREP_DONE = [attest("PREP", date(2025, 1, 1))]


def item(snap, item_id, language="en"):  # type: ignore[no-untyped-def]
    return evaluate(SE, snap, TODAY, language).item(item_id)


@pytest.mark.parametrize(("total", "independent", "met"), [(49, 25, False), (50, 24, False), (50, 25, True)])
def test_ni2_needs_50_evt_and_25_independent(total: int, independent: int, met: bool) -> None:
    evts = many(independent, "evt", "independent_first_operator") + many(total - independent, "evt", "first_operator")
    result = item(snapshot(evts, PREP_DONE), "NI2")
    assert result.met is met and result.state == ("met" if met else "open")
    assert [(c.id, c.done, c.required) for c in result.conditions] == [
        ("NI2", total, 50), ("NI2.independent", independent, 25)]


def test_observed_evt_do_not_count_and_retracted_never_count() -> None:
    evts = many(50, "evt", "observer") + [entry("evt", role="independent_first_operator")]
    retracted = entry("evt", role="first_operator")
    evts.append(type(retracted)(**{**retracted.__dict__, "retracted": True}))
    assert item(snapshot(evts, PREP_DONE), "NI2").conditions[0].done == 1


@pytest.mark.parametrize(("lysis", "met"), [(9, False), (10, True)])
def test_k2f_needs_10_with_thrombolysis(lysis: int, met: bool) -> None:
    alarms = many(lysis, "stroke_alarm", thrombolysis=True) + many(50 - lysis, "stroke_alarm", thrombolysis=False)
    result = item(snapshot(alarms), "K2f")
    assert result.met is met
    assert result.conditions[1].done == lysis


def test_angiographies_count_only_as_first_operator() -> None:
    angios = many(74, "angiography", "first_operator") + many(20, "angiography", "second_operator")
    assert item(snapshot(angios, PREP_DONE), "NI1").conditions[0].done == 74
    angios.append(entry("angiography", role="independent_first_operator"))
    assert item(snapshot(angios, PREP_DONE), "NI1").met


def test_mri_primary_plan_raises_the_mri_requirement_to_100() -> None:
    mri = many(60, "mri_case")
    assert item(snapshot(mri), "K3c-MR").met
    primary = item(snapshot(mri, plan=TrainingPlan(mri_primary=True)), "K3c-MR")
    assert not primary.met and primary.conditions[0].required == 100


def test_a_two_month_intermittent_block_does_not_count() -> None:
    periods = [period("NI", date(2025, 1, 1), 6), period("NI", date(2025, 9, 1), 2), period("NI", date(2026, 1, 1), 5)]
    result = item(snapshot([], PREP_DONE, periods), "NI.TIME")
    assert result.conditions[0].done == pytest.approx(11.0, abs=0.1)
    assert not result.met
    assert any(f.kind == "short_block" for f in result.flags)
    periods[1] = period("NI", date(2025, 9, 1), 3)
    assert item(snapshot([], PREP_DONE, periods), "NI.TIME").met


def test_part_time_counts_pro_rata_in_the_preparatory_part() -> None:
    result = item(snapshot([], [], [period("PREP", date(2024, 1, 1), 20, fraction=0.5)]), "PREP.TIME")
    assert result.conditions[0].done == pytest.approx(10.0, abs=0.1) and not result.met


def test_the_neurointervention_part_is_locked_until_prep_is_attested() -> None:
    evts = many(50, "evt", "independent_first_operator")
    locked = item(snapshot(evts), "NI2")
    assert locked.state == "locked" and locked.met  # numbers reached, the gate still locks
    assert "attested" in locked.missing and "Preparatory" in locked.missing
    refused = item(snapshot(evts, [attest("PREP", approved=False)]), "NI2")
    assert refused.state == "locked"
    assert item(snapshot(evts, PREP_DONE), "NI2").state == "met"


def test_examination_week_opens_only_when_every_certificate_and_the_course_are_in() -> None:
    base = many(50, "stroke_alarm", thrombolysis=True) + many(100, "ct_case") + many(50, "mri_case")
    base += many(75, "angiography", "first_operator") + many(50, "evt", "independent_first_operator")
    base += many(15, "complication_technique", "observer", technique="coiling")
    knowledge = [attest(k) for k in ("K1a", "K1b", "K2a", "K2b", "K2c", "K2d", "K2e", "K3a", "K3b")]
    gates = [*PREP_DONE, attest("NI", date(2026, 1, 1))]
    assert item(snapshot(base, gates + knowledge), "A3").state == "locked"  # no course yet
    with_course = base + [entry("course", title="EXMINT", exmint=True)]
    assert item(snapshot(with_course, gates + knowledge), "A3").state == "open"
    assert item(snapshot(with_course, gates + knowledge[1:]), "A3").state == "locked"


def test_entries_dated_before_their_part_opened_are_flagged_not_dropped() -> None:
    early = entry("evt", date(2024, 12, 1), "first_operator")
    late = entry("evt", date(2025, 2, 1), "first_operator")
    result = item(snapshot([early, late], PREP_DONE), "NI2")
    assert result.conditions[0].done == 2
    [flag] = [f for f in result.flags if f.kind == "before_part_opened"]
    assert flag.entry_ids == (early.id,)


def test_a_plan_adaptation_changes_the_requirement_and_is_shown() -> None:
    periods = [period("PREP", date(2024, 1, 1), 7)]
    plan = TrainingPlan(adaptations=(adaptation("PREP.TIME", PREP__TIME=6),))
    result = item(snapshot([], [], periods, plan), "PREP.TIME")
    assert result.met and result.conditions[0].required == 6 and result.conditions[0].adapted
    assert result.adaptations[0].decided_by == "Erik Holm"


def test_attestation_satisfies_knowledge_items_and_goes_stale_after_an_amendment() -> None:
    assert item(snapshot([]), "K1a").state == "open"
    assert item(snapshot([], [attest("K1a")]), "K1a").state == "attested"
    evts = many(50, "evt", "independent_first_operator")
    attested = [*PREP_DONE, attest("NI2", basis_seq=max(e.changed_seq for e in evts))]
    assert not item(snapshot(evts, attested), "NI2").stale
    amended = type(evts[0])(**{**evts[0].__dict__, "revision": 2, "changed_seq": 10**7})
    result = item(snapshot([amended, *evts[1:]], attested), "NI2")
    assert result.state == "attested" and result.stale
    assert any(f.kind == "stale_attestation" and amended.id in f.entry_ids for f in result.flags)


def test_the_newest_attestation_decides() -> None:
    withdrawn = [attest("K1a", date(2025, 1, 1)), attest("K1a", date(2025, 6, 1), approved=False)]
    assert item(snapshot([], withdrawn), "K1a").state == "open"


def test_missing_sentences_and_next_steps_speak_the_users_language() -> None:
    evts = many(31, "evt", "first_operator") + many(12, "evt", "independent_first_operator")
    progress_sv = evaluate(SE, snapshot(evts, PREP_DONE), TODAY, "sv")
    assert progress_sv.item("NI2").missing == "Återstår: ytterligare 7 EVT; ytterligare 13 som självständig försteoperatör."
    assert "NI2" in [s.item_id for s in progress_sv.next_steps]
    progress_en = evaluate(SE, snapshot(evts, PREP_DONE), TODAY, "en")
    assert progress_en.item("NI2").missing == "Still needed: 7 more EVT; 13 more as independent first operator."
    steps = [s.item_id for s in progress_en.next_steps]
    assert 0 < len(steps) <= 5
    assert all(SE.item(s).part != "PREP" for s in steps)  # the supervisor attested PREP complete
    assert steps == sorted(steps, key=[i.id for i in SE.items].index)  # guidance order


def test_every_catalogue_item_is_in_the_swedish_curriculum_with_a_section() -> None:
    import re
    from pathlib import Path

    catalogue = Path(__file__).parents[3] / "shared" / "guidance" / "requirements.md"
    if not catalogue.exists():
        pytest.skip("the requirement catalogue (shared/guidance) is not beside this checkout")
    ids = set(re.findall(r"^- ([A-Z][A-Za-z0-9.\-]+) ", catalogue.read_text(encoding="utf-8"), re.M))
    shipped = {i.id for i in SE.items}
    assert ids and ids <= shipped, ids - shipped
    assert all(i.section and i.title_sv and i.title_en for i in SE.items)


def test_date_of_sample_is_fixed() -> None:
    assert DAY < TODAY
