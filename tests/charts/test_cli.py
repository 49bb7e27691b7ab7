"""`salesbot chart` through the real entry point (a subprocess) and, where the exit path is
not the point, through click's runner in-process (faster)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli

FACT_KEYS = {"id", "entity", "metric", "period", "kind", "value", "unit", "as_of", "quote",
             "source", "revision", "scope"}  # fmt: skip


def salesbot(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(tmp_path / "store.db"), *args],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )  # fmt: skip


def run(tmp_path: Path, *args: str):
    return CliRunner().invoke(cli, ["--db", str(tmp_path / "store.db"), *args])


@pytest.fixture(scope="module")
def quarterly(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("chart")
    result = salesbot(tmp, "chart", "xperia units by quarter", "-o", "q.png", "--json")
    assert result.returncode == 0, result.stderr
    return tmp, json.loads(result.stdout)


def test_json_lists_the_facts_plotted_in_the_contract_shape(quarterly):
    _, data = quarterly
    assert data["status"] == "answered" and data["intent"] == "trend"
    assert [f["period"]["label"] for f in data["facts"]] == ["Q3 2012", "Q2 2013", "Q3 2013"]
    assert [f["value"] for f in data["facts"]] == [8800000, 9600000, 10000000]
    for fact in data["facts"]:
        assert set(fact) >= FACT_KEYS
        assert fact["source"]["key"] == "sony-q2-fy2013-xperia"
    chart = data["chart"]
    assert chart["title"] == "Sony · smartphones sold"
    assert [p["labels"] for p in chart["panels"]] == [["Q3 2012", "Q2 2013", "Q3 2013"]]
    assert chart["panels"][0]["series"][0]["fact_ids"] == [f["id"] for f in data["facts"]]


def test_the_png_is_written_where_asked(quarterly):
    tmp, data = quarterly
    png = (tmp / "q.png").read_bytes()
    assert png.startswith(b"\x89PNG") and data["chart"]["path"] == "q.png"
    assert data["chart"]["width"] == 1200


def test_text_output_cites_and_names_the_file(tmp_path):
    out = tmp_path / "out.png"
    result = run(tmp_path, "chart", "chart sony smartphone sales", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "“Sony said it sold 39 million smartphones last year" in result.output
    assert f"Chart written to {out}; facts plotted: #" in result.output
    assert out.stat().st_size > 20_000


def test_one_period_prints_the_figure_and_draws_nothing(tmp_path):
    out = tmp_path / "g.png"
    result = run(tmp_path, "chart", "sony unit sales growth", "-o", str(out))
    assert result.exit_code == 1
    assert result.output.startswith(
        "I have Sony's mobile and PC unit sales growth for one period only (FY2013)"
    )
    assert not out.exists()


def test_an_empty_question_is_refused_in_one_line(tmp_path):
    result = salesbot(tmp_path, "chart", " ")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
