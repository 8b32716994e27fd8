"""How long the GUI thread is blocked when a 50 000-entry logbook is unlocked or saved.

The shared read (every entry + the curriculum engine) runs on the task runner; what the
GUI thread still does is build or refresh the panels from the result. A 10 ms QTimer
ticks throughout, and the longest gap between ticks is the longest freeze a user would
see. For comparison it also times the old way: everything on the GUI thread.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_session_refresh.py \
        [LOGBOOK PASSPHRASE]
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_session_refresh.py --entries 5000

What freezes remain (about a second at most, measured on 2 cores) are the panels being
rebuilt from the result (~0.25 s) and stretches where the worker holds the GIL inside the
store's compiled row fetching (0.2-0.5 s each), which only a chunked fetch in the store
could shorten.

Without a logbook it builds one of 50 000 entries (or `--entries N`) in a temporary
folder first (a few minutes for 50 000); the entries are the ones bench_entries_model.py
makes for its in-memory model, made valid for the store (`storable`): that generator does
not know field types it never displays (a course's hours), the order of a case's times,
nor that an examination-week case's decision and its EVT agree.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from evtdesk.entries.kinds import KINDS
from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.ui import tasks
from evtdesk.ui.main_window import Workspace
from evtdesk.ui.session import LogbookSession, load_data


class FreezeMeter:
    """The longest gap between 10 ms ticks while it runs (the GUI thread's longest stall)."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.longest = 0

    def start(self) -> None:
        self.longest = 0
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.restart())

    def stop(self) -> int:
        self._tick()
        self.timer.stop()
        return self.longest


def storable(entry, rng: random.Random) -> dict:
    """The store's row for a generated entry, made valid: every float field (a course's or
    CME's hours, required for CME) gets hours, and a case's times are put in the order
    the kind lists them (arrival before imaging … before reperfusion), a few minutes apart,
    as the validation requires."""
    spec = next(k for k in KINDS if k.id == entry.kind)
    fields = dict(entry.fields)
    minute = rng.randrange(20 * 60)  # leaves room for the times that follow
    for field in spec.fields:
        if field.type == "float":
            fields[field.name] = rng.choice([1.0, 1.5, 2.0, 4.0, 8.0])
        elif field.type == "datetime" and field.name in fields:
            minute += rng.randrange(5, 40)
            moment = datetime.combine(entry.date, datetime.min.time()).replace(
                hour=min(minute // 60, 23), minute=minute % 60 if minute < 24 * 60 else 59
            )
            fields[field.name] = moment.isoformat(timespec="minutes")
    if entry.kind == "exam_week_case":  # its decision and its EVT agree
        fields["decision"] = "evt" if fields.get("evt_performed") else "no_evt"
    row = {
        "kind": entry.kind,
        "date": entry.date.isoformat(),
        "role": entry.role,
        "case_number": entry.case_number,
        "notes": entry.notes,
        **fields,
    }
    return {k: v for k, v in row.items() if v is not None}


def build(path: Path, passphrase: str, count: int) -> None:
    from bench_entries_model import make_entries

    t0 = time.perf_counter()
    logbook = Logbook.create(path, passphrase, "Bench Trainee", kdf=FAST_TEST_KDF).logbook
    rng = random.Random(2)
    rows = [storable(e, rng) for e in make_entries(count)]
    for start in range(0, len(rows), 5000):
        logbook.entries.add_many(rows[start : start + 5000])
    logbook.close(backup=False)
    print(f"built {len(rows)} entries in {time.perf_counter() - t0:.0f} s")


def wait_for(app: QApplication, done) -> None:
    """Run the event loop (idle, as in the app) until `done()`; checked every 5 ms."""
    loop = QEventLoop()
    check = QTimer()
    check.timeout.connect(lambda: loop.quit() if done() else None)
    check.start(5)
    loop.exec()
    check.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("logbook", nargs="?", type=Path, help="an existing logbook to measure")
    parser.add_argument("passphrase", nargs="?")
    parser.add_argument("--entries", type=int, default=50_000, help="size of the built logbook")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if args.logbook is not None and args.passphrase is not None:
        path, passphrase = args.logbook, args.passphrase
    else:
        path, passphrase = Path(tempfile.mkdtemp()) / "bench.evtlog", "bench passphrase"
        build(path, passphrase, args.entries)
    logbook = Logbook.open(path, passphrase)
    count = len(logbook.entries.list())
    meter = FreezeMeter()
    results: dict[str, tuple[float, float]] = {}

    # Old way: the panels read the store and run the engine themselves, on the GUI thread.
    session = LogbookSession(logbook, "en")
    t0 = time.perf_counter()
    workspace = Workspace(session)
    results["unlock, all on the GUI thread (before)"] = (
        time.perf_counter() - t0,
        time.perf_counter() - t0,
    )
    t0 = time.perf_counter()
    session.notify_changed()
    results["save, all on the GUI thread (before)"] = (
        time.perf_counter() - t0,
        time.perf_counter() - t0,
    )
    workspace.deleteLater()
    app.processEvents()

    # Now: the read runs in the task runner; the GUI thread builds the panels from it.
    meter.start()
    t0 = time.perf_counter()
    box: list = []
    tasks.runner().start(lambda _p, _c: load_data(logbook, "en", date.today()), box.append)
    wait_for(app, lambda: bool(box))
    session = LogbookSession(logbook, "en", data=box[0], background=True)
    workspace = Workspace(session)
    app.processEvents()
    results["unlock: read in background, then build panels"] = (
        time.perf_counter() - t0,
        meter.stop() / 1000,
    )

    meter.start()
    t0 = time.perf_counter()
    arrived: list = []
    session.changed.connect(lambda: arrived.append(True))
    session.notify_changed()
    wait_for(app, lambda: bool(arrived))
    app.processEvents()
    results["save: background read, panels refresh on arrival"] = (
        time.perf_counter() - t0,
        meter.stop() / 1000,
    )

    tasks.runner().wait()
    logbook.close(backup=False)
    print(f"{count} entries, {os.cpu_count()} cores; seconds:")
    print(f"  {'':52s} {'total':>7s} {'longest GUI freeze':>19s}")
    for name, (total, freeze) in results.items():
        print(f"  {name:52s} {total:7.2f} {freeze:19.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
