"""An exchange rate written out ("A$1 = US$0.65", "0.87 £/€") is no amount of anyone's, and
an amount given roughly beside it is a conversion; a unit after a slash ("$142/TON") or a
share after '=' ("$2.45B = 80.6% of net sales") is no rate. Companies invented here; the
pair case failed on the engine this session started from (734c82a), the converted amount
proposed as revenue in pounds; the others are guards (the rate set equal had been proposed
as revenue in a real report whose sentence these do not copy)."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 20)


def _found(body: str) -> set[tuple[str, float, str]]:
    text = f"Tallowmere Linen results\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=KnownEntity("Tallowmere Linen", ())).proposals
    return {(p.metric, p.value, p.unit) for p in found}


def test_a_rate_set_equal_is_no_figure():
    found = _found(
        "Revenue for the first half was A$388.0 million. For the convenience of overseas "
        "holders, that is approximately US$252 million at\nA$1 = US$0.65."
    )
    assert any(value == 388_000_000 and unit == "AUD" for _, value, unit in found)
    assert not any(unit == "USD" or value in (0.65, 1.0) for _, value, unit in found)


def test_an_amount_beside_a_rate_over_a_pair_is_a_conversion():
    found = _found("First-half revenue was €164.2m. At 0.86 £/€, first-half revenue ≈ £141.2m.")
    assert any(value == 164_200_000 and unit == "EUR" for _, value, unit in found)
    assert not any(unit == "GBP" or value == 0.86 for _, value, unit in found)


def test_a_price_per_ton_is_no_rate():
    found = _found("* Q2 AVERAGE LINEN PRICE $142/TON VS $118/TON YEAR AGO")
    assert {142.0, 118.0} <= {value for _, value, _ in found}
