"""Layouts that must survive long Swedish names and 200 % scaling (a small logical screen)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from evtdesk.ui.forms.entry_form import EntryFormDialog
from evtdesk.ui.panels.entries import EntriesPanel


def test_long_site_names_do_not_widen_the_filter_bar(qtbot, logbook, session) -> None:
    logbook.records.add_site(
        "Sahlgrenska universitetssjukhuset, Mölndal och Östra",
        "Neurointervention och neuroradiologi",
    )
    panel = EntriesPanel(session)
    qtbot.addWidget(panel)
    em = panel.fontMetrics().horizontalAdvance("M")
    assert panel.site_combo.sizeHint().width() < 20 * em
    assert panel.kind_combo.sizeHint().width() < 20 * em
    # the whole table panel fits 80 % of a 1920 px screen at 200 % (768 logical px)
    assert panel.minimumSizeHint().width() <= 740
    panel.resize(panel.minimumSizeHint().width(), 600)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.search_edit.width() >= 10 * em  # the search box is not squeezed to nothing


def test_entry_form_fits_the_screen_with_save_reachable(qtbot, session) -> None:
    form = EntryFormDialog(session, "stroke_alarm")
    qtbot.addWidget(form)
    available = (form.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    form.show()
    qtbot.waitExposed(form)
    assert form.height() <= available.height() and form.width() <= available.width()
    save = form.save_button.mapTo(form, form.save_button.rect().bottomRight())
    assert save.y() <= form.height()
    # The Notes field sits level with its label, not pushed down by spare height.
    notes = form._rows["notes"].container
    label = notes.parentWidget().layout().itemAt(0).layout().labelForField(notes)
    assert abs(label.y() - notes.y()) < label.height()
