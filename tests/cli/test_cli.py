"""The command line through its real entry point (a subprocess), against temporary stores."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SALESBOT = Path(sys.executable).parent / "salesbot"
SEEDS = Path(__file__).resolve().parents[2] / "data" / "seed.json"


def run(
    *args: str,
    db: Path,
    stdin: str | None = None,
    check: bool = True,
    python_flags: tuple[str, ...] = (),
):
    result = subprocess.run(
        [sys.executable, *python_flags, "-m", "bot", "--db", str(db), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "SALESBOT_ACTOR": "tester", "HOME": str(db.parent)},
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


def refused(result) -> str:
    """A refusal is exit status 2 with exactly one line on stderr and no traceback."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_the_console_script_answers_with_a_citation(db: Path) -> None:
    out = subprocess.run(
        [str(SALESBOT), "--db", str(db), "ask", "how mny xperia phones did sony sell in fy13?"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert "Sony sold 39 million smartphones in FY2013 (Apr 2013 – Mar 2014)" in out.stdout
    assert "“Sony said it sold 39 million smartphones last year" in out.stdout
    assert "Source: Sony aims to sell 50M smartphones" in out.stdout


def test_a_question_ends_its_process_after_the_exit_handlers_and_the_output(db: Path) -> None:
    """`salesbot ask` skips the interpreter's teardown: what the teardown would have done
    that matters still happens (exit handlers run, output written, the exit status)."""
    code = (
        "import atexit, sys; atexit.register(lambda: print('handler ran', file=sys.stderr));"
        "from bot.cli import main; main()"
    )
    ask = [sys.executable, "-c", code, "--db", str(db), "ask"]
    env = {"PATH": "/usr/bin:/bin", "HOME": str(db.parent)}
    out = subprocess.run([*ask, "how many phones did sony sell in fy13"], **_text(env))
    assert out.returncode == 0 and "handler ran" in out.stderr
    assert out.stdout.startswith("Sony sold 39 million smartphones in FY2013")
    refused = subprocess.run([*ask, "--scope", "nobody", "sony"], **_text(env))
    assert refused.returncode == 2 and "handler ran" in refused.stderr


@pytest.mark.parametrize("collecting", [True, False])
def test_a_question_asked_in_process_leaves_the_collector_as_it_was(
    db: Path, collecting: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    """The collector rests while the command's modules load; a caller of `main` (not the
    process's own command line) finds it as it was, whether the command ran or failed."""
    import gc

    from bot.cli import main

    (gc.enable if collecting else gc.disable)()
    try:
        asked = ["ask", "how many phones did sony sell in fy13"]
        for args in (asked, ["ask", "--scope", "x", "q"]):
            with pytest.raises(SystemExit):
                main(["--db", str(db), *args])
            assert gc.isenabled() is collecting
    finally:
        gc.enable()
    assert "Sony sold 39 million smartphones" in capsys.readouterr().out


def _text(env: dict[str, str]) -> dict:
    return {"capture_output": True, "text": True, "timeout": 60, "env": env}


def test_json_answer_follows_the_contract(db: Path) -> None:
    data = json.loads(
        run("ask", "--json", "How many phones did Sony sell in fiscal 2013?", db=db).stdout
    )
    assert data["status"] == "answered" and data["suggestions"] == []
    fact = data["facts"][0]
    assert fact["value"] == 39000000 and isinstance(fact["value"], int)
    assert fact["period"] == {"start": "2013-04-01", "end": "2014-03-31", "label": "FY2013"}
    assert (fact["kind"], fact["unit"], fact["as_of"]) == ("actual", "units", "2014-05-14")
    assert set(fact["source"]) >= {"key", "title", "publisher", "url", "published"}
    text = json.loads(run("export", "-", db=db).stdout)["sources"]
    source_text = next(s["text"] for s in text if s["key"] == fact["source"]["key"])
    assert fact["quote"] in source_text


def test_batch_mode_reads_one_question_a_line_in_order(db: Path) -> None:
    questions = [
        "sony smartphone target fy2014",
        "",
        "will it rain in osaka tomorrow",
        "x" * 600,
        "sony net loss fy2013",
    ]
    out = run("ask", "--json", "-", db=db, stdin="\n".join(questions) + "\n").stdout
    answers = [json.loads(line) for line in out.splitlines()]
    assert [a["status"] for a in answers] == ["answered", "unknown", "unknown", "answered"]
    assert answers[0]["facts"][0]["value"] == 50000000
    assert "too long" in answers[2]["answer"] and answers[2]["error"]
    assert answers[3]["facts"][0]["value"] == 1250000000


def test_batch_mode_keeps_a_messages_own_line_breaks_in_its_line(db: Path) -> None:
    """A chat message of several lines goes in a batch with its breaks as U+2028 (one
    question a line); its answer stays one JSON line (a reader's `splitlines` breaks
    lines at U+2028), the quoted line above the question read off."""
    quoted = "> sony's phones were everywhere\u2028how many smartphones did sony sell in fy2013"
    out = run("ask", "--json", "-", db=db, stdin=f"{quoted}\nsony net loss fy2013\n").stdout
    answers = [json.loads(line) for line in out.splitlines()]
    assert [a["status"] for a in answers] == ["answered", "answered"]
    assert answers[0]["facts"][0]["value"] == 39000000
    assert answers[0]["question"] == "how many smartphones did sony sell in fy2013"


def test_unknown_says_so_and_suggests_answerable_questions(db: Path) -> None:
    data = json.loads(run("ask", "--json", "How many smartphones did Samsung sell?", db=db).stdout)
    assert data["status"] == "unknown" and data["facts"] == []
    assert "samsung" in data["answer"].lower()
    assert 1 <= len(data["suggestions"]) <= 3
    for suggestion in data["suggestions"]:  # every suggestion is itself answerable
        again = json.loads(run("ask", "--json", suggestion, db=db).stdout)
        assert again["status"] == "answered", suggestion


@pytest.mark.parametrize("question", ["", "   ", "y" * 501])
def test_empty_or_overlong_questions_are_refused(db: Path, question: str) -> None:
    line = refused(run("ask", question, db=db, check=False))
    assert "question" in line.lower()


def test_empty_store_has_no_facts(db: Path) -> None:
    data = json.loads(run("--empty", "ask", "--json", "sony smartphone sales fy2013", db=db).stdout)
    assert data["status"] == "unknown"


def bundle(**fact_changes) -> dict:
    return {
        "entities": [
            {
                "name": "Acme",
                "aliases": ["Acme Corp"],
                "fiscal_year_end": "06-30",
                "fiscal_year_named_by": "end",
            }
        ],
        "sources": [
            {
                "key": "acme-fy24",
                "title": "Acme FY24 results",
                "publisher": "Acme",
                "url": "https://example.com/acme",
                "published": "2024-08-01",
                "text": "Acme shipped 2.5 million widgets in fiscal 2024, the company said.",
            }
        ],
        "facts": [
            {
                "entity": "Acme",
                "metric": "widgets shipped",
                "kind": "actual",
                "period": "2023-07-01/2024-06-30",
                "value": 2500000,
                "unit": "units",
                "as_of": "2024-08-01",
                "source": "acme-fy24",
                "quote": "Acme shipped 2.5 million widgets in fiscal 2024",
                **fact_changes,
            }
        ],
    }


def write(tmp_path: Path, data) -> Path:
    path = tmp_path / "bundle.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return path


def test_import_then_ask_about_another_company(db: Path, tmp_path: Path) -> None:
    path = write(tmp_path, bundle())
    out = run("import", str(path), db=db).stdout
    assert "sources: 1 added, 0 updated, 0 skipped; facts: 1 added, 0 updated, 0 skipped" in out
    again = run("import", str(path), db=db).stdout
    assert "facts: 0 added, 0 updated, 1 skipped" in again
    data = json.loads(
        run("ask", "--json", "how many widgets did acme ship in fiscal 2024", db=db).stdout
    )
    assert data["status"] == "answered" and data["facts"][0]["value"] == 2500000
    assert data["facts"][0]["period"]["label"] == "FY2024"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("{not json", "not valid JSON"),
        (bundle(value="lots"), "'value' must be a number"),
        (bundle(kind="guess"), "unknown kind"),
        (bundle(unit="bananas"), "unknown unit"),
        (bundle(period="fiscal 2024"), "unparseable period"),
        (bundle(quote="Acme sold a billion widgets"), "not in the text"),
        (bundle(source="missing-source"), "unknown source"),
        (bundle(as_of="yesterday"), "'as_of' must be a date"),
        ({"facts": [{"entity": "Acme"}]}, "fact 1 (Acme): 'metric' is missing"),
        ([1, 2], "must be a JSON object"),
    ],
)
def test_a_bad_bundle_is_refused_and_changes_nothing(
    db: Path, tmp_path: Path, data, expected
) -> None:
    before = run("export", "-", db=db).stdout
    line = refused(run("import", str(write(tmp_path, data)), db=db, check=False))
    assert expected in line
    assert run("export", "-", db=db).stdout == before


def test_export_imports_back_losslessly(db: Path, tmp_path: Path) -> None:
    run("import", str(write(tmp_path, bundle())), db=db)
    exported = tmp_path / "out.json"
    run("export", str(exported), db=db)
    copy = tmp_path / "copy.db"
    run("--empty", "import", str(exported), db=copy)
    assert run("export", "-", db=copy).stdout == run("export", "-", db=db).stdout


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a database\n" * 50)
    assert "cannot use" in refused(run("ask", "sony sales", db=bad, check=False))


def test_a_store_that_cannot_be_written_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    refused(run("ask", "sony sales", db=blocker / "store.db", check=False))


def test_add_edit_remove_undo_a_fact(db: Path) -> None:
    added = run(
        "facts",
        "add",
        "--entity",
        "Sony",
        "--metric",
        "smartphones sold",
        "--kind",
        "actual",
        "--period",
        "FY2014",
        "--value",
        "40M",
        "--source",
        "sony-fy2013-results",
        "--quote",
        "Sony said it sold 39 million smartphones last year",
        db=db,
    ).stdout
    fact_id = added.split("#")[1].split()[0]
    assert "40 million smartphones" in added and "FY2014 (Apr 2014 – Mar 2015)" in added
    run("facts", "edit", fact_id, "--value", "41 million", db=db)
    shown = run("facts", "show", fact_id, db=db).stdout
    assert (
        "41 million smartphones" in shown and "edit of fact" in shown and "by cli:tester" in shown
    )
    run("facts", "remove", fact_id, db=db)
    gone = json.loads(run("ask", "--json", "sony smartphones sold fy2014", db=db).stdout)
    assert gone["status"] == "unknown"
    run("facts", "undo", db=db)  # undoes the removal
    back = json.loads(run("ask", "--json", "sony smartphones sold fy2014", db=db).stdout)
    assert back["facts"][0]["value"] == 41000000


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--value", "many"], "not a number"),
        (["--value", "40M", "--period", "sometime"], "unknown period"),
        (["--value", "40M", "--kind", "wish"], "unknown kind"),
        (["--value", "40M", "--quote", "invented words"], "not in the text"),
        (["--value", "40M", "--unit", "furlongs"], "unknown unit"),
    ],
)
def test_a_bad_fact_is_refused_and_nothing_changes(db: Path, options, expected) -> None:
    base = {
        "--entity": "Sony",
        "--metric": "smartphones sold",
        "--kind": "actual",
        "--period": "FY2014",
        "--source": "sony-fy2013-results",
        "--quote": "Sony said it sold 39 million smartphones last year",
    }
    for flag, value in zip(options[::2], options[1::2], strict=True):
        base[flag] = value
    args = [x for pair in base.items() for x in pair]
    before = run("facts", "list", db=db).stdout
    assert expected in refused(run("facts", "add", *args, db=db, check=False))
    assert run("facts", "list", db=db).stdout == before


def test_a_usage_error_is_one_line_too(db: Path) -> None:
    assert "--help" in refused(run("facts", "add", "stray", "words", db=db, check=False))


def test_removing_a_fact_that_does_not_exist(db: Path) -> None:
    assert "no fact #999" in refused(run("facts", "remove", "999", db=db, check=False))


def test_sources_add_and_list(db: Path, tmp_path: Path) -> None:
    text = tmp_path / "report.txt"
    text.write_text("Initech sold 3 million staplers in 2023.")
    run(
        "sources",
        "add",
        "--key",
        "initech-2023",
        "--title",
        "Initech 2023",
        "--file",
        str(text),
        "--published",
        "2024-01-15",
        db=db,
    )
    assert "initech-2023: Initech 2023 (2024-01-15)" in run("sources", "list", db=db).stdout


def test_facts_list_filters(db: Path) -> None:
    out = run("facts", "list", "--entity", "sony", "--kind", "target", db=db).stdout
    assert out.count("(target)") == 3 and "(actual)" not in out


def test_chat_answers_one_question_after_another(db: Path) -> None:
    out = run("chat", db=db, stdin="sony net loss fy2013\nsony smartphone goal\n\n").stdout
    assert "$1.25 billion" in out and "50 million smartphones" in out


def test_scopes_keep_servers_apart(db: Path, tmp_path: Path) -> None:
    run("import", "--scope", "111", str(write(tmp_path, bundle())), db=db)
    q = "how many widgets did acme ship in fiscal 2024"
    assert (
        json.loads(run("ask", "--json", "--scope", "111", q, db=db).stdout)["status"] == "answered"
    )
    assert (
        json.loads(run("ask", "--json", "--scope", "222", q, db=db).stdout)["status"] == "unknown"
    )
    assert json.loads(run("ask", "--json", q, db=db).stdout)["status"] == "unknown"
    assert "server id" in refused(run("ask", "--scope", "everyone", q, db=db, check=False))


def test_every_command_is_found_without_importing_every_module() -> None:
    # bot.cli.COMMAND_MODULES lets `salesbot ask` import only the asking module
    from bot.cli import COMMAND_MODULES, every_command

    assert {
        name: c.callback.__module__.rsplit(".", 1)[1] for name, c in every_command().items()
    } == (COMMAND_MODULES)


def test_asking_loads_only_what_answering_needs(db: Path) -> None:
    run("ask", "sony smartphone sales fy2013", db=db)  # creates and seeds the store
    result = run("ask", "sony smartphone sales fy2013", db=db, python_flags=("-X", "importtime"))
    imported = {line.rsplit("|", 1)[1].strip() for line in result.stderr.splitlines()}
    assert "bot.answering" in imported
    heavy_modules = (
        "sqlite_utils",
        "numpy",
        "discord",
        "matplotlib",
        "bot.ingest",
        "dotenv",
        "click",
        "rapidfuzz",  # a question spelt right matches nothing by similarity (bot/fuzzy.py)
        "getpass",  # who is acting: only commands that write
        "inspect",  # only for a dataclass without a docstring (bot/deferred_imports.py)
        "ast",
        "ipaddress",
        "locale",
    )
    for heavy in heavy_modules:
        assert heavy not in imported, heavy


@pytest.mark.parametrize(
    "options",
    [(), ("--json",), ("--scope", "222", "--json"), ("--json", "--scope=shared")],
)
def test_a_plain_question_reads_as_through_click(db: Path, options) -> None:
    """`bot.cli.plain` answers without click; `--` sends the same question through click."""
    q = "how mny xperia phones did sony sell in fy13?"
    run("ask", q, db=db)  # creates and seeds the store
    plain = run("ask", *options, q, db=db)
    through_click = run("ask", *options, "--", q, db=db)
    assert plain.stdout == through_click.stdout and plain.stdout.strip()
    assert plain.stderr == through_click.stderr == ""


@pytest.mark.parametrize(
    "args, read",
    [
        (["ask", "a", "b"], (None, False, ("a", "b"), False, "shared")),
        (["--db", "x.db", "--empty", "ask", "--json", "a"], ("x.db", True, ("a",), True, "shared")),
        (["--db=x.db", "ask", "a", "--scope", "12", "b"], ("x.db", False, ("a", "b"), False, "12")),
        (["ask"], None),  # click says what is missing
        (["ask", "-"], None),  # batch mode
        (["ask", "--help"], None),
        (["-h"], None),
        (["--db", "ask", "x"], None),
        (["ask", "--scope"], None),
        (["ask", "--scope", "--json", "x"], None),
        (["ask", "--", "x"], None),
        (["ask", "-5%", "growth"], None),
        (["chat"], None),
        (["facts", "ask"], None),
    ],
)
def test_which_arguments_are_a_plain_question(args, read) -> None:
    from dataclasses import astuple

    from bot.cli.plain import read as plain_read

    found = plain_read(args)
    assert (astuple(found) if found else None) == read
