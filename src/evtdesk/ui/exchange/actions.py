"""The exchange commands in the main window's menus.

File ▸ Export bundle… (takes over the shell's placeholder action), Open bundle… (the
supervisor's side), Import attestation… and Trainees… (the supervisor's trainees at a
glance); Tools ▸ My key… and Trusted keys…. They are enabled only while a logbook is
unlocked, and re-labelled when the language changes.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMenu, QMessageBox

from evtdesk.ui import tasks
from evtdesk.ui.dialog_actions import DialogActions

MAX_BUNDLE = 200 * 1024 * 1024


class ExchangeActions(DialogActions, QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("exchangeActions")
        self.window = window
        self.last_dialog: QDialog | None = None
        self.act_export: QAction | None = getattr(window, "act_export", None)
        if self.act_export is None:
            self.act_export = self._action("actionExport")
            self._file_menu().addAction(self.act_export)
        else:
            with contextlib.suppress(RuntimeError, TypeError):
                self.act_export.triggered.disconnect()
        self.act_export.triggered.connect(lambda _c=False: self.export_bundle())
        self.act_open_bundle = self._action("actionOpenBundle")
        self.act_open_bundle.triggered.connect(lambda _c=False: self.open_bundle())
        self.act_import_attestation = self._action("actionImportAttestation")
        self.act_import_attestation.triggered.connect(lambda _c=False: self.import_attestation())
        self.act_trainees = self._action("actionTrainees")
        self.act_trainees.triggered.connect(lambda _c=False: self.trainees())
        self.act_my_key = self._action("actionMyKey")
        self.act_my_key.triggered.connect(lambda _c=False: self.my_key())
        self.act_trusted_keys = self._action("actionTrustedKeys")
        self.act_trusted_keys.triggered.connect(lambda _c=False: self.trusted_keys())
        file_menu = self._file_menu()
        anchor = self._action_after(file_menu, self.act_export)
        file_menu.insertAction(anchor, self.act_open_bundle)
        file_menu.insertAction(anchor, self.act_import_attestation)
        file_menu.insertAction(anchor, self.act_trainees)
        self.tools_menu = QMenu(window)
        self.tools_menu.setObjectName("toolsMenu")
        self.tools_menu.addAction(self.act_my_key)
        self.tools_menu.addAction(self.act_trusted_keys)
        help_menu = getattr(window, "help_menu", None)
        if help_menu is not None:
            window.menuBar().insertMenu(help_menu.menuAction(), self.tools_menu)
        else:
            window.menuBar().addMenu(self.tools_menu)
        self.actions = [
            self.act_open_bundle,
            self.act_import_attestation,
            self.act_trainees,
            self.act_my_key,
            self.act_trusted_keys,
        ]
        session_actions = getattr(window, "_session_actions", None)
        if isinstance(session_actions, list):
            session_actions.extend(a for a in self.actions if a not in session_actions)
        self.act_export.setEnabled(self.session is not None)
        for action in self.actions:
            action.setEnabled(self.session is not None)
        window.installEventFilter(self)
        self.retranslate()

    def _action(self, name: str) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        self.window.addAction(action)
        return action

    def _file_menu(self) -> QMenu:
        menu = getattr(self.window, "file_menu", None)
        if menu is None:
            menu = self.window.menuBar().addMenu("")
            self.window.file_menu = menu  # type: ignore[attr-defined]
        return menu

    @staticmethod
    def _action_after(menu: QMenu, action: QAction) -> QAction | None:
        items = menu.actions()
        if action in items and items.index(action) + 1 < len(items):
            return items[items.index(action) + 1]
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.act_open_bundle.setText(self.tr("Open &bundle…"))
        self.act_open_bundle.setStatusTip(
            self.tr("Verify a trainee's bundle and see their progress")
        )
        self.act_import_attestation.setText(self.tr("Import &attestation…"))
        self.act_import_attestation.setStatusTip(
            self.tr("Add a supervisor's signed attestation to your logbook")
        )
        self.act_trainees.setText(self.tr("&Trainees…"))
        self.act_trainees.setStatusTip(
            self.tr("Your trainees at a glance: what waits for you, from the bundles you kept")
        )
        self.act_my_key.setText(self.tr("My &key…"))
        self.act_my_key.setStatusTip(self.tr("Show your public key and its fingerprint"))
        self.act_trusted_keys.setText(self.tr("&Trusted keys…"))
        self.act_trusted_keys.setStatusTip(self.tr("The keys whose signatures you accept"))
        self.tools_menu.setTitle(self.tr("&Tools"))

    # commands --------------------------------------------------------------------------
    def export_bundle(self) -> QDialog | None:
        if self.session is None:
            return None
        from evtdesk.ui.exchange.export_dialog import ExportBundleDialog

        return self._show(ExportBundleDialog(self.session, self.window))

    def my_key(self) -> QDialog | None:
        if self.session is None:
            return None
        from evtdesk.ui.exchange.identity_dialog import IdentityDialog

        return self._show(IdentityDialog(self.session.logbook, self.window))

    def trusted_keys(self) -> QDialog | None:
        if self.session is None:
            return None
        from evtdesk.ui.exchange.trust_dialog import TrustedKeysDialog

        return self._show(TrustedKeysDialog(self.session.logbook, self.window))

    def trainees(self) -> QDialog | None:
        if self.session is None:
            return None
        from evtdesk.ui.exchange.trainees_view import TraineesDialog

        return self._show(TraineesDialog(self.session, self.window))

    def import_attestation(self) -> None:
        if self.session is None:
            return
        from evtdesk.ui.exchange.import_attestation import choose_and_import

        choose_and_import(self.session, self.window)

    def open_bundle(self, path: Path | None = None) -> None:
        session = self.session
        if session is None:
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Open bundle"),
                str(Path.home()),
                self.tr("EVTDesk bundles (*.evtbundle);;All files (*)"),
            )
            if not name:
                return
            path = Path(name)
        from evtdesk.bundle import UnreadableBundle
        from evtdesk.exchange import open_bundle
        from evtdesk.exchange.files import FileRefused, read_limited

        logbook, language, today = session.logbook, session.language, session.today()

        def work(_progress: tasks.Progress, _cancel: threading.Event) -> tuple[bytes, Any]:
            try:  # a regular file within the size, never read whole first
                data = read_limited(path, "bundle", MAX_BUNDLE)
            except FileRefused as refusal:
                raise UnreadableBundle(str(refusal)) from None
            return data, open_bundle(data, logbook, language, today)

        def done(result: tuple[bytes, Any]) -> None:
            if self.session is not session:
                return
            from evtdesk.ui.exchange.bundle_view import BundleViewDialog

            data, view = result
            self._show(BundleViewDialog(session, data, str(path), view, self.window))

        def failed(error: BaseException) -> None:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            QMessageBox.warning(
                self.window,
                self.tr("Open bundle"),
                self.tr("{name} could not be opened as a bundle: {reason}").format(
                    name=path.name, reason=reason
                ),
            )

        tasks.run_task(
            self.window,
            self.tr("Verifying {name}…").format(name=path.name),
            work,
            done,
            failed,
            group=session.tasks,
        )


def install_exchange_actions(window: QMainWindow) -> ExchangeActions:
    existing = window.findChild(ExchangeActions, "exchangeActions")
    if existing is not None:
        return existing
    return ExchangeActions(window)
