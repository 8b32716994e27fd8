"""The recovery code in the app (issue 21): the saved file holds the whole code in a form
the recovery prompt takes, in either language; and a trainee who forgot her passphrase
is offered the recovery code on the unlock screen, which sets a new passphrase through
the core (as `evtdesk passwd --recovery`) and opens the logbook."""

from __future__ import annotations

import hashlib
import logging
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from shell_helpers import PASSPHRASE, unlock, wait_tasks

from evtdesk.cli import main
from evtdesk.store import FAST_TEST_KDF, Logbook, WrongPassphrase
from evtdesk.store.keys import normalise_recovery_code
from evtdesk.ui import i18n
from evtdesk.ui.main_window import Workspace
from evtdesk.ui.start import RecoveryCodeDialog
from evtdesk.ui.start.recover_dialog import RecoverPassphraseDialog
from evtdesk.ui.window.unlocking import RecoverOffer

NEW_PASSPHRASE = "a brand new passphrase 2"
CODE_SHAPE = re.compile(r"^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){7}$")


@pytest.fixture
def created(data_dir: Path):  # type: ignore[no-untyped-def]
    """A closed logbook and its recovery code, as `Logbook.create` returns them."""
    path = data_dir / "anna.evtlog"
    made = Logbook.create(path, PASSPHRASE, "Anna Svensson", kdf=FAST_TEST_KDF)
    made.logbook.close(backup=False)
    assert made.logbook.path == path and made.logbook.closed
    assert CODE_SHAPE.match(made.recovery_code)  # 8 groups of 4, no 0/O or 1/I
    return path, made.recovery_code


def _digest(path: Path) -> str:
    keys = path.with_name(path.name + ".keys")
    return hashlib.sha256(path.read_bytes() + keys.read_bytes()).hexdigest()


# --- the saved recovery code -----------------------------------------------------------
def _code_lines(text: str) -> list[str]:
    """The lines of a saved file that hold (part of) a recovery code."""
    return [line.strip() for line in text.splitlines() if re.search(r"[A-Z2-9]{4}-", line)]


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_saved_file_holds_the_whole_code(
    qtbot, qapp, created, tmp_path, monkeypatch, language
) -> None:
    path, code = created
    i18n.install(qapp, language)
    try:
        dialog = RecoveryCodeDialog(code, path, "Anna Svensson")
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.code_label.text() == code  # what the dialog shows
        saved = tmp_path / "anna-recovery-code.txt"
        dialog.save_to(saved)
        assert dialog.saved_to == saved, dialog.status.text()
        text = saved.read_text(encoding="utf-8")
        assert text.startswith("EVTDesk ")  # recognised as a code file, in every language
        [line] = _code_lines(text)  # the code on one line, whole
        assert line == code
        dialog.save_to(saved)  # saving again replaces the earlier code file
        assert dialog.saved_to == saved and dialog.status.text().startswith(("Saved", "Sparad")), (
            dialog.status.text()
        )
    finally:
        i18n.install(qapp, "en")
    # what the recovery prompt reads: the line as typed or pasted from the file
    assert normalise_recovery_code(line) == code
    monkeypatch.setenv("EVTDESK_RECOVERY_CODE", line)
    monkeypatch.setenv("EVTDESK_NEW_PASSPHRASE", NEW_PASSPHRASE)
    assert main(["passwd", str(path), "--recovery"]) == 0
    with Logbook.open(path, NEW_PASSPHRASE) as logbook:
        assert logbook.owner_name == "Anna Svensson"


# --- a forgotten passphrase on the unlock screen ----------------------------------------
def _wrong_passphrase(qtbot, window, path: Path) -> RecoverOffer:
    unlock(qtbot, window, path, "not the passphrase")
    qtbot.waitUntil(lambda: window.start.message.isVisible())
    wait_tasks(qtbot)
    offer = window.start.findChild(RecoverOffer)
    assert offer is not None
    qtbot.waitUntil(offer.isVisible)
    return offer


def test_no_offer_before_a_wrong_passphrase(qtbot, window, created) -> None:
    path, _code = created
    window.start.select(path)
    assert window.start.findChild(RecoverOffer) is None


def _fill(qtbot, dialog: RecoverPassphraseDialog, code: str, new: str, again: str) -> None:
    for field, text in ((dialog.code, code), (dialog.passphrase, new), (dialog.repeat, again)):
        field.clear()
        qtbot.keyClicks(field, text)


def test_forgotten_passphrase_with_the_recovery_code(qtbot, window, created, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    path, code = created
    offer = _wrong_passphrase(qtbot, window, path)
    assert offer.text() == "Forgot your passphrase? Use your recovery &code…"
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    dialog = window.recover_dialog
    assert isinstance(dialog, RecoverPassphraseDialog) and dialog.path == path
    qtbot.waitExposed(dialog)
    assert dialog.code.echoMode() == dialog.code.EchoMode.Password

    # typed as one might from paper: lower case, spaces for dashes
    _fill(qtbot, dialog, code.lower().replace("-", " "), NEW_PASSPHRASE, "a brand new")
    assert dialog.hint.text() == "The passphrases differ."
    assert not dialog.reset_button.isEnabled()
    qtbot.keyClicks(dialog.repeat, " passphrase 2")
    assert dialog.hint.text() == "The passphrases match."
    assert dialog.reset_button.isEnabled()
    seen: dict = {}
    dialog.recovered.connect(
        lambda _opened: seen.update(
            left=(dialog.code.text(), dialog.passphrase.text(), dialog.repeat.text())
        )
    )
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert seen["left"] == ("", "", "")  # the code and passphrases are not kept

    qtbot.waitUntil(lambda: window.session is not None)
    assert isinstance(window.centralWidget(), Workspace)
    assert window.session.logbook.path == path
    window.session.logbook.close(backup=False)
    window.session = None
    with pytest.raises(WrongPassphrase):  # the forgotten passphrase is gone...
        Logbook.open(path, PASSPHRASE)
    with Logbook.open(path, NEW_PASSPHRASE) as logbook:  # ...the new one opens it
        assert logbook.owner_name == "Anna Svensson"
    with Logbook.open(path, recovery_code=code):  # and so does the code, still
        pass
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    for secret in (code, code.replace("-", ""), NEW_PASSPHRASE, "not the passphrase"):
        assert secret not in logged


def test_a_wrong_recovery_code_changes_nothing(qtbot, window, created, tmp_path) -> None:
    path, code = created
    before = _digest(path)
    _wrong_passphrase(qtbot, window, path)
    dialog = window.recover_passphrase()
    qtbot.waitExposed(dialog)
    wrong = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
    assert wrong != code
    _fill(qtbot, dialog, wrong, NEW_PASSPHRASE, NEW_PASSPHRASE)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.message.isVisible)
    wait_tasks(qtbot)
    assert dialog.message.text() == (
        "That recovery code does not open anna.evtlog. Nothing was changed; check the code "
        "on your paper or in your saved file and try again."
    )
    assert dialog.isVisible() and window.session is None
    assert _digest(path) == before  # nothing written: the old passphrase still opens it
    assert dialog.code.text() == wrong  # kept, to correct a typo
    dialog.grab().save(str(tmp_path / "recover.png"))

    dialog.code.clear()  # corrected: then it works
    qtbot.keyClicks(dialog.code, code)
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None)
    window.session.logbook.close(backup=False)
    window.session = None
    with Logbook.open(path, NEW_PASSPHRASE):
        pass


def test_cancel_changes_nothing_and_another_logbook_hides_the_offer(
    qtbot, window, created, data_dir
) -> None:
    path, _code = created
    other = data_dir / "other.evtlog"
    Logbook.create(other, PASSPHRASE, "Other Trainee", kdf=FAST_TEST_KDF).logbook.close(
        backup=False
    )
    before = _digest(path)
    offer = _wrong_passphrase(qtbot, window, path)
    dialog = window.recover_passphrase()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.code, "ABCD")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.code.text() == ""
    assert _digest(path) == before and window.session is None
    window.start.select(other)
    assert not offer.isVisible()


def test_the_new_passphrase_is_checked_before_anything_runs(qtbot, created) -> None:
    path, code = created
    dialog = RecoverPassphraseDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problem() == "Type the recovery code."
    _fill(qtbot, dialog, code, "short", "short")
    assert dialog.hint.text() == "At least 8 characters."
    assert not dialog.reset_button.isEnabled()
    dialog.recover()  # Enter with the button disabled: says why, runs nothing
    assert dialog.message.text() == "Choose a new passphrase of at least 8 characters."
    assert not dialog.busy
