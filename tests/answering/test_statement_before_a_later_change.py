"""'The FY26 guidance in Feb 2026, before the trim': the statement made that month, where it
raised the range and the trim came later; "the range in May 2026, before the trim", where
May made the trim, is the one May replaced.

The first failed on the engine this session started from (2de7fc9): it answered the
August range, the one February had replaced (a wrong answer); the second is a guard. A
range's end "before the May cut", where May stated one figure, failed too (November's)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

Q = "Quinnell Vending"
T = "Tollard Coaches"  # the May cut stated one figure where the range had been
FY26 = "2025-07-01/2026-06-30"
FACTS = [
    fact(Q, "revenue (low end)", "forecast", FY26, 450_000_000, "AUD", "2025-08-20"),
    fact(Q, "revenue (high end)", "forecast", FY26, 465_000_000, "AUD", "2025-08-20"),
    fact(Q, "revenue (low end)", "forecast", FY26, 470_000_000, "AUD", "2026-02-18"),
    fact(Q, "revenue (high end)", "forecast", FY26, 480_000_000, "AUD", "2026-02-18"),
    fact(Q, "revenue (low end)", "forecast", FY26, 462_000_000, "AUD", "2026-05-20"),
    fact(Q, "revenue (high end)", "forecast", FY26, 470_000_000, "AUD", "2026-05-20"),
    fact(T, "deliveries (low end)", "forecast", FY26, 9_200, "units", "2025-11-12"),
    fact(T, "deliveries (high end)", "forecast", FY26, 9_600, "units", "2025-11-12"),
    fact(T, "deliveries (low end)", "forecast", FY26, 9_400, "units", "2026-02-05"),
    fact(T, "deliveries (high end)", "forecast", FY26, 9_800, "units", "2026-02-05"),
    fact(T, "deliveries", "forecast", FY26, 9_300, "units", "2026-05-06"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    fiscal = {"fiscal_year_end": "06-30", "fiscal_year_named_by": "end"}
    entities = [
        {"name": Q, "aliases": ["Quinnell"]} | fiscal,
        {"name": T, "aliases": ["Tollard"]} | fiscal,
    ]
    return engine_over(seed, bundle(entities, FACTS, "2026-05-20"))


@pytest.mark.parametrize(
    ("question", "ends"),
    [
        ("quinnell fy26 revenue guidance in feb 2026, before the trim", ("470", "480")),
        ("quinnell fy26 revenue guidance in may 2026, before the trim", ("470", "480")),
    ],
)
def test_the_statement_standing_before_the_change(engine, question, ends) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    stated = answer.text.split(";")[0]  # (what follows tells the range's history)
    assert all(f"{e} million" in stated for e in ends), answer.text
    assert "450 million" not in stated, answer.text


def test_a_range_end_before_a_cut_stated_as_one_figure(engine) -> None:
    """'The high end before the May cut', where May stated one figure: February's high
    end, the last before that May (never November's, the one February replaced)."""
    answer = engine.ask("tollard fy2026 deliveries guidance before the may cut, high end")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 9_800, answer.text
