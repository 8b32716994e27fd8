"""The bundle view says when a newer bundle lost what the supervisor saw (issue 21): the
same sentence as `evtdesk verify`, among the warnings under the verdict."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

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


def test_he_accepts_a_changed_history_after_reading_what_is_gone(  # type: ignore[no-untyped-def]
    qtbot, people, monkeypatch
) -> None:
    """A trainee who honestly restored a backup would stay "history changed" for ever: the
    view offers to accept it, asks naming what is gone, and on Yes keeps the bundle as
    the one her next is read against. Cancel keeps nothing."""
    trainee, supervisor = people.trainee.logbook, people.supervisor.logbook
    trust_key(supervisor, identity_info(trainee).public_key_text, "Karin Lindqvist", "trainee")
    first = export_bundle(trainee, people.folder / "b1.evtbundle").path.read_bytes()
    open_bundle(first, supervisor, "en")
    data = export_bundle(trainee, people.folder / "b2.evtbundle").path.read_bytes()
    document = logbook_of(data)
    gone = document["entries"].pop(3)  # and a stand-in, so the count still adds up
    document["entries"].insert(3, dict(document["entries"][3]) | {"id": "stand-in"})
    forged = with_logbook(data, trainee.signing_key(), json.dumps(document).encode())
    view = BundleViewDialog(people.supervisor, forged, "b2.evtbundle")
    qtbot.addWidget(view)
    button = view.findChild(QPushButton, "acceptHistoryButton")
    assert button is not None and button.isEnabled()
    asked: list[str] = []

    def answer(choice):  # type: ignore[no-untyped-def]
        def ask(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
            asked.append(text)
            return choice

        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert not view.accept_history()
    assert f"(entry {gone['id']}) is gone" in asked[0]
    key = identity_info(trainee).public_key_line
    assert [b.sequence for b in supervisor.records.seen_bundles(key)] == [1]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert view.accept_history()
    assert [b.sequence for b in supervisor.records.seen_bundles(key)] == [1, 2]
    after = view.accept_history_button  # the view shown again, its button spent
    assert after is not None and after is not button and not after.isEnabled()
    # an honest next bundle shows no such button
    honest = export_bundle(trainee, people.folder / "b3.evtbundle").path.read_bytes()
    calm = BundleViewDialog(people.supervisor, honest, "b3.evtbundle")
    qtbot.addWidget(calm)
    assert calm.findChild(QPushButton, "acceptHistoryButton") is None
