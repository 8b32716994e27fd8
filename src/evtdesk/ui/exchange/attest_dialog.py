"""The supervisor attests: pick what to sign for, approve or not (saying why when not),
and save a signed attestation to give back to the trainee.

The items (parts, certificates, the plan, proposed adaptations) are one table; the
statements that carry content — the examination week's verdict, a year's evaluation,
stopping or resuming the training — each have their tab (`verdict_tabs`), and so do the
facts the signer declares (`declarations_tab`). One save signs everything chosen in all
of them as one attestation."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evtdesk.bundle.attestation import MAX_COMMENT
from evtdesk.exchange import BundleView, attestation_subjects, identity_info, write_attestation
from evtdesk.exchange.attestations import proposals_of, signed_proposal
from evtdesk.model import Statement
from evtdesk.model.statements import ADAPT_PREFIX
from evtdesk.store import LogbookError
from evtdesk.ui.exchange.declarations_tab import DeclarationsTab
from evtdesk.ui.exchange.verdict_tabs import StopTab, WeekVerdictTab, YearEvaluationTab
from evtdesk.ui.session import LogbookSession
from evtdesk.ui.styles import ERROR_STYLE
from evtdesk.ui.tooltips import plain_tooltip

SUFFIX = ".evtattest"
APPROVED, NOT_APPROVED = 0, 1
STATE_COLOURS = {
    "met": "#1e7b34",
    "attested": "#1e7b34",
    "complete": "#1e7b34",
    "locked": "#7f7f7f",
}


class AttestDialog(QDialog):
    saved = Signal(object)  # Path

    def __init__(
        self, session: LogbookSession, view: BundleView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attestDialog")
        self.session = session
        self.view = view
        self.saved_path: Path | None = None
        self.setWindowTitle(self.tr("Attest"))
        manifest = view.manifest or {}
        trainee = (manifest.get("trainee") or {}).get("name", "")
        intro = QLabel(
            self.tr(
                "Tick what you attest for {name}. For each, approve it or not; say why when you do "
                "not approve. The examination week, the yearly evaluation and stopping the "
                "training have their own tabs. "
                "The attestation is signed with your key and is only valid for this trainee's "
                "bundle."
            ).format(name=trainee)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the name is the bundle's, not ours
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("subjectFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.subjects = attestation_subjects(view, session.language, session.today())
        states = {}
        if view.progress is not None:
            states = {i.id: i.state for i in view.progress.items} | {
                p.id: p.state for p in view.progress.parts
            }
            states |= {f"{ADAPT_PREFIX}{p.item_id}": "proposed" for p in proposals_of(view)}
        headers = [
            self.tr("Attest"),
            self.tr("Status in the bundle"),
            self.tr("Decision"),
            self.tr("Comment"),
        ]
        self.table = QTableWidget(len(self.subjects), len(headers))
        self.table.setObjectName("subjectsTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.rows: dict[str, int] = {}
        self.decisions: list[QComboBox] = []
        self.comments: list[QLineEdit] = []
        for row, (subject, label) in enumerate(self.subjects):
            self.rows[subject] = row
            check = QTableWidgetItem(label)
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, subject)
            check.setToolTip(plain_tooltip(label))
            self.table.setItem(row, 0, check)
            state = states.get(subject, "")
            status = QTableWidgetItem(self._state_text(state))
            status.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if state in STATE_COLOURS:
                status.setForeground(
                    Qt.GlobalColor.darkGreen if state != "locked" else Qt.GlobalColor.gray
                )
            self.table.setItem(row, 1, status)
            decision = QComboBox()
            decision.addItem(self.tr("Approved"))
            decision.addItem(self.tr("Not approved"))
            decision.setAccessibleName(self.tr("Decision for {subject}").format(subject=label))
            decision.currentIndexChanged.connect(lambda _i, r=row: self._tick(r))
            comment = QLineEdit()
            comment.setMaxLength(MAX_COMMENT)
            comment.setAccessibleName(self.tr("Comment for {subject}").format(subject=label))
            comment.textEdited.connect(lambda _t, r=row: self._tick(r))
            self.decisions.append(decision)
            self.comments.append(comment)
            self.table.setCellWidget(row, 2, decision)
            self.table.setCellWidget(row, 3, comment)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 420)
        self.table.itemChanged.connect(lambda _item: self._update())
        self.count_label = QLabel()
        self.problem_label = QLabel()
        self.problem_label.setObjectName("attestProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.problem_label.hide()
        # the command line's --force: a bundle older than one he saw is signed about only
        # on purpose, since what he said about the newer one outranks it
        self.older_check = QCheckBox(
            self.tr(
                "Sign about this bundle although it is older than one you saw (what you said "
                "about the newer one outranks it)"
            )
        )
        self.older_check.setObjectName("signAboutOlder")
        self.older_check.setVisible(view.freshness is not None and view.freshness.warning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("&Save signed attestation…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveAttestationButton")
        self.buttons.accepted.connect(self.choose_and_save)
        self.buttons.rejected.connect(self.reject)
        items = QWidget()
        items_layout = QVBoxLayout(items)
        items_layout.addWidget(self.filter_edit)
        items_layout.addWidget(self.table, 1)
        today = session.today()
        self.week_tab = WeekVerdictTab(view, session.language, today)
        self.year_tab = YearEvaluationTab(view, session.language, today)
        self.stop_tab = StopTab(view, session.language)
        self.verdict_tabs: tuple[WeekVerdictTab | YearEvaluationTab | StopTab, ...] = (
            self.week_tab,
            self.year_tab,
            self.stop_tab,
        )
        self.declarations_tab = DeclarationsTab(view, session.language, self._own_key, today)
        # every tab whose statements are signed beside the ticked items
        self.content_tabs: tuple[
            WeekVerdictTab | YearEvaluationTab | StopTab | DeclarationsTab, ...
        ] = (*self.verdict_tabs, self.declarations_tab)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("attestTabs")
        self.tabs.addTab(items, self.tr("&Items"))
        self.tabs.addTab(self.week_tab, self.tr("E&xamination week"))
        self.tabs.addTab(self.year_tab, self.tr("Yearly e&valuation"))
        self.tabs.addTab(self.stop_tab, self.tr("S&top or resume"))
        self.tabs.addTab(self.declarations_tab, self.tr("&Declarations"))
        for tab in self.content_tabs:
            tab.changed.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.older_check)
        layout.addWidget(self.buttons)
        self._update()
        self.resize(1100, 720)

    def rebind(self, session: LogbookSession) -> None:
        """Carry on in `session` after the supervisor's logbook was locked and unlocked
        again: what was ticked and typed stays, and the bundle read before the lock (its
        verdict was checked then) is what is signed."""
        self.session = session

    def _own_key(self) -> str:
        """The signer's public key, for a hand-over: read when signing, from the logbook
        the dialog signs with (it may have been locked and unlocked since it opened)."""
        return identity_info(self.session.logbook).public_key_text

    def _state_text(self, state: str) -> str:
        return {
            "locked": self.tr("Locked"),
            "open": self.tr("Not yet met"),
            "met": self.tr("Met"),
            "attested": self.tr("Already attested"),
            "complete": self.tr("Complete"),
            "proposed": self.tr("Proposed by the trainee"),
        }.get(state, "")

    def _tick(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item.checkState() != Qt.CheckState.Checked:
            item.setCheckState(Qt.CheckState.Checked)
        self._update()

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row, (subject, label) in enumerate(self.subjects):
            self.table.setRowHidden(
                row, bool(needle) and needle not in f"{subject} {label}".lower()
            )

    def _update(self) -> None:
        count = len(self.checked_rows()) + sum(t.chosen_count for t in self.content_tabs)
        self.count_label.setText(self.tr("%n statement(s) chosen.", "", count))
        self.save_button.setEnabled(count > 0)

    def checked_rows(self) -> list[int]:
        return [
            r
            for r in range(self.table.rowCount())
            if self.table.item(r, 0).checkState() == Qt.CheckState.Checked
        ]

    def choose(self, subject: str, approved: bool = True, comment: str = "") -> None:
        """Tick one subject (what a click, a choice and typing do)."""
        row = self.rows[subject]
        self.decisions[row].setCurrentIndex(APPROVED if approved else NOT_APPROVED)
        self.comments[row].setText(comment)
        self.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
        self._update()

    def statements(self) -> list[Statement]:
        """The ticked rows as statements; a proposed adaptation is signed with the terms
        the bundle shows (the comment, when given, is the supervisor's note)."""
        found = []
        for r in self.checked_rows():
            subject = self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            approved = self.decisions[r].currentIndex() == APPROVED
            comment = self.comments[r].text().strip()
            if subject.startswith(ADAPT_PREFIX):
                found.append(
                    signed_proposal(self.view, subject[len(ADAPT_PREFIX) :], approved, comment)
                )
            else:
                found.append(Statement(subject, approved, comment))
        for tab in self.content_tabs:  # LogbookError when the core refuses what was said
            found += tab.statements()
        return found

    def problems(self) -> list[str]:
        missing = [
            self.subjects[r][1]
            for r in self.checked_rows()
            if self.decisions[r].currentIndex() == NOT_APPROVED
            and not self.comments[r].text().strip()
        ]
        found = [
            self.tr("Say why this is not approved: {subject}").format(subject=s) for s in missing
        ]
        for tab in self.content_tabs:
            found += tab.problems()
        return found

    def choose_and_save(self) -> None:
        if not self._check():
            return
        manifest = self.view.manifest or {}
        trainee = str((manifest.get("trainee") or {}).get("name", "trainee")).replace(" ", "-")
        default = Path.home() / f"{trainee}-{date.today().isoformat()}{SUFFIX}"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save signed attestation"),
            str(default),
            self.tr("EVTDesk attestations (*.evtattest);;All files (*)"),
        )
        if name:
            self.save(Path(name))

    def _check(self) -> bool:
        problems = self.problems()
        if not self.checked_rows() and not any(t.chosen_count for t in self.content_tabs):
            problems.append(self.tr("Tick at least one item, or give a verdict or an evaluation."))
        self.problem_label.setText("<br>".join(html.escape(p) for p in problems))
        self.problem_label.setVisible(bool(problems))
        for r in range(len(self.subjects)):
            empty = (
                r in self.checked_rows()
                and self.decisions[r].currentIndex() == NOT_APPROVED
                and not self.comments[r].text().strip()
            )
            self.comments[r].setStyleSheet("border: 2px solid #b3261e;" if empty else "")
        return not problems

    def save(self, path: Path) -> Path | None:
        if not self._check():
            return None
        if not path.suffix:
            path = path.with_suffix(SUFFIX)
        try:
            written = write_attestation(
                self.session.logbook,
                self.view,
                self.statements(),
                path,
                replace_attestation=True,
                about_older=self.older_check.isChecked(),
            )
        except LogbookError as error:  # e.g. an identity number in a comment
            self.problem_label.setText(html.escape(str(error)))
            self.problem_label.show()
            return None
        self.saved_path = written
        self.saved.emit(written)
        self.accept()
        return written
