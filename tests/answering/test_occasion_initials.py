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


def _harrowgate(sources: list[dict], facts: list[dict]) -> dict:
    """Harrowgate Rail's bundle of these SOURCES and FACTS."""
    entity = {"name": H, "aliases": ["Harrowgate"], "fiscal_year_end": "03-31"}
    return {
        "entities": [entity | {"fiscal_year_named_by": "end"}],
        "sources": sources,
        "facts": facts,
    }


FY26_RESULTS = _source("fy26", "Full-year results for FY2026", "2026-05-21", 214e6)
AGM = _source("agm", "Chairman's statement to the Annual General Meeting", "2026-08-27", 221e6)


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    facts = [_fact(214e6, "2026-05-21", "fy26"), _fact(221e6, "2026-08-27", "agm")]
    return engine_over(seed, _harrowgate([FY26_RESULTS, AGM], facts))


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


@pytest.fixture(scope="module")
def raised_since(seed) -> Engine:
    """The same company, its AGM target raised again at the half-year results."""
    # (its report calls the meeting "the AGM", as a company may be called "the group")
    agm = AGM | {"text": "The AGM approved a target of 221,000,000 journeys for the year."}
    h1 = _source("h1", "Half-year results for FY2027", "2026-11-12", 226e6)
    facts = [
        _fact(214e6, "2026-05-21", "fy26"),
        _fact(221e6, "2026-08-27", "agm"),
        _fact(226e6, "2026-11-12", "h1"),
    ]
    return engine_over(seed, _harrowgate([FY26_RESULTS, agm, h1], facts))


@pytest.mark.parametrize(
    "question",
    [
        "how many journeys did the agm approve for the year?",
        "what journeys did the august 2026 AGM approve for the year?",
        "what journeys target did the august 2026 AGM approve?",
    ],
)
def test_the_meeting_as_who_set_the_goal(raised_since, question) -> None:
    """'what did the AGM approve': the meeting named as the one who set it, and what it
    approved a plan. On abe89aa the first two were refused ("approve" said no kind: the
    actual was asked, and none is held); the third passed (a guard). In a development
    set "agm" (three letters, shorter than the event words a typo may become) was also
    read as a name for the company and "did the AGM approve" as "did as of … approve",
    so the latest year's plan was given: mended in engine.py and occasions.as_of."""
    answer = raised_since.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 221e6, answer.text


def test_an_occasion_as_the_subject_is_dated_after_the_question() -> None:
    """'did the April 2024 AGM approve': "they", with the date after the question (on
    abe89aa: "did as of 2024-04-26 approve"); "at the AGM" keeps its place."""
    from datetime import date

    from bot.answering.matching import occasions

    said = "what profit did the april 2024 AGM approve?"
    found = occasions.Occasion(16, 34, date(2024, 4, 26))
    assert occasions.as_of(said, found) == "what profit did they approve as of 2024-04-26?"
    said = "what profit did they set at the AGM"
    found = occasions.Occasion(25, 35, date(2024, 4, 26))
    assert occasions.as_of(said, found) == "what profit did they set as of 2024-04-26"
    assert occasions.names_an_event("agm") and not occasions.names_an_event("agms-x")
