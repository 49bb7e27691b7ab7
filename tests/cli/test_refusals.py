"""Bad input through the real command line: one clear refusal (exit 2), nothing changed.

Also: another application's database is left untouched, twenty concurrent writers all get
their turn, and a store held busy too long says so."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.cli.test_cli import refused, run

QUOTE = "Sony said it sold 39 million smartphones last year"


def add_args(value: str = "40M", period: str = "FY2014", **extra: str) -> list[str]:
    fields = {
        "entity": "Sony", "metric": "smartphones sold", "kind": "actual", "period": period,
        "value": value, "source": "sony-fy2013-results", "quote": QUOTE, **extra,
    }  # fmt: skip
    return ["facts", "add", *(a for k, v in fields.items() for a in (f"--{k}", v))]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    run("sources", "list", db=path)  # created and seeded
    return path


def snapshot(db: Path) -> str:
    return run("export", "-", db=db).stdout


@pytest.mark.parametrize("value", ["1e37", "1" + "0" * 37, "9" * 400, "-2e18"])
def test_values_beyond_the_range_are_refused_by_facts_add(db: Path, value: str) -> None:
    before = snapshot(db)
    message = refused(run(*add_args(value), db=db, check=False))
    assert "out of range" in message or "not a number" in message
    assert snapshot(db) == before


@pytest.mark.parametrize("value", ["1e37", "1" + "0" * 400])
def test_values_beyond_the_range_are_refused_in_a_bundle(db: Path, tmp_path: Path,
                                                         value: str) -> None:  # fmt: skip
    data = json.loads(snapshot(db))
    data["facts"][0]["value"] = json.loads(value)
    bundle = tmp_path / "big.json"
    bundle.write_text(json.dumps(data))
    before = snapshot(db)
    assert "value" in refused(run("import", str(bundle), db=db, check=False))
    assert snapshot(db) == before


def test_a_batch_answers_every_line_however_bad(db: Path) -> None:
    lines = [
        "sony smartphones sold fy2013",
        "did sony sell " + "9" * 38 + " phones",
        "9" * 400,
        "sony " + "1e999",
        "",
        "sony net loss fy2013",
    ]
    stdin = "\n".join(lines).encode() + b"\n\xff\xfe not utf-8 sony\n"
    out = subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(db), "ask", "--json", "-"],
        input=stdin, capture_output=True, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    answers = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert len(answers) == 6
    assert answers[0]["status"] == "answered" and answers[4]["status"] == "answered"


def test_a_question_with_a_38_digit_number_is_answered_not_crashed(db: Path) -> None:
    out = run("ask", "did sony sell " + "1" * 38 + " smartphones in fy2013", db=db)
    assert "39 million" in out.stdout


@pytest.mark.parametrize(
    "bundle_text",
    [
        '{"entities": [{"name": "Acme\\ud800"}]}',  # a lone surrogate
        "[" * 100_000 + "]" * 100_000,  # nested beyond any bundle
        '{"sources": [{"key": "  ", "title": "t", "text": "x"}]}',  # a blank source key
    ],
)
def test_malformed_bundles_are_refused(db: Path, tmp_path: Path, bundle_text: str) -> None:
    bundle = tmp_path / "bad.json"
    bundle.write_text(bundle_text)
    before = snapshot(db)
    refused(run("import", str(bundle), db=db, check=False))
    assert snapshot(db) == before


@pytest.mark.parametrize(
    "args",
    [
        ["facts", "show", str(2**70)],
        ["facts", "edit", str(2**64), "--value", "1"],
        ["facts", "remove", str(2**63)],
        ["facts", "undo", "--change", "999999"],
        ["facts", "undo", "--change", str(2**70)],
    ],
)
def test_missing_or_impossible_ids_are_refused(db: Path, args: list[str]) -> None:
    before = snapshot(db)
    refused(run(*args, db=db, check=False))
    assert snapshot(db) == before


def test_a_blank_source_key_is_refused(db: Path, tmp_path: Path) -> None:
    text = tmp_path / "r.txt"
    text.write_text("Initech sold 3 million staplers.")
    message = refused(
        run(
            "sources", "add", "--key", "  ", "--title", "T", "--file", str(text), db=db, check=False
        )
    )
    assert "key" in message


def test_a_lone_surrogate_in_a_typed_field_is_refused(db: Path) -> None:
    before = snapshot(db)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(db), *add_args(entity="Sony\udcff")],
        capture_output=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert snapshot(db) == before


def test_another_applications_database_is_left_untouched(tmp_path: Path) -> None:
    other = tmp_path / "app.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO orders (total) VALUES (12.5)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    for args in (["facts", "list"], ["ask", "sony phones"], ["sources", "list"]):
        assert "not a SalesBot store" in refused(run(*args, db=other, check=False))
    assert other.read_bytes() == before
    assert not Path(f"{other}-wal").exists()


def test_an_empty_sqlite_file_becomes_a_store(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).execute("VACUUM").connection.close()
    assert "no facts match" in run("facts", "list", db=empty).stdout


def test_a_quote_differing_only_in_whitespace_is_stored_as_the_source_writes_it(
    db: Path,
) -> None:
    typed = "Sony   said it sold 39 million\nsmartphones last year"
    run(*add_args(quote=typed), db=db)
    exported = json.loads(snapshot(db))
    fact = next(f for f in exported["facts"] if f["period"].startswith("2014-04-01")
                and f["kind"] == "actual")  # fmt: skip
    assert fact["quote"] == QUOTE


def test_twenty_concurrent_writers_all_succeed(db: Path) -> None:
    def add(year: int):
        return run(*add_args(period=f"FY{year}"), db=db, check=False)

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(add, range(1990, 2010)))
    failures = [r.stderr for r in results if r.returncode != 0]
    assert failures == []
    listed = run("facts", "list", "--entity", "sony", "--limit", "100", db=db).stdout
    assert sum(f"FY{y} " in listed or f"FY{y}" in listed for y in range(1990, 2010)) == 20


def test_a_store_held_busy_past_the_timeout_says_try_again(db: Path) -> None:
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        before = snapshot(db)  # readers are not blocked
        message = refused(run(*add_args(), db=db, check=False))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "busy" in message and "try again" in message
    assert snapshot(db) == before
