"""A company named by what its own reports call it, over two companies invented here
(Rushmere Rovers, a football club; Kaveri Bank; fiscal years to June and March).

"The club's wage ratio" is Rushmere's, whose reports call it "the club"; "the bank's
profit" is Kaveri's. A word no company's reports call it by ("the insurer's profit"),
or that both are called ("the company"), names none of them.

On the engine this session started from (5c67d98) the three questions naming a company by its
kind were refused ("I don't have anything about 'club's'"); the insurer, the company
called so by both, and a line the reports call "the academy" are guards. (The rule's
first form, 7a65033, read a development company's "the Permian", a word of its line's
name left over, as the company: a wrong figure; and "the Q2 letter" of another, losing
the guidance stated in it. Neither a word of the store's names nor an occasion's word is
read for a company now.)"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import engine_over, fact

R, K = "Rushmere Rovers", "Kaveri Bank"
CLUB = (
    "The club said wages rose. The club sold two players. The company is listed. The company pays."
)
BANK = (
    "The bank grew advances. The bank's margin held. The company raised deposits. The company paid."
)


def _fact(entity: str, metric: str, value: float, unit: str, source: str) -> dict:
    return fact(entity, metric, "actual", "2024-07-01/2025-06-30", value, unit, "2025-09-01") | {
        "source": source,
        "quote": CLUB[:13] if source == "club" else BANK[:13],
    }


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    def source(key: str, text: str) -> dict:
        return {
            "key": key,
            "title": f"{key} results",
            "publisher": "Test wire",
            "url": f"https://example.com/{key}",
            "published": "2025-09-01",
            "text": text,
        }

    data = {
        "entities": [
            {
                "name": R,
                "aliases": ["Rushmere"],
                "fiscal_year_end": "06-30",
                "fiscal_year_named_by": "end",
            },
            {
                "name": K,
                "aliases": ["Kaveri"],
                "fiscal_year_end": "06-30",
                "fiscal_year_named_by": "end",
            },
        ],
        "sources": [source("club", CLUB), source("bank", BANK)],
        "facts": [
            _fact(R, "wages-to-revenue ratio", 71.5, "percent", "club"),
            _fact(R, "net profit", 12e6, "GBP", "club"),
            _fact(R, "academy revenue", 3e6, "GBP", "club"),
            _fact(R, "shop revenue", 2e6, "GBP", "club"),
            _fact(K, "net profit", 8.2e9, "INR", "bank"),
        ],
    }
    return engine_over(seed, data)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("what was the club's wage ratio in fy25", 71.5),
        ("what was the bank's net profit in fy25", 8.2e9),
        ("net profit at the club in fy25", 12e6),
    ],
)
def test_a_company_named_by_its_kind(engine, question, value) -> None:
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts] == [value], answer.text


def test_a_line_the_reports_call_so_is_that_line(engine) -> None:
    """("the academy": a line of the store's own, never the company it belongs to)"""
    answer = engine.ask("how much more revenue did the academy make than the shop in fy25")
    assert sorted(v.fact.value for v in answer.facts) == [2e6, 3e6], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what was the insurer's net profit in fy25",
        "the company's net profit in fy25",
        # an occasion the reports name ("the letter"), never the company
        "net profit they gave in the fy25 letter",
    ],
)
def test_a_kind_no_one_or_everyone_is_called(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text
