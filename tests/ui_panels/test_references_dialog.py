"""Reference values entered in the app: kept with source and year, checked, shown."""

from __future__ import annotations

from datetime import date

from evtdesk.curriculum.outcomes.references import REFERENCES_SETTING, references_from_setting
from evtdesk.store import Logbook
from evtdesk.ui.panels.quality import QualityPanel
from evtdesk.ui.panels.references_dialog import MINUTES, SOURCE, YEAR, ReferencesDialog
from tests.ui_panels.conftest import FixedDaySession


def _dialog(qtbot, logbook: Logbook) -> tuple[QualityPanel, ReferencesDialog]:
    panel = QualityPanel(FixedDaySession(logbook, "en"))
    qtbot.addWidget(panel)
    dialog = panel.show_references()
    assert isinstance(dialog, ReferencesDialog)
    return panel, dialog


def _type(dialog: ReferencesDialog, row: int, minutes: str, source: str, year: str) -> None:
    for column, text in ((MINUTES, minutes), (SOURCE, source), (YEAR, year)):
        dialog.table.item(row, column).setText(text)


def test_a_reference_is_saved_and_shown(qtbot, logbook: Logbook) -> None:
    panel, dialog = _dialog(qtbot, logbook)
    _type(dialog, 2, "62,5", "Riksstroke årsrapport", "2024")  # arrival → puncture
    dialog.save()
    stored = references_from_setting(logbook.records.setting(REFERENCES_SETTING))
    assert (stored["arrival_to_puncture"].minutes, stored["arrival_to_puncture"].year) == (
        62.5,
        2024,
    )
    assert "Arrival → puncture: 62.5 min (Riksstroke årsrapport, 2024)" in panel.references.text()
    again = panel.show_references()
    assert isinstance(again, ReferencesDialog)
    assert again.table.item(2, MINUTES).text() == "62.5"


def test_a_reference_without_source_or_with_a_future_year_is_refused(
    qtbot, logbook: Logbook
) -> None:
    _panel, dialog = _dialog(qtbot, logbook)
    _type(dialog, 0, "20", "", "2024")
    dialog.save()
    assert "say where the value is from" in dialog.message.text()
    _type(dialog, 0, "20", "EVAS", str(date.today().year + 1))
    dialog.save()
    assert "the year of a published figure" in dialog.message.text()
    _type(dialog, 0, "twenty", "EVAS", "2024")
    dialog.save()
    assert "as numbers" in dialog.message.text()
    assert logbook.records.setting(REFERENCES_SETTING) is None


def test_clearing_a_row_removes_its_reference(qtbot, logbook: Logbook) -> None:
    _panel, dialog = _dialog(qtbot, logbook)
    _type(dialog, 0, "20", "EVAS", "2024")
    dialog.save()
    _panel, dialog = _dialog(qtbot, logbook)
    _type(dialog, 0, "", "", "")
    dialog.save()
    assert references_from_setting(logbook.records.setting(REFERENCES_SETTING)) == {}
