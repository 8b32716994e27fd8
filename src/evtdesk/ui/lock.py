"""Auto-lock: wall-clock idle time measured from the user's last key or mouse input.

An application-wide event filter notes the clock on every key press and mouse
press/move/wheel; a QTimer compares the elapsed time with the limit (set from the
logbook's `autolock_minutes` preference) and emits `idle` once. Because the check uses
the clock rather than counting timer ticks, a suspended laptop locks on waking.

The clock must run on while the machine sleeps: `time.monotonic()` does not on Linux
(CLOCK_MONOTONIC stops during suspend), so it is CLOCK_BOOTTIME where the system has
it and `time.time()` elsewhere. The wall clock can be set back (NTP, a user, a time
zone bug); then the idle time is measured afresh from that moment rather than waiting
for the clock to catch up with the old reading.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.ShortcutOverride,
    }
)


_BOOTTIME: int | None = getattr(time, "CLOCK_BOOTTIME", None)


def wall_clock() -> float:
    """Seconds on a clock that keeps counting while the machine is suspended."""
    if _BOOTTIME is not None:  # Linux: elapsed time including suspend, never set back
        return time.clock_gettime(_BOOTTIME)
    return time.time()


class IdleWatcher(QObject):
    """Emits `idle` when no user input has arrived for `timeout` seconds."""

    idle = Signal()

    def __init__(
        self,
        timeout_s: float = 300.0,
        parent: QObject | None = None,
        clock: Callable[[], float] = wall_clock,
    ) -> None:
        super().__init__(parent)
        self._timeout = float(timeout_s)
        self._clock = clock
        self._last_input = clock()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self._app = QCoreApplication.instance()
        self._filtering = False

    @property
    def timeout(self) -> float:
        return self._timeout

    def set_timeout(self, seconds: float) -> None:
        self._timeout = max(0.05, float(seconds))
        if self._timer.isActive():
            self._timer.start(self._interval_ms())

    def _interval_ms(self) -> int:
        # check often enough to lock within ~1 s of the limit (sooner for tiny test limits)
        return max(20, min(1000, int(self._timeout * 1000 / 4)))

    def start(self) -> None:
        self.touch()
        if not self._filtering and self._app is not None:
            self._app.installEventFilter(self)
            self._filtering = True
        self._timer.start(self._interval_ms())

    def stop(self) -> None:
        self._timer.stop()
        if self._filtering and self._app is not None:
            self._app.removeEventFilter(self)
            self._filtering = False

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def touch(self) -> None:
        self._last_input = self._clock()

    def idle_for(self) -> float:
        now = self._clock()
        if now < self._last_input:  # the clock was set back: count from now
            self._last_input = now
        return now - self._last_input

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = self._clock()
        return False

    def _check(self) -> None:
        if self.idle_for() >= self._timeout:
            self.stop()
            self.idle.emit()


class LockShortcutInDialogs(QObject):
    """Makes the Lock action's shortcut (Ctrl+L) work while a dialog is in front.

    An application-wide shortcut still only fires for a widget the user can reach, and a
    window-modal dialog blocks the main window, which owns the action. So the action is
    also added to every dialog as it is shown; the one action then fires from there.
    """

    def __init__(self, action: QAction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self._app = QCoreApplication.instance()
        self._filtering = False

    def start(self) -> None:
        if not self._filtering and self._app is not None:
            self._app.installEventFilter(self)
            self._filtering = True
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible():
                    widget.addAction(self._action)

    def stop(self) -> None:
        if self._filtering and self._app is not None:
            self._app.removeEventFilter(self)
            self._filtering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shown = event.type() == QEvent.Type.Show and isinstance(watched, QDialog)
        if shown and self._action not in watched.actions():
            watched.addAction(self._action)
        return False
