"""A quarter or half worked out of a year counted in weeks, over a company invented here.

Halvern Staffing counts its year in weeks (30 Dec 2024 – 28 Dec 2025) and states it in
an HTML table; its nine months run to 28 September. Carrow Cinemas counts its year in
weeks but states its first half by months (to 30 June). On the engine this session
started from (0d89f48) "Q4 2025 placements" was refused: the year's figure, quoted from
a table cell ("<td>18,640"), was read as hedged, the ">" of the markup taken for "more
than". "H2 2024 admissions" was refused: a half stated by its months was never taken to
stand beside figures counted in weeks. A figure truly hedged stays unworked (a guard)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

H, C = "Halvern Staffing", "Carrow Cinemas"
TABLE = "<tr><td>Permanent placements</td><td>18,640</td><td>20,870</td></tr>"


def _quoting(data: dict, quote: str) -> dict:
    return data | {"quote": quote}


FACTS = [
    _quoting(
        fact(
            H,
            "permanent placements",
            "actual",
            "2024-12-30/2025-12-28",
            18640,
            "units",
            "2026-02-20",
        ),
        TABLE,
    ),
    fact(
        H, "permanent placements", "actual", "2024-12-30/2025-09-28", 14210, "units", "2026-02-20"
    ),
    fact(C, "admissions", "actual", "2024-01-01/2024-12-29", 22.6e6, "units", "2025-03-05"),
    fact(C, "admissions", "actual", "2024-01-01/2024-06-30", 10.62e6, "units", "2025-03-05"),
    _quoting(
        fact(C, "screenings", "actual", "2024-01-01/2024-12-29", 910_000, "units", "2025-03-05"),
        "Screenings: more than 910,000 in the year.",
    ),
    fact(C, "screenings", "actual", "2024-01-01/2024-06-30", 440_000, "units", "2025-03-05"),
]
ENTITIES = [{"name": H, "aliases": ["Halvern"]}, {"name": C, "aliases": ["Carrow"]}]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    data = bundle(ENTITIES, FACTS, published="2026-02-20")
    data["sources"][0]["text"] = (
        f"Results notes. {TABLE} Screenings: more than 910,000 in the year."
    )
    return engine_over(seed, data)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("halvern permanent placements in q4 2025", 4430),
        ("carrow h2 2024 admissions", 11.98e6),
    ],
)
def test_the_part_worked_out(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert f"{value:,.0f}" in answer.text or f"{value / 1e6:g} million" in answer.text, answer.text


def test_a_hedged_year_is_not_worked_from(engine) -> None:
    answer = engine.ask("carrow h2 2024 screenings")
    assert answer.status is Status.UNKNOWN, answer.text
