"""A metric name tagged with its unit in brackets, as bundles write them ("total output
(kt/d)", "lifting cost (per bbl)", "copper (tonnes)"): people never say the tag, so the
name without it is how the figure is asked for. A bare measure ("output") is the
company's total, not the one line whose name happens to be shorter once tagged; a
bracket that says which figure it is ("(organic)") stays part of the name.

Companies invented here. The first two cases failed before names were read without their
unit tag; the others passed and are kept as guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine
from tests.answering.invented import bundle, engine_over, fact, values

Q, F = "Quarrow Petroleum", "Fellgate Copper"
YEAR = "2026-01-01/2026-12-31"
STATED = "2027-02-10"

FACTS = [
    fact(Q, "total output (kboe/d)", "actual", YEAR, 412, "units", STATED),
    fact(Q, "condensate output (kbbl/d)", "actual", YEAR, 58, "units", STATED),
    fact(Q, "crude output (kbbl/d)", "actual", YEAR, 201, "units", STATED),
    fact(Q, "lifting cost (per boe)", "actual", YEAR, 8.4, "USD", STATED),
    fact(Q, "revenue", "actual", YEAR, 9_100_000_000, "USD", STATED),
    fact(Q, "revenue growth (organic)", "actual", YEAR, 4.5, "percent", STATED),
    fact(Q, "revenue growth", "actual", YEAR, 6.0, "percent", STATED),
    fact(F, "copper output (tonnes)", "actual", YEAR, 182_000, "units", STATED),
    fact(F, "Ridgeback copper output (tonnes)", "actual", YEAR, 64_000, "units", STATED),
    fact(F, "C1 cost (US$/lb)", "actual", YEAR, 1.85, "USD", STATED),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    names = [{"name": Q, "aliases": []}, {"name": F, "aliases": []}]
    return engine_over(seed, bundle(names, FACTS, published=STATED))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # the measure alone: the total, never a line whose tagged name is shorter
        ("quarrow output in 2026", 412),
        ("how much did quarrow petroleum produce per day in 2026", 412),
        ("fellgate copper output 2026", 182_000),
        # a line named: that line
        ("quarrow condensate output 2026", 58),
        ("ridgeback copper output for fellgate in 2026", 64_000),
        # a rate's tag left unsaid
        ("quarrow lifting cost 2026", 8.4),
        ("fellgate c1 cost 2026", 1.85),
    ],
)
def test_a_name_is_asked_without_its_unit_tag(engine, question, value) -> None:
    assert values(engine, question) == [value]


def test_a_bracket_that_says_which_figure_stays_in_the_name(engine) -> None:
    # "(organic)" is no unit: plain growth is the reported one, organic is asked by name
    assert values(engine, "quarrow revenue growth 2026") == [6.0]
    assert values(engine, "quarrow organic revenue growth 2026") == [4.5]
