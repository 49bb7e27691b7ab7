"""A share of two figures each named by its own words, over a company invented here
(Brolgan Health; FY to June named by its end; revenue, underlying EBITDA, net profit
after tax):

- "brolgan npat as % of revenue fy25", "underlying ebitda as a share of revenue": the
  part's words are another figure's than the one settled on (the revenue), and were
  left unexplained beside the share's word, so the question was refused; the words
  nothing explains are now those of a share and of the company's other figures, and
  the share is worked out;
- a word no figure has ("widget as % of revenue") is still refused, so is a word only
  another company's figure has ("smartphone profit as % of revenue": the seed's Sony
  sells smartphones; answered with the NPAT's share on 8c847878, a wrong answer found
  while testing this change), and a share that is none (revenue as % of NPAT: no part
  of a whole) is still not given.

On the engine this session started from (8c847878) the first three were refused (a
development set's "underlying ebitda margin (ebitda as % of revenue)" among them); the
last two are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

B = "Brolgan Health"
FY25 = "2024-07-01/2025-06-30"
FACTS = [
    fact(B, "revenue", "actual", FY25, 1.21e9, "AUD", "2025-08-27"),
    fact(B, "underlying EBITDA", "actual", FY25, 148.2e6, "AUD", "2025-08-27"),
    fact(B, "net profit after tax", "actual", FY25, 46.0e6, "AUD", "2025-08-27"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {
            "name": B,
            "aliases": ["Brolgan"],
            "fiscal_year_end": "06-30",
            "fiscal_year_named_by": "end",
        }
    ]
    return engine_over(seed, bundle(entities, FACTS, "2025-08-27"))


@pytest.mark.parametrize(
    ("question", "part", "share"),
    [
        ("brolgan npat as % of revenue fy25", "net profit after tax", "3.8%"),
        ("brolgan underlying ebitda as % of revenue fy25", "underlying EBITDA", "12.2%"),
        ("brolgan underlying ebitda as a share of revenue fy25", "underlying EBITDA", "12.2%"),
    ],
)
def test_the_share_of_two_named_figures(engine, question, part, share) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.intent == "share"
    assert [v.fact.metric for v in answer.facts] == [part, "revenue"]
    assert share in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "brolgan widget as % of revenue fy25",
        "brolgan smartphone profit as % of revenue fy25",
        "brolgan revenue as % of npat fy25",
    ],
)
def test_no_share_without_its_part(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text
