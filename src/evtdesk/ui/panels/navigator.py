"""The navigator: the guidance's parts in order, each requirement with its progress.

This is the first thing a trainee sees after unlocking. Every number and sentence comes
from the curriculum engine (`session.progress()`); the panel only lays it out: parts in
order (locked ones with their reason), each item with its conditions ("EVT 31 / 50 ·
independent 12 / 25"), what is missing, out-of-order flags, training-plan adaptations,
attestations with the supervisor (stale ones marked), and the engine's next steps.

The engine's objects are read by attribute name and tolerate absent attributes, so the
panel keeps working while the engine grows.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from evtdesk.curriculum.messages import number
from evtdesk.ui.session import LogbookSession

STATE_COLOURS = {"locked": "#7f7f7f", "open": "#1f5fa8", "met": "#2e7d32", "attested": "#2e7d32"}
FLAG_STYLE = "color: #b06000;"
LOCKED_STYLE = "color: #7f7f7f;"


def _get(obj: Any, *names: str, default: Any = None) -> Any:
    for name in names:
        if isinstance(obj, dict) and name in obj:
            return obj[name]
        value = getattr(obj, name, None)
        if value is not None:
            return value
    return default


def _text(obj: Any, language: str, *names: str) -> str:
    """A text the engine may give as `name_sv`/`name_en`, a {lang: text} map, a method or a string."""
    for name in names:
        value = _get(obj, f"{name}_{language}")
        if value:
            return str(value)
        value = _get(obj, name)
        if callable(value):
            try:
                return str(value(language))
            except TypeError:
                continue
        if isinstance(value, dict):
            return str(value.get(language) or value.get("en") or next(iter(value.values()), ""))
        if (
            isinstance(value, tuple | list)
            and len(value) == 2
            and all(isinstance(v, str) for v in value)
        ):
            return value[0] if language == "sv" else value[1]
        if value:
            return str(value)
    return ""


def _number(value: Any, language: str = "en") -> str:
    """A number exactly as the engine's sentences write it (`messages.number`), so that
    "5,0 / 12 mån" stands beside "5,0 månader"; anything else as it is."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return number(value, language)
    return str(value)


def condition_text(condition: Any, language: str) -> str:
    """ "EVT 31 / 50" (with the unit when it is not a count)."""
    label = _text(condition, language, "label", "id")
    done = _get(condition, "done", default=0)
    required = _get(condition, "required")
    unit = _text(condition, language, "unit")
    if required is None:
        return f"{label} {_number(done, language)}" + (f" {unit}" if unit else "")
    return f"{label} {_number(done, language)} / {_number(required, language)}" + (
        f" {unit}" if unit and unit not in ("count", "st") else ""
    )


def conditions_line(conditions: Iterable[Any], language: str) -> str:
    return " · ".join(condition_text(c, language) for c in conditions)


def fraction_done(conditions: Iterable[Any]) -> float | None:
    total = done = 0.0
    for condition in conditions:
        required = _get(condition, "required")
        if not isinstance(required, int | float) or required <= 0:
            continue
        total += float(required)
        done += min(float(_get(condition, "done", default=0) or 0), float(required))
    return done / total if total else None


def _when(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value) if value else ""


class ItemCard(QFrame):
    """One curriculum item: title, state, conditions, what is missing, flags, attestation."""

    def __init__(
        self, item: Any, language: str, parent: QWidget | None = None, *, has_periods: bool = True
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.item_id = str(_get(item, "id", default=""))
        self.setObjectName(f"item_{self.item_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        state = str(_get(item, "state", default="open"))
        self.state = state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        top = QHBoxLayout()
        title = _text(item, language, "title")
        mandatory = _get(item, "mandatory", default=True)
        heading = f"<b>{html.escape(self.item_id)}</b> {html.escape(title)}"
        if mandatory is False:
            optional = QCoreApplication.translate("NavigatorPanel", "optional")
            heading += f" <i>({html.escape(optional)})</i>"
        self.title_label = QLabel(heading, self)
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        top.addWidget(self.title_label, 1)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("state")
        state_text = {
            "locked": QCoreApplication.translate("NavigatorPanel", "Locked"),
            "open": QCoreApplication.translate("NavigatorPanel", "Open"),
            "met": "✓ " + QCoreApplication.translate("NavigatorPanel", "Met"),
            "attested": "✓ " + QCoreApplication.translate("NavigatorPanel", "Attested"),
        }.get(state, state)
        self.state_label.setText(state_text)
        self.state_label.setStyleSheet(
            f"color: {STATE_COLOURS.get(state, '#000')}; font-weight: bold;"
        )
        top.addWidget(self.state_label)
        layout.addLayout(top)

        conditions = list(_get(item, "conditions", default=()) or ())
        self.conditions_text = conditions_line(conditions, language)
        if conditions:
            self.conditions_label = QLabel(self.conditions_text, self)
            self.conditions_label.setObjectName("conditions")
            self.conditions_label.setWordWrap(True)
            layout.addWidget(self.conditions_label)
            fraction = fraction_done(conditions)
            if fraction is not None:
                bar = QProgressBar(self)
                bar.setRange(0, 1000)
                bar.setValue(round(fraction * 1000))
                bar.setTextVisible(False)
                bar.setMaximumHeight(max(6, self.fontMetrics().height() // 2))
                bar.setAccessibleName(self.conditions_text)
                layout.addWidget(bar)
        # The engine's sentence for a supervisor's refusal; said once, on its own line below.
        rejection = _text(item, language, "rejection")
        missing = _text(item, language, "missing").removeprefix(rejection).strip()
        self.lines: list[str] = []
        if missing and state not in ("met", "attested"):
            self._add_line(layout, missing, "color: palette(placeholder-text);")
        timed = [c for c in conditions if str(_get(c, "type", default="")) == "duration"]
        no_time = bool(timed) and not any(_get(c, "done", default=0) for c in timed)
        if no_time and not has_periods and state not in ("met", "attested"):
            self._add_line(layout, periods_hint(), "color: #1f5fa8;", "periods_hint")
        attestation = _get(item, "attestation")
        supervisor = _get(item, "attested_by", "supervisor") or _get(
            attestation, "supervisor_name", "supervisor"
        )
        # The newest statement may refuse: only an approving one is shown as attested.
        approved = _get(attestation, "approved", default=True) is not False
        if rejection and not approved:
            self._add_line(layout, "✗ " + rejection, FLAG_STYLE + " font-weight: bold;", "rejected")
        elif _get(item, "attested") or (attestation is not None and approved):
            when = _when(
                _get(item, "attested_on", "signed_at") or _get(attestation, "signed_at", "date")
            )
            text = QCoreApplication.translate("NavigatorPanel", "Attested by %1").replace(
                "%1", str(supervisor or "?")
            )
            if when:
                text += f", {when}"
            self._add_line(layout, "✍ " + text, "color: #2e7d32;")
        flags = list(_get(item, "flags", default=()) or ())
        stale = bool(_get(item, "stale")) or any(
            _flag_kind(f) == "stale_attestation" for f in flags
        )
        if stale:
            self._add_line(
                layout,
                "⚠ "
                + QCoreApplication.translate(
                    "NavigatorPanel",
                    "Stale attestation: entries changed after the supervisor signed.",
                ),
                FLAG_STYLE,
                "stale",
            )
        for flag in flags:
            if _flag_kind(flag) == "stale_attestation":
                continue
            self._add_line(layout, "⚑ " + flag_text(flag, language), FLAG_STYLE, "flag")
        for adaptation in _get(item, "adaptations", default=()) or ():
            self._add_line(
                layout,
                "✎ " + adaptation_text(adaptation, language),
                "color: #5b3a9e;",
                "adaptation",
            )
        if state == "locked":
            self.title_label.setStyleSheet(LOCKED_STYLE)
        self.setAccessibleName(f"{self.item_id} {title}: {state_text}. {self.conditions_text}")

    def _add_line(self, layout: QVBoxLayout, text: str, style: str, name: str = "") -> None:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        if name:
            label.setObjectName(name)
        layout.addWidget(label)
        self.lines.append(text)


def periods_hint() -> str:
    """Where a trainee records the time a duration item counts (the engine only says how
    many months are missing)."""
    return QCoreApplication.translate(
        "NavigatorPanel",
        "No work periods in this part yet: add them under Edit ▸ Work periods and training plan (Ctrl+Shift+P).",
    )


def _flag_kind(flag: Any) -> str:
    if isinstance(flag, str):
        return flag
    return str(_get(flag, "kind", "id", "code", default=""))


def flag_text(flag: Any, language: str) -> str:
    if isinstance(flag, str):
        kind, message, ids = flag, "", ()
    else:
        kind = _flag_kind(flag)
        message = _text(flag, language, "message", "text", "sentence")
        ids = tuple(_get(flag, "entry_ids", default=()) or ())
    if message:
        return message
    if kind == "before_part_opened":
        if ids:
            return QCoreApplication.translate(
                "NavigatorPanel", "%n entries dated before the part opened", "", len(ids)
            )
        return QCoreApplication.translate("NavigatorPanel", "Entries dated before the part opened")
    return kind.replace("_", " ")


def adaptation_text(adaptation: Any, language: str) -> str:
    note = _text(adaptation, language, "note", "text")
    parts = [
        QCoreApplication.translate("NavigatorPanel", "Training-plan adaptation: %1").replace(
            "%1", note
        )
    ]
    required = _get(adaptation, "required") or {}
    if required:
        parts.append(", ".join(f"{k} → {_number(v, language)}" for k, v in dict(required).items()))
    if _get(adaptation, "waived"):
        parts.append(QCoreApplication.translate("NavigatorPanel", "waived"))
    who = _get(adaptation, "decided_by")
    when = _when(_get(adaptation, "decided_on"))
    if who or when:
        parts.append(f"({', '.join(p for p in (who, when) if p)})")
    return " ".join(parts)


class StepLabel(QLabel):
    """One next step: a word-wrapped label (its height follows its width, unlike a wrapped
    QListWidget item) that can be clicked or activated from the keyboard."""

    activated = Signal(str)

    def __init__(self, text: str, item_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.item_id = item_id
        self.setObjectName("next_step")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(text)
        self.setMargin(4)
        if item_id:
            self.setToolTip(item_id)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setStyleSheet(
                "QLabel:focus { background: palette(highlight); color: palette(highlighted-text); }"
                "QLabel:hover { background: palette(alternate-base); }"
            )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self.item_id and event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.item_id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if self.item_id and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.item_id)
            return
        super().keyPressEvent(event)


class NextStepsWidget(QWidget):
    """The engine's next steps; activating one asks the navigator to show its item."""

    item_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setObjectName("next_steps_heading")
        layout.addWidget(self.heading)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("next_steps")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the steps themselves take the focus
        layout.addWidget(self.scroll, 1)
        self.labels: list[StepLabel] = []
        # Wrapped labels ask for little width; a column this narrow would put one word a line.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.retranslate()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        return QSize(
            max(hint.width(), self.fontMetrics().horizontalAdvance("M") * 22), hint.height()
        )

    def set_steps(self, steps: Iterable[Any], language: str) -> None:
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.labels = []
        for step in steps:
            if isinstance(step, str):
                text, ids = step, ()
            else:
                text = _text(step, language, "sentence", "text", "message")
                ids = tuple(_get(step, "item_ids", default=()) or ())
                single = _get(step, "item_id")
                if single and not ids:
                    ids = (single,)
            label = StepLabel(
                ("→ " + text) if text else ", ".join(ids), ids[0] if ids else None, inner
            )
            label.activated.connect(self.item_requested)
            column.addWidget(label)
            self.labels.append(label)
        column.addStretch(1)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(inner)

    def steps(self) -> list[str]:
        return [label.text() for label in self.labels]

    def retranslate(self) -> None:
        self.heading.setText(f"<b>{html.escape(self.tr('Next steps'))}</b>")
        self.scroll.setAccessibleName(self.tr("Next steps"))


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
        self.progress: Any = None
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
        self.scroll = QScrollArea(self.splitter)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.next_steps = NextStepsWidget(self.splitter)
        self.next_steps.item_requested.connect(self.show_item)
        self.splitter.addWidget(self.scroll)
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
        """While the session re-reads after a change, the panel shows the last result and says so."""
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
        except Exception as exc:  # noqa: BLE001 - say why instead of crashing the window
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
            self.title_label.setText(
                QCoreApplication.translate(
                    "NavigatorPanel", "The curriculum could not be evaluated: %1"
                ).replace("%1", str(error or ""))
            )
            self.next_steps.set_steps([], language)
            self._set_inner(inner)
            return
        title = _text(progress, language, "curriculum_title", "title")
        version = _get(progress, "curriculum_version", "version", default="")
        self.title_label.setText(
            f"<b>{html.escape(title)}</b>" + (f" · {html.escape(str(version))}" if version else "")
        )
        items = list(_get(progress, "items", default=()) or ())
        parts = list(_get(progress, "parts", default=()) or ())
        every_part = {str(_get(i, "part", default="")) for i in items}
        try:
            period_parts = (
                {p.part for p in self.session.snapshot().periods}
                if self.trainee_hints
                else every_part
            )
        except Exception:  # noqa: BLE001 - without the snapshot the hint is left out
            period_parts = every_part
        part_ids = [str(_get(p, "id", default="")) for p in parts]
        for item in items:  # items of a part the engine did not list still show
            part = str(_get(item, "part", default=""))
            if part not in part_ids:
                part_ids.append(part)
                parts.append({"id": part, "title": part, "state": "open"})
        for part in parts:
            part_id = str(_get(part, "id", default=""))
            state = str(_get(part, "state", default="open"))
            header = QLabel(inner)
            header.setObjectName(f"part_{part_id}")
            header.setWordWrap(True)
            header.setTextFormat(Qt.TextFormat.RichText)
            part_title = _text(part, language, "title") or part_id
            text = f"<h2 style='margin:0'>{html.escape(part_title)}</h2>"
            if state == "locked":
                reason = _text(part, language, "reason", "locked_reason")
                text = f"<h2 style='margin:0; color:#7f7f7f'>{html.escape(part_title)}</h2>"
                locked = QCoreApplication.translate("NavigatorPanel", "Locked: %1").replace(
                    "%1", reason
                )
                text += f"<span style='color:#7f7f7f'>{html.escape(locked)}</span>"
            elif state in ("met", "attested", "done", "complete"):
                label = (
                    QCoreApplication.translate("NavigatorPanel", "Attested")
                    if state == "attested"
                    else QCoreApplication.translate("NavigatorPanel", "Met")
                )
                text = f"<h2 style='margin:0'>{html.escape(part_title)} <span style='color:#2e7d32'>✓ {html.escape(label)}</span></h2>"
            header.setText(text)
            header.setAccessibleName(header.text())
            column.addWidget(header)
            self.part_headers[part_id] = header
            section = None
            for item in items:
                if str(_get(item, "part", default="")) != part_id:
                    continue
                item_section = _text(item, language, "section")
                if item_section and item_section != section:
                    section = item_section
                    # The guidance's own (Swedish) section name: outside Swedish it is
                    # shown as the citation it is, not as an untranslated heading.
                    cited = QCoreApplication.translate(
                        "NavigatorPanel", "Guidance section “%1”"
                    ).replace("%1", section)
                    section_label = QLabel(f"<b>{html.escape(cited)}</b>", inner)
                    section_label.setStyleSheet("color: palette(placeholder-text);")
                    column.addWidget(section_label)
                card = ItemCard(item, language, inner, has_periods=part_id in period_parts)
                column.addWidget(card)
                self.cards[card.item_id] = card
        column.addStretch(1)
        self._set_inner(inner)
        self.next_steps.set_steps(_get(progress, "next_steps", default=()) or (), language)
        current = next(
            (
                str(_get(p, "id", default=""))
                for p in parts
                if str(_get(p, "state", default="")) == "open"
            ),
            None,
        )
        if current and not getattr(self, "_showed_current_part", False):
            # The first view after unlocking opens at the part the trainee is in, not at
            # a finished preparatory part; later refreshes keep the reader's place.
            self._showed_current_part = True
            QTimer.singleShot(0, lambda part_id=current: self.scroll_to_part(part_id))

    def scroll_to_part(self, part_id: str) -> None:
        header = self.part_headers.get(part_id)  # looked up late: a refresh may have rebuilt it
        if header is not None:
            self.scroll.verticalScrollBar().setValue(header.y())

    def _set_inner(self, inner: QWidget) -> None:
        """Swap in the rebuilt parts, keeping the scroll position: a trainee who saved an
        entry while reading the neurointervention part stays there."""
        bar = self.scroll.verticalScrollBar()
        place = bar.value()
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(inner)
        inner.adjustSize()
        bar.setValue(place)
        if bar.value() != place:  # the range arrives with the layout
            QTimer.singleShot(0, lambda: bar.setValue(place))

    def show_item(self, item_id: str) -> None:
        card = self.cards.get(item_id)
        if card is not None:
            self.scroll.ensureWidgetVisible(card)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.next_steps.retranslate()
            self._build(None)
        super().changeEvent(event)
