"""A word a report gives in brackets beside a line's name ("natural (unwashed) 4,270 t") is
that line's other name, over a company invented here (Kaffa Green, exporting washed and
natural coffee): "unwashed coffee tonnes" is the natural coffee's figure. On the engine of
2026-12-05 (25b09efa) the word was read as the words every figure of that quote shares,
and the whole export volume was given (a development answer read as wrong)."""

from __future__ import annotations

import pytest

from bot.answering import Status
from tests.answering.invented import fact, one_company, values

K = "Kaffa Green"
H1 = "2024-07-01/2024-12-31"  # (its years run to June)
QUOTE = "H1 washed coffee exports 3,150 t; natural (unwashed) 4,270 t; total 7,420 t"
FACTS = [
    fact(K, f"{line}coffee export volume", "actual", H1, value, "units", "2025-01-21", quote=QUOTE)
    for line, value in (("", 7_420), ("washed ", 3_150), ("natural ", 4_270))
]


@pytest.fixture(scope="module")
def engine(seed):
    return one_company(seed, K, "Kaffa", FACTS, "2025-01-21", year_end="06-30", named_by="end")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("unwashed coffee tonnes kaffa shipped in h1 fy2025", 4_270),
        ("washed coffee tonnes kaffa shipped in h1 fy2025", 3_150),  # (guard)
        ("kaffa coffee export volume h1 fy2025", 7_420),  # (guard)
    ],
)
def test_a_word_in_brackets_names_the_line_before_it(engine, question, value) -> None:
    assert values(engine, question) == [value]


def test_initials_in_brackets_are_no_word_of_the_line_before(seed) -> None:  # (guard)
    # ("capacity (AFTK) growth of 8.2%": initials of other words, never the growth's name)
    fy25, fy26 = "2024-04-01/2025-03-31", "2025-04-01/2026-03-31"
    aftk = "Available freight tonne-kilometres (AFTK) 4,655 million"
    facts = [
        fact(OSTRA, "capacity growth", "actual", fy26, 8.2, "percent", "2026-05-20", quote=GROWTH),
        fact(OSTRA, "capacity growth", "actual", fy25, 4.0, "percent", "2025-05-20"),
        fact(OSTRA, "freight tonne-km", "actual", fy25, 4_655, "units", "2025-05-20", quote=aftk),
    ]
    engine = one_company(seed, OSTRA, "Ostra", facts, "2026-05-20", year_end="03-31")
    answer = engine.ask("implied AFTK for ostra in fy2026 given the 8.2% capacity growth")
    assert answer.status is not Status.ANSWERED, answer.text


OSTRA = "Ostra Cargo"
GROWTH = "Capacity (AFTK) growth of 8.2% in FY2026"
