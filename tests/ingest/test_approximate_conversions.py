"""An amount given roughly in a sentence that says it puts figures in another currency for
the reader ("in euro terms", "In US dollars,", "at 150 to the dollar", "for convenience",
"equals roughly") is a conversion, never the company's figure; an exact amount in a second
currency the company reports in stays. Companies invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 6)


def _values(body: str) -> set[tuple[float, str]]:
    text = f"Brandvik Optics second-quarter notes\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=KnownEntity("Brandvik Optics", ())).proposals
    return {(p.value, p.unit) for p in found}


def test_a_rough_amount_in_currency_terms_is_a_conversion():
    found = _values(
        "Brandvik Optics posted net sales of SEK 2,410 million in the second quarter. "
        "In dollar terms the quarter's net sales came to about US$230 million."
    )
    assert (2_410_000_000.0, "SEK") in found
    assert not any(unit == "USD" for _, unit in found)


def test_a_rough_amount_at_a_stated_rate_is_a_conversion():
    found = _values(
        "Brandvik Optics posted net sales of SEK 2,410 million in the second quarter. "
        "At SEK 10.5 to the dollar, second-quarter net sales are roughly US$230 million."
    )
    assert not any(unit == "USD" for _, unit in found)


def test_a_figure_said_to_equal_roughly_another_currency_is_a_conversion():
    found = _values(
        "- Second-quarter net sales: SEK 2,410 million\n- Net sales equal roughly US$230 million."
    )
    assert not any(unit == "USD" for _, unit in found)


def test_an_exact_amount_in_a_second_reporting_currency_stays():
    found = _values(
        "Brandvik Optics posted net sales of SEK 2,410 million in the second quarter. "
        "In US dollar terms, net sales were US$229.6 million in the second quarter."
    )
    assert (229_600_000.0, "USD") in found


def test_a_rough_amount_in_a_currency_named_in_words_is_a_conversion():
    found = _values(
        "Brandvik Optics posted net sales of SEK 2,410 million in the second quarter. "
        "In reais, Brazilian net sales would have been roughly R$120 million."
    )
    assert not any(unit == "BRL" for _, unit in found)
