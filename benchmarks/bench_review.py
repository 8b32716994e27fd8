"""How a training board's review scales with cores: N bundles, one job against two.

`evtdesk review FOLDER --logbook BOARD` verifies every bundle of a folder with one worker
process a core (`--jobs N`; 1 checks them in the command's own process). This builds,
once (cached in benchmarks/.cache/review-K-E/), K trainee logbooks of E synthetic entries
each (benchmarks/synth.py's mix), one bundle of each, and a board logbook with the default
Argon2id cost that trusts every trainee's key; then a folder of N bundles, copies of the
K in turn (a copy costs as much to verify as a distinct bundle: nothing is kept from one
bundle to the next). Each `--jobs` value runs `evtdesk review --json` in a fresh child
process, `--repeat` times, the values taking turns; the command's rows are checked (N
rows, every one valid and trusted). It reports the median seconds, milliseconds a bundle,
the largest process's peak memory, and the speed-up against the first value. Compare
within one run only: the machine is shared and noisy.

    .venv/bin/python benchmarks/bench_review.py                   # 200 bundles, jobs 1 and 2
    .venv/bin/python benchmarks/bench_review.py --bundles 1000     # a board's whole year
    .venv/bin/python benchmarks/bench_review.py --bundles 40 --jobs 1,2,4 --repeat 3
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synth  # noqa: E402
from runner import CACHE, EVTDESK, run  # noqa: E402

BOARD = "board.evtlog"


def prepare(trainees: int, entries: int) -> Path:
    """benchmarks/.cache/review-K-E with the board's logbook and K bundles, built once."""
    folder = CACHE / f"review-{trainees}-{entries}"
    if (folder / "ready").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "bundles").mkdir(parents=True)
    print(f"building {trainees} trainees' bundles in {folder} (once)…", file=sys.stderr)
    _build(folder, trainees, entries)
    (folder / "ready").write_text("built\n", encoding="utf-8")
    return folder


def _build(folder: Path, trainees: int, entries: int) -> None:
    """The trainees' logbooks (a cheap key: they are not what is measured), a bundle of
    each, and the board's logbook (the default key cost: opening it is part of a review)."""
    from evtdesk.exchange import export_bundle, identity_info, trust_key
    from evtdesk.exchange.importer import load_entries
    from evtdesk.store import FAST_TEST_KDF, Logbook

    board = Logbook.create(folder / BOARD, synth.PASSPHRASE, "Board", kdf=None).logbook
    for number in range(1, trainees + 1):
        rows = folder / "entries.json"
        rows.write_text(json.dumps(synth.import_rows(entries, seed=number)), encoding="utf-8")
        path = folder / f"trainee-{number}.evtlog"
        name = f"Trainee {number}"
        with Logbook.create(path, synth.PASSPHRASE, name, kdf=FAST_TEST_KDF).logbook as trainee:
            trainee.records.add_site("Sahlgrenska", "Neurointervention", 400, 160, True)
            trainee.records.add_site("Södersjukhuset", "Röntgen", 900, 60, False)
            trainee.entries.add_many(load_entries(rows))
            export_bundle(trainee, folder / "bundles" / f"trainee-{number}.evtbundle")
            trust_key(board, identity_info(trainee).public_key_text, name, "trainee")
        rows.unlink()
    board.close(backup=False)


def fill(folder: Path, count: int) -> Path:
    """A folder of `count` bundles, copies of the cached ones in turn."""
    target = folder / f"received-{count}"
    if target.is_dir() and len(list(target.glob("*.evtbundle"))) == count:
        return target
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir()
    sources = sorted((folder / "bundles").glob("*.evtbundle"))
    for number in range(count):
        shutil.copy(sources[number % len(sources)], target / f"bundle-{number:04d}.evtbundle")
    return target


def measure(folder: Path, received: Path, jobs: int) -> tuple[float, float, float]:
    """(seconds, CPU seconds of the command and its workers, peak MiB of the largest
    process) of one `evtdesk review` in a child process, its rows checked."""
    env = dict(os.environ, EVTDESK_PASSPHRASE=synth.PASSPHRASE, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(HERE.parent / "src") + os.pathsep + env.get("PYTHONPATH", "")
    command = [*EVTDESK, "review", str(received), "--logbook", str(folder / BOARD)]
    before = _children_cpu()
    seconds, mib, out = run([*command, "--json", "--jobs", str(jobs)], env)
    cpu = _children_cpu() - before  # the workers are waited for, so they count too
    rows = json.loads(out)
    expected = len(list(received.glob("*.evtbundle")))
    if len(rows) != expected or not all(r["state"] == "valid" for r in rows):
        raise RuntimeError(f"--jobs {jobs}: the rows are not {expected} valid bundles")
    return seconds, cpu, mib


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundles", type=int, default=200, help="N, the folder's bundles")
    parser.add_argument("--trainees", type=int, default=20, help="K distinct bundles")
    parser.add_argument("--entries", type=int, default=100, help="E entries a trainee")
    parser.add_argument("--jobs", default="1,2", help="the --jobs values to compare")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    jobs = [int(j) for j in args.jobs.split(",")]
    folder = prepare(args.trainees, args.entries)
    received = fill(folder, args.bundles)
    runs: dict[int, list[tuple[float, float, float]]] = {j: [] for j in jobs}
    load = os.getloadavg()[0]
    for _ in range(args.repeat):
        for value in jobs:  # taking turns, so a busy minute weighs on every value alike
            runs[value].append(measure(folder, received, value))
    print(
        f"evtdesk review of {args.bundles} bundles ({args.trainees} distinct, {args.entries} "
        f"entries each), {os.cpu_count()} cores, load average {load:.1f} before and "
        f"{os.getloadavg()[0]:.1f} after, {args.repeat} run(s) each:"
    )
    base = statistics.median(r[0] for r in runs[jobs[0]])
    for value in jobs:
        seconds = statistics.median(r[0] for r in runs[value])
        cpu = statistics.median(r[1] for r in runs[value])
        peak = max(r[2] for r in runs[value])
        print(
            f"  --jobs {value}: {seconds:.2f} s ({1000 * seconds / args.bundles:.0f} ms a "
            f"bundle), CPU {cpu:.1f} s, peak {peak:.0f} MiB; {base / seconds:.2f} × the "
            f"speed of --jobs {jobs[0]}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
