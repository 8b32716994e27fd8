"""One curriculum item in the navigator: its state, conditions, what is missing, flags,
adaptations and the supervisor's current statement, all as the engine gave them.

Every number and sentence comes from the engine's typed result
(`evtdesk.curriculum.progress`); a renamed field fails in type checking, never by
silently showing a default.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from evtdesk.curriculum.messages import number
from evtdesk.curriculum.progress import ConditionProgress, Flag, ItemProgress
from evtdesk.curriculum.vocabulary import kind_word, word
from evtdesk.model import Adaptation

STATE_COLOURS = {"locked": "#7f7f7f", "open": "#1f5fa8", "met": "#2e7d32", "attested": "#2e7d32"}
FLAG_STYLE = "color: #b06000;"
LOCKED_STYLE = "color: #7f7f7f;"


def condition_text(condition: ConditionProgress, language: str) -> str:
    """ "EVT 31 / 50" (with the unit when it is not a count), numbers written as the
    engine's sentences write them (`messages.number`: "5,0 / 12 mån" beside "5,0 månader")."""
    label = condition.label(language) or condition.id
    unit = condition.unit_sv if language == "sv" else condition.unit_en
    shown = f" {unit}" if unit and unit not in ("count", "st") else ""
    done, required = number(condition.done, language), number(condition.required, language)
    validated = ""
    if condition.validated:  # evidence beside the count: cases a supervisor validated
        validated = f" ({condition.validated} {word('validated', language)})"
    return f"{label} {done} / {required}{shown}{validated}"


def conditions_line(conditions: Iterable[ConditionProgress], language: str) -> str:
    return " · ".join(condition_text(c, language) for c in conditions)


def fraction_done(conditions: Iterable[ConditionProgress]) -> float | None:
    """How far the numbers are, for the bar: done over required, each capped at required."""
    total = done = 0.0
    for condition in conditions:
        if condition.required <= 0:
            continue
        total += condition.required
        done += min(condition.done, condition.required)
    return done / total if total else None


def _when(value: date | datetime | None) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    return value.isoformat() if value else ""


def periods_hint() -> str:
    """Where a trainee records the time a duration item counts (the engine only says how
    many months are missing)."""
    return QCoreApplication.translate(
        "NavigatorPanel",
        "No work periods in this part yet: add them under Edit ▸ Work periods and training "
        "plan (Ctrl+Shift+P).",
    )


def flag_text(flag: Flag) -> str:
    if flag.message:
        return flag.message
    if flag.kind == "before_part_opened" and flag.entry_ids:
        return QCoreApplication.translate(
            "NavigatorPanel", "%n entries dated before the part opened", "", len(flag.entry_ids)
        )
    if flag.kind == "before_part_opened":
        return QCoreApplication.translate("NavigatorPanel", "Entries dated before the part opened")
    return flag.kind.replace("_", " ")


def adaptation_text(adaptation: Adaptation, language: str) -> str:
    parts = [
        QCoreApplication.translate("NavigatorPanel", "Training-plan adaptation: %1").replace(
            "%1", adaptation.note
        )
    ]
    if adaptation.required:
        parts.append(
            ", ".join(f"{k} → {number(v, language)}" for k, v in adaptation.required.items())
        )
    if adaptation.waived:
        parts.append(word("waived", language))
    who, when = adaptation.decided_by, _when(adaptation.decided_on)
    if who or when:
        parts.append(f"({', '.join(p for p in (who, when) if p)})")
    return " ".join(parts)


def state_text(state: str, language: str) -> str:
    """The state in the words the report and `evtdesk progress` use (one vocabulary,
    `curriculum.vocabulary`), a tick before a satisfied one."""
    tick = "✓ " if state in ("met", "attested") else ""
    return tick + word(state, language, capital=True)


class ItemCard(QFrame):
    """One curriculum item: title, state, conditions, what is missing, flags, attestation."""

    def __init__(
        self,
        item: ItemProgress,
        language: str,
        parent: QWidget | None = None,
        *,
        has_periods: bool = True,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.item_id = item.id
        self.state = item.state
        self.lines: list[str] = []
        self.setObjectName(f"item_{item.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        self._heading(layout, language)
        self.conditions_text = conditions_line(item.conditions, language)
        if item.conditions:
            self._conditions(layout)
        self._missing(layout, language, has_periods)
        self._statement(layout)
        self._flags(layout, language)
        if item.state == "locked":
            self.title_label.setStyleSheet(LOCKED_STYLE)
        self.setAccessibleName(
            f"{item.id} {item.title(language)}: {state_text(item.state, language)}. "
            + self.conditions_text
        )

    def _heading(self, layout: QVBoxLayout, language: str) -> None:
        top = QHBoxLayout()
        heading = f"<b>{html.escape(self.item_id)}</b> {html.escape(self.item.title(language))}"
        if not self.item.mandatory:
            heading += f" <i>({html.escape(kind_word(False, language))})</i>"
        self.title_label = QLabel(heading, self)
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        top.addWidget(self.title_label, 1)
        self.state_label = QLabel(state_text(self.state, language), self)
        self.state_label.setObjectName("state")
        colour = STATE_COLOURS.get(self.state, "#000")
        # The padding is room for the dots and rings of Ö and Å, which reach above the
        # ascent of some bold fonts (DejaVu Sans Bold) and were cut off at the label's top.
        self.state_label.setStyleSheet(f"color: {colour}; font-weight: bold; padding: 2px 0;")
        top.addWidget(self.state_label)
        layout.addLayout(top)

    def _conditions(self, layout: QVBoxLayout) -> None:
        self.conditions_label = QLabel(self.conditions_text, self)
        self.conditions_label.setObjectName("conditions")
        self.conditions_label.setWordWrap(True)
        layout.addWidget(self.conditions_label)
        fraction = fraction_done(self.item.conditions)
        if fraction is not None:
            bar = QProgressBar(self)
            bar.setRange(0, 1000)
            bar.setValue(round(fraction * 1000))
            bar.setTextVisible(False)
            bar.setMaximumHeight(max(6, self.fontMetrics().height() // 2))
            bar.setAccessibleName(self.conditions_text)
            layout.addWidget(bar)

    def _missing(self, layout: QVBoxLayout, language: str, has_periods: bool) -> None:
        # The engine's sentence for a supervisor's refusal is said once, on its own line.
        missing = self.item.missing.removeprefix(self.item.rejection).strip()
        done = self.state in ("met", "attested")
        if missing and not done:
            self._add_line(layout, missing, "color: palette(placeholder-text);")
        timed = [c for c in self.item.conditions if c.type == "duration"]
        no_time = bool(timed) and not any(c.done for c in timed)
        if no_time and not has_periods and not done:
            self._add_line(layout, periods_hint(), "color: #1f5fa8;", "periods_hint")

    def _statement(self, layout: QVBoxLayout) -> None:
        """The supervisor's current statement: a refusal as a refusal, an approval with
        who and when (the name the logbook gave the signing key)."""
        statement = self.item.attestation
        if statement is not None and not statement.approved and self.item.rejection:
            style = FLAG_STYLE + " font-weight: bold;"
            self._add_line(layout, "✗ " + self.item.rejection, style, "rejected")
        elif statement is not None and statement.approved:
            text = QCoreApplication.translate("NavigatorPanel", "Attested by %1").replace(
                "%1", statement.supervisor_name or "?"
            )
            when = _when(statement.signed_at)
            self._add_line(layout, "✍ " + text + (f", {when}" if when else ""), "color: #2e7d32;")

    def _flags(self, layout: QVBoxLayout, language: str) -> None:
        for detail in self.item.details:  # what the numbers rest on: sites, years, weeks
            self._add_line(layout, f"· {detail}", "color: palette(placeholder-text);", "detail")
        stale = self.item.stale or any(f.kind == "stale_attestation" for f in self.item.flags)
        if stale:
            said = QCoreApplication.translate(
                "NavigatorPanel", "Stale attestation: entries changed after the supervisor signed."
            )
            self._add_line(layout, "⚠ " + said, FLAG_STYLE, "stale")
        for flag in self.item.flags:
            if flag.kind != "stale_attestation":
                self._add_line(layout, "⚑ " + flag_text(flag), FLAG_STYLE, "flag")
        for adaptation in self.item.adaptations:
            line = "✎ " + adaptation_text(adaptation, language)
            self._add_line(layout, line, "color: #5b3a9e;", "adaptation")

    def _add_line(self, layout: QVBoxLayout, text: str, style: str, name: str = "") -> None:
        """A line as plain text: what it says can come from a bundle (a site's name, a
        supervisor's, a refusal's comment), and a QLabel left to guess would render a
        trainee's `<h1 style='color:green'>All items approved</h1>` as a green heading."""
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        if name:
            label.setObjectName(name)
        layout.addWidget(label)
        self.lines.append(text)
