"""How long unlocking takes with the default Argon2id cost (target: about 0.5 s).

Run: .venv/bin/python benchmarks/bench_kdf.py
"""

from __future__ import annotations

import os
import statistics
import time

from evtdesk.store.keys import KdfParams, derive


def main() -> None:
    params = KdfParams()
    salt = os.urandom(16)
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        derive("benchmark passphrase", salt, params)
        runs.append(time.perf_counter() - start)
    print(
        f"argon2id m={params.memory_kib} KiB t={params.iterations} p={params.parallelism}: "
        f"median {statistics.median(runs):.3f} s, min {min(runs):.3f} s, max {max(runs):.3f} s"
    )


if __name__ == "__main__":
    main()
