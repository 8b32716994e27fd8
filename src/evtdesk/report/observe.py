"""Progress and Cancel from inside the report, which is most of a long export.

The report of 50 000 entries takes a minute, one of the export's five steps, so the
app's bar stood still and Cancel waited for it. `build_report` takes no callback (its
callers pass inputs only), so whoever runs an export observes the report for the
duration of a `with observed(progress, cancel):` block; the entry tables call `tick`
as reportlab lays them out. A context variable, not a global: it belongs to the thread
(and task) that set it, so two exports in two workers do not see each other's.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

Progress = Callable[[int, int], None]


class ReportCancelled(Exception):
    """The user cancelled while the report was being made; nothing was written."""

    def __init__(self) -> None:
        super().__init__("The export was cancelled; no bundle was written.")


@dataclass(frozen=True)
class _Observer:
    progress: Progress | None
    cancel: threading.Event | None


_current: ContextVar[_Observer | None] = ContextVar("evtdesk_report_observer", default=None)


@contextmanager
def observed(
    progress: Progress | None = None, cancel: threading.Event | None = None
) -> Iterator[None]:
    """Reports built in this block tell `progress(done, total)` in entries laid out,
    and stop with ReportCancelled once `cancel` is set."""
    token = _current.set(_Observer(progress, cancel))
    try:
        yield
    finally:
        _current.reset(token)


def tick(done: int, total: int) -> None:
    """Called by the report as it goes: report progress, or stop if cancelled."""
    observer = _current.get()
    if observer is None:
        return
    if observer.cancel is not None and observer.cancel.is_set():
        raise ReportCancelled()
    if observer.progress is not None:
        observer.progress(done, total)
