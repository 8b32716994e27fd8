"""Nothing typed into the entry form is lost by closing it.

A mixin of `EntryFormDialog`. Esc and Cancel (`reject`) and the window's close button
(a spontaneous `closeEvent`) ask first when the form holds unsaved input: Save (the
form's own save: it closes only when the entry was saved, else its problems are shown),
Discard, or Keep editing. "Unsaved" means anything differs from what the form was opened
with: a field, the kind, the reason for an amendment, a file waiting to be attached. An
unchanged form closes at once. A form closed by the program (locking holds it hidden and
never asks; a hidden form is closed without a question) does not ask either.

The question is `_ask()`, which tests replace, so nothing here needs a modal loop.
Strings keep the dialog's translation context.
"""

from __future__ import annotations

from typing import Any, Literal

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox

Answer = Literal["save", "discard", "keep"]


class UnsavedInputMixin:
    """The question before unsaved input is thrown away, for EntryFormDialog."""

    _opened_with: Any = None
    _closing_quietly = False

    def _input_state(self) -> tuple[dict[str, Any], str, tuple[str, ...]]:
        """Everything the user can change: the fields as `validate_entry` reads them (the
        kind among them), the reason for an amendment and the files waiting to go."""
        return self.raw(), self.reason_edit.text(), tuple(self.pending_files)

    def remember_opened(self) -> None:
        """Take what the form shows now as what it was opened with."""
        self._opened_with = self._input_state()

    def has_unsaved_input(self) -> bool:
        return self._opened_with is not None and self._input_state() != self._opened_with

    def confirm_discard(self) -> bool:
        """True when the form may close without saving: at once when nothing was changed
        or the form is not on screen; otherwise as the user answers. "Save" runs the
        form's save, which closes the form itself when it succeeds and shows the
        problems when not, so it returns False either way: the caller must not reject."""
        if not self.isVisible() or not self.has_unsaved_input():
            return True
        answer = self._ask()
        if answer == "discard":
            return True
        if answer == "save":
            self.accept()
        return False

    def _ask(self) -> Answer:
        """Save, Discard or Keep editing? Esc (or anything else closing the question, such
        as locking) keeps editing; Enter saves."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.windowTitle())
        box.setText(
            QCoreApplication.translate(
                "EntryFormDialog", "Save what you typed before closing the form?"
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "EntryFormDialog", "If you discard it, what you typed here is lost."
            )
        )
        save = box.addButton(
            QCoreApplication.translate("EntryFormDialog", "&Save"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        discard = box.addButton(
            QCoreApplication.translate("EntryFormDialog", "&Discard"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        keep = box.addButton(
            QCoreApplication.translate("EntryFormDialog", "&Keep editing"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(save)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton() if shiboken6.isValid(box) else None
        if shiboken6.isValid(box):
            box.deleteLater()
        if clicked is save:
            return "save"
        if clicked is discard:
            return "discard"
        return "keep"

    # --- the ways a form closes ---------------------------------------------------------
    def reject(self) -> None:
        """Esc and Cancel: ask first when something typed would be lost."""
        if self._closing_quietly or self.confirm_discard():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button (a spontaneous event) asks as Esc does; `close()`
        called by the program closes without a question."""
        if event.spontaneous() and not self.confirm_discard():
            if self.isVisible():  # kept editing, or the save was refused
                event.ignore()
            else:  # saved, and the save closed the form
                event.accept()
            return
        self._closing_quietly = True  # QDialog.closeEvent rejects: already answered
        try:
            super().closeEvent(event)
        finally:
            self._closing_quietly = False
