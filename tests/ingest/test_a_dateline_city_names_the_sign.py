"""A local sign's currency told by the report's dateline city: "10 March 2032 |
Johannesburg" over "Revenue (R million)". On 768d1894 a report had to write the currency
or its country ("rand", "South Africa") for "R" to be read, so a slide deck that only
gave its city lost every amount. The city is the time-zone database's name for the
country's clock (CLDR, in babel). Guards: a report that names its currency keeps it,
whatever other cities it mentions ("Sweden" with a "Copenhagen" taproom: kronor, never
kroner); a report naming no place at all still reads no "R"."""

from __future__ import annotations

from datetime import date

from bot.facts.periods.fiscal_calendar import FiscalCalendar
from bot.ingest.extract import KnownEntity
from bot.ingest.local_signs import LOCAL_KEY, report_signs

SLIDES = """Klipfontein Eggs - Interim results presentation (slide text)
Klipfontein investor relations
2032-03-10

[Slide 1]
KLIPFONTEIN EGGS LIMITED
Interim results presentation
10 March 2032 | Johannesburg

[Slide 3]
KEY NUMBERS
                                  H1 F2032     H1 F2031     Change
Revenue (R million)                1,701.5      1,486.2     +14.5%
"""

SWEDISH = """Norrbrygg AB: second quarter
Norrbrygg
2032-07-15

Norrbrygg, the brewer from Sweden, reported net sales of kr 1.2 billion; its new Copenhagen
taproom opened in May.
"""


def test_a_dateline_city_names_the_sign() -> None:
    assert report_signs(SLIDES).get(LOCAL_KEY + "R") == "ZAR"
    from bot.ingest.extract import extract

    entity = KnownEntity("Klipfontein Eggs", ("Klipfontein",), FiscalCalendar.of("06-30", "end"))
    found = extract(SLIDES, published=date(2032, 3, 10), entity=entity).proposals
    assert any(p.value == 1_701_500_000 and p.unit == "ZAR" for p in found)


def test_a_named_currency_outweighs_a_city() -> None:
    assert report_signs(SWEDISH).get(LOCAL_KEY + "kr") == "SEK"


def test_no_place_no_sign() -> None:
    assert LOCAL_KEY + "R" not in report_signs(SLIDES.replace(" | Johannesburg", ""))
