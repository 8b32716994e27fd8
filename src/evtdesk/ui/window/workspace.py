"""The workspace: the views of an open logbook (navigator, logbook table, charts), built
on first show."""

from __future__ import annotations

import importlib
import importlib.util
import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from evtdesk.ui.session import LogbookSession

log = logging.getLogger("evtdesk.ui.main_window")

# (module, class) of each view, in the order of View ▸ Ctrl+1…4
PANELS = (
    ("evtdesk.ui.panels.navigator", "NavigatorPanel"),
    ("evtdesk.ui.panels.entries", "EntriesPanel"),
    ("evtdesk.ui.charts", "ChartsPanel"),
    ("evtdesk.ui.panels.quality", "QualityPanel"),
)
NAVIGATOR, LOGBOOK, CHARTS, QUALITY = range(4)


def bundle_available() -> bool:
    try:
        return importlib.util.find_spec("evtdesk.bundle") is not None
    except (ImportError, ValueError):
        return False


class Workspace(QStackedWidget):
    """The panels of one unlocked logbook; deleted whole on locking."""

    def __init__(self, session: LogbookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.panels: list[QWidget] = []
        for module, name in PANELS:
            panel = self._make(module, name, session)
            self.panels.append(panel)
            self.addWidget(panel)

    def _make(self, module: str, name: str, session: LogbookSession) -> QWidget:
        try:
            cls = getattr(importlib.import_module(module), name)
            panel: QWidget = cls(session, self)
            return panel
        except ImportError:
            log.info("%s.%s is not available", module, name)
            text = QCoreApplication.translate(
                "Workspace", "This view is not available in this version."
            )
        except Exception:
            log.exception("could not build %s.%s", module, name)
            text = QCoreApplication.translate(
                "Workspace", "This view could not be shown; see the log for details."
            )
        placeholder = QLabel(text)
        placeholder.setObjectName(f"placeholder{name}")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setWordWrap(True)
        return placeholder
