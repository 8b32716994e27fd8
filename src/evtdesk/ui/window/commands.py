"""The long commands on an open logbook, run in the background with progress and Cancel:
importing entries, and checking the logbook (as `evtdesk check` does)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from evtdesk.store import (
    CheckReport,
    LogbookError,
    check_logbook,
)
from evtdesk.ui import tasks
from evtdesk.ui.window.file_kinds import not_entries_text

log = logging.getLogger("evtdesk.ui.main_window")


class LogbookCommands:
    """Import and check, for MainWindow."""

    def import_entries(self) -> None:
        session = self.session
        if session is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Import entries"),
            str(Path.home()),
            QCoreApplication.translate("MainWindow", "Entries (*.json *.csv);;All files (*)"),
        )
        if not name or self.session is not session:
            return
        from evtdesk.exchange.importer import ImportFileError, ImportRejected, load_entries

        logbook, path = session.logbook, Path(name)
        wrong_file = not_entries_text(path)
        if wrong_file is not None:  # a picture is named as one, not advised on encodings
            self._import_problem(wrong_file).open()
            return
        notes: list[str] = []  # how the file was read (an encoding guessed), said when done

        def work(progress: tasks.Progress, cancel: tasks.Cancel) -> int:
            # Checking the file is the first half of the bar, storing it the second. Cancel
            # works until the commit (the transaction is rolled back: nothing written);
            # `cancel.commit` then refuses a late Cancel, so a done import is reported.
            entries = load_entries(
                path, lambda done, total: progress(done, 2 * total), cancel, notes
            )
            total = len(entries)
            ids = logbook.entries.import_many(
                entries,
                progress=lambda done, _total: progress(total + done, 2 * total),
                cancel=cancel,
                confirm_commit=cancel.commit,
            )
            return len(ids)

        def done(count: int | None) -> None:
            # Once the write began it always ends here, even if the logbook was locked
            # meanwhile (locking waits for it): what was imported is said, never hidden.
            if count is None:
                return
            if shiboken6.isValid(session):
                session.notify_changed()
            said = QCoreApplication.translate("MainWindow", "Imported %n entries.", "", count)
            if notes:  # the only note is the encoding's: Excel's plain CSV
                said += "\n\n" + QCoreApplication.translate(
                    "MainWindow",
                    "{name} is not UTF-8 text; it was read as Windows-1252, the encoding Excel "
                    "saves plain CSV in. Check that å, ä and ö came out right; saving as "
                    "“CSV UTF-8” avoids this.",
                ).format(name=path.name)
            QMessageBox.information(self, QCoreApplication.translate("MainWindow", "Import"), said)

        def failed(error: BaseException) -> None:
            box = self._import_problem("")
            if isinstance(error, ImportRejected):
                box.setText(
                    QCoreApplication.translate(
                        "MainWindow",
                        "Nothing was imported: %n row(s) have problems.",
                        "",
                        len(error.errors),
                    )
                )
                box.setDetailedText("\n".join(error.errors))
            elif isinstance(error, (ImportFileError, LogbookError)):
                box.setText(str(error))
            else:
                box.setText(
                    QCoreApplication.translate(
                        "MainWindow", "The file could not be imported: {reason}"
                    ).format(reason=error)
                )
            box.open()

        tasks.run_task(
            self,
            QCoreApplication.translate("MainWindow", "Importing {name}…").format(name=path.name),
            work,
            done,
            failed,
            group=session.tasks,
        )

    def _import_problem(self, text: str) -> QMessageBox:
        """The warning an import that cannot go on ends with (opened by the caller)."""
        return QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("MainWindow", "Import"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )

    def verify_logbook(self, after_restore: bool = False) -> None:
        """The same check as `evtdesk check`: the chain link by link, the encrypted file,
        the attachments; every break named."""
        session = self.session
        if session is None:
            return
        logbook = session.logbook
        title = QCoreApplication.translate("MainWindow", "Check the logbook")

        def work(progress: tasks.Progress, cancel: threading.Event) -> CheckReport:
            return check_logbook(logbook, progress, cancel)

        def done(report: CheckReport) -> None:
            intro = (
                QCoreApplication.translate("MainWindow", "The restored backup was checked. ")
                if after_restore
                else ""
            )
            if report.ok:
                icon, text = (
                    QMessageBox.Icon.Information,
                    intro
                    + QCoreApplication.translate(
                        "MainWindow",
                        "The logbook is whole: %n change(s) in its history, each linked to the "
                        "one before and none altered; the file and its attachments check out.",
                        "",
                        report.events,
                    ),
                )
            else:
                icon, text = (
                    QMessageBox.Icon.Warning,
                    intro
                    + QCoreApplication.translate(
                        "MainWindow",
                        "The logbook is not whole ({n} problem(s)). Restore an older backup or "
                        "ask for help; the details name each break.",
                    ).format(n=len(report.problems)),
                )
            box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
            box.setObjectName("checkResult")
            if report.problems:
                box.setDetailedText("\n".join(report.problems))
            box.finished.connect(box.deleteLater)
            self.check_result = box
            box.open()

        def failed(error: BaseException) -> None:
            QMessageBox.warning(self, title, str(error))

        tasks.run_task(
            self,
            QCoreApplication.translate("MainWindow", "Checking the logbook…"),
            work,
            done,
            failed,
            group=session.tasks,
        )
