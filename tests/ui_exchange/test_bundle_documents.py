"""The documents he signs, from the bundle view (issue 24): Documents ▸ Completion
certificate… writes the certificate for an approved trainee, signed with his logbook's
certificate; for one whose approval does not stand he is told why and nothing is written.
The same core as `evtdesk certificate` and `evtdesk notice`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from evtdesk.signing.pdf import ca_sha256, validate_pdf
from evtdesk.store import Logbook
from evtdesk.ui.exchange.bundle_view import CERTIFICATE, NOTICE, BundleViewDialog
from evtdesk.ui.session import LogbookSession
from tests.cli.test_approval_flow import PASSPHRASE, pair
from tests.cli.test_certificate_command import approved, his_ca

__all__ = ["pair"]


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """What the view told him, instead of a modal box."""
    told: list[tuple[str, str]] = []
    for kind in ("warning", "information"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda _p, _t, text, *_a, k=kind: told.append((k, text))
        )
    return told


def _view(qtbot: Any, his: Path, bundle: Path) -> tuple[BundleViewDialog, Logbook]:
    logbook = Logbook.open(his, PASSPHRASE)
    view = BundleViewDialog(LogbookSession(logbook, "en"), bundle.read_bytes(), bundle.name)
    qtbot.addWidget(view)
    return view, logbook


def test_he_signs_the_certificate_of_an_approved_trainee_from_her_bundle(
    qtbot: Any, pair: Any, capsys: pytest.CaptureFixture[str], said: list[tuple[str, str]]
) -> None:
    folder, _trainee, his, bundle = approved(capsys, pair)
    ca = his_ca(his)
    view, logbook = _view(qtbot, his, bundle)
    try:
        assert view.documents_button.isEnabled()
        out = folder / "intyg.pdf"
        assert view.issue(CERTIFICATE, out) == out
        assert said[-1][0] == "information" and "written and signed" in said[-1][1]
        checked = validate_pdf(out.read_bytes(), ca_sha256(ca))
        assert checked.ok and checked.facts["Document"] == "certificate"
        # no failed week and no stop: the notice is refused in the core's words
        assert view.issue(NOTICE, folder / "notice.pdf") is None
        assert said[-1][0] == "warning" and not (folder / "notice.pdf").exists()
    finally:
        logbook.close(backup=False)


def test_a_trainee_not_yet_approved_gets_no_certificate_and_he_is_told_why(
    qtbot: Any, pair: Any, capsys: pytest.CaptureFixture[str], said: list[tuple[str, str]]
) -> None:
    from tests.cli.test_approval_flow import ok

    folder, trainee, his, _site = pair
    ok(capsys, "export", trainee, "--out", folder / "b.evtbundle")
    view, logbook = _view(qtbot, his, folder / "b.evtbundle")
    try:
        assert view.issue(CERTIFICATE, folder / "intyg.pdf") is None
        kind, text = said[-1]
        assert kind == "warning" and "approv" in text
        assert not (folder / "intyg.pdf").exists()
    finally:
        logbook.close(backup=False)
