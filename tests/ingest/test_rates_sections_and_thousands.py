"""An exchange rate a plan assumes ("an exchange rate assumption of 30.6 dollars to 1 US
dollar") and a heading's section number ("2.5 Results of operations") are no figures of
the company's; a row noting "(000)" counts thousands. Companies invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract
from bot.ingest.tables.placement import unit_note

DAY = date(2025, 10, 30)


def _values(body: str) -> set[float]:
    text = f"Corlan Foundry quarterly call\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    return {
        p.value for p in extract(text, published=DAY, entity=KnownEntity("Corlan", ())).proposals
    }


def test_an_assumed_exchange_rate_is_no_figure():
    found = _values(
        "Based on an exchange rate assumption of 31.2 NT dollars to 1 US dollar, Corlan expects "
        "fourth-quarter revenue of US$410 million."
    )
    assert 31.2 not in found


def test_a_section_number_is_no_figure():
    found = _values("2.5 Results of operations\n\nCorlan sold 1,240 wafers in the quarter.")
    assert 2.5 not in found


def test_a_thousands_note_of_zeros_scales_a_count():
    assert unit_note("LTL shipments/day (000)") == (1e3, None)
