"""An aside set between a clause's subject and its verb ("Ferry revenue, which includes
onboard sales, was ...", "Tariff income, still our largest line, was ...", "Sales in the
home market, mainly bulk orders for cooperatives, amounted to ...", "The fleet under
management, including boats owned by investors, was ..."): the aside describes the
subject and names no measure of the figure, which is the subject's. Before, a measure word
inside the aside ("deferred revenue", "sales") named the figure, and two figures of one
report clashed under that name and were both dropped. Guard: an aside that dates the
figure ("the 13 weeks to June 28") is kept. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 6)
QUARTER = "2025-04-01/2025-06-30"


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Skerrow Ferries quarterly letter\nTest Letters\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Skerrow Ferries", ("Skerrow",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


LEAD = (
    "Skerrow Ferries reported its results for the second quarter of 2025. "
    "Total revenue was $61.2 million. "
)


def test_a_relative_clause_with_a_measure_word() -> None:
    got = found(LEAD + "Billings, which include changes in deferred revenue, were $70.3 million.")
    assert got[61_200_000] == ("revenue", QUARTER)
    assert got[70_300_000] == ("billings", QUARTER)


def test_a_relative_clause_naming_a_wider_whole() -> None:
    got = found(LEAD + "Cabin revenue, which sits within passenger sales, was $14.1 million.")
    assert got[14_100_000] == ("cabin revenue", QUARTER)


def test_an_adverbial_gloss() -> None:
    got = found(LEAD + "Freight revenue, still our biggest line, was $33.9 million in the quarter.")
    assert got[33_900_000] == ("freight revenue", QUARTER)


def test_a_gloss_of_what_the_subject_holds() -> None:
    got = found(
        LEAD + "Sales in the home market, mainly season tickets for commuters, amounted to "
        "$20.4 million."
    )
    assert got[20_400_000][1] == QUARTER
    assert "revenue" not in got[20_400_000][0] or "home" in got[20_400_000][0]
    assert got[61_200_000] == ("revenue", QUARTER)


def test_an_aside_that_dates_the_figure_is_kept() -> None:
    # guard
    text = (
        "Skerrow Ferries reported its results on August 6, 2025. "
        "Revenue for the quarter, the 13 weeks to June 28, rose to $61.2 million."
    )
    assert found(text)[61_200_000][1] == "2025-03-30/2025-06-28"
