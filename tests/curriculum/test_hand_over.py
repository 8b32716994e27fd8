"""A main supervisor's hand-over: the one leaving decides nothing he signs after it, the
one taking over decides from it, and nobody else's word moves the day — least of all
back over what the one leaving already signed (issue 20, "Supervisors over time")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from evtdesk.curriculum import evaluate, load_curriculum
from evtdesk.model import Attestation
from evtdesk.signing.identity import new_identity
from evtdesk.signing.minisign import public_key_line, public_of
from tests.curriculum.factories import UNIT, attest, declare, snapshot

SE = load_curriculum("se-evt")
TODAY = date(2026, 6, 1)
# key lines as the trust list holds them
ERIK, ANNA, LENA = (public_key_line(public_of(new_identity())) for _ in range(3))


def by(key: str, statement: Attestation, name: str = "Erik Holm") -> Attestation:
    return replace(
        statement, id=f"{statement.id}-{key[:3]}", supervisor_key=key, supervisor_name=name
    )


def hand_over(signer: str, on: date, signed: date, role: str = "supervisor") -> Attestation:
    facts = {"from_key": ERIK, "to_key": ANNA, "on": on.isoformat()}
    return declare("HANDOVER", facts, role, "someone", signed, key=signer)


def prep(statements: list[Attestation]) -> str:
    return evaluate(SE, snapshot([], statements), TODAY).part("PREP").state


def test_the_one_leaving_decides_nothing_he_signs_after_the_hand_over() -> None:
    before = by(ERIK, attest("PREP", date(2026, 2, 1)))
    after = by(ERIK, attest("PREP", date(2026, 4, 1)))
    assert prep([after]) == "complete"
    handed = hand_over(ERIK, date(2026, 3, 1), date(2026, 3, 1))
    assert prep([handed, after]) != "complete"  # signed after his last day
    assert prep([handed, before]) == "complete"  # what he signed while he held it stands
    last_day = by(ERIK, attest("PREP", date(2026, 2, 28)))
    assert prep([handed, last_day]) == "complete"  # the day before the hand-over is still his
    # the one taking over decides from the day, whichever of them signed the hand-over
    taken = hand_over(ANNA, date(2026, 3, 1), date(2026, 3, 1))
    assert prep([taken, after]) != "complete"
    assert prep([taken, by(ANNA, attest("PREP", date(2026, 4, 1)), "Anna")]) == "complete"


def test_a_hand_over_never_reaches_back_over_what_was_signed() -> None:
    """The new supervisor cannot void his predecessor's earlier word by dating the
    hand-over back: it takes effect on the day it is signed at the earliest."""
    signed_in_april = by(ERIK, attest("PREP", date(2026, 4, 1)))
    backdated = hand_over(ANNA, date(2025, 1, 1), date(2026, 5, 1))
    assert prep([backdated, signed_in_april]) == "complete"


def test_nobody_else_hands_a_supervisor_over() -> None:
    after = by(ERIK, attest("PREP", date(2026, 4, 1)))
    third = hand_over(LENA, date(2026, 3, 1), date(2026, 3, 1))  # a main supervisor, but not his
    co = hand_over(ERIK, date(2026, 3, 1), date(2026, 3, 1), role="co_supervisor")
    trainee = hand_over(ANNA, date(2026, 3, 1), date(2026, 3, 1), role="trainee")
    for attempt in (third, co, trainee):
        assert prep([attempt, after]) == "complete", attempt.signer_role


def test_an_older_logbook_says_which_statements_count_no_more() -> None:
    """What older EVTDesk counted is shown as it now stands, with a sentence each: a
    co-supervisor's approval, a plain tick on A3, a statement after a hand-over."""
    hers = replace(
        by(LENA, attest("NI1", date(2026, 1, 10)), "Lena Berg"), signer_role="co_supervisor"
    )
    tick = by(ERIK, attest("A3", date(2026, 1, 12)))
    after = by(ERIK, attest("PREP", date(2026, 4, 1)))
    handed = hand_over(ERIK, date(2026, 3, 1), date(2026, 3, 1))
    counted = by(ERIK, attest("K1a", date(2026, 1, 11)))
    progress = evaluate(SE, snapshot([], [hers, tick, after, handed, counted]), TODAY)
    assert progress.changed == (
        "Lena Berg approved NI1 on 2026-01-10: counted by older EVTDesk, now a report (a "
        "co-supervisor reports to the main supervisor, who decides).",
        "Erik Holm approved A3 on 2026-01-12: counted by older EVTDesk, no longer (the item "
        "is decided by the examination week's verdict, not by a tick).",
        "Erik Holm approved PREP on 2026-04-01: not counted, signed after the hand-over to a "
        "new main supervisor.",
    )
    sv = evaluate(SE, snapshot([], [hers]), TODAY, "sv").changed
    assert sv and sv[0].startswith("Lena Berg godkände NI1 2026-01-10: räknades av äldre")
    assert evaluate(SE, snapshot([], [counted]), TODAY).changed == ()


def at(statement: Attestation, moment: datetime) -> Attestation:
    return replace(statement, signed_at=moment)


def test_a_take_over_signed_later_the_same_day_leaves_the_morning_as_it_was() -> None:
    """From the attack: a successor's take-over dated that day, signed in the afternoon,
    voided the predecessor's refusal signed that morning."""
    day = date(2026, 3, 1)
    morning = at(by(ERIK, attest("PREP", day, approved=False)), datetime(2026, 3, 1, 9))
    taken = at(hand_over(ANNA, day, day), datetime(2026, 3, 1, 15))
    later = at(by(ERIK, attest("PREP", day)), datetime(2026, 3, 1, 16))
    assert prep([morning, taken]) != "complete"  # his refusal stands
    assert prep([morning, taken, later]) != "complete"  # his approval after it does not


def test_a_departed_supervisor_cannot_take_the_training_back_himself() -> None:
    handed = hand_over(ERIK, date(2026, 3, 1), date(2026, 3, 1))
    back = {"from_key": ANNA, "to_key": ERIK, "on": "2026-04-01"}
    by_him = declare("HANDOVER", back, "supervisor", "Erik Holm", date(2026, 4, 1), key=ERIK)
    annas = by(ANNA, attest("PREP", date(2026, 5, 1)), "Anna")
    assert prep([handed, by_him, annas]) == "complete"  # Anna still decides
    his = by(ERIK, attest("PREP", date(2026, 5, 1)))
    assert prep([handed, by_him, his]) != "complete"
    # handed back by Anna, he decides again from that day (and she no longer does)
    by_her = declare("HANDOVER", back, "supervisor", "Anna", date(2026, 4, 1), key=ANNA)
    assert prep([handed, by_her, his]) == "complete"
    assert prep([handed, by_her, annas]) != "complete"


def test_a_readiness_decides_only_what_the_hospital_decides() -> None:
    """From the attack: a hospital's readiness naming PREP or TRAINING_STOP decided them."""
    home = replace(UNIT, home=True)
    facts = {"hospital": home.hospital, "unit": home.unit}
    criteria = {"PREP": "met", "H4": "met"}
    ready = declare("READINESS:1", facts, "hospital", "Region", date(2026, 1, 1), criteria=criteria)
    progress = evaluate(SE, snapshot([], [ready], sites=(home,)), TODAY)
    assert progress.part("PREP").state != "complete"
    assert progress.item("H4").attested


def test_the_main_supervisors_word_outranks_a_co_supervisors_and_leaves_with_him() -> None:
    """From the attack: a co-supervisor's later word replaced his on his own unit and on
    a case he rejected; and S1 stayed met by a supervisor who had handed over."""
    from evtdesk.curriculum.authority import judge
    from evtdesk.curriculum.declared import confirmed_site
    from evtdesk.curriculum.validation import REJECTED, case_pin, validations
    from tests.curriculum.factories import entry, site_declaration

    his_unit = replace(site_declaration(UNIT), supervisor_key=ERIK)
    hers = replace(site_declaration(replace(UNIT, evt_per_year=50), "co_supervisor", "Lena"),
                   signed_at=datetime(2026, 2, 1))  # fmt: skip
    judged = judge(SE, snapshot([], [his_unit, hers]))
    unit = confirmed_site(UNIT, judged.attestations)
    assert (unit.by, unit.site.evt_per_year) == ("Erik Holm", 160)
    case = entry("evt", date(2025, 3, 1), "first_operator")
    rejected = {"cases": [], "rejected": {case_pin(case): "Inte min patient"}}
    validated = {"cases": [case_pin(case)], "rejected": {}}
    his = declare("VALIDATION", rejected, "supervisor", "Erik Holm", date(2026, 1, 1), key=ERIK)
    later = declare("VALIDATION", validated, "co_supervisor", "Lena", date(2026, 2, 1), key=LENA)
    found = validations(judge(SE, snapshot([case], [his, later])))
    assert found[case.id].state == REJECTED
    qualified = {"years_specialist_ni": 12, "evt_independent": 200}
    his_s1 = declare(
        "QUALIFICATION", qualified, "supervisor", "Erik Holm", date(2026, 1, 1), key=ERIK
    )
    assert evaluate(SE, snapshot([], [his_s1]), TODAY).item("S1").met
    gone = hand_over(ERIK, date(2026, 3, 1), date(2026, 3, 1))
    assert not evaluate(SE, snapshot([], [his_s1, gone]), TODAY).item("S1").met
