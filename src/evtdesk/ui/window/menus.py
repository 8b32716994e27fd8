"""The main window's actions and menus, with their shortcuts and their words in the
user's language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
)

from evtdesk.ui.about import show_about
from evtdesk.ui.help import UserGuideDialog, show_user_guide
from evtdesk.ui.window.workspace import (
    PANELS,
    bundle_available,
    supervisor_view_names,
    view_names,
)

# what concerns the owner's own training: not offered in a supervisor's logbook
TRAINEE_ONLY = (
    "actionImport",
    "actionExport",
    "actionNewEntry",
    "actionPlan",
    "actionImportAttestation",
    "actionExamWeek",
    "actionSites",
    "actionSupervision",
)


class MenuBar:
    """Actions, menus and their texts, for MainWindow."""

    def _action(
        self, name: str, slot: Callable[[], Any] | None, shortcut: QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work whatever the central widget
        return action

    def _build_actions(self) -> None:
        self.act_new_logbook = self._action("actionNewLogbook", self.new_logbook)
        self.act_open = self._action("actionOpen", self.open_logbook, QKeySequence.StandardKey.Open)
        self.act_import = self._action("actionImport", self.import_entries, "Ctrl+I")
        self.act_export = self._action("actionExport", None, "Ctrl+E")  # wired by ui.exchange
        self.act_verify = self._action("actionVerify", self.verify_logbook)
        self.act_lock = self._action("actionLock", self.lock, "Ctrl+L")
        # Locking must work with a form or any other dialog in front, not only in the window.
        self.act_lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.act_quit = self._action("actionQuit", self.close, QKeySequence.StandardKey.Quit)
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_new_entry = self._action(
            "actionNewEntry", self.new_entry, QKeySequence.StandardKey.New
        )
        self.act_plan = self._action("actionPlan", self.show_plan, "Ctrl+Shift+P")
        self.act_preferences = self._action("actionPreferences", self.show_preferences, "Ctrl+,")
        self.act_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.view_group = QActionGroup(self)
        self.act_views = []
        for index in range(len(PANELS)):
            action = self._action(
                f"actionView{index + 1}", lambda i=index: self.show_view(i), f"Ctrl+{index + 1}"
            )
            action.setCheckable(True)
            self.view_group.addAction(action)
            self.act_views.append(action)
        # the guide needs no logbook: it is not one of the session's actions
        self.act_user_guide = self._action(
            "actionUserGuide", self.show_user_guide, QKeySequence.StandardKey.HelpContents
        )
        self.act_about = self._action("actionAbout", lambda: show_about(self))
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_about_qt = self._action("actionAboutQt", QApplication.aboutQt)
        self.act_about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        self._session_actions = [
            self.act_import,
            self.act_export,
            self.act_verify,
            self.act_lock,
            self.act_new_entry,
            self.act_plan,
            self.act_preferences,
            *self.act_views,
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (
            self.act_new_logbook,
            self.act_open,
            None,
            self.act_import,
            self.act_export,
            self.act_verify,
            None,
            self.act_lock,
            None,
            self.act_quit,
        ):
            self.file_menu.addSeparator() if action is None else self.file_menu.addAction(action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.act_new_entry)
        self.edit_menu.addAction(self.act_plan)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.act_preferences)
        self.view_menu = bar.addMenu("")
        for action in self.act_views:
            self.view_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.act_user_guide)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.act_about)
        self.help_menu.addAction(self.act_about_qt)

    def show_user_guide(self) -> UserGuideDialog:
        """Help ▸ User guide: one non-modal guide window, brought to the front."""
        self.user_guide: UserGuideDialog | None = show_user_guide(
            self, getattr(self, "user_guide", None)
        )
        return self.user_guide

    def _update_actions(self) -> None:
        unlocked = self.session is not None
        for action in self._session_actions:
            action.setEnabled(unlocked)
        if unlocked and not bundle_available():
            self.act_export.setEnabled(False)
        supervisor = self.for_supervisor()
        for action in self._session_actions:
            if action.objectName() in TRAINEE_ONLY or action in self.act_views[1:]:
                action.setVisible(not supervisor)
        self.act_views[0].setText((supervisor_view_names() if supervisor else view_names())[0])

    def for_supervisor(self) -> bool:
        """Whether the open logbook is a supervisor's (his desk, no training of its own)."""
        return self.session is not None and self.session.logbook.is_supervisors

    def retranslate(self) -> None:
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.edit_menu.setTitle(QCoreApplication.translate("MainWindow", "&Edit"))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.act_new_logbook.setText(QCoreApplication.translate("MainWindow", "&New logbook…"))
        self.act_new_logbook.setStatusTip(
            QCoreApplication.translate("MainWindow", "Create a new encrypted logbook")
        )
        self.act_open.setText(QCoreApplication.translate("MainWindow", "&Open logbook…"))
        self.act_open.setStatusTip(
            QCoreApplication.translate("MainWindow", "Open another logbook file")
        )
        self.act_import.setText(QCoreApplication.translate("MainWindow", "&Import entries…"))
        self.act_import.setStatusTip(
            QCoreApplication.translate("MainWindow", "Add entries from a JSON or CSV file")
        )
        self.act_export.setText(QCoreApplication.translate("MainWindow", "&Export bundle…"))
        self.act_export.setStatusTip(
            QCoreApplication.translate("MainWindow", "Export a signed bundle for your supervisor")
            if bundle_available()
            else QCoreApplication.translate(
                "MainWindow", "Exporting bundles is not available in this version"
            )
        )
        self.act_verify.setText(QCoreApplication.translate("MainWindow", "&Check the logbook…"))
        self.act_verify.setStatusTip(
            QCoreApplication.translate("MainWindow", "Check that the logbook's history is unbroken")
        )
        self.act_lock.setText(QCoreApplication.translate("MainWindow", "&Lock"))
        self.act_lock.setStatusTip(
            QCoreApplication.translate(
                "MainWindow", "Close the logbook now; unlock it with the passphrase"
            )
        )
        self.act_quit.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.act_new_entry.setText(QCoreApplication.translate("MainWindow", "&New entry…"))
        self.act_new_entry.setStatusTip(
            QCoreApplication.translate("MainWindow", "Record a case, course or other activity")
        )
        self.act_plan.setText(
            QCoreApplication.translate("MainWindow", "&Work periods and training plan…")
        )
        self.act_plan.setStatusTip(
            QCoreApplication.translate(
                "MainWindow", "Record the time you work in each part, and see your training plan"
            )
        )
        self.act_preferences.setText(QCoreApplication.translate("MainWindow", "&Preferences…"))
        for action, text in zip(self.act_views, view_names(), strict=True):
            action.setText(text)
        if self.for_supervisor():
            self.act_views[0].setText(supervisor_view_names()[0])
        self.act_user_guide.setText(QCoreApplication.translate("MainWindow", "&User guide"))
        self.act_user_guide.setStatusTip(
            QCoreApplication.translate(
                "MainWindow", "How to keep your logbook, and how a supervisor checks and signs it"
            )
        )
        self.act_about.setText(QCoreApplication.translate("MainWindow", "&About EVTDesk"))
        self.act_about_qt.setText(QCoreApplication.translate("MainWindow", "About &Qt"))
        self._update_title()
