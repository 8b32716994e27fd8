"""Export a signed bundle for the supervisor: choose where, export in the background
(with progress and Cancel), then say what was made and what fingerprint to compare."""

from __future__ import annotations

import html
import threading
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evtdesk.exchange import ExportResult, export_bundle, identity_info
from evtdesk.exchange.export import ExportCancelled
from evtdesk.report.observe import ReportCancelled, observed
from evtdesk.ui import tasks
from evtdesk.ui.exchange.common import grouped_fingerprint, mono_font
from evtdesk.ui.session import LogbookSession

SUFFIX = ".evtbundle"


class ExportBundleDialog(QDialog):
    exported = Signal(object)  # ExportResult

    def __init__(self, session: LogbookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportBundleDialog")
        self.session = session
        self.result_value: ExportResult | None = None
        self.error_text = ""
        self.task: tasks.Task | None = None
        self.setWindowTitle(self.tr("Export bundle"))
        intro = QLabel(
            self.tr(
                "A bundle holds your logbook and its PDF report, signed with your key. "
                "Give it to your "
                "supervisor; "
                "they can see that nothing was changed after you exported it."
            )
        )
        intro.setWordWrap(True)
        stem = session.logbook.path.stem
        self.path_edit = QLineEdit(str(Path.home() / f"{stem}-{date.today().isoformat()}{SUFFIX}"))
        self.path_edit.setObjectName("bundlePath")
        self.path_edit.setAccessibleName(self.tr("Save the bundle as"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Save as:")))
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.result_label = QLabel()
        self.result_label.setObjectName("exportResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("fingerprint")
        self.fingerprint_label.setFont(mono_font(14, bold=True))
        self.fingerprint_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.fingerprint_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(720, 300)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export bundle"),
            self.path_edit.text(),
            self.tr("EVTDesk bundles (*.evtbundle);;All files (*)"),
        )
        if name:
            self.path_edit.setText(name)

    def target(self) -> Path:
        path = Path(self.path_edit.text().strip()).expanduser()
        return path if path.suffix else path.with_suffix(SUFFIX)

    def start_export(self) -> tasks.Task | None:
        text = self.path_edit.text().strip()
        if not text:
            self._show_error(self.tr("Choose where to save the bundle."))
            return None
        target, session = self.target(), self.session
        logbook, language = session.logbook, session.language
        self.export_button.setEnabled(False)
        self.result_label.setText(self.tr("Exporting…"))

        def work(progress: tasks.Progress, cancel: threading.Event) -> ExportResult | None:
            # The export reports five steps; the report, its second, is most of the time
            # for a long logbook, so it moves the bar from 1/5 to 2/5 entry by entry and
            # honours Cancel as it goes.
            def report(done: int, total: int) -> None:
                progress(total + done, 5 * total)

            try:
                with observed(report, cancel):
                    return export_bundle(
                        logbook, target, language, progress=progress, cancel=cancel
                    )
            except (ExportCancelled, ReportCancelled):
                return None

        self.task = tasks.run_task(
            self,
            self.tr("Exporting the bundle…"),
            work,
            self._done,
            self._failed,
            on_discard=self._cancelled,
            group=session.tasks,
        )
        return self.task

    def _alive(self) -> bool:
        return shiboken6.isValid(self)

    def _done(self, result: ExportResult) -> None:
        # The dialog, and with it the session, may be gone (the logbook was locked while
        # exporting: locking waited for this export, then deleted both).
        if not self._alive() or not shiboken6.isValid(self.session) or self.session.ended:
            return
        self.session.notify_changed()
        self.result_value = result
        self.export_button.setEnabled(True)
        info = identity_info(self.session.logbook)
        self.result_label.setText(
            "<p><b>{done}</b></p><p>{where}<br>{bundle}<br>{number}</p><p>{compare}</p>".format(
                done=html.escape(self.tr("The bundle was exported and signed.")),
                where=html.escape(self.tr("Saved as: {path}").format(path=result.path)),
                bundle=html.escape(self.tr("Bundle id: {id}").format(id=result.bundle_id)),
                number=html.escape(
                    self.tr("Bundle number {n} from this logbook").format(n=result.sequence)
                ),
                compare=html.escape(
                    self.tr("Your supervisor should see this fingerprint when opening it:")
                ),
            )
        )
        self.fingerprint_label.setText(grouped_fingerprint(info.fingerprint))
        self.fingerprint_label.show()
        self.exported.emit(result)

    def _failed(self, error: BaseException) -> None:
        if self._alive():
            self.export_button.setEnabled(True)
            self._show_error(
                self.tr("The bundle could not be exported: {reason}").format(reason=error)
            )

    def _cancelled(self, result: ExportResult | None) -> None:
        if result is not None:  # it was finished before Cancel took effect: it exists
            self._done(result)
            return
        if self._alive():
            self.export_button.setEnabled(True)
            self.result_label.setText(html.escape(self.tr("The export was cancelled.")))

    def _show_error(self, text: str) -> None:
        self.error_text = text
        self.result_label.setText(f"<span style='color:#b3261e'>{html.escape(text)}</span>")
