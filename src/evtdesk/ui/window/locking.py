"""Locking: every dialog showing logbook content closes (half-typed forms are held, hidden,
and come back after the next unlock), the panels go, and the logbook closes with its
daily backup."""

from __future__ import annotations

import logging
import threading
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QProgressDialog,
)

from evtdesk.store import LogbookError
from evtdesk.ui import tasks
from evtdesk.ui.start import CreateLogbookDialog, RecoveryCodeDialog

log = logging.getLogger("evtdesk.ui.main_window")


class LockFlow:
    """Locking and ending the session, for MainWindow."""

    def auto_lock(self) -> None:
        self.lock()

    def lock(self) -> None:
        """Close the logbook and show the unlock screen for the same file."""
        if self.session is None:
            return
        path = self.session.logbook.path
        self._end_session()
        self._show_start(locked=path)

    def _close_content_dialogs(self, path: Path) -> None:
        """Hide everything that shows the logbook. The dialogs one types into and that
        can carry on in a new session (`rebind`: entry forms, the work periods, the
        examination week, sites, measures, a supervisor's attestation being written) are
        kept, hidden, with what was typed, and come back when `path` is unlocked again;
        viewers (history, bundles, preferences) are closed."""
        for dialog in self.findChildren(QDialog):
            if isinstance(dialog, (QProgressDialog, CreateLogbookDialog, RecoveryCodeDialog)):
                continue
            if isinstance(dialog.parent(), (RecoveryCodeDialog, CreateLogbookDialog)):
                continue
            if callable(getattr(dialog, "rebind", None)) and dialog.isVisible():
                dialog.hide()
                dialog.setParent(self, dialog.windowFlags())  # outlives the panels and viewers
                self._held.append((path, dialog))
                continue
            if any(dialog is held for _p, held in self._held):
                continue
            dialog.hide()
            dialog.reject()
            dialog.deleteLater()

    def _resume_held(self, path: Path) -> None:
        """Show again the forms that were open when `path` was locked."""
        assert self.session is not None
        keep = []
        for held_path, dialog in self._held:
            if held_path != path:
                keep.append((held_path, dialog))
                continue
            rebind = getattr(dialog, "rebind", None)
            if rebind is not None:
                rebind(self.session)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
        self._held = keep

    def held_forms(self) -> list[QDialog]:
        """Forms kept hidden while their logbook is locked."""
        return [dialog for _path, dialog in self._held]

    def _end_session(self) -> None:
        """Drop the panels and the session, and close the logbook in the background."""
        session = self.session
        if session is None:
            return
        self.idle.stop()
        self.lock_in_dialogs.stop()
        with suppress(LogbookError):  # keys he trusted meanwhile; a failing read loses a hint
            self.remember_trainees(session.logbook)
        self.session = None
        session.cancel()
        self._show_busy(False)
        self._close_content_dialogs(session.logbook.path)
        if self.workspace is not None:
            self.workspace.hide()
        session.locked.emit()
        logbook, reading, running = session.logbook, session.reading, session.tasks
        session.deleteLater()
        self._pending_close = True
        if self.start is not None:
            self.start.set_busy(True)

        def work(_progress: tasks.Progress, _cancel: threading.Event) -> None:
            running.wait_idle()  # an import, export or verify still running finishes first
            with reading:  # and so does a shared read
                logbook.close()

        def finished(_result: object = None) -> None:
            self._pending_close = False
            if self.start is not None and not self._closing:
                self.start.set_busy(False)

        def failed(error: BaseException) -> None:
            finished()
            log.error("closing %s failed", logbook.path, exc_info=error)
            if self.start is not None:
                self.start.show_error(
                    QCoreApplication.translate(
                        "MainWindow",
                        "The logbook was closed, but the daily backup failed: {reason}",
                    ).format(reason=error)
                )

        tasks.run_task(
            self,
            QCoreApplication.translate(
                "MainWindow", "Closing the logbook and taking the daily backup…"
            ),
            work,
            finished,
            failed,
            cancellable=False,
        )
