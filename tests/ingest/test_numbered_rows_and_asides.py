"""A table whose first column only numbers its rows ("Line | Description | 2029-30") is
read as if that column were not there, and its "Description" caption names nothing. Figures
in a question, in what a plan assumes, or in a unit's gloss are no facts."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Morrel Water plc", ("Morrel Water",), FiscalCalendar.of("03-31", "end"))


def _found(body: str):
    text = f"Morrel Water annual return\nRegulatory filing\n2030-07-15\n\n{body}\n"
    return extract(text, published=date(2030, 7, 15), entity=ENTITY).proposals


NUMBERED = """Table 2 - Key figures

| Line | Description                    | 2029-30   | 2028-29   |
|------|--------------------------------|-----------|-----------|
| 1    | Revenue (£m)                   | 812.4     | 790.1     |
| 2    | Underlying operating profit (£m) | 231.0   | 219.5     |
"""


def test_a_numbering_column_is_read_past() -> None:
    got = {(p.metric, p.value, p.period.end.year) for p in _found(NUMBERED)}
    assert ("revenue", 812_400_000, 2030) in got
    assert ("revenue", 790_100_000, 2029) in got
    assert ("underlying operating profit", 231_000_000, 2030) in got
    assert not any("description" in p.metric for p in _found(NUMBERED))


def test_a_first_column_of_words_is_no_numbering() -> None:
    table = NUMBERED.replace("| 1    |", "| Water |").replace("| 2    |", "| Waste |")
    assert not any(p.value == 812_400_000 and p.metric == "revenue" for p in _found(table))


def test_a_question_states_nothing() -> None:
    assert not _found("On the 40% operating margin for 2032, what does that imply for 2031?")


def test_what_a_plan_assumes_is_no_figure() -> None:
    found = _found(
        "The 2031 outlook assumes national household meter installations of around "
        "1.2 million units."
    )
    assert not found


def test_a_unit_s_gloss_is_no_figure() -> None:
    found = _found(
        "Report year: 1 April 2029 to 31 March 2030\n\n"
        "2.1 All figures relate to the regulated business. Figures in tables are in £m unless "
        "another unit is shown; Ml means megalitres (one million litres)."
    )
    assert not found
