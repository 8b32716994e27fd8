"""The quality view shows the follow-up targets Q1, Q2 and Q4: the guidance's ask, the
figure, the judgement the progress item gives, in the core's words; before the approval
one line saying they apply from it on, never a blank."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from evtdesk.curriculum import evaluate, load_curriculum
from evtdesk.curriculum.outcomes.references import (
    REFERENCES_SETTING,
    ReferenceValue,
    references_to_setting,
)
from evtdesk.model import Statement
from evtdesk.quality.target_lines import target_lines, targets_absent
from evtdesk.quality.targets import targets_of
from evtdesk.store import Logbook
from evtdesk.ui.panels.quality import FOLLOW_UP, QualityPanel
from tests.signed_helpers import record_signed
from tests.ui_panels.conftest import FixedDaySession

TODAY = date(2026, 9, 1)
APPROVED = datetime(2026, 2, 2, 10, 0, tzinfo=UTC)
REFERENCE = ReferenceValue("arrival_to_puncture", 59.5, "Riksstroke 2025", 2025)


def _approve(logbook: Logbook) -> None:
    approvals = [Statement(s, True, "") for s in ("PREP", "NI", "EXAM_WEEK", "A")]
    record_signed(logbook, approvals, created=APPROVED)


def _cases(logbook: Logbook, n: int = 20) -> None:
    """`n` EVT since the approval, all registered in both but the last (not in EVAS);
    arrival to puncture 50 to 69 minutes, median 59.5 with 20."""
    arrival = datetime(2026, 3, 1, 8, 0)
    logbook.entries.add_many(
        [
            {
                "kind": "followup_case",
                "date": (date(2026, 3, 1) + timedelta(days=k)).isoformat(),
                "role": "independent_first_operator",
                "evt_performed": True,
                "registered_riksstroke": True,
                "registered_evas": k < n - 1,
                "arrival": arrival.isoformat(),
                "puncture": (arrival + timedelta(minutes=50 + k)).isoformat(),
            }
            for k in range(n)
        ]
    )


def _panel(qtbot, logbook: Logbook, language: str = "en") -> QualityPanel:
    session = FixedDaySession(logbook, language)
    session.fixed_today = TODAY
    panel = QualityPanel(session)
    qtbot.addWidget(panel)
    return panel


def test_the_follow_up_year_shows_each_target_as_the_progress_item_judges_it(
    qtbot, logbook: Logbook
) -> None:
    _approve(logbook)
    _cases(logbook)
    later = {"kind": "followup_case", "date": "2026-10-01", "evt_performed": True}
    later |= {"role": "independent_first_operator", "registered_riksstroke": True}
    logbook.entries.add_many([later | {"registered_evas": True}])  # after the session's today
    logbook.records.set_setting(
        REFERENCES_SETTING, references_to_setting({REFERENCE.key: REFERENCE})
    )
    panel = _panel(qtbot, logbook)
    assert panel.period_combo.currentData() == FOLLOW_UP
    snapshot = logbook.snapshot()
    targets = targets_of(snapshot, TODAY, {REFERENCE.key: REFERENCE})
    assert targets is not None
    assert panel.targets.lines == target_lines(targets, "en")  # the core's words, as is
    progress = evaluate(load_curriculum("se-evt"), snapshot, TODAY)
    assert {line.key: line.met for line in panel.targets.lines} == {
        key: progress.item(key).met for key in ("Q1", "Q2", "Q4")
    }
    text = panel.targets.text()
    assert not panel.targets.isHidden()
    assert "Q1, Q2 and Q4 from the approval on 2026-02-02" in text
    assert "Q1 registered in Riksstroke and EVAS" in text and "19 of 20" in text
    assert "Not registered in Riksstroke: 0; in EVAS: 1." in text
    assert "follow-up year 2026-02-02 – 2027-02-01 so far: 20 (target ≥ 20)" in text
    assert (
        "Arrival → puncture: median 59.5 min (n = 20), reference 59.5 min (Riksstroke 2025, "
        "2025): on a par"
    ) in text
    assert [line.state for line in panel.targets.lines] == ["not met", "met", "not yet judgeable"]
    for line in panel.targets.lines:
        assert line.state in text and line.figure in text


def test_the_targets_follow_the_language(qtbot, logbook: Logbook) -> None:
    _approve(logbook)
    _cases(logbook, 19)
    panel = _panel(qtbot, logbook, "sv")
    text = panel.targets.text()
    assert "Q1, Q2 och Q4 från godkännandet 2026-02-02" in text
    assert "uppföljningsåret 2026-02-02 – 2027-02-01 hittills: 19 (mål ≥ 20)" in text
    assert [line.state for line in panel.targets.lines][:2] == ["ej uppnått", "ej uppnått"]


def test_before_the_approval_one_line_says_the_targets_apply_from_it(
    qtbot, logbook: Logbook
) -> None:
    _cases(logbook)
    panel = _panel(qtbot, logbook)
    before = targets_absent(None, "en")
    assert panel.period_combo.currentData() == 2026
    assert before in panel.targets.text() and panel.targets.lines == ()
    panel.period_combo.setCurrentIndex(panel.period_combo.findData(FOLLOW_UP))
    assert "starts when the training is approved" in panel.notice.text()
    assert before in panel.targets.text() and not panel.targets.isHidden()


def test_a_calendar_year_after_the_approval_says_where_the_targets_are(
    qtbot, logbook: Logbook
) -> None:
    _approve(logbook)
    _cases(logbook)
    panel = _panel(qtbot, logbook)
    panel.period_combo.setCurrentIndex(panel.period_combo.findData(2026))
    assert panel.targets.lines == ()
    assert "Q1, Q2 and Q4 are judged from the approval on 2026-02-02" in panel.targets.text()
    panel.period_combo.setCurrentIndex(panel.period_combo.findData(FOLLOW_UP))
    assert len(panel.targets.lines) == 3
