"""'CASK ex fuel', 'CASK excluding fuel', where the company states 'CASK' and 'CASK
ex-fuel': the word that seemed to take fuel out is the second figure's own name, glued to
its word by a hyphen, and said as its shorthand either way ("ex" or "excluding"); that
figure answers, never CASK less CASK ex-fuel. Over a company invented here (Kestrel
Regional Air, INR, calendar year). On b97a921a CASK itself answered (a wrong answer in a
development set), and with the word list of this session the difference did."""

from __future__ import annotations

import pytest

from bot.answering import Engine
from tests.answering.invented import fact, one_company

K = "Kestrel Regional Air"
Q3 = "2025-07-01/2025-09-30"
FACTS = [
    fact(K, "CASK", "actual", Q3, 4.68, "INR", "2025-10-30"),
    fact(K, "CASK ex-fuel", "actual", Q3, 2.91, "INR", "2025-10-30"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, K, "Kestrel", FACTS, "2025-10-30")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("kestrel cask ex fuel jul-sep 2025", 2.91),
        ("kestrel cask excluding fuel q3 2025", 2.91),
        ("kestrel cask jul-sep 2025", 4.68),
    ],
)
def test_the_figure_named(engine, question, value) -> None:
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts] == [value], answer.text
