"""Small pieces the exchange screens share."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtGui import QFont, QFontDatabase

from evtdesk.model.statements import EVAL_PREFIX, EXAM_WEEK, STOP


def mono_font(point_size: float | None = None, bold: bool = False) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    if point_size is not None:
        font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def bold(text: str) -> str:
    return f"<b>{html.escape(text)}</b>"


def grouped_fingerprint(fingerprint: str, per_line: int = 4) -> str:
    """ "ABCD EF01 …" (16 groups) as four lines of four groups, for reading aloud."""
    groups = fingerprint.split()
    return "\n".join("  ".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line))


def role_text(role: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "supervisor": QCoreApplication.translate("ExchangeRoles", "Supervisor"),
        "co_supervisor": QCoreApplication.translate("ExchangeRoles", "Co-supervisor"),
        "hospital": QCoreApplication.translate("ExchangeRoles", "Hospital (readiness)"),
        "trainee": QCoreApplication.translate("ExchangeRoles", "Trainee"),
    }
    return labels.get(role, role)


def verdict_words(
    subject: str, approved: bool, week_start: date | None = None
) -> tuple[str, str] | None:
    """The subject and the decision of a statement that is not about an item, as a
    reader says them ("Examination week 2026-03-02", "not passed"); None for an item,
    whose title the curriculum gives."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("StatementWords", text)

    if subject == EXAM_WEEK:
        label = tr("Examination week")
        if week_start is not None:
            label += f" {week_start.isoformat()}"
        return label, tr("passed") if approved else tr("not passed")
    if subject.startswith(EVAL_PREFIX):
        label = tr("Yearly evaluation %1").replace("%1", subject[len(EVAL_PREFIX) :])
        return label, tr("sufficient progress") if approved else tr("insufficient progress")
    if subject == STOP:
        return tr("The training"), tr("stopped") if approved else tr("resumed")
    return None
