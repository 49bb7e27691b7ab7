"""Chat's courtesies around a question, over a company invented here (Brackwater Tiles;
calendar years): "hey bot, …", "so …", "… pls", "… thanks!".

They say nothing about the figure and must change nothing: "bot" is no clip of "bottom"
(the bottom line, net profit), a yes-or-no question stays one after "so", and a scale
asked last ("… in pence") is still asked with thanks after it.

On the engine this session started from (3f25a2a) "hey bot, …" and "bot: …" answered the
net profit growth, "… in pence pls" and "… thanks" lost the pence, and "so had … passed
its target?" gave the target alone (its verb, "passed", is read in word_roles.py now); the
other cases passed before too: guards, with a company whose name begins with "Bot"."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

B, R = "Brackwater Tiles", "Botley Robotics"
FY24, FY25 = "2024-01-01/2024-12-31", "2025-01-01/2025-12-31"
FACTS = [
    fact(B, "revenue", "actual", FY25, 812_000_000, "GBP", "2026-03-02"),
    fact(B, "net profit", "actual", FY25, 41_000_000, "GBP", "2026-03-02"),
    fact(B, "net profit growth", "actual", FY25, 6.5, "percent", "2026-03-02"),
    fact(B, "organic revenue growth", "actual", FY25, 4.2, "percent", "2026-03-02"),
    fact(B, "organic revenue growth (low end)", "forecast", FY25, 3, "percent", "2025-03-01"),
    fact(B, "organic revenue growth (high end)", "forecast", FY25, 5, "percent", "2025-03-01"),
    fact(B, "adjusted EPS", "actual", FY24, 0.224, "GBP", "2026-03-02"),
    fact(B, "adjusted EPS", "actual", FY25, 0.2316, "GBP", "2026-03-02"),
    fact(B, "revenue", "target", FY25, 800_000_000, "GBP", "2025-03-01"),
    fact(R, "robots shipped", "actual", FY25, 1_250, "units", "2026-03-02"),
    fact(B, "Logistics & Services EBIT", "actual", FY24, 128_000_000, "GBP", "2026-03-02"),
    fact(B, "Logistics & Services EBIT", "actual", FY25, 165_000_000, "GBP", "2026-03-02"),
    fact(B, "underlying EBIT change", "actual", FY25, -57.1, "percent", "2026-03-02"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": B, "aliases": ["Brackwater"]}, {"name": R, "aliases": ["Botley"]}]
    return engine_over(seed, bundle(entities, FACTS, "2026-03-02"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("hey bot, brackwater organic growth 2025", 4.2),
        ("hey bot, what was brackwater's revenue in 2025?", 812_000_000),
        ("bot: brackwater organic growth 2025 pls", 4.2),
        ("brackwater organic growth 2025", 4.2),
        ("how many robots did botley ship in 2025, thanks bot", 1_250),
    ],
)
def test_greetings_and_address_change_nothing(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "adj eps growth brackwater 2025 vs 2024 in pence",
        "adj eps growth brackwater 2025 vs 2024 in pence pls",
        "adj eps growth brackwater 2025 vs 2024 in pence?? thanks",
    ],
)
def test_a_scale_asked_before_thanks(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "0.76 pence" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "so did brackwater hit its 2025 revenue target?",
        "did brackwater hit its 2025 revenue target?",
        "so had brackwater's 2025 revenue passed its target?",
        "so, was brackwater's 2025 revenue above the target?",
        "ok so was brackwater's 2025 revenue above the target?",
    ],
)
def test_a_yes_or_no_after_so(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.lower().startswith("yes"), answer.text


def test_initials_beside_courtesy_words(engine) -> None:
    """A guard: "pls" is chat's "please" (lexicon.SHORTHAND) and no filler of the names'
    words; made filler, it read "L&S" as nothing and answered the underlying change."""
    answer = engine.ask("how fast did brackwater's L&S ebit grow in 2025 year on year")
    assert sorted(v.fact.value for v in answer.facts) == [128_000_000, 165_000_000], answer.text
