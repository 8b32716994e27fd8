"""Work periods and the training plan as the store keeps them: checked against the
logbook's curriculum, refused whole when wrong, and never deleted."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from evtdesk.store import Logbook, LogbookError
from evtdesk.store.schema import EventRow
from evtdesk.training import add_period, propose_adaptation


def events(logbook: Logbook) -> list[tuple[str, str, dict]]:
    with logbook._read() as session:
        rows = session.scalars(select(EventRow).order_by(EventRow.seq))
        return [(r.action, r.subject, json.loads(r.payload)) for r in rows]


def test_a_part_the_curriculum_lacks_is_refused_naming_the_parts(logbook: Logbook) -> None:
    head = logbook.chain_head()
    with pytest.raises(LogbookError, match=r"'NEURO' is not a part .*PREP, NI"):
        add_period(logbook, "NEURO", date(2026, 1, 1))
    assert logbook.records.periods() == []
    assert logbook.chain_head() == head


def test_full_time_overlap_in_one_part_is_refused_but_two_half_time_posts_are_not(
    logbook: Logbook,
) -> None:
    first = logbook.records.add_period("NI", date(2026, 1, 1), date(2026, 6, 30))
    with pytest.raises(
        LogbookError, match=rf"overlaps work period {first.id} \(2026-01-01 – 2026-06-30"
    ):
        logbook.records.add_period("NI", date(2026, 6, 30))
    # the day after it ends is free, and another part may run at the same time
    logbook.records.add_period("NI", date(2026, 7, 1), date(2026, 9, 30), 0.5)
    logbook.records.add_period("PREP", date(2026, 3, 1), date(2026, 4, 30))
    logbook.records.add_period("NI", date(2026, 8, 1), None, 0.5)
    with pytest.raises(LogbookError, match="more than full time"):
        logbook.records.add_period("NI", date(2026, 9, 1), date(2026, 9, 10), 0.25)
    assert [(p.part, p.start) for p in logbook.records.periods()] == [
        ("NI", date(2026, 1, 1)),
        ("PREP", date(2026, 3, 1)),
        ("NI", date(2026, 7, 1)),
        ("NI", date(2026, 8, 1)),
    ]


def test_bad_period_input_is_refused_and_nothing_is_written(logbook: Logbook) -> None:
    head = logbook.chain_head()
    for kwargs, message in (
        ({"end": date(2025, 12, 31)}, "cannot end before it starts"),
        ({"fraction": 0}, "fraction"),
        ({"fraction": 1.5}, "fraction"),
        ({"site_id": 99}, "No site 99"),
        ({"description": "pat 19811218-9876"}, "identity"),
    ):
        with pytest.raises(LogbookError, match=message):
            logbook.records.add_period("PREP", date(2026, 1, 1), **kwargs)
    assert logbook.records.periods() == []
    assert logbook.chain_head() == head


def test_ending_a_period_keeps_the_old_value_in_the_chain(logbook: Logbook) -> None:
    period = logbook.records.add_period("NI", date(2026, 1, 1))
    with pytest.raises(LogbookError, match="cannot end before it starts"):
        logbook.records.end_period(period.id, date(2025, 12, 1))
    ended = logbook.records.end_period(period.id, date(2026, 4, 30))
    assert ended.end == date(2026, 4, 30)
    with pytest.raises(LogbookError, match="already ended on 2026-04-30"):
        logbook.records.end_period(period.id, date(2026, 5, 31))
    action, subject, payload = events(logbook)[-1]
    assert (action, subject) == ("period.update", str(period.id))
    assert payload["before"]["end"] is None and payload["after"]["end"] == "2026-04-30"


def test_a_withdrawn_period_stops_counting_but_is_kept_with_its_reason(
    logbook: Logbook, logbook_path: Path
) -> None:
    wrong = logbook.records.add_period("NI", date(2026, 1, 1), date(2026, 12, 31))
    with pytest.raises(LogbookError, match="needs a reason"):
        logbook.records.withdraw_period(wrong.id, " ")
    logbook.records.withdraw_period(wrong.id, "entered under the wrong part")
    assert logbook.records.periods() == []
    assert logbook.snapshot().periods == ()
    assert logbook.records.periods(include_withdrawn=True) == [wrong]
    assert logbook.records.withdrawn_periods() == {wrong.id: "entered under the wrong part"}
    # its time is free again for the right entry
    logbook.records.add_period("NI", date(2026, 1, 1), date(2026, 12, 31))
    with pytest.raises(LogbookError, match="withdrawn before"):
        logbook.records.withdraw_period(wrong.id, "again")
    assert any(
        a == "period.withdraw" and p["reason"] == "entered under the wrong part"
        for a, _, p in events(logbook)
    )
    assert logbook.verify_chain() is None


def test_proposal_names_are_checked_against_the_curriculum(logbook: Logbook) -> None:
    head = logbook.chain_head()
    for (item, note, required), message in (
        (("NI9", "x", {"NI9": 1}), "'NI9' is not an item"),
        (
            ("NI2", "x", {"NI2.indep": 20}),
            r"NI2 has no condition 'NI2.indep'; its conditions are: NI2, NI2.independent",
        ),
        (("NI2", "x", {"NI2": -1}), "from 0 to 100 000"),
        (("NI2", "   ", {}), "needs a note"),
    ):
        with pytest.raises(LogbookError, match=message):
            propose_adaptation(logbook, item, note, required)
    assert logbook.records.plan().proposals == ()
    assert logbook.chain_head() == head


def test_a_proposal_changes_nothing_until_signed_and_is_withdrawn_as_a_chain_event(
    logbook: Logbook,
) -> None:
    proposal = logbook.records.propose_adaptation("NI2", "Trained abroad", {"NI2.independent": 20})
    plan = logbook.records.plan()
    assert plan.adaptations == ()  # the trainee's word adapts nothing
    assert [p.required for p in plan.proposals] == [{"NI2.independent": 20}]
    assert proposal.proposed_seq == logbook.chain_head().seq
    assert logbook.records.withdraw_proposal("NI2", "decision reversed") == 1
    assert logbook.records.plan().proposals == ()
    with pytest.raises(LogbookError, match="no proposed adaptation of NI2"):
        logbook.records.withdraw_proposal("NI2")
    logbook.records.set_mri_primary(True)
    assert logbook.records.plan().mri_primary is True
    actions = [(a, s) for a, s, _ in events(logbook)[-3:]]
    assert actions == [
        ("plan.propose", "NI2"),
        ("plan.withdraw", "NI2"),
        ("plan.set", "mri_primary"),
    ]


def test_people_need_a_known_role(logbook: Logbook) -> None:
    with pytest.raises(LogbookError, match="'handledare' is not a role"):
        logbook.records.add_person("Erik Holm", "handledare")
    assert [p.role for p in logbook.records.people()] == ["trainee"]
