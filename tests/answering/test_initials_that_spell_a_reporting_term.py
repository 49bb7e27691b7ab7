"""Initials that spell a reporting term are that term, over a company invented here
(Oakvale Marine; calendar years, engines produced, hull kits shipped, revenue):

- "eps" asks for earnings per share, which Oakvale has no figure for: never for "engines
  produced", whose initials "ep" it would spell with a plural "s" (a reporting term's
  final "s" is no plural), nor would initials spelling "ebit" name a figure of units;
- a name's initials that spell no reporting term still ask for it ("hks" of "hull kits
  shipped"), and the name said in full is answered as before.

On the engine this session started from (84a0eb7) "eps" was read as the initials of a
development company's "eye exams performed" and answered with that count (found by a
probe asking every development company for figures it does not hold); the initials and
the name in full are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.answering.english.words import lemma
from bot.answering.vocabulary.name_forms import spells_another_term
from tests.answering.invented import fact, one_company, values

T = "Oakvale Marine"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(T, "engines produced", "actual", Y25, 48200, "units", "2026-02-10"),
    fact(T, "hull kits shipped", "actual", Y25, 3100, "units", "2026-02-10"),
    fact(T, "revenue", "actual", Y25, 1.2e9, "USD", "2026-02-10"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, T, "Oakvale", FACTS, "2026-02-10")


@pytest.mark.parametrize(
    ("initials", "name", "spelt"),
    [
        ("ebit", "export bulk in tonnes", True),
        ("ebit", "earnings before interest and taxes", False),  # (the term it names)
        ("hks", "hull kits shipped", False),
    ],
)
def test_initials_spelling_a_term_of_another_family(initials, name, spelt) -> None:
    assert spells_another_term(initials, name) is spelt


@pytest.mark.parametrize(
    ("word", "read_as"),
    [("eps", "eps"), ("sss", "sss"), ("asps", "asp"), ("exams", "exam")],
)
def test_a_reporting_terms_final_s_is_no_plural(word, read_as) -> None:
    assert lemma(word) == read_as


@pytest.mark.parametrize("question", ["oakvale eps 2025", "what was oakvale's EPS in fy25"])
def test_a_reporting_term_is_never_a_names_initials(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.UNKNOWN
    assert not answer.facts


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("oakvale engines produced 2025", 48200),
        ("oakvale hks 2025", 3100),
    ],
)
def test_names_and_their_other_initials_still_answer(engine, question, value) -> None:
    assert values(engine, question) == [value]
