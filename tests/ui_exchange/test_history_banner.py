"""The bundle view says when a newer bundle lost what the supervisor saw (issue 21): the
same sentence as `evtdesk verify`, among the warnings under the verdict."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QLabel

from evtdesk.exchange import export_bundle, identity_info, open_bundle, trust_key
from evtdesk.ui.exchange.bundle_view import BundleViewDialog
from tests.exchange.resign import logbook_of, with_logbook


def test_a_rewritten_case_is_said_among_the_warnings(qtbot, people) -> None:  # type: ignore[no-untyped-def]
    trainee, supervisor = people.trainee.logbook, people.supervisor.logbook
    trust_key(supervisor, identity_info(trainee).public_key_text, "Karin Lindqvist", "trainee")
    first = export_bundle(trainee, people.folder / "b1.evtbundle").path.read_bytes()
    assert open_bundle(first, supervisor, "en").freshness is not None  # he saw bundle 1
    data = export_bundle(trainee, people.folder / "b2.evtbundle").path.read_bytes()
    document = logbook_of(data)
    gone = document["entries"].pop(3)
    document["entries"].insert(3, dict(document["entries"][3]) | {"id": "stand-in"})
    forged = with_logbook(data, trainee.signing_key(), json.dumps(document).encode())
    view = BundleViewDialog(people.supervisor, forged, "b2.evtbundle")
    qtbot.addWidget(view)
    view.show()
    label = view.findChild(QLabel, "bundleWarnings")
    assert label is not None and label.isVisible()
    assert "history changed since bundle 1 you saw" in label.text()
    assert f"(entry {gone['id']}) is gone" in label.text()
    assert view.view is not None and view.view.freshness is not None
    assert view.view.freshness.state == "history_changed"
