"""The navigator: parts in order, item progress, locked parts, flags, next steps."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from evtdesk.curriculum.progress import ConditionProgress
from evtdesk.model import Statement
from evtdesk.store import Logbook
from evtdesk.training import add_period
from evtdesk.ui.panels.navigator import NavigatorPanel, condition_text
from tests.signed_helpers import record_signed


def _filled(logbook: Logbook, today: date) -> None:
    """A trainee in the neurointervention part: the preparatory part signed off (by a
    supervisor key the logbook trusts), EVT as first and independent operator, one EVT
    dated before the part opened, a signed adaptation of NI2, an attested NI1 whose
    angiography was amended afterwards (a stale attestation)."""
    opened = today - timedelta(days=300)
    add_period(logbook, "PREP", today - timedelta(days=700), opened - timedelta(days=1))
    add_period(logbook, "NI", opened)
    angio = logbook.entries.add(
        {
            "kind": "angiography",
            "date": (opened + timedelta(days=5)).isoformat(),
            "role": "first_operator",
        }
    )
    rows = [
        {
            "kind": "evt",
            "date": (opened + timedelta(days=10 + n)).isoformat(),
            "role": "independent_first_operator" if n < 12 else "first_operator",
            "case_number": f"EVT-{n}",
        }
        for n in range(30)
    ]
    early = {
        "kind": "evt",
        "date": (opened - timedelta(days=3)).isoformat(),
        "role": "first_operator",
    }
    logbook.entries.add_many([*rows, early])
    supervisor = record_signed(
        logbook,
        [
            Statement("PREP", True, ""),
            Statement("ADAPT:NI2", True, "Fokus på bakre cirkulationen", {"NI2.independent": 20}),
        ],
        created=datetime.combine(opened, datetime.min.time(), tzinfo=UTC),
    )
    record_signed(logbook, [Statement("NI1", True, "")], supervisor=supervisor)
    logbook.entries.amend(
        angio.id,
        {"kind": "angiography", "date": angio.date.isoformat(), "role": "second_operator"},
        "was second operator",
    )


def make(qtbot, session) -> NavigatorPanel:
    panel = NavigatorPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1100, 800)
    panel.show()
    return panel


def test_parts_in_order_with_progress_locks_flags_and_next_steps(qtbot, session) -> None:
    """What the engine says, laid out: every number here is read back from the engine's
    own result, so a field the panel reads wrongly shows as a difference."""
    today = date.today()
    session.fixed_today = today
    _filled(session.logbook, today)
    progress = session.progress()
    panel = make(qtbot, session)
    assert list(panel.part_headers) == [p.id for p in progress.parts]
    locked = next(p for p in progress.parts if p.state == "locked")
    assert f"Locked: {locked.reason}" in panel.part_headers[locked.id].text()
    ni2, card = progress.item("NI2"), panel.cards["NI2"]
    assert card.conditions_text == " · ".join(condition_text(c, "en") for c in ni2.conditions)
    assert "31 / 50" in card.conditions_text and "12 / 20" in card.conditions_text  # adapted
    assert card.state_label.text() == "Open" and ni2.missing in card.lines
    early = [f for f in ni2.flags if f.kind == "before_part_opened"]
    assert early and all(f"⚑ {flag.message}" in card.lines for flag in early)
    assert any(
        line.startswith("✎ Training-plan adaptation: Fokus på bakre cirkulationen")
        and "NI2.independent → 20" in line
        and "Erik Holm" in line
        for line in card.lines
    )
    ni1 = panel.cards["NI1"]
    assert any(line.startswith("✍ Attested by Erik Holm, ") for line in ni1.lines)
    assert any(line.startswith("⚠ Stale attestation") for line in ni1.lines)
    locked_item = next(i for i in progress.items if i.state == "locked")
    assert panel.cards[locked_item.id].state_label.text() == "Locked"
    assert panel.next_steps.steps() == [f"→ {s.sentence}" for s in progress.next_steps]
    assert panel.next_steps.steps()


def test_refreshes_on_change(qtbot, session) -> None:
    today = date.today()
    session.fixed_today = today
    _filled(session.logbook, today)
    panel = make(qtbot, session)
    assert "EVT 31 / 50" in panel.cards["NI2"].conditions_text
    session.logbook.entries.add(
        {"kind": "evt", "date": today.isoformat(), "role": "first_operator", "case_number": "X"}
    )
    session.notify_changed()
    assert "EVT 32 / 50" in panel.cards["NI2"].conditions_text


def test_engine_failure_is_said_not_raised(qtbot, session) -> None:
    def broken() -> None:
        raise RuntimeError("no curriculum")

    session.progress = broken
    panel = NavigatorPanel(session)
    qtbot.addWidget(panel)
    assert "no curriculum" in panel.title_label.text()


def _condition(label: str, done: float, required: float, unit: str) -> ConditionProgress:
    return ConditionProgress(
        "c", "count", label, label, done, required, done >= required, unit, unit
    )


def test_condition_text_units() -> None:
    assert condition_text(_condition("Time", 4.5, 12, "months"), "en") == "Time 4.5 / 12 months"
    assert condition_text(_condition("EVT", 3, 50, "count"), "en") == "EVT 3 / 50"


def test_condition_numbers_are_written_as_the_engine_writes_them() -> None:
    """5.04 months is "5,0" in the engine's sentences, so the bar beside them says the same
    (the panel's own rounding wrote "5")."""
    from evtdesk.curriculum.messages import number

    assert number(5.04, "sv") == "5,0"
    assert condition_text(_condition("Tid", 5.04, 12, "mån"), "sv") == "Tid 5,0 / 12 mån"
    assert condition_text(_condition("Time", 6.0, 12, "months"), "en") == "Time 6 / 12 months"


# --- against the real engine -----------------------------------------------------------------


def _add_evts(logbook, count: int, start: date, role: str = "first_operator") -> None:
    logbook.entries.add_many(
        {
            "kind": "evt",
            "date": (start + timedelta(days=n % 200)).isoformat(),
            "role": role,
            "case_number": f"EVT-{n}",
        }
        for n in range(count)
    )


def test_real_engine_counts_move_after_adding_an_entry(qtbot, fresh) -> None:
    pytest.importorskip("evtdesk.curriculum")
    from evtdesk.ui.session import LogbookSession

    logbook = fresh
    today = date.today()
    add_period(logbook, "PREP", today - timedelta(days=800), today - timedelta(days=400))
    add_period(logbook, "NI", today - timedelta(days=399), None)
    record_signed(
        logbook,
        [Statement("PREP", True, "")],
        created=datetime.combine(today - timedelta(days=400), datetime.min.time(), tzinfo=UTC),
    )
    session = LogbookSession(logbook, "en")
    panel = NavigatorPanel(session)
    qtbot.addWidget(panel)

    _add_evts(logbook, 49, today - timedelta(days=300))
    session.notify_changed()
    before = {k: c.conditions_text for k, c in panel.cards.items()}
    steps_before = panel.next_steps.steps()
    logbook.entries.add(
        {
            "kind": "evt",
            "date": today.isoformat(),
            "role": "first_operator",
            "case_number": "EVT-50",
        }
    )
    session.notify_changed()
    after = {k: c.conditions_text for k, c in panel.cards.items()}
    changed = [k for k in after if after[k] != before.get(k)]
    assert changed, "adding an EVT changes at least one requirement's count"
    assert any("49 /" in before[k] and "50 /" in after[k] for k in changed), (before, after)
    [ni2_before] = [s for s in steps_before if "NI2" in s]
    [ni2_after] = [s for s in panel.next_steps.steps() if "NI2" in s]
    assert "1 more (EVT);" in ni2_before and "more (EVT);" not in ni2_after
    assert "25 more as independent first operator" in ni2_after


def test_a_part_of_recommendations_says_how_many_items_are_met(qtbot, session) -> None:
    """The hospital checklist has no mandatory item: it is never "complete" by default, it
    says how far it is."""
    panel = NavigatorPanel(session)
    qtbot.addWidget(panel)
    panel.refresh()
    part = next(p for p in session.progress().parts if p.id == "H")
    assert part.state != "complete"
    heading = panel.part_headers["H"].text()
    assert f"{part.items_met} of {part.items_total} items met" in heading and "✓" not in heading
