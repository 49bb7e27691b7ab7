"""A product's name cut otherwise than the store writes it: "green rover" and
"green-rover" of "GreenRover", "rx1200" of "RX 1200", "pdx18-4" of "PDX 18-4" (issue 9:
joined or split forms). Over a tool maker invented here (Haldern Werkzeuge; calendar
years). On the engine of 2026-12-06 each was refused ("nothing about green, rover"),
questions of a development set. Guards: the names as written; a quarter ("q3") is no
code and number.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine
from tests.answering.invented import fact, one_company

H = "Haldern Werkzeuge"
Y25 = "2025-01-01/2025-12-31"
Q3 = "2025-07-01/2025-09-30"
SAID = "2026-02-12"
FACTS = [
    fact(H, "GreenRover robotic mowers sold", "actual", Y25, 428_000, "units", SAID),
    fact(H, "GreenRover robotic mowers sold", "actual", Q3, 97_000, "units", SAID),
    fact(H, "GreenRover RX 1200 mowers sold", "actual", Y25, 151_000, "units", SAID),
    fact(H, "ProDrill PDX 18-4 drills sold", "actual", Y25, 402_000, "units", SAID),
    fact(H, "PowerFlex 36 tools sold", "actual", Y25, 1_310_000, "units", SAID),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, H, "Haldern", FACTS, SAID)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("haldern green rover units 2025", 428_000),
        ("haldern green-rover units 2025", 428_000),
        ("haldern rx1200 units 2025", 151_000),
        ("haldern pdx18-4 units sold 2025", 402_000),
        ("haldern greenrover units 2025", 428_000),  # (as written)
        ("haldern rx 1200 units 2025", 151_000),  # (as written)
        ("haldern powerflex 36 tools sold 2025", 1_310_000),  # (as written)
        ("haldern green rover units q3 2025", 97_000),
    ],
)
def test_a_name_cut_otherwise_is_the_product(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.facts and answer.facts[0].fact.value == value, answer.text
