"""Sentences written in another language, read in English word for word through the
glossary the answering side reads questions typed in other languages with: "La utilidad
neta del trimestre fue de $1,020 millones", "Doanh thu thuần quý 1/2025 đạt 8.240 tỷ đồng".
Vietnamese scales ("tỷ", a thousand million; "triệu") and the dong ("đồng") after the amount
are read as the other scales written after it. The proposal quotes the sentence as written.
Over invented companies; each test but the guard fails on the code before (nothing was
proposed from such a sentence)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

LOMA = KnownEntity("Aceros Loma Alta", ("Loma Alta",), CALENDAR)
PHU_SA = KnownEntity("Phu Sa Retail", ("Phu Sa",), CALENDAR)


def _rows(body: str, entity: KnownEntity, day: date) -> set[tuple]:
    found = proposals(body, entity, day, f"{entity.name} update")
    return {(p.metric, p.period.iso(), p.value, p.unit, p.quote) for p in found}


def test_a_spanish_sentence_states_its_figure():
    line = "La utilidad neta del trimestre 3T25 fue de US$120.5 millones."
    found = _rows(f"Aceros Loma Alta informa sus resultados.\n{line}", LOMA, date(2025, 10, 24))
    assert ("net income", "2025-07-01/2025-09-30", 120_500_000, "USD", line) in found


def test_a_vietnamese_sentence_in_billions_of_dong():
    line = "Doanh thu thuần quý 1/2025 đạt 8.240 tỷ đồng."
    found = _rows(line, PHU_SA, date(2025, 4, 25))
    assert ("revenue", "2025-01-01/2025-03-31", 8_240_000_000_000, "VND", line) in found


def test_an_english_sentence_with_one_foreign_term_is_read_as_it_is():
    line = "Phu Sa said revenue for 2024 was 31,860 billion dong, its doanh thu record."
    found = _rows(line, PHU_SA, date(2025, 4, 25))
    assert all(quote == line for *_, quote in found)
