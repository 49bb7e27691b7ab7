"""A currency asked is checked against the figures of the company asked about. Companies
share metrics by name, so one store's "net sales" holds an invented Swiss chemicals group's
figures in CHF and an invented Indian textile maker's in INR (and, after it changed its
reporting currency, one year of the textile maker's in USD): "in rupees" is answered for the
textile maker and refused for the chemicals group, whichever company's figure came first."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

SWISS, INDIAN = "Glarnisch Chemie", "Tapti Looms"
FY25, FY24 = "2025-01-01/2025-12-31", "2024-01-01/2024-12-31"
ENTITIES = [{"name": SWISS, "aliases": ["Glarnisch"]}, {"name": INDIAN, "aliases": ["Tapti"]}]
FACTS = [
    fact(SWISS, "net sales", "actual", FY25, 3_700_000_000, "CHF", "2026-02-12"),
    fact(INDIAN, "net sales", "actual", FY25, 27_500_000_000, "INR", "2026-02-12"),
    fact(INDIAN, "net sales", "actual", FY24, 310_000_000, "USD", "2026-02-12"),
]


@pytest.fixture(scope="module", params=["swiss first", "indian first"])
def engine(seed, request) -> Engine:
    order = slice(None) if request.param == "swiss first" else slice(None, None, -1)
    return engine_over(seed, bundle(ENTITIES[order], FACTS[order], published="2026-02-12"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tapti net sales 2025 in rupees", 27_500_000_000),
        ("tapti's 2025 net sales in INR", 27_500_000_000),
        ("glarnisch net sales 2025 in swiss francs", 3_700_000_000),
        ("glarnisch net sales 2025 in CHF", 3_700_000_000),
        ("tapti net sales 2024 in dollars", 310_000_000),
    ],
)
def test_a_currency_the_company_states_the_figure_in(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "tapti net sales 2025 in CHF",
        "glarnisch net sales 2025 in rupees",
        "glarnisch net sales 2025 in INR",
        # the metric is stated in dollars by this company, but not for this year
        "tapti net sales 2025 in US dollars",
        "tapti net sales 2024 in rupees",
    ],
)
def test_a_currency_the_figure_is_not_stated_in(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text
    assert not answer.facts or "27.5" not in answer.text, answer.text
