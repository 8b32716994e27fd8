"""Small pieces the exchange screens share."""

from __future__ import annotations

import html

from PySide6.QtGui import QFont, QFontDatabase


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
        "trainee": QCoreApplication.translate("ExchangeRoles", "Trainee"),
    }
    return labels.get(role, role)
