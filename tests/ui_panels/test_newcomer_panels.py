"""Issue 16, the panels as a newcomer met them: the logbook table's columns fit what they
hold, the new-entry form starts at the kind the trainee records, fits its fields and shows
a long site in full."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from evtdesk.ui.forms.entry_form import EntryFormDialog
from evtdesk.ui.panels.entries import EntriesPanel
from evtdesk.ui.panels.entries_model import EntriesModel
from evtdesk.ui.panels.item_card import ItemCard
from evtdesk.ui.session import LogbookSession

LONG_SITE = ("Sahlgrenska universitetssjukhuset", "Neurointervention och neuroradiologi")


def _ago(days: int) -> str:
    return (date.today() - timedelta(days=days)).isoformat()


def test_empty_columns_are_hidden_and_the_others_fit_their_text(qtbot, logbook, session) -> None:
    logbook.entries.add_many(
        [
            # (angiographies only: an EVT before NI1's angiographies carries an order flag
            # in Status, issue 12)
            {"kind": "angiography", "date": _ago(3), "role": "second_operator"},
            {"kind": "angiography", "date": _ago(2), "role": "first_operator"},
        ]
    )
    panel = EntriesPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1200, 600)
    panel.show()
    table = panel.table
    for column in (EntriesModel.NOTES, EntriesModel.STATUS, EntriesModel.SITE, EntriesModel.CASE):
        assert table.isColumnHidden(column), column
    assert not table.isColumnHidden(EntriesModel.ROLE)
    role = panel.model.cell(0, EntriesModel.ROLE) or panel.model.cell(1, EntriesModel.ROLE)
    longest = max(
        table.fontMetrics().horizontalAdvance(panel.model.cell(r, EntriesModel.ROLE))
        for r in range(2)
    )
    assert role and table.columnWidth(EntriesModel.ROLE) >= longest  # not cut off

    logbook.entries.add({"kind": "cme", "date": _ago(1), "title": "Day", "hours": 2, "notes": "x"})
    session.notify_changed()
    panel.refresh()
    assert not table.isColumnHidden(EntriesModel.NOTES)  # back once an entry fills it


def test_the_form_starts_at_the_kind_recorded_most_in_the_current_part(
    qtbot, logbook, session
) -> None:
    assert EntryFormDialog(session).kind == "stroke_alarm"  # nothing recorded yet
    logbook.entries.add_many(
        [{"kind": "stroke_alarm", "date": _ago(30), "thrombolysis": False}] * 2
        + [{"kind": "angiography", "date": _ago(n), "role": "first_operator"} for n in (1, 2, 3)]
    )
    session.notify_changed()
    form = EntryFormDialog(session)
    qtbot.addWidget(form)
    assert form.kind == "angiography"
    assert EntryFormDialog(session, "evt").kind == "evt"  # asked for: as asked


def test_a_short_form_has_no_empty_band_and_a_long_site_shows_in_full(
    qtbot, logbook, session
) -> None:
    site = logbook.records.add_site(*LONG_SITE)
    logbook.records.set_setting("default_site_id", site.id if hasattr(site, "id") else site)
    form = EntryFormDialog(session, "stroke_alarm")
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    inner = form.scroll_area.widget()
    spare = form.scroll_area.viewport().height() - inner.sizeHint().height()
    assert spare < 3 * form.fontMetrics().lineSpacing()  # no band above "Attach file…"
    form = EntryFormDialog(session, "angiography")  # labels short enough for the screen
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    combo = form.site_combo
    text = combo.itemText(combo.count() - 1)
    assert LONG_SITE[0] in text
    assert combo.width() >= combo.fontMetrics().horizontalAdvance(text) + 20


@pytest.mark.parametrize("language", ["sv", "en"])
def test_state_labels_leave_room_above_capital_letters(qtbot, logbook, language) -> None:
    """The dots of Ö were cut at the label's top: it is taller than its font's line."""
    progress = LogbookSession(logbook, language).progress()
    card = ItemCard(progress.items[0], language)
    qtbot.addWidget(card)
    card.show()
    label = card.state_label
    # the layout never gives it less than this (a bare font line was 14 px: Ö cut)
    assert label.minimumSizeHint().height() >= label.fontMetrics().height() + 4
