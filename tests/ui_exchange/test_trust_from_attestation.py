"""An attestation from a supervisor she does not trust yet (issue 24): the refusal names
his name and fingerprint and offers Trust this key…, with his key filled in; after she
compares the fingerprint and trusts it, the same file is imported. A name she already
trusts under another key is an impostor: no such offer."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from evtdesk.exchange import export_bundle, identity_info, open_bundle, trust_key, write_attestation
from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.store.records import Statement
from evtdesk.ui.exchange.import_attestation import import_file


def _attested(people, supervisor: Logbook, name: str):  # type: ignore[no-untyped-def]
    trainee = people.trainee.logbook
    trust_key(supervisor, identity_info(trainee).public_key_text, "Karin", "trainee")
    data = export_bundle(trainee, people.folder / f"{name}.evtbundle").path.read_bytes()
    view = open_bundle(data, supervisor, "en")
    return write_attestation(
        supervisor, view, [Statement("NI.WEEK1", True, "")], people.folder / f"{name}.evtattest"
    )


def test_she_trusts_his_key_from_the_refusal_then_it_is_imported(qtbot, people) -> None:  # type: ignore[no-untyped-def]
    his = people.supervisor.logbook
    saved = _attested(people, his, "erik")
    box = import_file(people.trainee, saved)
    assert "not imported" in box.text()
    fingerprint = identity_info(his).fingerprint
    assert fingerprint in box.informativeText() or fingerprint.replace(" ", "") in (
        box.informativeText().replace(" ", "")
    )
    button = box.findChild(QPushButton, "trustSignerButton")
    assert button is not None
    button.click()
    [dialog] = box.trust_dialogs
    qtbot.addWidget(dialog)
    assert dialog.key_edit.toPlainText().strip()
    assert not dialog.trust_button.isEnabled()  # not before she says the fingerprint matches
    dialog.match_check.setChecked(True)
    dialog.trust()
    keys = {k.public_key: k for k in people.trainee.logbook.records.trusted_keys()}
    assert keys[identity_info(his).public_key_line].role == "supervisor"
    again = import_file(people.trainee, saved)  # what the dialog's trusted signal did
    assert "replay" in again.informativeText().lower() or "already" in (
        again.informativeText().lower()
    )


def test_a_new_key_under_a_name_she_trusts_gets_no_offer(qtbot, people) -> None:  # type: ignore[no-untyped-def]
    trainee = people.trainee.logbook
    trust_key(
        trainee, identity_info(people.supervisor.logbook).public_key_text, "Erik Holm", "supervisor"
    )
    other = Logbook.create(
        people.folder / "fake.evtlog", "fake passphrase", "Erik Holm", kdf=FAST_TEST_KDF
    ).logbook
    try:
        saved = _attested(people, other, "fake")
        box = import_file(people.trainee, saved)
        assert "not imported" in box.text()
        assert box.findChild(QPushButton, "trustSignerButton") is None
    finally:
        other.close(backup=False)
