"""A margin worked out where no company is named, over two companies invented here
(Kittiwake Marine, an outboard maker stating operating profit and revenue; Larchmere
Retail, a store group stating operating profit and only its lines' sales):

- "op margin fy25" names no company: the one whose operating profit its words name, as
  if it had been said (as "net sales per order" already was);
- a whole company's margin is never worked out over one line's sales ("clothing sales"
  of several lines): refused.

Before 2026-12-06 the first was refused for the word "margin" (twenty development
questions), and the second, named, was answered over the first line read.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

K = "Kittiwake Marine"
L = "Larchmere Retail"
FY25 = "2025-04-01/2026-03-31"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(K, "operating profit", "actual", FY25, 51.2e9, "JPY", "2026-05-14"),
    fact(K, "revenue", "actual", FY25, 664.3e9, "JPY", "2026-05-14"),
    fact(L, "net profit", "actual", Y25, 1.9e9, "ZAR", "2026-03-01"),
    fact(L, "clothing sales", "actual", Y25, 9.1e9, "ZAR", "2026-03-01"),
    fact(L, "homeware sales", "actual", Y25, 4.2e9, "ZAR", "2026-03-01"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {
            "name": K,
            "aliases": ["Kittiwake"],
            "fiscal_year_end": "03-31",
            "fiscal_year_named_by": "start",
        },
        {"name": L, "aliases": ["Larchmere"]},
    ]
    return engine_over(seed, bundle(entities, FACTS, "2026-05-14"))


@pytest.mark.parametrize("question", ["op margin fy25", "operating margin for fy2025"])
def test_a_margin_of_the_one_company_its_words_name(engine: Engine, question: str):
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "7.7%" in answer.text and "Kittiwake" in answer.text, answer.text


def test_a_whole_companys_margin_is_never_over_a_lines_sales(engine: Engine):
    answer = engine.ask("larchmere net margin 2025")
    assert answer.status is not Status.ANSWERED, answer.text
