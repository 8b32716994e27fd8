"""How a reader's time grows with its input, measured as a ratio so a slow or busy
machine does not decide the outcome: a reader that is linear takes about ten times as long
for ten times the input, one that is quadratic about a hundred times."""

from __future__ import annotations

import contextlib
import gc
import time
from collections.abc import Callable

FLOOR = 0.0005  # seconds: below this a timer's jitter is larger than the work measured


def best_time(work: Callable[[], object], repeats: int) -> float:
    """The shortest of `repeats` runs of `work` (exceptions are part of the work)."""
    best = float("inf")
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeats):
            start = time.perf_counter()
            with contextlib.suppress(Exception):
                work()
            best = min(best, time.perf_counter() - start)
    finally:
        if enabled:
            gc.enable()
    return best


def growth(read: Callable[[object], object], small: object, large: object) -> float:
    """How many times longer `read(large)` takes than `read(small)`."""
    read(small)  # warm up: imports and caches are not the reader's cost
    quick = best_time(lambda: read(small), 7)
    slow = best_time(lambda: read(large), 3)
    return slow / max(quick, FLOOR)
