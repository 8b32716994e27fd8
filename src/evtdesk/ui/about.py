"""Help ▸ About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

import evtdesk


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("evtdesk")
    except Exception:
        return getattr(evtdesk, "__version__", "")


def show_about(parent: QWidget | None) -> None:
    text = QCoreApplication.translate(
        "About",
        "<h3>EVTDesk {version}</h3>"
        "<p>An offline, encrypted logbook for physicians training in endovascular "
        "thrombectomy under the Swedish national guidance.</p>"
        "<p>Your logbook stays on this computer. Nothing is sent anywhere.</p>"
        "<p>Qt {qt}</p>",
    ).format(version=_version(), qt=qVersion())
    QMessageBox.about(parent, QCoreApplication.translate("About", "About EVTDesk"), text)
