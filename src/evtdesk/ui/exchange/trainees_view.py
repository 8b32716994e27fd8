"""The supervisor's trainees at a glance: one row per trainee key he trusts, as the last
bundle of hers he verified and kept shows her (`exchange.trainees`, as `evtdesk trainees`).

The overview is computed by the core on a worker (`ui.tasks`, as opening a bundle is):
each kept bundle is verified and evaluated again; `trainees_model` words it. Above the
table, his count of trainees against the guidance's two; with no trainee key trusted, a
sentence on how to trust one instead. A row (double-click, or Open last bundle) opens her
last kept bundle in the bundle view, verified again there as a file would be.
"""

from __future__ import annotations

import threading
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evtdesk.exchange.trainees import TraineeRow, TraineesOverview
from evtdesk.ui import tasks
from evtdesk.ui.exchange.import_attestation import subject_titles
from evtdesk.ui.exchange.trainees_model import SORT_ROLE, TraineesModel
from evtdesk.ui.session import LogbookSession

WARNING_BOX = (  # the bundle view's amber (bundleWarnings)
    "#traineesGuidance { background: #fff4e0; border: 1px solid #b36b00; "
    "border-radius: 4px; padding: 4px; color: #4d2e00; }"
)


M = TraineesModel


class TraineesView(QWidget):
    """His trainees, read from his logbook on a worker; a row opens her last bundle."""

    loaded = Signal(object)  # the TraineesOverview now shown
    bundle_opened = Signal(object)  # the BundleViewDialog

    def __init__(
        self, session: LogbookSession, parent: QWidget | None = None, load: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("traineesView")
        self.session = session
        self.overview: TraineesOverview | None = None
        self.bundle_dialog: QDialog | None = None
        self.trust_dialog: QDialog | None = None
        self.problem_box: QMessageBox | None = None
        self._reading: tasks.Task | None = None
        self._again = False
        self.guidance_label = QLabel()
        self.guidance_label.setObjectName("traineesGuidance")
        self.guidance_label.setTextFormat(Qt.TextFormat.PlainText)
        self.guidance_label.setWordWrap(True)
        self.model = TraineesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("traineesTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(lambda index: self.open_last_bundle(self.row_at(index)))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty_label = QLabel()
        self.empty_label.setObjectName("traineesEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setMaximumWidth(560)
        self.trust_button = QPushButton()
        self.trust_button.setObjectName("trustTraineeKey")
        self.trust_button.clicked.connect(lambda: self.trust_a_key())
        empty = QWidget()
        empty_column = QVBoxLayout(empty)
        empty_column.addStretch(1)
        sentence = QHBoxLayout()  # centred, and as high as its wrapped lines need
        sentence.addStretch(1)
        sentence.addWidget(self.empty_label, 4)
        sentence.addStretch(1)
        empty_column.addLayout(sentence)
        empty_column.addWidget(self.trust_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_column.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setObjectName("traineesStatus")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for page in (self.status_label, self.table, empty):
            self.stack.addWidget(page)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openLastBundle")
        self.open_button.clicked.connect(lambda: self.open_last_bundle())
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshTrainees")
        self.refresh_button.clicked.connect(lambda: self.refresh())
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.guidance_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        session.changed.connect(self.refresh)
        session.language_changed.connect(lambda _language: self.refresh())
        self.retranslate()
        self._update_buttons()
        if load:
            self.refresh()

    # reading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the overview again on a worker (once more if one is under way)."""
        session = self.session
        if session.ended:
            return
        if self._reading is not None:
            self._again = True
            return
        from evtdesk.exchange.trainees import trainees_overview

        logbook, language, today = session.logbook, session.language, session.today()

        def work(_progress: tasks.Progress, _cancel: threading.Event) -> TraineesOverview:
            return trainees_overview(logbook, today, language)

        def finished() -> bool:
            self._reading = None
            if self._again and shiboken6.isValid(self) and not session.ended:
                self._again = False
                self.refresh()
                return False
            return shiboken6.isValid(self) and not session.ended

        def done(overview: TraineesOverview) -> None:
            if finished():
                self.show_overview(overview)

        def failed(error: BaseException) -> None:
            if finished():
                self.status_label.setText(
                    self.tr("Your trainees could not be read: {reason}").format(reason=error)
                )
                self.stack.setCurrentIndex(0)

        def discarded(_result: object) -> None:
            if finished() and self.overview is None:
                self.status_label.setText(self.tr("Not read. Refresh reads them again."))

        if self.overview is None:
            self.status_label.setText(self.tr("Reading the bundles you kept…"))
        self._reading = tasks.run_task(
            self,
            self.tr("Reading your trainees' bundles…"),
            work,
            done,
            failed,
            discarded,
            group=session.tasks,
        )

    def show_overview(self, overview: TraineesOverview) -> None:
        selected = self.selected()
        self.overview = overview
        self.model.set_rows(overview.rows, subject_titles(self.session))
        self._show_guidance()
        self.stack.setCurrentIndex(1 if overview.rows else 2)
        self._fit_columns()
        keys = [r.public_key for r in self.model.rows]
        if overview.rows:
            at = keys.index(selected.public_key) if selected and selected.public_key in keys else 0
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(at, 0)).row())
        self._update_buttons()
        self.loaded.emit(overview)

    def _show_guidance(self) -> None:
        overview = self.overview
        self.guidance_label.setVisible(bool(overview and overview.rows))
        if overview is None:
            return
        text = self.tr(
            "You are the main supervisor of %n trainee(s); the guidance: at most {max} per "
            "supervisor.",
            "",
            overview.as_main_supervisor,
        ).format(max=overview.guidance_max)
        if overview.over_guidance:
            text += " " + self.tr("That is more than the guidance allows.")
        self.guidance_label.setText(text)
        self.guidance_label.setStyleSheet(WARNING_BOX if overview.over_guidance else "")

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        limits = ((M.PART, 180), (M.AWAITING, 340))
        for column, most in limits:
            header.resizeSection(column, min(header.sectionSize(column), most))
        header.setStretchLastSection(True)

    # rows ---------------------------------------------------------------------------
    def row_at(self, index: QModelIndex | QPersistentModelIndex) -> TraineeRow | None:
        source = self.proxy.mapToSource(index)
        return self.model.rows[source.row()] if source.isValid() else None

    def selected(self) -> TraineeRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.row_at(rows[0]) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.open_button.setEnabled(row is not None and row.last_bundle is not None)

    def open_last_bundle(self, row: TraineeRow | None = None) -> None:
        """Her last kept bundle in the bundle view, verified again as a file would be."""
        chosen = row or self.selected()
        session = self.session
        if chosen is None or chosen.last_bundle is None or session.ended:
            return
        trainee, number = chosen, chosen.last_bundle.sequence
        from evtdesk.bundle import UnreadableBundle
        from evtdesk.exchange import open_bundle

        logbook, language, today = session.logbook, session.language, session.today()
        gone = self.tr("No bundle of hers is kept in your logbook.")

        def work(_progress: tasks.Progress, _cancel: threading.Event) -> tuple[bytes, Any]:
            kept = logbook.records.last_received(trainee.public_key)
            if kept is None:
                raise UnreadableBundle(gone)
            return kept[1], open_bundle(kept[1], logbook, language, today)

        def done(result: tuple[bytes, Any]) -> None:
            if not shiboken6.isValid(self) or session.ended:
                return
            from evtdesk.ui.exchange.bundle_view import BundleViewDialog

            data, view = result
            name = trainee.name.replace("/", "-").replace("\\", "-")
            source = f"{name}-{number}.evtbundle"  # the title's and the report's name
            dialog = BundleViewDialog(session, data, source, view, self)
            dialog.finished.connect(dialog.deleteLater)
            dialog.finished.connect(lambda _result: self.refresh())  # he may have attested
            self.bundle_dialog = dialog
            dialog.open()
            self.bundle_opened.emit(dialog)

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Open last bundle"),
                self.tr("The bundle of {name} could not be opened: {reason}").format(
                    name=trainee.name, reason=error
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setTextFormat(Qt.TextFormat.PlainText)  # the reason may quote the bundle
            box.setObjectName("traineeBundleProblem")
            box.finished.connect(box.deleteLater)
            self.problem_box = box
            box.open()

        tasks.run_task(
            self,
            self.tr("Verifying the bundle of {name}…").format(name=trainee.name),
            work,
            done,
            failed,
            group=session.tasks,
        )

    def trust_a_key(self) -> QDialog:
        """The trust flow for a trainee's key; the view is read again once trusted."""
        from evtdesk.ui.exchange.trust_dialog import AddKeyDialog

        dialog = AddKeyDialog(self.session.logbook, self, "", "", "trainee")
        dialog.trusted.connect(lambda _key: self.refresh())
        dialog.finished.connect(dialog.deleteLater)
        self.trust_dialog = dialog
        dialog.open()
        return dialog

    # words --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.empty_label.setText(
            self.tr(
                "No trainee's key is trusted in this logbook yet.\n\nWhen a trainee reads you "
                "her key's fingerprint, trust it with Trust a key… (or Tools ▸ Trusted keys…). "
                "Then each bundle of hers you open with File ▸ Open bundle… is kept in your "
                "logbook, and she is listed here with what waits for you."
            )
        )
        self.trust_button.setText(self.tr("&Trust a key…"))
        self.open_button.setText(self.tr("&Open last bundle"))
        self.open_button.setToolTip(self.tr("Her last bundle you kept, verified again"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.model.retranslate()
        self._show_guidance()


class TraineesDialog(QDialog):
    """File ▸ Trainees…: the view with a Close button."""

    def __init__(self, session: LogbookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("traineesDialog")
        self.view = TraineesView(session, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.view.open_button.setDefault(True)  # Enter on a row opens her bundle
        self.retranslate()
        room = self.screen().availableGeometry()
        self.resize(min(1640, room.width() - 40), min(460, room.height() - 40))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Trainees"))
