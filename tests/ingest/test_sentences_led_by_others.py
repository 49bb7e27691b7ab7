"""A sentence that opens on another party (a rival, the market, the industry) tells that
party's figures until the company is named or speaks ("..., while we shipped ..."); one
that opens on a source of others' figures ("Data firm ... puts", "Market research
institution ... estimates", "Reference: market consensus ...") gives that source's
estimate, whoever it is about. A split of the company's own figures "by market" is no other
party. Companies invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 2, 18)
TEXT = f"""Tollery Kayaks full-year results
Test Wire
{DAY.isoformat()}

Tollery Kayaks reported revenue of $318 million for 2025.
Rival Penwick Paddle, which says it shipped about 41,000 kayaks in calendar 2025, is cutting
prices. Rival Ostry Boats, which reports on a calendar year, last month said it sold 66,500
canoes. Data firm PaddleStat, however, puts Tollery Kayaks' share of the US kayak market at
7.4%, down from 8.2%. Reference: market consensus (FactSet, Jan 2026) revenue $321 million.
Industry volumes fell 3% in 2025, but we shipped 52,300 kayaks in 2025.
By market, the United States contributed $201.5 million in 2025 and Canada $62.0 million.
"""


def _found():
    return extract(TEXT, published=DAY, entity=KnownEntity("Tollery Kayaks")).proposals


def test_a_rival_s_and_a_source_s_figures_are_theirs():
    values = {p.value for p in _found()}
    for theirs in (41_000, 66_500, 7.4, 8.2, 321_000_000, 3):
        assert theirs not in values, theirs


def test_the_company_s_own_figures_stay():
    values = {p.value for p in _found()}
    for own in (318_000_000, 52_300, 201_500_000, 62_000_000):
        assert own in values, own


MARKET = f"""Tollery Kayaks full-year results
Test Wire
{DAY.isoformat()}

Tollery Kayaks reported revenue of $318 million for 2025.
The spot price of cedar averaged US$61.20 a cubic foot over 2025, according to price reporters.
Kayak registrations in Europe fell 4% in 2025, according to the European Paddling Federation.
Benchmark resin prices averaged roughly $1,940 per tonne in 2025.
Global touring-kayak production rose by around 2% to 1.9 million units in 2025.
Global recorded-paddle market share: 6.1% in calendar 2025.
According to preliminary figures, fourth-quarter revenue was $88.4 million.
Our average realized price was $1,210 per kayak in 2025.
"""


def test_market_measures_and_credited_figures_are_not_the_company_s():
    found = extract(MARKET, published=DAY, entity=KnownEntity("Tollery Kayaks")).proposals
    values = {p.value for p in found}
    for theirs in (61.2, 4, 1_940, 2, 1_900_000):
        assert theirs not in values, theirs
    for own in (318_000_000, 6.1, 88_400_000, 1_210):
        assert own in values, own
