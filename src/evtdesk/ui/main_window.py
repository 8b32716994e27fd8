"""The main window: the start/unlock screen while locked, the panels while unlocked.

While no logbook is open the central widget is the `StartScreen`. Unlocking (a
background task: Argon2id takes about half a second) builds a `LogbookSession` and the
panels — the navigator first, since it is what a trainee should see first. Locking (Ctrl+L,
or the idle timer) closes every dialog showing logbook content, deletes the panels, drops
the session, closes the logbook (which takes the daily backup) and shows the start
screen again for the same file.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QStackedWidget,
    QWidget,
)

from evtdesk.store import (
    CheckReport,
    DamagedLogbook,
    KdfParams,
    Logbook,
    LogbookError,
    NotALogbook,
    WrongPassphrase,
    check_logbook,
)
from evtdesk.ui import i18n, settings, tasks
from evtdesk.ui.about import show_about
from evtdesk.ui.lock import IdleWatcher, LockShortcutInDialogs
from evtdesk.ui.paths import display_path
from evtdesk.ui.session import LogbookSession, SessionData, load_data
from evtdesk.ui.start import CreateLogbookDialog, RecoveryCodeDialog, StartScreen

log = logging.getLogger(__name__)

# (module, class) of each view, in the order of View ▸ Ctrl+1…3
PANELS = (
    ("evtdesk.ui.panels.navigator", "NavigatorPanel"),
    ("evtdesk.ui.panels.entries", "EntriesPanel"),
    ("evtdesk.ui.charts", "ChartsPanel"),
)
NAVIGATOR, LOGBOOK, CHARTS = range(3)


@dataclass(frozen=True)
class Opened:
    """What the unlock task hands to the GUI thread: the open logbook, the language its
    preferences ask for, and the first shared read (so building the panels reads nothing)."""

    logbook: Logbook
    language: str
    autolock_minutes: int
    data: SessionData


def read_opened(
    logbook: Logbook, fallback_language: str, today: date, progress: tasks.Progress | None = None
) -> Opened:
    """Read everything the first screen shows from a just opened logbook."""
    stored = logbook.records.settings()
    values = settings.read(logbook)
    language = (
        values[settings.LANGUAGE.key] if settings.LANGUAGE.key in stored else fallback_language
    )
    data = load_data(logbook, language, today, progress=progress)
    return Opened(logbook, language, int(values[settings.AUTOLOCK_MINUTES.key]), data)


def open_and_read(
    path: Path, passphrase: str, fallback_language: str, today: date, progress: tasks.Progress
) -> Opened:
    """Unlock and read; runs in the background task, so the GUI never waits for either."""
    logbook = Logbook.open(path, passphrase)
    try:
        return read_opened(logbook, fallback_language, today, progress)
    except BaseException:
        logbook.close(backup=False)
        raise


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


class MainWindow(QMainWindow):
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
        self._pending_close = False
        self.idle = IdleWatcher(settings.AUTOLOCK_MINUTES.default * 60, self)
        self.idle.idle.connect(self.auto_lock)
        self._build_actions()
        self._build_menus()
        self.lock_in_dialogs = LockShortcutInDialogs(self.act_lock, self)
        from evtdesk.ui.exchange import install_exchange_actions

        install_exchange_actions(self)
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
        self.help_menu.addAction(self.act_about)
        self.help_menu.addAction(self.act_about_qt)

    def _update_actions(self) -> None:
        unlocked = self.session is not None
        for action in self._session_actions:
            action.setEnabled(unlocked)
        if unlocked and not bundle_available():
            self.act_export.setEnabled(False)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_new_logbook.setText(self.tr("&New logbook…"))
        self.act_new_logbook.setStatusTip(self.tr("Create a new encrypted logbook"))
        self.act_open.setText(self.tr("&Open logbook…"))
        self.act_open.setStatusTip(self.tr("Open another logbook file"))
        self.act_import.setText(self.tr("&Import entries…"))
        self.act_import.setStatusTip(self.tr("Add entries from a JSON or CSV file"))
        self.act_export.setText(self.tr("&Export bundle…"))
        self.act_export.setStatusTip(
            self.tr("Export a signed bundle for your supervisor")
            if bundle_available()
            else self.tr("Exporting bundles is not available in this version")
        )
        self.act_verify.setText(self.tr("&Check the logbook…"))
        self.act_verify.setStatusTip(self.tr("Check that the logbook's history is unbroken"))
        self.act_lock.setText(self.tr("&Lock"))
        self.act_lock.setStatusTip(self.tr("Close the logbook now; unlock it with the passphrase"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_new_entry.setText(self.tr("&New entry…"))
        self.act_new_entry.setStatusTip(self.tr("Record a case, course or other activity"))
        self.act_plan.setText(self.tr("&Work periods and training plan…"))
        self.act_plan.setStatusTip(
            self.tr("Record the time you work in each part, and see your training plan")
        )
        self.act_preferences.setText(self.tr("&Preferences…"))
        view_names = (self.tr("&Navigator"), self.tr("&Logbook"), self.tr("&Charts"))
        for action, text in zip(self.act_views, view_names, strict=True):
            action.setText(text)
        self.act_about.setText(self.tr("&About EVTDesk"))
        self.act_about_qt.setText(self.tr("About &Qt"))
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_title(self) -> None:
        if self.session is not None:
            name = self.session.logbook.path.name
            self.setWindowTitle(self.tr("{name} – EVTDesk").format(name=name))
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
        self.start = None
        self.workspace = Workspace(self.session)
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

    def _add_recent(self, path: Path) -> None:
        stored = self.qsettings.value(settings.QS_RECENT, [])
        if isinstance(stored, str):
            stored = [stored]
        entries = [str(path)] + [p for p in stored or [] if p != str(path)]
        self.qsettings.setValue(settings.QS_RECENT, entries[: settings.RECENT_LIMIT])

    # unlocking ---------------------------------------------------------------------------
    def _unlock(self, path_text: str, passphrase: str) -> None:
        path = Path(path_text)
        assert self.start is not None
        self.start.set_busy(True)

        fallback, today = i18n.current_language(), date.today()

        def work(progress: tasks.Progress, _cancel: threading.Event) -> Opened:
            return open_and_read(path, passphrase, fallback, today, progress)

        tasks.run_task(
            self,
            self.tr("Unlocking {name}…").format(name=path.name),
            work,
            on_done=self._opened,
            on_error=lambda error: self._open_failed(path, error),
            on_discard=self._discard_opened,
        )

    def _discard_opened(self, opened: Opened) -> None:
        opened.logbook.close(backup=False)
        if self.start is not None:
            self.start.set_busy(False)

    def _opened(self, opened: Opened | Logbook) -> None:
        if isinstance(opened, Logbook):  # just created: empty, so reading it here is instant
            opened = read_opened(opened, i18n.current_language(), date.today())
        logbook = opened.logbook
        if self._closing:
            logbook.close(backup=False)
            return
        if self.session is not None:  # a logbook was created while another was open
            self._end_session()
        self._add_recent(logbook.path)
        self.session = LogbookSession(
            logbook, language=opened.language, parent=self, data=opened.data, background=True
        )
        self.session.busy_changed.connect(self._show_busy)
        self.apply_language(opened.language)
        self.idle.set_timeout(opened.autolock_minutes * 60)
        self.idle.start()
        self.lock_in_dialogs.start()
        self._show_workspace()
        self._resume_held(logbook.path)
        if self._check_after_unlock == logbook.path:
            self._check_after_unlock = None
            self.verify_logbook(after_restore=True)
        self.unlocked.emit()

    def _show_busy(self, busy: bool) -> None:
        """The hint while the shared read runs after a change (the views show the last one)."""
        self.busy_hint.setText(self.tr("Updating…") if busy else "")
        self.busy_hint.setVisible(busy)
        self.busy_bar.setVisible(busy)

    def _open_failed(self, path: Path, error: BaseException) -> None:
        start = self.start
        if start is None:
            return
        start.set_busy(False)
        if isinstance(error, WrongPassphrase):
            start.show_calm(
                self.tr(
                    "That passphrase does not open {name}. Nothing was changed; take your time and "
                    "try again."
                ).format(name=path.name)
            )
        elif isinstance(error, DamagedLogbook):
            self._offer_restore(path, error)
        elif isinstance(error, NotALogbook):
            start.show_error(
                self.tr(
                    "{name} is not an EVTDesk logbook, or its .keys file is missing beside it."
                ).format(name=path.name)
            )
        elif isinstance(error, LogbookError):
            start.show_error(str(error))
        else:
            log.error("unlocking %s failed", path, exc_info=error)
            start.show_error(
                self.tr("The logbook could not be opened: {reason}").format(reason=error)
            )

    def _offer_restore(self, path: Path, error: DamagedLogbook) -> None:
        assert self.start is not None
        if error.latest_backup is None:
            self.start.show_error(
                self.tr("{name} is damaged and no backup of it was found.").format(name=path.name)
            )
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The logbook is damaged"),
            self.tr(
                "{name} is damaged and cannot be read.\n\nRestore the latest backup, {backup}? "
                "The damaged file is kept beside it, renamed."
            ).format(name=path.name, backup=error.latest_backup.name),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        restore = box.addButton(self.tr("&Restore backup"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDetailedText(str(error))
        box.exec()
        if box.clickedButton() is not restore:
            return
        from evtdesk.store import restore as restore_backup

        try:
            restore_backup(path, error.latest_backup)
        except (LogbookError, OSError) as failure:
            self.start.show_error(str(failure))
            return
        self._check_after_unlock = path  # the key is needed: checked once it is unlocked
        self.start.show_calm(
            self.tr("The backup was restored. Unlock it with the same passphrase.")
        )

    # locking -----------------------------------------------------------------------------
    def auto_lock(self) -> None:
        self.lock()

    def lock(self) -> None:
        """Close the logbook and show the unlock screen for the same file."""
        if self.session is None:
            return
        path = self.session.logbook.path
        self._end_session()
        self._show_start(locked=path)

    def _close_content_dialogs(self, path: Path) -> None:
        """Hide everything that shows the logbook. Entry forms (new or amending) and the
        work-periods dialog (a period half typed in) are kept, hidden, with what was typed,
        and come back when `path` is unlocked again; viewers (history, bundles,
        preferences) are closed."""
        from evtdesk.ui.forms.entry_form import EntryFormDialog
        from evtdesk.ui.panels.plan_dialog import PlanDialog

        for dialog in self.findChildren(QDialog):
            if isinstance(dialog, (QProgressDialog, CreateLogbookDialog, RecoveryCodeDialog)):
                continue
            if isinstance(dialog.parent(), (RecoveryCodeDialog, CreateLogbookDialog)):
                continue
            if isinstance(dialog, (EntryFormDialog, PlanDialog)) and dialog.isVisible():
                dialog.hide()
                dialog.setParent(self, dialog.windowFlags())  # outlives the panels and viewers
                self._held.append((path, dialog))
                continue
            if any(dialog is held for _p, held in self._held):
                continue
            dialog.hide()
            dialog.reject()
            dialog.deleteLater()

    def _resume_held(self, path: Path) -> None:
        """Show again the forms that were open when `path` was locked."""
        assert self.session is not None
        keep = []
        for held_path, dialog in self._held:
            if held_path != path:
                keep.append((held_path, dialog))
                continue
            rebind = getattr(dialog, "rebind", None)
            if rebind is not None:
                rebind(self.session)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
        self._held = keep

    def held_forms(self) -> list[QDialog]:
        """Forms kept hidden while their logbook is locked."""
        return [dialog for _path, dialog in self._held]

    def _end_session(self) -> None:
        """Drop the panels and the session, and close the logbook in the background."""
        session = self.session
        if session is None:
            return
        self.idle.stop()
        self.lock_in_dialogs.stop()
        self.session = None
        session.cancel()
        self._show_busy(False)
        self._close_content_dialogs(session.logbook.path)
        if self.workspace is not None:
            self.workspace.hide()
        session.locked.emit()
        logbook, reading, running = session.logbook, session.reading, session.tasks
        session.deleteLater()
        self._pending_close = True
        if self.start is not None:
            self.start.set_busy(True)

        def work(_progress: tasks.Progress, _cancel: threading.Event) -> None:
            running.wait_idle()  # an import, export or verify still running finishes first
            with reading:  # and so does a shared read
                logbook.close()

        def finished(_result: object = None) -> None:
            self._pending_close = False
            if self.start is not None and not self._closing:
                self.start.set_busy(False)

        def failed(error: BaseException) -> None:
            finished()
            log.error("closing %s failed", logbook.path, exc_info=error)
            if self.start is not None:
                self.start.show_error(
                    self.tr("The logbook was closed, but the daily backup failed: {reason}").format(
                        reason=error
                    )
                )

        tasks.run_task(
            self,
            self.tr("Closing the logbook and taking the daily backup…"),
            work,
            finished,
            failed,
            cancellable=False,
        )

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
        an unlocked logbook is closed first."""
        self._add_recent(path)
        if self.session is not None:
            self._end_session()
        self._show_start(selected=path)

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

    def import_entries(self) -> None:
        session = self.session
        if session is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import entries"),
            str(Path.home()),
            self.tr("Entries (*.json *.csv);;All files (*)"),
        )
        if not name or self.session is not session:
            return
        from evtdesk.exchange.importer import ImportFileError, ImportRejected, load_entries

        logbook, path = session.logbook, Path(name)

        def work(progress: tasks.Progress, cancel: tasks.Cancel) -> int:
            # Checking the file is the first half of the bar, storing it the second. Cancel
            # works until the commit (the transaction is rolled back: nothing written);
            # `cancel.commit` then refuses a late Cancel, so a done import is reported.
            entries = load_entries(path, lambda done, total: progress(done, 2 * total), cancel)
            total = len(entries)
            ids = logbook.entries.import_many(
                entries,
                progress=lambda done, _total: progress(total + done, 2 * total),
                cancel=cancel,
                confirm_commit=cancel.commit,
            )
            return len(ids)

        def done(count: int | None) -> None:
            # Once the write began it always ends here, even if the logbook was locked
            # meanwhile (locking waits for it): what was imported is said, never hidden.
            if count is None:
                return
            if shiboken6.isValid(session):
                session.notify_changed()
            QMessageBox.information(
                self, self.tr("Import"), self.tr("Imported %n entries.", "", count)
            )

        def failed(error: BaseException) -> None:
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Import"), "", QMessageBox.StandardButton.Ok, self
            )
            if isinstance(error, ImportRejected):
                box.setText(
                    self.tr("Nothing was imported: %n row(s) have problems.", "", len(error.errors))
                )
                box.setDetailedText("\n".join(error.errors))
            elif isinstance(error, (ImportFileError, LogbookError)):
                box.setText(str(error))
            else:
                box.setText(
                    self.tr("The file could not be imported: {reason}").format(reason=error)
                )
            box.open()

        tasks.run_task(
            self,
            self.tr("Importing {name}…").format(name=path.name),
            work,
            done,
            failed,
            group=session.tasks,
        )

    def verify_logbook(self, after_restore: bool = False) -> None:
        """The same check as `evtdesk check`: the chain link by link, the encrypted file,
        the attachments; every break named."""
        session = self.session
        if session is None:
            return
        logbook = session.logbook
        title = self.tr("Check the logbook")

        def work(progress: tasks.Progress, cancel: threading.Event) -> CheckReport:
            return check_logbook(logbook, progress, cancel)

        def done(report: CheckReport) -> None:
            intro = self.tr("The restored backup was checked. ") if after_restore else ""
            if report.ok:
                icon, text = (
                    QMessageBox.Icon.Information,
                    intro
                    + self.tr(
                        "The logbook is whole: %n change(s) in its history, each linked to the "
                        "one before and none altered; the file and its attachments check out.",
                        "",
                        report.events,
                    ),
                )
            else:
                icon, text = (
                    QMessageBox.Icon.Warning,
                    intro
                    + self.tr(
                        "The logbook is not whole ({n} problem(s)). Restore an older backup or "
                        "ask for help; the details name each break."
                    ).format(n=len(report.problems)),
                )
            box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
            box.setObjectName("checkResult")
            if report.problems:
                box.setDetailedText("\n".join(report.problems))
            box.finished.connect(box.deleteLater)
            self.check_result = box
            box.open()

        def failed(error: BaseException) -> None:
            QMessageBox.warning(self, title, str(error))

        tasks.run_task(
            self, self.tr("Checking the logbook…"), work, done, failed, group=session.tasks
        )

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
