"""A kind of what was counted named by a verb's -ing form, over a company invented here
(Kembang Coal, calendar years).

"Coking coal production" asks for a kind of coal the store holds no figure of: the
company's coal production of every kind does not answer it. Reporting words ("operating
profit"), a change asked with a participle ("growing"), and a word of the store's own
names ("mining revenue") are read as before.

On the engine this session started from (5c67d98) the coking-coal question was answered
with all coal production (a wrong figure); the other cases are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C = "Kembang Coal"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(C, "coal production", "actual", Y25, 51_600_000, "units", "2026-02-20"),
    fact(C, "operating profit", "actual", Y25, 410_000_000, "USD", "2026-02-20"),
    fact(C, "mining services revenue", "actual", Y25, 120_000_000, "USD", "2026-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": C, "aliases": ["Kembang"]}], FACTS, "2026-02-20"))


def test_a_kind_named_by_a_participle_is_not_the_whole(engine) -> None:
    answer = engine.ask("kembang coking coal production 2025")
    assert answer.status is not Status.ANSWERED, answer.text
    assert "coking" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("kembang coal production 2025", 51_600_000),
        ("kembang operating profit 2025", 410_000_000),
        ("kembang mining services revenue in 2025", 120_000_000),
    ],
)
def test_words_of_the_figure_are_read_as_before(engine, question, value) -> None:
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts] == [value], answer.text
