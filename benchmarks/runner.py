"""What `benchmarks/run` measures: issue 14's table, for logbooks of several sizes.

    benchmarks/run [--sizes 1000,10000,50000] [--repeat 3] [--json FILE]

For each size it builds (once; cached in benchmarks/.cache/SIZE/) a realistic synthetic
logbook with the default Argon2id cost, its import file and an unencrypted copy, then
runs every step `--repeat` times, each in a fresh child process, and reports the median
seconds and the largest peak memory (the child's ru_maxrss, from wait4). Ratios are
taken within this one run, never across runs: the machine is shared and noisy.

Steps: start-up (`evtdesk --version` against a bare `python -c 'import sqlite3'`), the key
derivation alone, open + snapshot + evaluate after it, the app's table ready to scroll
(offscreen Qt), import (CLI, and per entry in-process), export (CLI) against bare
reportlab drawing the same tables, verify (CLI, of the bundle just exported), checking the
history, and a raw read of every table, encrypted against plain SQLite.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = HERE / ".cache"
PYTHON = sys.executable
EVTDESK = [PYTHON, "-c", "import sys; from evtdesk.cli import main; sys.exit(main())"]
sys.path.insert(0, str(HERE))

import synth  # noqa: E402

GNU_TIME = shutil.which("time", path="/usr/bin:/bin")


def run(command: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """(seconds, peak MiB, stdout) of one child process; raises if it fails.

    Linux counts in a child's ru_maxrss the memory of the process that forked it, so the
    child is started by GNU time (a 2 MB process) when there is one, which reports the
    command's own peak; otherwise wait4's figure includes this runner's (some 20 MB)."""
    peak_file = Path(tempfile.mkstemp(prefix="evtdesk-bench-rss-")[1])
    prefix = [GNU_TIME, "-f", "%M", "-o", str(peak_file)] if GNU_TIME else []
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        child = subprocess.Popen([*prefix, *command], stdout=out, stderr=errors, env=env, cwd=ROOT)
        _pid, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        errors.seek(0)
        text, problem = out.read().decode(), errors.read().decode()
    recorded = peak_file.read_text().strip().splitlines() if GNU_TIME else []
    peak_file.unlink()
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {problem[-2000:]}")
    kib = int(recorded[-1]) if recorded and recorded[-1].isdigit() else usage.ru_maxrss
    return elapsed, kib / 1024, text


def env_with_passphrase() -> dict[str, str]:
    env = dict(os.environ, EVTDESK_PASSPHRASE=synth.PASSPHRASE, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def copy_logbook(source: Path, target: Path) -> Path:
    shutil.copy2(source, target)
    shutil.copy2(source.with_name(source.name + ".keys"), target.with_name(target.name + ".keys"))
    return target


def prepare(size: int) -> Path:
    """benchmarks/.cache/SIZE with entries.json, logbook.evtlog, empty.evtlog, plain.sqlite
    and trainee.pub, built when missing (a few minutes for 50 000 the first time)."""
    folder = CACHE / str(size)
    if (folder / "ready").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    print(f"building the {size}-entry logbook in {folder} (once)…", file=sys.stderr)
    env = env_with_passphrase()
    # In a child: the key derivations would leave this runner 300 MB large.
    run([PYTHON, str(HERE / "runner.py"), "--build", str(size)], env)
    _t, _m, key = run([*EVTDESK, "identity", str(folder / "logbook.evtlog")], env)
    (folder / "trainee.pub").write_text(key.split("Fingerprint:")[0], encoding="utf-8")
    (folder / "ready").write_text("built\n", encoding="utf-8")
    return folder


def build(size: int) -> None:
    folder = CACHE / str(size)
    source = synth.write_import_file(folder / "entries.json", size)
    synth.build_logbook(folder / "logbook.evtlog", size, source)
    synth.build_logbook(folder / "empty.evtlog", 0, None)
    plain_copy(folder / "logbook.evtlog", folder / "plain.sqlite")


def plain_copy(path: Path, target: Path) -> None:
    import sqlcipher3.dbapi2 as sqlcipher

    from evtdesk.store import keys

    key_file = keys.read_key_file(path)
    key = keys.unwrap_key(key_file.wrap("passphrase"), synth.PASSPHRASE, key_file.logbook_id)
    connection = sqlcipher.connect(str(path))
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    connection.execute("PRAGMA cipher_compatibility = 4")
    connection.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
    connection.execute("SELECT sqlcipher_export('plain')")
    connection.execute("DETACH DATABASE plain")
    connection.close()


class Size:
    """The repeated measurements of one logbook size."""

    def __init__(self, size: int, repeat: int) -> None:
        self.size, self.repeat = size, repeat
        self.folder = prepare(size)
        self.env = env_with_passphrase()
        self.samples: dict[str, list[float]] = {}
        self.memory: dict[str, float] = {}
        self.scratch = Path(tempfile.mkdtemp(prefix="evtdesk-bench-"))

    def add(self, name: str, seconds: float, mib: float | None = None) -> None:
        self.samples.setdefault(name, []).append(seconds)
        if mib is not None:
            self.memory[name] = max(self.memory.get(name, 0.0), mib)

    def probe(self, step: str, path: Path, *extra: str) -> dict[str, Any]:
        seconds, mib, out = run(
            [PYTHON, str(HERE / "probes.py"), step, str(path), *extra], self.env
        )
        values = json.loads(out.strip().splitlines()[-1])
        return values | {"_mib": mib, "_wall": seconds}

    def once(self) -> None:
        logbook, env = self.folder / "logbook.evtlog", self.env
        seconds, mib, _ = run([PYTHON, "-c", "import sqlite3"], env)
        self.add("python_bare", seconds, mib)
        seconds, mib, _ = run([*EVTDESK, "--version"], env)
        self.add("startup", seconds, mib)
        values = self.probe("kdf", logbook)
        self.add("kdf", values["kdf"], values["_mib"])
        values = self.probe("open", logbook)
        for name in ("open", "snapshot", "evaluate", "after_kdf"):
            self.add(name, values[name])
        self.memory["after_kdf"] = max(self.memory.get("after_kdf", 0), values["_mib"])
        values = self.probe("raw", logbook)
        self.add("raw_read", values["raw"], values["_mib"])
        values = self.probe("plain", self.folder / "plain.sqlite")
        self.add("plain_read", values["plain"], values["_mib"])
        values = self.probe("table", logbook)
        self.add("table", values["to_table"], values["_mib"])
        target = copy_logbook(self.folder / "empty.evtlog", self.scratch / "import.evtlog")
        seconds, mib, _ = run([*EVTDESK, "import", str(target), str(self.entries)], env)
        self.add("import_cli", seconds, mib)
        target = copy_logbook(self.folder / "empty.evtlog", self.scratch / "import.evtlog")
        values = self.probe("import", target, str(self.entries))
        self.add("import_store", values["import"] / self.size)
        work = copy_logbook(logbook, self.scratch / "export.evtlog")
        bundle = self.scratch / "out.evtbundle"
        seconds, mib, _ = run([*EVTDESK, "export", str(work), "--out", str(bundle), "--force"], env)
        self.add("export", seconds, mib)
        values = self.probe("bare-report", logbook)
        self.add("bare_report", values["bare_report"], values["_mib"])
        pub = str(self.folder / "trainee.pub")
        seconds, mib, _ = run([*EVTDESK, "verify", str(bundle), "--trust", pub], env)
        self.add("verify", seconds, mib)
        values = self.probe("chain", logbook)
        self.add("chain", values["chain"], values["_mib"])
        for leftover in self.scratch.iterdir():
            leftover.unlink()

    @property
    def entries(self) -> Path:
        return self.folder / "entries.json"

    def median(self, name: str) -> float:
        return statistics.median(self.samples[name])


ROWS = (
    # key, what, target
    ("startup", "`evtdesk --version`", "≤ 8 × bare Python"),
    ("kdf", "unlock: Argon2id key derivation alone", "by design (256 MiB)"),
    ("after_kdf", "open + snapshot + evaluate, after the key", "≤ 0.5 s"),
    ("snapshot", "snapshot alone (in the line above)", "≤ 4 × raw read"),
    ("raw_read", "raw SQLCipher read of every table", ""),
    ("plain_read", "the same read, unencrypted SQLite copy", ""),
    ("table", "the app's table ready to scroll (from open logbook)", ""),
    ("import_cli", "`evtdesk import` of every entry", ""),
    ("import_store", "import per entry, validate + store (ms)", "≤ 0.5 ms/entry"),
    ("export", "`evtdesk export`", "≤ 10 s, ≤ 2 × bare"),
    ("bare_report", "bare reportlab drawing the same tables", ""),
    ("verify", "`evtdesk verify` of that bundle", "≤ 2 s"),
    ("chain", "check the history (hash chain)", ""),
)


def report(sizes: list[Size]) -> str:
    head = "| step | " + " | ".join(f"{s.size:,} entries" for s in sizes) + " | target |"
    lines = [head, "|---" * (len(sizes) + 2) + "|"]
    for key, what, target in ROWS:
        cells = []
        for size in sizes:
            value = size.median(key)
            text = f"{value * 1000:.2f} ms" if key == "import_store" else f"{value:.2f} s"
            if key in size.memory:
                text += f", {size.memory[key]:.0f} MiB"
            cells.append(text)
        lines.append(f"| {what} | " + " | ".join(cells) + f" | {target} |")
    ratios = (
        ("start-up / bare Python", "startup", "python_bare", "≤ 8"),
        ("snapshot / raw read", "snapshot", "raw_read", "≤ 4"),
        ("raw read encrypted / plain", "raw_read", "plain_read", ""),
        ("export / bare reportlab", "export", "bare_report", "≤ 2"),
    )
    for what, top, bottom, target in ratios:
        cells = [f"{s.median(top) / s.median(bottom):.1f} ×" for s in sizes]
        lines.append(f"| {what} | " + " | ".join(cells) + f" | {target} |")
    peak = [f"{max(s.memory.values()):.0f} MiB" for s in sizes]
    lines.append("| peak memory, any step | " + " | ".join(peak) + " | ≤ 400 MB |")
    return "\n".join(lines)


def growth(sizes: list[Size], limit: float = 6.0) -> list[str]:
    """Steps that grew more than `limit` times from 10 000 to 50 000 entries."""
    by = {s.size: s for s in sizes}
    if 10_000 not in by or 50_000 not in by:
        return []
    small, large = by[10_000], by[50_000]
    return [
        f"{key}: {large.median(key) / small.median(key):.1f} × from 10 000 to 50 000"
        for key, _what, _target in ROWS
        if large.median(key) / small.median(key) > limit
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000", help="comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="runs per step (median)")
    parser.add_argument("--json", type=Path, help="also write the raw samples here")
    parser.add_argument("--build", type=int, help=argparse.SUPPRESS)  # prepare()'s child
    args = parser.parse_args(argv)
    if args.build:
        build(args.build)
        return 0
    try:
        counts = [int(part) for part in args.sizes.split(",") if part.strip()]
    except ValueError:
        parser.error("--sizes takes whole numbers separated by commas, e.g. 1000,10000")
    if not counts or min(counts) < 1 or args.repeat < 1:
        parser.error("give at least one size and --repeat of at least 1")
    sizes = []
    for count in counts:
        size = Size(count, args.repeat)
        for number in range(args.repeat):
            print(f"{count} entries: run {number + 1} of {args.repeat}…", file=sys.stderr)
            size.once()
        shutil.rmtree(size.scratch, ignore_errors=True)
        sizes.append(size)
    print(f"{os.cpu_count()} cores; medians of {args.repeat} runs; peak memory per step\n")
    print(report(sizes))
    for line in growth(sizes):
        print(f"GREW TOO MUCH: {line}")
    if args.json:
        data = {s.size: {"samples": s.samples, "memory_mib": s.memory} for s in sizes}
        args.json.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
