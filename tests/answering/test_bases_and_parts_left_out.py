"""A growth asked on no basis, and a figure's own words read as a verb, over a company
invented here (Corby Linen, calendar years).

"Revenue growth" and "reported revenue growth" are worked out from the revenue stated,
never the organic rate whose basis the question leaves unsaid. "Spaces under management
contracts at end-2025" is a count at a date: its name's "contracts" is no verb of a
change.

On the engine this session started from (734c82a) two cases failed, each with a wrong
figure: the count (its change over the year) and its share (the same change). Both
growths (a development company's "reported revenue growth" had got the organic rate;
these words do not reproduce it here), the organic rate asked by its word, the change of
the count asked with "add", and a part the figure's own name leaves out ("excluding
special items") are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C = "Corby Linen"
Y24, Y25 = "2024-01-01/2024-12-31", "2025-01-01/2025-12-31"
E24, E25 = "2024-12-31/2024-12-31", "2025-12-31/2025-12-31"
FACTS = [
    fact(C, "revenue", "actual", Y24, 2_000_000_000, "EUR", "2026-02-20"),
    fact(C, "revenue", "actual", Y25, 2_100_000_000, "EUR", "2026-02-20"),
    fact(C, "organic revenue growth", "actual", Y24, 5.4, "percent", "2026-02-20"),
    fact(C, "organic revenue growth", "actual", Y25, 6.1, "percent", "2026-02-20"),
    fact(C, "spaces operated", "actual", E25, 600_000, "units", "2026-02-20"),
    fact(C, "spaces under management contracts", "actual", E24, 360_000, "units", "2026-02-20"),
    fact(C, "spaces under management contracts", "actual", E25, 390_000, "units", "2026-02-20"),
    fact(C, "EBIT excluding special items", "actual", Y25, 210_000_000, "EUR", "2026-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": C, "aliases": ["Corby"]}], FACTS, "2026-02-20"))


@pytest.mark.parametrize(
    "question", ["corby revenue growth % in 2025", "reported revenue growth % for corby in 2025"]
)
def test_a_growth_on_no_basis_is_worked_out_from_the_levels(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [2_100_000_000, 2_000_000_000], answer.text
    assert "5.0%" in answer.text, answer.text


def test_the_organic_rate_asked_by_its_word(engine) -> None:
    answer = engine.ask("corby organic revenue growth 2025")
    assert [v.fact.value for v in answer.facts] == [6.1], answer.text


def test_a_names_own_word_is_no_verb_of_change(engine) -> None:
    answer = engine.ask("corby spaces under management contracts at end-2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [390_000], answer.text
    added = engine.ask("how many management-contract spaces did corby add during 2025")
    assert [v.fact.value for v in added.facts] == [390_000, 360_000], added.text


def test_a_share_of_counts_at_a_date(engine) -> None:
    answer = engine.ask("what % of corby's spaces were under management contracts at end-2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert "65.0%" in answer.text and "at 31 Dec 2025" in answer.text, answer.text


def test_a_part_the_name_leaves_out(engine) -> None:
    answer = engine.ask("corby ebit excluding special items 2025")
    assert [v.fact.value for v in answer.facts] == [210_000_000], answer.text
