"""An occasion named by its initials and by the month it was held in, over a company
invented here (Harrowgate Rail, fiscal year to 31 March named by its end year), whose
FY2027 ridership target was set in a results release and raised at its annual general
meeting: "the AGM" is the meeting (the initials of its title's words), "its AGM in
August 2026" is the same meeting, the month said with it and not the period asked;
"anounce" is the verb of stating misspelt, never a thing named."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import engine_over

H = "Harrowgate Rail"
FY27 = "2026-04-01/2027-03-31"


def _fact(value: float, as_of: str, source: str) -> dict:
    return {
        "entity": H,
        "metric": "journeys",
        "kind": "target",
        "period": FY27,
        "value": value,
        "unit": "units",
        "as_of": as_of,
        "source": source,
        "quote": f"a target of {value:,.0f} journeys",
    }


def _source(key: str, title: str, published: str, value: float) -> dict:
    return {
        "key": key,
        "title": title,
        "publisher": "Harrowgate Rail plc",
        "url": f"https://example.com/{key}",
        "published": published,
        "text": f"{title}. We set a target of {value:,.0f} journeys.",
    }


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    data = {
        "entities": [
            {
                "name": H,
                "aliases": ["Harrowgate"],
                "fiscal_year_end": "03-31",
                "fiscal_year_named_by": "end",
            }
        ],
        "sources": [
            _source("fy26", "Full-year results for FY2026", "2026-05-21", 214e6),
            _source(
                "agm", "Chairman's statement to the Annual General Meeting", "2026-08-27", 221e6
            ),
        ],
        "facts": [_fact(214e6, "2026-05-21", "fy26"), _fact(221e6, "2026-08-27", "agm")],
    }
    return engine_over(seed, data)


@pytest.mark.parametrize(
    "question",
    [
        "what journeys target did harrowgate give at the agm",
        "what journeys goal did harrowgate announce at its AGM in august 2026",
        "at its AGM in aug, what journeys goal did harrowgate anounce",
    ],
)
def test_the_meeting_named_by_its_initials(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 221e6, answer.text


def test_a_month_the_meeting_was_not_held_in_is_no_occasion(engine) -> None:
    answer = engine.ask("what journeys goal did harrowgate announce at its AGM in may 2026")
    assert not (answer.facts and answer.facts[0].fact.value == 221e6), answer.text
