"""The navigator: parts in order, item progress, locked parts, flags, next steps."""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace as NS

import pytest

from evtdesk.ui.panels.navigator import NavigatorPanel, condition_text


def fake_progress(evt_done: int = 31) -> NS:
    parts = [
        NS(
            id="PREP",
            title_sv="Förberedande del",
            title_en="Preparatory part",
            state="attested",
            reason=None,
        ),
        NS(
            id="NI",
            title_sv="Neurointerventionell del",
            title_en="Neurointervention",
            state="open",
            reason=None,
        ),
        NS(
            id="APPROVAL",
            title_sv="Godkännande",
            title_en="Approval",
            state="locked",
            reason="Opens when the neurointervention part is met.",
        ),
        NS(
            id="FOLLOWUP",
            title_sv="Uppföljningsår",
            title_en="Follow-up year",
            state="locked",
            reason="Opens after approval.",
        ),
        NS(
            id="CME",
            title_sv="Fortbildning",
            title_en="Continuing education",
            state="locked",
            reason="Opens after approval.",
        ),
    ]
    items = [
        NS(
            id="K1a",
            part="PREP",
            title_sv="Strokelarm",
            title_en="Stroke alarms",
            section="Kunskap",
            mandatory=True,
            state="attested",
            met=True,
            attested=True,
            stale=True,
            conditions=[
                NS(id="alarms", label="Stroke alarms", done=64, required=50, unit=None, met=True)
            ],
            flags=[NS(kind="stale_attestation", entry_ids=(), message="")],
            adaptations=[],
            attestation=NS(supervisor_name="Erik Holm", signed_at=date(2026, 1, 5)),
            missing="",
        ),
        NS(
            id="NI.EVT",
            part="NI",
            title_sv="Trombektomier",
            title_en="Thrombectomies",
            section="Färdigheter",
            mandatory=True,
            state="open",
            met=False,
            attested=False,
            stale=False,
            conditions=[
                NS(
                    id="evt", label="EVT", done=evt_done, required=50, unit=None, met=evt_done >= 50
                ),
                NS(
                    id="independent",
                    label="independent",
                    done=12,
                    required=25,
                    unit=None,
                    met=False,
                ),
            ],
            flags=[NS(kind="before_part_opened", entry_ids=("e1", "e2"), message="")],
            adaptations=[
                NS(
                    item_id="NI.EVT",
                    note="Fokus på bakre cirkulationen",
                    required={},
                    waived=False,
                    decided_by="Erik Holm",
                    decided_on=date(2026, 2, 1),
                )
            ],
            missing="19 more EVT, 13 more as independent first operator.",
        ),
        NS(
            id="APP.1",
            part="APPROVAL",
            title_sv="Examinationsvecka",
            title_en="Examination week",
            section="",
            mandatory=True,
            state="locked",
            met=False,
            attested=False,
            stale=False,
            conditions=[],
            flags=[],
            adaptations=[],
            missing="",
        ),
    ]
    steps = [NS(item_ids=("NI.EVT",), sentence="Log 19 more thrombectomies.")]
    return NS(
        curriculum_id="se-evt",
        version="2024",
        title="Nationellt EVT-program",
        parts=parts,
        items=items,
        next_steps=steps,
    )


def make(qtbot, session, progress) -> NavigatorPanel:  # noqa: ANN001
    session.progress = lambda: progress  # the engine's answer, fixed for this test
    panel = NavigatorPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1100, 800)
    panel.show()
    return panel


def test_parts_in_order_with_progress_locks_flags_and_next_steps(qtbot, session) -> None:  # noqa: ANN001
    panel = make(qtbot, session, fake_progress())
    assert list(panel.part_headers) == ["PREP", "NI", "APPROVAL", "FOLLOWUP", "CME"]
    approval = panel.part_headers["APPROVAL"].text()
    assert (
        "Approval" in approval
        and "Locked: Opens when the neurointervention part is met." in approval
    )
    evt = panel.cards["NI.EVT"]
    assert evt.conditions_text == "EVT 31 / 50 · independent 12 / 25"
    assert evt.state_label.text() == "Open"
    assert "19 more EVT, 13 more as independent first operator." in evt.lines
    assert "⚑ 2 entries dated before the part opened" in evt.lines
    assert any(
        line.startswith("✎ Training-plan adaptation: Fokus på bakre cirkulationen")
        for line in evt.lines
    )
    k1a = panel.cards["K1a"]
    assert "✍ Attested by Erik Holm, 2026-01-05" in k1a.lines
    assert any(line.startswith("⚠ Stale attestation") for line in k1a.lines)
    assert panel.cards["APP.1"].state_label.text() == "Locked"
    assert panel.next_steps.steps() == ["→ Log 19 more thrombectomies."]


def test_refreshes_on_change(qtbot, session) -> None:  # noqa: ANN001
    panel = make(qtbot, session, fake_progress(49))
    assert panel.cards["NI.EVT"].conditions_text.startswith("EVT 49 / 50")
    session.progress = lambda: fake_progress(50)
    session.notify_changed()
    assert panel.cards["NI.EVT"].conditions_text.startswith("EVT 50 / 50")


def test_engine_failure_is_said_not_raised(qtbot, session) -> None:  # noqa: ANN001
    def broken() -> None:
        raise RuntimeError("no curriculum")

    session.progress = broken
    panel = NavigatorPanel(session)
    qtbot.addWidget(panel)
    assert "no curriculum" in panel.title_label.text()


def test_condition_text_units() -> None:
    assert (
        condition_text(NS(label="Time", done=4.5, required=12, unit="months"), "en")
        == "Time 4.5 / 12 months"
    )
    assert condition_text(NS(label="EVT", done=3, required=None, unit=None), "en") == "EVT 3"


def test_condition_numbers_are_written_as_the_engine_writes_them() -> None:
    """5.04 months is "5,0" in the engine's sentences, so the bar beside them says the same
    (the panel's own rounding wrote "5")."""
    from evtdesk.curriculum.messages import number

    assert number(5.04, "sv") == "5,0"
    assert (
        condition_text(NS(label="Tid", done=5.04, required=12, unit="mån"), "sv")
        == "Tid 5,0 / 12 mån"
    )
    assert condition_text(NS(label="Time", done=6.0, required=12, unit="months"), "en") == (
        "Time 6 / 12 months"
    )


# --- against the real engine -----------------------------------------------------------------


def _add_evts(logbook, count: int, start: date, role: str = "first_operator") -> None:  # noqa: ANN001
    logbook.entries.add_many(
        {
            "kind": "evt",
            "date": (start + timedelta(days=n % 200)).isoformat(),
            "role": role,
            "case_number": f"EVT-{n}",
        }
        for n in range(count)
    )


def test_real_engine_counts_move_after_adding_an_entry(qtbot, fresh) -> None:  # noqa: ANN001
    pytest.importorskip("evtdesk.curriculum")
    from evtdesk.ui.session import LogbookSession

    logbook = fresh
    today = date.today()
    logbook.records.add_period("PREP", today - timedelta(days=800), today - timedelta(days=400))
    logbook.records.add_period("NI", today - timedelta(days=399), None)
    from datetime import datetime

    from evtdesk.store.records import Statement

    logbook.records.record_attestation(
        "att-prep",
        [Statement("PREP", True, "")],
        "Erik Holm",
        "key",
        datetime.combine(today - timedelta(days=400), datetime.min.time()),
        "0" * 64,
        logbook.chain_head().seq,
        b"signed",
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
    assert "1 more EVT;" in ni2_before and "more EVT;" not in ni2_after
    assert "25 more as independent first operator" in ni2_after
