"""A range gives the same answers whichever way the store holds it: as one fact with a
high end (`value_high`, as ingestion writes it) or as two metrics "X (low end)" / "X (high
end)" (as older bundles write it). Two invented companies state the same figures, one in
each form. A question for one end gets that end as the answer's figure, never the low end
of a one-fact range; a question for the figure or the range gets both ends."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
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
    return out


ENTITIES = [{"name": ONE, "aliases": ["Quillon"]}, {"name": TWO, "aliases": ["Rastow"]}]
BUNDLE = bundle(ENTITIES, _facts(ONE, False) + _facts(TWO, True), published="2025-07-01")


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, BUNDLE)


def _both(engine: Engine, question: str):
    """The answers for both companies to one question naming '{E}'."""
    out = []
    for alias in ("Quillon", "Rastow"):
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
