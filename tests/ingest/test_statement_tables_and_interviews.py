"""A German-style quarterly statement, ad-hoc notice and translated interview, over an
invented machinery maker: divisions under grouped column headings, a ratio in a table in
EUR million, a list by region with its units in brackets, successive forecasts by the day
each was stated, "(previously, as published on ...: ...)", and an interview's asides."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Haldor Werke", ("Haldor",))
SALES = ("sales", "revenue")  # the vocabulary names sales as revenue


def sales_of(part: str) -> tuple[str, ...]:
    return tuple(f"{part} {s}" for s in SALES)


STATEMENT = """Haldor Werke quarterly statement Q3 2025
Haldor Werke AG - Investor Relations
2025-11-05

Key figures

EUR million                    Q3 2025    Q3 2024    9M 2025    9M 2024
Order intake                       640        702      1,950      2,010
Book-to-bill ratio                0.94       1.03       0.97       1.02

Business development by division (Q3)

EUR million                          Orders              Sales           EBIT margin (%)
                                   Q3 25    Q3 24    Q3 25    Q3 24     Q3 25    Q3 24
Pumps (PU)                           310      350      330      340       6.2      7.9
Valves and Fittings (VF)             330      352      351      360       8.4      8.1
Consolidation / other                -10      -10      -10      -10

Sales by region (9M 2025, EUR million): Germany 610 | Rest of Europe 720 | Americas 455 |
Asia/Pacific 301

Forecast 2025

                          Original (12 Mar 2025)   Ad hoc (15 Oct 2025)   Current (5 Nov 2025)
Sales (EUR bn)                  2.9 – 3.1              2.7 – 2.8              2.7 – 2.8
EBIT margin (%)                 8.0 – 9.0              7.0 – 7.5              7.0 – 7.5
"""

NOTICE = """Haldor Werke adjusts its forecast
Haldor Werke AG - ad-hoc announcement
2025-10-15

The Executive Board now expects for the financial year 2025:
- sales of EUR 2.7 billion to EUR 2.8 billion (previously, as published on
  12 March 2025: EUR 2.9 billion to EUR 3.1 billion);
- an EBIT margin of 7.0% to 7.5% (previously: 8.0% to 9.0%).
"""

INTERVIEW = """"We are through the worst" - interview with Haldor's finance chief
Rhein-Tagesblatt (translated from German)
2026-01-21

Rhein-Tagesblatt: How did the year end?

Petra Lind: Our orders for 2025 came to EUR 2.61 billion (German original: "2,61
Milliarden Euro"). Sales were EUR 2.74 billion, so we landed inside the range we narrowed
in November, and the EBIT margin was 7.2 percent.

RTB: That's roughly 3.2 billion US dollars in sales. Is that enough?

Petra Lind: What I can say is that in Pumps, orders in the fourth quarter were 12 percent
above the prior-year quarter.

RTB: And the longer term?

Petra Lind: The EBIT margin of 10 percent in 2028 that we presented at our Capital Markets
Day in May 2024 stands.
"""


def _facts(text: str, published: date) -> list:
    return list(extract(text, published=published, entity=ENTITY).proposals)


def _by(facts: list) -> dict[tuple[str, float], object]:
    return {(p.period.iso(), p.value): p for p in facts}


def test_a_ratio_in_a_table_of_money_is_a_ratio():
    facts = _by(_facts(STATEMENT, date(2025, 11, 5)))
    ratio = facts[("2025-07-01/2025-09-30", 0.94)]
    assert ratio.metric == "book-to-bill ratio" and ratio.unit == "units"
    assert facts[("2024-01-01/2024-09-30", 1.02)].unit == "units"


def test_grouped_headings_name_each_divisions_measure_and_short_forms_are_no_tonnes():
    facts = _by(_facts(STATEMENT, date(2025, 11, 5)))
    assert facts[("2025-07-01/2025-09-30", 310000000.0)].metric.lower() == "pumps orders"
    assert facts[("2024-07-01/2024-09-30", 340000000.0)].metric.lower() in sales_of("pumps")
    margin = facts[("2025-07-01/2025-09-30", 8.4)]
    assert margin.metric == "Valves and Fittings EBIT margin" and margin.unit == "percent"
    assert ("2025-07-01/2025-09-30", -10000000.0) not in facts  # the bridge row


def test_a_list_by_region_takes_the_units_in_its_lead_ins_brackets():
    facts = _by(_facts(STATEMENT, date(2025, 11, 5)))
    assert facts[("2025-01-01/2025-09-30", 455000000.0)].metric in sales_of("Americas")
    rest = facts[("2025-01-01/2025-09-30", 720000000.0)]
    assert rest.metric in sales_of("Rest of Europe")  # never Europe's sales
    assert ("2025-01-01/2025-09-30", 301000000.0) in facts


def test_a_table_of_successive_forecasts_dates_each_column_by_its_day():
    plans = [p for p in _facts(STATEMENT, date(2025, 11, 5)) if p.value_high is not None]
    sales = {p.as_of: (p.value, p.value_high) for p in plans if p.metric in SALES}
    assert sales[date(2025, 3, 12)] == (2.9e9, 3.1e9)
    assert sales[date(2025, 10, 15)] == (2.7e9, 2.8e9)
    assert all(p.period.iso() == "2025-01-01/2025-12-31" for p in plans)
    margins = {p.as_of: p.unit for p in plans if p.metric == "EBIT margin"}
    assert set(margins.values()) == {"percent"}


def test_previously_with_the_day_it_was_published_and_an_expects_lead_in():
    plans = [p for p in _facts(NOTICE, date(2025, 10, 15)) if p.value_high is not None]
    sales = {p.as_of: (p.value, p.value_high) for p in plans if p.metric in SALES}
    assert sales == {date(2025, 10, 15): (2.7e9, 2.8e9), date(2025, 3, 12): (2.9e9, 3.1e9)}
    margins = {(p.value, p.value_high) for p in plans if p.metric == "EBIT margin"}
    assert margins == {(7.0, 7.5), (8.0, 9.0)}
    assert all(p.kind is Kind.FORECAST for p in plans)


def test_an_interviews_asides_and_restatements_are_no_facts_of_the_company():
    facts = _facts(INTERVIEW, date(2026, 1, 21))
    by = _by(facts)
    assert by[("2025-01-01/2025-12-31", 2610000000.0)].metric == "orders"
    # the month a range was narrowed in dates that statement, not the year's sales
    assert by[("2025-01-01/2025-12-31", 2740000000.0)].metric in SALES
    assert by[("2025-01-01/2025-12-31", 7.2)].metric == "EBIT margin"
    assert not any(p.unit == "USD" for p in facts)  # the interviewer's conversion
    assert not any("German" in p.metric for p in facts)  # the original wording's note
    growth = by[("2025-10-01/2025-12-31", 12.0)]
    assert growth.metric.startswith("Pumps")  # "in Pumps," frames the clause


def test_a_target_presented_at_a_capital_markets_day_is_a_target_set_that_day():
    plans = [p for p in _facts(INTERVIEW, date(2026, 1, 21)) if p.period.iso().startswith("2028")]
    assert {p.kind for p in plans} == {Kind.TARGET}
    assert date(2024, 5, 1) in {p.as_of for p in plans}
