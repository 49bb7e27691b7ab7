"""What a year still held after its first months: "how much of 2024 revenue was still to
come after 9m", "after the first nine months of 2024, how much was still to come for the
full yr", "in the rest of fy25" after nine months, are the year's last quarter (its
figure, or the year less the nine months), and after six months its second half. What is
still to come toward a goal is no part of this.

Each failed on the engine of e698371c (the nine months' own figure answered, or two
periods of different lengths refused). The progress toward a target, asked with "still",
is a guard.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C = "Harrowgate Ferries"
FACTS = [
    fact(C, "revenue", "actual", "2024-01-01/2024-12-31", 412_000_000, "GBP", "2025-02-27"),
    fact(C, "revenue", "actual", "2024-01-01/2024-09-30", 318_500_000, "GBP", "2024-11-07"),
    fact(C, "revenue", "actual", "2024-01-01/2024-06-30", 190_200_000, "GBP", "2024-08-01"),
    fact(C, "passengers", "actual", "2024-01-01/2024-12-31", 6_120_000, "units", "2025-02-27"),
    fact(C, "passengers", "actual", "2024-01-01/2024-09-30", 4_980_000, "units", "2024-11-07"),
    fact(C, "passengers", "target", "2025-01-01/2025-12-31", 6_500_000, "units", "2025-02-27"),
    fact(C, "passengers", "actual", "2025-01-01/2025-09-30", 5_170_000, "units", "2025-11-06"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": C, "aliases": ["Harrowgate"]}]
    return engine_over(seed, bundle(entities, FACTS, "2025-11-06"))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how much of harrowgate's 2024 revenue was still to come after 9m", "£93.5 million"),
        (
            "after the first nine months of 2024 how much revenue was still to come for the "
            "full yr at harrowgate",
            "£93.5 million",
        ),
        (
            "how much of harrowgate's 2024 revenue was still to come after the first six "
            "months of 2024",
            "£221.8 million",
        ),
        ("harrowgate passengers still to come in the rest of 2024 after 9m", "1.14 million"),
    ],
)
def test_what_was_still_to_come_is_the_rest_of_the_year(
    engine: Engine, question: str, said: str
) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert said in answer.text
    assert "less" in answer.text  # the year less its first months, both cited


def test_still_to_come_toward_a_target_is_progress(engine: Engine) -> None:
    answer = engine.ask(
        "how many passengers were still to come after 9m 2025 to hit harrowgate's 2025 target"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert "1.33 million" in answer.text or "1,330,000" in answer.text
