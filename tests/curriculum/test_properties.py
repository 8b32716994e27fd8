"""Properties the trainee relies on: more work never lowers progress, and the order in
which entries were made does not matter.

Ratio conditions (the quality targets) are left out of the first property on purpose: a
case with a complication rightly lowers a complication rate.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from evtdesk.curriculum import Progress, evaluate, load_curriculum
from evtdesk.model import Attestation, Entry
from tests.curriculum.factories import attest, snapshot

SE = load_curriculum("se-evt")
TODAY = date(2026, 6, 1)
ROLES = ["observer", "second_operator", "first_operator", "independent_first_operator"]
RANK = {"locked": 0, "open": 1, "met": 2, "attested": 3}
RATIO_ITEMS = {i.id for i in SE.items if any(c.type == "ratio" for c in i.conditions)}
GATES = st.lists(
    st.sampled_from(
        [
            attest("PREP", date(2024, 6, 1)),
            attest("NI", date(2025, 6, 1)),
            attest("A", date(2025, 12, 1)),
            attest("K1a"),
            attest("PLAN"),
        ]
    ),
    unique_by=lambda a: a.subject,
)


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    kind = draw(
        st.sampled_from(
            [
                "stroke_alarm",
                "ct_case",
                "mri_case",
                "angiography",
                "evt",
                "complication_technique",
                "course",
                "cme",
                "observation_visit",
                "followup_case",
                "knowledge",
            ]
        )
    )
    role = (
        draw(st.sampled_from(ROLES))
        if kind in ("angiography", "evt", "complication_technique", "followup_case")
        else None
    )
    fields = {
        "stroke_alarm": {"thrombolysis": draw(st.booleans())},
        "course": {"exmint": draw(st.booleans()), "title": "c"},
        "cme": {"hours": draw(st.integers(1, 10)), "title": "c"},
        "followup_case": {
            "evt_performed": draw(st.booleans()),
            "sich": draw(st.booleans()),
            "mtici": draw(st.sampled_from(["1", "2b", "3"])),
        },
        "knowledge": {"item": "K1a"},
    }.get(kind, {})
    day = draw(st.dates(date(2024, 1, 1), TODAY))
    n = draw(st.integers(1, 10**6))
    return Entry(
        f"e{n}-{kind}",
        kind,
        day,
        role,
        None,
        "",
        fields,
        created_seq=n,
        changed_seq=n,
        retracted=draw(st.integers(0, 9)) == 0,
    )


def run(entry_list: list[Entry], gates: list[Attestation]) -> Progress:
    return evaluate(SE, snapshot(entry_list, gates), TODAY)


@settings(max_examples=60, deadline=None)
@given(st.lists(entries(), max_size=60, unique_by=lambda e: e.id), entries(), GATES)
def test_adding_an_entry_never_lowers_progress(
    existing: list[Entry], added: Entry, gates: list[Attestation]
) -> None:
    assume(added.id not in {e.id for e in existing})
    before, after = run(existing, gates), run([*existing, added], gates)
    for old, new in zip(before.items, after.items, strict=True):
        if old.id in RATIO_ITEMS:
            continue
        for old_c, new_c in zip(old.conditions, new.conditions, strict=True):
            assert new_c.done >= old_c.done, (old.id, old_c.id)
            assert new_c.met or not old_c.met, (old.id, old_c.id)
        assert new.met or not old.met, old.id
        assert RANK[new.state] >= RANK[old.state], old.id


def _remade(entry_list: list[Entry], rnd: random.Random) -> list[Entry]:
    """The same entries as if made in another order: shuffled, with new chain positions."""
    shuffled = entry_list[:]
    rnd.shuffle(shuffled)
    return [replace(e, created_seq=i + 1, changed_seq=i + 1) for i, e in enumerate(shuffled)]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(entries(), max_size=60, unique_by=lambda e: e.id),
    GATES,
    st.randoms(use_true_random=False),
)
def test_the_result_does_not_depend_on_the_order_entries_were_made(
    entry_list: list[Entry], gates: list[Attestation], rnd: random.Random
) -> None:
    first = run(entry_list, gates)
    second = run(_remade(entry_list, rnd), gates)
    assert first == second


def test_the_properties_cover_locked_and_open_parts() -> None:
    locked = run([], [])
    opened = run(
        [],
        [
            attest("PREP", date(2024, 6, 1)),
            attest("NI", date(2025, 6, 1)),
            attest("A", date(2025, 12, 1)),
        ],
    )
    assert locked.item("NI2").state == "locked" and opened.item("NI2").state == "open"
    assert {"Q3"} == RATIO_ITEMS
