"""Figures of the reporting vocabulary a store lacks, asked of companies invented here
(Rennick Car Hire: rental days and retail doors, no R&D; Oslow Uranium: an average
realized price, no ARPU; Keppel Staffing: EBITA, no EBITDA; Wenlock Seeds: R&D as a share
of sales):

- "R&D" is research and development, spelt out as the reporting vocabulary names it:
  never the initials "rd" of "rental days" or "retail doors";
- a word of the reporting vocabulary ("ARPU", "EBITDA") is a figure of its own, never a
  slip of another metric's word ("EBITA") or of its initials.

On the engine this session started from (abe89aa) each gave a wrong figure (found by
asking each development company about figures it may not hold). A store that holds R&D
as a share of sales still answers "R&D as % of sales" (a guard)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

Y24 = "2024-01-01/2024-12-31"
FACTS = [
    fact("Rennick Car Hire", "rental days", "actual", Y24, 26.4e6, "units", "2025-02-20"),
    fact(
        "Rennick Car Hire",
        "retail doors",
        "actual",
        "2024-12-31/2024-12-31",
        1_610,
        "units",
        "2025-02-20",
    ),
    fact(
        "Oslow Uranium", "average realized uranium price", "actual", Y24, 63.1, "USD", "2025-02-20"
    ),
    fact("Keppel Staffing", "EBITA", "actual", Y24, 338.7e6, "EUR", "2025-02-20"),
    fact(
        "Wenlock Seeds",
        "research and development spending as a share of net sales",
        "actual",
        Y24,
        16.1,
        "percent",
        "2025-02-20",
    ),
]
NAMES = ["Rennick Car Hire", "Oslow Uranium", "Keppel Staffing", "Wenlock Seeds"]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": n, "aliases": [n.split()[0]]} for n in NAMES]
    return engine_over(seed, bundle(entities, FACTS, "2025-02-20"))


@pytest.mark.parametrize(
    "question",
    [
        "what was rennick's R&D spending in 2024",
        "rennick r&d 2024",
        "what was oslow's ARPU in 2024",
        "what was keppel's EBITDA in 2024",
    ],
)
def test_a_figure_the_store_lacks_is_said_to_be_lacking(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


def test_r_and_d_where_the_store_holds_it(engine) -> None:
    answer = engine.ask("wenlock R&D as % of sales 2024")
    assert answer.status is Status.ANSWERED and answer.facts[0].fact.value == 16.1, answer.text


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("rennick r&d 2024", "rennick research and development 2024"),
        ("R & D spend", "research and development spend"),
        ("the 2030 goal from its R&D day", "the 2030 goal from its R&D day"),  # an occasion
        ("H&L comps", "H&L comps"),  # a name's initials, no figure
    ],
)
def test_initials_spelt_out(said, read) -> None:
    from bot.answering.reading.correction import initials_spelt

    assert initials_spelt(said) == read
