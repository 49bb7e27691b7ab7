"""Words that pick one statement of a revised figure, over a company invented here (Harlan
Toys, fiscal year to September named by its end year): "its raised forecast" is the
statement a raise made even after a later cut, "the lowered range" the one a cut made
(an adjective naming a statement, not a question about the size of a revision), a range
given is an expectation to measure an actual against, and a range's answer says how wide
it is."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.facts.model import Kind
from tests.answering.invented import bundle, engine_over, fact

H, FY, FY26 = "Harlan Toys", "2024-10-01/2025-09-30", "2025-10-01/2026-09-30"
FACTS = [
    fact(H, "net bookings", "forecast", FY, 2.40e9, "USD", "2024-11-14"),
    fact(H, "net bookings", "forecast", FY, 2.55e9, "USD", "2025-02-06"),
    fact(H, "net bookings", "forecast", FY, 2.42e9, "USD", "2025-08-07"),
    fact(H, "net bookings", "actual", FY, 2.30e9, "USD", "2025-11-13"),
    fact(H, "revenue (low end)", "forecast", FY, 3.2e9, "USD", "2024-11-14"),
    fact(H, "revenue (high end)", "forecast", FY, 3.4e9, "USD", "2024-11-14"),
    fact(H, "revenue (low end)", "forecast", FY, 3.0e9, "USD", "2025-08-07"),
    fact(H, "revenue (high end)", "forecast", FY, 3.1e9, "USD", "2025-08-07"),
    fact(H, "revenue", "actual", FY, 3.06e9, "USD", "2025-11-13"),
    fact(H, "revenue (low end)", "forecast", FY26, 3.2e9, "USD", "2025-11-13"),
    fact(H, "revenue (high end)", "forecast", FY26, 3.35e9, "USD", "2025-11-13"),
]
ENTITY = {
    "name": H,
    "aliases": ["Harlan"],
    "fiscal_year_end": "09-30",
    "fiscal_year_named_by": "end",
}


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([ENTITY], FACTS, "2025-11-13"))


@pytest.mark.parametrize(
    ("question", "values"),
    [
        # the raise, though a later cut replaced it
        ("by how much did harlan miss its raised bookings forecast for fy2025", [2.30e9, 2.55e9]),
        ("harlan's raised fy2025 bookings forecast", [2.55e9]),
        ("harlan's lowered fy2025 bookings forecast", [2.42e9]),
        # an end of the range a cut made, against the actual
        ("harlan fy2025 revenue, how far above the low end of the lowered range", [3.06e9, 3.0e9]),
        (
            "how much below the top of the cut range did harlan's fy2025 revenue land",
            [3.06e9, 3.1e9],
        ),
    ],
)
def test_a_revision_word_names_its_statement(engine, question, values) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts[: len(values)]] == values, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how wide is harlan's fy2025 revenue range",
        # "width" as a noun (on 5c67d98 refused: "nothing about 'width'")
        "width of harlan's fy2025 revenue guidance range",
    ],
)
def test_a_range_says_how_wide_it_is(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "$100 million wide" in answer.text, answer.text


# "Next year's guidance top vs this year's actual": never this year's forecast in place of
# the actual the question names.
def test_an_actual_asked_is_never_a_forecast(engine) -> None:
    answer = engine.ask("fy2026 revenue guidance top end vs fy2025 actual revenue, how much growth")
    answered = answer.status is Status.ANSWERED
    assert not answered or any(v.fact.kind is Kind.ACTUAL for v in answer.facts), answer.text


def test_an_original_end_needs_no_kind_word(engine) -> None:
    answer = engine.ask("harlan original revenue floor fy2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 3.2e9, answer.text


def test_a_history_says_how_far_it_moved_in_all(engine) -> None:
    answer = engine.ask("harlan fy2025 bookings forecast history")
    assert answer.intent == "history", answer.text
    assert "raised by $20 million (0.8%; 0.83% to 2 dp) in all" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("harlan fy2025 revenue in usd", 3.06e9),  # a currency named, as the store keeps it
        ("harlan fy2025 gm guidance", None),  # "gm": a margin; none is held here
    ],
)
def test_currency_and_margin_shorthand(engine, question, value) -> None:
    answer = engine.ask(question)
    if value is None:
        assert answer.status is not Status.ANSWERED, answer.text
    else:
        assert answer.status is Status.ANSWERED, answer.text
        assert answer.facts[0].fact.value == value


# Cue words are read with their typos mended, as the rest of the question is.
@pytest.mark.parametrize(
    "question",
    [
        "harlan's fy2025 bookings forecast beofre the august cut",
        "harlan's fy2025 bookings forecast befroe the august cut",
    ],
)
def test_a_misspelt_cue_word_still_picks_its_statement(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 2.55e9, answer.text


# "The opening forecast" is the first statement of a series, however many words stand
# between it and the expectation word; "opening" after a metric's own word is that
# metric's ("the store opening plan"), never a statement.
@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("harlan's opening fy2025 bookings forecast", 2.40e9),
        ("harlan opening fy2025 revenue floor", 3.2e9),
        ("harlan's maiden fy2025 bookings forecast", 2.40e9),
    ],
)
def test_an_opening_statement_is_the_original(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text


def test_opening_after_a_metric_word_is_the_metric() -> None:
    from bot.answering.english.words import tokenize
    from bot.answering.reading.intent import opening_statement
    from bot.answering.vocabulary.vocabulary import Vocabulary
    from bot.facts.model import Metric

    vocab = Vocabulary([], [Metric("store openings", unit="units", id=1)])
    said = tokenize("the store opening forecast")
    assert not opening_statement(said, 2, vocab)
    said = tokenize("the opening store count forecast")
    assert opening_statement(said, 1, vocab)
    # (said right before the expectation, of a store counting openings: their target)
    said = tokenize("the fy26 opening target")
    assert not opening_statement(said, 2, vocab)
    other = Vocabulary([], [Metric("net bookings", unit="USD", id=1)])
    assert opening_statement(said, 2, other)


# Two statements of one expectation set against each other, each named by the month it
# was made in, as the first or as the latest: the later beside the earlier ("original vs
# current" stays the history of every statement between them).
@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("harlan's august fy2025 bookings forecast vs the february one", [2.42e9, 2.55e9]),
        ("harlan latest fy2025 revenue top end vs the opening one", [3.1e9, 3.4e9]),
        ("harlan fy2025 revenue range, november vs august", [3.0e9, 3.1e9, 3.2e9, 3.4e9]),
    ],
)
def test_two_statements_of_one_expectation(engine, question, values) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == values, answer.text


def test_two_statements_need_both_held(engine) -> None:
    answer = engine.ask("harlan's june fy2025 bookings forecast vs the february one")
    assert not (
        answer.status is Status.ANSWERED and {v.fact.as_of.month for v in answer.facts} == {2, 8}
    ), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "did harlan land inside its fy2025 revenue range?",
        "did harlan's fy2025 revenue land within the range it gave",
    ],
)
def test_landing_inside_a_range(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 3.06e9, answer.text
    assert "within" in answer.text, answer.text


def test_current_as_a_word_of_a_metrics_name(seed) -> None:
    """'Current RPO' is its own figure where the store holds it beside RPO: 'current' is
    then a word of its name, not the latest statement; and 'crpo' are its initials."""
    from tests.answering.invented import one_company

    c, day = "Lumen Soft", "2025-10-31/2025-10-31"
    facts = [
        fact(c, "remaining performance obligations", "actual", day, 2.9e9, "USD", "2025-12-03"),
        fact(
            c,
            "current remaining performance obligations",
            "actual",
            day,
            1.6e9,
            "USD",
            "2025-12-03",
        ),
    ]
    engine = one_company(seed, c, "Lumen", facts, "2025-12-03")
    for question, value in (
        ("lumen current remaining performance obligations oct 2025", 1.6e9),
        ("lumen crpo oct 2025", 1.6e9),
        ("lumen rpo oct 2025", 2.9e9),
    ):
        answer = engine.ask(question)
        assert answer.status is Status.ANSWERED, answer.text
        assert answer.facts[0].fact.value == value, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "the gap between harlan's original and revised fy25 bookings forecast",
        "how far apart are harlan's original and current fy25 bookings forecasts",
        "difference between harlan's first and latest fy25 bookings forecast",
    ],
)
def test_the_amount_between_the_first_and_the_latest_statement(engine, question) -> None:
    """A difference asked between two statements is the amount between them ("raised by
    $20 million" in all), both statements cited; "vs" alone asks for the history."""
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts[:2]) == [2.40e9, 2.42e9], answer.text
    assert "by $20 million" in answer.text, answer.text
