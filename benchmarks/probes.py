"""The in-process measurements of `benchmarks/run`, each run in a child process of its own.

    python benchmarks/probes.py STEP LOGBOOK [ARGS]

prints one JSON object of seconds (and counts) on its last line. The runner reads the
child's peak memory from the operating system (wait4), so every probe is one process
doing one thing. Steps: `kdf` (the key derivation alone), `open` (open after the key,
snapshot, evaluate, with the key derivation timed apart), `raw` (every table read with
sqlcipher3 alone, no SQLAlchemy), `plain` (the same on the unencrypted copy, with the
standard library's sqlite3), `table` (the app's entries table filled and painted
offscreen), `import` (validate and store a file in an empty logbook), `chain` (check the
history), `bare-report` (the report's entry tables drawn by bare reportlab).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth

TABLES = ("meta", "settings", "people", "sites", "work_periods", "entries", "entry_revisions")
TABLES += ("retractions", "plan_adaptations", "attestations", "exports", "events")


def _timed_unwrap() -> list[float]:
    """Time every key derivation from now on (wraps keys.unwrap_key in this process)."""
    from evtdesk.store import keys

    spent: list[float] = []
    original = keys.unwrap_key

    def unwrap(*args: Any, **kwargs: Any) -> bytes:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent.append(time.perf_counter() - start)

    keys.unwrap_key = unwrap  # type: ignore[assignment]
    return spent


def kdf(path: Path) -> dict[str, float]:
    from evtdesk.store import keys

    key_file = keys.read_key_file(path)
    start = time.perf_counter()
    keys.unwrap_key(key_file.wrap("passphrase"), synth.PASSPHRASE, key_file.logbook_id)
    return {"kdf": time.perf_counter() - start}


def open_evaluate(path: Path) -> dict[str, float]:
    spent = _timed_unwrap()
    from evtdesk.curriculum import evaluate, load_curriculum
    from evtdesk.store import Logbook

    start = time.perf_counter()
    logbook = Logbook.open(path, synth.PASSPHRASE)
    opened = time.perf_counter()
    snapshot = logbook.snapshot()
    read = time.perf_counter()
    evaluate(load_curriculum(snapshot.curriculum_id), snapshot, date.today(), "sv")
    done = time.perf_counter()
    logbook.close(backup=False)
    return {
        "kdf": sum(spent),
        "open": opened - start - sum(spent),
        "snapshot": read - opened,
        "evaluate": done - read,
        "after_kdf": done - start - sum(spent),
        "entries": len(snapshot.entries),
    }


def _read_all(connection: Any) -> int:
    rows = 0
    for table in TABLES:
        rows += len(connection.execute(f"SELECT * FROM {table}").fetchall())
    return rows


def raw(path: Path) -> dict[str, float]:
    import sqlcipher3.dbapi2 as sqlcipher

    from evtdesk.store import keys

    key_file = keys.read_key_file(path)
    key = keys.unwrap_key(key_file.wrap("passphrase"), synth.PASSPHRASE, key_file.logbook_id)
    start = time.perf_counter()
    connection = sqlcipher.connect(str(path))
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    connection.execute("PRAGMA cipher_compatibility = 4")
    rows = _read_all(connection)
    connection.close()
    return {"raw": time.perf_counter() - start, "rows": rows}


def plain(path: Path) -> dict[str, float]:
    start = time.perf_counter()
    connection = sqlite3.connect(str(path))
    rows = _read_all(connection)
    connection.close()
    return {"plain": time.perf_counter() - start, "rows": rows}


def table(path: Path) -> dict[str, float]:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTableView

    from evtdesk.store import Logbook
    from evtdesk.ui.panels.entries_filter import EntriesFilterModel
    from evtdesk.ui.panels.entries_model import EntriesModel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    logbook = Logbook.open(path, synth.PASSPHRASE)
    start = time.perf_counter()
    snapshot = logbook.snapshot()
    read = time.perf_counter()
    model, proxy, view = EntriesModel("sv"), EntriesFilterModel(), QTableView()
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.resize(1200, 800)
    model.set_entries(list(snapshot.entries), {s.id: s.hospital for s in snapshot.sites})
    view.show()
    app.processEvents()
    view.scrollToBottom()
    app.processEvents()
    done = time.perf_counter()
    logbook.close(backup=False)
    return {"snapshot": read - start, "table": done - read, "to_table": done - start}


def import_(path: Path, source: str) -> dict[str, float]:
    from evtdesk.exchange.importer import load_entries
    from evtdesk.store import Logbook

    logbook = Logbook.open(path, synth.PASSPHRASE)
    start = time.perf_counter()
    entries = load_entries(Path(source))
    checked = time.perf_counter()
    logbook.entries.import_many(entries)
    done = time.perf_counter()
    logbook.close(backup=False)
    return {"validate": checked - start, "store": done - checked, "import": done - start}


def chain(path: Path) -> dict[str, float]:
    from evtdesk.store import Logbook

    logbook = Logbook.open(path, synth.PASSPHRASE)
    start = time.perf_counter()
    broken = logbook.verify_chain()
    done = time.perf_counter()
    logbook.close(backup=False)
    assert broken is None
    return {"chain": done - start}


def bare_report(path: Path) -> dict[str, float]:
    """The entries as the report's tables hold them (every field of every entry, one
    table a kind, 200 rows a table), drawn with reportlab's defaults: the floor of what
    any PDF of these tables costs with reportlab."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table

    from evtdesk.entries.kinds import KINDS
    from evtdesk.store import Logbook

    logbook = Logbook.open(path, synth.PASSPHRASE)
    entries = logbook.snapshot().entries
    logbook.close(backup=False)
    start = time.perf_counter()
    story = []
    for kind in KINDS:
        mine = [e for e in entries if e.kind == kind.id]
        names = [f.name for f in kind.fields]
        rows = [
            [str(n), e.date.isoformat(), e.role or "", e.case_number or "", e.notes]
            + [str(e.fields.get(name, "")) for name in names]
            for n, e in enumerate(mine, 1)
        ]
        head = ["Nr", "Date", "Role", "Case", "Notes", *names]
        width = max(1, len(head))
        for lo in range(0, len(rows), 200):
            story.append(
                Table([head, *rows[lo : lo + 200]], colWidths=[770 / width] * width, repeatRows=1)
            )
    with tempfile.TemporaryDirectory(prefix="evtdesk-bench-") as folder:
        out = Path(folder) / "bare.pdf"
        SimpleDocTemplate(str(out), pagesize=landscape(A4)).build(story)
        return {"bare_report": time.perf_counter() - start, "bytes": out.stat().st_size}


STEPS: dict[str, Callable[..., dict[str, float]]] = {
    "kdf": kdf,
    "open": open_evaluate,
    "raw": raw,
    "plain": plain,
    "table": table,
    "import": import_,
    "chain": chain,
    "bare-report": bare_report,
}

if __name__ == "__main__":
    print(json.dumps(STEPS[sys.argv[1]](Path(sys.argv[2]), *sys.argv[3:])))
