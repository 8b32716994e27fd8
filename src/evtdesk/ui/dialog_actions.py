"""What every menu's actions share: the window's open logbook, and opening a dialog that
deletes itself when closed (the last one is kept for tests to reach)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMainWindow

from evtdesk.ui.session import LogbookSession


class DialogActions:
    """Mixed into the QObject that owns a menu's actions; it sets `window`."""

    window: QMainWindow
    last_dialog: QDialog | None = None

    @property
    def session(self) -> LogbookSession | None:
        return getattr(self.window, "session", None)

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()
        return dialog
