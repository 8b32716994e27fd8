"""The readiness and reference-value dialogs show the logbook's refusal of a text holding a
personal identity number in their message, never the number, and save nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox

from evtdesk.curriculum.outcomes.references import REFERENCES_SETTING
from evtdesk.exchange import readiness
from evtdesk.exchange.readiness import readiness_of
from evtdesk.store import Logbook, LogbookError
from evtdesk.ui.panels.quality import QualityPanel
from evtdesk.ui.panels.readiness_dialog import EVIDENCE, NOTES, STATUS, ReadinessDialog
from evtdesk.ui.panels.references_dialog import MINUTES, SOURCE, YEAR, ReferencesDialog
from tests.ui_panels.conftest import FixedDaySession

NUMBER = "811218-9876"  # a valid date and Luhn digit (a test number, not a person)


def test_readiness_evidence_with_a_number_is_refused_and_nothing_recorded(
    qtbot, logbook: Logbook, tmp_path: Path
) -> None:
    logbook.records.add_site("Sunderby sjukhus", "Röntgen", evt_per_year=40)
    panel = QualityPanel(FixedDaySession(logbook, "en"))
    qtbot.addWidget(panel)
    dialog = panel.show_readiness()
    assert isinstance(dialog, ReadinessDialog)
    before = readiness_of(logbook, 1).criteria
    h5 = dialog.table.cellWidget(4, STATUS)
    assert isinstance(h5, QComboBox)
    h5.setCurrentIndex(h5.findData("partly"))
    dialog.table.item(4, EVIDENCE).setText("CT, CTA, CTP 24/7")  # fine on its own
    dialog.table.item(6, NOTES).setText(f"Asked the patient, {NUMBER}")
    assert dialog.save() is None
    message = dialog.message.text()
    assert "H7 notes" in message and "identity" in message and "Nothing was recorded" in message
    assert NUMBER not in message
    assert readiness_of(logbook, 1).criteria == before, "not even the clean row"
    assert dialog.table.item(6, NOTES).text().endswith(NUMBER), "the edit is kept to correct"
    assert dialog.write_pdf(tmp_path / "ready.pdf") is None
    assert not (tmp_path / "ready.pdf").exists()
    dialog.table.item(6, NOTES).setText("Asked the patient")
    assert dialog.save() == 2


def test_any_other_refusal_of_a_criterion_is_shown(
    qtbot, logbook: Logbook, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object) -> None:
        raise LogbookError("The site was removed.")

    logbook.records.add_site("Sunderby sjukhus", "Röntgen", evt_per_year=40)
    panel = QualityPanel(FixedDaySession(logbook, "en"))
    qtbot.addWidget(panel)
    dialog = panel.show_readiness()
    assert isinstance(dialog, ReadinessDialog)
    monkeypatch.setattr(readiness, "record_readiness", refuse)
    dialog.table.item(4, EVIDENCE).setText("CT 24/7")
    assert dialog.save() is None
    assert dialog.message.text() == "The site was removed."


def test_a_reference_source_with_a_number_is_refused_and_nothing_saved(
    qtbot, logbook: Logbook
) -> None:
    panel = QualityPanel(FixedDaySession(logbook, "en"))
    qtbot.addWidget(panel)
    dialog = panel.show_references()
    assert isinstance(dialog, ReferencesDialog)
    for column, text in ((MINUTES, "20"), (SOURCE, f"EVAS {NUMBER}"), (YEAR, "2024")):
        dialog.table.item(0, column).setText(text)
    dialog.save()
    message = dialog.message.text()
    assert "identity" in message and "Nothing was saved" in message and NUMBER not in message
    assert logbook.records.setting(REFERENCES_SETTING) is None
    assert dialog.isVisible() and dialog.result() == 0, "left open to correct"
    dialog.table.item(0, SOURCE).setText("EVAS")
    dialog.save()
    assert logbook.records.setting(REFERENCES_SETTING) is not None
