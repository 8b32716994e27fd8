"""Help ▸ User guide (F1): the guide for a trainee and a supervisor, in the UI's language.

The guide is Markdown, `resources/guide/guide-<language>.md`, with its screenshots in
`resources/guide/images/`, found like every other data file through `evtdesk.resources`
(a checkout, a wheel and the frozen builds alike). A copy without it gets a sentence
saying so, never an error. The app is offline: a link leads nowhere but to a place in
the guide itself, and nothing is ever fetched from a network.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import evtdesk.resources as resources
from evtdesk.ui import i18n

GUIDE = "guide"
MAX_IMAGE_WIDTH = 760  # screenshots are 1280 wide; the guide reads at about this width


def guide_path(language: str) -> Path:
    """Where the guide in `language` is installed (it may be missing)."""
    return resources.path(GUIDE, f"guide-{language}.md")


def guide_text(language: str) -> tuple[str | None, str]:
    """The guide's Markdown, or None, and where it was looked for."""
    try:
        path = guide_path(language)
    except RuntimeError:  # installed zipped: evtdesk.resources says why
        return None, f"{GUIDE}/guide-{language}.md"
    try:
        return path.read_text(encoding="utf-8"), str(path)
    except (OSError, UnicodeDecodeError):
        return None, str(path)


class GuideBrowser(QTextBrowser):
    """A browser that follows no link but the guide's own anchors, and shows each
    screenshot at most MAX_IMAGE_WIDTH wide, scaled smoothly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._follow)

    def _follow(self, url: QUrl) -> None:
        if url.isRelative() and not url.path() and url.hasFragment():
            self.scrollToAnchor(url.fragment())
        # anything else (a web address, a file) is not opened: EVTDesk stays offline

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        target = QUrl(url)
        if target.scheme() not in ("", "file", "qrc"):
            return None  # never a network request
        data = super().loadResource(kind, target)
        if kind != QTextDocument.ResourceType.ImageResource.value or data is None:
            return data
        image = data if isinstance(data, QImage) else QImage.fromData(data)
        if image.isNull() or image.width() <= MAX_IMAGE_WIDTH:
            return image
        return image.scaledToWidth(MAX_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)


class UserGuideDialog(QDialog):
    """The user guide beside its contents, non-modal, in the current UI language; it
    follows a language switch while open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuideDialog")
        self.setModal(False)
        self.language = ""
        self.where = ""
        self.contents = QListWidget(self)
        self.contents.setObjectName("guideContents")
        self.contents.setWordWrap(True)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.itemActivated.connect(self._go_to)
        self.contents.itemClicked.connect(self._go_to)
        self.browser = GuideBrowser(self)
        self.browser.setObjectName("guideBrowser")
        splitter = QSplitter(self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 820])
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1160, 760)
        self.load(i18n.current_language())

    def load(self, language: str) -> None:
        """Show the guide in `language`, or the sentence saying it is not installed."""
        self.language = language
        self._retranslate()
        text, self.where = guide_text(language)
        self.contents.clear()
        if text is None:
            self.browser.setPlainText(
                QCoreApplication.translate(
                    "UserGuide",
                    "The user guide is not installed with this copy of EVTDesk ({path} is "
                    "missing). It is in EVTDesk's source, in resources/guide/.",
                ).format(path=self.where)
            )
            self.contents.hide()
            return
        self.browser.setSearchPaths([str(Path(self.where).parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(Path(self.where).parent) + "/"))
        self.browser.setMarkdown(text)
        self._fill_contents()
        self.contents.setVisible(self.contents.count() > 0)

    def headings(self) -> list[tuple[int, str, int]]:
        """(level, text, position) of every heading in the guide, in order."""
        found = []
        block = self.browser.document().firstBlock()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level:
                found.append((level, block.text(), block.position()))
            block = block.next()
        return found

    def _fill_contents(self) -> None:
        for level, text, position in self.headings():
            if level == 1:
                continue  # the title
            item = QListWidgetItem(("    " if level > 2 else "") + text, self.contents)
            item.setData(Qt.ItemDataRole.UserRole, position)
            font = item.font()
            font.setBold(level == 2)
            item.setFont(font)

    def _go_to(self, item: QListWidgetItem) -> None:
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(int(item.data(Qt.ItemDataRole.UserRole)))
        self.browser.setTextCursor(cursor)
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.maximum())  # so that the heading ends up at the top
        self.browser.ensureCursorVisible()

    def _retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("UserGuide", "EVTDesk user guide"))
        self.close_button.setText(QCoreApplication.translate("UserGuide", "Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.language:
            if i18n.current_language() != self.language:
                self.load(i18n.current_language())
            else:
                self._retranslate()
        super().changeEvent(event)


def show_user_guide(parent: QWidget | None, current: UserGuideDialog | None) -> UserGuideDialog:
    """Show the guide, reusing the one already open (one guide window per main window)."""
    dialog = current if current is not None else UserGuideDialog(parent)
    if dialog.language != i18n.current_language():
        dialog.load(i18n.current_language())
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
