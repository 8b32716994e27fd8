"""The engine's next steps beside the navigator: each a label that can be clicked or
activated from the keyboard to show its item."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from evtdesk.curriculum.progress import NextStep


class StepLabel(QLabel):
    """One next step: a word-wrapped label (its height follows its width, unlike a wrapped
    QListWidget item) that can be clicked or activated from the keyboard."""

    activated = Signal(str)

    def __init__(self, text: str, item_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.item_id = item_id
        self.setObjectName("next_step")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(text)
        self.setMargin(4)
        if item_id:
            self.setToolTip(item_id)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setStyleSheet(
                "QLabel:focus { background: palette(highlight); color: palette(highlighted-text); }"
                "QLabel:hover { background: palette(alternate-base); }"
            )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.item_id and event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.item_id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.item_id and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.item_id)
            return
        super().keyPressEvent(event)


class NextStepsWidget(QWidget):
    """The engine's next steps; activating one asks the navigator to show its item."""

    item_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setObjectName("next_steps_heading")
        layout.addWidget(self.heading)
        # Not `self.scroll`: that would hide QWidget.scroll().
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("next_steps")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the steps take the focus
        layout.addWidget(self.scroll_area, 1)
        self.labels: list[StepLabel] = []
        # Wrapped labels ask for little width; a column this narrow would put one word a line.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.retranslate()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(
            max(hint.width(), self.fontMetrics().horizontalAdvance("M") * 22), hint.height()
        )

    def set_steps(self, steps: Iterable[NextStep]) -> None:
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.labels = []
        for step in steps:
            label = StepLabel("→ " + step.sentence, step.item_id or None, inner)
            label.activated.connect(self.item_requested)
            column.addWidget(label)
            self.labels.append(label)
        column.addStretch(1)
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll_area.setWidget(inner)

    def steps(self) -> list[str]:
        return [label.text() for label in self.labels]

    def retranslate(self) -> None:
        self.heading.setText(f"<b>{html.escape(self.tr('Next steps'))}</b>")
        self.scroll_area.setAccessibleName(self.tr("Next steps"))
