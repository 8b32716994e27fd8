"""Cases a supervisor validated: counted beside each count as they stand, by whoever may
decide it, the latest word on a case holding."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from evtdesk.curriculum import evaluate, load_curriculum
from evtdesk.curriculum.authority import judge
from evtdesk.curriculum.validation import CHANGED, REJECTED, VALIDATED, CaseValidation, case_pin
from evtdesk.curriculum.validation import validations as judged_validations
from evtdesk.model import Attestation, Entry, LogbookSnapshot
from tests.curriculum.factories import declare, entry, snapshot

SE = load_curriculum("se-evt")
TODAY = date(2026, 6, 1)


def validate(
    cases: list[Entry],
    role: str = "supervisor",
    on: date = date(2026, 1, 1),
    rejected: list[tuple[Entry, str]] = [],  # noqa: B006,
) -> Attestation:
    body = {
        "cases": sorted(case_pin(e) for e in cases),
        "rejected": {case_pin(e): r for e, r in rejected},
    }
    return declare(
        "VALIDATION", body, role, "Erik Holm" if role == "supervisor" else "Lena Berg", on
    )


def validations(snap: LogbookSnapshot) -> dict[str, CaseValidation]:
    """As every view reads them: from the snapshot judged by the curriculum's rules."""
    return judged_validations(judge(SE, snap))


def test_validated_cases_are_counted_beside_the_count_never_in_it() -> None:
    angios = [entry("angiography", date(2025, 3, d), "first_operator") for d in range(1, 6)]
    snap = snapshot(angios, [validate(angios[:3])])
    [ni1] = [c for c in evaluate(SE, snap, TODAY).item("NI1").conditions if c.id == "NI1"]
    assert (ni1.done, ni1.validated) == (5, 3)
    assert evaluate(SE, snapshot(angios), TODAY).item("NI1").conditions[0].done == 5


def test_who_validates_and_which_word_holds() -> None:
    case, other = (
        entry("evt", date(2025, 3, 1), "first_operator"),
        entry("evt", date(2025, 3, 2), "first_operator"),
    )
    by_co = validate([case], "co_supervisor")
    assert validations(snapshot([case], [by_co]))[case.id].state == VALIDATED  # she supervised it
    by_trainee = validate([case], "trainee")
    assert case.id not in validations(snapshot([case], [by_trainee]))
    later = validate([], on=date(2026, 2, 1), rejected=[(case, "Inte min patient")])
    found = validations(
        snapshot([case, other], [validate([case, other]), replace(later, id="later")])
    )
    assert found[case.id].state == REJECTED and found[case.id].reason == "Inte min patient"
    assert found[other.id].state == VALIDATED
    amended = replace(case, fields={**case.fields, "nihss": 4})
    assert validations(snapshot([amended], [validate([case])]))[case.id].state == CHANGED
    retracted = replace(case, retracted=True)
    assert validations(snapshot([retracted], [validate([case])]))[case.id].state == CHANGED


def test_a_validation_binds_the_whole_digest_and_a_2026_11_pin_still_reads() -> None:
    """A pin names the case by its whole SHA-256 (a 64-bit prefix could be collided by
    the trainee, who writes both versions); one signed by EVTDesk 2026.11 with 16 hex
    digits still validates the case as it stands."""
    case = entry("evt", date(2025, 3, 1), "first_operator")
    pin = case_pin(case)
    assert len(pin.partition("#")[2]) == 64

    def state(written: str) -> str:
        statement = declare("VALIDATION", {"cases": [written], "rejected": {}}, "supervisor")
        return validations(snapshot([case], [statement]))[case.id].state

    assert state(pin[: pin.index("#") + 17]) == VALIDATED
    assert state(pin[: pin.index("#") + 17] + "f" * 48) == CHANGED
    # a short pin signed since whole digests are signed (an old copy still in use) names
    # nothing: the trainee may have prepared a colliding pair for it
    late = declare(
        "VALIDATION", {"cases": [pin[: pin.index("#") + 17]], "rejected": {}}, on=date(2027, 1, 4)
    )
    assert validations(snapshot([case], [late]))[case.id].state == CHANGED
