"""The recovery code, shown once after a logbook is created, with Print and Save.

Continue stays disabled until the trainee ticks "I have stored the recovery code"; the
dialog cannot be closed another way before that (the code is never shown again).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evtdesk.exchange.targets import RECOVERY_CODE, TargetRefused, check_target

try:  # QtPrintSupport ships with PySide6-Essentials, but a trimmed build may lack it
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    HAVE_PRINTING = True
except ImportError:  # pragma: no cover - depends on the Qt build
    HAVE_PRINTING = False


class RecoveryCodeDialog(QDialog):
    def __init__(
        self, code: str, logbook_path: Path, owner: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodeDialog")
        self.code = code
        self.logbook_path = Path(logbook_path)
        self.owner = owner
        self.saved_to: Path | None = None

        self.heading = QLabel()
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.2)
        self.heading.setFont(heading_font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.code_label = QLabel(code)
        self.code_label.setObjectName("recoveryCode")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.6)
        mono.setBold(True)
        self.code_label.setFont(mono)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        margin = self.fontMetrics().height()
        self.code_label.setContentsMargins(margin, margin, margin, margin)
        self.code_label.setStyleSheet("QLabel#recoveryCode { border: 1px solid palette(mid); }")

        self.print_button = QPushButton()
        self.print_button.setObjectName("printButton")
        self.print_button.setVisible(HAVE_PRINTING)
        self.print_button.clicked.connect(self.print_code)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save_code)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.stored = QCheckBox()
        self.stored.setObjectName("storedCheck")
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("continueButton")
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.accept)
        self.stored.toggled.connect(self.continue_button.setEnabled)

        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.stored, 1)
        bottom.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.code_label)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addSpacing(margin // 2)
        layout.addLayout(bottom)
        self.setTabOrder(self.print_button, self.save_button)
        self.setTabOrder(self.save_button, self.stored)
        self.setTabOrder(self.stored, self.continue_button)
        self.retranslate()

    def reject(self) -> None:
        """Escape and the close button do nothing until the code is stored."""
        if self.stored.isChecked():
            self.accept()

    def _text(self) -> str:
        """The saved and printed page. Its first line starts "EVTDesk " in every language:
        that is how a later save recognises an earlier code file it may replace
        (`exchange.targets.RECOVERY_CODE`); the Swedish "Återställningskod för EVTDesk"
        was refused as "not a recovery code". The code stands alone on its line, exactly
        as shown, so the line can be typed or pasted into the recovery prompt."""
        return (
            "EVTDesk — "
            + self.tr("Recovery code")
            + "\n\n"
            + self.tr("Logbook: {name}").format(name=self.logbook_path.name)
            + "\n"
            + self.tr("Owner: {owner}").format(owner=self.owner)
            + "\n"
            + self.tr("Created: {date}").format(date=date.today().isoformat())
            + "\n\n"
            + f"    {self.code}\n\n"
            + self.tr(
                "Keep this paper somewhere safe, away from the computer. With it you "
                "can unlock the logbook and choose a new passphrase if you forget it."
            )
            + "\n"
        )

    def save_code(self) -> None:
        suggested = self.logbook_path.with_name(self.logbook_path.stem + "-recovery-code.txt")
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save recovery code"),
            str(Path.home() / suggested.name),
            self.tr("Text files (*.txt)"),
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        try:  # never over a logbook, its key file or any file but an earlier code
            check_target(path, RECOVERY_CODE, replace=True)
            path.write_text(self._text(), encoding="utf-8")
        except TargetRefused as refusal:
            self.status.setText(str(refusal))
            return
        except OSError as error:
            self.status.setText(
                self.tr("Could not save: {reason}").format(reason=error.strerror or error)
            )
            return
        self.saved_to = path
        self.status.setText(
            self.tr("Saved to {path}. Move it somewhere safe, such as a USB stick.").format(
                path=path
            )
        )

    def print_code(self) -> None:
        if not HAVE_PRINTING:
            return
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setPlainText(self._text())
        document.print_(printer)
        self.status.setText(self.tr("Sent to the printer."))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recovery code"))
        self.heading.setText(self.tr("Your recovery code"))
        self.explanation.setText(
            self.tr(
                "If you forget your passphrase, this code is the only way into your logbook. "
                "It is shown only now: print it or save it, and keep it somewhere safe, away "
                "from this computer."
            )
        )
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery code"))
        self.save_button.setText(self.tr("&Save as text file…"))
        self.save_button.setAccessibleName(self.tr("Save the recovery code as a text file"))
        self.stored.setText(self.tr("&I have stored the recovery code"))
        self.stored.setAccessibleName(self.tr("I have stored the recovery code"))
        self.continue_button.setText(self.tr("&Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
