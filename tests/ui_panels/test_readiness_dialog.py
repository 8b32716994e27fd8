"""The readiness checklist in the app: statuses recorded per site, and the signed PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox

from evtdesk.exchange.export import pdf_identity
from evtdesk.exchange.readiness import readiness_of
from evtdesk.signing.pdf import ca_sha256, validate_pdf
from evtdesk.store import Logbook
from evtdesk.ui.panels.quality import QualityPanel
from evtdesk.ui.panels.readiness_dialog import EVIDENCE, STATUS, ReadinessDialog
from tests.ui_panels.conftest import FixedDaySession


def _dialog(qtbot, logbook: Logbook) -> ReadinessDialog:
    session = FixedDaySession(logbook, "en")
    panel = QualityPanel(session)
    qtbot.addWidget(panel)
    dialog = panel.show_readiness()
    assert isinstance(dialog, ReadinessDialog)
    return dialog


def test_without_a_site_the_dialog_says_what_to_do(qtbot, logbook: Logbook) -> None:
    dialog = _dialog(qtbot, logbook)
    assert "Add the hospital as a site first" in dialog.message.text()
    assert not dialog.pdf_button.isEnabled()


def test_a_status_is_recorded_and_the_pdf_is_signed(
    qtbot, logbook: Logbook, tmp_path: Path
) -> None:
    logbook.records.add_site("Sunderby sjukhus", "Röntgen", evt_per_year=40)
    dialog = _dialog(qtbot, logbook)
    assert dialog.table.rowCount() == 11
    h1 = dialog.table.cellWidget(0, STATUS)
    assert isinstance(h1, QComboBox) and h1.currentData() == "not_met"  # 40 < 50 EVT a year
    h5 = dialog.table.cellWidget(4, STATUS)
    assert isinstance(h5, QComboBox)
    h5.setCurrentIndex(h5.findData("partly"))
    dialog.table.item(4, EVIDENCE).setText("CT, CTA, CTP 24/7")
    assert dialog.save() == 1
    recorded = {c.item.id: c for c in readiness_of(logbook, 1).criteria}
    assert (recorded["H5"].status, recorded["H5"].evidence) == ("partly", "CT, CTA, CTP 24/7")
    assert recorded["H1"].derived  # untouched: still worked out from the site
    target = tmp_path / "ready.pdf"
    dialog.write_pdf(target)
    qtbot.waitUntil(lambda: "was saved as" in dialog.message.text(), timeout=20_000)
    result = validate_pdf(target.read_bytes(), ca_sha256(pdf_identity(logbook)))
    assert result.ok, result.reason
    assert result.facts["Site"] == "1"


def test_a_declared_status_is_the_representatives_and_cannot_be_changed_here(
    qtbot, logbook: Logbook, monkeypatch
) -> None:
    from datetime import date

    import evtdesk.exchange.readiness as readiness

    logbook.records.add_site("Sunderby sjukhus", "Röntgen", evt_per_year=40)
    declared = ({"H4": "met"}, "Region Norrbotten", date(2026, 4, 2))
    monkeypatch.setattr(readiness, "declared_readiness", lambda _logbook, _site: declared)
    dialog = _dialog(qtbot, logbook)
    assert "signed readiness of Region Norrbotten (2026-04-02)" in dialog.message.text()
    h4, h5 = dialog.table.cellWidget(3, STATUS), dialog.table.cellWidget(4, STATUS)
    assert isinstance(h4, QComboBox) and isinstance(h5, QComboBox)
    assert h4.currentData() == "met" and not h4.isEnabled()
    assert "Region Norrbotten" in h4.toolTip()
    assert h5.isEnabled()  # her own record of the others stays hers to keep
    assert dialog.save() == 0  # nothing she changed: the declared status is not copied
