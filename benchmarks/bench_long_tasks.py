"""The longest GUI freeze while the app imports, exports or checks a big logbook.

Import, export and the history check run on the app's one background mechanism
(`ui/tasks.py`), reporting progress to the GUI thread; what could still freeze the GUI
is the worker holding the GIL in one long C call. A 10 ms QTimer ticks on the GUI
thread throughout, and the longest gap between ticks is the longest freeze a user would
see (target: under 0.2 s). Uses benchmarks/run's cached logbooks (run it first):

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_long_tasks.py [--size 50000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth
from bench_session_refresh import FreezeMeter, wait_for
from PySide6.QtWidgets import QApplication

from evtdesk.ui import tasks


def _copy(source: Path, folder: Path) -> Path:
    target = folder / source.name
    shutil.copy2(source, target)
    shutil.copy2(source.with_name(source.name + ".keys"), folder / (source.name + ".keys"))
    return target


def measure(app: QApplication, work: Callable[[Any, Any], Any]) -> tuple[float, float, int]:
    """(seconds, longest freeze in seconds, progress reports) of `work` run as a task."""
    meter, box, reports = FreezeMeter(), [], []
    meter.start()
    start = time.perf_counter()
    tasks.runner().start(
        work,
        on_done=box.append,
        on_error=box.append,
        on_progress=lambda done, total: reports.append(done),
    )
    wait_for(app, lambda: bool(box))
    elapsed = time.perf_counter() - start
    if isinstance(box[0], BaseException):
        raise box[0]
    return elapsed, meter.stop() / 1000, len(reports)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000)
    args = parser.parse_args()
    cache = Path(__file__).resolve().parent / ".cache" / str(args.size)
    if not (cache / "ready").exists():
        print(f"run benchmarks/run --sizes {args.size} first (it builds the logbook)")
        return 2
    from evtdesk.exchange import export_bundle
    from evtdesk.exchange.importer import load_entries
    from evtdesk.store import Logbook
    from evtdesk.store.chain import verify_engine

    app = QApplication.instance() or QApplication(sys.argv[:1])
    scratch = Path(tempfile.mkdtemp(prefix="evtdesk-bench-"))
    try:
        full = Logbook.open(_copy(cache / "logbook.evtlog", scratch), synth.PASSPHRASE)
        empty_dir = scratch / "empty"
        empty_dir.mkdir()
        empty = Logbook.open(_copy(cache / "empty.evtlog", empty_dir), synth.PASSPHRASE)
        results = {
            "check the history": measure(
                app, lambda progress, cancel: verify_engine(full.engine, progress, cancel)
            ),
            "import every entry": measure(
                app,
                lambda progress, cancel: empty.entries.import_many(
                    load_entries(cache / "entries.json", progress, cancel),
                    progress=progress,
                    cancel=cancel,
                ),
            ),
            "export a bundle": measure(
                app,
                lambda progress, cancel: export_bundle(
                    full, scratch / "out.evtbundle", "sv", progress=progress, cancel=cancel
                ),
            ),
        }
        tasks.runner().wait()
        full.close(backup=False)
        empty.close(backup=False)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"{args.size} entries, {os.cpu_count()} cores; seconds:")
    print(f"  {'':24s} {'total':>7s} {'longest GUI freeze':>19s} {'progress reports':>17s}")
    for name, (total, freeze, reports) in results.items():
        print(f"  {name:24s} {total:7.2f} {freeze:19.2f} {reports:17d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
