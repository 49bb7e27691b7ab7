"""A company with a fiscal year of its own codes its halves and quarters in it: "1H31" in a
June-year company's half-year filing is July to December 2030, "Q2 2031" its October to
December, in a table's column heads as in its prose. On 8cd1ae9 a code without "FY" was
read in calendar years (January to June 2031, a half not yet over, dropped). Guards: a
calendar-year company's "1H31" and a story's words "the third quarter of 2030" stay the
calendar's."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

JUNE = KnownEntity("Wattle Glass", ("Wattle",), FiscalCalendar.of("06-30", "end"))
DECEMBER = KnownEntity("Wattle Glass", ("Wattle",), FiscalCalendar.of("12-31", "end"))

TABLE = """Wattle Glass Limited
HALF-YEAR REPORT

                                  1H31         1H30      Change
                                 $'000        $'000           %
Sales revenue                    652,400      581,200     up 12.3%
Operating EBITDA                  84,300       70,900     up 18.8%
"""


def _periods(body: str, entity: KnownEntity, published: date) -> dict[float, Period]:
    text = f"Wattle Glass results\nAnnouncements\n{published.isoformat()}\n\n{body}\n"
    found = extract(text, published=published, entity=entity).proposals
    return {p.value: p.period for p in found if p.unit != "percent"}


def test_a_half_s_code_in_a_table_head_is_the_fiscal_half() -> None:
    got = _periods(TABLE, JUNE, date(2031, 2, 20))
    assert got[652_400_000] == Period(date(2030, 7, 1), date(2030, 12, 31))
    assert got[581_200_000] == Period(date(2029, 7, 1), date(2029, 12, 31))


def test_a_quarter_s_code_in_prose_is_the_fiscal_quarter() -> None:
    got = _periods(
        "Wattle Glass shipped 41,200 panes in Q2 2031, up from 38,900 panes in Q2 2030.",
        JUNE,
        date(2031, 1, 28),
    )
    assert got[41_200] == Period(date(2030, 10, 1), date(2030, 12, 31))


def test_a_calendar_year_company_s_code_stays_the_calendar_s() -> None:
    got = _periods(TABLE, DECEMBER, date(2031, 8, 20))
    assert got[652_400_000] == Period(date(2031, 1, 1), date(2031, 6, 30))


def test_a_story_s_quarter_in_words_stays_the_calendar_s() -> None:
    got = _periods(
        "Wattle Glass shipped 41,200 panes in the third quarter of 2030, a record.",
        JUNE,
        date(2030, 10, 28),
    )
    assert got[41_200] == Period(date(2030, 7, 1), date(2030, 9, 30))
