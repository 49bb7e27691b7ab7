"""Chat's own words for sums and parts left out, over a company invented here (Ravenscrag
Grain, CAD, a year to July named by its end): "2023 and 2024 all in" adds the two years
up; "net of the US" and "net of Q4" take a region or a quarter out of the whole, and a
part said first in a clause of its own ("excluding the US, what was H1 revenue") is taken
out of the whole said after it.

On b97a921a "all in" added nothing (the later year's growth answered), "net of" took
nothing out (the quarter's or the region's own figure answered) and a fronted exclusion
found no whole: wrong answers or misses in development sets. Guards: "all in 2024" is the
year's own figure; "net of tax" names a profit's basis, nothing taken out."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

R = "Ravenscrag Grain"
FY23, FY24 = "2022-08-01/2023-07-31", "2023-08-01/2024-07-31"
Q4_FY24, H1_FY25 = "2024-05-01/2024-07-31", "2024-08-01/2025-01-31"
FACTS = [
    fact(R, "EBITDA", "actual", FY23, 41.87e6, "CAD", "2023-09-20"),
    fact(R, "EBITDA", "actual", FY24, 45.31e6, "CAD", "2024-09-25"),
    fact(R, "tonnes handled", "actual", FY24, 12.84e6, "units", "2024-09-25"),
    fact(R, "tonnes handled", "actual", Q4_FY24, 2.91e6, "units", "2024-09-25"),
    fact(R, "revenue", "actual", H1_FY25, 158.3e6, "CAD", "2025-03-12"),
    fact(R, "United States revenue", "actual", H1_FY25, 31.5e6, "CAD", "2025-03-12"),
    fact(R, "net profit", "actual", FY24, 18.2e6, "CAD", "2024-09-25"),
    fact(R, "railcars sold", "actual", FY23, 41_200, "units", "2023-09-20"),
    fact(R, "railcars sold", "actual", FY24, 43_900, "units", "2024-09-25"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, R, "Ravenscrag", FACTS, "2025-03-12", "07-31", "end")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("ravenscrag ebitda fy23 and fy24 all in", "87.18"),
        ("all told, ravenscrag ebitda fy23 and fy24", "87.18"),
        ("ravenscrag fy24 tonnes net of q4", "9.93"),
        ("ravenscrag h1 fy25 revenue net of the us", "126.8"),
        ("net of the US, what was ravenscrag's h1 fy25 revenue", "126.8"),
        ("excluding the US, what was ravenscrag's h1 fy25 revenue", "126.8"),
    ],
)
def test_worked_out(engine, question, said) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert said in answer.text, answer.text
    assert len(answer.facts) == 2, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "ravenscrag ebitda all in fy24",
        # ("all in" of one period only says "in all": the first version of this change
        # tried to add up parts of it)
        "what was ravenscrag's ebitda in fy24, all in",
    ],
)
def test_all_in_a_year_is_that_year(engine, question) -> None:
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts] == [45.31e6], answer.text


def test_net_of_tax_is_a_basis(engine) -> None:
    answer = engine.ask("ravenscrag fy24 profit net of tax")
    assert [v.fact.value for v in answer.facts] == [18.2e6], answer.text


def test_things_counted_add_up_in_the_plural(engine) -> None:
    # ("railcars sold … add up", never "adds up": an irregular participle after the things counted)
    answer = engine.ask("ravenscrag railcars sold fy23 and fy24 all in")
    assert "railcars sold in Aug 2022 – Jul 2024 add up to 85,100" in answer.text, answer.text
