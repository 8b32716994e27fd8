"""What the examination week's early-start check costs an evaluation.

A3's gate is judged as the logbook stood on each recorded week's first day (the
`week_before_gate` flag). This evaluates the cached benchmark logbook (`benchmarks/run`
builds it) with three examination weeks added to its snapshot, with the check and with it
switched off, in one run, and prints both medians and their ratio:

    .venv/bin/python benchmarks/bench_early_weeks.py benchmarks/.cache/50000
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import PASSPHRASE

from evtdesk.curriculum import engine
from evtdesk.model import ExamWeek
from evtdesk.store import Logbook
from evtdesk.training import curriculum_of


def main() -> int:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("benchmarks/.cache/10000")
    with tempfile.TemporaryDirectory() as folder:
        for name in ("logbook.evtlog", "logbook.evtlog.keys"):
            shutil.copy(source / name, Path(folder) / name)
        logbook = Logbook.open(Path(folder) / "logbook.evtlog", PASSPHRASE)
        snapshot, curriculum = logbook.snapshot(), curriculum_of(logbook)
        logbook.close(backup=False)
    today = date.today()
    weeks = tuple(ExamWeek(i + 1, today - timedelta(days=300 - 60 * i), 1) for i in range(3))
    snapshot = replace(snapshot, exam_weeks=weeks)

    def median(runs: int = 3) -> float:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            engine.evaluate(curriculum, snapshot, today, "en")
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    with_check = median()
    checking = engine._Evaluation.early_weeks
    engine._Evaluation.early_weeks = lambda self, item: ()  # type: ignore[method-assign,assignment]
    without = median()
    engine._Evaluation.early_weeks = checking  # type: ignore[method-assign]
    print(
        f"{len(snapshot.entries)} entries, 3 weeks: evaluate {without * 1000:.0f} ms without "
        f"the early-week check, {with_check * 1000:.0f} ms with it ({with_check / without:.2f}x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
