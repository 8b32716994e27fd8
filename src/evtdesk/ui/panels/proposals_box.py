"""The trainee's proposals to adapt the training plan, and their answers.

An adaptation is the supervisor's decision: the trainee proposes one here, the next bundle
shows it to the supervisor, and it applies only when the supervisor signs it and the
trainee imports that attestation. Until then it is listed as awaiting a signature; after,
as signed or not approved. Withdrawing takes a pending proposal back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evtdesk.curriculum.messages import number
from evtdesk.model import Proposal
from evtdesk.model.statements import PENDING, REFUSED, SIGNED, proposal_status
from evtdesk.store import LogbookError
from evtdesk.training import curriculum_of, propose_adaptation
from evtdesk.ui.session import LogbookSession
from evtdesk.ui.styles import ERROR_STYLE
from evtdesk.ui.tooltips import plain_tooltip


def parse_required(text: str) -> dict[str, float]:
    """`NI2.independent=20, NI2=40` as the required numbers; ValueError names a bad pair."""
    required: dict[str, float] = {}
    for pair in (p.strip() for p in text.replace(";", ",").split(",")):
        if not pair:
            continue
        condition, sep, value = pair.partition("=")
        try:
            amount = float(value.strip().replace(",", "."))
        except ValueError:
            sep = ""
        if not sep or not condition.strip():
            raise ValueError(pair)
        required[condition.strip()] = int(amount) if amount.is_integer() else amount
    return required


class ProposalsBox(QGroupBox):
    """Propose, list and withdraw adaptations of the session's training plan."""

    changed = Signal()

    def __init__(self, session: LogbookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalsBox")
        self.session = session
        self.curriculum = curriculum_of(session.logbook)  # fixed at creation: read once
        self.proposals: list[Proposal] = []
        self.statuses: list[str] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("proposalsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        for column in range(4):
            self.table.horizontalHeader().setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column == 1
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.table.setMaximumHeight(self.fontMetrics().height() * 7)
        self.empty = QLabel(self)
        self.empty.setObjectName("noProposals")
        self.item_combo = QComboBox(self)
        self.item_combo.setObjectName("proposalItem")
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("proposalNote")
        self.required_edit = QLineEdit(self)
        self.required_edit.setObjectName("proposalRequired")
        self.waive_check = QCheckBox(self)
        self.waive_check.setObjectName("proposalWaive")
        self.propose_button = QPushButton(self)
        self.propose_button.setObjectName("proposeButton")
        self.propose_button.clicked.connect(self.propose)
        self.withdraw_button = QPushButton(self)
        self.withdraw_button.setObjectName("withdrawProposalButton")
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.error = QLabel(self)
        self.error.setObjectName("proposalError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        for button in (self.propose_button, self.withdraw_button):
            button.setAutoDefault(False)
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(3)]
        for label, field in zip(
            self.labels, (self.item_combo, self.note_edit, self.required_edit), strict=True
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.waive_check)
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.propose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()

    @property
    def language(self) -> str:
        return self.session.language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "labels"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your proposals to adapt the plan (they apply once signed)"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Proposal"), self.tr("Proposed on"), self.tr("Status")]
        )
        self.table.setAccessibleName(self.tr("Your proposed adaptations"))
        self.empty.setText(self.tr("No proposals."))
        for label, text in zip(
            self.labels,
            (self.tr("&Item:"), self.tr("&Why:"), self.tr("&New numbers:")),
            strict=True,
        ):
            label.setText(text)
        self.note_edit.setPlaceholderText(
            self.tr("What should change and why, for your supervisor (no patient data)")
        )
        self.required_edit.setPlaceholderText(self.tr("e.g. NI2.independent=20 (optional)"))
        self.waive_check.setText(self.tr("The item is not &required"))
        self.propose_button.setText(self.tr("&Propose"))
        self.withdraw_button.setText(self.tr("&Withdraw proposal"))
        self.render()

    def reload(self) -> None:
        records = self.session.logbook.records
        plan, attestations = records.plan(), records.attestations()
        self.proposals = list(plan.proposals)
        self.statuses = [proposal_status(p, attestations)[0] for p in self.proposals]
        self.render()

    def rebind(self, session: LogbookSession) -> None:
        """Carry on with the logbook unlocked again (what was typed stays)."""
        self.session = session
        self.curriculum = curriculum_of(session.logbook)
        self.reload()

    def render(self) -> None:
        """Show what was read last (a language switch re-renders without reading)."""
        curriculum = self.curriculum
        chosen = self.item_combo.currentData()
        self.item_combo.clear()
        for item in curriculum.items:
            self.item_combo.addItem(f"{item.id} – {item.title(self.language)}", item.id)
        if chosen is not None:
            self.item_combo.setCurrentIndex(max(0, self.item_combo.findData(chosen)))
        words = {
            PENDING: self.tr("Awaiting your supervisor's signature"),
            SIGNED: self.tr("Signed"),
            REFUSED: self.tr("Not approved"),
        }
        self.table.setRowCount(len(self.proposals))
        for row, (proposal, status) in enumerate(zip(self.proposals, self.statuses, strict=True)):
            changes = [
                f"{cid} → {number(float(v), self.language)}" for cid, v in proposal.required.items()
            ]
            if proposal.waived:
                changes.append(self.tr("not required"))
            cells = (
                proposal.item_id,
                proposal.note + (f" ({'; '.join(changes)})" if changes else ""),
                proposal.proposed_on.isoformat() if proposal.proposed_on else "",
                words.get(status, status),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(plain_tooltip(text))
                cell.setData(Qt.ItemDataRole.UserRole, proposal.item_id)
                self.table.setItem(row, column, cell)
        self.table.setVisible(bool(self.proposals))
        self.empty.setVisible(not self.proposals)
        self._update_buttons()

    def _update_buttons(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        pending = bool(rows) and self.statuses[rows[0].row()] == PENDING
        self.withdraw_button.setEnabled(pending)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def propose(self) -> Proposal | None:
        """Record the proposal in the form; a refusal is shown and what was typed kept."""
        try:
            required = parse_required(self.required_edit.text())
        except ValueError as error:
            self._show_error(
                self.tr(
                    "Write each new number as CONDITION=NUMBER, e.g. NI2.independent=20 "
                    "(not “{pair}”)."
                ).format(pair=str(error))
            )
            return None
        try:
            proposal = propose_adaptation(
                self.session.logbook,
                str(self.item_combo.currentData()),
                self.note_edit.text(),
                required,
                self.waive_check.isChecked(),
            )
        except LogbookError as error:
            self._show_error(str(error))
            return None
        self.note_edit.clear()
        self.required_edit.clear()
        self.waive_check.setChecked(False)
        self._written()
        return proposal

    def withdraw_selected(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.statuses[rows[0].row()] != PENDING:
            return 0
        item_id = self.proposals[rows[0].row()].item_id
        try:
            count = self.session.logbook.records.withdraw_proposal(item_id, "withdrawn in the app")
        except LogbookError as error:
            self._show_error(str(error))
            return 0
        self._written()
        return count

    def _written(self) -> None:
        self._show_error("")
        self.reload()
        self.session.notify_changed()
        self.changed.emit()
