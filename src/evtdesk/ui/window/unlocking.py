"""Unlocking: the passphrase, the key derivation off the GUI thread, the first read, and
what a refusal says (a wrong passphrase calmly, with the recovery code offered; a damaged
file with its backup offered)."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from evtdesk.store import (
    DamagedLogbook,
    ForeignKeyFile,
    Logbook,
    LogbookError,
    NotALogbook,
    WrongPassphrase,
)
from evtdesk.ui import i18n, settings, tasks
from evtdesk.ui.session import LogbookSession, SessionData, load_data
from evtdesk.ui.start.recover_dialog import RecoverPassphraseDialog
from evtdesk.ui.window.file_kinds import file_head, media_words

log = logging.getLogger("evtdesk.ui.main_window")


def not_a_logbook_text(path: Path, error: NotALogbook) -> str:
    """What the file is, in the user's language, when the store knows (a key file mixed
    up with another logbook's, a bundle, a file of entries); else the general sentence."""
    name = path.name
    if isinstance(error, ForeignKeyFile):
        return QCoreApplication.translate(
            "MainWindow",
            "The key file beside {name} belongs to another logbook; {name} itself was not "
            "changed. Put its own key file, {name}.keys, beside it: each of its backups "
            "carries a copy.",
        ).format(name=name)
    if error.kind == "bundle":
        return QCoreApplication.translate(
            "MainWindow",
            "{name} is a trainee's bundle, not a logbook: unlock your logbook, then open the "
            "bundle with File ▸ Open bundle….",
        ).format(name=name)
    if error.kind == "attestation":
        return QCoreApplication.translate(
            "MainWindow",
            "{name} is a supervisor's attestation, not a logbook: unlock your logbook, then "
            "add it with File ▸ Import attestation….",
        ).format(name=name)
    if error.kind == "entries":
        return QCoreApplication.translate(
            "MainWindow",
            "{name} is a file of entries, not a logbook: unlock your logbook, then add them "
            "with File ▸ Import entries….",
        ).format(name=name)
    if error.kind == "keys":
        return QCoreApplication.translate(
            "MainWindow", "{name} is a logbook's key file: open the logbook beside it."
        ).format(name=name)
    if error.kind == "other":
        return other_file_text(path)
    return QCoreApplication.translate(
        "MainWindow",
        "{name} is not an EVTDesk logbook, or its .keys file is missing beside it.",
    ).format(name=name)


def other_file_text(path: Path) -> str:
    """What a file of no EVTDesk kind is (a PDF, a picture, a text file…), and which
    command opens logbooks."""
    head = file_head(path)
    what = media_words(head)
    if what is None and head and b"\x00" not in head:
        what = QCoreApplication.translate("MainWindow", "a text file")
    if what is None:
        return QCoreApplication.translate(
            "MainWindow",
            "{name} is not an EVTDesk logbook. File ▸ Open logbook… opens logbooks (.evtlog "
            "files).",
        ).format(name=path.name)
    return QCoreApplication.translate(
        "MainWindow",
        "{name} is {what}, not an EVTDesk logbook. File ▸ Open logbook… opens logbooks "
        "(.evtlog files).",
    ).format(name=path.name, what=what)


@dataclass(frozen=True)
class Opened:
    """What the unlock task hands to the GUI thread: the open logbook, the language its
    preferences ask for, and the first shared read (so building the panels reads nothing)."""

    logbook: Logbook
    language: str
    autolock_minutes: int
    data: SessionData


def read_opened(
    logbook: Logbook, fallback_language: str, today: date, progress: tasks.Progress | None = None
) -> Opened:
    """Read everything the first screen shows from a just opened logbook."""
    stored = logbook.records.settings()
    values = settings.read(logbook)
    language = (
        values[settings.LANGUAGE.key] if settings.LANGUAGE.key in stored else fallback_language
    )
    data = load_data(logbook, language, today, progress=progress)
    return Opened(logbook, language, int(values[settings.AUTOLOCK_MINUTES.key]), data)


def open_and_read(
    path: Path, passphrase: str, fallback_language: str, today: date, progress: tasks.Progress
) -> Opened:
    """Unlock and read; runs in the background task, so the GUI never waits for either."""
    logbook = Logbook.open(path, passphrase)
    try:
        return read_opened(logbook, fallback_language, today, progress)
    except BaseException:
        logbook.close(backup=False)
        raise


class RecoverOffer(QPushButton):
    """The offer "Forgot your passphrase? Use your recovery code…", shown on the start
    screen under Unlock after a wrong passphrase, hidden when another logbook is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoverButton")
        self.setAutoDefault(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(
            QCoreApplication.translate(
                "MainWindow", "Forgot your passphrase? Use your recovery &code…"
            )
        )
        self.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Unlock with the recovery code")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class UnlockFlow:
    """The start screen's unlock, for MainWindow."""

    def _unlock(self, path_text: str, passphrase: str) -> None:
        path = Path(path_text)
        assert self.start is not None
        self.start.set_busy(True)

        fallback, today = i18n.current_language(), date.today()

        def work(progress: tasks.Progress, _cancel: threading.Event) -> Opened:
            return open_and_read(path, passphrase, fallback, today, progress)

        tasks.run_task(
            self,
            QCoreApplication.translate("MainWindow", "Unlocking {name}…").format(name=path.name),
            work,
            on_done=self._opened,
            on_error=lambda error: self._open_failed(path, error),
            on_discard=self._discard_opened,
        )

    def _discard_opened(self, opened: Opened) -> None:
        opened.logbook.close(backup=False)
        if self.start is not None:
            self.start.set_busy(False)

    def _opened(self, opened: Opened | Logbook) -> None:
        if isinstance(opened, Logbook):  # just created: empty, so reading it here is instant
            opened = read_opened(opened, i18n.current_language(), date.today())
        logbook = opened.logbook
        if self._closing:
            logbook.close(backup=False)
            return
        if self.session is not None:  # a logbook was created while another was open
            self._end_session()
        self._add_recent(logbook.path)
        self.session = LogbookSession(
            logbook, language=opened.language, parent=self, data=opened.data, background=True
        )
        self.session.busy_changed.connect(self._show_busy)
        self.apply_language(opened.language)
        self.idle.set_timeout(opened.autolock_minutes * 60)
        self.idle.start()
        self.lock_in_dialogs.start()
        self._show_workspace()
        self._resume_held(logbook.path)
        if self._check_after_unlock == logbook.path:
            self._check_after_unlock = None
            self.verify_logbook(after_restore=True)
        self.unlocked.emit()

    def _open_failed(self, path: Path, error: BaseException) -> None:
        start = self.start
        if start is None:
            return
        start.set_busy(False)
        if isinstance(error, WrongPassphrase):
            start.show_wrong_passphrase(
                QCoreApplication.translate(
                    "MainWindow",
                    "That passphrase does not open {name}. Nothing was changed; take your time and "
                    "try again.",
                ).format(name=path.name)
            )
            self._offer_recovery()
        elif isinstance(error, DamagedLogbook):
            self._offer_restore(path, error)
        elif isinstance(error, NotALogbook):
            start.show_error(not_a_logbook_text(path, error))
        elif isinstance(error, LogbookError):
            start.show_error(str(error))
        else:
            log.error("unlocking %s failed", path, exc_info=error)
            start.show_error(
                QCoreApplication.translate(
                    "MainWindow", "The logbook could not be opened: {reason}"
                ).format(reason=error)
            )

    # a forgotten passphrase ---------------------------------------------------------------
    def _offer_recovery(self) -> RecoverOffer | None:
        """After a wrong passphrase: the way in with the recovery code, under Unlock (made
        once per start screen; the start screen is not this module's, so it is placed in
        its card's layout from here)."""
        start = self.start
        if start is None:
            return None
        offer = start.findChild(RecoverOffer)
        if offer is None:
            offer = RecoverOffer(start)
            card = start.message.parentWidget().layout()
            below = card.indexOf(start.message) + 1  # under Unlock's row, else the message
            for index in range(card.count()):
                row = card.itemAt(index).layout()
                if row is not None and row.indexOf(start.unlock_button) >= 0:
                    below = index + 1
            card.insertWidget(below, offer, 0, Qt.AlignmentFlag.AlignLeft)
            QWidget.setTabOrder(start.unlock_button, offer)
            offer.clicked.connect(lambda: self.recover_passphrase())
            start.recent_list.currentItemChanged.connect(lambda *_args: offer.hide())
        offer.show()
        return offer

    def recover_passphrase(self, path: Path | None = None) -> RecoverPassphraseDialog | None:
        """Ask for the recovery code and a new passphrase (`evtdesk passwd --recovery` in
        the app), then open the logbook as an unlock does."""
        if self.start is None:
            return None
        path = path or self.start.selected_path()
        if path is None:
            return None
        fallback, today = i18n.current_language(), date.today()
        dialog = RecoverPassphraseDialog(
            path, then=lambda logbook: read_opened(logbook, fallback, today), parent=self
        )
        dialog.recovered.connect(self._opened)
        dialog.finished.connect(dialog.deleteLater)
        self.recover_dialog = dialog
        dialog.open()
        return dialog

    def _offer_restore(self, path: Path, error: DamagedLogbook) -> None:
        assert self.start is not None
        if error.latest_backup is None:
            self.start.show_error(
                QCoreApplication.translate(
                    "MainWindow", "{name} is damaged and no backup of it was found."
                ).format(name=path.name)
            )
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("MainWindow", "The logbook is damaged"),
            QCoreApplication.translate(
                "MainWindow",
                "{name} is damaged and cannot be read.\n\nRestore the latest backup, {backup}? "
                "The damaged file is kept beside it, renamed.",
            ).format(name=path.name, backup=error.latest_backup.name),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        restore = box.addButton(
            QCoreApplication.translate("MainWindow", "&Restore backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("MainWindow", "Cancel"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDetailedText(str(error))
        box.exec()
        if box.clickedButton() is not restore:
            return
        from evtdesk.store import restore as restore_backup

        try:
            restore_backup(path, error.latest_backup)
        except (LogbookError, OSError) as failure:
            self.start.show_error(str(failure))
            return
        self._check_after_unlock = path  # the key is needed: checked once it is unlocked
        self.start.show_calm(
            QCoreApplication.translate(
                "MainWindow", "The backup was restored. Unlock it with the same passphrase."
            )
        )
