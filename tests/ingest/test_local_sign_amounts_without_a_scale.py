"""A local currency sign glued to an amount with no scale is a price or an amount per thing
("RM3,115 per bed night", "R712.4 per test", "R6 940 per learner" with its thousands set
apart by a space, "N2,815 a month"), in a report that names the sign's currency. On
8cd1ae9 only amounts with a scale ("R14.6bn") were read, and "RM1.2 bln" was cut at
"bln". Guards: a one-letter sign before a bare whole number ("grade R2", "P5") is a label;
a report that names no currency for the sign gives no amount."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.local_signs import signed_figures

ENTITY = KnownEntity("Marram Schools", ("Marram",), FiscalCalendar.of("12-31", "end"))


def _amounts(body: str) -> dict[float, str]:
    text = f"Marram Schools results\nNews\n2031-03-02\n\n{body}\n"
    found = extract(text, published=date(2031, 3, 2), entity=ENTITY).proposals
    return {p.value: p.unit for p in found if p.unit != "percent"}


def test_a_per_thing_amount_after_a_local_sign() -> None:
    got = _amounts(
        "Marram Schools, the South African school group, said fee revenue per learner was "
        "R6 940 in 2030, up 5.1% on the R6 603 of 2029."
    )
    assert got[6940] == "ZAR"
    assert got[6603] == "ZAR"


def test_a_two_letter_sign_and_a_scale_written_bln() -> None:
    got = _amounts(
        "Marram Schools, listed in Malaysia, said revenue per bed night was RM3,115 in 2030. "
        "It plans 2031 capex of about RM1.2 bln."
    )
    assert got[3115] == "MYR"
    assert got[1_200_000_000] == "MYR"


def test_a_one_letter_sign_before_a_whole_number_is_a_label() -> None:
    assert [f.text for f in signed_figures("Pupils in grade R2 and P5 sat the test.")] == []
    assert [f.text for f in signed_figures("ARPU of N2,815 a month")] == ["N2,815"]


def test_no_amount_where_the_report_names_no_currency_for_the_sign() -> None:
    got = _amounts("Marram Schools said fee revenue per learner was R6 940 in 2030.")
    assert 6940 not in got
