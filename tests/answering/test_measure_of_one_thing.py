"""A measure said alone ("production") of a company that produces one thing, over
companies invented here.

Lemuru Estates states its made tea produced, the same for each of its estates by name,
and a target range for the year: "production target" is the company's own made tea. On
the engine this session started from (734c82a) every such question said "I don't have
anything about production". Kelso Mining produces copper cathode and concentrate: the
measure alone never picks its cathode, whose name has a word more (its concentrate, named
by half its words, is another matter: see the README's notes)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

L, K = "Lemuru Estates", "Kelso Mining"
FY = "2025-04-01/2026-03-31"
FACTS = [
    fact(L, "made tea produced", "actual", FY, 13_100_000, "units", "2026-05-20"),
    fact(L, "Kapsimbei made tea produced", "actual", FY, 4_100_000, "units", "2026-05-20"),
    fact(L, "made tea produced (low end)", "target", FY, 12_900_000, "units", "2026-02-12"),
    fact(L, "made tea produced (high end)", "target", FY, 13_300_000, "units", "2026-02-12"),
    fact(K, "copper cathode produced", "actual", FY, 210_000, "units", "2026-05-20"),
    fact(K, "concentrate produced", "actual", FY, 95_000, "units", "2026-05-20"),
]
ENTITIES = [
    {"name": L, "aliases": ["Lemuru"], "fiscal_year_end": "03-31", "fiscal_year_named_by": "end"},
    {"name": K, "aliases": ["Kelso"], "fiscal_year_end": "03-31", "fiscal_year_named_by": "end"},
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, published="2026-05-20"))


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("lemuru fy26 production", [13_100_000]),
        ("lemuru fy26 production target", [12_900_000, 13_300_000]),
    ],
)
def test_the_measure_names_the_one_thing(engine, question, values) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == values, answer.text


def test_of_two_things_the_measure_never_picks_the_longer_name(engine) -> None:
    answer = engine.ask("kelso fy26 production")
    assert 210_000 not in [v.fact.value for v in answer.facts], answer.text
