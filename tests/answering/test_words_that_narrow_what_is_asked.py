"""Small words that say which figure is asked, read as chat writes them:

- a "not" that sets a word against the one before it ("H1 revenue, total not LFL",
  "ebitda not ebit") names what is NOT asked: those words never choose the figure;
- a possessive ends a company's name ("Orrin's optics segment" of Orrin Optics, whose
  figures name an optics line): the words after it are what it owns;
- a lower-case "us" after a preposition and before a noun ("sold to us customers") is the
  United States, never the pronoun ("tell us");
- an aside stating the asker's own figure for another time ("was £9.10 the yr before")
  leaves the period asked as asked.

Each failed on the engine of 8e099d4f (the first three answered with the figure the
words set aside or the whole company's; the aside answered the year before); the
pronoun's and the plain questions are guards.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.answering.reading.set_against import without_set_against
from tests.answering.invented import bundle, engine_over, fact

P = "Pennyroyal Bowls"  # fiscal year to 30 September, named by its end
OR = "Orrin Optics"
H1_26, H1_25 = "2025-10-01/2026-03-31", "2024-10-01/2025-03-31"
Q3 = "2025-07-01/2025-09-30"
FY25 = "2025-01-01/2025-12-31"

FACTS = [
    fact(P, "revenue", "actual", H1_26, 88_400_000, "GBP", "2026-04-20"),
    fact(P, "like-for-like revenue", "actual", H1_26, 79_100_000, "GBP", "2026-04-20"),
    fact(P, "non-like-for-like revenue", "actual", H1_26, 9_300_000, "GBP", "2026-04-20"),
    fact(P, "revenue growth", "actual", H1_26, 8.8, "percent", "2026-04-20"),
    fact(P, "like-for-like revenue growth", "actual", H1_26, 2.1, "percent", "2026-04-20"),
    fact(P, "spend per visitor", "actual", H1_26, 9.35, "GBP", "2026-04-20"),
    fact(P, "spend per visitor", "actual", H1_25, 9.10, "GBP", "2026-04-20"),
    fact(P, "EBITDA", "actual", H1_26, 21_000_000, "GBP", "2026-04-20"),
    fact(P, "EBIT", "actual", H1_26, 12_500_000, "GBP", "2026-04-20"),
    fact(OR, "EBIT margin", "actual", Q3, 17.5, "percent", "2025-10-28"),
    fact(OR, "revenue", "actual", Q3, 410_000_000, "EUR", "2025-10-28"),
    fact(OR, "optics systems revenue", "actual", Q3, 260_000_000, "EUR", "2025-10-28"),
    fact(OR, "US revenue", "actual", FY25, 150_000_000, "EUR", "2026-02-20"),
    fact(OR, "revenue", "actual", FY25, 1_620_000_000, "EUR", "2026-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {
            "name": P,
            "aliases": ["Pennyroyal"],
            "fiscal_year_end": "09-30",
            "fiscal_year_named_by": "end",
        },
        {"name": OR, "aliases": ["Orrin"]},
    ]
    return engine_over(seed, bundle(entities, FACTS, "2026-04-20"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("pennyroyal h1 fy26 revenue, total not lfl", 88_400_000),
        ("pennyroyal total revenue growth h1 fy26 not lfl", 8.8),
        ("pennyroyal h1 fy26 ebitda not ebit", 21_000_000),
        # (guards: the basis said is the figure asked)
        ("pennyroyal lfl revenue h1 fy26", 79_100_000),
        ("pennyroyal h1 fy26 revenue", 88_400_000),
    ],
)
def test_what_a_not_sets_aside_never_chooses_the_figure(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("revenue, total not lfl", "revenue, total"),
        ("ebitda not ebit fy25", "ebitda fy25"),
        # (a verb's "not", "or not", and what a figure leaves out are read where they are)
        ("did they not hit it", "did they not hit it"),
        ("did sales grow or not", "did sales grow or not"),
        ("revenue not counting fx", "revenue not counting fx"),
        ("growth (not adjusted for the extra week)", "growth (not adjusted for the extra week)"),
    ],
)
def test_the_words_a_not_sets_aside(said, kept) -> None:
    assert " ".join(without_set_against(said).split()) == kept


def test_a_possessive_ends_the_name_before_a_line_it_owns(engine) -> None:
    # the segment's margin is not held: never the whole company's
    answer = engine.ask("ebit margin of orrin's optics segment q3 2025")
    assert answer.status is not Status.ANSWERED, answer.text
    owned = engine.ask("orrin's optics systems revenue q3 2025")
    assert owned.facts[0].fact.value == 260_000_000, owned.text


def test_us_after_a_preposition_before_a_noun_is_the_country(engine) -> None:
    answer = engine.ask("how much did orrin sell to us customers in 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.metric == "US revenue", answer.text
    pronoun = engine.ask("tell us orrin revenue in 2025")
    assert pronoun.facts[0].fact.metric == "revenue", pronoun.text


def test_an_aside_with_the_askers_own_figure_keeps_the_period_asked(engine) -> None:
    answer = engine.ask("spend per visitor at pennyroyal in h1 fy26? was £9.10 the yr before iirc")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 9.35, answer.text
    # (the year before, asked in a clause of its own, is still the period asked)
    asked = engine.ask("pennyroyal revenue for h1 fy26, what was it the year before?")
    assert asked.status is not Status.ANSWERED or asked.facts[0].fact.period.end.year == 2025
