"""Rupees written as Indian reports count them too, and a count of what is open at a date
never answered with what was opened over a span, over companies invented here.

Kanpur Looms reports in rupees: "5.72 billion INR (572 crore)". Pinfold Lanes counts its
centres in operation at each year end and the centres it opened in each year: "how many
centres did they have open at the end of 2025" is the count at that date.

On the engine this session started from (734c82a) both failed: the rupees carried no crore
figure, and "have open" answered the 10 centres opened (a wrong figure). The centres
opened, asked with "open" as a verb, are a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

K, P = "Kanpur Looms", "Pinfold Lanes"
FACTS = [
    fact(
        K, "profit after tax", "actual", "2025-04-01/2025-09-30", 5_720_000_000, "INR", "2025-11-10"
    ),
    fact(P, "centres in operation", "actual", "2025-12-31/2025-12-31", 148, "units", "2026-02-20"),
    fact(P, "new centres opened", "actual", "2025-01-01/2025-12-31", 10, "units", "2026-02-20"),
]
ENTITIES = [
    {"name": K, "aliases": ["Kanpur"], "fiscal_year_end": "03-31", "fiscal_year_named_by": "end"},
    {"name": P, "aliases": ["Pinfold"]},
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, published="2026-02-20"))


def test_rupees_in_crore_too(engine) -> None:
    answer = engine.ask("kanpur h1 fy26 pat")
    assert answer.status is Status.ANSWERED, answer.text
    assert "5.72 billion INR (572 crore)" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how many centres did pinfold have open at the end of 2025",
        "pinfold centres open at end of 2025",
    ],
)
def test_open_at_a_date_is_the_count(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [148], answer.text


def test_centres_opened_over_a_year(engine) -> None:
    answer = engine.ask("how many new centres did pinfold open in 2025")
    assert [v.fact.value for v in answer.facts] == [10], answer.text
