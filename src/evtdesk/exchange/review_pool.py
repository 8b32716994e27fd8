"""The board's review across the machine's cores: the bundles of a folder, one process a core.

Verifying a bundle is mostly CPU (its PDF signature, hashes, the curriculum's evaluation)
and bundles are independent, so a year's thousand are shared among worker processes.
Workers are started fresh (`spawn`), not forked: a forked worker would carry a copy of
the parent's memory, the open logbook's key with it. Each is handed the `ReaderFacts` once
(its initializer) and then only file paths; the environment variables named in `hidden`
(the passphrase's) are taken out of the environment while workers start, so a worker never
has the passphrase either. Nothing is written to a temporary file. With one job, the
bundles are judged in this process.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from evtdesk import gc_pause
from evtdesk.exchange.review import ERROR, ReaderFacts, ReviewRow, review_bundle

BUNDLE_SUFFIX = ".evtbundle"

_facts: ReaderFacts | None = None  # a worker's copy, set once by `_start_worker`


def bundles_in(folder: Path) -> list[Path]:
    """The folder's `*.evtbundle` entries (any case), by name: one row each, whatever
    they turn out to hold."""
    return sorted(
        (p for p in folder.iterdir() if p.name.lower().endswith(BUNDLE_SUFFIX)),
        key=lambda p: p.name,
    )


def cores() -> int:
    """The cores this process may run on (its affinity where the system says it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS and Windows have no affinity call
        return max(1, os.cpu_count() or 1)


def review_all(
    paths: Sequence[Path], facts: ReaderFacts, jobs: int, hidden: Sequence[str] = ()
) -> list[ReviewRow]:
    """A row for every path, in their order: in this process with one job, else in
    `jobs` worker processes (never more than there are bundles)."""
    workers = min(jobs, len(paths))
    if workers <= 1:
        return [_checked(path, facts) for path in paths]
    context = multiprocessing.get_context("spawn")
    with (
        _without(hidden),
        ProcessPoolExecutor(
            workers, mp_context=context, initializer=_start_worker, initargs=(facts,)
        ) as pool,
    ):
        futures = [pool.submit(_review_in_worker, str(path)) for path in paths]
        return [_result(path, future) for path, future in zip(paths, futures, strict=True)]


def _result(path: Path, future: Future[ReviewRow]) -> ReviewRow:
    """The worker's row; if the worker itself died (killed, out of memory), a row that
    says so, and the other bundles keep theirs."""
    try:
        return future.result()
    except Exception as error:  # a broken pool, or a row that could not be sent back
        reason = f"it could not be checked: the worker process failed ({type(error).__name__})"
        return ReviewRow(path.name, ERROR, (reason,))


def _start_worker(facts: ReaderFacts) -> None:
    """Keep the reader's facts for every bundle this worker is given."""
    global _facts
    _facts = facts


def _review_in_worker(path: str) -> ReviewRow:
    assert _facts is not None, "the worker was started without the reader's facts"
    return _checked(path, _facts)


def _checked(path: Path | str, facts: ReaderFacts) -> ReviewRow:
    """One bundle with the cyclic collector paused (`gc_pause`: a bundle's check makes
    many short-lived objects), then the cycles it left freed. The command runs with the
    collector paused, so without this a process kept some 0.6 MiB a bundle: 600 MiB for
    a year's thousand; the young generation's collection takes about a millisecond."""
    with gc_pause.paused():
        row = review_bundle(path, facts)
    gc.collect(0)
    return row


@contextmanager
def _without(names: Sequence[str]) -> Iterator[None]:
    """The environment without `names` while the block runs (workers start inside it and
    copy the environment they start with); put back afterwards."""
    kept = {name: os.environ.pop(name) for name in names if name in os.environ}
    try:
        yield
    finally:
        os.environ.update(kept)
