"""Retiring or removing a trusted key from the app, each after a sentence that names what
it will change (`exchange.trust_terms` does the work, as for `evtdesk trust`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from evtdesk.exchange import trust_terms
from evtdesk.model import TrustedKey
from evtdesk.store import Logbook, LogbookError
from evtdesk.ui.date_edit import DateEdit
from evtdesk.ui.exchange.common import role_text
from evtdesk.ui.styles import ERROR_STYLE


def remove_question(key: TrustedKey) -> str:
    """What removing the key changes, for the confirmation."""
    return (
        QCoreApplication.translate(
            "RetireKeyDialog",
            "Stop trusting {name}'s key ({role}, fingerprint {fingerprint}) altogether? "
            "Nothing it signed counts any more, whenever it was signed. To keep what it "
            "decided before a hand-over, retire it instead.",
        )
        .replace("{name}", key.name)
        .replace("{role}", role_text(key.role))
        .replace("{fingerprint}", key.fingerprint)
    )


class RetireKeyDialog(QDialog):
    """Choose the last day of a key's term, read what it changes, then retire it."""

    retired = Signal(object)  # the TrustedKey with its new term

    def __init__(self, logbook: Logbook, key: TrustedKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retireKeyDialog")
        self.logbook, self.key = logbook, key
        self.setWindowTitle(self.tr("Retire a key"))
        self.until = DateEdit()
        self.until.setObjectName("retireUntil")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setDate(QDate.currentDate())
        self.until.dateChanged.connect(self._update)
        self.sentence = QLabel()
        self.sentence.setObjectName("retireSentence")
        self.sentence.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("retireProblem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Retire"))
        buttons.accepted.connect(self.retire)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        label = QLabel(self.tr("&Last day of the term:"))
        label.setBuddy(self.until)
        form.addRow(label, self.until)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sentence)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._update()
        self.resize(520, 220)

    def chosen(self) -> date:
        return self.until.date().toPython()  # type: ignore[no-any-return]

    def _update(self) -> None:
        self.sentence.setText(
            self.tr(
                "This retires {name}'s key ({role}, fingerprint {fingerprint}) after {date}: "
                "what it signs after that day counts for nothing; what it signed until then "
                "stands."
            )
            .replace("{name}", self.key.name)
            .replace("{role}", role_text(self.key.role))
            .replace("{fingerprint}", self.key.fingerprint)
            .replace("{date}", self.chosen().isoformat())
        )

    def retire(self) -> TrustedKey | None:
        try:
            changed = trust_terms.retire(self.logbook, self.key, self.chosen())
        except LogbookError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return None
        self.retired.emit(changed)
        self.accept()
        return changed
