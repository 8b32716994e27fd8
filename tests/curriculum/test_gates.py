"""Gates and order: parts open on the supervisor's attestation, out-of-order entries are
flagged and never dropped."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from evtdesk.curriculum import ItemProgress, Progress, evaluate, load_curriculum
from evtdesk.model import LogbookSnapshot, TrainingPlan
from tests.curriculum.factories import adaptation, approval, attest, entry, many, snapshot

TODAY = date(2026, 6, 1)
SE = load_curriculum("se-evt")
PREP_DONE = [attest("PREP", date(2025, 1, 1))]
NI_DONE = [*PREP_DONE, attest("NI", date(2026, 1, 1))]
KNOWLEDGE = [attest(k) for k in ("K1a", "K1b", "K2a", "K2b", "K2c", "K2d", "K2e", "K3a", "K3b")]


def run(snap: LogbookSnapshot, language: str = "en") -> Progress:
    return evaluate(SE, snap, TODAY, language)


def item(snap: LogbookSnapshot, item_id: str, language: str = "en") -> ItemProgress:
    return run(snap, language).item(item_id)


def practical(with_course: bool = True) -> list:  # type: ignore[type-arg]
    cases = (
        many(50, "stroke_alarm", thrombolysis=True) + many(100, "ct_case") + many(50, "mri_case")
    )
    cases += many(75, "angiography", "first_operator") + many(
        50, "evt", "independent_first_operator"
    )
    cases += many(14, "complication_technique", "observer", technique="coiling")
    cases.append(
        entry("complication_technique", role="observer", technique="glue", intracranial=True)
    )
    if with_course:
        cases.append(entry("course", title="EXMINT", exmint=True))
    return cases


def test_the_neurointervention_part_is_locked_until_prep_is_attested_but_its_numbers_show() -> None:
    evts = many(50, "evt", "independent_first_operator")
    locked = item(snapshot(evts), "NI2")
    assert locked.state == "locked" and locked.met  # numbers reached, the gate still locks
    assert locked.missing == "Opens when the supervisor has attested Preparatory part."
    assert (
        item(snapshot(evts), "NI2", "sv").missing
        == "Öppnas när handledaren har intygat Förberedande del."
    )
    assert item(snapshot(evts, [attest("PREP", approved=False)]), "NI2").state == "locked"
    assert item(snapshot(evts, PREP_DONE), "NI2").state == "met"


def test_ni_gate_item_is_met_by_the_prep_attestation() -> None:
    assert not item(snapshot([]), "NI.GATE").met
    gate = item(snapshot([], PREP_DONE), "NI.GATE")
    assert gate.met and gate.state == "met"


def test_parts_report_their_state_reason_and_opening_date() -> None:
    parts = {p.id: p for p in run(snapshot([], PREP_DONE)).parts}
    assert parts["PREP"].state == "complete"  # the supervisor attested it
    assert parts["NI"].state == "open" and parts["NI"].opened_on == date(2025, 1, 1)
    assert parts["A"].state == "locked" and "Neurointervention part" in parts["A"].reason
    assert parts["FU"].state == parts["C"].state == "locked"
    # the hospital's list is a precondition of the hospital, open at any time
    assert parts["H"].state == "open" and parts["H"].reason == ""


def test_follow_up_and_continuing_education_open_when_approval_is_attested() -> None:
    approved = run(snapshot([], [*NI_DONE, *approval(date(2026, 3, 1))]))
    assert {p.id: p.state for p in approved.parts}["FU"] == "open"
    assert approved.item("Q2").state == "open" and approved.item("C1").state == "open"


def test_the_examination_week_opens_only_when_every_certificate_and_the_course_are_in() -> None:
    assert item(snapshot(practical(with_course=False), NI_DONE + KNOWLEDGE), "A3").state == "locked"
    assert (
        item(snapshot(practical(), NI_DONE + KNOWLEDGE[1:]), "A3").state == "locked"
    )  # K1a missing
    exam = item(snapshot(practical(), NI_DONE + KNOWLEDGE), "A3")
    assert exam.state == "open" and not exam.met
    assert item(snapshot(practical(), [*NI_DONE, *KNOWLEDGE, attest("EXAM_WEEK")]), "A3").met


def test_an_attested_item_opens_the_examination_week_gate_whatever_its_numbers() -> None:
    # NI1 at 74 of 75, attested by the supervisor (experience gained elsewhere): done.
    cases = [e for e in practical() if e.kind != "angiography"]
    cases += many(74, "angiography", "first_operator")
    exam = item(snapshot(cases, NI_DONE + KNOWLEDGE), "A3")
    assert exam.state == "locked" and "NI1" in exam.missing
    exam = item(snapshot(cases, [*NI_DONE, *KNOWLEDGE, attest("NI1")]), "A3")
    assert exam.state == "open", exam.missing
    # an attestation the supervisor withdrew later does not open it
    withdrawn = [attest("NI1"), attest("NI1", date(2024, 2, 1), approved=False, comment="nej")]
    assert item(snapshot(cases, [*NI_DONE, *KNOWLEDGE, *withdrawn]), "A3").state == "locked"


def test_a_part_of_recommendations_only_is_never_complete_by_default() -> None:
    approved = [*NI_DONE, *approval(date(2026, 3, 1))]
    parts = {p.id: p for p in run(snapshot([], approved)).parts}
    # continuing education (C1–C4) and the hospital list (H1–H11) have no mandatory item
    assert parts["C"].state == "open" and (parts["C"].items_met, parts["C"].items_total) == (0, 4)
    assert parts["H"].state == "open" and (parts["H"].items_met, parts["H"].items_total) == (0, 11)
    cme = [entry("cme", date(2026, 2, 1), title="Stroke day", hours=16)]
    declared = replace(attest("H5"), signer_role="hospital")  # the hospital decides H5
    parts = {p.id: p for p in run(snapshot(cme, [*approved, declared])).parts}
    assert (parts["C"].state, parts["C"].items_met) == ("open", 1)
    assert (parts["H"].state, parts["H"].items_met) == ("open", 1)
    reported = run(snapshot(cme, [*approved, attest("H5")]))  # a supervisor only reports it
    assert reported.item("H5").state != "attested" and len(reported.reports) == 1
    # the supervisor attesting the part completes it
    parts = {p.id: p for p in run(snapshot(cme, [*approved, attest("C")])).parts}
    assert parts["C"].state == "complete"


def test_the_examination_week_opens_too_when_the_plan_waives_an_item() -> None:
    cases = [e for e in practical() if e.kind != "complication_technique"]
    assert item(snapshot(cases, NI_DONE + KNOWLEDGE), "A3").state == "locked"
    plan = TrainingPlan(adaptations=(adaptation("NI3", waived=True),))
    assert item(snapshot(cases, NI_DONE + KNOWLEDGE, plan=plan), "A3").state == "open"


def test_the_order_item_opens_when_the_neurointervention_part_is_attested() -> None:
    assert item(snapshot([], PREP_DONE), "G1").state == "locked"
    assert item(snapshot([], NI_DONE), "G1").state == "open"


def test_entries_dated_before_their_part_opened_are_counted_and_flagged_by_id() -> None:
    early = entry("evt", date(2024, 12, 1), "first_operator")
    on_the_day = entry("evt", date(2025, 1, 1), "first_operator")
    result = item(snapshot([early, on_the_day], PREP_DONE), "NI2")
    assert result.conditions[0].done == 2
    [flag] = [f for f in result.flags if f.kind == "before_part_opened"]
    assert flag.entry_ids == (early.id,)
    assert flag.message == "Entries dated before 2025-01-01, when the part opened: 1."
    swedish = item(snapshot([early, on_the_day], PREP_DONE), "NI2", "sv").flags[0].message
    assert swedish == "Registreringar daterade före 2025-01-01, då delen öppnades: 1."


def test_follow_up_cases_before_approval_are_not_counted_and_are_flagged() -> None:
    """Q2 counts the EVT of a trained interventionist: from the approval on. A follow-up
    case dated before it is a slip the supervisor sees by id."""
    early = entry("followup_case", date(2026, 2, 1), "first_operator", evt_performed=True)
    result = item(snapshot([early], [*NI_DONE, *approval(date(2026, 3, 1))]), "Q2")
    assert result.conditions[0].done == 0
    assert [f.entry_ids for f in result.flags if f.kind == "before_approval"] == [(early.id,)]


def test_no_order_flag_in_a_part_that_is_open_from_the_start() -> None:
    alarms = many(3, "stroke_alarm", day=date(2020, 1, 1), thrombolysis=False)
    assert not item(snapshot(alarms, PREP_DONE), "K2f").flags


def test_the_exmint_course_taken_in_the_preparatory_part_is_not_flagged_on_approval() -> None:
    """The guidance has the course taken during the preparatory part (flag_early = false)."""
    course = entry("course", date(2024, 6, 1), title="EXMINT", exmint=True)
    approval_open = [*NI_DONE, *approval(date(2026, 3, 1))]
    a2 = item(snapshot([course], approval_open), "A2")
    assert a2.met and a2.conditions[0].done == 1
    assert a2.flags == ()


def test_observation_visits_during_training_are_not_flagged_but_early_cme_is() -> None:
    visit = entry("observation_visit", date(2025, 10, 1))
    cme = entry("cme", date(2026, 2, 1), title="Stroke day", hours=16)
    opened = [*NI_DONE, *approval(date(2026, 3, 1))]
    assert item(snapshot([visit, cme], opened), "C3").flags == ()
    [flag] = item(snapshot([visit, cme], opened), "C1").flags
    assert flag.kind == "before_part_opened" and flag.entry_ids == (cme.id,)


def test_flag_early_is_per_condition(tmp_path) -> None:
    """An entry counted by a condition that flags is flagged, whatever its other conditions."""
    text = (
        'id = "x"\nversion = "1"\ntitle_sv = "x"\ntitle_en = "x"\n'
        '[[parts]]\nid = "P"\ntitle_sv = "p"\ntitle_en = "p"\n'
        '[[parts]]\nid = "Q"\ntitle_sv = "q"\ntitle_en = "q"\nopens_when = ["attested:P"]\n'
        '[[items]]\nid = "Q1"\npart = "Q"\ntitle_sv = "t"\ntitle_en = "t"\nsection = "s"\n'
        "mandatory = true\n"
        '[[items.conditions]]\nid = "Q1.any"\ntype = "count"\nkinds = ["evt"]\nrequired = 2\n'
        'label_sv = "a"\nlabel_en = "a"\nflag_early = false\n'
        '[[items.conditions]]\nid = "Q1.independent"\ntype = "count"\nkinds = ["evt"]\n'
        'roles = ["independent_first_operator"]\nrequired = 1\nlabel_sv = "b"\nlabel_en = "b"\n'
    )
    path = tmp_path / "x.toml"
    path.write_text(text, encoding="utf-8")
    curriculum = load_curriculum(path)
    assert [c.flag_early for c in curriculum.item("Q1").conditions] == [False, True]
    observed = entry("evt", date(2024, 1, 1), "observer")
    independent = entry("evt", date(2024, 1, 2), "independent_first_operator")
    snap = snapshot([observed, independent], [attest("P", date(2025, 1, 1))], curriculum="x")
    [flag] = evaluate(curriculum, snap, TODAY).item("Q1").flags
    assert flag.entry_ids == (independent.id,)
