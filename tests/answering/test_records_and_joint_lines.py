"""Two kinds of wording over a company invented here (Marrow Instruments, calendar year):

- a figure asked for by what its report calls it ("the record quarter") is the one whose
  quote says so, of the length of period named; never the largest figure held (the store
  does not know every quarter a company had), never another period than one named;
- a metric joining two lines in its name ("meters and valves unit sales growth") answers
  only a question saying both: "meter sales growth" is the meters' own growth."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, values

M = "Marrow Instruments"
Q1, Q2, Q3 = "2026-01-01/2026-03-31", "2026-04-01/2026-06-30", "2026-07-01/2026-09-30"
YEAR_BEFORE, YEAR = "2024-01-01/2024-12-31", "2025-01-01/2025-12-31"


def quoted(view: dict, quote: str) -> dict:
    return view | {"quote": quote}


NOTES = (
    "Meter shipments reached a record 412,000 units in the quarter. "
    "Shipments were 380,000 units in the first quarter and 365,000 in the third. "
    "Meters and valves unit sales grew 14% in the year. "
    "Flow Control and Metering (FCM) shipped 52,000 units."
)
FACTS = [
    quoted(
        fact(
            M,
            "Flow Control and Metering (FCM) units shipped",
            "actual",
            YEAR,
            52_000,
            "units",
            "2026-10-20",
        ),
        "Flow Control and Metering (FCM) shipped 52,000 units.",
    ),
    quoted(
        fact(M, "meters shipped", "actual", Q2, 412_000, "units", "2026-10-20"),
        "Meter shipments reached a record 412,000 units in the quarter.",
    ),
    quoted(
        fact(M, "meters shipped", "actual", Q1, 380_000, "units", "2026-10-20"),
        "Shipments were 380,000 units in the first quarter and 365,000 in the third.",
    ),
    quoted(
        fact(M, "meters shipped", "actual", Q3, 365_000, "units", "2026-10-20"),
        "Shipments were 380,000 units in the first quarter and 365,000 in the third.",
    ),
    quoted(
        fact(M, "meters shipped", "actual", YEAR, 1_500_000, "units", "2026-10-20"),
        "Shipments were 380,000 units in the first quarter and 365,000 in the third.",
    ),
    quoted(
        fact(M, "meters shipped", "actual", YEAR_BEFORE, 1_250_000, "units", "2026-10-20"),
        "Shipments were 380,000 units in the first quarter and 365,000 in the third.",
    ),
    quoted(
        fact(
            M, "meters and valves unit sales growth", "actual", YEAR, 14.0, "percent", "2026-10-20"
        ),
        "Meters and valves unit sales grew 14% in the year.",
    ),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    data = bundle([{"name": M, "aliases": ["Marrow"]}], FACTS, published="2026-10-20")
    data["sources"][0]["text"] = NOTES
    return engine_over(seed, data)


@pytest.mark.parametrize(
    "question",
    ["how many meters did marrow ship in its record quarter", "marrow's record meter quarter"],
)
def test_the_record_its_report_names(engine, question) -> None:
    assert values(engine, question) == [412_000]


@pytest.mark.parametrize(
    "question",
    [
        "marrow meters shipped in q1 2026, was that a record?",  # a period named: kept
        "marrow's record year for meter shipments",  # no year is called a record
    ],
)
def test_no_record_where_none_is_called_one(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


def test_one_line_of_two_is_its_own_growth(engine) -> None:
    # the meters' growth worked out from their years, never the joint rate
    assert values(engine, "how much did marrow's meter sales grow in 2025") == [
        1_500_000,
        1_250_000,
    ]
    assert values(engine, "marrow meters and valves unit sales growth 2025") == [14.0]
    # a business unit both lines are in, named so, is the joint
    assert values(engine, "how much did sales in marrow's meters division grow in 2025") == [14.0]
    # a joint named by its own initials is said whole
    assert values(engine, "marrow fcm units shipped 2025") == [52_000]


def test_one_line_said_where_no_figure_names_it_apart(seed) -> None:
    """'Loans to customers' of a bank holding "loans and advances to customers" (and
    customer deposits): no figure names the loans apart, so the joint answers; its whole
    name said answers too. Before (e51c4c0c) both were "nothing about loans": the name's
    plural was compared with the question's lemma, and the joint dropped for a deposits
    figure that named no loans (a development question)."""
    bank = "Oduya Bank"
    day = "2025-09-30/2025-09-30"
    facts = [
        fact(bank, "loans and advances to customers", "actual", day, 4.7e12, "NGN", "2025-10-30"),
        fact(bank, "customer deposits", "actual", day, 9.8e12, "NGN", "2025-10-30"),
    ]
    engine = engine_over(seed, bundle([{"name": bank, "aliases": ["Oduya"]}], facts, "2025-10-30"))
    for question in (
        "oduya loans to customers at 30 september 2025",
        "oduya loans and advances to customers at 30 september 2025",
    ):
        assert values(engine, question) == [4.7e12], question
    assert values(engine, "oduya customer deposits at 30 september 2025") == [9.8e12]  # (guard)


def test_a_joint_named_by_a_word_no_line_figure_explains(seed) -> None:
    """ "powdered milk revenue" of a dairy holding "powdered milk and nutrition revenue"
    beside "liquid milk revenue": "powdered" names the joint's line, which the liquid
    milk figure does not explain, so the joint answers. Before 2026-12-05 it was dropped
    for the liquid milk figure's "milk", and the question refused ("nothing about
    'powdered'", a development miss). "liquid milk revenue" is the guard."""
    d, h1 = "Suoi Tien Dairy", "2025-01-01/2025-06-30"
    facts = [
        fact(d, "liquid milk revenue", "actual", h1, 3_214e9, "VND", "2025-07-30"),
        fact(d, "powdered milk and nutrition revenue", "actual", h1, 1_402e9, "VND", "2025-07-30"),
    ]
    engine = engine_over(seed, bundle([{"name": d, "aliases": ["Suoi Tien"]}], facts, "2025-07-30"))
    assert values(engine, "suoi tien powdered milk revenue h1 2025") == [1_402e9]
    assert values(engine, "suoi tien liquid milk revenue h1 2025") == [3_214e9]
