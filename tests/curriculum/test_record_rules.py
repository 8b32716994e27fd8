"""Rules judged from the logbook's records of places, people and order: the
neurointervention time at a neurointervention unit, the training site's volumes and
ratio, the hospital's own numbers, the main supervisor's experience, the order of
microcatheterisation and EVT, the entry prerequisite, and evaluating as of a day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from evtdesk.curriculum import ItemProgress, evaluate, load_curriculum
from evtdesk.model import LogbookSnapshot, Person, Site
from evtdesk.signing.identity import new_identity
from evtdesk.signing.minisign import public_key_line, public_of
from tests.curriculum.factories import (
    UNIT,
    attest,
    declare,
    entry,
    many,
    period,
    site_declaration,
    snapshot,
)

TODAY = date(2026, 6, 1)
SE = load_curriculum("se-evt")
PREP_DONE = [attest("PREP", date(2025, 1, 1))]
COUNTY = Site(2, "Karlstad", "Röntgen", None, 40, False)
SMALL = Site(3, "Örebro", "Neurointervention", 180, 70, True, 1, 3)


def item(snap: LogbookSnapshot, item_id: str, language: str = "en") -> ItemProgress:
    return evaluate(SE, snap, TODAY, language).item(item_id)


def test_neurointervention_time_counts_only_at_a_neurointervention_unit() -> None:
    periods = [
        period("NI", date(2025, 1, 1), 6, site_id=UNIT.id),
        period("NI", date(2025, 7, 1), 6, site_id=COUNTY.id),
    ]
    declared = [*PREP_DONE, site_declaration(UNIT)]
    result = item(snapshot([], declared, periods, sites=(UNIT, COUNTY)), "NI.TIME")
    assert result.conditions[0].done == 6 and not result.met
    [flag] = [f for f in result.flags if f.kind == "period_not_at_site"]
    assert flag.period_ids == (periods[1].id,)
    assert "2025-07-01 – 2025-12-31 (Karlstad, Röntgen)" in flag.message
    assert "at a neurointervention unit" in flag.message
    # a period with no site recorded is not at a unit either
    unplaced = [periods[0], replace(periods[1], site_id=None)]
    result = item(snapshot([], declared, unplaced, sites=(UNIT, COUNTY)), "NI.TIME")
    assert result.conditions[0].done == 6 and "no site recorded" in result.flags[-1].message
    # the same year at the unit counts in full
    at_unit = [periods[0], replace(periods[1], site_id=UNIT.id)]
    assert item(snapshot([], declared, at_unit, sites=(UNIT, COUNTY)), "NI.TIME").met
    # a unit the trainee typed as doing neurointervention counts only once declared so
    typed = item(snapshot([], PREP_DONE, at_unit, sites=(UNIT, COUNTY)), "NI.TIME")
    assert typed.conditions[0].done == 0 and not typed.met
    [flag] = [f for f in typed.flags if f.kind == "period_not_at_site"]
    assert "(Sahlgrenska, Neurointervention; not declared by the supervisor responsible" in (
        flag.message
    )


def test_the_training_site_is_judged_from_its_declared_volumes_and_ratio() -> None:
    periods = [period("NI", date(2025, 1, 1), 12, site_id=UNIT.id)]
    declared = [*PREP_DONE, site_declaration(UNIT)]
    good = item(snapshot([], declared, periods), "NI.SITE")
    assert good.met and good.state == "met" and not good.mandatory
    assert any("Sahlgrenska" in d and "EVT a year 160" in d for d in good.details)
    assert any("declared by Erik Holm on 2024-01-01" in d for d in good.details)
    # half the time at a smaller unit with one supervisor for three trainees, declared by
    # the local co-supervisor there: hers is the word on her unit
    periods.append(period("NI", date(2026, 1, 1), 4, site_id=SMALL.id))
    declared.append(site_declaration(SMALL, "co_supervisor", "Lena Berg"))
    result = item(snapshot([], declared, periods, sites=(UNIT, SMALL)), "NI.SITE")
    volume, ratio = result.conditions
    assert (volume.done, volume.required, volume.met) == (1, 2, False)
    assert (ratio.done, ratio.required, ratio.met) == (1, 2, False)
    messages = [f.message for f in result.flags if f.kind == "site_short"]
    assert "Örebro, Neurointervention: procedures a year 180 (≥ 250); EVT a year 70 (≥ 100)." in (
        messages
    )
    assert "Örebro, Neurointervention: 1 supervisors for 3 trainees (at most 1:2)." in messages
    # it stays a recommendation: never a next step, and the supervisor can still attest it
    assert item(snapshot([], [*PREP_DONE, attest("NI.SITE")], periods), "NI.SITE").attested


def test_a_site_the_trainee_typed_is_shown_but_decides_nothing_until_declared() -> None:
    periods = [period("NI", date(2025, 1, 1), 12, site_id=UNIT.id)]
    typed = item(snapshot([], PREP_DONE, periods), "NI.SITE")
    assert not typed.met
    assert any("Sahlgrenska" in d and "EVT a year 160" in d for d in typed.details)
    assert "not declared by the supervisor responsible there" in " ".join(
        f.message for f in typed.flags
    )
    # a co-supervisor reports on what the main supervisor decides, but declares her unit;
    # a trainee's key (the reader gave it no supervising role) declares nothing
    by_trainee = replace(site_declaration(UNIT), signer_role="trainee")
    assert not item(snapshot([], [*PREP_DONE, by_trainee], periods), "NI.SITE").met
    # the declaration holds the site as named when signed: renamed since, it holds no more
    renamed = replace(UNIT, hospital="Sahlgrenska Östra")
    moved = snapshot([], [*PREP_DONE, site_declaration(UNIT)], periods, sites=(renamed,))
    result = item(moved, "NI.SITE")
    assert not result.met
    assert "the declaration is for “Sahlgrenska, Neurointervention”" in result.flags[0].message
    # his withdrawal takes it back
    withdrawn = replace(attest(f"SITE:{UNIT.id}", date(2024, 2, 1), approved=False))
    withdrawn = replace(withdrawn, supervisor_key="key-Erik Holm")
    back = snapshot([], [*PREP_DONE, site_declaration(UNIT), withdrawn], periods)
    assert not item(back, "NI.SITE").met


def test_a_site_whose_numbers_are_not_recorded_is_said_so_not_guessed() -> None:
    unknown = Site(4, "Umeå", "Neurointervention", None, None, True)
    periods = [period("NI", date(2025, 1, 1), 12, site_id=unknown.id)]
    result = item(snapshot([], PREP_DONE, periods, sites=(unknown,)), "NI.SITE")
    assert not result.met
    text = " ".join(f.message for f in result.flags)
    assert "procedures a year not recorded" in text
    assert "supervisors and trainees not recorded" in text


def test_the_hospital_list_is_judged_from_the_own_hospital_at_any_time() -> None:
    home = Site(5, "Karlstad", "Angio", 120, 60, False, interventionists=2, home=True)
    fresh = snapshot([], [site_declaration(home)], sites=(home,))  # no part attested yet
    h1, h2 = item(fresh, "H1"), item(fresh, "H2")
    assert h1.state == "met" and h2.state == "open"
    assert "Karlstad, Angio: EVT-competent interventionists 2 (≥ 3)." in [
        f.message for f in h2.flags
    ]
    assert not item(snapshot([], [], sites=(home,)), "H1").met  # the trainee's record alone
    none = item(snapshot([], [], sites=(UNIT,)), "H1")  # no own hospital marked
    assert not none.met and none.details == ("No own hospital recorded (mark it among the sites).",)


def test_the_hospital_items_are_judged_from_the_readiness_its_representative_declared() -> None:
    home = Site(5, "Karlstad", "Angio", 120, 60, False, interventionists=2, home=True)
    criteria = {"H4": "met", "H5": "not_met", "H6": "partly", "H2": "met"}
    facts = {"hospital": "Karlstad", "unit": "Angio"}
    readiness = declare("READINESS:5", facts, "hospital", "Region Värmland", criteria=criteria)
    snap = snapshot([], [readiness], sites=(home,))
    assert item(snap, "H4").attested and item(snap, "H2").attested
    h5 = item(snap, "H5")
    assert not h5.attested and "Region Värmland" in h5.rejection
    assert not item(snap, "H6").attested and item(snap, "H6").attestation is None
    # the same declaration by the main supervisor is his report on it: it decides nothing
    by_supervisor = replace(readiness, signer_role="supervisor")
    assert not item(snapshot([], [by_supervisor], sites=(home,)), "H4").met
    # the representative's word names the hospital readied for her, flagged or not
    other = replace(home, home=False)
    assert item(snapshot([], [readiness], sites=(other,)), "H4").met


def test_the_trainee_cannot_choose_whose_readiness_counts_by_her_own_hospital_flag() -> None:
    """A dishonest trainee with two declared hospitals marks the one declared ready as
    her own: the later declaration decides each item whatever she flags, and H1 is
    judged from the declared hospitals, not the one she marks."""
    own = Site(5, "Karlstad", "Angio", 120, 40, False, interventionists=2)
    big = Site(6, "Örebro", "Angio", 900, 300, False, interventionists=6)
    ready = declare(
        "READINESS:6",
        {"hospital": "Örebro", "unit": "Angio"},
        "hospital",
        "Region Örebro",
        on=date(2024, 1, 1),
        criteria={"H4": "met", "H1": "met"},
    )
    not_ready = declare(
        "READINESS:5",
        {"hospital": "Karlstad", "unit": "Angio"},
        "hospital",
        "Region Värmland",
        on=date(2024, 6, 1),
        criteria={"H4": "not_met"},
    )
    volumes = [site_declaration(own), site_declaration(big)]
    for flagged in ((replace(own, home=True), big), (own, replace(big, home=True))):
        snap = snapshot([], [ready, not_ready, *volumes], sites=flagged)
        h4, h1 = item(snap, "H4"), item(snap, "H1")
        assert not h4.met and "Region Värmland" in h4.rejection
        # H1: Örebro declared it met, but Karlstad (declared too, 40 EVT) falls short
        assert "Karlstad, Angio: EVT a year 40 (≥ 50)." in [f.message for f in h1.flags]


def test_two_hospitals_readiness_is_never_mixed_into_one_neither_has() -> None:
    """The hospital declared last is read whole: an item only the earlier hospital met
    does not carry over into the later one's readiness."""
    first = declare(
        "READINESS:5", {"hospital": "Kungälv", "unit": "Angio"}, "hospital", "VGR",
        on=date(2024, 1, 1), criteria={"H4": "not_met", "H7": "met"},
    )  # fmt: skip
    later = declare(
        "READINESS:6", {"hospital": "Borås", "unit": "Angio"}, "hospital", "VGR",
        on=date(2024, 6, 1), criteria={"H4": "met"},
    )  # fmt: skip
    sites = (Site(5, "Kungälv", "Angio", 50, 20, False), Site(6, "Borås", "Angio", 90, 40, False))
    snap = snapshot([], [first, later], sites=sites)
    assert item(snap, "H4").attested
    assert not item(snap, "H7").attested and item(snap, "H7").attestation is None


def test_a_hospital_item_its_readiness_refuses_is_not_met_by_the_units_numbers() -> None:
    """The readiness is the one record of the H items: a `not_met` there stands over
    volumes the supervisor declared for the unit; `partly` leaves the numbers to judge."""
    home = Site(5, "Karlstad", "Angio", 120, 60, False, interventionists=4, home=True)
    facts = {"hospital": "Karlstad", "unit": "Angio"}

    def h1(status: str) -> ItemProgress:
        said = declare("READINESS:5", facts, "hospital", "Region Värmland", criteria={"H1": status})
        return item(snapshot([], [said, site_declaration(home)], sites=(home,)), "H1")

    assert not h1("not_met").met and "Region Värmland" in h1("not_met").rejection
    assert h1("partly").met and h1("partly").state == "met"
    assert h1("met").attested


def test_the_main_supervisors_qualification_is_his_own_signed_word() -> None:
    short = {"years_specialist_ni": 8, "evt_independent": 300}
    snap = snapshot([], [*PREP_DONE, declare("QUALIFICATION", short)])
    s1 = item(snap, "S1")
    assert not s1.met and s1.concerns == "supervisor" and not s1.mandatory
    assert [f.message for f in s1.flags] == [
        "Erik Holm: years as neurointervention specialist 8 (≥ 10)."
    ]
    assert "S1" not in [s.item_id for s in evaluate(SE, snap, TODAY).next_steps]
    enough = declare("QUALIFICATION", short | {"years_specialist_ni": 12}, on=date(2024, 2, 1))
    assert item(snapshot([], [*PREP_DONE, enough]), "S1").met
    # her record of him is the same man: shown once, as he declared it
    him = Person(1, "Erik Holm", "supervisor")
    both = item(replace(snapshot([], [*PREP_DONE, enough]), people=(him,)), "S1")
    assert not [d for d in both.details if "not declared" in d or "no qualification" in d]
    bare = item(replace(snapshot([], PREP_DONE), people=(him,)), "S1")
    assert "Erik Holm: no qualification declared by the supervisor himself" in bare.details
    # what the trainee typed is shown, marked not declared, and decides nothing
    typed = Person(2, "Anna Lind", "supervisor", years_as_operator=20, evt_independent=500)
    alone = item(replace(snapshot([], PREP_DONE), people=(typed,)), "S1")
    assert not alone.met
    assert any(
        "Anna Lind" in d and "not declared by the supervisor himself" in d for d in alone.details
    )
    # a co-supervisor's declaration is not the main supervisor's qualification
    hers = declare(
        "QUALIFICATION", short | {"years_specialist_ni": 30}, "co_supervisor", "Lena Berg"
    )
    assert not item(snapshot([], [*PREP_DONE, hers]), "S1").met


def test_evt_before_microcatheterisation_and_first_before_second_operator_are_flagged() -> None:
    early_evt = entry("evt", date(2025, 3, 1), "first_operator")
    micro = entry("angiography", date(2025, 4, 1), "first_operator", microcatheter=True)
    second = entry("evt", date(2025, 5, 1), "second_operator")
    snap = snapshot([early_evt, micro, second], PREP_DONE)
    [order1] = [f for f in item(snap, "NI1").flags if f.kind == "order"]
    assert order1.entry_ids == (early_evt.id,)
    assert order1.message == (
        "EVT as operator from 2025-03-01, before the first microcatheterisation (2025-04-01)."
    )
    [order2] = [f for f in item(snap, "NI2").flags if f.kind == "order"]
    assert order2.entry_ids == (early_evt.id,)
    # in the guidance's order: nothing flagged; EVT only observed never counts as training
    watched = entry("evt", date(2025, 2, 1), "observer")
    later = entry("evt", date(2025, 6, 1), "first_operator")
    fine = snapshot([watched, micro, second, later], PREP_DONE)
    assert not [f for f in item(fine, "NI1").flags if f.kind == "order"]
    assert not [f for f in item(fine, "NI2").flags if f.kind == "order"]
    none = item(snapshot([later], PREP_DONE), "NI1")
    assert "before any microcatheterisation" in none.flags[-1].message


def test_the_entry_prerequisite_is_attested_or_declared_with_evidence() -> None:
    assert not item(snapshot([]), "ENTRY").met
    declared = entry(
        "prior_training", specialty="interventional_radiology", evidence="Specialist 2015"
    )
    assert item(snapshot([declared]), "ENTRY").state == "met"
    assert item(snapshot([], [attest("ENTRY")]), "ENTRY").state == "attested"


def test_progress_as_of_a_day_leaves_out_what_came_later() -> None:
    evts = many(40, "evt", "independent_first_operator", date(2025, 3, 1))
    evts += many(10, "evt", "independent_first_operator", date(2026, 5, 1))
    statements = [*PREP_DONE, attest("NI1", date(2026, 5, 2))]
    snap = snapshot(evts, statements)
    then = evaluate(SE, snap, date(2025, 12, 31))
    assert then.item("NI2").conditions[0].done == 40 and not then.item("NI1").attested
    now = evaluate(SE, snap, TODAY)
    assert now.item("NI2").met and now.item("NI1").attested


def test_s1_asks_every_acting_main_supervisor_not_any_who_declared() -> None:
    """A trainee cannot meet S1 with a qualified colleague's declaration while the main
    supervisor who decides her training never declared his own: each key deciding as
    main supervisor now must have declared; one who handed over is asked no more."""
    erik, anna = (public_key_line(public_of(new_identity())) for _ in range(2))
    qualified = {"years_specialist_ni": 15, "evt_independent": 400}
    colleague = declare("QUALIFICATION", qualified, name="Erik Holm", key=erik)
    his_word = replace(attest("PREP", date(2025, 1, 1)), supervisor_name="Anna Lind")
    his_word = replace(his_word, supervisor_key=anna)
    s1 = item(snapshot([], [colleague, his_word]), "S1")
    assert not s1.met
    assert "Anna Lind decides as main supervisor but has not declared his qualification." in [
        f.message for f in s1.flags
    ]
    assert item(snapshot([], [colleague]), "S1").met
    # a co-supervisor's word decides nothing S1 asks about
    hers = replace(his_word, signer_role="co_supervisor")
    assert item(snapshot([], [colleague, hers]), "S1").met
    # nor does the hospital's representative, whose readiness decides its own items
    home = Site(5, "Karlstad", "Angio", 120, 60, False, home=True)
    facts = {"hospital": "Karlstad", "unit": "Angio"}
    ready = declare("READINESS:5", facts, "hospital", "Region Värmland", criteria={"H4": "met"})
    assert item(snapshot([], [colleague, ready], sites=(home,)), "S1").met
    # once Anna hands the training over to Erik, S1 is his alone
    facts = {"from_key": anna, "to_key": erik, "on": "2025-06-01"}
    handover = declare("HANDOVER", facts, name="Anna Lind", on=date(2025, 6, 1), key=anna)
    assert item(snapshot([], [colleague, his_word, handover]), "S1").met
    # a hand-over dated after today has not yet taken effect: she is still asked
    later = declare(
        "HANDOVER", facts | {"on": "2099-01-01"}, name="Anna Lind", on=date(2025, 6, 1), key=anna
    )
    assert not item(snapshot([], [colleague, his_word, later]), "S1").met
