"""Help ▸ About: the version, what EVTDesk is, and the components the build carries with
their licences; *Licences…* shows the full third-party notices.

The notices are `resources/licenses/THIRD-PARTY-NOTICES.txt`, made by
`scripts/third-party-notices` and found like every other data file, through
`evtdesk.resources` (a checkout, a wheel and the frozen builds alike). A copy without
them gets a sentence saying so, never an error.
"""

from __future__ import annotations

import platform
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import evtdesk
import evtdesk.resources as resources

NOTICES = ("licenses", "THIRD-PARTY-NOTICES.txt")


def _version() -> str:
    try:
        return version("evtdesk")
    except PackageNotFoundError:
        return getattr(evtdesk, "__version__", "")


def notices_path() -> Path:
    """Where the third-party notices are installed (they may be missing)."""
    return resources.path(*NOTICES)


def notices_text() -> tuple[str | None, str]:
    """The notices, or None, and where they were looked for."""
    try:
        path = notices_path()
    except RuntimeError:  # installed zipped: evtdesk.resources says why
        return None, "/".join(NOTICES)
    try:
        return path.read_text(encoding="utf-8"), str(path)
    except (OSError, UnicodeDecodeError):
        return None, str(path)


def about_text() -> str:
    intro = QCoreApplication.translate(
        "About",
        "<h3>EVTDesk {version}</h3>"
        "<p>An offline, encrypted logbook for physicians training in endovascular "
        "thrombectomy under the Swedish national guidance.</p>"
        "<p>Your logbook stays on this computer. Nothing is sent anywhere.</p>"
        "<p>Qt {qt}</p>",
    ).format(version=_version(), qt=qVersion())
    components = QCoreApplication.translate(
        "About",
        "<p>EVTDesk is built with these components, each under its own licence:</p>"
        "<ul>"
        "<li>Qt {qt} and PySide6 {pyside}: GNU Lesser General Public License v3 "
        "(LGPL-3.0); you may replace the Qt libraries, see Licences…</li>"
        "<li>Python {python}: Python Software Foundation License</li>"
        "<li>OpenSSL: Apache License 2.0</li>"
        "<li>SQLCipher: BSD-style licence</li>"
        "<li>cryptography: Apache License 2.0 or BSD licence</li>"
        "<li>SQLAlchemy, Alembic and pyHanko: MIT licence</li>"
        "<li>ReportLab, pypdf and qrcode: BSD licences</li>"
        "</ul>"
        "<p>and other open-source packages. Licences… lists every one of them with its "
        "licence text.</p>",
    ).format(qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version())
    return intro + components


class LicencesDialog(QDialog):
    """The third-party notices, read-only, in a scrollable plain-text view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("licencesDialog")
        self.setWindowTitle(QCoreApplication.translate("About", "Licences"))
        text, where = notices_text()
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        if text is None:
            self.where.setText(
                QCoreApplication.translate(
                    "About",
                    "The licence texts are not installed with this copy of EVTDesk "
                    "({path} is missing). They are in EVTDesk's source, in "
                    "resources/licenses/THIRD-PARTY-NOTICES.txt.",
                ).format(path=where)
            )
            self.text.hide()
        else:
            self.where.setText(
                QCoreApplication.translate(
                    "About", "The licences of the components EVTDesk carries. Also in: {path}"
                ).format(path=where)
            )
            self.text.setPlainText(text)
        close = QPushButton(QCoreApplication.translate("About", "Close"), self)
        close.clicked.connect(self.accept)
        buttons = QDialogButtonBox(self)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        metrics = self.text.fontMetrics()
        self.resize(metrics.horizontalAdvance("x" * 84) + 60, metrics.lineSpacing() * 36)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(QCoreApplication.translate("About", "About EVTDesk"))
        icon = QLabel(self)
        icon.setPixmap(QApplication.windowIcon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(about_text(), self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(460)
        self.licences_button = QPushButton(QCoreApplication.translate("About", "Licences…"), self)
        self.licences_button.clicked.connect(self.show_licences)
        close = QPushButton(QCoreApplication.translate("About", "Close"), self)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.licences_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.licences: LicencesDialog | None = None

    def show_licences(self) -> LicencesDialog:
        if self.licences is None:
            self.licences = LicencesDialog(self)
        self.licences.show()
        self.licences.raise_()
        self.licences.activateWindow()
        return self.licences


def show_about(parent: QWidget | None) -> None:
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()
