"""The Preferences dialog: language, auto-lock minutes, backup folder, default site.

Values are read from and written to the logbook (see `evtdesk.ui.settings`, where every
preference is declared with its default). After saving, `saved` carries the new values;
the main window applies them (switches the language, re-arms the auto-lock).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from evtdesk.store import LogbookError
from evtdesk.ui import settings
from evtdesk.ui.session import LogbookSession

LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}  # each in its own language


class PreferencesDialog(QDialog):
    saved = Signal(dict)

    def __init__(self, session: LogbookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.session = session
        values = settings.read(session.logbook)

        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        for code in settings.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(session.language))
        )  # what is shown
        self.autolock = QSpinBox()
        self.autolock.setObjectName("autolockMinutes")
        self.autolock.setRange(1, 240)
        self.autolock.setValue(values[settings.AUTOLOCK_MINUTES.key])
        self.backup = QLineEdit(values[settings.BACKUP_FOLDER.key] or "")
        self.backup.setObjectName("backupFolder")
        self.backup.setClearButtonEnabled(True)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.site = QComboBox()
        self.site.setObjectName("defaultSite")
        self.site.addItem("", None)
        for site in session.logbook.records.sites():
            label = f"{site.hospital} – {site.unit}" if site.unit else site.hospital
            self.site.addItem(label, site.id)
        self.site.setCurrentIndex(max(0, self.site.findData(values[settings.DEFAULT_SITE.key])))
        self.backup_hint = QLabel()
        self.backup_hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("preferencesError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel#preferencesError { color: #a1260d; }")
        self.error.hide()

        self.language_label, self.autolock_label = QLabel(), QLabel()
        self.backup_label, self.site_label = QLabel(), QLabel()
        for label, field in (
            (self.language_label, self.language),
            (self.autolock_label, self.autolock),
            (self.backup_label, self.backup),
            (self.site_label, self.site),
        ):
            label.setBuddy(field)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup, 1)
        backup_row.addWidget(self.browse)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.language_label, self.language)
        form.addRow(self.autolock_label, self.autolock)
        form.addRow(self.backup_label, backup_row)
        form.addRow(self.backup_hint)  # across both columns, so it wraps at the dialog width
        form.addRow(self.site_label, self.site)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.language, self.autolock)
        self.setTabOrder(self.autolock, self.backup)
        self.setTabOrder(self.backup, self.browse)
        self.setTabOrder(self.browse, self.site)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        self.retranslate()
        self._shown = self.values()

    def values(self) -> dict[str, Any]:
        return {
            settings.LANGUAGE.key: self.language.currentData(),
            settings.AUTOLOCK_MINUTES.key: self.autolock.value(),
            settings.BACKUP_FOLDER.key: self.backup.text().strip(),
            settings.DEFAULT_SITE.key: self.site.currentData(),
        }

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for an extra backup"), self.backup.text() or str(Path.home())
        )
        if folder:
            self.backup.setText(folder)

    def _save(self) -> None:
        values = self.values()
        folder = values[settings.BACKUP_FOLDER.key]
        if folder and not Path(folder).expanduser().is_dir():
            self._show_error(
                self.tr(
                    "The backup folder does not exist. Choose an existing folder (a USB "
                    "stick, say)."
                )
            )
            return
        try:
            # only what the trainee changed here (each write is a link in the hash chain)
            changed = {key: value for key, value in values.items() if value != self._shown[key]}
            settings.write(self.session.logbook, changed)
        except LogbookError as error:
            self._show_error(str(error))
            return
        self.saved.emit(values)
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.autolock_label.setText(self.tr("Lock &after:"))
        self.autolock.setSuffix(self.tr(" min idle"))
        self.autolock.setAccessibleName(self.tr("Minutes idle before the logbook locks"))
        self.backup_label.setText(self.tr("Extra &backup folder:"))
        self.backup.setAccessibleName(self.tr("Extra backup folder"))
        self.backup.setPlaceholderText(self.tr("None (only the data folder)"))
        self.backup_hint.setText(
            self.tr(
                "A daily backup is always kept beside the logbook; choose a folder here "
                "for a second "
                "copy."
            )
        )
        self.browse.setText(self.tr("B&rowse…"))
        self.browse.setAccessibleName(self.tr("Choose a backup folder"))
        self.site_label.setText(self.tr("Default &site:"))
        self.site.setAccessibleName(self.tr("Default site for new entries"))
        self.site.setItemText(0, self.tr("None"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
