"""Auto-lock: wall-clock idle time measured from the user's last key or mouse input.

An application-wide event filter notes `time.monotonic()` on every key press and mouse
press/move/wheel; a QTimer compares the elapsed time with the limit (set from the
logbook's `autolock_minutes` preference) and emits `idle` once. Because the check uses
the clock rather than counting timer ticks, a suspended laptop locks on waking.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

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


class IdleWatcher(QObject):
    """Emits `idle` when no user input has arrived for `timeout` seconds."""

    idle = Signal()

    def __init__(self, timeout_s: float = 300.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout = float(timeout_s)
        self._last_input = time.monotonic()
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
        self._last_input = time.monotonic()

    def idle_for(self) -> float:
        return time.monotonic() - self._last_input

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    def _check(self) -> None:
        if self.idle_for() >= self._timeout:
            self.stop()
            self.idle.emit()
