"""The navigator: the guidance's parts in order, each requirement with its progress.

This is the first thing a trainee sees after unlocking. Every number and sentence comes
from the curriculum engine's typed result (`session.progress()`); the panel only lays it
out: parts in order (locked ones with their reason), each item as an `ItemCard`, and the
engine's next steps (`NextStepsWidget`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from evtdesk.curriculum.progress import PartProgress, Progress
from evtdesk.curriculum.vocabulary import word
from evtdesk.ui.panels.item_card import ItemCard, condition_text
from evtdesk.ui.panels.next_steps import NextStepsWidget
from evtdesk.ui.session import LogbookSession

__all__ = ["ItemCard", "NavigatorPanel", "condition_text"]


def part_heading(part: PartProgress, language: str) -> str:
    """A part's title with its state: locked with the reason, or met."""
    title = html.escape(part.title(language) or part.id)
    if part.state == "locked":
        locked = html.escape(f"{word('locked', language, capital=True)}: {part.reason}")
        return (
            f"<h2 style='margin:0; color:#7f7f7f'>{title}</h2>"
            f"<span style='color:#7f7f7f'>{locked}</span>"
        )
    if part.state == "complete":
        met = html.escape(word("complete", language, capital=True))
        return f"<h2 style='margin:0'>{title} <span style='color:#2e7d32'>✓ {met}</span></h2>"
    if part.items_total:  # a part of recommendations is never "complete": say how far
        count = QCoreApplication.translate("NavigatorPanel", "%1 of %2 items met").replace(
            "%1", str(part.items_met)
        )
        count = html.escape(count.replace("%2", str(part.items_total)))
        return f"<h2 style='margin:0'>{title}</h2><span>{count}</span>"
    return f"<h2 style='margin:0'>{title}</h2>"


class NavigatorPanel(QWidget):
    """The parts of the curriculum in order, each requirement with its progress."""

    def __init__(
        self, session: LogbookSession, parent: QWidget | None = None, *, trainee_hints: bool = True
    ) -> None:
        """`trainee_hints=False` where the reader is not the logbook's owner (a supervisor
        reading a bundle): no "add them under Edit ▸ …" advice about the reader's own menus."""
        super().__init__(parent)
        self.session = session
        self.trainee_hints = trainee_hints
        self.setObjectName("NavigatorPanel")
        self.progress: Progress | None = None
        self.cards: dict[str, ItemCard] = {}
        self.part_headers: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("curriculum_title")
        self.title_label.setWordWrap(True)
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("navigator_busy")
        self.busy_label.setStyleSheet("color: palette(placeholder-text);")
        self.busy_label.hide()
        heading = QHBoxLayout()
        heading.addWidget(self.title_label, 1)
        heading.addWidget(self.busy_label)
        layout.addLayout(heading)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        # Not `self.scroll`: that would hide QWidget.scroll().
        self.scroll_area = QScrollArea(self.splitter)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.next_steps = NextStepsWidget(self.splitter)
        self.next_steps.item_requested.connect(self.show_item)
        self.splitter.addWidget(self.scroll_area)
        self.splitter.addWidget(self.next_steps)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        session.changed.connect(self.refresh)
        session.language_changed.connect(self._language_changed)
        session.busy_changed.connect(self._show_busy)
        self._show_busy(session.busy)
        self.refresh()

    def _language_changed(self, _language: str) -> None:
        # In the app the session re-reads in the background and emits `changed` right
        # after this; building twice would only cost time.
        if not self.session.background:
            self.refresh()

    def _show_busy(self, busy: bool) -> None:
        """While the session re-reads after a change, the panel shows the last result and
        says so."""
        self.busy_label.setText(
            QCoreApplication.translate("NavigatorPanel", "Updating…") if busy else ""
        )
        self.busy_label.setVisible(busy)

    @property
    def language(self) -> str:
        return self.session.language

    def refresh(self) -> None:
        """Show the session's shared result (`session.progress()`: read once per change,
        in the background in the app), never a read of the panel's own."""
        try:
            self.progress = self.session.progress()
            error = None
        except Exception as exc:
            self.progress = None
            error = exc
        self._build(error)

    def _build(self, error: BaseException | None) -> None:
        language = self.language
        self.cards = {}
        self.part_headers = {}
        inner = QWidget()
        inner.setObjectName("navigator_parts")
        column = QVBoxLayout(inner)
        column.setSpacing(6)
        progress = self.progress
        if progress is None:
            said = QCoreApplication.translate(
                "NavigatorPanel", "The curriculum could not be evaluated: %1"
            ).replace("%1", str(error or ""))
            self.title_label.setText(said)
            self.next_steps.set_steps([])
            self._set_inner(inner)
            return
        self.title_label.setText(
            f"<b>{html.escape(progress.curriculum_title)}</b>"
            + (
                f" · {html.escape(progress.curriculum_version)}"
                if progress.curriculum_version
                else ""
            )
        )
        with_periods = self._parts_with_periods(progress)
        for part in progress.parts:
            header = QLabel(part_heading(part, language), inner)
            header.setObjectName(f"part_{part.id}")
            header.setWordWrap(True)
            header.setTextFormat(Qt.TextFormat.RichText)
            header.setAccessibleName(header.text())
            column.addWidget(header)
            self.part_headers[part.id] = header
            self._add_items(column, inner, progress, part.id, part.id in with_periods)
        column.addStretch(1)
        self._set_inner(inner)
        self.next_steps.set_steps(progress.next_steps)
        current = next((p.id for p in progress.parts if p.state == "open"), None)
        if current and not getattr(self, "_showed_current_part", False):
            # The first view after unlocking opens at the part the trainee is in, not at
            # a finished preparatory part; later refreshes keep the reader's place.
            self._showed_current_part = True
            QTimer.singleShot(0, lambda part_id=current: self.scroll_to_part(part_id))

    def _parts_with_periods(self, progress: Progress) -> set[str]:
        """The parts the trainee recorded time in (a supervisor reading a bundle gets no
        advice about the reader's own menus, so every part counts as having some)."""
        every = {item.part for item in progress.items}
        if not self.trainee_hints:
            return every
        try:
            return {p.part for p in self.session.snapshot().periods}
        except Exception:  # the hint is a courtesy: without the periods, none is shown
            return every

    def _add_items(
        self,
        column: QVBoxLayout,
        inner: QWidget,
        progress: Progress,
        part_id: str,
        has_periods: bool,
    ) -> None:
        section = None
        for item in progress.items:
            if item.part != part_id:
                continue
            if item.section and item.section != section:
                section = item.section
                # The guidance's own (Swedish) section name: outside Swedish it is shown
                # as the citation it is, not as an untranslated heading.
                cited = QCoreApplication.translate(
                    "NavigatorPanel", "Guidance section “%1”"
                ).replace("%1", section)
                section_label = QLabel(f"<b>{html.escape(cited)}</b>", inner)
                section_label.setStyleSheet("color: palette(placeholder-text);")
                column.addWidget(section_label)
            card = ItemCard(item, self.language, inner, has_periods=has_periods)
            column.addWidget(card)
            self.cards[card.item_id] = card

    def scroll_to_part(self, part_id: str) -> None:
        header = self.part_headers.get(part_id)  # looked up late: a refresh may have rebuilt it
        if header is not None:
            self.scroll_area.verticalScrollBar().setValue(header.y())

    def _set_inner(self, inner: QWidget) -> None:
        """Swap in the rebuilt parts, keeping the scroll position: a trainee who saved an
        entry while reading the neurointervention part stays there."""
        bar = self.scroll_area.verticalScrollBar()
        place = bar.value()
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll_area.setWidget(inner)
        inner.adjustSize()
        bar.setValue(place)
        if bar.value() != place:  # the range arrives with the layout
            QTimer.singleShot(0, lambda: bar.setValue(place))

    def show_item(self, item_id: str) -> None:
        card = self.cards.get(item_id)
        if card is not None:
            self.scroll_area.ensureWidgetVisible(card)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.next_steps.retranslate()
            self._build(None)
        super().changeEvent(event)
