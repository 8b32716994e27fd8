"""In her bundle he marks a co-supervisor's reports read, and his Trainees view stops
counting them as unread (issue 24: "co-supervisors' reports he has not read")."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from evtdesk.bundle.attestation import make_attestation
from evtdesk.exchange import (
    export_bundle,
    identity_info,
    import_attestation,
    open_bundle,
    trust_key,
)
from evtdesk.exchange.trainees import trainees_overview
from evtdesk.model import Statement
from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.ui.exchange.bundle_view import BundleViewDialog


def test_he_marks_her_co_supervisors_report_read(qtbot, people) -> None:  # type: ignore[no-untyped-def]
    trainee, supervisor = people.trainee.logbook, people.supervisor.logbook
    trust_key(supervisor, identity_info(trainee).public_key_text, "Karin Lindqvist", "trainee")
    co = Logbook.create(
        people.folder / "co.evtlog", "co passphrase", "Sara Nyberg", kdf=FAST_TEST_KDF
    ).logbook
    trust_key(co, identity_info(trainee).public_key_text, "Karin Lindqvist", "trainee")
    for reader in (trainee, supervisor):
        trust_key(reader, identity_info(co).public_key_text, "Sara Nyberg", "co_supervisor")
    first = export_bundle(trainee, people.folder / "b1.evtbundle").path.read_bytes()
    hers = open_bundle(first, co)
    assert hers.manifest is not None
    report = make_attestation(
        co.signing_key(),
        "Sara Nyberg",
        hers.manifest,
        hers.manifest_sha256,
        [Statement("NI1", True, "Sett fem fall")],
    )
    co.close(backup=False)
    import_attestation(trainee, report)
    second = export_bundle(trainee, people.folder / "b2.evtbundle").path.read_bytes()

    view = BundleViewDialog(people.supervisor, second, "b2.evtbundle")
    qtbot.addWidget(view)
    button = view.findChild(QPushButton, "reportsReadButton")
    assert button is not None and button.isEnabled() and "1" in button.text()
    [karin] = trainees_overview(supervisor).rows
    assert karin.unread_reports == 1
    button.click()
    assert not button.isEnabled()
    [karin] = trainees_overview(supervisor).rows
    assert (karin.reports, karin.unread_reports) == (1, 0)
    again = BundleViewDialog(people.supervisor, second, "b2.evtbundle")
    qtbot.addWidget(again)
    assert again.findChild(QPushButton, "reportsReadButton") is None
