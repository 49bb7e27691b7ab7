"""Of several figures that fit, the one whose name the others hold and add unsaid words to
("electricity generated" beside "hydro electricity generated") is the one asked; a word
the question says keeps the choice open (a product of its own name, "Nova Lite" beside
"Nova", is never a variety of another: test_product_words).

The first failed on the engine this session started from (ef6c3a3) (it asked which one);
the rest are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

L = "Lenmoor Renewables"
Q3 = "2025-10-01/2025-12-31"

FACTS = [
    fact(L, "electricity generated (GWh)", "actual", Q3, 2_914, "units", "2026-02-10"),
    fact(L, "hydro electricity generated (GWh)", "actual", Q3, 1_120, "units", "2026-02-10"),
    fact(L, "net sales", "actual", Q3, 410_000_000, "GBP", "2026-02-10"),
    fact(L, "organic net sales growth", "actual", Q3, 4.2, "percent", "2026-02-10"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": L, "aliases": ["Lenmoor"]}], FACTS, "2026-02-10"))


def test_the_figure_the_others_narrow(engine) -> None:
    answer = engine.ask("lenmoor electricity output in gwh for oct to dec 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == ["electricity generated (GWh)"], answer.text


def test_the_narrower_figure_when_its_word_is_said(engine) -> None:
    answer = engine.ask("lenmoor hydro electricity output oct to dec 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == ["hydro electricity generated (GWh)"]
