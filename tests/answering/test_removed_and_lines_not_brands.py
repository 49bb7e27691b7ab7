"""A count asked as what was removed from it, and a word of another figure's name never
taken for a product line of the chosen one, over a company invented here.

Harlow Rail counts its static panels at quarter ends, its new-car backlog in cars, and
the tank cars it owns in North America (a region the questions below never say).

On the engine this session started from (732f0ca):
- "static panels removed in Q2" answered the count at the quarter's end, a wrong figure;
- "harlow tank cars dec 2025" answered the new-car backlog in cars: "tank" was vouched
  for as a line of the backlog's cars by the other figure's name, a wrong figure.
- "net tower additions" answered the towers acquired over the year, a wrong figure.
The count at a date, the backlog asked by its name and the towers acquired are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

H = "Harlow Rail"
FACTS = [
    fact(H, "static panels", "actual", "2025-03-30/2025-03-30", 31_600, "units", "2025-05-01"),
    fact(H, "static panels", "actual", "2025-06-29/2025-06-29", 31_350, "units", "2025-08-01"),
    fact(
        H,
        "new-car backlog (cars)",
        "actual",
        "2025-12-31/2025-12-31",
        13_100,
        "units",
        "2026-02-01",
    ),
    fact(
        H,
        "North America tank cars owned",
        "actual",
        "2025-12-31/2025-12-31",
        41_200,
        "units",
        "2026-02-01",
    ),
]
FACTS += [
    fact(H, "towers owned", "actual", "2025-03-31/2025-03-31", 14_410, "units", "2026-05-01"),
    fact(H, "towers owned", "actual", "2026-03-31/2026-03-31", 15_390, "units", "2026-05-01"),
    fact(H, "towers acquired", "actual", "2025-04-01/2026-03-31", 140, "units", "2026-05-01"),
]
ENTITIES = [{"name": H, "aliases": ["Harlow"]}]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, published="2026-02-01"))


@pytest.mark.parametrize(
    "question",
    [
        "static panels removed by harlow in q2 2025",
        "how many static panels did harlow remove in q2 2025",
    ],
)
def test_removed_is_the_fall_of_the_count(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [31_350, 31_600], answer.text
    assert "250" in answer.text, answer.text


def test_the_count_at_a_date(engine) -> None:
    answer = engine.ask("harlow static panels at end of june 2025")
    assert [v.fact.value for v in answer.facts] == [31_350], answer.text


def test_another_figures_words_are_no_line_of_the_chosen(engine) -> None:
    answer = engine.ask("harlow tank cars dec 2025")
    assert 13_100 not in [v.fact.value for v in answer.facts], answer.text


def test_the_backlog_by_its_name(engine) -> None:
    answer = engine.ask("harlow new-car backlog dec 2025")
    assert [v.fact.value for v in answer.facts] == [13_100], answer.text


def test_net_additions_are_the_change_of_the_count(engine) -> None:
    answer = engine.ask("net tower additions at harlow from april 2025 to march 2026")
    assert sorted(v.fact.value for v in answer.facts) == [14_410, 15_390], answer.text


def test_towers_acquired(engine) -> None:
    answer = engine.ask("how many towers did harlow acquire from april 2025 to march 2026")
    assert [v.fact.value for v in answer.facts] == [140], answer.text
