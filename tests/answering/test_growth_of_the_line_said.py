"""Growth asked of a line whose levels are held ("funeral calls change y/y in %",
"cemetery property sales growth yoy %", "net change in cemeteries") where the
company also states the growth of another line ("revenue growth"): worked out from the
line's levels, never the other line's stated rate, over a company invented here
(Hollins Memorial, calendar years).

On the engine this session started from (6c5a4a2) each was refused: the stated revenue
growth, sharing only the words of growth and comparison ("change", "y/y", a "net"
before them) or one word of the line ("sales"), was taken as the figure asked, and the
line's own words were left unexplained. The guards: the stated growth asked by its own
line, and a stated growth of the line said."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

H = "Hollins Memorial"
Y24, Y25 = "2024-01-01/2024-12-31", "2025-01-01/2025-12-31"
FACTS = [
    fact(H, "revenue growth", "actual", Y25, 4.0, "percent", "2026-02-18"),
    fact(H, "revenue", "actual", Y25, 2_080_000_000, "CAD", "2026-02-18"),
    fact(H, "funeral calls performed", "actual", Y24, 75_000, "units", "2025-02-18"),
    fact(H, "funeral calls performed", "actual", Y25, 72_000, "units", "2026-02-18"),
    fact(H, "cemetery property sales", "actual", Y24, 250_000_000, "CAD", "2025-02-18"),
    fact(H, "cemetery property sales", "actual", Y25, 270_000_000, "CAD", "2026-02-18"),
    fact(H, "preneed sales growth", "actual", Y25, 6.5, "percent", "2026-02-18"),
    fact(H, "Asia (excl. Japan) net sales change", "actual", Y25, 2.2, "percent", "2026-02-18"),
    fact(H, "Asia (excl. Japan) net sales", "actual", Y25, 310e6, "CAD", "2026-02-18"),
    fact(H, "Japan net sales change", "actual", Y25, 5.8, "percent", "2026-02-18"),
    fact(H, "gain on disposal of vehicles", "actual", Y25, 27.5e6, "CAD", "2026-02-18"),
    fact(H, "gain on disposal change", "actual", Y25, -19.6, "percent", "2026-02-18"),
    fact(H, "cemeteries", "actual", "2024-12-31/2024-12-31", 1_010, "units", "2025-02-18"),
    fact(H, "cemeteries", "actual", "2025-12-31/2025-12-31", 1_022, "units", "2026-02-18"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": H, "aliases": ["Hollins"]}], FACTS, "2026-02-18"))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("hollins 2025 funeral calls change y/y in %", "-4.0%"),
        ("hollins cemetery property sales growth yoy % 2025", "+8.0%"),
        ("net change in hollins cemeteries during 2025", "up 12"),
    ],
)
def test_the_growth_of_the_line_said(engine, question, said) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert {v.fact.metric for v in answer.facts} != {"revenue growth"}, answer.text
    assert said in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("hollins revenue growth 2025 %", 4.0),
        ("hollins preneed sales growth yoy % 2025", 6.5),
        # (the "ex" of the line's name is a word taken out as well: set aside both ways)
        ("asia ex japan sales growth hollins 2025", 2.2),
        # (a growth word a level's name holds is its own: the gain, never its change)
        ("gain on disposal hollins 2025", 27.5e6),
    ],
)
def test_a_stated_growth_of_the_line_said(engine, question, value) -> None:  # (guards)
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text
