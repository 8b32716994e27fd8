"""A date field that types like the other fields of a form.

Qt's QDateEdit keeps Tab for itself, moving from the year to the month to the day, so
Tab in a date field did not go on to the next field and what was typed next (an
examination case's grounds) went into the date and was lost. And a click into the field
only placed the cursor: digits typed there cannot be inserted into a full year, so a
year typed after clicking it was ignored; a date typed whole, "2023-05-09", lost its
month (the "-" after the year skipped it). Here Tab leaves the field, as it does every
other field, a click selects the part of the date under it (year, month or day) so that
what is typed replaces it, and a date types as it reads. The arrow keys, a "-" typed to
move on and the calendar work as before.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QWidget

Ctrl, Alt, Shift = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ShiftModifier,
)


class DateEdit(QDateEdit):
    """QDateEdit with Tab to the next field and a click selecting the part clicked."""

    def __init__(self, parent: QWidget | None = None, *, date: QDate | None = None) -> None:
        super().__init__(parent)
        if date is not None:
            self.setDate(date)
        self._advanced = False  # the last digit typed filled a part: the cursor moved on
        self.lineEdit().installEventFilter(self)  # the clicks land on the text, not here

    def event(self, event: QEvent) -> bool:
        """Tab and Shift+Tab leave the field, as everywhere else; QDateTimeEdit would move
        to the next part of the date instead. (Only the keys: the "-" typed between the
        parts goes through the same move to the next part, and must keep doing so.)"""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            held = event.modifiers() & (Ctrl | Alt)
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not held:
                back = event.key() == Qt.Key.Key_Backtab or bool(event.modifiers() & Shift)
                QWidget.focusNextPrevChild(self, not back)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Typed whole ("2023-05-09"), a date reads as typed: once the year's digits fill
        it the month is selected, and the "-" typed next (the one already shown) must not
        skip the month, as QDateTimeEdit would. A "-" typed otherwise still moves on."""
        advanced, self._advanced = self._advanced, False
        if advanced and event.text() and event.text() == self._separator_before_selection():
            return
        before = self.currentSection()
        super().keyPressEvent(event)
        self._advanced = event.text().isdigit() and self.currentSection() != before

    def _separator_before_selection(self) -> str:
        """The separator before the part of the date that is selected whole; "" if none."""
        editor = self.lineEdit()
        start = editor.selectionStart()
        whole = editor.selectedText() == self.sectionText(self.currentSection())
        if start <= 0 or not editor.hasSelectedText() or not whole:
            return ""
        before = editor.text()[start - 1]
        return "" if before.isalnum() else before

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """After a click on the text, select the year, month or day under it, so that
        typing replaces it (a drag that selected text keeps its own selection)."""
        if (
            watched is self.lineEdit()
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and not self.lineEdit().hasSelectedText()
        ):
            self._advanced = False
            self.setSelectedSection(self.currentSection())
        return super().eventFilter(watched, event)
