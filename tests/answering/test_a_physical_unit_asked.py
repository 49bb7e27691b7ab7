"""A physical unit asked of a figure whose name states its unit, over a power producer
invented here (Kettering Hydro; calendar years):

- another scale of the same dimension is the figure converted: generation stated in GWh
  asked "in MWh" says 10,850,000 MWh; capacity in MW asked "in GW" says 2.26 GW; coal in
  tonnes asked "in kt" says 4,570 kt;
- another dimension is another figure: capacity (MW) asked "in kWh", a rate per kWh asked
  "in kWh", are refused.

On the engine of 2026-12-06 each was answered in the figure's own unit, the unit asked
unsaid (wrong answers of a development set). Guards: the figure's own unit asked adds
nothing; a change is said in the figure's own unit; two figures fitting a unit asked are
offered to choose from (on the first version of this step, an error).
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

K = "Kettering Hydro"
Y24, Y23 = "2024-01-01/2024-12-31", "2023-01-01/2023-12-31"
END24 = "2024-12-31/2024-12-31"
SAID = "2025-01-20"
FACTS = [
    fact(K, "electricity generated (GWh)", "actual", Y24, 10_850, "units", SAID),
    fact(K, "electricity generated (GWh)", "actual", Y23, 10_100, "units", SAID),
    fact(K, "installed capacity (MW)", "actual", END24, 2_260, "units", SAID),
    fact(K, "specific coal consumption (grams per kWh)", "actual", Y24, 422, "units", SAID),
    fact(K, "coal consumed (tonnes)", "actual", Y24, 4_570_000, "units", SAID),
    fact(K, "turbine shipments (MW)", "actual", Y24, 310, "units", SAID),
    fact(K, "inverter shipments (MW)", "actual", Y24, 95, "units", SAID),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, K, "Kettering", FACTS, SAID)


@pytest.mark.parametrize(
    ("question", "value", "said"),
    [
        ("kettering 2024 generation in mwh", 10_850, "(10,850,000) MWh"),
        ("kettering installed capacity in gw end 2024", 2_260, "2.26 GW"),
        ("kettering coal consumed in kt 2024", 4_570_000, "4,570 kt"),
    ],
)
def test_another_scale_is_the_figure_converted(engine, question, value, said) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value
    assert said in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    ["kettering installed capacity in kwh end 2024", "kettering 2024 coal consumption in kwh"],
)
def test_another_dimension_is_refused(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text
    assert not answer.facts


def test_the_figures_own_unit_adds_nothing(engine) -> None:
    answer = engine.ask("kettering installed capacity in mw end 2024")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 2_260
    assert " In MW" not in answer.text


def test_a_change_is_said_in_the_figures_own_unit(engine) -> None:
    answer = engine.ask("how much did kettering generation grow in 2024, in mwh")
    assert answer.status is Status.ANSWERED, answer.text
    assert "750" in answer.text, answer.text


def test_two_figures_fitting_are_offered_to_choose_from(engine) -> None:
    answer = engine.ask("kettering 2024 shipments (megawatts)")
    assert answer.status is Status.AMBIGUOUS, answer.text
