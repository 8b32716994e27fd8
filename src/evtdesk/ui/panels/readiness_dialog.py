"""The hospital's readiness checklist (H1–H11) in the app: record each criterion's status,
evidence and notes for a site, and write the checklist as a signed PDF.

The same core as `evtdesk readiness`: statuses are kept in the logbook
(`evtdesk.exchange.readiness.record_readiness`) and the PDF is built and signed with the
logbook's certificate (`write_readiness`) off the GUI thread, as an export is.
"""

from __future__ import annotations

import threading
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evtdesk.entries.privacy import IdentityNumberFound, screen
from evtdesk.quality.readiness import STATUSES, SiteReadiness, status_label
from evtdesk.store import LogbookError
from evtdesk.ui import tasks
from evtdesk.ui.session import LogbookSession

TITLE, STATUS, EVIDENCE, NOTES = range(4)


class ReadinessDialog(QDialog):
    """Per site, each criterion's status, evidence and notes; Save, and write the PDF."""

    def __init__(self, session: LogbookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("ReadinessDialog")
        self.setWindowTitle(self.tr("Hospital readiness (H1–H11)"))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.site_label = QLabel(self.tr("&Site:"), self)
        self.site_combo = QComboBox(self)
        self.site_combo.setObjectName("readinessSite")
        self.site_label.setBuddy(self.site_combo)
        for site in session.sites():
            name = ", ".join(x for x in (site.hospital, site.unit) if x)
            self.site_combo.addItem(name, site.id)
        bar.addWidget(self.site_label)
        bar.addWidget(self.site_combo, 1)
        layout.addLayout(bar)
        self.message = QLabel(self)
        self.message.setObjectName("readinessMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("readinessTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Criterion"), self.tr("Status"), self.tr("Evidence"), self.tr("Notes")]
        )
        self.table.verticalHeader().setVisible(False)
        # rows follow their wrapped titles as the columns are resized
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EVIDENCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTES, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.pdf_button = QPushButton(self.tr("Save and write signed &PDF…"), self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.pdf_button.clicked.connect(self.choose_pdf)
        layout.addWidget(buttons)
        self.site_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.task: tasks.Task | None = None
        self.load()

    # --- reading and recording -------------------------------------------------------------
    def site_id(self) -> int | None:
        data = self.site_combo.currentData()
        return int(data) if data is not None else None

    def load(self) -> None:
        from evtdesk.exchange.readiness import readiness_of

        site_id = self.site_id()
        usable = site_id is not None
        for widget in (self.table, self.save_button, self.pdf_button):
            widget.setEnabled(usable)
        if site_id is None:
            self.message.setText(
                self.tr(
                    "Add the hospital as a site first (with its EVT a year): the checklist "
                    "is kept per site."
                )
            )
            return
        try:
            with self.session.reading:
                readiness = readiness_of(self.session.logbook, site_id, self.session.language)
        except Exception as error:  # a curriculum without hospital criteria: say so
            self.message.setText(str(error))
            self.table.setEnabled(False)
            return
        self.message.setText(self._whose(readiness))
        self._fill(readiness)

    def _whose(self, readiness: SiteReadiness) -> str:
        """Whose word the statuses are: the representative's signed readiness decides
        the H items; the trainee's own record decides none."""
        pdf = self.tr("The signed PDF vouches that you issued the checklist, not that it is true.")
        if readiness.declared_on is not None:
            declared = self.tr(
                "Statuses in grey are the signed readiness of {name} ({day}): the hospital "
                "items are judged from them. The others are your own record and decide nothing."
            ).format(name=readiness.declared_by, day=readiness.declared_on.isoformat())
            return f"{declared} {pdf}"
        own = self.tr(
            "These statuses are your own record: the hospital items are judged only from "
            "the readiness the region's or hospital's representative declares and signs. H1 "
            "is worked out from the site's EVT a year until you choose a status for it."
        )
        return f"{own} {pdf}"

    def _fill(self, readiness: SiteReadiness) -> None:
        language = self.session.language
        self.table.setRowCount(len(readiness.criteria))
        for row, criterion in enumerate(readiness.criteria):
            title = QTableWidgetItem(f"{criterion.item.id}  {criterion.item.title(language)}")
            title.setData(0x0100, criterion.item.id)  # Qt.UserRole
            title.setToolTip(criterion.item.section)
            self.table.setItem(row, TITLE, title)
            combo = QComboBox(self.table)
            for status in STATUSES:
                combo.addItem(status_label(status, language), status)
            combo.setCurrentIndex(STATUSES.index(criterion.status))
            if criterion.declared:  # the representative's signed word, not hers to change
                combo.setEnabled(False)
                combo.setToolTip(
                    self.tr("Declared by {name} ({day})").format(
                        name=readiness.declared_by,
                        day=readiness.declared_on.isoformat() if readiness.declared_on else "",
                    )
                )
            self.table.setCellWidget(row, STATUS, combo)
            self.table.setItem(row, EVIDENCE, QTableWidgetItem(criterion.evidence))
            self.table.setItem(row, NOTES, QTableWidgetItem(criterion.notes))
        self._loaded = self._rows()

    def _rows(self) -> dict[str, tuple[str, str, str]]:
        rows = {}
        for row in range(self.table.rowCount()):
            item_id = self.table.item(row, TITLE).data(0x0100)
            combo = self.table.cellWidget(row, STATUS)
            assert isinstance(combo, QComboBox)
            rows[item_id] = (
                str(combo.currentData()),
                self.table.item(row, EVIDENCE).text(),
                self.table.item(row, NOTES).text(),
            )
        return rows

    def save(self) -> int | None:
        """Record the criteria that changed; how many. None when the logbook refuses one
        (evidence or notes holding a personal identity number): the message says why, and
        no criterion is recorded, the edits staying in the table to be corrected."""
        from evtdesk.exchange.readiness import record_readiness

        site_id = self.site_id()
        if site_id is None:
            return 0
        changed = {k: v for k, v in self._rows().items() if self._loaded.get(k) != v}
        try:  # every row screened before any is recorded, as record_readiness screens each
            for item_id, (_status, evidence, notes) in changed.items():
                for field, text in (("evidence", evidence), ("notes", notes)):
                    screen(text, f"{item_id} {field}")
        except IdentityNumberFound as error:
            self.message.setText(f"{error} Nothing was recorded.")
            return None
        recorded = 0
        try:
            with self.session.reading:
                for item_id, (status, evidence, notes) in changed.items():
                    record_readiness(
                        self.session.logbook, site_id, item_id, status, evidence, notes
                    )
                    recorded += 1
        except LogbookError as error:
            self.message.setText(str(error))
            return None
        finally:
            if recorded:
                self.session.notify_changed()
        if changed:
            self.load()
        self.message.setText(self.tr("Changes saved: {n}.").format(n=len(changed)))
        return len(changed)

    # --- the signed PDF ----------------------------------------------------------------------
    def choose_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the signed checklist"), "readiness.pdf", self.tr("PDF (*.pdf)")
        )
        if name:
            self.write_pdf(Path(name))

    def write_pdf(self, target: Path) -> tasks.Task | None:
        from evtdesk.exchange.readiness import write_readiness

        site_id, session = self.site_id(), self.session
        if self.save() is None or site_id is None:
            return None  # a criterion refused: the message says why, no checklist is written
        logbook, language = session.logbook, session.language
        self.pdf_button.setEnabled(False)

        def work(_progress: tasks.Progress, _cancel: threading.Event) -> Path:
            return write_readiness(logbook, site_id, target, language).path

        self.task = tasks.run_task(
            self,
            self.tr("Writing the signed checklist…"),
            work,
            self._written,
            self._failed,
            cancellable=False,
            group=session.tasks,
        )
        return self.task

    def _written(self, path: Path) -> None:
        if not shiboken6.isValid(self):
            return
        self.pdf_button.setEnabled(True)
        self.message.setText(self.tr("The signed checklist was saved as {path}.").format(path=path))

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.pdf_button.setEnabled(True)
        self.message.setText(self.tr("The checklist was not written: {error}").format(error=error))
