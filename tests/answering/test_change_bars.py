"""'Were they up more than 15%?': the verdict on a change weighs the bar the question
sets, over a company invented here.

Vasstrand Snus shipped 448.6 million cans in the first nine months of 2025 against
391.2 million a year before (+14.7%). On the engine this session started from (0d89f48)
"were 9m 2025 cans up more than 15% on 9m 2024" answered "Yes" (a wrong verdict): only
the direction was weighed. The bar of 10% and the question with no bar are guards.

Its gross margin fell 1.3 points in Q4 2025, against a guided fall of 1.5: "how much
better was the margin change than guided" answered the guidance alone ("better than" was
no word setting an actual against its expectation, as "more than" was)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

V = "Vasstrand Snus"
FACTS = [
    fact(V, "cans shipped", "actual", "2025-01-01/2025-09-30", 448.6e6, "units", "2025-10-23"),
    fact(V, "cans shipped", "actual", "2024-01-01/2024-09-30", 391.2e6, "units", "2025-10-23"),
    fact(
        V, "gross margin change", "forecast", "2025-10-01/2025-12-31", -1.5, "percent", "2025-10-23"
    ),
    fact(
        V, "gross margin change", "actual", "2025-10-01/2025-12-31", -1.3, "percent", "2026-02-11"
    ),
]
ENTITIES = [{"name": V, "aliases": ["Vasstrand"]}]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, published="2025-10-23"))


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("were vasstrand's 9m 2025 cans up more than 15% on 9m 2024?", "No"),
        ("did vasstrand's 9m 2025 cans grow by over 10 percent vs 9m 2024", "Yes"),
        ("were vasstrand's 9m 2025 cans up less than 15% on 9m 2024?", "Yes"),
        ("were vasstrand's 9m 2025 cans up on 9m 2024?", "Yes"),
    ],
)
def test_the_bar_is_weighed(engine, question, verdict) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith(f"{verdict}:"), answer.text
    assert "14.7%" in answer.text, answer.text


def test_better_than_guided_sets_the_actual_against_it(engine) -> None:
    answer = engine.ask("how much better was vasstrand's q4 2025 gross margin change than guided")
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [-1.5, -1.3], answer.text
    assert "0.2 percentage points" in answer.text, answer.text
