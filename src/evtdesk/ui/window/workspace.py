"""The workspace: the views of an open logbook (navigator, logbook table, charts,
quality), each on a tab: a trainee looking at the navigator sees that the table, the
charts and the quality figures are there, without first finding View ▸ or Ctrl+2…4. A
supervisor's logbook has one view, his trainees."""

from __future__ import annotations

import importlib
import importlib.util
import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

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
# A supervisor's logbook holds no training of its own (issue 24): his desk opens on his
# trainees, in the first place, where a trainee's opens on her navigator.
SUPERVISOR_PANELS = (("evtdesk.ui.exchange.trainees_view", "TraineesView"),)
TRAINEES = 0


def bundle_available() -> bool:
    try:
        return importlib.util.find_spec("evtdesk.bundle") is not None
    except (ImportError, ValueError):
        return False


def supervisor_view_names() -> tuple[str]:
    """The views of a supervisor's logbook, as the View menu and the tabs show them."""
    return (QCoreApplication.translate("MainWindow", "&Trainees"),)


def view_names() -> tuple[str, str, str, str]:
    """The views' names, as the View menu and the tabs show them (without the menu's
    accelerator)."""
    return (
        QCoreApplication.translate("MainWindow", "&Navigator"),
        QCoreApplication.translate("MainWindow", "&Logbook"),
        QCoreApplication.translate("MainWindow", "&Charts"),
        QCoreApplication.translate("MainWindow", "&Quality"),
    )


class Workspace(QTabWidget):
    """The panels of one unlocked logbook, one tab each; deleted whole on locking."""

    def __init__(self, session: LogbookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.setDocumentMode(True)  # tabs over the panel, no frame around it
        self.tabBar().setObjectName("viewTabs")
        self.panels: list[QWidget] = []
        self.for_supervisor = session.logbook.is_supervisors
        for module, name in SUPERVISOR_PANELS if self.for_supervisor else PANELS:
            panel = self._make(module, name, session)
            self.panels.append(panel)
            self.addTab(panel, "")
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        names = supervisor_view_names() if self.for_supervisor else view_names()
        for index, name in enumerate(names):
            # "&&" would show an ampersand; the tabs take no accelerator of their own
            self.setTabText(index, name.replace("&", ""))

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
