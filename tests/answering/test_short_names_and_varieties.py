"""Two kinds of wording over companies invented here:

- a company is called by the first word of its name in chat ("thistle" for Thistle &
  Brook, "sandpiper" for Sandpiper Rail Systems) when that word can only be a name: one
  no dictionary knows, or a noun no report uses for a figure; never a word that also
  describes or does ("Summit General": "general"), nor a reporting word ("Margin Labs");
- a word said as a metric's name writes it ("stores") is never left for a synonym that
  covers more of another name ("wholesale doors"): both are offered;
- a family's own word ("margin", "orders") asks which variety it means where the company
  reports two ("gross" and "operating", "gross" and "net"), never the one whose name it
  happens to fit best; a variety said, or a metric named by the family word itself, is
  answered."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, values

T, S, G = "Thistle & Brook", "Sandpiper Rail Systems", "General Kettleworks"
Q3, YEAR = "2026-07-01/2026-09-30", "2026-01-01/2026-12-31"
STATED = "2026-10-28"

FACTS = [
    fact(T, "gross margin", "actual", Q3, 38.5, "percent", STATED),
    fact(T, "adjusted operating margin", "actual", Q3, 9.2, "percent", STATED),
    fact(T, "net sales", "actual", Q3, 412_000_000, "USD", STATED),
    fact(S, "gross orders", "actual", YEAR, 1_240, "units", STATED),
    fact(S, "net orders", "actual", YEAR, 1_105, "units", STATED),
    fact(S, "revenue", "actual", YEAR, 2_900_000_000, "EUR", STATED),
    fact(S, "rolling stock revenue", "actual", YEAR, 1_700_000_000, "EUR", STATED),
    fact(G, "operating margin", "actual", Q3, 14.1, "percent", STATED),
    fact(G, "net sales", "actual", Q3, 96_000_000, "USD", STATED),
    fact(T, "directly operated stores", "actual", "2026-09-30/2026-09-30", 212, "units", STATED),
    fact(T, "wholesale doors", "actual", "2026-09-30/2026-09-30", 640, "units", STATED),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    names = [{"name": T, "aliases": []}, {"name": S, "aliases": []}, {"name": G, "aliases": []}]
    return engine_over(seed, bundle(names, FACTS, published=STATED))


def offered(engine: Engine, question: str) -> set[str]:
    answer = engine.ask(question)
    assert answer.status is Status.AMBIGUOUS, answer.text
    return {v.fact.metric for v in answer.facts}


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("thistle net sales q3 2026", 412_000_000),  # a noun no report uses for a figure
        ("what did sandpiper book in net orders in 2026", 1_105),  # no dictionary knows it
        ("thistle & brook net sales q3 2026", 412_000_000),  # the whole name, as before
    ],
)
def test_a_company_by_its_first_word(engine, question, value) -> None:
    assert values(engine, question) == [value]


def test_a_word_that_also_describes_is_no_name(engine) -> None:
    # "general" describes; only the whole name (or an alias) calls General Kettleworks
    answer = engine.ask("general net sales q3 2026")
    assert G not in answer.text or answer.status is not Status.ANSWERED, answer.text
    assert values(engine, "general kettleworks net sales q3 2026") == [96_000_000]


@pytest.mark.parametrize(
    ("question", "metrics"),
    [
        (
            "what was thistle & brook's margin in q3 2026",
            {"gross margin", "adjusted operating margin"},
        ),
        ("sandpiper orders 2026", {"gross orders", "net orders"}),
    ],
)
def test_a_family_word_asks_which_variety(engine, question, metrics) -> None:
    assert offered(engine, question) == metrics


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("thistle & brook gross margin q3 2026", 38.5),
        ("thistle & brook operating margin q3 2026", 9.2),
        ("sandpiper gross orders 2026", 1_240),
        ("sandpiper net orders in 2026", 1_105),
        ("sandpiper revenue 2026", 2_900_000_000),  # the family's own word names "revenue"
        ("general kettleworks margin q3 2026", 14.1),  # one variety held: no question
    ],
)
def test_a_variety_said_or_alone_is_answered(engine, question, value) -> None:
    assert values(engine, question) == [value]


def test_a_word_as_written_is_as_good_as_a_synonym(engine) -> None:
    assert offered(engine, "how many stores did thistle & brook have at 30 sep 2026") == {
        "directly operated stores",
        "wholesale doors",
    }
    assert values(engine, "thistle & brook wholesale doors at 30 sep 2026") == [640]
