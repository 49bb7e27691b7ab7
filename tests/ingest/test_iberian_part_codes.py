"""Portuguese and Spanish reports name a quarter "2T31" (trimestre), a half "1S31"
(semestre) and a whole year "12M31": a table headed by them has its cells in those periods,
and a sentence saying "in 2T31" is that quarter's. On 768d1894 no code was read: the
table's cells were all lost and "12M31" was read as the year before. Guards: "1s" in small
letters and "12M 2031" (twelve million, then a year) are no such codes, and a code with an
estimate's "E" after it is no period of ours."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods import HalfRef, QuarterRef, YearRef, find_periods
from bot.facts.periods.fiscal_calendar import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Vale Verde Sucos", ("Vale Verde",), FiscalCalendar.of("12-31", "end"))

TABLE = """Vale Verde Sucos - earnings release 2T31
Investor relations
2031-08-06

Vale Verde Sucos S.A. today reports its results for the second quarter of 2031 (2T31)
and the first half of 2031 (1S31). Amounts are in Brazilian reais (R$).

Table 1 - Highlights
                                       2T31       2T30      Var.       1S31       1S30
Net revenue (R$ million)              412.5      398.0     3.6%      801.2      779.9
Exports (tonnes)                     51,300     49,800     3.0%    100,400     97,100
"""

NEWS = """Vale Verde Sucos: first-quarter EBITDA lower
Agencia Campo
2032-05-10

Vale Verde Sucos said adjusted EBITDA for 1T32 was R$ 88.2 million. Adjusted EBITDA for
12M31 was R$ 401.7 million.
"""


def _by_value(text: str, published: date) -> dict[float, Period]:
    found = extract(text, published=published, entity=ENTITY).proposals
    return {p.value: p.period for p in found}


def test_the_codes_are_read_as_periods() -> None:
    refs = {m.text: m.ref for m in find_periods("2T31, 1S31, 4T 2030 and 12M31")}
    assert refs["2T31"] == QuarterRef(2, 2031, None)
    assert refs["1S31"] == HalfRef(1, 2031, None)
    assert refs["4T 2030"] == QuarterRef(4, 2030, None)
    assert refs["12M31"] == YearRef(2031, True)


def test_a_table_headed_by_quarter_and_half_codes() -> None:
    got = _by_value(TABLE, date(2031, 8, 6))
    assert got[412_500_000] == Period(date(2031, 4, 1), date(2031, 6, 30))
    assert got[398_000_000] == Period(date(2030, 4, 1), date(2030, 6, 30))
    assert got[801_200_000] == Period(date(2031, 1, 1), date(2031, 6, 30))
    assert got[779_900_000] == Period(date(2030, 1, 1), date(2030, 6, 30))
    assert got[100_400] == Period(date(2031, 1, 1), date(2031, 6, 30))


def test_twelve_months_of_a_year() -> None:
    got = _by_value(NEWS, date(2032, 5, 10))
    assert got[88_200_000] == Period(date(2032, 1, 1), date(2032, 3, 31))
    assert got[401_700_000] == Period(date(2031, 1, 1), date(2031, 12, 31))


def test_what_is_no_code() -> None:
    texts = {m.text for m in find_periods("took 1s, 2t of it and 12M 2031 units, 2T31E")}
    assert not any(t.startswith(("1s", "2t")) for t in texts)
    assert "12M 2031" not in texts
    assert not any(t.startswith("2T31") for t in texts)
