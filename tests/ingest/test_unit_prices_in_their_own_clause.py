"""An amount a unit in a clause of its own ("... $71.40 a barrel and realized gas was $3.12
per Mcf", "and lease operating expense averaged $8.75 per boe", "and cost per seat 7.95
cents", "and our average selling price came to EUR 1,210 a tonne") is named by that
clause's subject, never by the price or amount of the clause before it: on f42670a3 both
figures took the first clause's name, clashed, and neither was proposed. Guards: an
amount "a year earlier" is no price; "with average ARR per customer of" and an assumption's
"WTI of US$70 per barrel" name none of the company's prices."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Corrow Basin Resources", ("Corrow",), FiscalCalendar.of("12-31", "start"))


def _named(sentence: str) -> dict[float, str]:
    text = f"Corrow Basin Resources results\nWire\n2031-02-20\n\n{sentence}\n"
    found = extract(text, published=date(2031, 2, 20), entity=ENTITY).proposals
    return {p.value: p.metric for p in found}


def test_a_second_clause_s_subject_names_its_price() -> None:
    got = _named(
        "Corrow said its realized oil price for the year was $71.40 a barrel and realized gas "
        "was $3.12 per Mcf."
    )
    assert got[71.4] == "realized oil price"
    assert got[3.12] == "realized gas price"


def test_a_cost_per_unit_after_an_amount() -> None:
    got = _named(
        "Capital expenditures for the year were $2.10 billion, and lease operating expense "
        "averaged $8.75 per boe."
    )
    assert got[2.1e9] == "capital expenditure"
    assert got[8.75] == "lease operating expense"


def test_a_measure_per_unit_with_its_verb_left_out() -> None:
    got = _named("For the year, revenue per seat was 8.12 cents and cost per seat 7.95 cents.")
    assert got[0.0812] == "revenue per seat"
    assert got[0.0795] == "cost per seat"


def test_a_selling_price_after_revenue() -> None:
    got = _named(
        "Revenue for the year rose to EUR 412.9 million, and our average selling price came "
        "to EUR 1,210 a tonne."
    )
    assert got[412.9e6] == "revenue"
    assert got[1210] == "average selling price"


def test_an_amount_a_year_earlier_is_no_price() -> None:
    got = _named(
        "Adjusted EBITDA for the year was $41 million, compared with a loss of $18 million a "
        "year earlier."
    )
    assert not any(name.endswith("price") for name in got.values())
