"""The navigator as a trainee reads it, on the real engine: next steps shown whole at any
width, numbers in the user's language, the reading place kept when an entry is saved,
the busy state while the session re-reads, and where to add missing work periods."""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from evtdesk.ui.panels.navigator import NavigatorPanel
from evtdesk.ui.session import LogbookSession

TODAY = date(2026, 3, 1)


def _panel(qtbot, session, width: int = 900, height: int = 600) -> NavigatorPanel:
    session.fixed_today = TODAY
    panel = NavigatorPanel(session)
    qtbot.addWidget(panel)
    panel.resize(width, height)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _fill(logbook, count: int = 30) -> None:
    logbook.entries.add_many(
        {
            "kind": "stroke_alarm",
            "date": (TODAY - timedelta(days=10 + n)).isoformat(),
            "thrombolysis": False,
            "case_number": f"SA-{n}",
        }
        for n in range(count)
    )


def test_each_next_step_is_tall_enough_for_its_wrapped_text(qtbot, session) -> None:
    _fill(session.logbook)
    panel = _panel(qtbot, session, width=700)
    panel.splitter.setSizes([450, 250])  # a narrow next-steps column: every step wraps
    qtbot.wait(50)
    labels = panel.next_steps.labels
    assert labels, "the real engine gives next steps for a logbook midway"
    for label in labels:
        text, area = (
            label.text(),
            label.contentsRect().adjusted(
                label.margin(), label.margin(), -label.margin(), -label.margin()
            ),
        )
        assert "…" not in text
        needed = (
            QFontMetrics(label.font())
            .boundingRect(QRect(0, 0, area.width(), 100_000), int(Qt.TextFlag.TextWordWrap), text)
            .height()
        )
        assert needed <= area.height(), (text, needed, area.height())
    assert any(label.height() > 2 * label.fontMetrics().height() for label in labels), (
        "some step wraps"
    )


def test_activating_a_step_by_keyboard_shows_its_item(qtbot, session) -> None:
    panel = _panel(qtbot, session, height=400)
    shown = []
    panel.next_steps.item_requested.connect(shown.append)
    label = panel.next_steps.labels[-1]
    label.setFocus()
    qtbot.keyClick(label, Qt.Key.Key_Return)
    assert shown == [label.item_id]
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert shown == [label.item_id, label.item_id]


def test_swedish_numbers_have_a_decimal_comma_like_the_sentences(qtbot, sv_session) -> None:
    sv_session.logbook.records.add_period("PREP", date(2025, 1, 1), date(2025, 6, 20))
    panel = _panel(qtbot, sv_session)
    card = panel.cards["PREP.TIME"]
    assert re.search(r"\d,\d", card.conditions_text), card.conditions_text
    assert not re.search(r"\d\.\d", card.conditions_text), card.conditions_text
    assert re.search(r"\d,\d", " ".join(card.lines))  # the engine's "ytterligare 6,4 månader"


def test_saving_an_entry_keeps_the_reading_place(qtbot, session) -> None:
    panel = _panel(qtbot, session, height=500)
    bar = panel.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 600)
    qtbot.wait(50)  # the first view's own scroll to the current part has run
    place = bar.maximum() // 2
    bar.setValue(place)
    session.logbook.entries.add(
        {"kind": "stroke_alarm", "date": "2026-02-01", "thrombolysis": True, "case_number": "SA-1"}
    )
    old_inner = panel.scroll_area.widget()
    session.notify_changed()
    assert panel.scroll_area.widget() is not old_inner  # rebuilt with the new count
    qtbot.wait(50)
    assert bar.value() == place


def test_the_panel_says_it_is_updating_while_the_session_rereads(qtbot, logbook) -> None:
    session = LogbookSession(logbook, "en", background=True)
    panel = _panel(qtbot, session)
    assert not panel.busy_label.isVisible()
    with qtbot.waitSignal(session.changed, timeout=10_000):
        logbook.entries.add(
            {
                "kind": "stroke_alarm",
                "date": "2026-02-01",
                "thrombolysis": False,
                "case_number": "SA-1",
            }
        )
        session.notify_changed()
        assert panel.busy_label.isVisible() and panel.busy_label.text() == "Updating…"
    assert not panel.busy_label.isVisible()
    assert "1 /" in panel.cards["K2f"].conditions_text


def test_a_time_item_without_periods_says_where_to_add_them(qtbot, session) -> None:
    panel = _panel(qtbot, session)
    hint = panel.cards["PREP.TIME"].findChild(type(panel.busy_label), "periods_hint")
    assert hint is not None and "Work periods and training plan" in hint.text()
    session.logbook.records.add_period("PREP", date(2025, 9, 1))
    session.notify_changed()
    assert panel.cards["PREP.TIME"].findChild(type(panel.busy_label), "periods_hint") is None
    assert panel.cards["NI.TIME"].findChild(type(panel.busy_label), "periods_hint") is not None


def _refuse(logbook, item_id: str, comment: str) -> None:
    from datetime import datetime

    from evtdesk.store.records import Statement

    # a key the logbook trusts as the supervisor's: a statement from a key it no longer
    # trusts has no role and decides nothing
    logbook.records.trust_key("key", "Erik Holm", "supervisor", "0000")
    logbook.records.record_attestation(
        "att-refused",
        [Statement(item_id, False, comment)],
        "Erik Holm",
        "key",
        datetime(2026, 2, 10, 9, 0),
        "0" * 64,
        logbook.chain_head().seq,
        b"signed",
    )


def test_a_refused_attestation_reads_as_a_refusal_in_both_languages(qtbot, logbook) -> None:
    _refuse(logbook, "K1a", "more cases first")
    # (no translator installed here: a wrongly shown sign-off would read "Attested by")
    for language, refused, attested in (
        ("en", "Not approved by Erik Holm", "Attested by"),
        ("sv", "Inte godkänt av Erik Holm", "Attested by"),
    ):
        session = LogbookSession(logbook, language)
        panel = _panel(qtbot, session)
        card = panel.cards["K1a"]
        rejected = card.findChild(type(panel.busy_label), "rejected")
        assert rejected is not None and rejected.isVisible()
        assert rejected.text().startswith("✗ " + refused) and "more cases first" in rejected.text()
        assert not any(attested in line for line in card.lines), card.lines


def test_a_supervisor_reading_a_bundle_gets_no_advice_about_menus(qtbot, session) -> None:
    session.fixed_today = TODAY
    panel = NavigatorPanel(session, trainee_hints=False)
    qtbot.addWidget(panel)
    assert panel.cards["PREP.TIME"].findChild(type(panel.busy_label), "periods_hint") is None
