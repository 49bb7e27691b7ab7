"""Usual forms of a question in other words, over a company invented here (Penmoor
Heating; calendar years, 9M revenue by segment, a segment's revenue change, store
openings beside the store count, an EBITDA range narrowed):

- "what percentage / proportion of 9M revenue came from Cooling" is the share asked as
  "what share of" (never the segment's revenue change, a percentage too);
- "what number of stores did they open" is "how many" (never the store count);
- "did they top the low end of the range": "top" before what it tops is the verb, the end
  named after it ("the low end"), not the top end;
- "outdo", "outperform" a goal are "beat" it;
- "produced but not sold" is the one less the other, whatever the period's preposition.

On the engine this session started from (abe89aa) each gave a wrong figure here (found by
a paraphrase probe over the development sets) but "what number of", which passed here and
in three development sets gave a count at a date for one over a year, or another count;
"what share of", "how many", "beat" are guards, and "the top of the range" keeps its end."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

P = "Penmoor Heating"
NINE, Y25 = "2025-01-01/2025-09-30", "2025-01-01/2025-12-31"
FACTS = [
    fact(P, "revenue", "actual", NINE, 3_041e6, "EUR", "2025-10-30"),
    fact(P, "Cooling revenue", "actual", NINE, 1_179e6, "EUR", "2025-10-30"),
    fact(P, "Cooling revenue change", "actual", NINE, 2.3, "percent", "2025-10-30"),
    fact(P, "stores opened", "actual", Y25, 41, "units", "2026-02-20"),
    fact(P, "store count", "actual", "2025-12-31/2025-12-31", 329, "units", "2026-02-20"),
    fact(P, "EBITDA", "forecast", Y25, 6.1e9, "EUR", "2025-07-31", high=6.4e9),
    fact(P, "EBITDA", "forecast", Y25, 6.1e9, "EUR", "2025-10-30", high=6.3e9),
    fact(P, "EBITDA", "actual", Y25, 6.212e9, "EUR", "2026-02-20"),
    fact(P, "stores opened", "target", Y25, 38, "units", "2025-02-20"),
    fact(P, "boilers produced", "actual", Y25, 193_400, "units", "2026-02-20"),
    fact(P, "boilers sold", "actual", Y25, 190_200, "units", "2026-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": P, "aliases": ["Penmoor"]}], FACTS, "2026-02-20"))


@pytest.mark.parametrize("word", ["percentage", "proportion", "share", "percent"])
def test_what_part_of_a_whole(engine, word) -> None:
    answer = engine.ask(f"what {word} of 9M 2025 revenue came from cooling at penmoor")
    assert answer.status is Status.ANSWERED, answer.text
    assert "38.8%" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    ["what number of stores did penmoor open in 2025", "how many stores did penmoor open in 2025"],
)
def test_what_number_of_is_how_many(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 41, answer.text


@pytest.mark.parametrize("verb", ["top", "beat"])
def test_top_before_what_it_tops_is_the_verb(engine, verb) -> None:
    answer = engine.ask(
        f"by how much did penmoor {verb} the low end of its narrowed 2025 ebitda range"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert "112 million" in answer.text, answer.text


def test_the_top_of_the_range_is_its_end(engine) -> None:
    answer = engine.ask("what is the top of penmoor's 2025 ebitda range")
    assert answer.status is Status.ANSWERED, answer.text
    assert "6.3 billion" in answer.text and "6.1 billion" not in answer.text, answer.text


@pytest.mark.parametrize("verb", ["outdo", "outperform", "beat"])
def test_outdoing_a_goal(engine, verb) -> None:
    answer = engine.ask(f"by how much did penmoor {verb} its 2025 store opening target")
    assert answer.status is Status.ANSWERED, answer.text
    assert "41" in answer.text and "38" in answer.text, answer.text


@pytest.mark.parametrize("said", ["in 2025", "for 2025", "during 2025"])
def test_made_but_not_sold(engine, said) -> None:
    """On abe89aa only "in 2025" worked out the difference (its "not sell in" was read as
    a part left out); "for 2025" gave the boilers produced alone, a wrong figure."""
    answer = engine.ask(f"how many boilers did penmoor produce but not sell {said}")
    assert answer.status is Status.ANSWERED, answer.text
    assert "3,200" in answer.text, answer.text
