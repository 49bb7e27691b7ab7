"""Imports and exports: throughput against a bare executemany, and peak memory of the
command line's `import` and `export` of bundle files.

- `step_import_ratio`: the same synthetic bundle into a new store, alternately through
  `FactStore.import_bundle` and through a bare `executemany` of the very same rows (names
  already resolved to ids, rows built before the clock starts) into the same schema, in
  one transaction: the store's facts/s over the bare facts/s, by wall clock and by this
  process's CPU time (steadier on a shared machine, where other jobs stretch both).
  `python -m bench.importing N [ROUNDS]` runs it alone and prints the ratios.
- `step_file_memory`: writes the bundle as a JSON file (a piece at a time), then runs
  `salesbot import FILE` into a new store and `salesbot export` of that store as new
  processes under /usr/bin/time: their peak RSS, seconds, and the file sizes.
"""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any

from bench.steps import SHARED, _remove_store, peak_rss_mb, salesbot_command

NOW = "2026-01-01T00:00:00+00:00"


def _bundle(n: int) -> Any:
    from bench.queries import query_set, question_words
    from bench.synth import build

    return build(n, question_words(query_set())).bundle


def bare_rows(bundle: Any) -> dict[str, list[tuple]]:
    """The rows an import of BUNDLE into an empty store writes, ids assigned in order."""
    entity_ids = {e.name: i for i, e in enumerate(bundle.entities, 1)}
    metric_ids = {m.name: i for i, m in enumerate(bundle.metrics, 1)}
    source_ids = {s.key: i for i, s in enumerate(bundle.sources, 1)}
    return {
        "entities": [
            (SHARED, e.name, e.fiscal_year_end, e.fiscal_year_named_by, "bench", NOW)
            for e in bundle.entities
        ],
        "aliases": [
            (entity_ids[e.name], alias, SHARED) for e in bundle.entities for alias in e.aliases
        ],
        "metrics": [(SHARED, m.name, m.unit, "bench", NOW) for m in bundle.metrics],
        "synonyms": [
            (metric_ids[m.name], phrase, SHARED) for m in bundle.metrics for phrase in m.synonyms
        ],
        "sources": [
            (
                SHARED,
                s.key,
                s.title,
                s.publisher,
                s.url,
                s.published.isoformat() if s.published else None,
                s.text,
                "bench",
                NOW,
            )
            for s in bundle.sources
        ],
        "facts": [
            (
                SHARED,
                entity_ids[f.entity],
                metric_ids[f.metric],
                f.kind.value,
                f.period.start.isoformat(),
                f.period.end.isoformat(),
                f.value,
                f.unit,
                f.as_of.isoformat(),
                source_ids[f.source],
                f.quote,
                "bench",
                NOW,
            )
            for f in bundle.facts
        ],
    }


INSERTS = {
    "entities": "INSERT INTO entities (scope, name, fiscal_year_end, fiscal_year_named_by,"
    " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
    "aliases": "INSERT INTO aliases (entity_id, alias, scope) VALUES (?, ?, ?)",
    "metrics": "INSERT INTO metrics (scope, name, unit, created_by, created_at)"
    " VALUES (?, ?, ?, ?, ?)",
    "synonyms": "INSERT INTO synonyms (metric_id, phrase, scope) VALUES (?, ?, ?)",
    "sources": "INSERT INTO sources (scope, key, title, publisher, url, published, text,"
    " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "facts": "INSERT INTO facts (scope, entity_id, metric_id, kind, period_start, period_end,"
    " value, unit, as_of, source_id, quote, created_by, created_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
}


def _bare_import(rows: dict[str, list[tuple]], db: Path) -> tuple[float, float]:
    """Wall and CPU seconds of the bare executemany of ROWS into a new store's schema."""
    from bot.facts.store import FactStore

    _remove_store(db)
    FactStore.open(db).close()  # the same schema, empty
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    t, cpu = time.perf_counter(), time.process_time()
    conn.execute("BEGIN")
    for table, sql in INSERTS.items():
        conn.executemany(sql, rows[table])
    conn.execute("COMMIT")
    seconds, cpu_seconds = time.perf_counter() - t, time.process_time() - cpu
    conn.close()
    return seconds, cpu_seconds


def _store_import(bundle: Any, db: Path) -> tuple[float, float]:
    """Wall and CPU seconds of `FactStore.import_bundle` of BUNDLE into a new store."""
    from bot.facts.store import FactStore

    _remove_store(db)
    store = FactStore.open(db)
    t, cpu = time.perf_counter(), time.process_time()
    store.import_bundle(bundle, actor="bench", scope=SHARED)
    seconds, cpu_seconds = time.perf_counter() - t, time.process_time() - cpu
    store.close()
    return seconds, cpu_seconds


def step_import_ratio(n: int, db: Path, rounds: int) -> dict:
    bundle = _bundle(n)
    rows = bare_rows(bundle)
    store_s, bare_s, store_cpu, bare_cpu = [], [], [], []
    for _ in range(rounds):  # alternated, so a burst of other work hits both alike
        wall, cpu = _store_import(bundle, db)
        store_s.append(wall)
        store_cpu.append(cpu)
        gc.collect()
        wall, cpu = _bare_import(rows, db)
        bare_s.append(wall)
        bare_cpu.append(cpu)
        gc.collect()
    _remove_store(db)
    facts = len(bundle.facts)
    return {
        "facts": facts,
        "store_s": store_s,
        "bare_s": bare_s,
        "store_cpu_s": store_cpu,
        "bare_cpu_s": bare_cpu,
        "store_facts_per_s": [facts / s for s in store_s],
        "bare_facts_per_s": [facts / s for s in bare_s],
        "ratio_each": [b / s for s, b in zip(store_s, bare_s, strict=True)],
        "cpu_ratio_each": [b / s for s, b in zip(store_cpu, bare_cpu, strict=True)],
        "peak_rss_mb": peak_rss_mb(),
    }


def main(argv: list[str]) -> None:
    import statistics
    import tempfile

    n = int(argv[0]) if argv else 100_000
    rounds = int(argv[1]) if len(argv) > 1 else 3
    with tempfile.TemporaryDirectory(prefix="salesbot-import-ratio-") as tmp:
        x = step_import_ratio(n, Path(tmp) / "ratio.db", rounds)
    for i in range(rounds):
        print(
            f"round {i + 1}: store {x['store_facts_per_s'][i]:,.0f} facts/s, bare"
            f" {x['bare_facts_per_s'][i]:,.0f} facts/s: {x['ratio_each'][i]:.2f}× by wall"
            f" clock, {x['cpu_ratio_each'][i]:.2f}× by CPU time"
        )
    print(
        f"import throughput at {n:,} facts over a bare executemany of the same rows: median"
        f" {statistics.median(x['ratio_each']):.2f}× (wall), "
        f"{statistics.median(x['cpu_ratio_each']):.2f}× (CPU); goal ≥ 0.5×"
    )


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])


# -- bundle files --------------------------------------------------------------------------


def write_bundle_file(bundle: Any, path: Path, chunk: int = 10_000) -> None:
    """The bundle's JSON (`dump_bundle`'s form) written a chunk of rows at a time."""
    from dataclasses import replace

    from bot.facts.bundle import Bundle, dump_bundle

    empty = Bundle((), (), (), ())
    with path.open("w", encoding="utf-8") as out:
        out.write("{")
        for i, key in enumerate(("entities", "metrics", "sources", "facts")):
            rows = getattr(bundle, key)
            out.write(("," if i else "") + f'\n"{key}": [')
            for start in range(0, len(rows), chunk):
                part = replace(empty, **{key: tuple(rows[start : start + chunk])})
                items = dump_bundle(part)[key]
                text = ",\n".join(json.dumps(x, ensure_ascii=False) for x in items)
                out.write(("," if start else "") + "\n" + text)
            out.write("\n]")
        out.write("\n}\n")


def _timed_command(args: list[str]) -> dict:
    """ARGS as a new process under /usr/bin/time: peak RSS (MB) and wall seconds."""
    stats = Path(f"/tmp/salesbot-bench-time-{os.getpid()}")
    t = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", "-o", str(stats), *args],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - t
    if done.returncode != 0:
        raise RuntimeError(f"{args} failed: {done.stderr[-2000:]}")
    peak_kb = int(stats.read_text().split()[-1])
    stats.unlink()
    return {"peak_rss_mb": peak_kb / 1024, "seconds": seconds, "output": done.stdout.strip()}


def step_file_memory(n: int, workdir: Path) -> dict:
    workdir.mkdir(parents=True, exist_ok=True)
    bundle_file = workdir / f"bundle-{n}.json"
    export_file = workdir / f"export-{n}.json"
    db = workdir / f"imported-{n}.db"
    bundle = _bundle(n)
    write_bundle_file(bundle, bundle_file)
    del bundle
    gc.collect()
    _remove_store(db)
    command = salesbot_command()
    imported = _timed_command([*command, "--db", str(db), "--empty", "import", str(bundle_file)])
    exported = _timed_command([*command, "--db", str(db), "export", str(export_file)])
    out = {
        "facts": n,
        "bundle_mb": bundle_file.stat().st_size / 2**20,
        "export_mb": export_file.stat().st_size / 2**20,
        "import": imported,
        "export": exported,
    }
    for path in (bundle_file, export_file):
        path.unlink()
    _remove_store(db)
    return out
