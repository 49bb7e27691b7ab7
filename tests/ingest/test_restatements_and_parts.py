"""Kinds of language over invented companies and sentences: a column's own units in a table
header, a rounded restatement of a table's exact figure, wire-brief month abbreviations, a
named part's change and level, and a caller the operator introduces in a transcript."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar, find_periods
from bot.ingest.extract import KnownEntity, extract

FEB_YEARS = FiscalCalendar.of("01-31", "start")  # fiscal 2024 = Feb 2024 - Jan 2025
NAME = "Marrow Pantry"
DAY = date(2025, 3, 20)
FY24 = "2024-02-01/2025-01-31"


def proposals(body: str, *, day=DAY, cal=FEB_YEARS):
    text = f"{NAME} results\nTest Wire\n{day.isoformat()}\n\n{body}\n"
    return extract(text, published=day, entity=KnownEntity(NAME, ("Marrow",), cal)).proposals


def rows(body: str, **kw) -> set[tuple]:
    return {
        (p.metric.lower(), p.kind.value, p.period.iso(), p.value) for p in proposals(body, **kw)
    }


SALES = ("revenue", "net sales", "sales")


def has(found: set[tuple], part: str, measure: tuple[str, ...], period: str, value: float) -> bool:
    """A figure named for PART and one of the names of its MEASURE (the store's name or the
    report's own, depending on what the store knows)."""
    return any(
        m in {f"{part} {x}".strip() for x in measure} and p == period and v == value
        for m, _, p, v in found
    )


def test_a_column_header_states_the_units_of_its_own_cells():
    found = rows(
        "Marrow Pantry reported fiscal 2024 results.\n\n"
        "| Division   | FY2024 net sales (USD millions) |\n"
        "|------------|---------------------------------|\n"
        "| Bakery     | 612.5                           |\n"
        "| Dairy      | 98.0                            |\n"
    )
    assert has(found, "bakery", SALES, FY24, 612_500_000)
    assert has(found, "dairy", SALES, FY24, 98_000_000)


def test_a_rounded_figure_in_prose_restates_the_tables_exact_one():
    found = rows(
        '"It was a record year," the chief executive said. "Net sales rose 5% to $2.31 billion."'
        "\n\n"
        "| (USD millions) | FY2024  | FY2023  |\n"
        "|----------------|---------|---------|\n"
        "| Net sales      | 2,308.7 | 2,198.8 |\n"
    )
    assert has(found, "", SALES, FY24, 2_308_700_000)
    assert not any(v == 2_310_000_000 for *_, v in found)


def test_a_figure_that_differs_beyond_rounding_is_no_restatement():
    found = rows(
        "Net sales were $2.40 billion in fiscal 2024.\n\n"
        "| (USD millions) | FY2024  |\n"
        "|----------------|---------|\n"
        "| Net sales      | 2,308.7 |\n"
    )
    # two different figures for one thing: neither is proposed rather than a wrong one
    assert not any(m in SALES and p == FY24 for m, _, p, _ in found)


def test_wire_brief_month_abbreviations_name_leading_months():
    for text, months in (("9-mo net sales", 9), ("6-mth revenue", 6), ("the 9-mo period", 9)):
        (mention,) = find_periods(text)
        assert mention.ref.months == months
    assert not find_periods("a demo mode")


def test_a_named_part_grew_to_a_level_gives_its_level_and_its_growth():
    found = rows(
        "Net sales were $1,020 million in the fourth quarter. Regionally, Export grew 6.5% to "
        "$240 million, and Domestic fell 1.5% to $780 million.",
    )
    q4 = "2024-11-01/2025-01-31"
    assert has(found, "export", SALES, q4, 240_000_000)
    assert has(found, "export", tuple(f"{x} growth" for x in SALES), q4, 6.5)
    assert has(found, "domestic", tuple(f"{x} growth" for x in SALES), q4, -1.5)


def test_a_caller_the_operator_introduces_speaks_for_someone_else():
    found = rows(
        "Operator: Next, Ivo Brandt with Kelso Partners.\n\n"
        "Ivo Brandt: Thanks. Rindle Foods said its sales grew 11% last quarter. Comment?\n\n"
        "Anna Frey: We sold 40 million packs in fiscal 2024."
    )
    assert not any(v == 11 for *_, v in found)
