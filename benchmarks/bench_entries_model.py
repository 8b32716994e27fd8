"""How fast the logbook table copes with a ten-year logbook of 50 000 entries.

Builds the entries in memory (no database), then times what the user waits for: the
model reset when the logbook is (re)read, a change of the search text or a filter, and a
sort from the table header. Each step is timed with the model shown in a QTableView,
so the view's own work is counted too. For comparison it also times the textbook design,
a QSortFilterProxyModel with `filterAcceptsRow` overridden in Python, on the same data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_entries_model.py
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication, QTableView

from evtdesk.entries.kinds import KINDS
from evtdesk.model import Entry, Role
from evtdesk.ui.panels.entries_filter import EntriesFilterModel
from evtdesk.ui.panels.entries_model import EntriesModel

COUNT = 50_000
REPEAT = 5


def make_entries(count: int = COUNT, seed: int = 1) -> list[Entry]:
    rng = random.Random(seed)
    start = date(2016, 1, 1)
    kinds = [k for k in KINDS]
    roles = list(Role)
    out = []
    # The store returns entries oldest first; make (and allocate) them in that order.
    days = sorted(start + timedelta(days=rng.randrange(3650)) for _ in range(count))
    for n, day in enumerate(days):
        spec = rng.choice(kinds)
        fields: dict[str, object] = {}
        for f in spec.fields:
            if f.choices:
                fields[f.name] = rng.choice(f.choices)
            elif f.type == "bool":
                fields[f.name] = rng.random() < 0.5
            elif f.type == "int":
                fields[f.name] = rng.randrange(0, 20)
            elif f.type == "datetime":
                fields[f.name] = (
                    datetime.combine(day, datetime.min.time())
                    .replace(hour=rng.randrange(24))
                    .isoformat(timespec="minutes")
                )
            elif f.type == "text":
                fields[f.name] = rng.choice(["Aneurysmbehandling", "EXMINT", "Seminarium", "K2a"])
        retracted = rng.random() < 0.01
        out.append(
            Entry(
                id=f"e{n:06d}",
                kind=spec.id,
                date=day,
                role=str(rng.choice(roles)) if spec.has_role else None,
                case_number=f"C-{n:05d}" if spec.case_kind else None,
                notes=rng.choice(
                    ["", "", "Svår access via femoralis", "Tandemocklusion, stent i ICA"]
                ),
                fields=fields,
                site_id=rng.choice([1, 2, None]),
                revision=2 if rng.random() < 0.03 else 1,
                created_seq=n + 1,
                changed_seq=n + 1,
                retracted=retracted,
                retraction_reason="Dubblett" if retracted else None,
            )
        )
    return out


def timed(action: Callable[[], object], repeat: int = REPEAT) -> tuple[float, float]:
    """Median milliseconds of `action` alone, and with the view repainted after it."""
    app = QApplication.instance()
    alone, total = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        action()
        t1 = time.perf_counter()
        app.processEvents()
        t2 = time.perf_counter()
        alone.append((t1 - t0) * 1000)
        total.append((t2 - t0) * 1000)
    return statistics.median(alone), statistics.median(total)


class PythonFilterProxy(QSortFilterProxyModel):
    """The textbook design, for comparison: a precomputed search string, filtered per row."""

    def __init__(self, source: EntriesModel) -> None:
        super().__init__()
        self.words: list[str] = []
        self.search = source.search_strings()
        self.setSourceModel(source)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        text = self.search[row]
        return all(w in text for w in self.words)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    t0 = time.perf_counter()
    entries = make_entries()
    print(f"built {len(entries)} entries in memory in {(time.perf_counter() - t0) * 1000:.0f} ms")
    sites = {1: "Sahlgrenska universitetssjukhuset", 2: "Länssjukhuset Ryhov"}
    model = EntriesModel("sv")
    proxy = EntriesFilterModel()
    proxy.setSourceModel(model)
    view = QTableView()
    view.verticalHeader().setDefaultSectionSize(22)
    view.verticalHeader().hide()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.resize(1200, 800)
    view.show()
    app.processEvents()

    results = {}
    results["model reset (50 000 entries)"] = timed(lambda: model.set_entries(entries, sites))
    fresh = EntriesModel("sv")
    fresh.set_entries(entries, sites)
    t0 = time.perf_counter()
    fresh.search_strings()
    ms = (time.perf_counter() - t0) * 1000
    results["search strings, all at once (built idle after opening)"] = (ms, ms)
    model.search_strings()
    results["re-read + first search (strings cached per entry)"] = timed(
        lambda: (model.set_entries(list(entries), sites), proxy.set_filters(text="m1")), repeat=3
    )
    proxy.set_filters(text="")
    words = iter(["aspiration", "sahl", "2b", "tandem", "femoral", "evt", "kurs", "ryhov"] * 3)
    results["search text change"] = timed(lambda: proxy.set_filters(text=next(words)))
    proxy.set_filters(text="")
    kinds = iter([k.id for k in KINDS] * 3)
    results["kind filter change"] = timed(lambda: proxy.set_filters(kind=next(kinds)))
    proxy.set_filters(kind=None)
    results["period filter change (one year)"] = timed(
        lambda: proxy.set_filters(start=date(2020, 1, 1), end=date(2020, 12, 31))
    )
    proxy.set_filters(start=None, end=None)
    columns = iter(
        [
            EntriesModel.KIND,
            EntriesModel.CASE,
            EntriesModel.DATE,
            EntriesModel.ROLE,
            EntriesModel.SITE,
        ]
        * 2
    )
    results["sort by a column (header click)"] = timed(
        lambda: view.sortByColumn(next(columns), Qt.SortOrder.AscendingOrder)
    )
    orders = iter([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder] * 5)
    results["reverse the date sort"] = timed(
        lambda: view.sortByColumn(EntriesModel.DATE, next(orders))
    )
    results["scroll one page"] = timed(
        lambda: view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 30)
    )

    # The textbook design for comparison.
    slow = PythonFilterProxy(model)
    other = QTableView()
    other.setModel(slow)
    other.show()
    app.processEvents()

    def slow_filter(word: str) -> None:
        slow.words = [word]
        slow.invalidate()

    words2 = iter(["aspiration", "sahl", "2b", "tandem", "femoral"] * 3)
    results["[comparison] QSortFilterProxyModel, search change"] = timed(
        lambda: slow_filter(next(words2)), 3
    )
    slow_filter("")
    results["[comparison] QSortFilterProxyModel, sort by kind"] = timed(
        lambda: slow.sort(EntriesModel.KIND, Qt.SortOrder.AscendingOrder), 1
    )

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"Python {sys.version.split()[0]}, {cores} cores, median of {REPEAT} runs (ms);")
    print("'model' is the model/filter work, 'shown' adds one repaint of a 1200x800 table view")
    print(f"  {'':58s} {'model':>8s} {'shown':>8s}")
    for name, (alone, total) in results.items():
        print(f"  {name:58s} {alone:8.1f} {total:8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
