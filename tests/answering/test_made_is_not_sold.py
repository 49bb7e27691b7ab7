"""A verb of making or of selling said where the figure chosen is only of the other side:
"Bindoon gold sold" of a miner whose only Bindoon figure is "Bindoon gold ounces produced"
names another figure, so it is refused, never answered with the ounces produced (and the
other way round). Over a company invented here (Kalgan Gold). On the engine of 2026-12-06
the ounces produced were given: a wrong answer of a development set (the figures asked
by their own verbs are guards).
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company, values

KALGAN = "Kalgan Gold"
Q3 = "2025-01-01/2025-03-31"
SAID = "2025-04-23"


@pytest.fixture(scope="module")
def miner(seed) -> Engine:
    facts = [
        fact(KALGAN, "Bindoon gold ounces produced", "actual", Q3, 33_400, "units", "2025-04-23"),
        fact(KALGAN, "gold ounces sold", "actual", Q3, 92_100, "units", "2025-04-23"),
        fact(KALGAN, "Mardie ore milled (tonnes)", "actual", Q3, 1_200_000, "units", "2025-04-23"),
        fact(KALGAN, "Mardie concentrate sold (tonnes)", "actual", Q3, 41_000, "units", SAID),
    ]
    return one_company(seed, KALGAN, "Kalgan", facts, "2025-04-23", "06-30", "end")


@pytest.mark.parametrize(
    "question",
    [
        "kalgan bindoon gold sold march quarter 2025",
        "kalgan mardie concentrate produced q1 2025",
        # ("sell", which sold and shipped figures share, is a word of selling all the same)
        "how much bindoon gold did kalgan sell in the march quarter 2025",
    ],
)
def test_the_other_sides_figure_is_never_given(miner, question) -> None:
    answer = miner.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("kalgan bindoon gold produced march quarter 2025", 33_400),
        ("kalgan bindoon production march quarter 2025", 33_400),
        ("kalgan gold ounces sold march quarter 2025", 92_100),
    ],
)
def test_each_figure_asked_by_its_own_verb_is_answered(miner, question, value) -> None:
    assert values(miner, question) == [value]
