"""A3: a pass of an examination week with no recorded case does not make A3 met. The
guidance asks that the trainee handle every candidate of the week; a week without cases
shows none handled. One case recorded and judged is enough to count."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from evtdesk.curriculum import Progress, evaluate, load_curriculum, progress_to_json
from evtdesk.curriculum.approval import week_pin
from evtdesk.model import Attestation, Entry, ExamVerdict, ExamWeek
from tests.curriculum.factories import UNIT, attest, entry, snapshot

SE = load_curriculum("se-evt")
TODAY = date(2026, 6, 1)
WEEK = ExamWeek(1, date(2026, 3, 2), UNIT.id)
# The parts approved in order and every certificate attested: the week is open.
GATES = ("K1a", "K1b", "K2a", "K2b", "K2c", "K2d", "K2e", "K2f", "K3a", "K3b", "K3c-CT")
GATES += ("K3c-MR", "NI1", "NI2", "NI3", "A2")
ORDER = [attest("PREP", date(2025, 1, 1)), attest("NI", date(2025, 9, 1))]
ORDER += [attest(s, date(2025, 9, 1)) for s in GATES]


def case(day: date = WEEK.start) -> Entry:
    found = entry("exam_week_case", day, "independent_first_operator", evt_performed=True)
    return replace(found, site_id=UNIT.id)


def passed(cases: list[Entry], pinned: bool = True) -> Attestation:
    """The main supervisor's pass of WEEK, pinning `cases` as they stand."""
    pins = week_pin(snapshot(cases), WEEK) if pinned else None
    content = ExamVerdict(WEEK.id, WEEK.start, "Sahlgrenska, Neurointervention", cases=pins)
    return replace(attest("EXAM_WEEK", date(2026, 3, 10)), id="pass", verdict=content)


def run(cases: list[Entry], verdict: Attestation, language: str = "en") -> Progress:
    snap = replace(snapshot(cases, [*ORDER, verdict]), exam_weeks=(WEEK,))
    return evaluate(SE, snap, TODAY, language)


def test_a_pass_of_a_week_with_no_case_does_not_meet_a3_and_says_why() -> None:
    a3 = run([], passed([])).item("A3")
    assert not a3.met and a3.conditions[0].done == 0
    [flag] = [f for f in a3.flags if f.kind == "week_too_few_cases"]
    assert (
        "The passed week of 2026-03-02 holds 0 recorded case(s), at least 1 needed" in flag.message
    )
    assert "handles every stroke patient who is a candidate" in flag.message
    assert "examination week approved for a week with its cases recorded" in a3.missing
    # the same, unpinned: a verdict that pins nothing does not pass an empty week either
    assert not run([], passed([], pinned=False)).item("A3").met


def test_one_recorded_case_judged_with_the_week_is_enough() -> None:
    one = [case()]
    a3 = run(one, passed(one)).item("A3")
    assert a3.met and "week_too_few_cases" not in [f.kind for f in a3.flags]


def test_a_case_added_after_a_pass_of_the_empty_week_asks_for_a_new_verdict() -> None:
    a3 = run([case()], passed([])).item("A3")
    assert not a3.met
    assert [f.kind for f in a3.flags if f.kind.startswith(("verdict", "week_too"))] == [
        "verdict_week_changed"
    ]


def test_the_training_is_not_approved_beside_an_empty_week() -> None:
    def after_approval(cases: list[Entry]) -> Progress:
        statements = [*ORDER, passed(cases), attest("A", date(2026, 3, 20))]
        return evaluate(SE, replace(snapshot(cases, statements), exam_weeks=(WEEK,)), TODAY)

    empty = after_approval([])
    assert empty.part("C").state == "locked" and empty.part("A").unheld
    one = after_approval([case()])
    assert one.part("C").state == "open" and not one.part("A").unheld


def test_swedish_and_json_carry_the_reason() -> None:
    a3 = run([], passed([]), "sv").item("A3")
    [flag] = [f for f in a3.flags if f.kind == "week_too_few_cases"]
    assert flag.message.startswith("Den godkända veckan 2026-03-02 har 0 registrerade fall")
    assert "examinationsveckan godkänd för en vecka med sina fall registrerade" in a3.missing
    shown = progress_to_json(run([], passed([])))
    [row] = [i for i in shown["items"] if i["id"] == "A3"]
    assert not row["met"] and "week_too_few_cases" in [f["kind"] for f in row["flags"]]
