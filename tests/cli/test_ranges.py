"""Ranges through the real command line: add, edit, show, export, import, ask --json."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import refused, run
from tests.facts.test_ranges import bundle_data


def velora_store(tmp_path: Path, **fact_changes) -> tuple[Path, Path]:
    """An empty store's path and a bundle file of one Velora Motors fact."""
    bundle = tmp_path / "velora.json"
    bundle.write_text(json.dumps(bundle_data(**fact_changes)))
    return tmp_path / "store.db", bundle


def test_facts_add_and_edit_accept_a_range(tmp_path: Path) -> None:
    db, bundle = velora_store(tmp_path, value_high=None)
    run("--empty", "import", str(bundle), db=db)
    added = run(
        "facts", "add", "--entity", "Velora Motors", "--metric", "operating margin",
        "--kind", "forecast", "--period", "2024", "--value", "6%–7%",
        "--source", "velora-outlook",
        "--quote", "It forecasts an operating margin of 6% to 7% for the year.", db=db,
    ).stdout  # fmt: skip
    fact_id = added.split("#")[1].split()[0]
    exported = json.loads(run("export", "-", db=db).stdout)["facts"]
    margin = next(f for f in exported if f["metric"] == "operating margin")
    assert (margin["value"], margin["value_high"], margin["unit"]) == (6, 7, "percent")
    run("facts", "edit", fact_id, "--value", "6.5%", db=db)
    exported = json.loads(run("export", "-", db=db).stdout)["facts"]
    margin = next(f for f in exported if f["metric"] == "operating margin")
    assert margin["value"] == 6.5 and "value_high" not in margin
    run("facts", "edit", fact_id, "--value", "6 to 7.5%", db=db)
    assert "6% to 7.5%" in run("facts", "show", fact_id, db=db).stdout


def test_a_reversed_range_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    db, bundle = velora_store(tmp_path)
    run("--empty", "import", str(bundle), db=db)
    before = run("export", "-", db=db).stdout
    message = refused(
        run(
            "facts", "add", "--entity", "Velora Motors", "--metric", "motorcycles shipped",
            "--kind", "forecast", "--period", "2025", "--value", "217,000 to 212,000",
            "--source", "velora-outlook",
            "--quote", "expects to ship 212,000 to 217,000 motorcycles", db=db, check=False,
        )
    )  # fmt: skip
    assert "range" in message
    assert run("export", "-", db=db).stdout == before


def test_the_json_answer_carries_value_high(tmp_path: Path) -> None:
    db, bundle = velora_store(tmp_path)
    run("--empty", "import", str(bundle), db=db)
    data = json.loads(
        run("ask", "--json", "Velora Motors motorcycles shipped forecast 2024", db=db).stdout
    )
    (fact,) = [f for f in data["facts"] if f["entity"] == "Velora Motors"]
    assert (fact["value"], fact["value_high"]) == (212000, 217000)
