"""One row of the entry form: the control, a hint and an error line below it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from evtdesk.ui.styles import ERROR_STYLE, HINT_STYLE


class FieldRow:
    """A control with its error line (and for the role, its definition) below it."""

    def __init__(self, name: str, label: str, control: QWidget, parent: QWidget) -> None:
        self.name = name
        self.label_text = label
        self.control = control
        self.container = QWidget(parent)
        layout = QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(control)
        self.hint = QLabel(self.container)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.hide()
        layout.addWidget(self.hint)
        self.error = QLabel(self.container)
        self.error.setObjectName(f"error_{name}")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        control.setObjectName(f"field_{name}")
        control.setAccessibleName(label)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.control.setAccessibleDescription(text)

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))
