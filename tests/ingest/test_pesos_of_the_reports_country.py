"""Pesos whose country the report names: eight countries call their money a peso, so "1,104
million pesos" alone is in no currency, and was dropped. A report on a company that names
one of them at least twice ("Monterrey, Mexico", "Mexican") writes that country's peso; one
that writes its pesos with the dollar sign ("$10,160 millones de pesos") writes its bare
"$" for it. Mexico's commas grouping thousands before a Spanish scale ("$2,690 millones") and
its shorthand "mdp" (millones de pesos) are read as such. Over an invented glassmaker; each
test but the guards fails on the code before."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

CRISOL = KnownEntity("Vidrios Crisol", ("Crisol",), CALENDAR)
DAY = date(2025, 10, 23)
HOME = "Vidrios Crisol, the glassmaker of Monterrey, Mexico, listed on the Mexican exchange."


def _rows(body: str) -> set[tuple]:
    found = proposals(body, CRISOL, DAY, "Vidrios Crisol third quarter")
    return {(p.period.iso(), p.value, p.unit) for p in found}


def test_pesos_in_english_are_the_named_countrys():
    found = _rows(f"{HOME}\nNet income was 1,104 million pesos in the third quarter of 2025.")
    assert ("2025-07-01/2025-09-30", 1_104_000_000, "MXN") in found


def test_a_dollar_sign_written_for_pesos_and_commas_grouping_thousands():
    found = _rows(
        f"{HOME}\nLas ventas netas del 3T25 fueron de $10,160 millones de pesos.\n"
        "El EBITDA del 3T25 fue de $2,690 millones."
    )
    assert ("2025-07-01/2025-09-30", 2_690_000_000, "MXN") in found


def test_the_shorthand_for_millions_of_pesos():
    found = _rows(f"{HOME}\nEBITDA 2024: $10,420 mdp, margen EBITDA de 26.6%.")
    assert ("2024-01-01/2024-12-31", 10_420_000_000, "MXN") in found


def test_pesos_of_no_named_country_stay_unread():
    found = _rows("Net income was 1,104 million pesos in the third quarter of 2025.")
    assert not any(v == 1_104_000_000 for _, v, _ in found)


def test_an_english_dollar_amount_keeps_its_dollar():
    found = _rows(f"{HOME}\nNet sales were $1,234 million in 2024.")
    assert ("2024-01-01/2024-12-31", 1_234_000_000, "USD") in found


PAMPA = KnownEntity("Lácteos Pampa Alta", ("Pampa Alta",), CALENDAR)


def test_a_dollar_sign_before_a_spanish_scale_is_the_home_peso():
    """'$ 1.742.380 millones' in a report from Argentina: the peso, never the US dollar (a
    dollar in Spanish is 'US$' or 'millones de dólares'); a trillion's worth spelt in
    billions for the English reading. Fails on the code before (USD, and 1.74238)."""
    found = proposals(
        "Lácteos Pampa Alta, de Rafaela, Argentina, es la tercera láctea de Argentina.\n"
        "Las ventas netas del ejercicio 2024 fueron de $ 1.742.380 millones.",
        PAMPA,
        date(2025, 3, 7),
        "Lácteos Pampa Alta: resultados 2024",
    )
    assert ("2024-01-01/2024-12-31", 1_742_380_000_000, "ARS") in {
        (p.period.iso(), p.value, p.unit) for p in found
    }
