"""Parts told in one sentence with no time of their own take the period of the whole they
add up to ("Revenue in Denmark was EUR 1,204.0 million, in Sweden EUR 611.5 million and in
Norway EUR 402.3 million" after a line on the fourth quarter: the year's EUR 2,217.8
million); parts whose sentence names its own period keep it. Company invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract
from bot.ingest.summed_parts import with_wholes_periods

DAY = date(2026, 2, 19)
RELEASE = f"""Skelby Staffing fiscal 2025 results
Test Wire
{DAY.isoformat()}

Skelby Staffing today reported results for fiscal 2025. Revenue fell to EUR 2,217.8 million
from EUR 2,301.0 million in fiscal 2024.

Fourth-quarter revenue was EUR 548.1 million.

Revenue in Denmark was EUR 1,204.0 million, in Sweden EUR 611.5 million and in
Norway EUR 402.3 million.
"""


def test_parts_adding_up_to_the_year_are_the_year_s():
    found = extract(RELEASE, published=DAY, entity=KnownEntity("Skelby Staffing")).proposals
    parts = [p for p in found if p.value in (1_204_000_000, 611_500_000, 402_300_000)]
    assert len(parts) == 3
    assert all(p.period.start == date(2025, 1, 1) for p in parts)


def test_parts_naming_their_own_period_keep_it():
    found = extract(RELEASE, published=DAY, entity=KnownEntity("Skelby Staffing")).proposals
    quarter = [p for p in found if p.value == 548_100_000]
    told = [
        quarter[0].__class__(
            **{
                **quarter[0].__dict__,
                "metric": m,
                "value": v,
                "quote": "In the fourth quarter Denmark had X and Sweden Y.",
                "start": 1,
            }
        )
        for m, v in (("Denmark revenue", 1_000_000_000), ("Sweden revenue", 1_217_800_000))
    ]
    moved = with_wholes_periods([*found, *told])
    assert all(p.period == quarter[0].period for p in moved if p.start == 1)


def test_an_amount_wrapped_after_its_currency_is_read():
    text = RELEASE.replace(
        "in Sweden EUR 611.5 million and in\nNorway EUR 402.3 million.",
        "in Sweden EUR 611.5 million and in Norway EUR\n402.3 million.",
    )
    found = extract(text, published=DAY, entity=KnownEntity("Skelby Staffing")).proposals
    norway = [p for p in found if p.value == 402_300_000]
    assert norway and norway[0].metric == "Norway revenue"
    assert not any("Norway" in p.metric and p.value == 611_500_000 for p in found)
