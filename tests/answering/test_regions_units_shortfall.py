"""Regions, counted units and unnamed expectations, over companies invented here: Velmora
Outdoor (year May - April, named by its end year, written 2024/25) and Quillon Systems
(year October - September), each with regions, segments and revised guidance, and
Harrowgate Stores (a 52-week retail year to the end of January).

Each row is a way of asking that once answered with a figure that did not fit: "the
Americas" read as the U.S. (a plural taken for "America") and "EMEA" as Europe; units
asked of a region or segment answered with its revenue; a "shortfall" or a "miss" with no
target named answered with the actual figure alone; "how many units did they sell" answered
with the stores they opened (the one count held), "how many stores did they close" with
the stores opened, "UK comparable sales" with UK revenue, "how much did profit differ
from the forecast" with the forecast alone, "original guidance top end" (no metric named)
with both ends of a range stated as two metrics."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

V, Q, H = "Velmora Outdoor", "Quillon Systems", "Harrowgate Stores"
HFY = "2024-02-04/2025-02-01"
K, KFY = "Kestrin Marine", "2024-07-01/2025-06-30"  # ranges stated as two metrics
VFY, QFY = "2024-05-01/2025-04-30", "2024-10-01/2025-09-30"

FACTS = [
    fact(V, "net sales", "actual", VFY, 1000e6, "EUR", "2025-06-01"),
    fact(V, "net sales", "target", VFY, 1100e6, "EUR", "2024-06-01"),
    fact(V, "EMEA net sales", "actual", VFY, 450e6, "EUR", "2025-06-01"),
    fact(V, "Nordics net sales", "actual", VFY, 120e6, "EUR", "2025-06-01"),
    fact(V, "International net sales", "actual", VFY, 300e6, "EUR", "2025-06-01"),
    fact(V, "net sales growth", "actual", VFY, 5.0, "percent", "2025-06-01"),
    fact(V, "Trail Running net sales change", "actual", VFY, -2.0, "percent", "2025-06-01"),
    fact(V, "units sold", "actual", VFY, 4.2e6, "units", "2025-06-01"),
    fact(V, "net sales", "actual", "2024-05-01/2024-07-31", 210e6, "EUR", "2024-09-01"),
    fact(V, "net sales", "actual", "2023-05-01/2023-07-31", 200e6, "EUR", "2024-09-01"),
    fact(V, "net sales", "actual", "2024-05-01/2024-10-31", 470e6, "EUR", "2024-12-01"),
    fact(V, "Footwear net sales", "actual", VFY, 380e6, "EUR", "2025-06-01"),
    fact(V, "operating profit", "actual", VFY, 80e6, "EUR", "2025-06-01"),
    fact(V, "operating profit", "forecast", VFY, 95e6, "EUR", "2024-06-01"),
    fact(Q, "servers shipped", "actual", QFY, 200000, "units", "2025-10-20"),
    fact(Q, "Americas servers shipped", "actual", QFY, 90000, "units", "2025-10-20"),
    fact(Q, "revenue", "actual", QFY, 3.1e9, "USD", "2025-10-20"),
    fact(Q, "servers shipped", "actual", "2025-04-01/2025-06-30", 47000, "units", "2025-07-20"),
    fact(Q, "servers shipped", "actual", "2025-07-01/2025-09-30", 61000, "units", "2025-10-20"),
    fact(Q, "revenue", "target", QFY, 3.4e9, "USD", "2024-11-01"),
    fact(Q, "Cloud revenue", "actual", QFY, 1.2e9, "USD", "2025-10-20"),
    fact(H, "revenue", "actual", HFY, 8.4e9, "GBP", "2025-03-10"),
    fact(H, "UK revenue", "actual", HFY, 6.0e9, "GBP", "2025-03-10"),
    fact(H, "comparable sales growth", "actual", HFY, 3.2, "percent", "2025-03-10"),
    fact(H, "stores opened", "actual", HFY, 42, "units", "2025-03-10"),
    *(
        fact(K, f"engines delivered ({end} end)", "forecast", KFY, value, "units", as_of)
        for as_of, low, high in (("2024-08-15", 1200, 1300), ("2025-02-15", 1250, 1350))
        for end, value in (("low", low), ("high", high))
    ),
    fact(K, "engines delivered", "actual", KFY, 1180, "units", "2025-08-15"),
    # a change figure of a segment: never the answer to how the guidance changed
    fact(
        K, "Marine Services engines delivered change", "actual", KFY, 4.0, "percent", "2025-08-15"
    ),
]
ENTITIES = [
    {"name": V, "aliases": ["Velmora"], "fiscal_year_end": "04-30", "fiscal_year_named_by": "end"},
    {"name": Q, "aliases": ["Quillon"], "fiscal_year_end": "09-30", "fiscal_year_named_by": "end"},
    {"name": H, "aliases": ["Harrowgate"]},
    {"name": K, "aliases": ["Kestrin"], "fiscal_year_end": "06-30", "fiscal_year_named_by": "end"},
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, "2025-10-20"))


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("quillon americas servers shipped fy2025", {90000}),
        ("how many servers did quillon ship in the americas in fy2025", {90000}),
        ("velmora EMEA net sales 2024/25", {450e6}),
        ("velmora nordics sales 2024/25", {120e6}),
        # shorthand for a region: "intl" is international, never "incl" (including)
        ("velmora intl net sales 2024/25", {300e6}),
        ("velmora int'l sales 2024/25", {300e6}),
        # the word for a kind of line names nothing of its own
        ("velmora international region net sales 2024/25", {300e6}),
        ("velmora emea geography sales 2024/25", {450e6}),
        # a shortfall with no expectation named: against the one the store holds
        ("velmora operating profit shortfall 2024/25", {80e6, 95e6}),
        ("quillon revenue shortfall fy2025", {3.1e9, 3.4e9}),
        ("by how much did quillon miss on revenue in fy2025", {3.1e9, 3.4e9}),
        ("velmora units sold 2024/25", {4.2e6}),
        ("velmora footwear sales 2024/25", {380e6}),
        ("how much did velmora's footwear business sell in 2024/25", {380e6}),
        ("how many stores did harrowgate open", {42}),
        ("harrowgate uk revenue", {6.0e9}),
        # "how much did they sell": revenue, where no count of things sold is held
        ("how much did harrowgate sell", {8.4e9}),
        # "yoy" is the change family's word for every metric: the group's growth, never
        # a segment's change that happens to spell out more of the words
        ("velmora sales growth yoy 2024/25", {5.0}),
        # the stated growth lacks the quarter: the growth of the level it is named after
        ("velmora q1 2024/25 yoy growth", {210e6, 200e6}),
        # a part of the year, and the year written across two a few words later
        ("velmora q1 net sales in 24/25", {210e6}),
        ("velmora h1 net sales for 2024/25", {470e6}),
        ("harrowgate comparable sales growth", {3.2}),
        ("harrowgate comparable sales", {3.2}),
        # one end of a range stated as two metrics, no metric named: that end alone
        ("kestrin original guidance top end", {1300, 1350}),
        ("kestrin initial guidance upper end fy2025", {1300, 1350}),
        ("kestrin original guidance low end fy2025", {1200, 1250}),
        # undershooting or overshooting an expectation is a gap to it, never it alone
        ("how much did velmora overshoot its operating profit forecast", {80e6, 95e6}),
        ("by how much did velmora undershoot the sales target", {1000e6, 1100e6}),
        # "differ from" an expectation: the actual against it, never the expectation alone
        ("how much did velmora's operating profit differ from the forecast", {80e6, 95e6}),
        ("how far did quillon's revenue deviate from its target in fy2025", {3.1e9, 3.4e9}),
    ],
)
def test_each_slot_answers_its_own_figure(engine, question, values) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert {v.fact.value for v in answer.facts} == values, answer.text


@pytest.mark.parametrize(
    "question",
    [
        # the U.S. is not the Americas, Europe is not EMEA
        "quillon us servers shipped fy2025",
        "velmora europe net sales 2024/25",
        "velmora americas net sales 2024/25",
        "quillon intl revenue fy2025",
        # a point of the compass names a region the store lacks, never nothing
        "velmora west region net sales 2024/25",
        "how many servers did quillon's west zone dealers ship in fy2025",
        # units of a region or a segment the store holds only revenue for
        "velmora emea units 2024/25",
        "velmora units sold in emea 2024/25",
        "quillon cloud units fy2025",
        "velmora footwear units 2024/25",
        # a count asked in other words: volume, "how many", "number of", "sold"
        "velmora footwear volume 2024/25",
        "how many footwear did velmora sell in 2024/25",
        "number of footwear velmora sold in 2024/25",
        "velmora footwear sold 2024/25",
        # a shortfall where no target or forecast is held
        "velmora emea shortfall 2024/25",
        "quillon americas shipments shortfall fy2025",
        "quillon shortfall in servers shipped fy2025",
        # the one count held is no answer to a count of something else
        "how many units did harrowgate sell",
        "how many did harrowgate sell",
        "harrowgate units",
        # year on year with no year-earlier quarter: never the quarter before
        "how much did quillon shipments grow in q4 fy2025 year on year",
        "quillon q4 fy2025 servers shipped yoy change",
        # a quarter's growth is never the half less the first quarter (its own level)
        "how much did velmora sales grow in q2 fy2025",
        "velmora net sales growth in the aug-oct 2024 quarter",
        # a forecast asked, only a target held: a target is no forecast
        "quillon revenue forecast vs actual fy2025",
        "how much did quillon revenue differ from its forecast in fy2025",
        # a verb that undoes the metric's own
        "how many stores did harrowgate close",
        "how many stores did harrowgate shut",
        # a phrase of another family over a word the metric claims
        "harrowgate uk comparable sales",
        "harrowgate uk like for like sales",
    ],
)
def test_a_figure_that_does_not_fit_is_never_given(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text
    assert not answer.facts, answer.text


# A range stated as two end metrics and revised: its history is one of ranges, and
# "original vs current" asks for that history, never for a growth between two periods.
@pytest.mark.parametrize(
    "question",
    [
        "kestrin fy2025 engines delivered guidance: original vs current",
        "how did kestrin's fy2025 engine delivery guidance change",
        "compare kestrin's original and current fy2025 engines guidance",
    ],
)
def test_a_two_metric_range_has_one_history(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.intent == "history", answer.text
    assert "1,200 to 1,300" in answer.text and "1,250 to 1,350" in answer.text, answer.text


# No metric named: the whole company's count target, never a region's, never money.
def test_an_unnamed_count_target_is_the_whole_companys(seed) -> None:
    facts = [
        fact(Q, "servers shipped", "target", QFY, 210000, "units", "2024-11-01"),
        fact(Q, "servers shipped", "target", QFY, 205000, "units", "2025-05-01"),
        fact(Q, "Americas servers shipped", "target", QFY, 100000, "units", "2024-11-01"),
        fact(Q, "Americas servers shipped", "target", QFY, 95000, "units", "2025-05-01"),
        fact(Q, "revenue", "target", QFY, 3.4e9, "USD", "2024-11-01"),
        fact(Q, "revenue", "target", QFY, 3.3e9, "USD", "2025-05-01"),
    ]
    engine = engine_over(seed, bundle(ENTITIES, facts, "2025-05-01"))
    answer = engine.ask("quillon fy2025 unit target before the may cut")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 210000, answer.text
