"""`salesbot ingest` and `salesbot review` through the real command line (click's runner),
against a temporary store."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from bot.cli import cli
from tests.ingest.conftest import REPORTS, SEEDS

FY13 = "2013-04-01/2014-03-31"


def run(db, *args, ok: bool = True):
    result = CliRunner().invoke(cli, ["--db", str(db), "--empty", *args], catch_exceptions=True)
    if ok:
        assert result.exit_code == 0, (result.output, result.exception)
    return result


@pytest.fixture
def db(tmp_path):
    return tmp_path / "store.db"


def _ingest_seed(db, name="000_aebab6e0bc5019f1.txt", published="2014-05-14", *extra):
    return json.loads(
        run(db, "ingest", str(SEEDS / name), "--published", published, *extra, "--json").output
    )


def test_ingest_prints_candidates_in_the_bundle_fact_format(db):
    rows = _ingest_seed(
        db,
        "000_aebab6e0bc5019f1.txt",
        "2014-05-14",
        "--entity",
        "Sony",
        "--fiscal-year-end",
        "03-31",
        "--named-by",
        "start",
    )
    assert rows and all(isinstance(r["candidate"], int) for r in rows)
    first = rows[0]
    for key in ("entity", "metric", "kind", "period", "value", "unit", "as_of", "source", "quote"):
        assert key in first
    assert any(
        r["value"] == 39000000 and r["period"] == FY13 and r["kind"] == "actual" for r in rows
    )
    assert first["fiscal_year_end"] == "03-31" and first["new_entity"] is True


def test_nothing_reaches_answers_before_approval(db):
    _ingest_seed(
        db,
        "000_aebab6e0bc5019f1.txt",
        "2014-05-14",
        "--entity",
        "Sony",
        "--fiscal-year-end",
        "03-31",
        "--named-by",
        "start",
    )
    answer = json.loads(
        run(db, "ask", "--json", "how many phones did sony sell in fiscal 2013").output
    )
    assert answer["status"] == "unknown"


def test_review_approve_reject_and_correct(db):
    rows = _ingest_seed(
        db,
        "000_aebab6e0bc5019f1.txt",
        "2014-05-14",
        "--entity",
        "Sony",
        "--fiscal-year-end",
        "03-31",
        "--named-by",
        "start",
    )
    sold = next(r for r in rows if r["value"] == 39000000)
    growth = next(r for r in rows if r["unit"] == "percent")
    listing = run(db, "review").output
    assert f"#{sold['candidate']}" in listing and "smartphones sold" in listing
    out = run(
        db, "review", "--approve", str(sold["candidate"]), "--reject", str(growth["candidate"])
    )
    assert "approved" in out.output and "rejected" in out.output
    answer = json.loads(
        run(db, "ask", "--json", "how many phones did sony sell in fiscal 2013").output
    )
    assert answer["status"] == "answered" and answer["facts"][0]["value"] == 39000000
    assert answer["facts"][0]["quote"] == sold["quote"]
    # correct a field while approving
    loss = next(r for r in rows if r["metric"] == "net loss" and r["kind"] == "actual")
    run(
        db,
        "review",
        "--approve",
        str(loss["candidate"]),
        "--set",
        str(loss["candidate"]),
        "value=$1.3 billion",
    )
    answer = json.loads(run(db, "ask", "--json", "sony net loss fy2013").output)
    assert answer["facts"][0]["value"] == 1300000000
    # decided candidates are no longer pending; deciding again is refused
    pending = json.loads(run(db, "review", "--json").output)
    assert sold["candidate"] not in {r["candidate"] for r in pending}
    again = run(db, "review", "--approve", str(sold["candidate"]), ok=False)
    assert again.exit_code == 2 and "already approved" in again.output


def test_approve_all_builds_a_store_that_answers(db):
    _ingest_seed(
        db,
        "000_aebab6e0bc5019f1.txt",
        "2014-05-14",
        "--entity",
        "Sony",
        "--fiscal-year-end",
        "03-31",
        "--named-by",
        "start",
    )
    _ingest_seed(db, "002_ae097e13ff0e5f73.txt", "2013-10-31")  # Sony found in the text
    out = run(db, "review", "--approve-all").output
    assert "0 failed" in out
    for question, value in [
        ("what is sony aiming to sell next year", 50000000),
        ("xperia handsets sold in july-september 2012", 8800000),
        ("sony's profit outlook before the downgrade", 50000000000),
    ]:
        answer = json.loads(run(db, "ask", "--json", question).output)
        assert answer["status"] == "answered" and answer["facts"][0]["value"] == value, question
    assert run(db, "review").output.strip() == "no pending candidates"


def test_ingesting_the_same_report_twice_proposes_nothing_new(db):
    _ingest_seed(
        db,
        "002_ae097e13ff0e5f73.txt",
        "2013-10-31",
        "--entity",
        "Sony",
        "--fiscal-year-end",
        "03-31",
        "--named-by",
        "start",
    )
    again = run(db, "ingest", str(SEEDS / "002_ae097e13ff0e5f73.txt"), "--published", "2013-10-31")
    assert "no new candidate facts" in again.output


def test_ingest_into_the_seeded_store_reuses_its_names(tmp_path):
    db = tmp_path / "seeded.db"
    result = CliRunner().invoke(
        cli,
        [
            "--db",
            str(db),
            "ingest",
            str(SEEDS / "000_aebab6e0bc5019f1.txt"),
            "--published",
            "2014-05-14",
            "--key",
            "again",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {r["metric"] for r in rows} <= {
        "smartphones sold",
        "net loss",
        "mobile and PC unit sales growth",
        "group profit",
    }
    assert not any(r.get("new_entity") or r.get("new_metric") for r in rows)


def test_html_and_markdown_reports(db):
    rows = json.loads(
        run(
            db,
            "ingest",
            str(REPORTS / "tailspin_news.html"),
            "--entity",
            "Tailspin Toys",
            "--fiscal-year-end",
            "01-31",
            "--named-by",
            "end",
            "--json",
        ).output
    )
    assert rows and rows[0]["as_of"] == "2024-03-05"  # the page's own date
    rows = json.loads(
        run(
            db, "ingest", str(REPORTS / "contoso_summary.md"), "--published", "2024-10-24", "--json"
        ).output
    )
    assert {r["entity"] for r in rows} == {"Contoso Motors"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ingest", "missing.txt", "--published", "2014-05-14"], "no such report file"),
        (["ingest", "{seed}", "--published", "14 May"], "must be a date"),
        (
            ["ingest", "{seed}", "--published", "2014-05-14", "--fiscal-year-end", "13-40"],
            "fiscal year end month 13",
        ),
        (["ingest", "{seed}"], "publication date"),
        (["review", "--approve", "x1"], "not a candidate id"),
        (["review", "--approve", "99"], "no candidate #99"),
    ],
)
def test_bad_input_is_one_clear_line(db, args, message):
    args = [a.replace("{seed}", str(SEEDS / "000_aebab6e0bc5019f1.txt")) for a in args]
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(db), "--empty", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr


def test_a_long_report_shows_progress_on_stderr_and_keeps_stdout_json(db, tmp_path):
    from bot.cli.ingest import PROGRESS_FROM

    sentence = "Kite sold 3 million kites in 2015. The weather was fine all year long. "
    path = tmp_path / "long.txt"
    path.write_text("Kite annual report\n\n" + sentence * (PROGRESS_FROM // len(sentence) + 10))
    result = run(db, "ingest", str(path), "--published", "2016-02-01", "--entity", "Kite", "--json")
    assert "reading the report" in result.stderr and "100%" in result.stderr
    rows = json.loads(result.stdout)
    assert [(r["metric"], r["value"]) for r in rows] == [("kites sold", 3000000)]


def test_a_new_companys_calendar_is_proposed_from_the_report(db, tmp_path):
    path = tmp_path / "wren.txt"
    path.write_text(
        "Wren Foods reports results\n\n"
        "Wren Foods said revenue for its fiscal year ended June 30, 2024 rose to $5 billion.\n"
    )
    out = run(db, "ingest", str(path), "--published", "2024-08-01", "--entity", "Wren Foods")
    assert "fiscal year ends 06-30, named by its end year — proposed from the report" in out.output
    [row] = json.loads(run(db, "review", "--json").output)
    assert row["period"] == "2023-07-01/2024-06-30"
    assert row["fiscal_year_end"] == "06-30" and "June 30, 2024" in row["calendar_evidence"]
    run(db, "review", "--approve-all")
    answer = json.loads(run(db, "ask", "--json", "wren foods revenue fy2024").output)
    assert answer["status"] == "answered" and answer["facts"][0]["value"] == 5e9


def test_a_report_that_states_no_calendar_keeps_calendar_years(db, tmp_path):
    path = tmp_path / "wren.txt"
    path.write_text("Wren Foods news\n\nWren Foods said it sold 3 million pies in 2023.\n")
    out = run(db, "ingest", str(path), "--published", "2024-02-01", "--entity", "Wren Foods")
    assert "calendar years" in out.output and "proposed" not in out.output
