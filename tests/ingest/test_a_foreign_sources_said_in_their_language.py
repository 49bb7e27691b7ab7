"""A sentence in another language that says whose figure it states ("según datos de la
Cámara Láctea", "selon les analystes"): the words of the source are put in English before
the sentence is read (foreign_sentences.json: the answering side's glossary lacks them),
and a figure another source puts is no proposal, in the English reading or the sentence's
own. The company named as the source ("según la Sociedad") keeps its figure. Invented
companies; the first and last tests fail on the code before (the source's rate was proposed
as the company's; the rate was not read); the guard passes before and after."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

PAMPA = KnownEntity("Lacteos Pampa Grande", ("Pampa Grande",), CALENDAR)
DAY = date(2025, 3, 10)


def _rows(line: str) -> set[tuple]:
    found = proposals(line, PAMPA, DAY, "Pampa Grande memoria")
    return {(p.period.iso(), p.value, p.unit) for p in found}


def test_a_source_named_in_spanish_owns_its_figure():
    line = "Según datos de la Cámara Láctea, la producción nacional de leche creció 2,4% en 2024."
    assert not _rows(line)


def test_the_company_as_its_own_source_keeps_its_figure():
    # guard: "según la Sociedad" is the company's own word
    found = _rows("Según la Sociedad, las exportaciones crecieron 8,6% en 2024.")
    assert ("2024-01-01/2024-12-31", 8.6, "percent") in found


def test_a_rate_with_a_decimal_comma_is_spelt_as_english_writes_it():
    # "24,8%" is put in English as "24.8%", as an amount's "812,6 millones" is "812.6
    # million"; before, the rate stayed "24,8%" and the English reading found no figure
    found = _rows("El margen bruto de 2024 fue de 24,8% de las ventas.")
    assert ("2024-01-01/2024-12-31", 24.8, "percent") in found
