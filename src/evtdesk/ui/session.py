"""The open-logbook context every window and panel receives (git-cola's context object).

Panels never reach for globals: they get a `LogbookSession`, read through it, and
listen to `changed` to refresh after any write made anywhere in the app.

The session reads the logbook ONCE per change — one `LogbookSnapshot` (every entry,
site, period, attestation) and the curriculum engine's `Progress` over it — and every
panel (table, charts, navigator) and form shares that one result. For a ten-year
logbook of 50 000 entries that read takes seconds, so in the app (`background=True`)
a change starts it on the one background mechanism (`ui/tasks.py`) and `changed` is
emitted only when the result has arrived; `busy_changed` drives the busy hint meanwhile.
Without `background` (tests, scripts) a change just drops the cache and the next
accessor reads synchronously.

Threads: the store opens a fresh connection per transaction (NullPool, WAL), so the
worker's reads never share a connection with a write made on the GUI thread. Closing the
logbook must wait for a running read (hold `reading` around `Logbook.close()`) and for
the other background work on it (import, export, verify…: started with
`group=session.tasks`, waited for with `session.tasks.wait_idle()`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal

from evtdesk.curriculum.progress import Progress
from evtdesk.model import Entry, LogbookSnapshot, Site
from evtdesk.store import Logbook


@dataclass(frozen=True)
class SessionData:
    """One read of the logbook: what every panel shows until the next change."""

    language: str
    snapshot: LogbookSnapshot
    progress: Progress | None  # None when the engine failed
    progress_error: BaseException | None = None


def evaluate_progress(snapshot: LogbookSnapshot, today: date, language: str) -> Progress:
    """The engine's Progress for a snapshot, under the curriculum the logbook names."""
    from evtdesk.curriculum import evaluate, load_curriculum

    return evaluate(load_curriculum(snapshot.curriculum_id), snapshot, today, language)


def load_data(
    logbook: Logbook,
    language: str,
    today: date,
    reading: threading.Lock | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> SessionData:
    """Read the snapshot and evaluate the curriculum; plain Python, safe in a worker.

    An engine failure is kept in the result (the navigator says why) rather than raised,
    so that the table and charts still show the entries.
    """
    guard = reading if reading is not None else threading.Lock()
    with guard:
        if progress is not None:
            progress(0, 2)
        snapshot = logbook.snapshot()
        if progress is not None:
            progress(1, 2)
        try:
            result, error = evaluate_progress(snapshot, today, language), None
        except Exception as exc:
            result, error = None, exc
        if progress is not None:
            progress(2, 2)
    return SessionData(language, snapshot, result, error)


class LogbookSession(QObject):
    """One unlocked logbook as the app sees it.

    Call `notify_changed()` after every write through `logbook`; the shared read is
    redone and `changed` emitted so that panels re-read through `entries()`, `sites()`
    and `progress()`. `language_changed` tells widgets that build text from core data
    (field labels, progress sentences) to redo it; Qt's own
    `changeEvent(LanguageChange)` covers `tr()` strings.
    """

    changed = Signal()
    language_changed = Signal(str)
    locked = Signal()
    busy_changed = Signal(bool)

    def __init__(
        self,
        logbook: Logbook,
        language: str = "sv",
        parent: QObject | None = None,
        *,
        data: SessionData | None = None,
        background: bool = False,
    ) -> None:
        super().__init__(parent)
        self.logbook = logbook
        self._language = language
        self.background = background
        from evtdesk.ui import tasks

        self.reading = threading.Lock()  # held while a worker reads; close() waits for it
        self.tasks = tasks.TaskGroup()  # other work on the logbook; close() waits for it too
        self._ended = False  # cancel() was called: the logbook is being closed
        self._snapshot: LogbookSnapshot | None = None
        self._progress: Progress | None = None
        self._progress_error: BaseException | None = None
        self._task: Any = None  # the running background read (a tasks.Task)
        self._again = False  # a change arrived while reading: read once more
        self._announce_language = False
        if data is not None and data.language == language:
            self._take(data)

    # --- what panels read ------------------------------------------------------------------
    @property
    def language(self) -> str:
        return self._language

    def today(self) -> date:
        return date.today()

    def snapshot(self) -> LogbookSnapshot:
        """The shared read of the logbook (read now if nothing is cached yet)."""
        if self._snapshot is None:
            with self.reading:
                self._snapshot = self.logbook.snapshot()
        return self._snapshot

    def entries(self) -> tuple[Entry, ...]:
        """Every entry, retracted ones included, oldest first — shared, do not mutate."""
        return self.snapshot().entries

    def sites(self) -> tuple[Site, ...]:
        return self.snapshot().sites

    def progress(self) -> Progress:
        """The curriculum engine's result for this logbook, cached until a change."""
        if self._progress is None:
            if self._progress_error is not None:
                raise self._progress_error
            self._progress = evaluate_progress(self.snapshot(), self.today(), self._language)
        return self._progress

    @property
    def ended(self) -> bool:
        """True once `cancel()` was called: the logbook is closing, read nothing more."""
        return self._ended

    @property
    def busy(self) -> bool:
        """True while a background read is under way (the views show the previous one)."""
        return self._task is not None

    # --- changes -----------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        if language == self._language:
            return
        self._language = language
        if self.background:
            self._announce_language = True
            self._reload()
        else:
            self._progress, self._progress_error = None, None
            self.language_changed.emit(language)

    def notify_changed(self) -> None:
        if self._ended:  # the logbook is closing; the next unlock reads it afresh
            return
        if self.background:
            self._reload()
        else:
            self._snapshot, self._progress, self._progress_error = None, None, None
            self.changed.emit()

    def cancel(self) -> None:
        """Stop listening for a running read (the logbook is being locked or closed)."""
        self._ended = True
        if self._task is not None:
            self._task.cancel.set()
            self._task = None
            self._again = False

    def _take(self, data: SessionData) -> None:
        self._snapshot = data.snapshot
        self._progress = data.progress
        self._progress_error = data.progress_error

    def _reload(self) -> None:
        if self._ended:
            return
        if self._task is not None:
            self._again = True
            return
        from evtdesk.ui import tasks

        logbook, language, today, reading = self.logbook, self._language, self.today(), self.reading

        def work(progress: tasks.Progress, _cancel: threading.Event) -> SessionData:
            return load_data(logbook, language, today, reading, progress)

        self._task = tasks.runner().start(work, self._arrived, self._failed)
        self.busy_changed.emit(True)

    def _arrived(self, data: SessionData) -> None:
        self._task = None
        if self._again or data.language != self._language:
            self._again = False
            self._reload()  # stale: a write or a language switch came meanwhile
            return
        self._take(data)
        self.busy_changed.emit(False)
        if self._announce_language:
            self._announce_language = False
            self.language_changed.emit(self._language)
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        """The read itself failed (the store, not the engine): say so through the views."""
        self._task = None
        self._again = False
        self._progress, self._progress_error = None, error  # the entries read before stay
        self.busy_changed.emit(False)
        self.changed.emit()
