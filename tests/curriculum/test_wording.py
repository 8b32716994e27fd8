"""Issue 16's wording: a mandatory item left open in a complete part is a next step; one
of something is said in the singular; an attested condition is not said twice over."""

from __future__ import annotations

import re
from datetime import date

import pytest

from evtdesk.curriculum import evaluate, load_curriculum
from evtdesk.curriculum.progress import Progress
from tests.curriculum.factories import attest, many, period, snapshot

TODAY = date(2026, 6, 1)
SE = load_curriculum("se-evt")


def _demo_like(language: str) -> Progress:
    """The demo's situation: the preparatory part attested complete while the training
    plan (G2) is not, and the neurointervention part under way, one angiography short."""
    entries = many(74, "angiography", "first_operator") + many(10, "evt", "first_operator")
    snap = snapshot(
        entries,
        [attest("PREP", date(2025, 6, 1))],
        [period("PREP", date(2024, 6, 1), 12), period("NI", date(2025, 6, 1), 6)],
    )
    return evaluate(SE, snap, TODAY, language)


@pytest.mark.parametrize("language", ["en", "sv"])
def test_an_open_mandatory_item_in_a_complete_part_is_a_next_step(language: str) -> None:
    progress = _demo_like(language)
    assert next(p for p in progress.parts if p.id == "PREP").state == "complete"
    assert progress.item("G2").state == "open" and progress.item("G2").mandatory
    steps = [s.item_id for s in progress.next_steps]
    assert "G2" in steps
    assert "NI1" in steps  # the current part's work is still there


def test_one_more_is_said_in_the_singular() -> None:
    english, swedish = _demo_like("en"), _demo_like("sv")
    assert "1 more (angiographies as first operator)" in english.item("NI1").missing
    assert "ytterligare 1 (angiografier som försteoperatör)" in swedish.item("NI1").missing
    for progress, plural_after_one in (
        (english, re.compile(r"\b1 more [a-z]+(ies|s)\b")),
        (swedish, re.compile(r"\bytterligare 1 [a-zåäö]+(er|ar|or)\b")),
    ):
        said = [i.missing for i in progress.items] + [s.sentence for s in progress.next_steps]
        assert not [s for s in said if plural_after_one.search(s)]


def test_one_month_is_one_month() -> None:
    snap = snapshot([], [], [period("PREP", date(2025, 7, 1), 11)])
    said = evaluate(SE, snap, TODAY, "en").item("PREP.TIME").missing
    assert "1 more month (" in said and "1 more months" not in said


@pytest.mark.parametrize(
    ("language", "expected", "doubled"),
    [
        ("en", "training plan attested by the supervisor", "attestation of training plan"),
        ("sv", "utbildningsplanen intygad av handledaren", "intyg för utbildningsplanen"),
    ],
)
def test_an_attested_condition_is_not_said_twice(
    language: str, expected: str, doubled: str
) -> None:
    g2 = _demo_like(language).item("G2")
    assert expected in g2.missing and doubled not in g2.missing
    step = next(s for s in _demo_like(language).next_steps if s.item_id == "G2")
    assert doubled not in step.sentence
