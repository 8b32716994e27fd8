"""The quality view's follow-up targets: Q1, Q2 and Q4 as the progress items judge them.

Only presents: the words are the core's (`quality.target_lines`), the same `evtdesk
quality` prints and the report's quality section shows, in the session's language. One
row a target: what the guidance asks, the figure with what it rests on, the judgement
(green met, red not met, plain not yet judgeable). Where there are no targets (before the
approval, or a calendar year) it shows the one line saying where they are judged.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from evtdesk.quality.target_lines import (
    MET,
    NOT_MET,
    TargetLine,
    target_lines,
    targets_absent,
    targets_heading,
)
from evtdesk.quality.targets import FollowUpTargets
from evtdesk.ui.panels.quality_charts import BAD, GOOD

COLOURS = {MET: GOOD.name(), NOT_MET: BAD.name()}
NOTE = "#6b6b6b"  # what a figure rests on, under it: readable on light and dark


def _esc(text: str) -> str:
    return escape(text, quote=False)


def _row(line: TargetLine) -> str:
    figure = _esc(line.figure)
    if line.notes:
        figure += "".join(f'<br><span style="color:{NOTE}">· {_esc(n)}</span>' for n in line.notes)
    state = f"<b>{_esc(line.state)}</b>"
    if line.judgement in COLOURS:
        state = f'<span style="color:{COLOURS[line.judgement]}">{state}</span>'
    cells = (f"<b>{_esc(line.asks)}</b>", figure, state)
    widths = ("28%", "56%", "16%")
    return "<tr>" + "".join(
        f'<td width="{w}" valign="top">{c}</td>' for w, c in zip(widths, cells, strict=True)
    )


class TargetsView(QLabel):
    """The targets block under the quality view's summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qualityTargets")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines: tuple[TargetLine, ...] = ()  # what is shown, for a reader or a test

    def show_targets(
        self, targets: FollowUpTargets | None, approval: date | None, language: str
    ) -> None:
        """The targets, or (None) the line saying where they are judged."""
        if targets is None:
            self.lines = ()
            self.setText(f"<i>{_esc(targets_absent(approval, language))}</i>")
            return
        self.lines = target_lines(targets, language)
        rows = "".join(_row(line) for line in self.lines)
        self.setText(
            f"<p><b>{_esc(targets_heading(targets, language))}</b></p>"
            f'<table width="100%" cellspacing="0" cellpadding="4">{rows}</table>'
        )
