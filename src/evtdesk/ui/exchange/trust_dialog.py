"""Trusted keys: whose signatures this logbook accepts, and adding one after comparing
its fingerprint with what the key owner reads aloud."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evtdesk.exchange import parse_key, trust_key, trust_terms
from evtdesk.exchange.keys import FileRefused, read_key_file
from evtdesk.model import TrustedKey
from evtdesk.model.keys import ROLES
from evtdesk.store import Logbook, LogbookError
from evtdesk.ui.exchange.common import bold, grouped_fingerprint, mono_font, role_text
from evtdesk.ui.exchange.key_term_dialog import RetireKeyDialog, remove_question
from evtdesk.ui.styles import ERROR_STYLE


class AddKeyDialog(QDialog):
    """Paste or load a key, see its fingerprint, confirm it matches, then trust it."""

    trusted = Signal(object)  # the TrustedKey

    def __init__(
        self,
        logbook: Logbook,
        parent: QWidget | None = None,
        key_text: str = "",
        name: str = "",
        role: str = "supervisor",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addKeyDialog")
        self.logbook = logbook
        self.result_key: TrustedKey | None = None
        self.setWindowTitle(self.tr("Trust a key"))
        self.key_edit = QPlainTextEdit()
        self.key_edit.setObjectName("keyText")
        self.key_edit.setFont(mono_font())
        self.key_edit.setPlaceholderText(
            self.tr("Paste the public key here (both lines of the .pub file, or the key line)")
        )
        self.key_edit.setFixedHeight(self.key_edit.fontMetrics().lineSpacing() * 3 + 16)
        self.key_edit.setAccessibleName(self.tr("Public key"))
        self.load_button = QPushButton(self.tr("&Load .pub file…"))
        self.load_button.clicked.connect(self.choose_file)
        self.name_edit = QLineEdit(name)
        self.name_edit.setObjectName("keyOwnerName")
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("keyRole")
        for value in ROLES:
            self.role_combo.addItem(role_text(value), value)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(role)))
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("fingerprint")
        self.fingerprint_label.setFont(mono_font(16, bold=True))
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("keyProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.question = QLabel(
            bold(self.tr("Does this fingerprint match what the key owner reads to you?"))
        )
        self.question.setWordWrap(True)
        self.match_check = QCheckBox(self.tr("&Yes, every group matches"))
        self.match_check.setObjectName("fingerprintMatches")

        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.load_button, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.addRow(self.tr("Key owner's &name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.trust_button = self.buttons.addButton(
            self.tr("&Trust this key"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.trust_button.setObjectName("trustButton")
        self.buttons.accepted.connect(self.trust)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(key_row)
        layout.addLayout(form)
        layout.addWidget(QLabel(bold(self.tr("Fingerprint"))))
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.question)
        layout.addWidget(self.match_check)
        layout.addWidget(self.buttons)
        self.key_edit.textChanged.connect(self._update)
        self.name_edit.textChanged.connect(self._update)
        self.match_check.toggled.connect(self._update)
        self.key_edit.setPlainText(key_text)
        self._update()
        self.resize(720, 460)

    def _update(self) -> None:
        text = self.key_edit.toPlainText().strip()
        fingerprint = ""
        problem = ""
        if text:
            try:
                _line, fingerprint = parse_key(text)
            except LogbookError as error:
                problem = str(error)
        self.fingerprint = fingerprint
        self.fingerprint_label.setText(grouped_fingerprint(fingerprint) if fingerprint else "—")
        self.fingerprint_label.setAccessibleName(fingerprint)
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self.question.setEnabled(bool(fingerprint))
        self.match_check.setEnabled(bool(fingerprint))
        self.trust_button.setEnabled(
            bool(fingerprint)
            and self.match_check.isChecked()
            and bool(self.name_edit.text().strip())
        )

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Load key"),
            str(Path.home()),
            self.tr("Public keys (*.pub);;All files (*)"),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """The key file's text, read by the core's one rule (a pipe or a device is never
        opened, at most 64 KB is read), or a message in the dialog."""
        try:
            self.key_edit.setPlainText(read_key_file(path))
        except FileRefused as refusal:
            self.problem_label.setText(
                self.tr("The file could not be read: {reason}").format(reason=str(refusal))
            )
            self.problem_label.setVisible(True)

    def trust(self) -> None:
        if not self.trust_button.isEnabled():
            return
        try:
            key = trust_key(
                self.logbook,
                self.key_edit.toPlainText().strip(),
                self.name_edit.text(),
                str(self.role_combo.currentData()),
            )
        except LogbookError as error:
            self.problem_label.setText(str(error))
            self.problem_label.setVisible(True)
            return
        self.result_key = key
        self.trusted.emit(key)
        self.accept()


class TrustedKeysDialog(QDialog):
    """The keys this logbook trusts: name, role and fingerprint; Add… opens AddKeyDialog."""

    changed = Signal()

    def __init__(self, logbook: Logbook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trustedKeysDialog")
        self.logbook = logbook
        self.add_dialog: AddKeyDialog | None = None
        self.setWindowTitle(self.tr("Trusted keys"))
        intro = QLabel(
            self.tr(
                "Signatures made with these keys are accepted: bundles from trainees, "
                "attestations from supervisors."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("trustedKeysTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Term"), self.tr("Fingerprint")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("No keys are trusted yet."))
        self.empty_label.setObjectName("noTrustedKeys")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = buttons.addButton(
            self.tr("&Add…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.add_button.setObjectName("addKeyButton")
        self.add_button.clicked.connect(lambda: self.add())
        self.retire_button = buttons.addButton(
            self.tr("&Retire…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.retire_button.setObjectName("retireKeyButton")
        self.retire_button.setToolTip(
            self.tr("End the key's term on a day: what it signed until then still counts")
        )
        self.retire_button.clicked.connect(lambda: self.retire_selected())
        self.remove_button = buttons.addButton(
            self.tr("Re&move…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.remove_button.setObjectName("removeKeyButton")
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.retire_dialog: RetireKeyDialog | None = None
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.refresh()
        self.resize(860, 360)

    def refresh(self) -> None:
        self.keys = self.logbook.records.trusted_keys()
        self.table.setRowCount(len(self.keys))
        for row, key in enumerate(self.keys):
            fingerprint = QTableWidgetItem(key.fingerprint)
            fingerprint.setFont(mono_font())
            cells = (
                QTableWidgetItem(key.name),
                QTableWidgetItem(role_text(key.role)),
                QTableWidgetItem(self._term(key)),
                fingerprint,
            )
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
        self.empty_label.setVisible(not self.keys)
        self._selection_changed()

    def _term(self, key: TrustedKey) -> str:
        start = key.valid_from.isoformat() if key.valid_from else ""
        end = key.valid_until.isoformat() if key.valid_until else ""
        if not start and not end:
            return self.tr("no end")
        return f"{start} – {end}" if start else self.tr("until {date}").replace("{date}", end)

    def selected(self) -> TrustedKey | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.keys[min(rows)] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.retire_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def retire_selected(self) -> RetireKeyDialog | None:
        key = self.selected()
        if key is None:
            return None
        dialog = RetireKeyDialog(self.logbook, key, self)
        dialog.retired.connect(lambda _key: self._changed())
        dialog.finished.connect(dialog.deleteLater)
        self.retire_dialog = dialog
        dialog.open()
        return dialog

    def remove_selected(self) -> bool:
        """Ask, naming what removing changes; remove on yes. True if removed."""
        key = self.selected()
        if key is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Remove a trusted key"),
            remove_question(key),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            trust_terms.remove(self.logbook, key)
        except LogbookError as error:
            QMessageBox.warning(self, self.tr("Remove a trusted key"), str(error))
            return False
        self._changed()
        return True

    def add(self, key_text: str = "", name: str = "", role: str = "supervisor") -> AddKeyDialog:
        dialog = AddKeyDialog(self.logbook, self, key_text, name, role)
        dialog.trusted.connect(lambda _key: (self.refresh(), self.changed.emit()))
        dialog.finished.connect(dialog.deleteLater)
        self.add_dialog = dialog
        dialog.open()
        return dialog
