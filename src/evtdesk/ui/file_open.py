"""Opening a file given from outside: the command line, a double-click in the file
manager (Linux, Windows), Finder's open event (macOS), or a second start of the app.

Each kind of file goes to its own view:

- `.evtlog`: the unlock screen for that logbook;
- `.evtbundle`: the bundle view, verified against the unlocked logbook's trusted keys
  (a supervisor's own logbook: the start screen preselects the most recent logbook known
  to be a supervisor's, not merely the last one opened, which may be a trainee's);
- `.evtattest`: importing the attestation into the unlocked logbook (the trainee's).

A bundle or an attestation needs an unlocked logbook. When none is, the file is kept
(shown in the status bar and on the start screen) and acted on as soon as a logbook is
unlocked, so a double-click never leads to "open your logbook first, then find the file
again". Bad input (a missing file, a file of another kind) is said in a message box.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QLabel, QMessageBox

from evtdesk.ui.main_window import MainWindow

QUICK_LOOK = 32 * 1024 * 1024  # a bigger bundle is not read on the window's thread to choose

log = logging.getLogger(__name__)

LOGBOOK, BUNDLE, ATTESTATION = ".evtlog", ".evtbundle", ".evtattest"
KINDS = (LOGBOOK, BUNDLE, ATTESTATION)


class FileOpener(QObject):
    """Routes outside files to the window's views; one per main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("fileOpener")
        self.window = window
        self.pending: list[Path] = []
        self.last_message: QMessageBox | None = None
        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingFiles")
        self.pending_label.hide()
        window.statusBar().addWidget(self.pending_label)
        window.unlocked.connect(self._act_on_pending)
        app = QCoreApplication.instance()
        if app is not None:  # macOS hands files over as QFileOpenEvent on the application
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file()
            if name:
                self.open_paths([name])
                return True
        return False

    # the entry point ---------------------------------------------------------------------
    def open_paths(self, paths: Iterable[str | Path]) -> None:
        """Bring the window to the front and open each file (none: only the former)."""
        self._raise_window()
        for path in paths:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> None:
        path = path.expanduser().absolute()
        kind = path.suffix.lower()
        if kind not in KINDS:
            self._problem(
                self.tr(
                    "EVTDesk opens logbooks (.evtlog), bundles (.evtbundle) and attestations "
                    "(.evtattest); {name} is none of these."
                ).format(name=path.name)
            )
            return
        if not path.is_file():
            self._problem(
                self.tr("{name} was not found in {folder}.").format(
                    name=path.name, folder=path.parent
                )
            )
            return
        if kind == LOGBOOK:
            self._open_logbook(path)
        elif self.window.session is None:
            self._keep(path)
        else:
            self._act(path)

    # logbooks ----------------------------------------------------------------------------
    def _open_logbook(self, path: Path) -> None:
        session = self.window.session
        if session is None:
            self.window.show_logbook(path)
            return
        if self.window.refused_as_logbook(path):  # said before asking to lock for nothing
            return
        current = session.logbook.path
        if current.resolve() == path.resolve():
            return  # already open: being in front is all that was asked
        # Asked, not done: a double-click must not lock a logbook someone is working in.
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Open logbook"),
            self.tr("Lock {current} and open {name}?").format(current=current.name, name=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setObjectName("switchLogbook")
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(_result: int) -> None:
            yes = box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes
            if yes and self.window.session is session:
                self.window.show_logbook(path)

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        self.last_message = box
        box.open()

    # bundles and attestations ------------------------------------------------------------
    def _keep(self, path: Path) -> None:
        if path not in self.pending:
            self.pending.append(path)
        names = ", ".join(p.name for p in self.pending)
        text = self.tr("Unlock your logbook to open {names}.").format(names=names)
        self.pending_label.setText(text)
        self.pending_label.show()
        start = self.window.start
        if start is not None and not start.passphrase.text():  # never wipe what is typed
            # a bundle is for his logbook, an attestation for hers: not the last one used
            opening = "bundle" if path.suffix.lower() == BUNDLE else "attestation"
            signer = claimed_signer_of(path) if opening == "bundle" else None
            mine = self.window.logbook_for(opening, signer)
            if mine is not None:
                start.select(mine)
            start.show_calm(text)

    def _act_on_pending(self) -> None:
        waiting, self.pending = self.pending, []
        self.pending_label.hide()
        for path in waiting:
            self._act(path)

    def _act(self, path: Path) -> None:
        session = self.window.session
        assert session is not None
        if path.suffix.lower() == BUNDLE:
            from evtdesk.ui.exchange import install_exchange_actions

            install_exchange_actions(self.window).open_bundle(path)
        else:
            from evtdesk.ui.exchange.import_attestation import import_file

            import_file(session, path, self.window)

    # helpers ------------------------------------------------------------------------------
    def _raise_window(self) -> None:
        window = self.window
        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()

    def _problem(self, text: str) -> None:
        log.warning("%s", text)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Open file"),
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("fileOpenProblem")
        box.finished.connect(box.deleteLater)
        self.last_message = box
        box.open()


def claimed_signer_of(path: Path) -> str | None:
    """The key line a bundle's manifest names as its signer, unverified, or None (a file
    that cannot be read, or larger than QUICK_LOOK): read only to offer the logbook that
    trusts it; the bundle is verified once that logbook is unlocked."""
    from evtdesk.bundle.verify import claimed_signer
    from evtdesk.exchange.files import FileRefused, read_limited

    try:
        return claimed_signer(read_limited(path, "bundle", QUICK_LOOK))
    except (FileRefused, OSError):
        return None
