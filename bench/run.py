"""Run every measurement for every N, each step in its own process, and collect the figures.

python -m bench run --sizes 1000,10000,100000,1000000 --runs 3
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

NAIVE_SECONDS_BUDGET = 90  # the naive scan of 1M facts takes ~1 s a question: sample at most


def _step(*args: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "bench.steps", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    if done.returncode != 0:
        raise RuntimeError(f"step {args} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = int(line.split()[1]) // 1024 // 1024
    except OSError:
        pass
    import sqlite3

    import rapidfuzz

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": mem,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "rapidfuzz": rapidfuzz.__version__,
        "os": platform.platform(),
    }


def run(sizes: list[int], runs: int, workdir: Path, out: Path, log=print) -> dict:
    workdir.mkdir(parents=True, exist_ok=True)
    results = {
        "machine": machine(),
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
        "runs": runs,
        "sizes": {},
    }
    log(f"machine: {results['machine']}")
    results["seeded_cold_start"] = _step("seeded-cold", "9")
    log(f"seeded cold start: {results['seeded_cold_start']}")
    for n in sizes:
        db = workdir / f"store-{n}.db"
        entry: dict = {}
        # three imports into a new file each (the last one's store is kept); median figures
        imports = [_step("import", str(n), str(db)) for _ in range(3)]
        entry["import"] = dict(imports[-1])
        for key in ("import_s", "facts_per_s", "generate_s"):
            entry["import"][key] = statistics.median(x[key] for x in imports)
        entry["import"]["import_peak_rss_mb"] = max(x["import_peak_rss_mb"] for x in imports)
        entry["import"]["facts_per_s_each"] = [x["facts_per_s"] for x in imports]
        log(f"N={n:,} import: {entry['import']}")
        # three processes of RUNS passes each: this machine is shared, so a pass can be hit
        # by another process's burst; the headline is the median over all the passes
        tries = [_step("query", str(db), str(runs)) for _ in range(3)]
        q = dict(tries[0])
        q["passes"] = [p for t in tries for p in t["passes"]]
        for key in ("p50_ms", "p99_ms", "max_ms", "mean_ms"):
            q[key] = statistics.median(p[key] for p in q["passes"])
        q["query_peak_rss_mb"] = max(t["query_peak_rss_mb"] for t in tries)
        q["open_and_first_answer_ms"] = statistics.median(
            t["open_and_first_answer_ms"] for t in tries
        )
        q["correct_each"] = [t["correct"] for t in tries]
        entry["query"] = q
        log(
            f"N={n:,} query: p50 {q['p50_ms']:.2f} ms, p99 {q['p99_ms']:.2f} ms, "
            f"max {q['max_ms']:.2f} ms, accuracy {q['correct']}/{q['questions']}, "
            f"peak RSS {q['query_peak_rss_mb']:.0f} MB"
        )
        # the naive scan: every question while it is quick, an even sample when it is not
        probe = _step("naive", str(db), "40", "75")
        per_question = probe["p50_ms"] / 1e3
        every = max(1, min(40, round(per_question * q["questions"] / NAIVE_SECONDS_BUDGET)))
        entry["naive"] = probe if every == 40 else _step("naive", str(db), str(every), "75")
        log(f"N={n:,} naive: {entry['naive']}")
        entry["cold_start"] = _step(
            "cold", str(db), "5", "how many phones did sony sell in fiscal 2013"
        )
        log(f"N={n:,} cold start: {entry['cold_start']}")
        results["sizes"][str(n)] = entry
        out.write_text(json.dumps(results, indent=2))
    return results
