"""A margin worked out however the asker names it: a profit level held beside its guidance
range's ends, a level its margin names without its noun ("gross margin"), a level whose
name the vocabulary writes singular ("net earnings"), a basis word ("normalised EBIT"),
the margin asked "as a percentage", and the two figures named by the asker ("net margin
(net earnings / service revenue)", "net margin on service revenue"); a restated profit is
its latest statement, never two figures of one period.

Each failed on the engine of 0dfb2cf4 (the development sets held 27 such questions the
engine refused), except the guards (a revenue the asker names that the company does not
state is no reason to use its whole revenue) and the range's ends, which failed there
only where the store ranked an end's metric first.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.answering.english.words import tokenize
from bot.answering.reading.word_roles import ing_form_of_a_thing
from bot.facts import reporting
from tests.answering.invented import bundle, engine_over, fact

B = "Brennmoor Foods"
Y24, Y25 = "2024-01-01/2024-12-31", "2025-01-01/2025-12-31"

FACTS = [
    fact(B, "revenue", "actual", Y24, 800_000_000, "EUR", "2025-02-10"),
    fact(B, "service revenue", "actual", Y24, 500_000_000, "EUR", "2025-02-10"),
    fact(B, "bakery revenue", "actual", Y24, 200_000_000, "EUR", "2025-02-10"),
    fact(B, "bakery EBITDA margin", "actual", Y24, 11.5, "percent", "2025-02-10"),
    fact(B, "gross profit", "actual", Y24, 320_000_000, "EUR", "2025-02-10"),
    fact(B, "adjusted EBITDA (low end)", "forecast", Y25, 125_000_000, "EUR", "2025-02-10"),
    fact(B, "adjusted EBITDA (high end)", "forecast", Y25, 135_000_000, "EUR", "2025-02-10"),
    fact(B, "adjusted EBITDA", "actual", Y24, 120_000_000, "EUR", "2025-02-10"),
    fact(B, "normalised EBIT", "actual", Y24, 60_000_000, "EUR", "2025-02-10"),
    # (first stated 42m, restated after the audit)
    fact(B, "net earnings", "actual", Y24, 42_000_000, "EUR", "2025-02-10"),
    fact(B, "net earnings", "actual", Y24, 40_000_000, "EUR", "2025-04-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": B, "aliases": ["Brennmoor"]}]
    return engine_over(seed, bundle(entities, FACTS, "2025-04-20"))


@pytest.mark.parametrize(
    ("question", "said", "operands"),
    [
        ("brennmoor adj ebitda margin 2024", "15.0%", [120e6, 800e6]),
        ("brennmoor gross margin 2024", "40.0%", [320e6, 800e6]),
        ("brennmoor net margin 2024", "5.0%", [40e6, 800e6]),
        ("brennmoor normalised ebit margin 2024", "7.5%", [60e6, 800e6]),
        ("brennmoor 2024 net margin as a percentage", "5.0%", [40e6, 800e6]),
        ("brennmoor net margin 2024 %", "5.0%", [40e6, 800e6]),
        ("brennmoor net margin 2024 (net earnings / service revenue)", "8.0%", [40e6, 500e6]),
        ("brennmoor net margin 2024, net earnings over service revenue", "8.0%", [40e6, 500e6]),
        ("brennmoor net margin on service revenue 2024", "8.0%", [40e6, 500e6]),
    ],
)
def test_a_margin_asked_in_other_words_is_worked_out(engine, question, said, operands) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert said in answer.text, answer.text
    assert sorted(v.fact.value for v in answer.facts) == operands, answer.text


def test_a_margin_on_a_lines_revenue_is_that_lines_margin(engine) -> None:
    # ("EBITDA margin on bakery revenue": the bakery line's, as stated; never the group's
    # EBITDA over the line's revenue)
    answer = engine.ask("brennmoor ebitda margin on bakery revenue 2024")
    assert [v.fact.value for v in answer.facts] == [11.5], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "brennmoor net margin 2024 (net earnings / catering revenue)",
        "brennmoor net margin on catering revenue 2024",
    ],
)
def test_a_revenue_named_but_not_held_is_never_the_whole(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text
    assert 800e6 not in [v.fact.value for v in answer.facts], answer.text


@pytest.mark.parametrize(
    ("name", "family"),
    [("OPBDITA", "ebitda"), ("EBE", "ebitda"), ("PATAMI", "net_profit")],
)
def test_reporting_terms_of_other_markets_name_their_level(name, family) -> None:
    found = reporting.family_of(name, "money")
    assert found is not None and found.key == family


@pytest.mark.parametrize(
    ("words", "names_a_line"),
    [
        ("catering revenue", True),
        ("mining income", True),
        ("operating profit", False),  # (a word reports write)
        ("growing sales", False),  # (a change's verb)
    ],
)
def test_an_ing_form_before_a_measure_names_its_line(words, names_a_line) -> None:
    assert ing_form_of_a_thing(tokenize(words), 0) is names_a_line
