"""The start screen: recent logbooks on the left, unlocking the chosen one on the right.

The same screen is the lock screen: after locking, it shows the locked file, selected,
with a line saying it was locked. Nothing of the logbook's content is on it.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from evtdesk.demo import DEMO_PASSPHRASE
from evtdesk.ui.paths import display_path
from evtdesk.ui.styles import ERROR_STYLE

PATH_ROLE = Qt.ItemDataRole.UserRole


def is_demo(path: Path | None) -> bool:
    return path is not None and path.name.lower().startswith("demo")


class StartScreen(QWidget):
    """Emits `unlock_requested(path, passphrase)`; the window does the unlocking."""

    unlock_requested = Signal(str, str)
    new_requested = Signal()
    open_requested = Signal()

    def __init__(self, recent: list[Path] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        self._locked_path: Path | None = None
        self._message_key: tuple[str, str] | None = None

        self.title = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)

        # recent logbooks ------------------------------------------------------------
        self.recent_label = QLabel()
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentList")
        self.recent_list.setAlternatingRowColors(True)
        self.recent_list.setSpacing(self.fontMetrics().height() // 4)
        self.recent_list.setUniformItemSizes(True)
        self.recent_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.recent_label.setBuddy(self.recent_list)
        self.open_button = QPushButton()
        self.new_button = QPushButton()
        self.open_button.clicked.connect(self.open_requested)
        self.new_button.clicked.connect(self.new_requested)
        left = QVBoxLayout()
        left.addWidget(self.recent_label)
        left.addWidget(self.recent_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        left.addLayout(buttons)

        # unlocking ------------------------------------------------------------------
        self.locked_banner = QLabel()
        self.locked_banner.setObjectName("lockedBanner")
        self.locked_banner.setWordWrap(True)
        self.locked_banner.setStyleSheet("QLabel#lockedBanner { font-weight: bold; }")
        self.file_name = QLabel()
        name_font = QFont(self.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 1.3)
        name_font.setBold(True)
        self.file_name.setFont(name_font)
        self.file_folder = QLabel()
        self.file_folder.setWordWrap(True)
        self.file_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase_label = QLabel()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self._request_unlock)
        self.passphrase_label.setBuddy(self.passphrase)
        self.demo_hint = QLabel()
        self.demo_hint.setObjectName("demoHint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.demo_hint.linkActivated.connect(self._fill_demo)
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._request_unlock)
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)

        card = QFrame()
        card.setObjectName("unlockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        right = QVBoxLayout(card)
        right.addWidget(self.locked_banner)
        right.addWidget(self.file_name)
        right.addWidget(self.file_folder)
        right.addSpacing(self.fontMetrics().height() // 2)
        right.addWidget(self.passphrase_label)
        right.addWidget(self.passphrase)
        right.addWidget(self.demo_hint)
        right.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        right.addLayout(row)
        right.addWidget(self.empty_hint)
        right.addStretch(1)

        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(card, 3)
        # one centred column of readable width (in characters, so it scales with the font)
        column = QWidget()
        column.setMaximumWidth(self.fontMetrics().averageCharWidth() * 150)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.title)
        inner.addWidget(self.subtitle)
        inner.addSpacing(self.fontMetrics().height())
        inner.addLayout(columns, 1)
        outer = QHBoxLayout(self)
        margin = self.fontMetrics().height() * 2
        outer.setContentsMargins(margin, margin, margin, margin)
        outer.addStretch(1)
        outer.addWidget(column, 100)
        outer.addStretch(1)

        self.recent_list.currentItemChanged.connect(self._selection_changed)
        self.recent_list.itemActivated.connect(lambda _item: self.passphrase.setFocus())
        self.setTabOrder(self.recent_list, self.passphrase)
        self.setTabOrder(self.passphrase, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.open_button)
        self.setTabOrder(self.open_button, self.new_button)

        self.retranslate()
        self.set_recent(recent or [])

    # content -----------------------------------------------------------------------
    def set_recent(self, paths: list[Path]) -> None:
        chosen = self.selected_path()
        self.recent_list.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.name}\n{display_path(path.parent)}")
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        if chosen is not None and chosen in paths:
            self.select(chosen)
        elif paths:
            self.recent_list.setCurrentRow(0)
        self._update_selected()

    def select(self, path: Path) -> None:
        path = Path(path)
        for row in range(self.recent_list.count()):
            if Path(self.recent_list.item(row).data(PATH_ROLE)) == path:
                self.recent_list.setCurrentRow(row)
                return
        item = QListWidgetItem(f"{path.name}\n{display_path(path.parent)}")
        item.setData(PATH_ROLE, str(path))
        item.setToolTip(str(path))
        self.recent_list.insertItem(0, item)
        self.recent_list.setCurrentRow(0)

    def selected_path(self) -> Path | None:
        item = self.recent_list.currentItem()
        return Path(item.data(PATH_ROLE)) if item is not None else None

    def set_locked(self, path: Path | None) -> None:
        """Show this as the lock screen of `path` (None: an ordinary start screen)."""
        self._locked_path = Path(path) if path else None
        if path is not None:
            self.select(Path(path))
        self._update_banner()
        self.focus_passphrase()

    def show_calm(self, text: str) -> None:
        """A hint before anything was tried (no passphrase typed): plain, inline."""
        self._set_message(text, calm=True)
        self.focus_passphrase()

    def show_wrong_passphrase(self, text: str) -> None:
        """The wrong-passphrase message: in the error colour, as a damaged file's is, in
        place of the "logbook was locked" line (the user must see that this try failed,
        not a black line under the demo hint); the field cleared and focused."""
        self._set_message(text, calm=False)
        self.passphrase.clear()
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        self._set_message(text, calm=False)

    def clear_message(self) -> None:
        self.message.clear()
        self.message.hide()

    def _set_message(self, text: str, calm: bool) -> None:
        style = "color: palette(text);" if calm else f"{ERROR_STYLE} font-weight: bold;"
        self.message.setStyleSheet(f"QLabel#unlockMessage {{ {style} }}")
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.show()
        if not calm:
            self.locked_banner.hide()  # the newer message replaces it

    def set_busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy and self.selected_path() is not None)
        self.passphrase.setEnabled(not busy and self.selected_path() is not None)
        self.recent_list.setEnabled(not busy)
        self.open_button.setEnabled(not busy)
        self.new_button.setEnabled(not busy)
        if not busy:
            self.focus_passphrase()

    def focus_passphrase(self) -> None:
        if self.passphrase.isEnabled():
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    # behaviour ---------------------------------------------------------------------
    def _request_unlock(self) -> None:
        path = self.selected_path()
        if path is None or not self.unlock_button.isEnabled():
            return
        if not self.passphrase.text():
            self.show_calm(self.tr("Type the passphrase of this logbook."))
            return
        self.clear_message()
        self.unlock_requested.emit(str(path), self.passphrase.text())

    def _fill_demo(self, _link: str) -> None:
        self.passphrase.setText(DEMO_PASSPHRASE)
        self.passphrase.setFocus()

    def _selection_changed(self, *_args: object) -> None:
        self.passphrase.clear()
        self.clear_message()
        if self._locked_path is not None and self.selected_path() != self._locked_path:
            self._locked_path = None
        self._update_selected()

    def _update_selected(self) -> None:
        path = self.selected_path()
        has = path is not None
        self.file_name.setVisible(has)
        self.file_folder.setVisible(has)
        self.passphrase_label.setVisible(has)
        self.passphrase.setVisible(has)
        self.unlock_button.setVisible(has)
        self.passphrase.setEnabled(has)
        self.unlock_button.setEnabled(has)
        self.empty_hint.setVisible(not has)
        if has:
            self.file_name.setText(path.name)
            self.file_folder.setText(display_path(path.parent))
            self.passphrase.setAccessibleDescription(path.name)
        self._update_demo_hint()
        self._update_banner()

    def _update_demo_hint(self) -> None:
        demo = is_demo(self.selected_path())
        self.demo_hint.setVisible(demo)
        if demo:
            # The passphrase on a line of its own: wrapped at a hyphen, "demo-" /
            # "logbook-passphrase" reads as two words (Qt breaks after a hyphen even
            # with white-space: nowrap).
            self.demo_hint.setText(
                self.tr(
                    "This is a demo logbook with made-up data, so its passphrase is public: "
                    '<b>{passphrase}</b> &nbsp; <a href="fill">Fill it in</a>'
                ).format(passphrase="<br>" + html.escape(DEMO_PASSPHRASE))
            )

    def _update_banner(self) -> None:
        locked = self._locked_path is not None
        self.locked_banner.setVisible(locked)
        if locked:
            self.locked_banner.setText(
                self.tr("The logbook was locked. Type the passphrase to go on where you left off.")
            )

    # translation -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText("EVTDesk")
        self.subtitle.setText(
            self.tr(
                "Your logbook for endovascular thrombectomy training, guided by the Swedish "
                "national "
                "guidance."
            )
        )
        self.recent_label.setText(self.tr("&Recent logbooks"))
        self.recent_list.setAccessibleName(self.tr("Recent logbooks"))
        self.open_button.setText(self.tr("&Open other…"))
        self.open_button.setAccessibleName(self.tr("Open another logbook"))
        self.new_button.setText(self.tr("&New logbook…"))
        self.new_button.setAccessibleName(self.tr("Create a new logbook"))
        self.passphrase_label.setText(self.tr("&Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase of this logbook"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock the logbook"))
        self.empty_hint.setText(
            self.tr("No logbook yet. Create a new one, or open a logbook you already have.")
        )
        self._update_demo_hint()
        self._update_banner()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
