"""The training plan as the supervisor signed it, read-only: whether MRI is the primary
modality (which raises some counts) and each signed adaptation with who signed it and when.

The trainee cannot change anything here; proposals to adapt the plan are made in
`ProposalsBox` and apply only once the supervisor signs them. Strings keep the
"PlanDialog" context so their translations stay where they were before the split.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evtdesk.curriculum import Curriculum
from evtdesk.curriculum.messages import number
from evtdesk.model import Attestation, TrainingPlan
from evtdesk.ui.tooltips import plain_tooltip


class SignedPlanBox(QGroupBox):
    """The MRI setting and the table of signed adaptations of one training plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mri_label = QLabel(self)
        self.mri_label.setObjectName("mriPrimary")
        self.mri_label.setWordWrap(True)
        self.adaptations_table = QTableWidget(0, 4, self)
        self.adaptations_table.setObjectName("adaptationsTable")
        self.adaptations_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.adaptations_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.adaptations_table.verticalHeader().hide()
        self.adaptations_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        for column in range(4):
            self.adaptations_table.horizontalHeader().setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column == 1
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.adaptations_table.setWordWrap(True)
        # A plan has a few adaptations; the space goes to the periods, which grow each year.
        self.adaptations_table.setMaximumHeight(self.fontMetrics().height() * 8)
        self.no_adaptations = QLabel(self)
        self.no_adaptations.setObjectName("noAdaptations")
        layout = QVBoxLayout(self)
        layout.addWidget(self.mri_label)
        layout.addWidget(self.adaptations_table)
        layout.addWidget(self.no_adaptations)

    def retranslate(self) -> None:
        self.setTitle(
            QCoreApplication.translate("PlanDialog", "Training plan (signed by your supervisor)")
        )
        self.adaptations_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("PlanDialog", "Item"),
                QCoreApplication.translate("PlanDialog", "Adaptation"),
                QCoreApplication.translate("PlanDialog", "Signed by"),
                QCoreApplication.translate("PlanDialog", "Signed on"),
            ]
        )
        self.adaptations_table.setAccessibleName(
            QCoreApplication.translate("PlanDialog", "Adaptations of the training plan")
        )
        self.no_adaptations.setText(
            QCoreApplication.translate("PlanDialog", "No signed adaptations.")
        )

    def show_plan(
        self,
        plan: TrainingPlan,
        curriculum: Curriculum,
        language: str,
        mri_decided: Attestation | None = None,
    ) -> None:
        """Fill the box from `plan`; the counts MRI would raise come from `curriculum`.
        The MRI rule is the supervisor's signed word (`mri_decided`) when there is one;
        the trainee's own setting counts only until then, and says so."""
        raised = [
            f"{c.id} {number(c.plan_required['mri_primary'], language)}"
            for item in curriculum.items
            for c in item.conditions
            if "mri_primary" in c.plan_required
        ]
        mri = plan.mri_primary if mri_decided is None else mri_decided.approved
        if mri:
            text = QCoreApplication.translate(
                "PlanDialog", "MRI is the primary modality in your plan: %1."
            )
        else:
            text = QCoreApplication.translate(
                "PlanDialog", "MRI is not the primary modality in your plan (if it were: %1)."
            )
        if mri_decided is None:
            who = QCoreApplication.translate(
                "PlanDialog",
                "This is your own setting: it counts until your supervisor signs the MRI rule.",
            )
        else:
            who = (
                QCoreApplication.translate("PlanDialog", "Signed by %2 on %3.")
                .replace("%2", mri_decided.supervisor_name)
                .replace("%3", mri_decided.signed_at.date().isoformat())
            )
        self.mri_label.setText(text.replace("%1", ", ".join(raised) or "—") + " " + who)
        self.adaptations_table.setRowCount(len(plan.adaptations))
        for row, adaptation in enumerate(plan.adaptations):
            changes = [
                f"{cid} → {number(float(v), language)}" for cid, v in adaptation.required.items()
            ]
            if adaptation.waived:
                changes.append(QCoreApplication.translate("PlanDialog", "not required"))
            what = adaptation.note + (f" ({'; '.join(changes)})" if changes else "")
            cells = (
                adaptation.item_id,
                what,
                adaptation.decided_by,
                adaptation.decided_on.isoformat() if adaptation.decided_on else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tooltip(text))
                self.adaptations_table.setItem(row, column, item)
        self.adaptations_table.setVisible(bool(plan.adaptations))
        self.no_adaptations.setVisible(not plan.adaptations)
