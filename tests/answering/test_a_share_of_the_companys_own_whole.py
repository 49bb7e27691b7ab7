"""A share of a whole named with the company's own word, over a ski-resort company
invented here (Wolverine Peak Resorts; calendar quarters; lift, dining and resort net
revenue and resort EBITDA for one quarter):

- "dining as a % of total resort net revenue q3 2025" is dining's share of the resort net
  revenue: "resort" is the company's own word and "net" a qualifier, so the whole is no
  sibling line of dining revenue (a sibling is never the whole "total" asks for); before,
  the whole was ruled out as a sibling and resort EBITDA, which names "resort" alone, was
  taken instead (a wrong answer in a development set written on 8c847878);
- a sibling line is still no whole, and a whole that leaves a word of the words after
  "% of" to another figure is none either: "dining as a % of total lift revenue" is
  never dining's share of the resort net revenue (the first version of the change gave
  that; the words after "% of" now name the whole).
"""

from __future__ import annotations

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

W = "Wolverine Peak Resorts"
Q3 = "2025-07-01/2025-09-30"
FACTS = [
    fact(W, "lift revenue", "actual", Q3, 598.2e6, "USD", "2025-10-30"),
    fact(W, "dining revenue", "actual", Q3, 96.3e6, "USD", "2025-10-30"),
    fact(W, "resort net revenue", "actual", Q3, 1014.0e6, "USD", "2025-10-30"),
    fact(W, "resort EBITDA", "actual", Q3, 388.6e6, "USD", "2025-10-30"),
]


def _engine(seed) -> Engine:
    return one_company(seed, W, "Wolverine Peak", FACTS, "2025-10-30")


def test_the_whole_named_with_the_companys_word(seed) -> None:
    answer = _engine(seed).ask("wolverine peak dining as a % of total resort net revenue q3 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == ["dining revenue", "resort net revenue"]
    assert "9.5%" in answer.text, answer.text


def test_a_sibling_line_is_no_whole(seed) -> None:
    answer = _engine(seed).ask("wolverine peak dining as a % of total lift revenue q3 2025")
    assert "resort EBITDA" not in {v.fact.metric for v in answer.facts}, answer.text
    assert "resort net revenue" not in {v.fact.metric for v in answer.facts}, answer.text
