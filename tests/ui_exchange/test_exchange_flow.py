"""The whole loop through the real dialogs: export, verify (amber, trust, green), attest,
import (attested in the navigator), replay refused; and a tampered bundle (red)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from evtdesk.bundle import UnreadableBundle
from evtdesk.exchange import identity_info
from evtdesk.ui.exchange.attest_dialog import AttestDialog
from evtdesk.ui.exchange.bundle_view import BundleViewDialog
from evtdesk.ui.exchange.export_dialog import ExportBundleDialog
from evtdesk.ui.exchange.import_attestation import import_file
from evtdesk.ui.exchange.trust_dialog import AddKeyDialog
from evtdesk.ui.exchange.verdict_banner import INVALID, UNTRUSTED, VERIFIED
from evtdesk.ui.panels.navigator import NavigatorPanel


def export_through_dialog(qtbot, people, name: str = "karin.evtbundle") -> Path:
    dialog = ExportBundleDialog(people.trainee)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(people.folder / name))
    changed = []
    people.trainee.changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.result_value is not None or bool(dialog.error_text), timeout=60_000
    )
    assert dialog.result_value is not None, dialog.error_text
    result = dialog.result_value
    assert result.path == people.folder / name and result.path.exists()
    text = dialog.result_label.text()
    assert result.bundle_id in text and str(result.path) in text
    fingerprint = identity_info(people.trainee.logbook).fingerprint
    assert " ".join(dialog.fingerprint_label.text().split()) == fingerprint
    assert changed  # the session heard about the recorded export
    return result.path


def test_export_verify_trust_attest_import_and_replay(qtbot, people) -> None:
    path = export_through_dialog(qtbot, people)
    trainee_print = identity_info(people.trainee.logbook).fingerprint

    # the supervisor opens it: signature intact, key not yet trusted
    view = BundleViewDialog(people.supervisor, path.read_bytes(), str(path))
    qtbot.addWidget(view)
    view.show()
    assert view.state == UNTRUSTED
    assert view.banner.property("verdict") == UNTRUSTED
    assert " ".join(view.banner.fingerprint_label.text().split()) == trainee_print
    assert view.banner.trust_button.isVisibleTo(view)
    assert not view.attest_button.isEnabled()
    made_for = view.view.manifest["curriculum"]
    summary = view.findChild(QLabel, "bundleSummary").text()
    assert f"{made_for['id']} {made_for['version']}" in summary  # which curriculum it was for

    # trusting through the dialog, prefilled with the bundle's key, turns it green
    qtbot.mouseClick(view.banner.trust_button, Qt.MouseButton.LeftButton)
    add = view.trust_dialog
    assert isinstance(add, AddKeyDialog)
    assert add.fingerprint == trainee_print and add.name_edit.text().startswith("Karin Lindqvist")
    assert add.role_combo.currentData() == "trainee"
    add.match_check.setChecked(True)
    qtbot.mouseClick(add.trust_button, Qt.MouseButton.LeftButton)
    assert view.state == VERIFIED
    assert "Karin Lindqvist" in view.banner.heading.text()
    assert not view.banner.trust_button.isVisibleTo(view)
    assert view.navigator is not None and "NI.WEEK1" in view.navigator.cards
    assert view.entries_table.rowCount() == len(view.view.snapshot.entries) > 0
    assert view.attest_button.isEnabled()

    # attest two items
    qtbot.mouseClick(view.attest_button, Qt.MouseButton.LeftButton)
    attest = view.attest_dialog
    assert isinstance(attest, AttestDialog)
    subjects = [s for s, _label in attest.subjects]
    assert {"PREP", "NI", "PLAN", "NI.WEEK1", "NI.SITE"} <= set(subjects)
    assert "EXAM_WEEK" not in subjects  # a verdict names its week: exchange.verdicts
    attest.choose("NI.WEEK1", True, "Bra första vecka")
    attest.choose("NI.SITE", True)
    assert attest.save_button.isEnabled()
    saved = attest.save(people.folder / "erik")
    assert saved == people.folder / "erik.evtattest" and saved.exists()

    # the trainee trusts the supervisor, imports, and sees the items attested
    trust = AddKeyDialog(
        people.trainee.logbook,
        key_text=identity_info(people.supervisor.logbook).public_key_text,
        name="Erik Holm",
        role="supervisor",
    )
    qtbot.addWidget(trust)
    trust.match_check.setChecked(True)
    trust.trust()
    navigator = NavigatorPanel(people.trainee)
    qtbot.addWidget(navigator)
    box = import_file(people.trainee, saved)
    assert "Erik Holm attested 2 items." in box.text()
    assert "NI.WEEK1" in box.informativeText() and "Bra första vecka" in box.informativeText()
    assert navigator.cards["NI.WEEK1"].state == "attested"
    assert navigator.cards["NI.SITE"].state == "attested"
    box.close()

    # the same file again is refused as a replay
    again = import_file(people.trainee, saved)
    assert "not imported" in again.text()
    assert any(word in again.informativeText().lower() for word in ("already", "before", "replay"))
    again.close()


def tamper(data: bytes) -> bytes:
    """Change one entry's notes inside logbook.json, leaving the manifest as it was."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "logbook.json":
                logbook = json.loads(content)
                logbook["entries"][0]["notes"] = "changed afterwards"
                content = json.dumps(logbook).encode()
            target.writestr(info, content)
    return out.getvalue()


def test_a_tampered_bundle_shows_the_red_banner_with_the_reason(qtbot, people) -> None:
    path = export_through_dialog(qtbot, people)
    view = BundleViewDialog(people.supervisor, tamper(path.read_bytes()), "tampered.evtbundle")
    qtbot.addWidget(view)
    view.show()
    assert view.state == INVALID
    reasons = view.banner.reasons_label.text()
    assert "logbook.json does not match its hash" in reasons
    assert view.navigator is None and view.entries_table is None
    assert not view.attest_button.isEnabled() and not view.banner.trust_button.isVisibleTo(view)


def test_not_a_bundle_at_all_is_unreadable(qtbot, people) -> None:
    with pytest.raises(UnreadableBundle):
        BundleViewDialog(people.supervisor, b"hello", "x.evtbundle")


def test_not_approving_needs_a_comment(qtbot, people) -> None:
    from evtdesk.exchange import open_bundle, trust_key

    path = export_through_dialog(qtbot, people)
    trust_key(
        people.supervisor.logbook,
        identity_info(people.trainee.logbook).public_key_text,
        "Karin",
        "trainee",
    )
    view = open_bundle(path.read_bytes(), people.supervisor.logbook, "en")
    attest = AttestDialog(people.supervisor, view)
    qtbot.addWidget(attest)
    attest.show()
    assert not attest.save_button.isEnabled()
    attest.choose("NI1", approved=False)
    assert attest.save(people.folder / "a.evtattest") is None
    assert "Say why this is not approved" in attest.problem_label.text()
    assert not (people.folder / "a.evtattest").exists()
    attest.choose("NI1", approved=False, comment="Too few cases as first operator")
    assert attest.save(people.folder / "a.evtattest") is not None
