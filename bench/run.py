"""Run the measurements, each step in its own process, and keep every raw figure.

python -m bench run                               # every phase, N = 1k, 10k, 1M
python -m bench run --phases answering,cold       # some phases again (the rest is kept)
python -m bench run --sizes 1000,1000000,10000000 # with the 10M store (made in parts)

Phases (results.json keeps one entry per phase; a phase run again replaces its entry):
- stores:     each N's synthetic store, made once (kept in --workdir; `--remake`)
- answering:  `bench.answering` for every N, round-robin, three rounds: side by side;
              then the smallest N and 1M warm in one process (`step_warm_sizes`)
- cold:       `salesbot ask` beside `python -c "import sqlite3, json"`, seeded store and N
- vocabulary: the vocabulary after a write (`bench.vocabulary`), every N up to 1M
- imports:    `FactStore.import_bundle` beside a bare executemany (10k and the largest N
              up to 1M)
- files:      peak memory of `salesbot import` / `export` of bundle files, 10k and 1M
- load:       500 questions from 50 users through the Discord layer, five runs (1M store)
- naive:      the rapidfuzz scan over every fact, for comparison
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

PHASES = ("stores", "answering", "cold", "vocabulary", "imports", "files", "load", "naive")
ROUNDS = 5  # answering processes per N
WARM_PASSES = 2
# issue 12's 1M-over-1k warm ratio, both stores in one process (`step_warm_sizes`)
SIDE_BY_SIDE_ROUNDS = 3
SIDE_BY_SIDE_PASSES = 4
MILLION = 1_000_000
NAIVE_SECONDS_BUDGET = 45  # the naive scan of 1M facts takes ~1 s a question: sample at most
LOAD_RUNS = 5
VOCABULARY_ROUNDS = 9  # writes, each timed; a fraction of a millisecond each, so several
QUESTION = "how many phones did sony sell in fiscal 2013"
IN_MEMORY_LIMIT = 1_000_000  # larger stores are made in parts (their bundle would not fit)


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
        "load_average": os.getloadavg(),
    }


def store_path(workdir: Path, n: int) -> Path:
    return workdir / f"store-{n}.db"


def run(
    sizes: list[int],
    phases: list[str],
    workdir: Path,
    out: Path,
    *,
    remake: bool = False,
    log: Callable[[str], None] = print,
) -> dict:
    workdir.mkdir(parents=True, exist_ok=True)
    results = json.loads(out.read_text()) if out.exists() else {}
    results["sizes"] = sorted({*map(int, results.get("sizes", [])), *sizes})

    def save(phase: str, value: object) -> None:
        results[phase] = value
        results.setdefault("when", {})[phase] = time.strftime("%Y-%m-%d %H:%M:%S UTC")
        results.setdefault("machine", {})[phase] = machine()
        out.write_text(json.dumps(results, indent=2))

    largest_in_memory = max([n for n in sizes if n <= IN_MEMORY_LIMIT], default=sizes[0])
    if "stores" in phases:
        made = dict(results.get("stores", {}))
        for n in sizes:
            db = store_path(workdir, n)
            if db.exists() and not remake and str(n) in made:
                continue
            if n <= IN_MEMORY_LIMIT:
                made[str(n)] = {"how": "import", **_step("import", str(n), str(db))}
            else:
                made[str(n)] = {"how": "parts", **_step("generate", str(n), str(db))}
            log(f"store N={n:,}: {made[str(n)]}")
            save("stores", made)
    if "answering" in phases:
        answering: dict[str, list] = {str(n): [] for n in sizes}
        for r in range(ROUNDS):
            for n in sizes:
                x = _step("answering", str(store_path(workdir, n)), str(WARM_PASSES))
                answering[str(n)].append(x)
                log(
                    f"answering N={n:,} round {r + 1}: fresh first p50"
                    f" {x['fresh']['first']['p50_ms']:.2f} warm"
                    f" {x['fresh']['warm'][-1]['p50_ms']:.2f}; query first"
                    f" {x['query']['first']['p50_ms']:.2f} warm"
                    f" {x['query']['warm'][-1]['p50_ms']:.2f} ms;"
                    f" {x['query']['correct']}/{x['query']['questions']},"
                    f" fresh {x['fresh']['correct']}/{x['fresh']['questions']}"
                )
        save("answering", answering)
        small = min(sizes)
        if small < MILLION and MILLION in sizes:
            side_by_side = []
            for r in range(SIDE_BY_SIDE_ROUNDS):
                x = _step(
                    "warm-sizes",
                    str(store_path(workdir, small)),
                    str(store_path(workdir, MILLION)),
                    str(SIDE_BY_SIDE_PASSES),
                )
                side_by_side.append({"small": small, **x})
                log(
                    f"warm {small:,} and 1M side by side, round {r + 1}: p50 per pass "
                    + ", ".join(
                        f"{p['small']['p50_ms']:.2f}/{p['big']['p50_ms']:.2f}" for p in x["passes"]
                    )
                )
            save("warm_sizes", side_by_side)
    if "cold" in phases:
        cold = {"seeded": _step("seeded-cold", "9")}
        log(f"cold seeded: {cold['seeded']['median_ms']:.0f} ms")
        for n in sizes:
            cold[str(n)] = _step("cold", str(store_path(workdir, n)), "7", QUESTION)
            log(f"cold N={n:,}: {cold[str(n)]['median_ms']:.0f} ms")
        save("cold", cold)
    if "vocabulary" in phases:
        vocabulary = {}
        for n in [n for n in sizes if n <= IN_MEMORY_LIMIT]:
            vocabulary[str(n)] = _step(
                "vocabulary", str(store_path(workdir, n)), str(VOCABULARY_ROUNDS)
            )
            log(f"vocabulary N={n:,}: {vocabulary[str(n)]}")
        save("vocabulary", vocabulary)
    if "imports" in phases:
        imports = {}
        for n in sorted({10_000, largest_in_memory}):
            rounds = "3" if n <= 100_000 else "2"
            imports[str(n)] = _step("import-ratio", str(n), str(workdir / "ratio.db"), rounds)
            log(f"import ratio N={n:,}: {imports[str(n)]['ratio_each']}")
        save("imports", imports)
    if "files" in phases:
        files = {}
        for n in sorted({10_000, largest_in_memory}):
            files[str(n)] = _step("files", str(n), str(workdir / "files"))
            log(f"files N={n:,}: {files[str(n)]}")
        save("files", files)
    if "load" in phases:
        db = store_path(workdir, largest_in_memory)
        runs = []
        for i in range(LOAD_RUNS):
            runs.append(_step("load", str(db), "freeze"))
            log(f"load run {i + 1}: worst lag {runs[-1]['loop_lag_max_ms']:.1f} ms")
        save("load", {"db_facts": largest_in_memory, "runs": runs})
    if "naive" in phases:
        naive = {}
        for n in [n for n in sizes if n <= IN_MEMORY_LIMIT]:
            db = str(store_path(workdir, n))
            probe = _step("naive", db, "40", "75")
            per_question = probe["p50_ms"] / 1e3
            every = max(1, min(40, round(per_question * 331 / NAIVE_SECONDS_BUDGET)))
            naive[str(n)] = probe if every == 40 else _step("naive", db, str(every), "75")
            log(f"naive N={n:,}: {naive[str(n)]}")
        save("naive", naive)
    return results
