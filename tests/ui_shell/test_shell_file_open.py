"""Opening a file from outside (double-click, command line, Finder, a second start) shows
the view for its kind, waiting for an unlock where a logbook is needed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QMessageBox
from shell_helpers import PASSPHRASE, unlock, wait_tasks

from evtdesk.demo import DEMO_PASSPHRASE, create_demo
from evtdesk.exchange import (
    export_bundle,
    identity_info,
    open_bundle,
    trust_key,
    write_attestation,
)
from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.store.records import Statement
from evtdesk.ui.exchange import install_exchange_actions
from evtdesk.ui.exchange.bundle_view import BundleViewDialog
from evtdesk.ui.exchange.verdict_banner import VERIFIED
from evtdesk.ui.file_open import FileOpener
from evtdesk.ui.main_window import MainWindow


@dataclass
class Files:
    trainee: Path  # the trainee's logbook (the demo: DEMO_PASSPHRASE)
    supervisor: Path  # the supervisor's logbook (PASSPHRASE), trusting the trainee
    bundle: Path  # the trainee's export
    attestation: Path  # the supervisor's attestation of it, for the trainee


@pytest.fixture
def files(data_dir: Path) -> Files:
    """Logbooks and files made through the core, as a trainee and supervisor would."""
    trainee = create_demo(data_dir / "trainee.evtlog", kdf=FAST_TEST_KDF)
    supervisor = Logbook.create(
        data_dir / "supervisor.evtlog", PASSPHRASE, "Erik Holm", kdf=FAST_TEST_KDF
    ).logbook
    try:
        trust_key(supervisor, identity_info(trainee).public_key_text, "Karin", "trainee")
        trust_key(trainee, identity_info(supervisor).public_key_text, "Erik Holm", "supervisor")
        bundle = export_bundle(trainee, data_dir / "karin.evtbundle", "en").path
        view = open_bundle(bundle.read_bytes(), supervisor, "en")
        attestation = write_attestation(
            supervisor, view, [Statement("NI.WEEK1", True, "")], data_dir / "karin.evtattest"
        )
    finally:
        trainee.close(backup=False)
        supervisor.close(backup=False)
    return Files(data_dir / "trainee.evtlog", data_dir / "supervisor.evtlog", bundle, attestation)


@pytest.fixture
def opener(window: MainWindow) -> Iterator[FileOpener]:
    yield FileOpener(window)


def bundle_views(window: MainWindow) -> list[BundleViewDialog]:
    return [d for d in window.findChildren(BundleViewDialog) if d.isVisible()]


def message(opener: FileOpener) -> str:
    assert opener.last_message is not None
    return opener.last_message.text()


def test_a_bundle_waits_for_the_supervisor_to_unlock_then_opens(qtbot, window, opener, files):
    opener.open_paths([str(files.bundle)])
    assert window.session is None
    assert opener.pending == [files.bundle]
    assert "karin.evtbundle" in opener.pending_label.text()
    assert opener.pending_label.isVisibleTo(window)
    assert "Unlock your logbook to open karin.evtbundle" in window.start.message.text()

    unlock(qtbot, window, files.supervisor)
    qtbot.waitUntil(lambda: bool(bundle_views(window)), timeout=30_000)
    (view,) = bundle_views(window)
    assert view.banner.state == VERIFIED  # checked against the supervisor's trusted keys
    assert opener.pending == [] and not opener.pending_label.isVisibleTo(window)


def test_a_bundle_opens_at_once_in_an_unlocked_logbook(qtbot, window, opener, files):
    unlock(qtbot, window, files.supervisor)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    opener.open_paths([files.bundle])
    qtbot.waitUntil(lambda: bool(bundle_views(window)), timeout=30_000)
    assert install_exchange_actions(window).last_dialog is bundle_views(window)[0]


def test_an_attestation_is_imported_once_the_trainee_unlocks(qtbot, window, opener, files):
    opener.open_paths([files.attestation])
    assert opener.pending == [files.attestation]
    unlock(qtbot, window, files.trainee, DEMO_PASSPHRASE)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    box = window.findChild(QMessageBox, "importAttestationResult")
    assert box is not None and "Erik Holm attested 1 item" in box.text()
    names = [a.supervisor_name for a in window.session.logbook.records.attestations()]
    assert "Erik Holm" in names  # beside the demo's own "Erik Holm (demo)"
    wait_tasks(qtbot)


def test_a_logbook_shows_its_unlock_screen(qtbot, window, opener, files):
    opener.open_paths([files.trainee])
    assert window.session is None
    assert window.start.selected_path() == files.trainee
    assert window.start.file_name.text() == "trainee.evtlog"


def test_another_logbook_is_asked_about_before_locking(qtbot, window, opener, files):
    unlock(qtbot, window, files.supervisor)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)

    opener.open_paths([files.supervisor])  # the one already open: nothing to ask
    assert opener.last_message is None and window.session is not None

    opener.open_paths([files.trainee])
    box = opener.last_message
    assert box is not None and "Lock supervisor.evtlog and open trainee.evtlog?" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert window.session is not None  # "No" leaves the work where it was

    opener.open_paths([files.trainee])
    opener.last_message.button(QMessageBox.StandardButton.Yes).click()
    wait_tasks(qtbot)
    assert window.session is None
    assert window.start.selected_path() == files.trainee


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("nosuch.evtbundle", "nosuch.evtbundle was not found in"),
        ("nosuch.evtlog", "nosuch.evtlog was not found in"),
        ("notes.txt", "notes.txt is none of these"),
    ],
)
def test_bad_input_gets_a_message_not_a_traceback(window, opener, tmp_path, name, expected):
    (tmp_path / "notes.txt").write_text("x")
    opener.open_paths([tmp_path / name])
    assert expected in message(opener)
    assert opener.pending == []


def test_macos_delivers_files_as_a_file_open_event(qapp, window, opener, files):
    QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(files.bundle)))
    assert opener.pending == [files.bundle]
    QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(files.trainee)))
    assert window.start.selected_path() == files.trainee


def test_the_messages_are_in_swedish_too(window, opener, tmp_path):
    window.apply_language("sv")
    try:
        opener.open_paths([tmp_path / "saknas.evtbundle"])
        assert message(opener) == f"saknas.evtbundle finns inte i {tmp_path}."
    finally:
        window.apply_language("en")


def test_a_file_arriving_while_typing_keeps_the_passphrase(qtbot, window, opener, files):
    window.start.select(files.supervisor)
    qtbot.keyClicks(window.start.passphrase, "half typ")
    opener.open_paths([files.bundle])  # a second double-click meanwhile
    assert window.start.passphrase.text() == "half typ"
    assert "karin.evtbundle" in opener.pending_label.text()


def test_a_bundle_preselects_his_logbook_and_an_attestation_hers(qtbot, window, opener, files):
    """The last logbook opened may be the trainee's (a supervisor training himself, or a
    shared laptop): a double-clicked bundle preselects the most recent logbook known to be
    a supervisor's, an attestation the most recent trainee's."""
    his = files.supervisor.with_name("desk.evtlog")
    Logbook.create(
        his, PASSPHRASE, "Erik Holm", kdf=FAST_TEST_KDF, owner_role="supervisor"
    ).logbook.close(backup=False)
    for path, secret in ((his, PASSPHRASE), (files.trainee, DEMO_PASSPHRASE)):
        unlock(qtbot, window, path, secret)
        qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
        wait_tasks(qtbot)
        window.lock()
        qtbot.waitUntil(lambda: window.session is None)
    assert window.start.selected_path() == files.trainee  # the last one opened
    opener.open_paths([files.bundle])
    assert window.start.selected_path() == his
    opener.pending.clear()
    opener.open_paths([files.attestation])
    assert window.start.selected_path() == files.trainee


def test_a_bundle_preselects_the_desk_that_trusts_its_signer(qtbot, window, opener, files):
    """Two supervisors' logbooks on one laptop: the bundle goes to the one that trusts
    the trainee who signed it, even when the other was opened last; one that does not
    name a key it can read goes to the most recent supervisor's logbook."""
    desks = []
    for name, trusts in (("trusting.evtlog", True), ("other.evtlog", False)):
        path = files.supervisor.with_name(name)
        desk = Logbook.create(
            path, PASSPHRASE, "Erik Holm", kdf=FAST_TEST_KDF, owner_role="supervisor"
        ).logbook
        if trusts:
            with Logbook.open(files.trainee, DEMO_PASSPHRASE) as trainee:
                trust_key(desk, identity_info(trainee).public_key_text, "Karin", "trainee")
        desk.close(backup=False)
        desks.append(path)
    for path in desks:
        unlock(qtbot, window, path, PASSPHRASE)
        qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
        wait_tasks(qtbot)
        window.lock()
        qtbot.waitUntil(lambda: window.session is None)
    opener.open_paths([files.bundle])
    assert window.start.selected_path() == desks[0]
    opener.pending.clear()
    junk = files.bundle.with_name("junk.evtbundle")
    junk.write_bytes(b"PK not a zip")
    opener.open_paths([junk])
    assert window.start.selected_path() == desks[1]
