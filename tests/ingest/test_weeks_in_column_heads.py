"""A 52/53-week company's column heads say their weeks: "FY2035 (53 wks)", "39 wks F2036".
On 768d1894 the short "wks" was read as the thing the column counts, so the column was
dropped; "FY2035, had 53 weeks" (a comma before the verb) and the head's "(53 wks)" were no
statement of the year's length, so the year kept 52 weeks; and "39 wks F2036" was the whole
fiscal year. Guards: a year the report says nothing of keeps the week calendar's length,
and a calendar year's "26 weeks 2036" is no fiscal year's first half."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods import LeadingMonthsRef, find_periods
from bot.facts.periods.fiscal_calendar import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

HOLM = KnownEntity("Holmfjord Foods", ("Holmfjord",), FiscalCalendar.of("06-30", "end"))

YEAR_TABLE = """# Holmfjord Foods A/S: FY2036 results

**Aarhus, 20 August 2036.** Holmfjord Foods today reported results for the 2035/36
financial year (FY2036), the 52 weeks ended 28 June 2036. The comparative year, FY2035,
had 53 weeks (ended 30 June 2035).

| DKK million            | FY2036 (52 wks) | FY2035 (53 wks) | Change |
|------------------------|----------------:|----------------:|-------:|
| Net revenue            | 11,640          | 11,210          | +3.8%  |
| Retail                 | 8,380           | 8,150           | +2.8%  |
"""

FY2036 = Period(date(2035, 7, 1), date(2036, 6, 28))
FY2035_53_WEEKS = Period(date(2034, 6, 25), date(2035, 6, 30))

PENN = KnownEntity("Pennyroyal Cards", ("Pennyroyal",), FiscalCalendar.of("01-31", "end"))

NINE_MONTHS_TABLE = """PENNYROYAL CARDS REPORTS THIRD QUARTER FISCAL 2036 RESULTS
Newswire
2035-12-06

OTTAWA, December 6, 2035 -- Pennyroyal Cards Ltd. today reported results for the
thirteen weeks ended November 3, 2035.

Highlights (C$ millions)

                                   Q3 F2036    Q3 F2035    39 wks F2036    39 wks F2035
  Net sales                           141.7       136.9           490.6           467.1
  Wholesale sales                      34.2        30.5           102.4            91.8
"""


def _by_value(text: str, published: date, entity: KnownEntity) -> dict[float, Period]:
    found = extract(text, published=published, entity=entity).proposals
    return {p.value: p.period for p in found}


def test_a_head_with_its_weeks_keeps_its_column() -> None:
    got = _by_value(YEAR_TABLE, date(2036, 8, 20), HOLM)
    assert got[11_640_000_000] == FY2036
    assert got[8_380_000_000] == FY2036
    assert 11_210_000_000 in got and 8_150_000_000 in got


def test_a_year_said_to_have_53_weeks_has_them() -> None:
    got = _by_value(YEAR_TABLE, date(2036, 8, 20), HOLM)
    assert got[11_210_000_000] == FY2035_53_WEEKS


def test_without_the_statement_the_year_keeps_the_calendar_s_weeks() -> None:
    text = YEAR_TABLE.replace(
        " The comparative year, FY2035,\nhad 53 weeks (ended 30 June 2035).", ""
    )
    text = text.replace(" (53 wks)", "").replace(" (52 wks)", "")
    got = _by_value(text, date(2036, 8, 20), HOLM)
    assert got[11_210_000_000] == Period(date(2034, 7, 2), date(2035, 6, 30))


def test_a_fiscal_year_s_first_weeks() -> None:
    refs = {m.text: m.ref for m in find_periods("39 wks F2036 and the first 26 weeks of FY2035")}
    assert refs["39 wks F2036"] == LeadingMonthsRef(9, 2036, True)
    assert refs["the first 26 weeks of FY2035"] == LeadingMonthsRef(6, 2035, True)
    got = _by_value(NINE_MONTHS_TABLE, date(2035, 12, 6), PENN)
    assert got[490_600_000] == Period(date(2035, 2, 4), date(2035, 11, 3))
    assert got[467_100_000] == Period(date(2034, 1, 29), date(2034, 10, 28))  # F2035: 53 weeks
    assert got[141_700_000] == Period(date(2035, 8, 5), date(2035, 11, 3))


def test_a_calendar_year_s_weeks_are_no_fiscal_part() -> None:
    assert not any(isinstance(m.ref, LeadingMonthsRef) for m in find_periods("26 weeks 2036"))
