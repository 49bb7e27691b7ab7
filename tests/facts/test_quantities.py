"""Quantities: numbers with units, read, found in report text, and written back."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.facts.model import Quantity, SalesBotError
from bot.facts.quantities import (
    find_quantities,
    format_number,
    format_quantity,
    is_hedged,
    measure_unit,
    normalize_unit,
    parse_quantity,
)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("units", "units"),
        ("unit", "units"),
        ("phones", "units"),
        ("Smartphones", "units"),
        ("handsets", "units"),
        ("devices", "units"),
        ("$", "USD"),
        ("usd", "USD"),
        ("dollars", "USD"),
        ("US$", "USD"),
        ("US  dollars", "USD"),
        ("¥", "JPY"),
        ("yen", "JPY"),
        ("JPY", "JPY"),
        ("€", "EUR"),
        ("eur", "EUR"),
        ("euros", "EUR"),
        ("£", "GBP"),
        ("gbp", "GBP"),
        ("pounds", "GBP"),
        ("quid", "GBP"),  # chat's words for the two commonest
        ("bucks", "USD"),
        ("won", "KRW"),
        ("krw", "KRW"),
        ("yuan", "CNY"),
        ("rmb", "CNY"),
        ("cny", "CNY"),
        ("inr", "INR"),
        ("rupees", "INR"),
        ("chf", "CHF"),
        ("cad", "CAD"),
        ("aud", "AUD"),
        ("%", "percent"),
        ("percent", "percent"),
        ("per cent", "percent"),
        ("pct", "percent"),
        ("sek", "SEK"),
        (" NOK ", "NOK"),
    ],
)
def test_normalize_unit(text: str, unit: str) -> None:
    assert normalize_unit(text) == unit


@pytest.mark.parametrize("text", ["", "xx", "dollarz", "12", "US dollar bills", "ab1"])
def test_normalize_unit_rejects(text: str) -> None:
    with pytest.raises(SalesBotError, match=r"^unknown unit .*: use units, a currency code"):
        normalize_unit(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("39M", 39e6, "units"),
        ("39 million", 39e6, "units"),
        ("39,000,000", 39e6, "units"),
        ("39000000", 39e6, "units"),
        ("8.8 million", 8.8e6, "units"),
        ("39 million smartphones", 39e6, "units"),
        ("$1.25 billion", 1.25e9, "USD"),
        ("US$1.25bn", 1.25e9, "USD"),
        ("USD 1.25 billion", 1.25e9, "USD"),
        ("1.25 billion USD", 1.25e9, "USD"),
        ("40 billion yen", 40e9, "JPY"),
        ("¥40 billion", 40e9, "JPY"),
        ("¥40B", 40e9, "JPY"),
        ("€3bn", 3e9, "EUR"),
        ("29.6%", 29.6, "percent"),
        ("29.6 percent", 29.6, "percent"),
        ("1.2k", 1200, "units"),
        ("1.2K", 1200, "units"),
        ("490 million dollars", 490e6, "USD"),
        ("$490 million dollars", 490e6, "USD"),
        ("2.5 trillion won", 2.5e12, "KRW"),
        ("2.5T KRW", 2.5e12, "KRW"),
        ("-3.2%", -3.2, "percent"),
        ("−3.2%", -3.2, "percent"),
        ("-$1.25 billion", -1.25e9, "USD"),
        ("$-1.25 billion", -1.25e9, "USD"),
        ("+5", 5, "units"),
        (".5", 0.5, "units"),
        ("  1 unit ", 1, "units"),
        ("1,234.5", 1234.5, "units"),
        # East Asian myriads (added 2026-12-04; before, no amount was read)
        ("482億円", 48.2e9, "JPY"),
        ("1,234억 원", 123.4e9, "KRW"),
        ("1.2조 원", 1.2e12, "KRW"),
        ("36万元", 360_000, "CNY"),
    ],
)
def test_parse_quantity(text: str, value: float, unit: str) -> None:
    assert parse_quantity(text) == Quantity(value, unit)


def test_parse_quantity_default_unit() -> None:
    assert parse_quantity("39 million", default_unit="usd") == Quantity(39e6, "USD")
    assert parse_quantity("29.6%", default_unit="USD") == Quantity(29.6, "percent")
    assert parse_quantity("12") == Quantity(12, "units")


@pytest.mark.parametrize(
    "text",
    [
        "abc",
        "",
        "  ",
        "1e6",
        "12 34",
        "nan",
        "inf",
        "-inf",
        "NaN%",
        "(1.25 billion)",
        "forty",
        "$",
        "1.2.3",
    ],
)
def test_parse_quantity_rejects_junk(text: str) -> None:
    with pytest.raises(SalesBotError, match="is not a number"):
        parse_quantity(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [("$5 yen", "two units"), ("39 million xx", "unknown unit"), ("--5", "two signs")],
)
def test_parse_quantity_rejects_mixed_signals(text: str, message: str) -> None:
    with pytest.raises(SalesBotError, match=message):
        parse_quantity(text)


# -------------------------------------------------------------------- in report text


def found(text: str) -> list[tuple[str, float, str]]:
    return [(m.text, m.quantity.value, m.quantity.unit) for m in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sony sold 39 million smartphones last year, up from 33 million the year before.",
            [("39 million smartphones", 39e6, "units"), ("33 million", 33e6, "units")],
        ),
        ("It booked a $490 million charge.", [("$490 million", 490e6, "USD")]),
        ("a $1.25 billion loss", [("$1.25 billion", 1.25e9, "USD")]),
        (
            "cut the forecast from 50 billion yen to 40 billion yen",
            [("50 billion yen", 50e9, "JPY"), ("40 billion yen", 40e9, "JPY")],
        ),
        ("a share of 29.6 percent", [("29.6 percent", 29.6, "percent")]),
        ("margin fell -3.2% in Q3 2013", [("-3.2%", -3.2, "percent")]),
        (
            "US$1.25bn and USD 3 billion",
            [("US$1.25bn", 1.25e9, "USD"), ("USD 3 billion", 3e9, "USD")],
        ),
        (
            "shipped 2,000 units and 1.2k devices",
            [("2,000 units", 2000, "units"), ("1.2k devices", 1200, "units")],
        ),
        ("sold 2000 phones", [("2000 phones", 2000, "units")]),
        ("2.5 trillion won", [("2.5 trillion won", 2.5e12, "KRW")]),
        ("it sold 42M", [("42M", 42e6, "units")]),
        ("about 500 stores", [("500", 500, "units")]),
    ],
)
def test_find_quantities(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert found(text) == expected
    for m in find_quantities(text):
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "text",
    [
        "in 2013",
        "in March 2015",
        "the year to March 2015",
        "the 3rd quarter and the 1st half",
        "Q3 results",
        "the Xperia Z2 and Z1 Compact",
        "top three",
        "top 3 markets",
        "1. Overview",
        "  2) Outlook",
        "over the 12 months",
        "a 12-month plan",
        "for 10 seconds",
        "FY 13 and FY2013/14 and 3Q13",
        "the quarter ended June 30, 2013",
        "on 31 March 2014",
        "2013-04-01/2014-03-31",
    ],
)
def test_find_quantities_skips_non_amounts(text: str) -> None:
    assert found(text) == []


# ----------------------------------------------------------------------- formatting


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (39_000_000, "39 million"),
        (8_800_000, "8.8 million"),
        (1_250_000_000, "1.25 billion"),
        (490_000_000, "490 million"),
        (2_500_000_000_000, "2.5 trillion"),
        (1_000_000, "1 million"),
        (39_123_456, "39,123,456"),
        (1_234_500_000, "1,234,500,000"),
        (1200, "1,200"),
        (999_999, "999,999"),
        (29.6, "29.6"),
        (0.5, "0.5"),
        (0, "0"),
        (-0.0, "0"),
        (-39_000_000, "-39 million"),
        (-1200.25, "-1,200.25"),
        (1.23456, "1.235"),
        (12.0, "12"),
        # below one, to four decimals: a take rate's "0.1375" (on 5c67d98 "0.138")
        (0.1375, "0.1375"),
        (0.23456, "0.2346"),
    ],
)
def test_format_number(value: float, text: str) -> None:
    assert format_number(value) == text


@pytest.mark.parametrize(
    ("q", "long", "short"),
    [
        (Quantity(39e6, "units"), "39 million units", "39M"),
        (Quantity(8.8e6, "units"), "8.8 million units", "8.8M"),
        (Quantity(39_123_456, "units"), "39,123,456 units", "39.1M"),
        (Quantity(1, "units"), "1 unit", "1"),
        (Quantity(1200, "units"), "1,200 units", "1.2K"),
        (Quantity(1.25e9, "USD"), "$1.25 billion", "$1.25B"),
        (Quantity(-1.25e9, "USD"), "-$1.25 billion", "-$1.25B"),
        (Quantity(40e9, "JPY"), "¥40 billion", "¥40B"),
        (Quantity(3e9, "EUR"), "€3 billion", "€3B"),
        (Quantity(2e6, "GBP"), "£2 million", "£2M"),
        (Quantity(29.6, "percent"), "29.6%", "29.6%"),
        (Quantity(-3.2, "percent"), "-3.2%", "-3.2%"),
        # a rate below one percent to four decimals, as numbers below one are written
        # (before 2026-12-04 "0.138%": a midpoint of two take rates rounded)
        (Quantity(0.1375, "percent"), "0.1375%", "0.138%"),
        (Quantity(2.5e12, "KRW"), "2.5 trillion KRW", "2.5T KRW"),
        (Quantity(999_950, "units"), "999,950 units", "1M"),
    ],
)
def test_format_quantity(q: Quantity, long: str, short: str) -> None:
    assert format_quantity(q) == long
    assert format_quantity(q, "long") == long
    assert format_quantity(q, style="short") == short


def test_format_rejects_bad_input() -> None:
    with pytest.raises(SalesBotError):
        format_quantity(Quantity(1, "units"), style="tiny")
    with pytest.raises(SalesBotError):
        format_number(math.nan)
    with pytest.raises(SalesBotError):
        format_quantity(Quantity(math.inf, "USD"))


# ----------------------------------------------------------------------- properties

UNITS = ["units", "USD", "JPY", "EUR", "percent", "KRW"]


@st.composite
def values(draw: st.DrawFn) -> float:
    """Integers and 1-3 decimal values from 1 to 1e13, either sign, often round-looking."""
    decimals = draw(st.integers(0, 3))
    if draw(st.booleans()):  # round: 39 million, 1.25 billion
        digits = draw(st.integers(1, 999))
        exponent = draw(st.integers(0, 13 - len(str(digits))))
        magnitude = Decimal(digits).scaleb(exponent - decimals)
    else:
        magnitude = Decimal(draw(st.integers(10**decimals, 10 ** (13 + decimals)))).scaleb(
            -decimals
        )
    return float(-magnitude if draw(st.booleans()) else magnitude)


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9)


@settings(max_examples=500)
@given(values(), st.sampled_from(UNITS))
def test_long_format_round_trips(value: float, unit: str) -> None:
    q = Quantity(value, unit)
    back = parse_quantity(format_quantity(q))
    assert back.unit == unit
    assert close(back.value, value)


@settings(max_examples=500)
@given(values(), st.sampled_from(UNITS))
def test_short_format_round_trips_where_lossless(value: float, unit: str) -> None:
    q = Quantity(value, unit)
    back = parse_quantity(format_quantity(q, "short"))
    assert back.unit == unit
    assert math.isclose(back.value, value, rel_tol=0.005)  # three significant figures
    if len(Decimal(repr(abs(value))).normalize().as_tuple().digits) <= 3:
        assert close(back.value, value)


@settings(max_examples=300)
@given(values(), st.sampled_from(UNITS))
def test_formatted_amounts_are_found_in_text(value: float, unit: str) -> None:
    q = Quantity(value, unit)
    text = format_quantity(q)
    [m] = find_quantities(f"In FY2013 the figure was {text}, per the 2014 report.")
    assert m.text == text
    assert m.quantity.unit == unit and close(m.quantity.value, value)


@given(values())
def test_round_values_use_words_and_others_keep_every_digit(value: float) -> None:
    text = format_number(value)
    assert close(parse_quantity(text).value, value)
    mantissa = Decimal(repr(abs(value))) / Decimal(10**6)
    if abs(value) >= 1e6 and abs(value) < 1e9 and mantissa == mantissa.quantize(Decimal("0.001")):
        assert text.endswith(" million")


@pytest.mark.parametrize(
    ("quote", "value", "hedged"),
    [
        ("Near 50 million units, more than 10 million of them tablets.", 1e7, True),
        ("Close to 50 million units, 10 million of them tablets.", 5e7, True),
        ("Close to 50 million units, 10 million of them tablets.", 1e7, False),
        ("Revenue was about $1.2 billion.", 1.2e9, True),
        ("Margin of ~5% expected.", 5, True),
        ("| Units sold | 5.4 million |", 5.4e6, False),
        ("Sales rose 12% to 7.5 million units.", 7.5e6, False),
        ("It sold over 7.5 million units.", 7.5e6, True),
        ("It handed over 7.5 million units to buyers.", 7.5e6, False),
        ("Sales rose 12% to 7.5 million units.", 12, False),
        ("No figure here at all.", 3, False),
        # a table cell's markup is no "more than" (">"); a bare ">" still is
        ("<tr><td>Placements</td><td>18,640</td></tr>", 18640, False),
        ("Placements: > 18,640 in the year.", 18640, True),
    ],
)
def test_is_hedged(quote: str, value: float, hedged: bool) -> None:
    assert is_hedged(quote, value) is hedged


def test_every_one_word_currency_name_is_a_currency() -> None:
    from bot.facts.quantities import CURRENCY_WORDS

    assert CURRENCY_WORDS["nzd"] == "NZD" and CURRENCY_WORDS["yen"] == "JPY"
    assert all(unit not in ("units", "percent") for unit in CURRENCY_WORDS.values())
    assert parse_quantity("NZ$ 9.10").unit == "NZD"


@pytest.mark.parametrize(
    ("word", "unit"),
    [
        ("kgMS", ("kg", "MS")),
        ("kgms", ("kg", "ms")),
        ("tonnes", ("tonnes", "")),
        ("MWh", ("MWh", "")),
        ("metres", ("metres", "")),  # "cubic metres of ready-mix"
        ("cubic", ("cubic", "")),
        # "meters" may be what was sold (smart meters)
        ("meters", None),
        # a name or a word that merely starts like a unit is none
        ("boeing", None),
        ("tonic", None),
        ("ozone", None),
    ],
)
def test_a_unit_of_measure_is_told_from_words_that_start_like_one(word, unit) -> None:
    assert measure_unit(word) == unit


def test_numbers_written_again_are_written_the_same_whatever_their_type() -> None:
    for _ in range(2):
        assert [format_number(v) for v in (1, 1.0, 0.0, -0.0, 8.8, 39_000_000)] == [
            "1",
            "1",
            "0",
            "0",
            "8.8",
            "39 million",
        ]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("core net income of Php10.55 billion", 10_550_000_000, "PHP"),
        ("revenue of KRW123.4 billion", 123_400_000_000, "KRW"),
        ("a USD10 million order", 10_000_000, "USD"),
        ("EUR5.2bn of sales", 5_200_000_000, "EUR"),
    ],
)
def test_a_currency_code_glued_to_its_number(text, value, unit) -> None:
    """'Php10.55 billion': the code written against the number, as emerging-market
    reports and chat write it (before 2026-12-05 no amount was read); 'fy2025' and
    'cet1' stay no amounts."""
    (found,) = find_quantities(text)
    assert (found.quantity.value, found.quantity.unit) == (value, unit)


@pytest.mark.parametrize("text", ["fy2025 sales", "the cet1 ratio", "q3 2025 revenue"])
def test_letters_glued_to_a_number_that_are_no_currency(text) -> None:
    assert not [m for m in find_quantities(text) if m.quantity.unit != "units"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("its original 40,000 t hake target", 40_000, "units"),
        ("landed 6,180 t of hake", 6_180, "units"),
        ("a $4t market", 4e12, "USD"),
        ("KRW 2.5t of sales", 2.5e12, "KRW"),
    ],
)
def test_a_bare_t_is_tonnes_but_money_s_t_a_trillion(text: str, value: float, unit: str) -> None:
    """'40,000 t' in a question is tonnes (before 2026-12-06 it was 40,000 trillion, and a
    development set's "40,000 t hake target" found no figure); "$4t" is four trillion."""
    [found] = find_quantities(text)
    assert (found.quantity.value, found.quantity.unit) == (value, unit)
