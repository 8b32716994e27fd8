"""My key: the logbook's public key to hand to a supervisor, its fingerprint to read
aloud, and a QR code of the key line to scan."""

from __future__ import annotations

from pathlib import Path

import qrcode
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from evtdesk.exchange import identity_info
from evtdesk.exchange.targets import PUBLIC_KEY, TargetRefused, check_target
from evtdesk.store import Logbook
from evtdesk.ui.exchange.common import bold, grouped_fingerprint, mono_font


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code's modules, quiet zone included (True is dark)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


class QrCodeWidget(QWidget):
    """Draws a QR code with QPainter: whole pixels per module, black on white, centred."""

    MIN_MODULE = 4

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrCode")
        self.text = text
        self.matrix = qr_matrix(text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(self.sizeHint())

    def sizeHint(self) -> QSize:
        side = len(self.matrix) * self.MIN_MODULE
        return QSize(side, side)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, _event: QPaintEvent) -> None:
        count = len(self.matrix)
        module = max(1, min(self.width(), self.height()) // count)
        side = module * count
        left, top = (self.width() - side) // 2, (self.height() - side) // 2
        painter = QPainter(self)
        painter.fillRect(QRectF(left, top, side, side), QColor("white"))
        dark = QColor("black")
        for y, row in enumerate(self.matrix):
            for x, cell in enumerate(row):
                if cell:
                    painter.fillRect(left + x * module, top + y * module, module, module, dark)
        painter.end()


class IdentityDialog(QDialog):
    def __init__(self, logbook: Logbook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identityDialog")
        self.logbook = logbook
        self.info = identity_info(logbook)
        self.setWindowTitle(self.tr("My key"))
        intro = QLabel(
            self.tr(
                "Give this public key to your supervisor (copy it, save it as a file, "
                "or let them scan "
                "the QR code). "
                "When you meet, read the fingerprint aloud: they trust the key only if "
                "it matches what "
                "they see."
            )
        )
        intro.setWordWrap(True)
        self.key_edit = QPlainTextEdit(self.info.public_key_text)
        self.key_edit.setObjectName("publicKeyText")
        self.key_edit.setReadOnly(True)
        self.key_edit.setFont(mono_font())
        self.key_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.key_edit.setFixedHeight(self.key_edit.fontMetrics().lineSpacing() * 3 + 16)
        self.key_edit.setAccessibleName(self.tr("Public key"))
        self.copy_button = QPushButton(self.tr("&Copy key"))
        self.copy_button.clicked.connect(self.copy_key)
        self.save_button = QPushButton(self.tr("&Save key as file…"))
        self.save_button.clicked.connect(self.choose_and_save)
        self.status = QLabel()
        self.status.setObjectName("identityStatus")
        self.status.setWordWrap(True)
        fp_title = QLabel(bold(self.tr("Fingerprint")))
        self.fingerprint_label = QLabel(grouped_fingerprint(self.info.fingerprint))
        self.fingerprint_label.setObjectName("fingerprint")
        self.fingerprint_label.setFont(mono_font(18, bold=True))
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setAccessibleName(
            self.tr("Fingerprint: {fingerprint}").format(fingerprint=self.info.fingerprint)
        )
        self.qr = QrCodeWidget(self.info.public_key_line)
        self.qr.setAccessibleName(self.tr("QR code of the public key"))
        self.qr.setMinimumSize(240, 240)
        qr_caption = QLabel(self.tr("QR code of the key line"))
        qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.copy_button)
        buttons_row.addWidget(self.save_button)
        buttons_row.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(QLabel(bold(self.tr("Public key"))))
        left.addWidget(self.key_edit)
        left.addLayout(buttons_row)
        left.addWidget(self.status)
        left.addSpacing(8)
        left.addWidget(fp_title)
        left.addWidget(self.fingerprint_label)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.qr, 1)
        right.addWidget(qr_caption)
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        layout.addWidget(close)
        self.resize(860, 420)

    def copy_key(self) -> None:
        QGuiApplication.clipboard().setText(self.info.public_key_text)
        self.status.setText(self.tr("The key was copied."))

    def choose_and_save(self) -> None:
        default = Path.home() / f"{self.logbook.path.stem}.pub"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save key"), str(default), self.tr("Public keys (*.pub);;All files (*)")
        )
        if name:
            self.save_key(Path(name))

    def save_key(self, path: Path) -> bool:
        try:  # never over a logbook, its key file or anything but an earlier key file
            check_target(path, PUBLIC_KEY, replace=True)
            Path(path).write_text(
                self.info.public_key_text
                if self.info.public_key_text.endswith("\n")
                else self.info.public_key_text + "\n",
                encoding="utf-8",
            )
        except TargetRefused as refusal:
            self.status.setText(str(refusal))
            return False
        except OSError as error:
            self.status.setText(
                self.tr("The key could not be saved: {reason}").format(reason=error.strerror)
            )
            return False
        self.status.setText(self.tr("The key was saved as {path}.").format(path=path))
        return True
