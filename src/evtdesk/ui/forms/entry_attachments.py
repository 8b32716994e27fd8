"""Scanned certificates attached to an entry: chosen, or dropped on the form.

A mixin of `EntryFormDialog`. A file is checked when it is attached, not when the entry is
saved: a regular file within the size limit, a PDF, PNG or JPEG by its first bytes, and no
personal identity number in its name. It is stored with the entry when the entry is saved.
Strings keep the dialog's translation context.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog

from evtdesk.entries.privacy import find_identity_numbers
from evtdesk.exchange.files import FileRefused, read_limited
from evtdesk.store import MAX_ATTACHMENT, sniff_media_type

ATTACH_FILTER = "PDF, PNG, JPEG (*.pdf *.png *.jpg *.jpeg)"


class AttachmentsMixin:
    """Choosing, dropping and queueing files, for EntryFormDialog."""

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            QCoreApplication.translate("EntryFormDialog", "Attach a scanned certificate"),
            "",
            ATTACH_FILTER,
        )
        for name in names:
            self.attach_file(Path(name))

    def attach_file(self, path: Path) -> bool:
        """Queue `path` to be stored with the entry when it is saved."""
        if find_identity_numbers(path.name):
            self._set_general(
                QCoreApplication.translate(
                    "EntryFormDialog",
                    "The file name %1 contains what looks like a personal identity number; "
                    "rename the file first.",
                ).replace("%1", path.name)
            )
            return False
        try:  # a regular file within the size, never read whole first
            data = read_limited(path, "file", MAX_ATTACHMENT)
        except FileRefused as refusal:
            self._set_general(str(refusal))
            return False
        if sniff_media_type(data) is None:
            self._set_general(
                QCoreApplication.translate(
                    "EntryFormDialog", "%1 is not a PDF, PNG or JPEG file."
                ).replace("%1", path.name)
            )
            return False
        self._pending.append((path.name, data))
        self.attach_list.addItem(path.name)
        self.attach_list.show()
        self._set_general("")
        return True

    @property
    def pending_files(self) -> list[str]:
        return [name for name, _data in self._pending]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.attach_file(Path(url.toLocalFile()))
        event.acceptProposedAction()
