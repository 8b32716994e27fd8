"""A forgotten passphrase: unlock with the recovery code and choose a new passphrase.

The app's side of `evtdesk passwd --recovery`, through the same core calls:
`Logbook.open(path, recovery_code=…)`, then `Logbook.change_passphrase`. A wrong code
changes nothing and says so calmly; the code can be corrected and tried again. Both
derivations (about half a second each) run as a background task that cannot be cancelled
once started, since the passphrase change is a write. The code and the passphrases are
never logged, and the fields are emptied once they were used.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from evtdesk.store import MIN_PASSPHRASE, Logbook, LogbookError, WrongPassphrase
from evtdesk.ui import tasks
from evtdesk.ui.styles import ERROR_STYLE

log = logging.getLogger("evtdesk.ui.start")


def reset_passphrase(path: Path, recovery_code: str, new_passphrase: str) -> Logbook:
    """Open `path` with its recovery code and give it `new_passphrase`, as `evtdesk passwd
    --recovery` does; the logbook is returned open. WrongPassphrase when the code does
    not fit (nothing was written); the logbook is closed again if the change fails."""
    logbook = Logbook.open(path, recovery_code=recovery_code)
    try:
        logbook.change_passphrase(new_passphrase)
    except BaseException:
        logbook.close(backup=False)
        raise
    return logbook


class RecoverPassphraseDialog(QDialog):
    """Emits `recovered(result)` and is accepted once the passphrase was changed: the open
    `Logbook`, or what `then(logbook)` made of it in the background (the window's first
    read); `then` failing closes the logbook again and shows the error."""

    recovered = Signal(object)

    def __init__(
        self,
        path: Path,
        then: Callable[[Logbook], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoverPassphraseDialog")
        self.path = Path(path)
        self.then = then
        self.busy = False
        self.result_value: Any = None

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setObjectName("recoveryCodeField")
        self.code.setEchoMode(QLineEdit.EchoMode.Password)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF())
        self.code.setFont(mono)
        self.code.setMinimumWidth(self.code.fontMetrics().horizontalAdvance("W" * 42))
        self.show_code = QCheckBox()
        self.show_code.setObjectName("showCode")
        self.show_code.toggled.connect(self._show_code)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("newPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeatPassphrase")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel()
        self.hint.setObjectName("passphraseHint")
        self.message = QLabel()
        self.message.setObjectName("recoverMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"QLabel#recoverMessage {{ {ERROR_STYLE} }}")
        self.message.hide()

        self.code_label, self.passphrase_label, self.repeat_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for label, field in (
            (self.code_label, self.code),
            (self.passphrase_label, self.passphrase),
            (self.repeat_label, self.repeat),
        ):
            label.setBuddy(field)
        form.addRow(self.code_label, self.code)
        form.addRow("", self.show_code)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.repeat_label, self.repeat)
        form.addRow("", self.hint)

        self.buttons = QDialogButtonBox(self)  # so that Reset registers as the default
        self.reset_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.reset_button.setObjectName("resetButton")
        self.reset_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.recover)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        for field in (self.code, self.passphrase, self.repeat):
            field.textChanged.connect(self._update)
        self.code.textEdited.connect(lambda _text: self.message.hide())
        self.setTabOrder(self.code, self.show_code)
        self.setTabOrder(self.show_code, self.passphrase)
        self.setTabOrder(self.passphrase, self.repeat)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 95)
        self.retranslate()
        self.code.setFocus()

    # checking what was typed ---------------------------------------------------------
    def problem(self) -> str | None:
        """Why the passphrase cannot be reset yet, in the words the hint shows."""
        if not any(c.isalnum() for c in self.code.text()):
            return self.tr("Type the recovery code.")
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            return self.tr("Choose a new passphrase of at least %n characters.", "", MIN_PASSPHRASE)
        if self.passphrase.text() != self.repeat.text():
            return self.tr("Type the same new passphrase twice.")
        return None

    def _update(self) -> None:
        new, again = self.passphrase.text(), self.repeat.text()
        if not new and not again:
            hint = ""
        elif len(new) < MIN_PASSPHRASE:
            hint = self.tr("At least %n characters.", "", MIN_PASSPHRASE)
        elif not again:
            hint = ""
        elif new != again:
            hint = self.tr("The passphrases differ.")
        else:
            hint = self.tr("The passphrases match.")
        self.hint.setText(hint)
        self.reset_button.setEnabled(not self.busy and self.problem() is None)

    def _show_code(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.code.setEchoMode(mode)

    # recovering ------------------------------------------------------------------------
    def recover(self) -> None:
        problem = self.problem()
        if problem is not None or self.busy:
            if problem:
                self._show_message(problem)
            return
        self.message.hide()
        self._set_busy(True)
        path, code, new, then = self.path, self.code.text(), self.passphrase.text(), self.then

        def work(_progress: tasks.Progress, _cancel: threading.Event) -> Any:
            logbook = reset_passphrase(path, code, new)
            if then is None:
                return logbook
            try:
                return then(logbook)
            except BaseException:
                logbook.close(backup=False)
                raise

        tasks.run_task(
            self,
            self.tr("Checking the recovery code…"),
            work,
            self._done,
            self._failed,
            cancellable=False,
        )

    def _done(self, result: Any) -> None:
        self._set_busy(False)
        self._clear_secrets()
        self.result_value = result
        self.recovered.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphrase):
            self._show_message(
                self.tr(
                    "That recovery code does not open {name}. Nothing was changed; check the "
                    "code on your paper or in your saved file and try again."
                ).format(name=self.path.name)
            )
            self.code.setFocus()
            self.code.selectAll()
        elif isinstance(error, LogbookError):
            self._show_message(str(error))
        else:
            log.error("resetting the passphrase of %s failed", self.path.name, exc_info=error)
            self._show_message(
                self.tr("The passphrase could not be changed: {reason}").format(reason=error)
            )

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.code, self.show_code, self.passphrase, self.repeat):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self._update()

    def _clear_secrets(self) -> None:
        for field in (self.code, self.passphrase, self.repeat):
            field.clear()

    def reject(self) -> None:
        if self.busy:
            return  # the passphrase is being changed; its result must be seen
        self._clear_secrets()
        super().reject()

    # translation -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Use your recovery code"))
        self.intro.setText(
            self.tr(
                "Type the recovery code you printed or saved when you created {name}, and "
                "choose a new passphrase. It replaces the forgotten one: backups made before "
                "today still open with the passphrase of their day, and every backup opens "
                "with the recovery code."
            ).format(name=self.path.name)
        )
        self.code_label.setText(self.tr("Recovery &code:"))
        self.code.setAccessibleName(self.tr("Recovery code"))
        # the code's shape: eight groups of four (`store.keys.new_recovery_code`)
        self.code.setPlaceholderText("-".join(["····"] * 8))
        self.show_code.setText(self.tr("&Show the code"))
        self.show_code.setAccessibleName(self.tr("Show the recovery code"))
        self.passphrase_label.setText(self.tr("&New passphrase:"))
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.repeat_label.setText(self.tr("&Repeat:"))
        self.repeat.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.reset_button.setText(self.tr("Change passphrase and &unlock"))
        self.reset_button.setAccessibleName(self.tr("Change the passphrase and unlock"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
