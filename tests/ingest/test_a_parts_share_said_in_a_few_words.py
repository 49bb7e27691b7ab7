"""A part's share of a whole, the part said in a few words, with an article or an adverb
("The budget line Brisk accounted for 18% of second-quarter orders", "Northern Europe now
accounts for 19% of group net sales", "Sales to Japan represented 85.6% of H1 2025 revenue
(H1 2024: 88.1%)", "The five biggest customers accounted for 49% of revenue"): the part's
share of that whole over the period. Before, only a part of one to three capitalised words
or one lower-case noun right before the verb was read, and the rest were dropped. Guards: a
pronoun or a relative clause is no part, and two names joined "together" are customers'
share, never a part's. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 6)
HALF = "2025-01-01/2025-06-30"


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Morvane Foods half-year letter\nTest Letters\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Morvane Foods", ("Morvane",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


LEAD = "Morvane Foods reported its results for the first half of 2025. "


def test_a_part_with_an_article_and_a_brand() -> None:
    got = found(LEAD + "The budget line Brisk accounted for 18% of second-quarter orders.")
    assert got[18] == ("budget line Brisk share of orders", "2025-04-01/2025-06-30")


def test_a_part_with_an_adverb_before_the_verb() -> None:
    got = found(LEAD + "Northern Europe now accounts for 19% of group net sales.")
    assert got[19] == ("Northern Europe share of revenue", HALF)


def test_a_part_of_several_words_and_its_keyed_base() -> None:
    got = found(LEAD + "Sales to Japan represented 85.6% of H1 2025 revenue (H1 2024: 88.1%).")
    assert got[85.6] == ("Sales to Japan share of revenue", HALF)
    assert got[88.1] == ("Sales to Japan share of revenue", "2024-01-01/2024-06-30")


def test_customers_as_a_part() -> None:
    got = found(LEAD + "The five biggest customers accounted for 49% of revenue in the half.")
    assert got[49] == ("five biggest customers share of revenue", HALF)


def test_a_pronoun_is_no_part() -> None:
    # guard
    got = found(LEAD + "Revenue rose 4% in the half. It accounted for 12% of the market.")
    assert 12 not in got


def test_names_together_are_no_part() -> None:
    # guard
    got = found(LEAD + "Tesca and Coopmart together account for 40% of sales.")
    assert 40 not in got
