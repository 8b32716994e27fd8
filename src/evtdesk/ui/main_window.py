"""The main window: the start/unlock screen while locked, the panels while unlocked.

While no logbook is open the central widget is the `StartScreen`. Unlocking (a
background task: Argon2id takes about half a second) builds a `LogbookSession` and the
panels — the navigator first, since it is what a trainee should see first. Locking (Ctrl+L,
or the idle timer) closes every dialog showing logbook content, deletes the panels, drops
the session, closes the logbook (which takes the daily backup) and shows the start
screen again for the same file.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QWidget,
)

from evtdesk.model.keys import TRAINEE
from evtdesk.store import (
    KdfParams,
    Logbook,
    LogbookError,
)
from evtdesk.ui import i18n, settings, tasks
from evtdesk.ui.lock import IdleWatcher, LockShortcutInDialogs
from evtdesk.ui.paths import display_path
from evtdesk.ui.session import LogbookSession
from evtdesk.ui.start import CreateLogbookDialog, StartScreen
from evtdesk.ui.window.commands import LogbookCommands
from evtdesk.ui.window.file_kinds import refusal_before_passphrase
from evtdesk.ui.window.locking import LockFlow
from evtdesk.ui.window.menus import MenuBar
from evtdesk.ui.window.unlocking import UnlockFlow, not_a_logbook_text
from evtdesk.ui.window.workspace import (
    NAVIGATOR,
    Workspace,
)

log = logging.getLogger(__name__)


class MainWindow(MenuBar, UnlockFlow, LockFlow, LogbookCommands, QMainWindow):
    unlocked = Signal()  # a logbook was opened; files waiting for one act on it (ui.file_open)

    def __init__(
        self,
        qsettings: QSettings,
        data_dir: Path,
        initial: Path | None = None,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.qsettings = qsettings
        self.data_dir = Path(data_dir)
        self.kdf = kdf
        self.session: LogbookSession | None = None
        self.start: StartScreen | None = None
        self.workspace: Workspace | None = None
        self._closing = False
        self._check_after_unlock: Path | None = None  # a restored logbook, checked once unlocked
        self.check_result: QMessageBox | None = None
        self.file_refusal: QMessageBox | None = None  # the last "not a logbook" said in a box
        self._pending_close = False
        self.idle = IdleWatcher(settings.AUTOLOCK_MINUTES.default * 60, self)
        self.idle.idle.connect(self.auto_lock)
        self._build_actions()
        self._build_menus()
        self.lock_in_dialogs = LockShortcutInDialogs(self.act_lock, self)
        from evtdesk.ui.exchange import install_exchange_actions

        install_exchange_actions(self)
        from evtdesk.ui.approval import install_approval_actions

        install_approval_actions(self)
        self.status = QLabel()
        self.busy_hint = QLabel()
        self.busy_hint.setObjectName("busyHint")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # indeterminate: the read reports no steps worth showing
        self.busy_bar.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 8)
        self.busy_bar.setTextVisible(False)
        self.statusBar().addWidget(self.busy_hint)
        self.statusBar().addWidget(self.busy_bar)
        self.statusBar().addPermanentWidget(self.status)
        self._show_busy(False)
        self._held: list[tuple[Path, QDialog]] = []  # forms kept, hidden, while locked
        self._restore_geometry()
        self._show_start(selected=initial)
        self.retranslate()

    # actions and menus --------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_title(self) -> None:
        if self.session is not None:
            name = self.session.logbook.path.name
            title = (
                self.tr("{name} – EVTDesk for supervisors")
                if self.for_supervisor()
                else self.tr("{name} – EVTDesk")
            )
            self.setWindowTitle(title.format(name=name))
            self.status.setText(display_path(self.session.logbook.path))
            self.status.setToolTip(str(self.session.logbook.path))
        else:
            self.setWindowTitle("EVTDesk")
            self.status.setToolTip("")
            self.status.setText(
                self.tr("Locked")
                if self.start and self.start.locked_banner.isVisibleTo(self.start)
                else ""
            )

    # central widget ------------------------------------------------------------------
    def _set_central(self, widget: QWidget) -> None:
        old = self.takeCentralWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.setCentralWidget(widget)
        widget.show()  # the layout would only show it from the event loop

    def _show_start(self, selected: Path | None = None, locked: Path | None = None) -> None:
        self.workspace = None
        self.start = StartScreen(self.recent_paths())
        self.start.unlock_requested.connect(self._unlock)
        self.start.new_requested.connect(self.new_logbook)
        self.start.open_requested.connect(self.open_logbook)
        self._set_central(self.start)
        if locked is not None:
            self.start.set_locked(locked)
        elif selected is not None:
            self.start.select(Path(selected))
        self._update_actions()
        self._update_title()
        self.start.set_busy(self._pending_close)

    def _show_workspace(self) -> None:
        assert self.session is not None
        self._remember_role(self.session.logbook.path, self.session.logbook.is_supervisors)
        self.remember_trainees(self.session.logbook)
        self.start = None
        self.workspace = Workspace(self.session)
        # a tab clicked is a view chosen: View ▸ shows the same one ticked
        self.workspace.currentChanged.connect(lambda index: self.act_views[index].setChecked(True))
        self._set_central(self.workspace)
        self._update_actions()
        self._update_title()
        self.show_view(NAVIGATOR)

    def show_view(self, index: int) -> None:
        if self.workspace is None:
            return
        self.workspace.setCurrentIndex(index)
        self.act_views[index].setChecked(True)
        self.workspace.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    # recent logbooks -------------------------------------------------------------------
    def recent_paths(self) -> list[Path]:
        stored = self.qsettings.value(settings.QS_RECENT, [])
        if isinstance(stored, str):
            stored = [stored]
        paths = [Path(p) for p in stored or [] if Path(p).is_file()]
        if self.data_dir.is_dir():
            for found in sorted(self.data_dir.glob("*.evtlog")):
                if found not in paths:
                    paths.append(found)
        return paths[: settings.RECENT_LIMIT]

    def supervisor_paths(self) -> set[Path]:
        """The logbooks known (from being unlocked here) to be supervisors'."""
        stored = self.qsettings.value(settings.QS_SUPERVISOR_LOGBOOKS, [])
        if isinstance(stored, str):
            stored = [stored]
        return {Path(p) for p in stored or []}

    def _remember_role(self, path: Path, supervisors: bool) -> None:
        known = self.supervisor_paths() - {path}
        if supervisors:
            known.add(path)
        self.qsettings.setValue(settings.QS_SUPERVISOR_LOGBOOKS, sorted(str(p) for p in known))

    def remember_trainees(self, logbook: Logbook) -> None:
        """Note which trainee keys a supervisor's logbook trusts (public keys only), so a
        bundle double-clicked while it is locked is offered to the logbook that trusts its
        signer (`logbook_for`)."""
        known = self.trainee_keys()
        known.pop(str(logbook.path), None)
        if logbook.is_supervisors:
            lines = [k.public_key for k in logbook.records.trusted_keys() if k.role == TRAINEE]
            known[str(logbook.path)] = lines
        self.qsettings.setValue(settings.QS_TRAINEE_KEYS, json.dumps(known))

    def trainee_keys(self) -> dict[str, list[str]]:
        try:
            known = json.loads(str(self.qsettings.value(settings.QS_TRAINEE_KEYS, "{}")))
        except ValueError:
            return {}
        return known if isinstance(known, dict) else {}

    def logbook_for(self, opening: str, signer: str | None = None) -> Path | None:
        """The recent logbook a double-clicked file is for: a bundle (`opening` "bundle")
        the most recent supervisor's logbook that trusts its `signer` (the key line its
        manifest names), else the most recent supervisor's; an attestation the most
        recent trainee's. None when no recent logbook is known to be of that kind."""
        supervisors = self.supervisor_paths()
        wanted = opening == "bundle"
        kind = [p for p in self.recent_paths() if (p in supervisors) == wanted]
        trusting = self.trainee_keys()
        return next(
            (p for p in kind if signer is not None and signer in trusting.get(str(p), ())),
            next(iter(kind), None),
        )

    def _add_recent(self, path: Path) -> None:
        stored = self.qsettings.value(settings.QS_RECENT, [])
        if isinstance(stored, str):
            stored = [stored]
        entries = [str(path)] + [p for p in stored or [] if p != str(path)]
        self.qsettings.setValue(settings.QS_RECENT, entries[: settings.RECENT_LIMIT])

    def _show_busy(self, busy: bool) -> None:
        """The hint while the shared read runs after a change (the views show the last one)."""
        self.busy_hint.setText(self.tr("Updating…") if busy else "")
        self.busy_hint.setVisible(busy)
        self.busy_bar.setVisible(busy)

    # commands ------------------------------------------------------------------------------
    def default_folder(self) -> Path:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return self.data_dir

    def new_logbook(self) -> CreateLogbookDialog:
        dialog = CreateLogbookDialog(self.default_folder(), kdf=self.kdf, parent=self)
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _created(self, dialog: CreateLogbookDialog) -> None:
        logbook = dialog.result_logbook()
        if logbook is not None:
            logbook.records.set_setting(settings.LANGUAGE.key, i18n.current_language())
            self._opened(logbook)

    def open_logbook(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open logbook"),
            str(self.default_folder()),
            self.tr("EVTDesk logbooks (*.evtlog);;All files (*)"),
        )
        if not name:
            return
        self.show_logbook(Path(name))

    def show_logbook(self, path: Path) -> None:
        """The unlock screen for `path` (File ▸ Open, or a logbook opened from outside);
        an unlocked logbook is closed first. A file that is no logbook is named instead,
        and neither joins Recent logbooks nor closes the one unlocked."""
        if self.refused_as_logbook(path):
            return
        self._add_recent(path)
        if self.session is not None:
            self._end_session()
        self._show_start(selected=path)

    def refused_as_logbook(self, path: Path) -> bool:
        """Say what `path` is when it cannot be a logbook (a bundle, a file of entries, a
        PDF…) and which command takes it, before a passphrase is typed for it; True if so.
        On the start screen it is said there; over an unlocked logbook, in a message."""
        refusal = refusal_before_passphrase(path)
        if refusal is None:
            return False
        text = not_a_logbook_text(path, refusal)
        if self.start is not None:
            self.start.show_error(text)
            return True
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Open logbook"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("notALogbook")
        box.finished.connect(box.deleteLater)
        self.file_refusal = box
        box.open()
        return True

    def new_entry(self) -> QDialog | None:
        if self.session is None:
            return None
        try:
            from evtdesk.ui.forms.entry_form import EntryFormDialog
        except ImportError:
            QMessageBox.information(
                self,
                self.tr("New entry"),
                self.tr("Entry forms are not available in this version."),
            )
            return None
        dialog = EntryFormDialog(self.session, None, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_plan(self) -> QDialog | None:
        """Work periods and the training plan. The dialog calls `notify_changed()` itself
        after each write, so nothing is connected to its `changed` here."""
        if self.session is None:
            return None
        from evtdesk.ui.panels.plan_dialog import PlanDialog

        dialog = PlanDialog(self.session, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_preferences(self) -> QDialog | None:
        if self.session is None:
            return None
        from evtdesk.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.session, self)
        dialog.saved.connect(self.apply_preferences)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def apply_preferences(self, values: dict[str, Any]) -> None:
        self.apply_language(values[settings.LANGUAGE.key])
        self.idle.set_timeout(int(values[settings.AUTOLOCK_MINUTES.key]) * 60)
        if self.session is not None:
            self.session.notify_changed()

    def apply_language(self, language: str) -> None:
        """Switch the whole app's language at once; open forms keep what was typed."""
        app = QCoreApplication.instance()
        assert app is not None
        i18n.install(app, language)
        self.qsettings.setValue(settings.QS_LANGUAGE, language)
        if self.session is not None:
            self.session.set_language(language)

    # window state ---------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.qsettings.value(settings.QS_GEOMETRY)
        if isinstance(geometry, (QByteArray, bytes)) and self.restoreGeometry(QByteArray(geometry)):
            return
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            self.resize(int(available.width() * 0.8), int(available.height() * 0.85))

    def _save_geometry(self) -> None:
        self.qsettings.setValue(settings.QS_GEOMETRY, self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_geometry()
        self._closing = True
        self.idle.stop()
        self.lock_in_dialogs.stop()
        session, self.session = self.session, None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            tasks.runner().wait(30_000)
            if session is not None:
                try:
                    session.cancel()
                    with session.reading:
                        session.logbook.close()
                except LogbookError as error:
                    log.error("closing %s: %s", session.logbook.path, error)
                session.locked.emit()
        finally:
            QApplication.restoreOverrideCursor()
        self.qsettings.sync()
        super().closeEvent(event)
