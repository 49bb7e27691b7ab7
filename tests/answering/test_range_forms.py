"""A range gives the same answers whichever way the store holds it: as one fact with a
high end (`value_high`, as ingestion writes it) or as two metrics "X (low end)" / "X (high
end)" (as older bundles write it). Two invented companies state the same figures, one in
each form. A question for one end gets that end as the answer's figure, never the low end
of a one-fact range; a question for the figure or the range gets both ends."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answering import Engine, Status
from bot.answering.matching.decision import Pick
from bot.answering.reading.intent import Intent
from bot.answering.wording.compose import compose
from bot.facts.model import Fact, FactView, Kind, Period, Source
from tests.answering.invented import bundle, engine_over, fact

ONE, TWO = "Quillon Marine", "Rastow Marine"  # one fact per range / two end metrics
Y25, Y24 = "2025-01-01/2025-12-31", "2024-01-01/2024-12-31"
Q3 = "2025-07-01/2025-09-30"


def _facts(entity: str, as_metrics: bool) -> list[dict]:
    out: list[dict] = []

    def add(metric, kind, period, value, unit, as_of, high=None):
        if high is not None and as_metrics:
            out.append(fact(entity, f"{metric} (low end)", kind, period, value, unit, as_of))
            out.append(fact(entity, f"{metric} (high end)", kind, period, high, unit, as_of))
        else:
            out.append(fact(entity, metric, kind, period, value, unit, as_of, high))

    add("boats delivered", "forecast", Y25, 400, "units", "2025-02-01", 420)
    add("boats delivered", "forecast", Y25, 380, "units", "2025-07-01", 395)
    add("boats delivered", "actual", Y24, 372, "units", "2025-02-01")
    add("operating margin", "forecast", Y25, 6.0, "percent", "2025-02-01", 7.5)
    add("revenue", "forecast", Q3, 210e6, "EUR", "2025-07-01", 230e6)
    add("revenue", "forecast", Y25, 800e6, "EUR", "2025-07-01", 860e6)
    add("service revenue", "forecast", Y25, 90e6, "EUR", "2025-07-01", 95e6)
    add("boats in service", "actual", "2024-12-31/2024-12-31", 300, "units", "2025-02-01", 320)
    add("boats in service", "actual", "2025-06-30/2025-06-30", 350, "units", "2025-07-01", 360)
    add("revenue", "actual", "2025-01-01/2025-09-30", 600e6, "EUR", "2025-10-15")
    add("boats delivered", "actual", Y25, 398, "units", "2026-01-20")
    return out


ENTITIES = [{"name": ONE, "aliases": ["Quillon"]}, {"name": TWO, "aliases": ["Rastow"]}]
BUNDLE = bundle(ENTITIES, _facts(ONE, False) + _facts(TWO, True), published="2025-07-01")


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, BUNDLE)


def _both(engine: Engine, question: str, forms=("Quillon", "Rastow")):
    """The answers for both companies (or FORMS) to one question naming '{E}'."""
    out = []
    for alias in forms:
        answer = engine.ask(question.format(E=alias))
        assert answer.status is Status.ANSWERED, answer.text
        out.append(answer)
    return out


# One end asked: that end is the answer's figure (what the JSON's first fact states).
@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("high end of {E}'s 2025 boat delivery forecast", 395),
        ("what's the top of {E}'s 2025 boats delivered guidance", 395),
        ("upper end of {E}'s delivery forecast for 2025", 395),
        ("maximum of {E}'s 2025 boat delivery range", 395),
        ("low end of {E}'s 2025 boat delivery forecast", 380),
        ("bottom of {E}'s 2025 boats delivered guidance", 380),
        ("the lower end of {E}'s 2025 delivery forecast range", 380),
        ("top of {E}'s original 2025 boat delivery range", 420),
        ("low end of {E}'s original 2025 delivery guidance", 400),
        ("upper end of {E}'s 2025 operating margin guidance", 7.5),
        ("bottom of the range of {E}'s 2025 operating margin forecast", 6.0),
        ("top of {E}'s Q3 2025 revenue guidance", 230e6),
        ("top of {E}'s 2025 revenue guidance", 860e6),
        ("low end of {E}'s Q3 2025 revenue guidance", 210e6),
    ],
)
def test_one_end_is_the_figure(engine, question, value) -> None:
    for answer in _both(engine, question):
        main = answer.facts[0].fact
        assert main.value == pytest.approx(value), answer.text
        assert main.value_high is None, answer.text


# The figure or the range asked: both ends stated, in both forms.
@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("{E} 2025 boat delivery forecast", ("380", "395")),
        ("what range did {E} give for 2025 boat deliveries", ("380", "395")),
        ("{E}'s 2025 operating margin outlook", ("6%", "7.5%")),
        ("what was {E}'s original 2025 delivery forecast", ("400", "420")),
        ("{E} Q3 2025 revenue forecast", ("210 million", "230 million")),
    ],
)
def test_the_figure_of_a_range_states_both_ends(engine, question, said) -> None:
    for answer in _both(engine, question):
        for words in said:
            assert words in answer.text, answer.text


# One end asked in a comparison: the actual against that end alone, in both forms.
@pytest.mark.parametrize(
    ("question", "said", "not_said", "forms"),
    [
        (
            "after nine months of 2025, how far along toward the low end of its revenue guidance "
            "was {E}",
            ("75.0%",),
            ("69.8%",),  # the share of the high end
            ("Quillon",),  # the two-metric form abstains here (not wrong; not yet answered)
        ),
        (
            "by how much did {E} beat the top of its 2025 boats delivered guidance",
            ("3",),
            ("18",),
            ("Quillon", "Rastow"),
        ),
    ],
)
def test_an_end_in_a_comparison(engine, question, said, not_said, forms) -> None:
    for answer in _both(engine, question, forms):
        for words in said:
            assert words in answer.text, answer.text
        for words in not_said:
            assert words not in answer.text, answer.text


# Arithmetic over a range stated as one fact: from the least to the most it can be, never
# the low ends' result alone.
@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        (
            "Quillon 2025 revenue forecast excluding service revenue",
            ("705 million", "770 million"),
            ("710 million",),
        ),
        (
            "what share of Quillon's 2025 revenue forecast is service revenue",
            ("10.5%", "11.9%"),
            ("11.2%", "11.3%"),
        ),
        (
            "how many boats did Quillon add between december 2024 and june 2025",
            ("30 to 60",),
            ("up 50",),
        ),
    ],
)
def test_arithmetic_over_one_fact_ranges(engine, question, said, not_said) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    for words in said:
        assert words in answer.text and words in answer.headline + answer.text, answer.text
    for words in not_said:
        assert words not in answer.text and words not in answer.headline, answer.text


def _view(value: float, high: float | None, period: Period) -> FactView:
    f = Fact(
        ONE,
        "revenue",
        Kind.FORECAST,
        period,
        value,
        "EUR",
        date(2025, 1, 2),
        "notes",
        "Notes.",
        value_high=high,
    )
    return FactView(f, Source("notes", "Notes", date(2025, 1, 2), "Notes."))


def test_sums_of_ranges_add_each_end() -> None:
    q1 = _view(100e6, 110e6, Period(date(2025, 1, 1), date(2025, 3, 31)))
    q2 = _view(120e6, None, Period(date(2025, 4, 1), date(2025, 6, 30)))
    text = compose("sum", Pick(Intent.SUM, (q1, q2))).text
    assert "€220 million to €230 million" in text, text
    prior = _view(200e6, None, Period(date(2024, 1, 1), date(2024, 6, 30)))
    text = compose("growth", Pick(Intent.GROWTH, (q1, q2, prior), split=2)).text
    assert "€220 million to €230 million" in text and "up €20 million to €30 million" in text


def test_progress_headline_names_each_end() -> None:
    """The headline of progress toward a range: the share of each end, never the low's alone."""
    so_far = _view(600e6, None, Period(date(2025, 1, 1), date(2025, 9, 30)))
    goal = _view(800e6, 860e6, Period(date(2025, 1, 1), date(2025, 12, 31)))
    answer = compose("progress", Pick(Intent.PROGRESS, (so_far, goal)))
    assert "69.8% to 75.0% of the forecast range" in answer.headline, answer.headline


def test_a_range_reads_with_its_midpoint_and_width_in_either_form(engine) -> None:
    """'How wide is the range': a one-fact range answers it as the two end metrics do."""
    for name in ("Quillon", "Rastow"):
        answer = engine.ask(f"how wide is {name}'s 2025 service revenue range")
        assert answer.status is Status.ANSWERED, answer.text
        assert "€5 million wide" in answer.text and "midpoint €92.5 million" in answer.text
