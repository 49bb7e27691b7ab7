"""'PAT', as South Asian and African results write profit after tax, is a word of the
net-profit family in the reporting thesaurus (bot/facts/reporting.json), so a question
that names no company finds the one company stating it, and 'PAT margin' is worked out
over net sales; over a company invented here (Chakwal Cement, PKR, a year to June named by
its end), its metric named as results or their tables name it ('profit after
taxation' too). On b97a921a 'pat' was no word at all: "I don't have anything about 'pat'"
(development sets), unless the company's own metric name gave its initials."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

C = "Chakwal Cement"
FY25 = "2024-07-01/2025-06-30"
FACTS = [
    fact(C, "profit after tax", "actual", FY25, 13_650e6, "PKR", "2025-08-27"),
    fact(C, "net sales", "actual", FY25, 98_410e6, "PKR", "2025-08-27"),
    fact(C, "operating margin", "actual", FY25, 10.2, "percent", "2025-08-27"),
    fact(C, "operating margin", "actual", "2023-07-01/2024-06-30", 9.7, "percent", "2025-08-27"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, C, "Chakwal", FACTS, "2025-08-27", "06-30", "end")


def test_pat_with_no_company_named(engine) -> None:
    answer = engine.ask("what was the PAT in fy25")
    assert [v.fact.value for v in answer.facts] == [13_650e6], answer.text


def test_profit_after_taxation_as_a_table_names_it(seed) -> None:
    facts = [{**f, "metric": f["metric"].replace(" tax", " taxation")} for f in FACTS]
    engine = one_company(seed, C, "Chakwal", facts, "2025-08-27", "06-30", "end")
    answer = engine.ask("what was the PAT in fy25")
    assert [v.fact.value for v in answer.facts] == [13_650e6], answer.text


def test_pat_margin(engine) -> None:
    answer = engine.ask("chakwal pat margin fy25")
    assert answer.status is Status.ANSWERED, answer.text
    assert "13.9%" in answer.text, answer.text


def test_ppts_is_no_slip_of_pats(engine) -> None:
    # ("in ppts": percentage points, never a typo for "pats" now that PAT is a word;
    # the first version of this change mended it so, in development sets)
    answer = engine.ask("how much did chakwal's operating margin improve fy25 vs fy24 in ppts")
    assert "0.5 percentage points" in answer.text, answer.text
