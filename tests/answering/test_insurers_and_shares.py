"""Kinds of wording met on companies nobody had seen, each over companies invented here:

- an insurer's words: gross written premiums are "GWP" and "premiums"; the combined ratio
  is "COR". A line's premiums ("Marine GWP") never answer for the company's, and a name
  that is a plain word of the family ("gross written premiums" of "premiums") adds no
  kind of its own to ask about;
- a share asked ("what share of … was …") is a share held or worked out from two levels
  of one period, never a change of the figure, and never a pair of other lines that only
  share a word with the figure the question names;
- a region in a metric's name is said when the question names that region: "us
  restaurants at year end" is the U.S. count, never another U.S. line that happens to
  have a figure for the whole year.

Five of these failed before; the share worked out, "premiums", the marine line and the
name's own participle passed and are kept as guards.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, values

A, D, R = "Harbourne Assurance", "Quillby Homes", "Tansy Grill"
YEAR, NINE = "2026-01-01/2026-12-31", "2026-01-01/2026-09-30"
H1 = "2026-01-01/2026-06-30"
END = "2026-12-31/2026-12-31"
STATED = "2027-02-20"

FACTS = [
    fact(A, "gross written premiums", "actual", NINE, 6_420_000_000, "EUR", STATED),
    fact(A, "gross written premiums", "actual", YEAR, 8_800_000_000, "EUR", STATED),
    fact(A, "Marine GWP", "actual", NINE, 910_000_000, "EUR", STATED),
    fact(A, "Property GWP", "actual", NINE, 2_300_000_000, "EUR", STATED),
    fact(A, "pet insurance GWP", "actual", YEAR, 140_000_000, "EUR", STATED),
    fact(A, "combined ratio", "actual", YEAR, 93.4, "percent", STATED),
    fact(D, "contracted sales", "actual", H1, 41_000_000_000, "CNY", STATED),
    fact(D, "attributable contracted sales", "actual", H1, 30_750_000_000, "CNY", STATED),
    fact(D, "contracted sales change", "actual", H1, -6.5, "percent", STATED),
    fact(R, "U.S. restaurants", "actual", END, 3_120, "units", STATED),
    fact(R, "U.S. company-operated restaurants", "actual", END, 240, "units", STATED),
    fact(R, "U.S. net new restaurants", "actual", YEAR, 61, "units", STATED),
    fact(R, "net new restaurants", "actual", YEAR, 150, "units", STATED),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    names = [{"name": n, "aliases": []} for n in (A, D, R)]
    return engine_over(seed, bundle(names, FACTS, published=STATED))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("harbourne gwp 9m 2026", 6_420_000_000),  # never Property's
        ("harbourne premiums 2026", 8_800_000_000),  # never the pet line's too
        ("harbourne COR 2026", 93.4),
        ("harbourne marine gwp 9m 2026", 910_000_000),
    ],
)
def test_an_insurers_words(engine, question, value) -> None:
    assert values(engine, question) == [value]


def test_a_share_is_worked_out_never_the_change(engine) -> None:
    answer = engine.ask("what share of quillby's h1 2026 contracted sales was attributable, %")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [30_750_000_000, 41_000_000_000]
    assert "75.0%" in answer.text


def test_a_share_of_the_figure_named_never_of_other_lines(engine) -> None:
    answer = engine.ask("what percentage of the 2026 net new restaurants at tansy opened in the us")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [61, 150]


def test_a_region_said_is_no_kind_left_unsaid(engine) -> None:
    assert values(engine, "how many us restaurants did tansy have as 2026 closed") == [3_120]


def test_a_participle_compound_names_something(engine) -> None:
    # "company-owned" is not "company-operated" to the engine: it says so, never the total
    answer = engine.ask("how many company-owned us restaurants did tansy have as 2026 closed")
    assert answer.status is not Status.ANSWERED or answer.facts[0].fact.value == 240, answer.text


def test_a_names_own_participle_is_no_move(engine) -> None:
    # "contracted" of "contracted sales" names the figure: a fall asked is its change
    assert values(engine, "how much did quillby's contracted sales fall in h1 2026") == [-6.5]
    assert values(engine, "quillby contracted sales h1 2026") == [41_000_000_000]
