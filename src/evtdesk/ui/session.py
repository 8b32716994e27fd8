"""The open-logbook context every window and panel receives (git-cola's context object).

Panels never reach for globals: they get a `LogbookSession`, read through it, and
listen to `changed` to refresh after any write made anywhere in the app.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from evtdesk.store import Logbook


class LogbookSession(QObject):
    """One unlocked logbook as the app sees it.

    Call `notify_changed()` after every write through `logbook`; the cached progress is
    dropped and `changed` is emitted so that panels re-read. `language_changed` tells
    widgets that build text from core data (field labels, progress sentences) to redo it;
    Qt's own `changeEvent(LanguageChange)` covers `tr()` strings.
    """

    changed = Signal()
    language_changed = Signal(str)
    locked = Signal()

    def __init__(self, logbook: Logbook, language: str = "sv", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.logbook = logbook
        self._language = language
        self._progress: object | None = None

    @property
    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        if language != self._language:
            self._language = language
            self._progress = None
            self.language_changed.emit(language)

    def today(self) -> date:
        return date.today()

    def progress(self):  # type: ignore[no-untyped-def]
        """The curriculum engine's result for this logbook, cached until a change."""
        if self._progress is None:
            from evtdesk.curriculum import evaluate, load_curriculum

            curriculum = load_curriculum(self.logbook.curriculum_id)
            self._progress = evaluate(curriculum, self.logbook.snapshot(), self.today(), self._language)
        return self._progress

    def notify_changed(self) -> None:
        self._progress = None
        self.changed.emit()
