"""The one way the app runs long work off the GUI thread (git-cola's pattern).

The core function is plain Python and knows nothing of Qt: it is called as
`fn(progress, cancel)` where `progress(done, total)` reports how far it got and
`cancel` is a `threading.Event` it may check between steps. A `Task` (a QRunnable) runs
it on `QThreadPool.globalInstance()` and hands the result back through a `TaskSignals`
QObject that lives in the GUI thread, so the callbacks run there (queued connection).

    run_task(parent, title, fn, on_done, on_error)

shows a QProgressDialog with Cancel (after a short delay, so quick work does not flash
a dialog). Work the user cancelled that still finished is handed to `on_discard` (e.g.
to close a logbook that was opened after all).

Work that reaches a write it cannot take back calls `cancel.commit()` first: it returns
False if the user has already cancelled (stop, nothing written); otherwise Cancel is
refused from then on (the button goes) and the result always reaches `on_done`, so a
write that happened is reported rather than discarded as if it had not.

A `TaskGroup` counts the tasks that use one logbook (`LogbookSession.tasks`): pass it as
`group=` and closing the logbook waits for them (`wait_idle()`) instead of closing it
under their feet.

Never share one SQLAlchemy Session between threads: the store opens a connection per
transaction (NullPool), so calling a `Logbook` from the worker is fine.

While a task runs, Python's cyclic garbage collector is paused (`evtdesk.gc_pause`): its
full collections over the millions of objects an export of 50 000 entries makes held
the GIL for up to 0.6 s each, freezing the window the work was moved off.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from evtdesk import gc_pause

Progress = Callable[[int, int], None]


class Cancel(threading.Event):
    """The cancel flag a task's work receives: a `threading.Event`, plus `commit()`."""

    def __init__(self, on_commit: Callable[[], None] | None = None) -> None:
        super().__init__()
        self._guard = threading.Lock()
        self._on_commit = on_commit
        self.committed = False

    def set(self) -> None:
        """Cancel, unless the work has already committed to its write (then ignored)."""
        with self._guard:
            if not self.committed:
                super().set()

    def commit(self) -> bool:
        """From now on the work cannot be cancelled; False if it already was (stop)."""
        with self._guard:
            if self.is_set():
                return False
            self.committed = True
        if self._on_commit is not None:
            self._on_commit()
        return True


Work = Callable[[Progress, Cancel], Any]


class TaskGroup:
    """The running tasks that use one logbook; thread-safe, so a worker may wait on it."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._count = 0

    @property
    def active(self) -> int:
        with self._condition:
            return self._count

    def enter(self) -> None:
        with self._condition:
            self._count += 1

    def leave(self) -> None:
        with self._condition:
            self._count -= 1
            self._condition.notify_all()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until no task of the group is running; False if `timeout` ran out."""
        with self._condition:
            return self._condition.wait_for(lambda: self._count == 0, timeout)


PROGRESS_DELAY_MS = 400


class TaskSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    committed = Signal()


class Task(QRunnable):
    """Runs `fn(progress, cancel)` in the pool; its outcome arrives through `signals`."""

    def __init__(self, fn: Work, group: TaskGroup | None = None) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps it (TaskRunner._running) until it is done
        self.fn = fn
        self.group = group
        self.signals = TaskSignals()
        self.cancel = Cancel(lambda: self._emit(self.signals.committed))
        if group is not None:
            group.enter()  # counted from now, not from when the pool gets to it

    def run(self) -> None:
        try:
            with gc_pause.paused():
                result = self.fn(self._progress, self.cancel)
        except BaseException as error:
            self._leave()
            self._emit(self.signals.failed, error)
        else:
            self._leave()
            self._emit(self.signals.finished, result)

    def _leave(self) -> None:
        if self.group is not None:
            self.group.leave()

    def _progress(self, done: int, total: int) -> None:
        self._emit(self.signals.progress, done, total)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        with suppress(RuntimeError):  # the receiver side may be gone (the app is quitting)
            signal.emit(*args)


class TaskRunner(QObject):
    """Keeps running tasks alive and wires their signals to the caller's callbacks."""

    all_done = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[Task] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def start(
        self,
        fn: Work,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_discard: Callable[[Any], None] | None = None,
        group: TaskGroup | None = None,
        on_commit: Callable[[], None] | None = None,
    ) -> Task:
        task = Task(fn, group)
        queued = Qt.ConnectionType.QueuedConnection

        def finished(result: Any) -> None:
            self._forget(task)
            if task.cancel.is_set():
                if on_discard is not None:
                    on_discard(result)
            elif on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            self._forget(task)
            if not task.cancel.is_set() and on_error is not None:
                on_error(error)

        task.signals.finished.connect(finished, queued)
        task.signals.failed.connect(failed, queued)
        if on_progress is not None:
            task.signals.progress.connect(on_progress, queued)
        if on_commit is not None:
            task.signals.committed.connect(on_commit, queued)
        self._running.add(task)
        QThreadPool.globalInstance().start(task)
        return task

    def _forget(self, task: Task) -> None:
        self._running.discard(task)
        if not self._running:
            self.all_done.emit()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (used when quitting)."""
        return QThreadPool.globalInstance().waitForDone(msecs)


_runner: TaskRunner | None = None


def runner() -> TaskRunner:
    global _runner
    if _runner is None:
        _runner = TaskRunner()
    return _runner


def stop_showing(dialog: QProgressDialog) -> None:
    """Stop the show timer QProgressDialog starts by itself (4 s from its construction).

    `setMinimumDuration` restarts that timer only while the bar stands at its minimum,
    which a busy bar (range 0-0) never does, so it kept running: a task over before the
    dialog was shown closed it, but 4 s on the timer showed it again, at 100 %, over the
    result (the Import's "Imported n entries"; `deleteLater` waits for that message's
    own event loop to end). `reset()` stops the timer; with autoClose off it does nothing
    else a closed dialog would show."""
    dialog.reset()


def run_task(
    parent: QWidget | None,
    title: str,
    fn: Work,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_discard: Callable[[Any], None] | None = None,
    cancellable: bool = True,
    group: TaskGroup | None = None,
) -> Task:
    """Run `fn` in the background with a progress dialog (shown after a short delay).

    `group`: the logbook's `TaskGroup` when `fn` uses the logbook, so that locking waits."""
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(title)
    dialog.setAccessibleName(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setRange(0, 0)  # busy until the work reports a total
    dialog.setMinimumDuration(24 * 3600 * 1000)  # shown by our timer, below (and see
    # stop_showing: Qt's own timer runs on regardless)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)

    def progress(done: int, total: int) -> None:
        if total > 0 and not closed and shiboken6.isValid(dialog):
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))

    closed = False

    def close() -> None:
        nonlocal closed
        if closed:
            return
        closed = True
        if shiboken6.isValid(dialog):  # its parent may have gone meanwhile
            stop_showing(dialog)
            dialog.hide()
            dialog.deleteLater()

    def done(result: Any) -> None:
        close()
        if on_done is not None:
            on_done(result)

    def error(exc: BaseException) -> None:
        close()
        if on_error is not None:
            on_error(exc)

    def discard(result: Any) -> None:
        close()
        if on_discard is not None:
            on_discard(result)

    def show() -> None:
        if not closed and shiboken6.isValid(dialog):
            dialog.show()

    # QProgressDialog's own delayed showing stops once setValue() is called early, so
    # the dialog is shown by this timer instead.
    QTimer.singleShot(PROGRESS_DELAY_MS, dialog, show)

    def committed() -> None:  # the work is writing: Cancel would be a lie now
        if not closed and shiboken6.isValid(dialog):
            dialog.setCancelButton(None)

    def canceled() -> None:
        task.cancel.set()
        if task.cancel.is_set():
            close()
        elif not closed and shiboken6.isValid(dialog):
            dialog.show()  # QProgressDialog hid itself; the write goes on and is reported

    task = runner().start(fn, done, error, progress, discard, group, committed)
    dialog.canceled.connect(canceled)
    return task
