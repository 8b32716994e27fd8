"""Text from a bundle is shown as the characters it is, never laid out as HTML (issue 21,
"Hostile bytes"): a trainee who names a site `<h1 style='color:green'>All items
approved</h1>` must not put a green heading under the supervisor's "Verified"."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget

from evtdesk.exchange import export_bundle, identity_info, trust_key
from evtdesk.ui.exchange.bundle_view import BundleViewDialog
from evtdesk.ui.exchange.verdict_banner import UNTRUSTED, VERIFIED
from tests.exchange.resign import logbook_of, with_logbook

HEADING = "<h1 style='color:green'>All items approved</h1>"


def _hostile_bundle(people: Any, change: Any) -> bytes:
    """The trainee's bundle with `change(document)` applied to its logbook.json, signed
    again with her own key, and her key trusted by the supervisor."""
    trainee = people.trainee.logbook
    data = export_bundle(trainee, people.folder / "b.evtbundle").path.read_bytes()
    document = logbook_of(data)
    change(document)
    text = identity_info(trainee).public_key_text
    trust_key(people.supervisor.logbook, text, "Karin Lindqvist", "trainee")
    return with_logbook(data, trainee.signing_key(), json.dumps(document).encode())


def _shown_literally(label: QLabel) -> bool:
    """The label shows its `<h1 …>` as characters: plain text, or rich text escaped."""
    if label.textFormat() == Qt.TextFormat.PlainText:
        return True
    return "<h1" not in label.text()


def test_html_in_a_bundle_shows_its_tags_literally(qtbot, people) -> None:  # type: ignore[no-untyped-def]
    def change(document: dict[str, Any]) -> None:
        for site in document["sites"]:
            site["hospital"] = HEADING
        for person in document["people"]:
            person["name"] = HEADING
        document["entries"][0]["notes"] = HEADING

    view = BundleViewDialog(people.supervisor, _hostile_bundle(people, change), "h.evtbundle")
    qtbot.addWidget(view)
    view.show()
    assert view.state == VERIFIED and view.navigator is not None
    showing = [label for label in view.findChildren(QLabel) if "All items approved" in label.text()]
    assert showing, "the site's and the person's names are shown on the item cards"
    assert any(HEADING in label.text() for label in showing)
    for label in showing:
        assert _shown_literally(label), (label.objectName(), label.text())
    table = view.findChild(QTableWidget, "bundleEntries")
    notes = [table.item(row, 5).text() for row in range(table.rowCount())]
    assert HEADING in notes  # a table cell is plain text


def test_the_reason_a_bundle_cannot_be_read_is_plain_text(qtbot, people) -> None:  # type: ignore[no-untyped-def]
    """The problem quotes the entry's id and value from the bundle: shown, not laid out."""

    def change(document: dict[str, Any]) -> None:
        entry = document["entries"][0]
        entry["id"], entry["passes"], entry["kind"] = "<b>e1</b>", "<h1>lots</h1>", "evt"

    view = BundleViewDialog(people.supervisor, _hostile_bundle(people, change), "h.evtbundle")
    qtbot.addWidget(view)
    view.show()
    assert view.state in (VERIFIED, UNTRUSTED) and view.navigator is None
    problem = view.findChild(QLabel, "noContents")
    assert problem.textFormat() == Qt.TextFormat.PlainText
    assert '"<b>e1</b>"' in problem.text() and '"<h1>lots</h1>"' in problem.text()
    assert "passes is not a whole number" in problem.text()
    assert not view.attest_button.isEnabled()
