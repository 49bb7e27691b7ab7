"""A figure after a join whose only words are a part's label ("H1 retail revenue DKK 4,310
mln; foodservice DKK 1,710 mln", "Amusement revenue reached $352.9 million and food and
beverage $245.1 million", "Q1 LOTTO SALES DKK 1,012 MLN; SCRATCHCARDS DKK 655 MLN") is
that part of the measure the figure before it names: on 457d8001 it took the first figure's
own name, the two clashed, and neither was proposed. Guards: a time or a measure after the
join is no part ("and EBITDA to EUR 88.1 million"), nor a base ("up from EUR 398.2
million")."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Tindervale Leisure", ("Tindervale",), FiscalCalendar.of("12-31", "start"))


def _named(sentence: str) -> dict[float, str]:
    text = f"Tindervale Leisure results\nWire\n2031-02-04\n\n{sentence}\n"
    found = extract(text, published=date(2031, 2, 4), entity=ENTITY).proposals
    return {p.value: p.metric for p in found}


def test_a_label_after_a_semicolon() -> None:
    got = _named("* H1 retail revenue DKK 4,310 mln; foodservice DKK 1,710 mln")
    assert got[4_310_000_000] == "retail revenue"
    assert got[1_710_000_000] == "foodservice revenue"


def test_a_label_after_and() -> None:
    got = _named(
        "Amusement revenue reached $352.9 million for the year and food and beverage $245.1 "
        "million."
    )
    assert got[245_100_000] == "food and beverage revenue"
    assert got[352_900_000] != got[245_100_000]


def test_a_wire_s_labels_in_capitals() -> None:
    got = _named("Q1 LOTTO SALES DKK 1,012 MLN; SCRATCHCARDS DKK 655 MLN")
    assert got[655_000_000].lower().startswith("scratchcards")
    assert got[1_012_000_000] != got[655_000_000]


def test_a_measure_after_the_join_names_itself() -> None:
    got = _named("Revenue rose to EUR 412.9 million in the year, and EBITDA to EUR 88.1 million.")
    assert got[412_900_000] == "revenue"
    assert got[88_100_000] == "EBITDA"
