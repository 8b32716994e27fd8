"""The approval commands in the main window's Edit menu: Examination week…, Sites and
supervisors…, Measures and yearly evaluations…. Enabled only while a logbook is
unlocked, re-labelled when the language changes (the exchange actions' pattern)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from evtdesk.ui.dialog_actions import DialogActions


class ApprovalActions(DialogActions, QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("approvalActions")
        self.window = window
        self.last_dialog: QDialog | None = None
        self.act_exam_week = self._action("actionExamWeek", "Ctrl+Shift+E", self.exam_week)
        self.act_sites = self._action("actionSites", None, self.sites)
        self.act_supervision = self._action("actionSupervision", None, self.supervision)
        self.actions = [self.act_exam_week, self.act_sites, self.act_supervision]
        menu: QMenu | None = getattr(window, "edit_menu", None)
        if menu is None:
            menu = window.menuBar().addMenu("")
            window.edit_menu = menu  # type: ignore[attr-defined]
        anchor = getattr(window, "act_plan", None)
        items = menu.actions()
        after = (
            items[items.index(anchor) + 1]
            if anchor in items and items.index(anchor) + 1 < len(items)
            else None
        )
        for action in self.actions:
            menu.insertAction(after, action)
        session_actions = getattr(window, "_session_actions", None)
        if isinstance(session_actions, list):
            session_actions.extend(a for a in self.actions if a not in session_actions)
        for action in self.actions:
            action.setEnabled(self.session is not None)
        window.installEventFilter(self)
        self.retranslate()

    def _action(self, name: str, shortcut: str | None, slot: object) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _c=False: slot())  # type: ignore[operator]
        self.window.addAction(action)
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.act_exam_week.setText(self.tr("E&xamination week…"))
        self.act_exam_week.setStatusTip(
            self.tr("Record the examination week and every candidate for treatment")
        )
        self.act_sites.setText(self.tr("&Sites and supervisors…"))
        self.act_sites.setStatusTip(
            self.tr("The units' volumes and supervisor ratio, and your supervisors' experience")
        )
        self.act_supervision.setText(self.tr("&Measures and yearly evaluations…"))
        self.act_supervision.setStatusTip(
            self.tr("What your supervisor asked for, and each year's evaluation")
        )

    def exam_week(self) -> QDialog | None:
        if self.session is None:
            return None
        from evtdesk.ui.approval.exam_week_dialog import ExamWeekDialog

        return self._show(ExamWeekDialog(self.session, self.window))

    def sites(self) -> QDialog | None:
        if self.session is None:
            return None
        from evtdesk.ui.approval.site_dialog import SiteDialog

        return self._show(SiteDialog(self.session, self.window))

    def supervision(self) -> QDialog | None:
        if self.session is None:
            return None
        from evtdesk.ui.approval.supervision_dialog import SupervisionDialog

        return self._show(SupervisionDialog(self.session, self.window))


def install_approval_actions(window: QMainWindow) -> ApprovalActions:
    existing = window.findChild(ApprovalActions, "approvalActions")
    if existing is not None:
        return existing
    return ApprovalActions(window)
