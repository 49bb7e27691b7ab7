"""A cement maker's despatches, over a company invented here (Lakhra Cement; fiscal year
to June, named by its end year; despatches in tonnes, total, export, and export of
cement and of clinker, and net sales in rupees):

- "despatches", the British spelling, are shipments: "total offtake" (a word of units
  sold, which shipments answer) is the total despatches, never the rupees of net sales;
- "what share of despatches were exports" is the export despatches' share of the total
  despatches: a whole named "total …" is the part's name less its line too, never the
  cement exports' share of all exports because "cement" is a word of the company's name.

On the engine of 2026-12-05 (ec215f9a) both were wrong figures (net sales; 58.5% of
exports), development answers the judge read as wrong on arrival. A share of the
exports asked by their own line ("was clinker") is the guard."""

from __future__ import annotations

import pytest

from tests.answering.invented import fact, one_company, values

L = "Lakhra Cement"
FY25, H1 = "2024-07-01/2025-06-30", "2025-07-01/2025-12-31"
FACTS = [
    fact(L, "total despatches", "actual", FY25, 3_981_420, "units", "2025-08-20"),
    fact(L, "total despatches", "actual", H1, 2_089_250, "units", "2026-02-20"),
    fact(L, "export despatches", "actual", FY25, 1_046_550, "units", "2025-08-20"),
    fact(L, "cement export despatches", "actual", FY25, 612_300, "units", "2025-08-20"),
    fact(L, "clinker export despatches", "actual", FY25, 434_250, "units", "2025-08-20"),
    fact(L, "net sales", "actual", H1, 33_418e6, "PKR", "2026-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed):
    return one_company(seed, L, "Lakhra", FACTS, "2026-02-20", year_end="06-30", named_by="end")


@pytest.mark.parametrize("question", ["lakhra total offtake 1HFY26", "lakhra despatches 1HFY26"])
def test_despatches_are_shipments(engine, question) -> None:
    assert values(engine, question) == [2_089_250]


@pytest.mark.parametrize(
    "question",
    [
        "what share of lakhra's fy25 despatches were exports",
        "lakhra fy25 export despatches as % of total despatches",
    ],
)
def test_a_share_of_a_total_named_so(engine, question) -> None:
    assert values(engine, question) == [1_046_550, 3_981_420]


def test_a_share_of_the_exports_by_their_own_line(engine) -> None:  # (guard)
    question = "what share of lakhra's fy25 export despatches was clinker"
    assert values(engine, question) == [434_250, 1_046_550]
