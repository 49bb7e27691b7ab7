"""A product line a company's bundle lists among its aliases ("Azul RH" of Nuvem Azul), so
that saying it finds the company, and whose figures the company states under that name
("Azul RH ARR"): said, it names that line, never the whole company. "Azul RH revenue",
where only the line's ARR is held, is nothing the store has; the company's own revenue
answered for it was a wrong figure (failed on the engine of f6464d57). The line's own
figures, the company by its name and the company by its short name are guards.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

N = "Nuvola Verde"
FY25 = "2025-01-01/2025-12-31"
END25 = "2025-12-31/2025-12-31"

FACTS = [
    fact(N, "net revenue", "actual", FY25, 850_400_000, "BRL", "2026-02-26"),
    fact(N, "ARR", "actual", END25, 1_020_000_000, "BRL", "2026-02-26"),
    fact(N, "Verde Folha ARR", "actual", END25, 96_300_000, "BRL", "2026-02-26"),
    fact(N, "Verde Conta ARR", "actual", END25, 561_200_000, "BRL", "2026-02-26"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": N, "aliases": ["Nuvola Verde SA", "Nuvola", "Verde Folha", "Verde Conta"]}]
    return engine_over(seed, bundle(entities, FACTS, "2026-02-26"))


@pytest.mark.parametrize("question", ["verde folha revenue 2025", "verde conta net revenue 2025"])
def test_a_line_asked_for_a_figure_it_lacks_gets_no_company_figure(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("verde folha arr at end of 2025", 96_300_000),
        ("verde conta arr dec 2025", 561_200_000),
        ("nuvola verde net revenue 2025", 850_400_000),
        ("nuvola revenue 2025", 850_400_000),
    ],
)
def test_the_lines_and_the_company_keep_their_own_figures(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text
