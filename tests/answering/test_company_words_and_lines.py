"""A company's name and its lines, over companies invented here:

- a company whose name ends in a word its own figures begin with ("Kestrel Mowers",
  whose figures are "mower sales") is named by its first word when the question goes on
  with the rest of that figure's name ("kestrel mower sales"); never when the words
  after it begin no name ("kestrel mowers revenue"), nor for a name that only holds the
  words apart ("Rail Services revenue" is no "rail revenue");
- two words that begin one of the store's own names ("current RPO") are that name, never
  "current" as in the latest statement of plain RPO;
- of two lines that fit the words alike, the one that leaves unsaid only how the things
  were counted ("mower sales" of "how many mowers") is meant, never a part of them
  ("mower exports").

The first and the last cases failed before; the others are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, values

K, S, V = "Kestrel Mowers", "Osterfeld Rail", "Vornholt Cloud"
FY26 = "2025-04-01/2026-03-31"
NINE = "2025-04-01/2025-12-31"
STATED = "2026-02-10"

FACTS = [
    fact(K, "mower sales", "actual", FY26, 142_000, "units", STATED),
    fact(K, "mower sales", "actual", NINE, 101_500, "units", STATED),
    fact(K, "mower sales", "target", FY26, 150_000, "units", STATED),
    fact(K, "mower exports", "actual", NINE, 12_100, "units", STATED),
    fact(K, "mower exports", "target", FY26, 16_000, "units", STATED),
    fact(K, "revenue from operations", "actual", FY26, 9_800_000_000, "INR", STATED),
    fact(S, "revenue", "actual", FY26, 3_100_000_000, "EUR", STATED),
    fact(S, "Rail Services revenue", "actual", FY26, 1_050_000_000, "EUR", STATED),
    fact(V, "RPO", "actual", "2025-10-31/2025-10-31", 4_100_000_000, "USD", STATED),
    fact(V, "current RPO", "actual", "2025-10-31/2025-10-31", 2_200_000_000, "USD", STATED),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    names = [
        {
            "name": K,
            "aliases": ["Kestrel"],
            "fiscal_year_end": "03-31",
            "fiscal_year_named_by": "end",
        },
        {
            "name": S,
            "aliases": ["Osterfeld"],
            "fiscal_year_end": "03-31",
            "fiscal_year_named_by": "end",
        },
        {"name": V, "aliases": ["Vornholt"]},
    ]
    return engine_over(seed, bundle(names, FACTS, published=STATED))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("kestrel fy26 mower sales", 142_000),
        ("kestrel mowers revenue fy26", 9_800_000_000),
        ("osterfeld rail revenue fy26", 3_100_000_000),
        ("vornholt current rpo on 31 october 2025", 2_200_000_000),
        ("vornholt rpo on 31 october 2025", 4_100_000_000),
    ],
)
def test_a_name_gives_back_a_word_a_figure_begins_with(engine, question, value) -> None:
    assert values(engine, question) == [value]


def test_the_measure_left_unsaid_over_a_part(engine) -> None:
    answer = engine.ask(
        "how many mowers does kestrel need in the last quarter of fy26 to hit its target"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert {v.fact.value for v in answer.facts} == {101_500, 150_000}


def test_a_line_named_after_the_company(seed) -> None:
    """'How many Redfern grills were open': Redfern's own "Redfern Grill restaurants", the
    company's word naming the line too. Before (e51c4c0c): "nothing about grills", the
    company's word taken for the company alone (a development question)."""
    group = "Redfern Restaurant Group"
    day = "2023-12-31/2023-12-31"
    facts = [
        fact(group, "Redfern Grill restaurants", "actual", day, 314, "units", "2024-02-20"),
        fact(group, "Lupita Cantina restaurants", "actual", day, 88, "units", "2024-02-20"),
    ]
    engine = engine_over(
        seed, bundle([{"name": group, "aliases": ["Redfern"]}], facts, "2024-02-20")
    )
    assert values(engine, "how many redfern grills were open at dec 31 2023") == [314]
    assert values(engine, "how many lupita cantinas did redfern have at dec 31 2023") == [88]


def test_the_company_named_before_its_whole_figure(seed) -> None:
    """(guard) 'Starbright Bay attendance 2025' of a company whose park is "Starbright Bay
    Kingdom": the company's whole attendance, the park's name left unsaid (split r61 had
    answered the park's, when every word of the company's name was shared with lines)."""
    group = "Starbright Bay Parks"
    y = "2025-01-01/2025-12-31"
    facts = [
        fact(group, "attendance", "actual", y, 26_900_000, "units", "2026-02-20"),
        fact(
            group,
            "Starbright Bay Kingdom attendance",
            "actual",
            y,
            9_800_000,
            "units",
            "2026-02-20",
        ),
    ]
    engine = engine_over(
        seed, bundle([{"name": group, "aliases": ["Starbright Bay"]}], facts, "2026-02-20")
    )
    assert values(engine, "starbright bay attendance 2025") == [26_900_000]


def test_a_line_named_with_the_company_word_before_a_word_of_chat(seed) -> None:
    """'Tamboril Land revenue' of Tamboril Leisure, whose park "Tamboril Land" has visitors
    but no revenue of its own: "land" goes on the line's name the company's word begins,
    never "land" as where a figure ends up, so the park's revenue is refused, never the
    company's given (on the engine before this, "land" was read as that verb and the
    company's revenue answered: a wrong answer of a development set). Guards: the park's
    visitors and the company's revenue."""
    t = "Tamboril Leisure"
    y25 = "2025-01-01/2025-12-31"
    facts = [
        fact(t, "revenue", "actual", y25, 527_000_000_000, "KRW", "2026-02-12"),
        fact(t, "Tamboril Land visitors", "actual", y25, 5_720_000, "units", "2026-02-12"),
        fact(t, "Lagoa Bay visitors", "actual", y25, 1_900_000, "units", "2026-02-12"),
    ]
    engine = engine_over(seed, bundle([{"name": t, "aliases": ["Tamboril"]}], facts, "2026-02-12"))
    assert engine.ask("tamboril land revenue 2025").status is Status.UNKNOWN
    assert values(engine, "tamboril land visitors 2025") == [5_720_000]
    assert values(engine, "tamboril revenue 2025") == [527_000_000_000]
