"""'NPAT 2H25' of a company whose year ends in June: its own code for the second half of
FY25 (Jan - Jun 2025), as its reports write it, never the calendar's second half of 2025
(its H1 FY26); the year in full ("H2 2025") may still be either, and a fiscal marker
("2H FY25") says so itself. A quarter so coded ("3Q13") may be the calendar's, as the news
writes it.

Failed on the engine of d64fc378 (the calendar half, H1 FY26's profit, answered first
where both halves were held). The worked-out half and the full year's words are guards.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.facts.periods import find_periods
from bot.facts.periods.references import HalfRef, QuarterRef
from tests.answering.invented import bundle, engine_over, fact

L = "Lorikeet Insurance"  # fiscal year to 30 June, named by its end
H1_FY25, FY25, H1_FY26 = "2024-07-01/2024-12-31", "2024-07-01/2025-06-30", "2025-07-01/2025-12-31"

FACTS = [
    fact(L, "net profit after tax", "actual", H1_FY25, 201_000_000, "AUD", "2025-02-19"),
    fact(L, "net profit after tax", "actual", FY25, 402_000_000, "AUD", "2025-08-20"),
    fact(L, "net profit after tax", "actual", H1_FY26, 248_000_000, "AUD", "2026-02-18"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entity = {"name": L, "aliases": ["Lorikeet"], "fiscal_year_end": "06-30"}
    return engine_over(
        seed, bundle([entity | {"fiscal_year_named_by": "end"}], FACTS, "2026-02-18")
    )


@pytest.mark.parametrize("question", ["lorikeet npat 2h25", "lorikeet npat 2H FY25"])
def test_a_half_coded_digit_first_is_the_companys_own(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [201_000_000, 402_000_000], answer.text
    assert "201" in answer.text


def test_the_half_after_is_still_its_own(engine: Engine) -> None:
    answer = engine.ask("lorikeet npat 1h26")
    assert [v.fact.value for v in answer.facts] == [248_000_000], answer.text


@pytest.mark.parametrize(
    ("said", "fiscal"),
    [("2H25", True), ("1h26", True), ("1H 2026", None), ("3q25", None), ("2H FY25", True)],
)
def test_half_codes_with_a_short_year_are_fiscal(said: str, fiscal: bool | None) -> None:
    (mention,) = find_periods(said)
    assert isinstance(mention.ref, (HalfRef, QuarterRef))
    assert mention.ref.fiscal is fiscal
