"""Properties the trainee relies on: more work never lowers progress, and the order in
which entries were made does not matter."""

from __future__ import annotations

import random
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from evtdesk.curriculum import evaluate, load_curriculum
from evtdesk.model import Entry
from tests.curriculum.factories import attest, snapshot

SE = load_curriculum("se-evt")
TODAY = date(2026, 6, 1)
ROLES = ["observer", "second_operator", "first_operator", "independent_first_operator"]


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    kind = draw(st.sampled_from(["stroke_alarm", "ct_case", "mri_case", "angiography", "evt",
                                 "complication_technique", "course", "cme", "observation_visit"]))
    role = draw(st.sampled_from(ROLES)) if kind in ("angiography", "evt", "complication_technique") else None
    fields = {"stroke_alarm": {"thrombolysis": draw(st.booleans())},
              "course": {"exmint": draw(st.booleans()), "title": "c"},
              "cme": {"hours": draw(st.integers(1, 10)), "title": "c"}}.get(kind, {})
    day = draw(st.dates(date(2024, 1, 1), TODAY))
    n = draw(st.integers(1, 10**6))
    return Entry(f"e{n}-{kind}", kind, day, role, None, "", fields, created_seq=n, changed_seq=n)


def numbers(entry_list: list[Entry]) -> dict[str, tuple[float, ...]]:
    progress = evaluate(SE, snapshot(entry_list, [attest("PREP", date(2024, 6, 1))]), TODAY)
    return {i.id: tuple(c.done for c in i.conditions if c.type in ("count", "sum")) for i in progress.items}


def states(entry_list: list[Entry]) -> dict[str, str]:
    progress = evaluate(SE, snapshot(entry_list, [attest("PREP", date(2024, 6, 1))]), TODAY)
    return {i.id: i.state for i in progress.items}


@settings(max_examples=60, deadline=None)
@given(st.lists(entries(), max_size=60), entries())
def test_adding_an_entry_never_lowers_progress(existing: list[Entry], added: Entry) -> None:
    before, after = numbers(existing), numbers([*existing, added])
    rank = {"locked": 0, "open": 1, "met": 2, "attested": 3}
    for item_id, counts in before.items():
        assert all(a >= b for a, b in zip(after[item_id], counts, strict=True)), item_id
    before_states, after_states = states(existing), states([*existing, added])
    for item_id, state in before_states.items():
        assert rank[after_states[item_id]] >= rank[state], item_id


@settings(max_examples=40, deadline=None)
@given(st.lists(entries(), max_size=60), st.randoms(use_true_random=False))
def test_the_result_does_not_depend_on_the_order_entries_were_made(entry_list: list[Entry], rnd: random.Random) -> None:
    shuffled = entry_list[:]
    rnd.shuffle(shuffled)
    first = evaluate(SE, snapshot(entry_list, [attest("PREP", date(2024, 6, 1))]), TODAY)
    second = evaluate(SE, snapshot(shuffled, [attest("PREP", date(2024, 6, 1))]), TODAY)
    assert first == second
