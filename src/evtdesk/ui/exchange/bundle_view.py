"""The supervisor's view of a trainee's bundle: the verdict first, then the contents.

The banner (`verdict_banner`) says in one glance whether to rely on what follows.

Below the banner, what the reader must see besides the verdict: a trainee name that differs
from the one the key was trusted as, a bundle older than one seen before or not following
it, statements the bundle left out. Only when the contents could be read does the trainee's
progress follow — evaluated with only the statements that count for the reader (their own,
and those of keys they trust as supervisor) — with every statement and its standing, and
the entry list. Attesting needs green.

Everything a bundle says is someone else's text: every label showing it is plain text (a
`<h1>` in a site's name or a note shows as the characters it is), and the one label laid
out as rich text, the warnings, escapes each line.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evtdesk.bundle.freshness import HISTORY_CHANGED
from evtdesk.curriculum.progress import Progress
from evtdesk.curriculum.validation import validations
from evtdesk.exchange import BundleView, open_bundle
from evtdesk.exchange.history import AMENDED, NEW, RETRACTED
from evtdesk.exchange.reports_read import mark_reports_read, unread_reports
from evtdesk.ui.exchange.bundle_entries import BundleEntries
from evtdesk.ui.exchange.statements_table import StatementsTable
from evtdesk.ui.exchange.verdict_banner import (
    INVALID,
    VERIFIED,
    VerdictBanner,
)
from evtdesk.ui.panels.navigator import NavigatorPanel
from evtdesk.ui.paths import file_stem
from evtdesk.ui.session import LogbookSession


class BundleSession(LogbookSession):
    """What NavigatorPanel needs, answered from a bundle: the trainee's evaluated progress.

    `logbook` is the supervisor's own (the panel does not need the trainee's)."""

    def __init__(
        self, supervisor: LogbookSession, progress: Progress, parent: QObject | None = None
    ) -> None:
        super().__init__(supervisor.logbook, supervisor.language, parent)
        self._bundle_progress = progress
        self._today = supervisor.today()

    def today(self) -> date:
        return self._today

    def progress(self) -> Progress:
        return self._bundle_progress


CERTIFICATE, NOTICE = "certificate", "notice"


class BundleViewDialog(QDialog):
    """One opened bundle. `session` is the supervisor's own unlocked logbook."""

    attestation_saved = Signal(object)  # Path

    def __init__(
        self,
        session: LogbookSession,
        data: bytes,
        source: str = "",
        view: BundleView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bundleViewDialog")
        self.session = session
        self.data = data
        self.source = source
        self.view: BundleView | None = None
        self.banner: VerdictBanner | None = None
        self.navigator: NavigatorPanel | None = None
        self.entries_table: QTableWidget | None = None
        self.entries_panel: BundleEntries | None = None
        self.statements_table: StatementsTable | None = None
        self.warnings_label: QLabel | None = None
        self.accept_history_button: QPushButton | None = None
        self.reports_read_button: QPushButton | None = None
        self.bundle_session: BundleSession | None = None
        self.trust_dialog: QDialog | None = None
        self.attest_dialog: QDialog | None = None
        self.setWindowTitle(
            self.tr("Bundle – {name}").format(name=Path(source).name or self.tr("opened bundle"))
        )
        self.body = QVBoxLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_report_button = self.buttons.addButton(
            self.tr("Save &report PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_report_button.clicked.connect(self.choose_and_save_report)
        self.attest_button = self.buttons.addButton(
            self.tr("&Attest…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.attest_button.setObjectName("attestButton")
        self.attest_button.clicked.connect(lambda: self.attest())
        # the documents he signs from his view of the bundle (issue 24)
        self.documents_button = self.buttons.addButton(
            self.tr("&Documents"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.documents_button.setObjectName("documentsButton")
        documents = QMenu(self.documents_button)
        self.certificate_action = documents.addAction(self.tr("Completion &certificate…"))
        self.certificate_action.triggered.connect(lambda: self.choose_and_issue(CERTIFICATE))
        self.notice_action = documents.addAction(self.tr("&Notice to the employer…"))
        self.notice_action.triggered.connect(lambda: self.choose_and_issue(NOTICE))
        self.documents_button.setMenu(documents)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.buttons)
        self.content: QWidget | None = None
        self.show_view(view if view is not None else self._open())
        self.resize(1150, 820)

    def _open(self) -> BundleView:
        return open_bundle(
            self.data, self.session.logbook, self.session.language, self.session.today()
        )

    @property
    def state(self) -> str:
        return self.banner.state if self.banner is not None else INVALID

    def reload(self) -> None:
        """Verify again (after trusting a key)."""
        self.show_view(self._open())

    def show_view(self, view: BundleView) -> None:
        self.view = view
        if self.content is not None:
            self.body.removeWidget(self.content)
            self.content.hide()
            self.content.deleteLater()
        if self.bundle_session is not None:
            self.bundle_session.deleteLater()
            self.bundle_session = None
        self.navigator = None
        self.entries_table = None
        self.entries_panel = None
        self.statements_table = None
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        self.banner = VerdictBanner(view, content)
        self.banner.trust_requested.connect(self.trust_signer)
        column.addWidget(self.banner)
        column.addWidget(self._summary(view))
        self.warnings_label = self._warnings(view)
        column.addWidget(self.warnings_label)
        self.accept_history_button = self._accept_history_button(view, content)
        if self.accept_history_button is not None:
            column.addWidget(self.accept_history_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.reports_read_button = self._reports_read_button(view, content)
        if self.reports_read_button is not None:
            column.addWidget(self.reports_read_button, 0, Qt.AlignmentFlag.AlignLeft)
        if view.progress is not None and view.snapshot is not None:
            tabs = QTabWidget(content)
            tabs.setObjectName("bundleTabs")
            self.bundle_session = BundleSession(self.session, view.progress, self)
            self.navigator = NavigatorPanel(self.bundle_session, tabs, trainee_hints=False)
            tabs.addTab(self.navigator, self.tr("Progress"))
            self.statements_table = StatementsTable(view.statements, tabs)
            tabs.addTab(
                self.statements_table,
                self.tr("Statements ({counted} of {n} count)").format(
                    counted=self.statements_table.counted(), n=len(view.statements)
                ),
            )
            self.entries_panel = BundleEntries(
                view.snapshot.entries,
                validations(view.snapshot),
                self.session.language,
                tabs,
                since=view.history
                if view.history is not None and not view.history.problem
                else None,
            )
            self.entries_table = self.entries_panel.table
            self.entries_panel.can_sign = self.state == VERIFIED
            self.entries_panel.validate_button.clicked.connect(lambda: self.choose_and_validate())
            self.entries_panel.reject_button.clicked.connect(
                lambda: self.choose_and_validate(reject=True)
            )
            tabs.addTab(
                self.entries_panel,
                self.tr("Entries ({n})").format(n=self.entries_table.rowCount()),
            )
            column.addWidget(tabs, 1)
        else:
            problem = getattr(view, "problem", "")
            text = (
                self.tr("The contents cannot be shown: {reason}").format(reason=problem)
                if problem
                else self.tr("The contents are not shown, because the bundle does not check out.")
            )
            missing = QLabel(text)
            missing.setTextFormat(Qt.TextFormat.PlainText)  # the problem quotes the bundle
            missing.setObjectName("noContents")
            missing.setWordWrap(True)
            missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(missing, 1)
        self.content = content
        self.body.addWidget(content)
        verified = self.state == VERIFIED
        self.attest_button.setEnabled(verified and view.progress is not None)
        self.documents_button.setEnabled(verified and view.progress is not None)
        self.attest_button.setToolTip(
            ""
            if verified
            else self.tr("Only a verified bundle from a trusted key can be attested.")
        )
        self.save_report_button.setEnabled(
            self.state != INVALID and getattr(view.verdict, "report_pdf", None) is not None
        )

    def _summary(self, view: BundleView) -> QLabel:
        manifest = view.manifest or {}
        trainee = (
            (manifest.get("trainee") or {}).get("name", "")
            if isinstance(manifest.get("trainee"), dict)
            else ""
        )
        parts = []
        if trainee:
            parts.append(self.tr("Trainee: {name}").format(name=trainee))
        if manifest.get("bundle_id"):
            parts.append(self.tr("Bundle id: {id}").format(id=manifest["bundle_id"]))
        if manifest.get("created"):
            parts.append(self.tr("Exported: {when}").format(when=manifest["created"]))
        if manifest.get("sequence"):
            parts.append(self.tr("Bundle number {n}").format(n=manifest["sequence"]))
        chain = manifest.get("chain") if isinstance(manifest.get("chain"), dict) else {}
        if isinstance(chain.get("entry_count"), int):
            parts.append(self.tr("{n} entries").format(n=chain["entry_count"]))
        if isinstance(chain.get("head"), str):
            parts.append(self.tr("Chain head {head}…").format(head=chain["head"][:16]))
        curriculum = manifest.get("curriculum")
        if isinstance(curriculum, dict) and curriculum.get("id"):
            made_for = f"{curriculum['id']} {curriculum.get('version', '')}".strip()
            parts.append(self.tr("Made for curriculum {curriculum}").format(curriculum=made_for))
        history = view.history
        if history is not None and not history.problem and self.state != INVALID:
            parts.append(
                self.tr(
                    "Since bundle {n} you saw: {new} new, {amended} amended, {retracted} "
                    "retracted (Entries tab)"
                ).format(
                    n=history.since_bundle,
                    new=history.since_count(NEW),
                    amended=history.since_count(AMENDED),
                    retracted=history.since_count(RETRACTED),
                )
            )
        label = QLabel(" · ".join(str(p) for p in parts))
        label.setTextFormat(Qt.TextFormat.PlainText)  # names and ids from the manifest
        label.setObjectName("bundleSummary")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _warnings(self, view: BundleView) -> QLabel:
        """What the reader must weigh beside the verdict, in amber; hidden when nothing."""
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.RichText)  # a list; each warning escaped below
        label.setObjectName("bundleWarnings")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setStyleSheet(
            "#bundleWarnings { background: #fff4e0; border: 1px solid #b36b00; "
            "border-radius: 4px; padding: 4px; color: #4d2e00; }"
        )
        warnings = view.warnings if self.state != INVALID else ()
        label.setText(
            "<ul style='margin:0'>"
            + "".join(f"<li>⚠ {html.escape(w)}</li>" for w in warnings)
            + "</ul>"
        )
        label.setVisible(bool(warnings))
        return label

    def _accept_history_button(self, view: BundleView, parent: QWidget) -> QPushButton | None:
        """For a verified bundle whose history changed since the one he kept: the way to
        take it as the bundle the next is read against, once he has read what is gone."""
        fresh = view.freshness
        if self.state != VERIFIED or fresh is None or fresh.state != HISTORY_CHANGED:
            return None
        button = QPushButton(self.tr("Accept this history…"), parent)
        button.setObjectName("acceptHistoryButton")
        button.setToolTip(
            self.tr(
                "Only if the trainee told you she restored an older backup (a lost or broken "
                "computer): her next bundle is then read against this one."
            )
        )
        button.clicked.connect(lambda: self.accept_history())
        return button

    def _reports_read_button(self, view: BundleView, parent: QWidget) -> QPushButton | None:
        """For co-supervisors' reports his logbook keeps unread: the way to mark them read,
        so his Trainees view stops counting them."""
        unread = unread_reports(self.session.logbook, view)
        if not unread:
            return None
        button = QPushButton(
            self.tr("Mark %n report(s) read", "", len(unread)),
            parent,
        )
        button.setObjectName("reportsReadButton")
        button.setToolTip(
            self.tr(
                "The co-supervisors' reports are on the Statements tab; your Trainees view "
                "counts those you have not marked read."
            )
        )
        button.clicked.connect(lambda: self.mark_reports_read())
        return button

    def mark_reports_read(self) -> int:
        """Mark the reports this bundle shows read in his logbook."""
        if self.view is None:
            return 0
        marked = mark_reports_read(self.session.logbook, self.view)
        if self.reports_read_button is not None:
            self.reports_read_button.setEnabled(False)
            self.reports_read_button.setText(self.tr("Reports marked read"))
        return marked

    def accept_history(self) -> bool:
        """Ask, naming what is gone, then remember the bundle as the one the next is read
        against; his logbook's chain records what he accepted (`open_bundle`)."""
        view = self.view
        if view is None or view.history is None:
            return False
        question = self.tr(
            "This bundle no longer keeps what you saw in bundle {n}:\n\n{changes}\n\n"
            "Accept it only if the trainee told you she restored an older backup. Your "
            "logbook records what you accepted, and her next bundle is read against this one."
        ).format(n=view.history.since_bundle, changes=view.history.sentence)
        answer = QMessageBox.question(
            self,
            self.tr("Accept a changed history"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.show_view(
            open_bundle(
                self.data,
                self.session.logbook,
                self.session.language,
                self.session.today(),
                accept_history=True,
            )
        )
        if self.accept_history_button is not None:
            self.accept_history_button.setEnabled(False)
            self.accept_history_button.setText(
                self.tr("Accepted: her next bundle is read against this one")
            )
        return True

    # actions ------------------------------------------------------------------------
    def trust_signer(self) -> QDialog | None:
        """The trust flow with the bundle's signer key prefilled; verifies again after."""
        from evtdesk.ui.exchange.trust_dialog import AddKeyDialog

        manifest = (self.view.manifest if self.view else None) or {}
        signer = manifest.get("signer") if isinstance(manifest.get("signer"), dict) else {}
        trainee = manifest.get("trainee") if isinstance(manifest.get("trainee"), dict) else {}
        key = str(signer.get("public_key", ""))
        if not key:
            return None
        dialog = AddKeyDialog(
            self.session.logbook, self, key, str(trainee.get("name", "")), "trainee"
        )
        dialog.trusted.connect(lambda _key: self.reload())
        dialog.finished.connect(dialog.deleteLater)
        self.trust_dialog = dialog
        dialog.open()
        return dialog

    def attest(self) -> QDialog | None:
        if self.view is None or self.state != VERIFIED:
            return None
        from evtdesk.ui.exchange.attest_dialog import AttestDialog

        dialog = AttestDialog(self.session, self.view, self)
        dialog.saved.connect(self.attestation_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.attest_dialog = dialog
        dialog.open()
        return dialog

    def choose_and_validate(self, reject: bool = False) -> Path | None:
        """Validate (or reject, with a reason) the selected cases in one signed statement
        that pins each case's content, saved where he chooses for the trainee to import."""
        panel = self.entries_panel
        cases = panel.selected_entries() if panel is not None else []
        if not cases:
            return None
        reason = ""
        if reject:
            reason, given = QInputDialog.getText(
                self,
                self.tr("Reject cases"),
                self.tr("Why do you reject the {n} selected case(s)?").format(n=len(cases)),
            )
            if not given or not reason.strip():
                return None
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the signed validation"),
            str(Path.home() / "validation.evtattest"),
            self.tr("EVTDesk attestations (*.evtattest)"),
        )
        if not chosen:
            return None
        return self.validate_cases([e.id for e in cases], Path(chosen), reason if reject else None)

    def validate_cases(
        self, entry_ids: list[str], out: Path, rejected_because: str | None = None
    ) -> Path | None:
        """Sign the validation (or, with a reason, the rejection) of these cases."""
        from evtdesk.exchange import write_attestation
        from evtdesk.exchange.declarations import validation
        from evtdesk.store import LogbookError

        if self.view is None or self.state != VERIFIED:
            return None
        validated = [] if rejected_because is not None else entry_ids
        rejected = {i: rejected_because for i in entry_ids} if rejected_because else {}
        try:
            statement = validation(self.view, validated, rejected)
            written = write_attestation(
                self.session.logbook,
                self.view,
                [statement],
                out if out.suffix else out.with_suffix(".evtattest"),
                replace_attestation=True,
            )
        except LogbookError as error:
            QMessageBox.warning(self, self.tr("Not signed"), str(error))
            return None
        self.attestation_saved.emit(written)
        QMessageBox.information(
            self,
            self.tr("Signed"),
            self.tr("{path} is signed: give it to the trainee to import.").format(path=written),
        )
        return Path(written)

    def choose_and_issue(self, document: str) -> Path | None:
        """Ask where, then issue the certificate or the employer's notice from his view of
        the bundle, signed with his logbook's certificate; a refusal is said in the
        core's own sentence (nothing is written)."""
        trainee = (self.view.manifest or {}).get("trainee") if self.view else None
        name = trainee.get("name", "") if isinstance(trainee, dict) else ""
        stem = ("certificate" if document == CERTIFICATE else "notice") + (
            f"-{file_stem(str(name))}" if name else ""
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the signed document"),
            str(Path.home() / f"{stem}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        return self.issue(document, Path(chosen)) if chosen else None

    def issue(self, document: str, out: Path) -> Path | None:
        from evtdesk.exchange.certificate import write_certificate
        from evtdesk.exchange.notice import write_notice
        from evtdesk.store import LogbookError

        write = write_certificate if document == CERTIFICATE else write_notice
        try:
            # the save dialog has asked before replacing a file
            written = write(self.session.logbook, self.data, out, self.session.language, True)
        except LogbookError as error:
            QMessageBox.warning(self, self.tr("Not signed"), str(error))
            return None
        QMessageBox.information(
            self,
            self.tr("Signed"),
            self.tr("{path} is written and signed with your logbook's certificate.").format(
                path=written.path
            ),
        )
        return Path(written.path)

    def choose_and_save_report(self) -> None:
        pdf = getattr(self.view.verdict, "report_pdf", None) if self.view else None
        if pdf is None:
            return
        default = Path.home() / f"{Path(self.source).stem or 'report'}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), str(default), self.tr("PDF files (*.pdf)")
        )
        if name:
            from PySide6.QtWidgets import QMessageBox

            from evtdesk.exchange.targets import PDF, TargetRefused, check_target

            try:  # never over a logbook, its key file or anything but an earlier PDF
                check_target(Path(name), PDF, replace=True)
                Path(name).write_bytes(pdf)
            except TargetRefused as refusal:
                QMessageBox.warning(self, self.tr("Save report"), str(refusal))
            except OSError as error:
                QMessageBox.warning(self, self.tr("Save report"), str(error.strerror))
