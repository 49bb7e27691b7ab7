""" "Net new X" over a period, of a count held at dates, over a company invented here
(Ravelin Cloud; fiscal years to January, named by their end).

"Net new 100k+ customers in FY2025" is the count at the year's end less the count at its
start, both cited: the "net" of "net new" is of the additions, explained before the
company's figures are read, where the company's own defined terms (read then) rewrote it
into the count's name.

On the engine this session started from (3f25a2a) both "net new" wordings answered the
count at the year's end (wrong answers), the notes' "net of churn" having rewritten "net";
"how many did they add" is a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

R = "Ravelin Cloud"
FACTS = [
    fact(R, "customers with ARR of $100,000 or more", "actual", "2024-01-31/2024-01-31", 958,
         "units", "2025-03-11"),
    fact(R, "customers with ARR of $100,000 or more", "actual", "2025-01-31/2025-01-31", 1_212,
         "units", "2025-03-11"),
]  # fmt: skip


# the notes say the count "net of churn": a word the reports say of the figure
NOTES = "Customers with ARR of $100,000 or more: 1,212 net of churn, up from 958."


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": R, "aliases": ["Ravelin"], "fiscal_year_end": "01-31",
                 "fiscal_year_named_by": "end"}]  # fmt: skip
    data = bundle(entities, [f | {"quote": NOTES} for f in FACTS], "2025-03-11")
    data["sources"][0]["text"] = NOTES
    return engine_over(seed, data)


@pytest.mark.parametrize(
    "question",
    [
        "net new 100k+ customers at ravelin in fy2025",
        "ravelin net new customers with arr of 100k or more, fy25",
        "how many 100k customers did ravelin add in fy2025",
    ],
)
def test_net_new_is_the_change_of_the_count(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [958, 1_212], answer.text
    assert "254" in answer.text, answer.text
