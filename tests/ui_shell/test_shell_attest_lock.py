"""A supervisor writing a failed week's verdict leaves for the ward and the app locks:
the attestation he was writing is held, and after the unlock he signs it as typed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from shell_helpers import PASSPHRASE, unlock, wait_tasks

from evtdesk.exchange import export_bundle
from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.training.approval import start_exam_week
from evtdesk.ui.exchange.actions import install_exchange_actions
from evtdesk.ui.exchange.attest_dialog import AttestDialog
from evtdesk.ui.exchange.bundle_view import BundleViewDialog
from tests.approval_helpers import ready_for_exam_week

TODAY = date.today()
REASON = "Tre av fem fall med för lång dörr-till-ljumske-tid"


def test_a_half_written_verdict_survives_the_lock(qtbot, window, data_dir, tmp_path):
    her = Logbook.create(tmp_path / "k.evtlog", PASSPHRASE, "Karin", kdf=FAST_TEST_KDF).logbook
    his_path = data_dir / "erik.evtlog"
    his = Logbook.create(his_path, PASSPHRASE, "Erik Holm", kdf=FAST_TEST_KDF).logbook
    site = ready_for_exam_week(her, his, TODAY, tmp_path)
    start_exam_week(her, TODAY - timedelta(days=20), site)
    bundle = export_bundle(her, tmp_path / "b.evtbundle").path
    her.close(backup=False)
    his.close(backup=False)

    unlock(qtbot, window, his_path)
    qtbot.waitUntil(lambda: window.session is not None)
    install_exchange_actions(window).open_bundle(bundle)
    qtbot.waitUntil(lambda: window.findChild(BundleViewDialog) is not None, timeout=20_000)
    view = window.findChild(BundleViewDialog)
    qtbot.mouseClick(view.attest_button, Qt.MouseButton.LeftButton)
    dialog = view.attest_dialog
    assert isinstance(dialog, AttestDialog) and dialog.isVisible()
    tab = dialog.week_tab
    tab.choice.setCurrentIndex(tab.FAIL)
    tab.reason.setText(REASON)
    tab.informed_check.setChecked(True)
    tab.informed.setDate(QDate(TODAY - timedelta(days=1)))
    tab.measures.add_row(TODAY + timedelta(days=30), "Fem handledda fall")

    window.auto_lock()  # he went to the ward
    assert window.session is None and not dialog.isVisible()
    assert dialog in window.held_forms()
    assert not view.isVisible()  # the bundle itself, a viewer, is closed
    wait_tasks(qtbot)

    unlock(qtbot, window, his_path)
    qtbot.waitUntil(lambda: window.session is not None)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.session is window.session
    assert dialog.week_tab.reason.text() == REASON
    assert [m.text for m in dialog.week_tab.measures.measures()] == ["Fem handledda fall"]
    saved = dialog.save(tmp_path / "verdict")
    assert saved is not None, dialog.problem_label.text()
    her_key = dialog.view.manifest["signer"]["public_key"]
    issued = window.session.logbook.records.issued_attestations(her_key)
    assert issued[-1].source == saved.read_bytes()  # kept in the reopened logbook
    wait_tasks(qtbot)
