"""Rankings: "which region brought in the most revenue in H1 2025", "the smallest segment by
revenue", "the strongest quarter of 2025 by net sales": the company's lines (figures whose
names hold the figure asked and a line's words) or the quarters inside the period named,
ranked, every figure cited, the top one first. Where the company states its total, the
lines ranked are those that add up to it (one split of it: "export revenue" is none).

On the engine this session started from (e51c4c0c) each was refused ("I can't rank
figures against each other yet") or, worded without "which … grew/was", answered with the
company's total (wrong answers in development sets). A line lacking the period, a tie,
and "the most recent quarter" are guards: no ranking."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

T = "Tamarind Dairy"
H1, H1_24 = "2025-01-01/2025-06-30", "2024-01-01/2024-06-30"
Q = ["2025-01-01/2025-03-31", "2025-04-01/2025-06-30", "2025-07-01/2025-09-30"]
FACTS = [
    fact(T, "revenue", "actual", H1, 8_120_000_000, "NZD", "2025-08-20"),
    fact(T, "Asia revenue", "actual", H1, 2_640_000_000, "NZD", "2025-08-20"),
    fact(T, "Europe revenue", "actual", H1, 1_900_000_000, "NZD", "2025-08-20"),
    fact(T, "Americas revenue", "actual", H1, 1_230_000_000, "NZD", "2025-08-20"),
    fact(T, "Oceania revenue", "actual", H1, 2_350_000_000, "NZD", "2025-08-20"),
    # a figure of the same words that is no line of the split: never ranked with them
    fact(T, "export revenue", "actual", H1, 6_200_000_000, "NZD", "2025-08-20"),
    fact(T, "Asia revenue", "actual", H1_24, 2_400_000_000, "NZD", "2024-08-20"),
    fact(T, "revenue growth", "actual", H1, 4.1, "percent", "2025-08-20"),
    fact(T, "net sales", "actual", Q[0], 5_120_000_000, "NZD", "2025-04-20"),
    fact(T, "net sales", "actual", Q[1], 5_350_000_000, "NZD", "2025-07-20"),
    fact(T, "net sales", "actual", Q[2], 5_210_000_000, "NZD", "2025-10-20"),
    fact(T, "milk collected", "actual", "2025-10-01/2025-10-31", 2_150, "units", "2025-12-05"),
    fact(T, "milk collected", "actual", "2025-11-01/2025-11-30", 1_980, "units", "2025-12-05"),
    fact(T, "milk collected", "actual", "2025-12-01/2025-12-31", 2_040, "units", "2026-01-05"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": T, "aliases": ["Tamarind"]}], FACTS, "2025-10-20"))


def _answered(engine: Engine, question: str):
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    return answer


@pytest.mark.parametrize(
    "question",
    [
        "which region brought in the most revenue for tamarind in h1 2025",
        "tamarind's biggest region by revenue in the first half of 2025",
        "which tamarind region had the highest revenue in h1 2025",
    ],
)
def test_the_top_line(engine, question) -> None:
    answer = _answered(engine, question)
    assert answer.text.startswith("Asia was"), answer.text
    assert "2.64 billion" in answer.text and "1.9 billion" in answer.text, answer.text
    assert answer.facts[0].fact.metric == "Asia revenue"
    assert len(answer.facts) == 4  # (every line ranked is cited; never the total)


def test_the_bottom_line(engine) -> None:
    answer = _answered(engine, "smallest region by revenue at tamarind in h1 2025?")
    assert answer.text.startswith("Americas was"), answer.text


def test_the_top_quarter_of_a_year(engine) -> None:
    answer = _answered(engine, "tamarind's strongest quarter of 2025 by net sales?")
    assert "Q2 2025" in answer.text.split(":")[0] and "5.35 billion" in answer.text, answer.text


def test_the_months_of_a_quarter_by_their_full_names(engine) -> None:
    # (on 2026-12-05, at 8414f2af, "Nov 2025 was …": a reader asking "which month" and
    # a judge looking for "November" read the month's abbreviation as no answer)
    answer = _answered(engine, "which month of 4Q25 had tamarind's lowest milk collected")
    assert answer.text.startswith("November 2025 was"), answer.text
    assert "October 2025 2,150" in answer.text, answer.text


def test_no_ranking_where_a_line_lacks_the_period(engine) -> None:
    # (guard: only Asia is held for H1 2024; the others could have been bigger)
    answer = engine.ask("which region brought in the most revenue for tamarind in h1 2024")
    assert answer.status is not Status.ANSWERED, answer.text


def test_the_most_recent_quarter_is_no_ranking(engine) -> None:
    answer = _answered(engine, "tamarind net sales in the most recent quarter")  # (guard)
    assert "5.21 billion" in answer.text, answer.text


def test_lines_named_with_the_kinds_own_word(seed) -> None:
    """'Which region brought in the most revenue' of lines named "Central Region revenue":
    the word "region" matches the lines' names, the figure ranked is still the revenue."""
    r = "Rimal Clinics"
    y = "2025-01-01/2025-12-31"
    facts = [
        fact(r, "revenue", "actual", y, 4_310_000_000, "SAR", "2026-02-01"),
        fact(r, "Central Region revenue", "actual", y, 2_200_000_000, "SAR", "2026-02-01"),
        fact(r, "Western Region revenue", "actual", y, 1_450_000_000, "SAR", "2026-02-01"),
        fact(r, "Eastern Province revenue", "actual", y, 660_000_000, "SAR", "2026-02-01"),
    ]
    engine = engine_over(seed, bundle([{"name": r, "aliases": ["Rimal"]}], facts, "2026-02-01"))
    answer = _answered(engine, "which region brought in the most revenue for rimal in 2025")
    assert answer.text.startswith("Central Region was"), answer.text
    assert len(answer.facts) == 3, answer.text


def test_no_period_named_ranks_no_quarters(engine) -> None:
    # (guard: "its best quarter ever" is no ranking of the quarters the store happens to hold)
    answer = engine.ask("what was tamarind's strongest quarter ever by net sales")
    assert "was Tamarind Dairy's strongest quarter" not in answer.text, answer.text


def test_a_line_asked_by_its_amount(seed) -> None:
    """'Which region had about 390 stores at end-2024': the line whose count is that
    amount (before: the company's 2,186 stores, a wrong answer in a development set)."""
    food = "Lamina Foods"
    day = "2024-12-31/2024-12-31"
    facts = [
        fact(food, "stores", "actual", day, 2_186, "units", "2025-02-10"),
        fact(food, "Luzon stores", "actual", day, 1_421, "units", "2025-02-10"),
        fact(food, "Visayas stores", "actual", day, 391, "units", "2025-02-10"),
        fact(food, "Mindanao stores", "actual", day, 374, "units", "2025-02-10"),
    ]
    engine = engine_over(seed, bundle([{"name": food, "aliases": ["Lamina"]}], facts, "2025-02-10"))
    answer = _answered(engine, "which region had about 390 lamina stores at end-2024")
    assert answer.text.startswith("Visayas: ") and "391" in answer.text, answer.text
    answer = engine.ask("which region had about 380 lamina stores at end-2024")  # (guard)
    assert answer.status is not Status.ANSWERED or "2,186" not in answer.text, answer.text


def test_the_top_line_is_revenue(engine) -> None:
    # (guard: "top line" is chat's revenue, never a ranking of lines)
    answer = _answered(engine, "tamarind top line h1 2025")
    assert "8.12 billion" in answer.text, answer.text
