"""Another company, another calendar: the engine must understand, not memorise the seed.

Northwind Devices' fiscal year ends on 30 June and is named by the year it ends in
(FY2024 = Jul 2023 – Jun 2024). Its bundle is imported beside the Sony seed facts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answering import Engine, Status
from bot.facts.bundle import read_bundle_file
from bot.facts.model import SHARED_SCOPE
from bot.facts.store import FactStore
from tests.answering.invented import bundle, engine_over, fact

BUNDLE = Path(__file__).parent / "data" / "northwind.json"
FY23, FY24, FY25 = "2022-07-01/2023-06-30", "2023-07-01/2024-06-30", "2024-07-01/2025-06-30"
Q4_FY24, Q2_FY24 = "2024-04-01/2024-06-30", "2023-10-01/2023-12-31"


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    store = FactStore.in_memory(seed=seed)
    store.import_bundle(read_bundle_file(BUNDLE), actor="test", scope=SHARED_SCOPE)
    return Engine(store)


@pytest.mark.parametrize(
    ("question", "value", "period", "kind"),
    [
        ("What was Northwind's revenue in fiscal 2024?", 12.4e9, FY24, "actual"),
        ("northwind sales FY23", 11.5e9, FY23, "actual"),
        ("Northwind Devices revenue for the year ended June 2024", 12.4e9, FY24, "actual"),
        ("how many tablets did northwind ship in fiscal 2024", 4.2e6, FY24, "actual"),
        ("northwind tablet shipments the year before fy2024", 3.9e6, FY23, "actual"),
        ("Northwind revenue in the June quarter of 2024", 3.4e9, Q4_FY24, "actual"),
        ("northwind fiscal Q4 2024 revenue", 3.4e9, Q4_FY24, "actual"),
        ("northwind revenue in fiscal Q2 2024", 3.1e9, Q2_FY24, "actual"),
        ("northwind revenue Q4 2023", 3.1e9, Q2_FY24, "actual"),
        (
            "northwind revenue for the three months ended December 31, 2023",
            3.1e9,
            Q2_FY24,
            "actual",
        ),
        ("northwnd operating margin fy2024", 21.5, FY24, "actual"),
        ("how many paid subscribers does northwind have", 18e6, FY24, "actual"),
        ("northwind revenue guidance for fiscal 2025", 13.2e9, FY25, "forecast"),
        (
            "what revenue does northwind expect next fiscal year ending June 2025",
            13.2e9,
            FY25,
            "forecast",
        ),
        ("northwind tablet shipment target for fy25", 5e6, FY25, "target"),
        ("what was northwind's original tablet goal for fiscal 2025", 4.6e6, FY25, "target"),
        ("northwind fy2025 tablet target as of March 2024", 4.6e6, FY25, "target"),
        ("how many phones did sony sell in fiscal 2013", 39e6, "2013-04-01/2014-03-31", "actual"),
        # two slips after the right first letter: a typo of the name
        ("how many tablets did nrothwnd ship in fiscal 2024", 4.2e6, FY24, "actual"),
    ],
)
def test_answers(engine: Engine, question, value, period, kind) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    top = answer.facts[0].fact
    assert (top.value, top.period.iso(), top.kind.value) == (pytest.approx(value), period, kind)


@pytest.mark.parametrize(
    ("question", "phrases"),
    [
        (
            "did northwind beat its revenue forecast for fiscal 2024",
            ["yes", "$400 million", "3.3%"],
        ),
        ("how much did northwind's revenue grow in fiscal 2024", ["up $900 million", "+7.8%"]),
        ("northwind tablet sales growth fy2024", ["300,000", "+7.7%"]),
        (
            "how has northwind's fy2025 tablet target changed",
            ["4.6 million", "raised by 400,000 (8.7%) to 5 million"],
        ),
    ],
)
def test_derived(engine: Engine, question, phrases) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    for phrase in phrases:
        assert phrase.lower() in answer.text.lower(), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "northwind net income fy2024",
        "northwind revenue fy2021",
        "northwind smartphone sales",
        "how many tablets did northwind ship in europe in fiscal 2024",
        "contoso revenue",
        "how many tablets will northwind sell next year according to techfan99",
        "sony revenue fy2013",
        # two letters off, the first among them: another company's name, not a typo
        "southwind tablets shipped fy2024",
    ],
)
def test_abstains(engine: Engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text
    assert answer.facts == ()


def test_a_question_without_a_company_asks_which_when_two_fit(engine: Engine) -> None:
    answer = engine.ask("what was the target?")
    assert answer.status is Status.AMBIGUOUS
    assert {v.fact.entity for v in answer.facts} == {"Sony", "Northwind Devices"}


def test_a_metric_only_one_company_has_needs_no_company_name(engine: Engine) -> None:
    answer = engine.ask("total revenue in fiscal 2024")
    assert answer.status is Status.ANSWERED and answer.facts[0].fact.value == 12.4e9


def test_a_family_word_two_companies_answer_asks_which(seed) -> None:
    """ "the net profit forecast" with no company named, where Sony's "group profit" and
    another company's "profit attributable to owners of parent" both fit: never one of
    them by default. Named by its own name ("net sales") it is that company's."""
    k, fy26 = "Kawaguchi Optics", "2025-04-01/2026-03-31"
    facts = [
        fact(
            k,
            "profit attributable to owners of parent",
            "forecast",
            fy26,
            33e9,
            "JPY",
            "2025-11-07",
        ),
        fact(k, "net sales", "forecast", fy26, 540e9, "JPY", "2025-11-07"),
    ]
    entity = {
        "name": k,
        "aliases": ["Kawaguchi"],
        "fiscal_year_end": "03-31",
        "fiscal_year_named_by": "end",
    }
    engine = engine_over(seed, bundle([entity], facts, "2025-11-07"))
    profit = engine.ask("what was the net profit forecast")
    assert profit.status is not Status.ANSWERED, profit.text
    assert "which company" in profit.text, profit.text
    sales = engine.ask("what was the net sales forecast for fy26")
    assert [v.fact.value for v in sales.facts] == [540e9], sales.text
