"""Pausing Python's cyclic garbage collector while bulk work runs.

Importing, exporting or reading 50 000 entries allocates millions of short-lived objects
that are freed by reference counting, yet each allocation burst makes the cyclic
collector scan everything still alive, over and over: with it, importing 10 000 entries
in the app took 2.3 times as long, and each full collection held the GIL for up to
0.6 s, freezing the window while the work ran on a worker thread (benchmarks/
bench_long_tasks.py). Paused, nothing is lost: what is garbage is still freed by
reference counting at once, and any cycles when the collector runs again.

The collector is process-wide, so pauses nest and may overlap across threads: it comes
back on when the last pause ends, and only if it was on before the first.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def paused() -> Iterator[None]:
    """Run the body with the cyclic collector off (reference counting goes on)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
