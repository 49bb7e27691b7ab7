"""Import and export at scale: peak memory, throughput, a kill -9 mid-import, and a writer
waiting its turn during an import. Prints measured figures only.

    python -m bench.import_memory                    # 10k and 1M facts
    python -m bench.import_memory --sizes 10000,200000 --kill --concurrent

Each import and export runs as its own `salesbot` process; its peak RSS is that process's
own (os.wait4), so sizes are compared side by side in one run. The throughput baseline is
a bare `executemany` of the same fact rows into the same schema, in one transaction.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FACTS_PER_COMPANY = 200  # 10 metrics x 20 years, one source per company


def write_bundle(path: Path, n_facts: int) -> None:
    """A bundle of N_FACTS facts, written as a stream (never held in memory)."""
    companies = max(1, n_facts // FACTS_PER_COMPANY)
    with path.open("w", encoding="utf-8") as out:
        out.write('{"entities": [')
        out.write(",".join(json.dumps({"name": f"Company {c}"}) for c in range(companies)))
        out.write('], "metrics": [')
        out.write(
            ",".join(json.dumps({"name": f"widgets {m} sold", "unit": "units"}) for m in range(10))
        )
        out.write('], "sources": [')
        for c in range(companies):
            sentences = " ".join(
                f"Company {c} sold {c + m * 7 + y} widgets {m} in {2000 + y}."
                for m in range(10)
                for y in range(20)
            )
            record = {"key": f"report-{c}", "title": f"Company {c} results", "text": sentences}
            out.write(("," if c else "") + json.dumps(record))
        out.write('], "facts": [')
        written = 0
        for c in range(companies):
            for m in range(10):
                for y in range(20):
                    if written == n_facts:
                        break
                    record = {
                        "entity": f"Company {c}", "metric": f"widgets {m} sold",
                        "kind": "actual", "period": f"{2000 + y}-01-01/{2000 + y}-12-31",
                        "value": c + m * 7 + y, "unit": "units", "as_of": f"{2001 + y}-02-01",
                        "source": f"report-{c}",
                        "quote": f"Company {c} sold {c + m * 7 + y} widgets {m} in {2000 + y}.",
                    }  # fmt: skip
                    out.write(("," if written else "") + json.dumps(record))
                    written += 1
        out.write("]}\n")


def salesbot(db: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "--db", str(db), "--empty", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def measured(db: Path, *args: str) -> dict:
    """Run one salesbot command; its wall time, peak RSS and output."""
    start = time.perf_counter()
    proc = salesbot(db, *args)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    out, err = proc.communicate()
    return {
        "seconds": round(time.perf_counter() - start, 2),
        "peak_mb": round(usage.ru_maxrss / 1024, 1),  # KiB on Linux
        "exit": proc.returncode,
        "out": (out.strip() or err.strip())[:200],
    }


def bare_executemany(db: Path, n_facts: int) -> float:
    """Seconds for the same fact rows, ids already known, into the same schema."""
    from bot.facts.store import FactStore

    FactStore.open(db).close()
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO entities (scope, name, created_by, created_at) "
                 "VALUES ('shared', 'E', 'b', 'now')")  # fmt: skip
    conn.execute("INSERT INTO metrics (scope, name, created_by, created_at) "
                 "VALUES ('shared', 'M', 'b', 'now')")  # fmt: skip
    conn.execute("INSERT INTO sources (scope, key, title, text, created_by, created_at) "
                 "VALUES ('shared', 's', 't', 'x', 'b', 'now')")  # fmt: skip
    conn.commit()
    companies = max(1, n_facts // FACTS_PER_COMPANY)
    rows = [
        ("shared", 1, 1, "actual", f"{2000 + y}-01-01", f"{2000 + y}-12-31", float(c + y),
         "units", f"{2001 + y}-02-0{1 + m % 9}", 1, f"Company {c} sold widgets {m}.",
         "b", "now")
        for c in range(companies) for m in range(10) for y in range(20)
    ][:n_facts]  # fmt: skip
    start = time.perf_counter()
    with conn:
        conn.executemany(
            """INSERT OR IGNORE INTO facts (scope, entity_id, metric_id, kind, period_start,
               period_end, value, unit, as_of, source_id, quote, created_by, created_at)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            rows,
        )
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:
        return -1
    finally:
        conn.close()


def kill_run(work: Path, bundle: Path) -> dict:
    """kill -9 an import once some of it is published; the next open must roll it back."""
    db = work / "kill.db"
    salesbot(db, "sources", "list").wait()
    before = count(db, "SELECT count(*) FROM facts")
    proc = salesbot(db, "import", str(bundle))
    published = 0
    while proc.poll() is None:
        published = count(db, "SELECT count(*) FROM facts WHERE import_id IS NOT NULL")
        if published > 0:
            proc.kill()
            break
        time.sleep(0.05)
    proc.wait()
    written = count(db, "SELECT count(*) FROM facts")
    during = count(  # what readers see: none of an import that is not complete
        db,
        "SELECT count(*) FROM facts WHERE import_id IS NULL OR import_id NOT IN "
        "(SELECT id FROM imports WHERE status = 'running')",
    )
    reopen = measured(db, "facts", "list", "--limit", "1")
    after = count(db, "SELECT count(*) FROM facts")
    status = count(db, "SELECT count(*) FROM imports WHERE status = 'failed'")
    return {
        "facts_before": before,
        "facts_written_when_killed": written,
        "facts_visible_when_killed": during,
        "facts_after_reopen": after,
        "rolled_back_imports": status,
        "reopen_seconds": reopen["seconds"],
        "data_changed": after != before,
    }


def concurrent_run(work: Path, bundle: Path) -> dict:
    """`facts add`-like writes from another process while a large import runs."""
    db = work / "busy.db"
    salesbot(db, "sources", "list").wait()
    proc = salesbot(db, "import", str(bundle))
    waits, failures, errors = [], 0, []
    time.sleep(1.0)
    i = 0
    while proc.poll() is None:
        conn = sqlite3.connect(db, timeout=5.0, isolation_level=None)
        start = time.perf_counter()
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE meta SET value = value WHERE key = 'generation'")
            conn.execute("COMMIT")
            waits.append(time.perf_counter() - start)
        except sqlite3.OperationalError as e:
            failures += 1
            errors.append(f"{time.perf_counter() - start:.2f} s: {e}")
        finally:
            conn.close()
        i += 1
        time.sleep(0.2)
    proc.wait()
    return {
        "writes_tried": i,
        "writes_failed": failures,
        "failures": errors[:5],
        "max_wait_ms": round(max(waits, default=0) * 1000, 1),
        "import_exit": proc.returncode,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,1000000")
    parser.add_argument("--kill", action="store_true", help="kill -9 the largest import")
    parser.add_argument("--concurrent", action="store_true", help="write during it")
    options = parser.parse_args()
    sizes = [int(s) for s in options.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="salesbot-import-") as tmp:
        work = Path(tmp)
        results = {}
        for n in sizes:
            bundle = work / f"bundle-{n}.json"
            write_bundle(bundle, n)
            db = work / f"store-{n}.db"
            imported = measured(db, "import", str(bundle))
            exported = measured(db, "export", str(work / f"export-{n}.json"))
            bare = bare_executemany(work / f"bare-{n}.db", n)
            results[n] = {
                "bundle_mb": round(bundle.stat().st_size / 2**20, 1),
                "import": imported,
                "export": exported,
                "facts_per_second": round(n / imported["seconds"]),
                "bare_executemany_seconds": round(bare, 2),
                # the whole command (start-up, reading the JSON file, checking, writing)
                # against inserting ready-made fact rows: the store's own ratio, the same
                # rows both ways, is bench/importing.py's
                "cli_import_vs_bare_fact_rows": round(bare / imported["seconds"], 3),
            }
            print(json.dumps({n: results[n]}), flush=True)
        small, large = results[sizes[0]], results[sizes[-1]]
        print(
            f"peak RSS import: {small['import']['peak_mb']} MB at {sizes[0]:,} facts, "
            f"{large['import']['peak_mb']} MB at {sizes[-1]:,} "
            f"(ratio {large['import']['peak_mb'] / small['import']['peak_mb']:.2f})"
        )
        print(
            f"peak RSS export: {small['export']['peak_mb']} MB at {sizes[0]:,} facts, "
            f"{large['export']['peak_mb']} MB at {sizes[-1]:,} "
            f"(ratio {large['export']['peak_mb'] / small['export']['peak_mb']:.2f})"
        )
        largest = work / f"bundle-{sizes[-1]}.json"
        if options.kill:
            print("kill -9 during import:", json.dumps(kill_run(work, largest)), flush=True)
        if options.concurrent:
            print("writer during import:", json.dumps(concurrent_run(work, largest)), flush=True)


if __name__ == "__main__":
    main()
