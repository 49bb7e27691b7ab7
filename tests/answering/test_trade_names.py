"""Names as the trade says them, over a company invented here (Larchmont Clubs, a gym
chain, calendar year):

- "exceptional items" in a metric's own name is no count asked ("how many items");
- a name's head comes before what it leaves out ("margin" of "EBITDA margin before
  exceptional items") and names the metric where it is the company's one name with that head;
- "members" names "memberships"; "net adds" is the noun of "net additions"."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.answering.vocabulary.name_forms import variants
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.facts.model import Entity, Metric
from tests.answering.invented import fact, one_company

L, Y25, Q3 = "Larchmont Clubs", "2025-01-01/2025-12-31", "2025-07-01/2025-09-30"
FACTS = [
    fact(L, "EBITDA margin before exceptional items", "actual", Y25, 21.5, "percent", "2026-02-25"),
    fact(L, "EBITDA before exceptional items", "actual", Y25, 96e6, "EUR", "2026-02-25"),
    fact(L, "revenue", "actual", Y25, 447e6, "EUR", "2026-02-25"),
    fact(L, "active memberships", "actual", "2025-09-30/2025-09-30", 1.84e6, "units", "2025-10-30"),
    fact(L, "net additions", "actual", Q3, 61_000, "units", "2025-10-30"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, L, "Larchmont", FACTS, "2026-02-25")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("larchmont ebitda margin before exceptional items, 2025", 21.5),
        ("larchmont ebitda before exceptional items for 2025?", 96e6),
        ("larchmont margin 2025", 21.5),
        ("larchmont active members at 30 september 2025", 1.84e6),
        ("how many net adds did larchmont report for the third quarter of 2025", 61_000),
    ],
)
def test_names_as_the_trade_says_them(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text


def test_a_head_shared_by_two_names_names_neither(seed) -> None:
    two = [
        *FACTS,
        fact(
            L, "EBITA margin before exceptional items", "actual", Y25, 12.0, "percent", "2026-02-25"
        ),
    ]
    engine = one_company(seed, L, "Larchmont", two, "2026-02-25")
    assert engine.ask("larchmont margin 2025").status is not Status.ANSWERED


@pytest.mark.parametrize(
    ("name", "unit", "family_word", "made"),
    [
        ("comparable EBITA margin", "percent", "lfl", False),  # "comparable" describes EBITA
        ("comparable EBITA", "EUR", "comp", False),
        ("comparable digital sales growth", "percent", "lfl", True),  # the family's own
    ],
)
def test_an_adjective_of_a_family_stands_for_it_only_before_its_words(
    name, unit, family_word, made
) -> None:
    forms = variants(name, unit)
    assert any(family_word in form for form in forms) is made, forms


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("what did larchmont earn in q3 2025", 4.1e6),
        ("how much did larchmont earn in q2 2025", 2.2e6),
    ],
)
def test_earn_asks_for_earnings_or_the_loss_in_their_place(seed, question, value) -> None:
    # "earn" is the verb of the earnings a profit family names in the plural only
    q2 = "2025-04-01/2025-06-30"
    facts = [
        fact(L, "net income", "actual", Q3, 4.1e6, "EUR", "2025-10-30"),
        fact(L, "net loss", "actual", q2, 2.2e6, "EUR", "2025-07-30"),
        fact(L, "revenue", "actual", Q3, 118e6, "EUR", "2025-10-30"),
    ]
    engine = one_company(seed, L, "Larchmont", facts, "2025-10-30")
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text


def test_a_possessives_s_names_no_held_noun() -> None:
    # "2024's" leaves an "s" behind its year: never the "ship" of "ships delivered",
    # though "member" names "memberships"
    metrics = [Metric("ships delivered", unit="units", id=1), Metric("memberships", id=2)]
    vocab = Vocabulary([Entity(name=L, id=1)], metrics)
    assert vocab.metric_words_in("s") == []
    assert vocab.metric_words_in("members") == ["membership"]
