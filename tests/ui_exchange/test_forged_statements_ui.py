"""The break of issue 10, replayed, as the supervisor sees it in the app: approvals the
trainee had signed by a key of her own making stand as claims of an unknown key, in the
statements tab and nowhere in the progress; his own refusal stands."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from evtdesk.exchange import (
    export_bundle,
    identity_info,
    import_attestation,
    open_bundle,
    trust_key,
)
from evtdesk.exchange.attestations import signed_proposal, write_attestation
from evtdesk.model import Statement
from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.ui.exchange.attest_dialog import AttestDialog
from evtdesk.ui.exchange.bundle_view import BundleViewDialog
from evtdesk.ui.exchange.verdict_banner import VERIFIED


def _introduce(people) -> None:  # type: ignore[no-untyped-def]
    trainee, supervisor = people.trainee.logbook, people.supervisor.logbook
    trust_key(
        supervisor, identity_info(trainee).public_key_text, "Karin Lindqvist (demo)", "trainee"
    )
    trust_key(trainee, identity_info(supervisor).public_key_text, "Erik Holm", "supervisor")


def test_forged_approvals_stand_as_unknown_claims_in_the_bundle_view(qtbot, people) -> None:
    _introduce(people)
    trainee, supervisor, folder = people.trainee.logbook, people.supervisor.logbook, people.folder
    first = export_bundle(trainee, folder / "b1.evtbundle").path.read_bytes()
    view = open_bundle(first, supervisor, "en")
    refusal = write_attestation(
        supervisor, view, [Statement("NI3", False, "Fler coilingfall")], folder / "r.evtattest"
    )
    import_attestation(trainee, refusal.read_bytes())

    fake = Logbook.create(
        folder / "fake.evtlog", "fake passphrase", "Erik Holm", kdf=FAST_TEST_KDF
    ).logbook
    trust_key(trainee, identity_info(fake).public_key_text, "Erik Holm", "supervisor")
    trust_key(fake, identity_info(trainee).public_key_text, "Karin", "trainee")
    second = export_bundle(trainee, folder / "b2.evtbundle").path.read_bytes()
    forged = write_attestation(
        fake,
        open_bundle(second, fake),
        [Statement(s, True, "OK") for s in ("PREP", "NI", "NI3", "A1", "PLAN")],
        folder / "f.evtattest",
    )
    import_attestation(trainee, forged.read_bytes())
    fake.close(backup=False)
    third = export_bundle(trainee, folder / "b3.evtbundle").path

    dialog = BundleViewDialog(people.supervisor, third.read_bytes(), str(third))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.state == VERIFIED
    table = dialog.statements_table
    assert table is not None
    rows = {
        (table.item(r, 0).text(), table.item(r, 5).text()): table.item(r, 2).text()
        for r in range(table.rowCount())
    }
    for subject in ("NI", "A1", "PLAN"):
        assert rows[(subject, "Key you do not trust")] == "claims to be Erik Holm"
    assert rows[("NI3", "Yours")] == "You"
    tabs = dialog.findChild(QTabWidget, "bundleTabs")
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert any(t.startswith("Statements (") and "of" in t for t in titles), titles
    navigator = dialog.navigator
    assert navigator is not None
    assert navigator.cards["NI3"].state != "attested"
    progress = dialog.view.progress
    assert progress is not None and progress.item("NI3").rejection  # his refusal is shown
    assert next(p for p in progress.parts if p.id == "A").state == "locked"


def test_a_proposal_is_signed_through_the_attest_dialog(qtbot, people) -> None:
    _introduce(people)
    trainee, folder = people.trainee.logbook, people.folder
    trainee.records.propose_adaptation("NI2", "Tränat utomlands", {"NI2.independent": 20})
    path = export_bundle(trainee, folder / "b1.evtbundle").path
    dialog = BundleViewDialog(people.supervisor, path.read_bytes(), str(path))
    qtbot.addWidget(dialog)
    attest = AttestDialog(people.supervisor, dialog.view)
    qtbot.addWidget(attest)
    labels = dict(attest.subjects)
    assert labels["ADAPT:NI2"].startswith("Proposed adaptation: NI2: Tränat utomlands")
    row = attest.rows["ADAPT:NI2"]
    assert attest.table.item(row, 1).text() == "Proposed by the trainee"
    attest.choose("ADAPT:NI2", True)
    [statement] = attest.statements()
    assert statement == signed_proposal(dialog.view, "NI2", True, "")
    saved = attest.save(folder / "adapt")
    assert saved is not None
    import_attestation(trainee, saved.read_bytes())
    [adaptation] = [a for a in trainee.records.plan().adaptations if a.item_id == "NI2"]
    assert adaptation.required == {"NI2.independent": 20} and adaptation.decided_by == "Erik Holm"


def test_an_identity_number_in_a_comment_is_refused_before_signing(qtbot, people) -> None:
    _introduce(people)
    path = export_bundle(people.trainee.logbook, people.folder / "b1.evtbundle").path
    view = open_bundle(path.read_bytes(), people.supervisor.logbook, "en")
    attest = AttestDialog(people.supervisor, view)
    qtbot.addWidget(attest)
    attest.choose("NI1", False, "Se pat 811218\u20139876")
    assert attest.save(people.folder / "x") is None
    assert "personal identity number" in attest.problem_label.text()
    assert not (people.folder / "x.evtattest").exists()
