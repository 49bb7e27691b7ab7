"""A miner's quarterly activities report, over an invented company reporting in US dollars
with Australian-dollar conversions: rows in kt and koz under each operation's heading, a
guidance table naming operations by short form, conversions in brackets, a plan moved "from"
a figure, the time of an event, and a base's period that is no topic of the report."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

JUNE_YEARS = FiscalCalendar.of("06-30", "end")
ENTITY = KnownEntity("Tallowood Mining", ("Tallowood",), JUNE_YEARS)

REPORT = """Quarterly Activities Report for the period ended 31 December 2025
Tallowood Mining Limited - ASX announcement
2026-01-20

QUARTERLY ACTIVITIES REPORT - DECEMBER 2025 QUARTER (Q2 FY26)

Tallowood reports in US dollars; A$ figures in brackets are convenience translations. The
Company's financial year runs from 1 July to 30 June; FY26 is the year ending 30 June 2026.

HIGHLIGHTS
- Kookaburra Hill (KH) C1 cash cost of US$1.80/lb, down from US$1.95/lb in the September quarter.
- Quarterly revenue of US$210 million (A$321 million).
- Gold guidance lowered to 150,000 - 160,000 ounces following the flooding in November.

PRODUCTION SUMMARY

                                  Dec Qtr     Sep Qtr     YTD FY26
                                  FY26        FY26
Kookaburra Hill (KH)
  Copper produced (t)             9,120       8,740       17,860
  C1 cash cost (US$/lb)           1.80        1.95        1.87
Bluegum Flat (BF)
  Gold produced (oz)              38,400      41,100      79,500
  Gold sold (oz)                  37,900      40,200      78,100

| Guidance item             | Original (24 Jul 2025) | Revised (20 Jan 2026) |
|---------------------------|------------------------|-----------------------|
| KH copper production (kt) | 34 - 38                | 36 - 39               |
| BF gold production (koz)  | 160 - 175              | 150 - 160             |

BF gold guidance is lowered from 160,000 - 175,000 ounces and AISC guidance is raised from
US$1,400 - 1,500/oz (A$2,140 - 2,290/oz) because of the flooding.
"""


def _facts() -> list:
    return list(extract(REPORT, published=date(2026, 1, 20), entity=ENTITY).proposals)


def test_rows_in_thousands_of_a_unit_are_scaled_and_short_forms_named_in_full():
    plans = {
        p.metric: p for p in _facts() if p.value_high is not None and p.as_of == date(2026, 1, 20)
    }
    copper = plans["Kookaburra Hill copper production"]
    assert (copper.value, copper.value_high) == (36000.0, 39000.0)
    gold = plans["Bluegum Flat gold production"]
    assert (gold.value, gold.value_high) == (150000.0, 160000.0)


def test_a_heading_with_its_short_form_heads_the_rows_set_in_below_it():
    named = {p.metric for p in _facts() if p.period.iso() == "2025-10-01/2025-12-31"}
    assert {"gold produced bluegum flat", "copper produced kookaburra hill"} <= {
        n.lower() for n in named
    }


def test_conversions_in_brackets_and_plans_moved_from_are_no_facts():
    facts = _facts()
    assert not any(p.unit == "AUD" for p in facts)
    assert not any(
        p.value == 160000.0 and p.value_high == 175000.0 and p.as_of == date(2026, 1, 20)
        for p in facts
    )


def test_neither_a_bases_period_nor_an_events_month_is_a_figures_period():
    facts = _facts()
    revenue = next(p for p in facts if p.value == 210e6)
    assert revenue.period.iso() == "2025-10-01/2025-12-31"  # never the September quarter
    assert not any(p.period.iso() == "2025-11-01/2025-11-30" for p in facts)  # "in November"


PODCAST = """Shaft Talk, episode 40: Tallowood's managing director
Shaft Talk - a mining podcast (transcript)
2026-03-05

[00:24] HOST: You put out the half-year numbers two weeks ago. Give us the headline.

[00:29] ANNA REID: For the half to 31 December we made underlying EBITDA of US$210 million.
Compare that with the first half last year, when we booked a net loss of US$15 million.

[01:02] HOST: For our Aussie listeners, that is roughly A$320 million, right?

[02:51] ANNA REID: We paid an interim of 4 US cents.
"""


def test_a_podcasts_timestamped_host_and_its_halves():
    facts = list(extract(PODCAST, published=date(2026, 3, 5), entity=ENTITY).proposals)
    by = {p.value: p for p in facts}
    assert by[210e6].period.iso() == "2025-07-01/2025-12-31"  # "the half to 31 December"
    assert by[15e6].period.iso() == "2024-07-01/2024-12-31"  # "the first half last year"
    assert not any(p.unit == "AUD" for p in facts)  # the host's conversion
    assert not any(p.unit == "units" for p in facts)  # "4 US cents" counts no cents sold


def test_a_peer_named_with_its_ticker_is_another_company():
    text = (
        "Tallowood: morning note\nQuarry Lane Securities - morning note\n2026-01-21\n\n"
        "Peer read-across\n"
        "- Redgum Gold (RGG) AISC A$2,690/oz in the Dec quarter; Tallowood's AISC was "
        "US$1,585/oz in the Dec quarter.\n"
    )
    facts = list(extract(text, published=date(2026, 1, 21), entity=ENTITY).proposals)
    assert not any(p.value == 2690.0 for p in facts)
