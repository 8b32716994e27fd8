"""The quality view: the follow-up year from the approval, each indicator with its
denominator and judgement, the charts' rows, and a plain word before approval."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from evtdesk.curriculum.outcomes.references import (
    REFERENCES_SETTING,
    ReferenceValue,
    references_to_setting,
)
from evtdesk.model import Statement
from evtdesk.store import Logbook
from evtdesk.ui.panels.quality import FOLLOW_UP, QualityPanel
from tests.signed_helpers import record_signed
from tests.ui_panels.conftest import FixedDaySession

TODAY = date(2026, 9, 1)
APPROVED = datetime(2026, 2, 2, 10, 0, tzinfo=UTC)


def _cases(logbook: Logbook) -> None:
    arrival = datetime(2026, 3, 1, 8, 0)
    items = []
    for n in range(21):
        items.append(
            {
                "kind": "followup_case",
                "date": (date(2026, 3, 1) + timedelta(days=n)).isoformat(),
                "role": "independent_first_operator",
                "evt_performed": True,
                "mtici": "3" if n < 15 else "1",
                "sich": n == 0,
                "arrival": arrival.isoformat(),
                "puncture": (arrival + timedelta(minutes=40 + n)).isoformat(),
            }
        )
    logbook.entries.add_many(items)


def _panel(qtbot, logbook: Logbook, language: str = "en") -> QualityPanel:
    session = FixedDaySession(logbook, language)
    session.fixed_today = TODAY
    panel = QualityPanel(session)
    qtbot.addWidget(panel)
    return panel


def _row(panel: QualityPanel, row: int) -> list[str]:
    table = panel.table
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_the_follow_up_year_opens_first_with_every_indicators_numbers(
    qtbot, logbook: Logbook
) -> None:
    # the parts in order and a passed week (a pass from before verdicts named their week)
    approvals = [Statement(s, True, "") for s in ("PREP", "NI", "EXAM_WEEK", "A")]
    record_signed(logbook, approvals, created=APPROVED)
    _cases(logbook)
    panel = _panel(qtbot, logbook)
    assert panel.period_combo.currentData() == FOLLOW_UP
    assert "Follow-up year 2026-02-02 – 2027-02-01: 21 cases handled" in panel.notice.text()
    assert _row(panel, 0) == [
        "mTICI 2b–3", "15 / 21", "0", "71.4 % (50–86.2)", "> 60 %", "met",
    ]  # fmt: skip
    assert _row(panel, 1)[1:3] == ["0 / 0", "21"]
    assert _row(panel, 1)[5] == "no cases recorded"
    assert _row(panel, 2)[5] == "met"  # 1 of 21 sICH, below 10 %
    rows = panel.rate_chart.rows
    assert [r.target for r in rows] == [60, 15, 10]
    assert rows[0].met is True and rows[1].rate is None
    puncture = panel.logistics_chart.rows[2]
    assert (puncture.median, puncture.n) == (50, 21)


def test_before_approval_the_view_says_when_the_year_starts(qtbot, logbook: Logbook) -> None:
    _cases(logbook)
    panel = _panel(qtbot, logbook)
    assert panel.period_combo.currentData() == 2026
    panel.period_combo.setCurrentIndex(panel.period_combo.findData(FOLLOW_UP))
    assert "starts when the training is approved" in panel.notice.text()
    assert panel.table.isHidden()
    panel.period_combo.setCurrentIndex(panel.period_combo.findData(2026))
    assert not panel.table.isHidden()
    assert _row(panel, 0)[1] == "15 / 21"


def test_below_twenty_cases_a_rate_is_not_judged(qtbot, logbook: Logbook) -> None:
    logbook.entries.add_many(
        [{"kind": "evt", "date": "2026-04-01", "role": "first_operator", "mtici": "3"}]
    )
    panel = _panel(qtbot, logbook)
    assert _row(panel, 0)[5] == "too few cases to judge"
    assert panel.rate_chart.rows[0].met is None


def test_references_entered_are_shown_with_source_and_year(qtbot, logbook: Logbook) -> None:
    ref = ReferenceValue("arrival_to_puncture", 62, "Riksstroke 2024", 2024)
    logbook.records.set_setting(REFERENCES_SETTING, references_to_setting({ref.key: ref}))
    _cases(logbook)
    panel = _panel(qtbot, logbook)
    assert "Arrival → puncture: 62 min (Riksstroke 2024, 2024)" in panel.references.text()
    assert panel.logistics_chart.rows[2].reference == 62


@pytest.mark.parametrize("language", ["sv"])
def test_the_indicator_names_follow_the_language(qtbot, logbook: Logbook, language: str) -> None:
    _cases(logbook)
    panel = _panel(qtbot, logbook, language)
    assert _row(panel, 1)[0] == "Emboli till nytt kärlområde"
    assert _row(panel, 0)[3] == "71,4 % (50–86,2)"
    assert panel.logistics_chart.rows[2].text == "50 (n = 21)"
    assert panel.logistics_chart.rows[0].text == "– (n = 0)"


def test_swedish_chrome_comes_from_the_translations(qtbot, logbook: Logbook) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from tests.ui_panels.test_translations import I18N

    _cases(logbook)
    panel = _panel(qtbot, logbook, "sv")
    translator = QTranslator()
    assert translator.load(str(I18N / "panels_sv.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        QCoreApplication.processEvents()  # delivers LanguageChange
        assert panel.table.horizontalHeaderItem(1).text() == "Antal / registrerade"
        assert panel.period_combo.itemText(0) == "Uppföljningsåret"
        assert "Fortbildning" in panel.education_heading.text()
    finally:
        QCoreApplication.removeTranslator(translator)
        QCoreApplication.processEvents()
    assert panel.table.horizontalHeaderItem(1).text() == "Count / recorded"
