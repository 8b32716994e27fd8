"""Creating a new logbook: owner's name, file, curriculum, passphrase twice with a
strength meter; then the recovery code, once.

The passphrase is stretched with Argon2id (about half a second), so creating runs as a
background task. `kdf` can be injected (tests pass FAST_TEST_KDF). After success,
`created` holds the open `Logbook` and the dialog is accepted once the recovery code has
been stored.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from evtdesk.curriculum import available_curricula as listing
from evtdesk.store import (
    DEFAULT_CURRICULUM,
    MIN_PASSPHRASE,
    SUPERVISOR_LOGBOOK,
    TRAINEE_LOGBOOK,
    Created,
    KdfParams,
    Logbook,
)
from evtdesk.ui import tasks
from evtdesk.ui.i18n import current_language
from evtdesk.ui.paths import file_stem
from evtdesk.ui.start import strength
from evtdesk.ui.start.recovery_dialog import RecoveryCodeDialog

LOGBOOK_SUFFIX = ".evtlog"


def available_curricula(language: str) -> list[tuple[str, str]]:
    """(id, "title (version)") of every curriculum shipped, newest version of each."""
    shown: dict[str, str] = {}
    for info in listing():
        title = info.title_sv if language == "sv" else info.title_en
        shown.setdefault(info.id, f"{title} ({info.version})")
    return list(shown.items()) or [(DEFAULT_CURRICULUM, "")]


class CreateLogbookDialog(QDialog):
    def __init__(
        self, folder: Path, kdf: KdfParams | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("createLogbookDialog")
        self.folder = Path(folder)
        self.kdf = kdf
        self.created: Created | None = None
        self.recovery_dialog: RecoveryCodeDialog | None = None
        self._path_edited = False
        self._busy = False

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        # whose logbook: her training, or his desk (no training of its own, issue 24)
        self.as_trainee = QRadioButton()
        self.as_trainee.setObjectName("roleTrainee")
        self.as_trainee.setChecked(True)
        self.as_supervisor = QRadioButton()
        self.as_supervisor.setObjectName("roleSupervisor")
        self.role_hint = QLabel()
        self.role_hint.setObjectName("roleHint")
        self.role_hint.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("ownerName")
        self.path = QLineEdit()
        self.path.setObjectName("logbookPath")
        self.browse = QPushButton()
        self.browse.setAutoDefault(False)  # Enter creates; never a file dialog by surprise
        self.curriculum = QComboBox()
        self.curriculum.setObjectName("curriculum")
        self._curricula = available_curricula(current_language())
        for ident, title in self._curricula:
            self.curriculum.addItem(title or ident, ident)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("newPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeatPassphrase")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setObjectName("strengthMeter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(self.fontMetrics().height() // 2 + 2)
        self.strength_label = QLabel()
        self.strength_label.setObjectName("strengthLabel")
        self.match_label = QLabel()
        self.match_label.setObjectName("matchLabel")
        self.error = QLabel()
        self.error.setObjectName("createError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel#createError { color: #a1260d; }")
        self.error.hide()

        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        strength_box = QVBoxLayout()
        strength_box.setSpacing(2)
        strength_box.addWidget(self.meter)
        strength_box.addWidget(self.strength_label)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label = QLabel()
        self.path_label = QLabel()
        self.curriculum_label = QLabel()
        self.passphrase_label = QLabel()
        self.repeat_label = QLabel()
        for label, field in (
            (self.name_label, self.name),
            (self.path_label, self.path),
            (self.curriculum_label, self.curriculum),
            (self.passphrase_label, self.passphrase),
            (self.repeat_label, self.repeat),
        ):
            label.setBuddy(field)
        roles = QVBoxLayout()
        roles.setSpacing(2)
        roles.addWidget(self.as_trainee)
        roles.addWidget(self.as_supervisor)
        roles.addWidget(self.role_hint)
        self.role_label = QLabel()
        self.form.addRow(self.role_label, roles)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.path_label, path_row)
        self.form.addRow(self.curriculum_label, self.curriculum)
        self.form.addRow(self.passphrase_label, self.passphrase)
        self.form.addRow("", strength_box)
        self.form.addRow(self.repeat_label, self.repeat)
        self.form.addRow("", self.match_label)

        # The box is the dialog's child from the start: a button made default while its
        # window is still the box registers with no dialog, and the first button to take
        # the focus (Browse…) then stayed the default, so Enter in Repeat browsed.
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("createButton")
        self.create_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.as_supervisor.toggled.connect(lambda _on: self._role_changed())
        self.name.textChanged.connect(self._name_changed)
        self.path.textEdited.connect(self._path_typed)
        self.browse.clicked.connect(self._browse)
        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self.setTabOrder(self.as_trainee, self.as_supervisor)
        self.setTabOrder(self.as_supervisor, self.name)
        self.setTabOrder(self.name, self.path)
        self.setTabOrder(self.path, self.browse)
        self.setTabOrder(self.browse, self.curriculum)
        self.setTabOrder(self.curriculum, self.passphrase)
        self.setTabOrder(self.passphrase, self.repeat)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 95)

        self.retranslate()
        self._name_changed("")
        self.name.setFocus()  # the name is what most type first; the role defaults

    # fields ------------------------------------------------------------------------
    @property
    def owner_role(self) -> str:
        return SUPERVISOR_LOGBOOK if self.as_supervisor.isChecked() else TRAINEE_LOGBOOK

    def _role_changed(self) -> None:
        """A supervisor's logbook holds no training: the curriculum is only the one his
        trainees' bundles are read by, so it is not asked."""
        supervisor = self.as_supervisor.isChecked()
        self.curriculum.setVisible(not supervisor)
        self.curriculum_label.setVisible(not supervisor)
        self.retranslate()

    def _name_changed(self, text: str) -> None:
        if not self._path_edited:
            self.path.setText(str(self.folder / (file_stem(text) + LOGBOOK_SUFFIX)))
        self._update()

    def _path_typed(self, _text: str) -> None:
        self._path_edited = True
        self._update()

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Where to keep the logbook"),
            self.path.text(),
            self.tr("EVTDesk logbooks (*.evtlog)"),
        )
        if name:
            if not name.endswith(LOGBOOK_SUFFIX):
                name += LOGBOOK_SUFFIX
            self.path.setText(name)
            self._path_edited = True
            self._update()

    def target(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def _problem(self) -> str | None:
        if not self.name.text().strip():
            return self.tr("Type your name.")
        if not self.path.text().strip():
            return self.tr("Choose where to keep the logbook.")
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            return self.tr("Choose a passphrase of at least %n characters.", "", MIN_PASSPHRASE)
        if self.passphrase.text() != self.repeat.text():
            return self.tr("Type the same passphrase twice.")
        return None

    def _update(self) -> None:
        estimate = strength.estimate(self.passphrase.text())
        self.meter.setValue(estimate.level)
        colors = ["#a1260d", "#a1260d", "#b86e00", "#3d7a1f", "#1f6e2a"]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colors[estimate.level]}; }}")
        self.strength_label.setText(self._strength_text(estimate.level))
        self.meter.setAccessibleDescription(self.strength_label.text())
        if self.repeat.text():
            same = self.repeat.text() == self.passphrase.text()
            self.match_label.setText(
                self.tr("The passphrases match.") if same else self.tr("The passphrases differ.")
            )
        else:
            self.match_label.setText("")
        self.create_button.setEnabled(not self._busy and self._problem() is None)

    def _strength_text(self, level: int) -> str:
        texts = {
            strength.TOO_SHORT: self.tr("Too short: at least %n characters.", "", MIN_PASSPHRASE),
            strength.WEAK: self.tr("Weak: add more words or characters."),
            strength.FAIR: self.tr("Fair: a few more words would make it strong."),
            strength.GOOD: self.tr("Good."),
            strength.STRONG: self.tr("Strong."),
        }
        return texts[level]

    # creating ----------------------------------------------------------------------
    def _create(self) -> None:
        problem = self._problem()
        if problem:
            self._show_error(problem)
            return
        self.error.hide()
        self._set_busy(True)
        path, secret, owner = self.target(), self.passphrase.text(), self.name.text().strip()
        curriculum = self.curriculum.currentData() or DEFAULT_CURRICULUM
        role = self.owner_role
        kdf = self.kdf

        def work(_progress: tasks.Progress, _cancel: threading.Event) -> Created:
            return Logbook.create(
                path, secret, owner, curriculum_id=curriculum, kdf=kdf, owner_role=role
            )

        tasks.run_task(
            self,
            self.tr("Creating the logbook…"),
            work,
            self._created,
            self._failed,
            on_discard=lambda created: created.logbook.close(backup=False),
            cancellable=False,
        )

    def _created(self, created: Created) -> None:
        self.created = created
        self.passphrase.clear()
        self.repeat.clear()
        self.recovery_dialog = RecoveryCodeDialog(
            created.recovery_code, created.logbook.path, self.name.text().strip(), self
        )
        self.recovery_dialog.accepted.connect(self.accept)
        self.recovery_dialog.open()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_error(str(error))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.name,
            self.path,
            self.browse,
            self.curriculum,
            self.passphrase,
            self.repeat,
        ):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self._update()

    def reject(self) -> None:
        if self._busy:
            return  # the logbook is being written; the recovery code must still be shown
        super().reject()

    def result_logbook(self) -> Logbook | None:
        return self.created.logbook if self.created else None

    # translation -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New logbook"))
        self.intro.setText(
            self.tr(
                "The logbook is one encrypted file on this computer. Choose a passphrase you "
                "can remember; you will also get a recovery code."
            )
        )
        self.role_label.setText(self.tr("I am:"))
        self.as_trainee.setText(self.tr("a &trainee: this logbook holds my training"))
        self.as_supervisor.setText(
            self.tr("a &supervisor: this logbook holds my key, my trainees and what I sign")
        )
        self.role_hint.setText(
            self.tr(
                "A supervisor opens his trainees' bundles, attests and sees them all under "
                "Trainees; a supervisor in training himself keeps one logbook of each."
            )
            if self.as_supervisor.isChecked()
            else ""
        )
        self.role_hint.setVisible(self.as_supervisor.isChecked())
        self.name_label.setText(self.tr("Your &name:"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.path_label.setText(self.tr("&File:"))
        self.path.setAccessibleName(self.tr("Logbook file"))
        self.browse.setText(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose where to keep the logbook"))
        self.curriculum_label.setText(self.tr("C&urriculum:"))
        self.curriculum.setAccessibleName(self.tr("Curriculum"))
        for index, (ident, title) in enumerate(self._curricula):
            if not title and ident == DEFAULT_CURRICULUM:
                self.curriculum.setItemText(
                    index, self.tr("Swedish national guidance for EVT training")
                )
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.repeat_label.setText(self.tr("&Repeat:"))
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.create_button.setText(self.tr("&Create"))
        self.create_button.setAccessibleName(self.tr("Create the logbook"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
