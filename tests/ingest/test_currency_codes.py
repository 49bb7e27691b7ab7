"""Three capitals before an amount are its currency only where they are one ("CHF 41.2
MLN"), or a wire's own code for one ("STG 18.4 MLN" is sterling); a month in a capitals
headline ("SET JUN 12") or a measure's initials ("ADV 4.1M") is no currency. Company
invented here. Nor are a page, a telephone number or days of a month."""

from __future__ import annotations

from bot.ingest.figures import find_figures


def _units(text: str) -> list[str]:
    return [f.unit for f in find_figures(text)]


def test_real_and_wire_currency_codes():
    assert "CHF" in _units("Q2 REVENUE CHF 41.2 MLN")
    assert "GBP" in _units("Q2 REVENUE STG 18.4 MLN")


def test_months_and_initials_are_no_currency():
    assert not {"JUN", "ADV"} & set(_units("KEEPS FY VIEW OF 2.10 BLN DLRS SET JUN 12"))
    assert "ADV" not in _units("Parcel ADV 4.1M in the quarter")


def test_pages_telephones_and_days_are_no_amounts():
    assert find_figures("Annual Review 2025 (pages 22-31, text only)") == []
    assert find_figures("Investor Relations, TEL: +44-20-7946-0321") == []
    assert find_figures("The depot closes for inventory on 14-15 June.") == []
    assert [f.value for f in find_figures("we opened 12 depots in June")] == [12]


def test_a_base_written_with_its_scale_alone_takes_the_compared_amounts_currency():
    (_, base) = find_figures("* Q2 ORDERS 2,417 MLN DLRS VS 2,208 MLN YR AGO")
    assert (base.value, base.unit) == (2_208_000_000, "USD")
    (_, counted) = find_figures("We sold 3.1 million units vs 2.9 million a year ago")
    assert counted.unit == "units"
    (_, other) = find_figures("revenue of EUR 4.1 billion and 3.9 million customers")
    assert other.unit == "units"
