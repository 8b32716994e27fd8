"""The statements a bundle carries, each with its standing for the reader.

A supervisor must see at a glance which statements count in the progress beside it and
which are only claims: the ones signed with their own key or a key they trust are marked
as counting; the others say why not — a key they do not trust (with its fingerprint and
the name it claims), a key trusted only as a trainee's, a signature that fails, or a
format 1 bundle that carries no signed copy.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from evtdesk.bundle.standing import JudgedStatement
from evtdesk.model.statements import CO_SUPERVISOR
from evtdesk.ui.exchange.common import verdict_words
from evtdesk.ui.tooltips import plain_tooltip

COUNTS_COLOUR, CLAIM_COLOUR, INVALID_COLOUR = "#1e7b34", "#8a5300", "#b3261e"


def standing_text(statement: JudgedStatement) -> str:
    role = {
        "supervisor": QCoreApplication.translate("StatementsTable", "as supervisor"),
        "co_supervisor": QCoreApplication.translate("StatementsTable", "as co-supervisor"),
        "hospital": QCoreApplication.translate("StatementsTable", "as the hospital"),
    }.get(statement.role or "", "")
    return {
        "own": QCoreApplication.translate("StatementsTable", "Yours"),
        "trusted": QCoreApplication.translate("StatementsTable", "Trusted")
        + (f" ({role})" if role else ""),
        "wrong_role": QCoreApplication.translate(
            "StatementsTable", "Key trusted only as a trainee's"
        ),
        "unknown_key": QCoreApplication.translate("StatementsTable", "Key you do not trust"),
        "out_of_term": QCoreApplication.translate(
            "StatementsTable", "Signed outside the key's term"
        ),
        "invalid": QCoreApplication.translate("StatementsTable", "Invalid"),
        "unverifiable": QCoreApplication.translate("StatementsTable", "Cannot be checked"),
    }.get(statement.standing, statement.standing)


def _who(statement: JudgedStatement) -> str:
    if statement.standing == "own":
        return QCoreApplication.translate("StatementsTable", "You")
    if statement.counted or statement.standing == "wrong_role":
        return statement.by
    claimed = statement.claimed_by or "?"
    return QCoreApplication.translate("StatementsTable", "claims to be {name}").format(name=claimed)


def _short(fingerprint: str) -> str:
    groups = fingerprint.split()
    return " ".join(groups[:4]) + (" …" if len(groups) > 4 else "")


def _note(statement: JudgedStatement) -> str:
    parts = []
    if statement.comment:
        parts.append(statement.comment)
    measures = (statement.verdict.measures if statement.verdict else ()) + (
        statement.evaluation.measures if statement.evaluation else ()
    )
    if measures:
        parts.append(
            QCoreApplication.translate("StatementsTable", "measures: %1").replace(
                "%1", "; ".join(f"{m.due.isoformat()} {m.text}" for m in measures)
            )
        )
    if statement.counted and not statement.decides:  # curriculum.authority
        parts.append(
            QCoreApplication.translate(
                "StatementsTable", "a co-supervisor's report: the main supervisor decides this"
            )
            if statement.role == CO_SUPERVISOR
            else QCoreApplication.translate(
                "StatementsTable", "a report: the signer's role does not decide this"
            )
        )
    if statement.problem:
        parts.append(statement.problem)
    if not statement.carried:
        parts.append(
            QCoreApplication.translate(
                "StatementsTable", "left out of the bundle; counted from your own logbook"
            )
        )
    return " — ".join(parts)


class StatementsTable(QTableWidget):
    """One row a statement: subject, decision, who, key, when, standing, note; the newest
    first, since the reader comes to see what changed since the last bundle."""

    def __init__(
        self, statements: tuple[JudgedStatement, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(len(statements), 7, parent)
        self.setObjectName("bundleStatements")
        self.statements = tuple(reversed(statements))
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("StatementsTable", "Subject"),
                QCoreApplication.translate("StatementsTable", "Decision"),
                QCoreApplication.translate("StatementsTable", "Signed by"),
                QCoreApplication.translate("StatementsTable", "Key"),
                QCoreApplication.translate("StatementsTable", "Signed"),
                QCoreApplication.translate("StatementsTable", "Standing"),
                QCoreApplication.translate("StatementsTable", "Comment or reason"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        for row, statement in enumerate(self.statements):
            self._fill(row, statement)
        header = self.horizontalHeader()
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setAccessibleName(
            QCoreApplication.translate("StatementsTable", "Statements in the bundle")
        )

    def _fill(self, row: int, statement: JudgedStatement) -> None:
        decision = (
            QCoreApplication.translate("StatementsTable", "Approved")
            if statement.approved
            else QCoreApplication.translate("StatementsTable", "Not approved")
        )
        when = statement.signed_at.strftime("%Y-%m-%d") if statement.signed_at else ""
        start = statement.verdict.week_start if statement.verdict else None
        subject, decision = verdict_words(statement.subject, statement.approved, start) or (
            statement.subject,
            decision,
        )
        cells = (
            subject,
            decision,
            _who(statement),
            _short(statement.fingerprint) if statement.fingerprint else "",
            when,
            standing_text(statement),
            _note(statement),
        )
        colour = (
            COUNTS_COLOUR
            if statement.decides
            else INVALID_COLOUR
            if statement.standing == "invalid"
            else CLAIM_COLOUR
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(plain_tooltip(statement.fingerprint if column == 3 else text))
            if column == 5:
                item.setForeground(QBrush(QColor(colour)))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if not statement.decides and column != 5:
                item.setForeground(Qt.GlobalColor.darkGray)
            self.setItem(row, column, item)

    def counted(self) -> int:
        """The statements that count: they stand and their signer may decide them."""
        return sum(1 for s in self.statements if s.decides)
