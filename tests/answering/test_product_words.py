"""What a metric's name says about the thing counted, over two companies invented here:
Kiriya Optical (cameras and lenses, fiscal year to March named by its end year) and Tobari
Games (consoles and software).

A hyphened compound before a noun describes that noun ("interchangeable-lens camera units"
counts cameras, not lenses); a noun ending in s is its own lemma ("lens", "lenses" -> "lens");
two metrics that fit a question equally but for a kind each adds of its own ("camera
shipments": compact or interchangeable-lens?) are offered, never the one with the shorter
name; and two metrics read from the same words are never taken as two figures to compare."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.answering.english.words import lemma
from tests.answering.invented import bundle, engine_over, fact, one_company

K, T = "Kiriya Optical", "Tobari Games"
FY, LIFE = "2024-04-01/2025-03-31", "2020-03-01/2025-03-31"
ENTITIES = [
    {"name": K, "aliases": ["Kiriya"], "fiscal_year_end": "03-31", "fiscal_year_named_by": "end"},
    {"name": T, "aliases": ["Tobari"], "fiscal_year_end": "03-31", "fiscal_year_named_by": "end"},
]
CAMERAS = [
    fact(
        K, "interchangeable-lens camera units shipped", "actual", FY, 2.1e6, "units", "2025-05-10"
    ),
    fact(K, "compact camera units shipped", "actual", FY, 0.9e6, "units", "2025-05-10"),
    fact(K, "net sales", "actual", FY, 500e9, "JPY", "2025-05-10"),
]
LENSES = [fact(K, "interchangeable lens units shipped", "actual", FY, 3.4e6, "units", "2025-05-10")]
CONSOLES = [
    fact(T, "Nova console units sold", "actual", FY, 12.5e6, "units", "2025-05-10"),
    fact(T, "Nova console units sold", "forecast", FY, 12e6, "units", "2024-11-10"),
    fact(T, "Nova Lite console units sold", "actual", FY, 3e6, "units", "2025-05-10"),
    fact(T, "Nova Lite console units sold", "forecast", FY, 4e6, "units", "2024-05-10"),
    fact(T, "cumulative Aria handheld units sold", "actual", LIFE, 20e6, "units", "2025-05-10"),
    fact(T, "handheld revenue", "actual", FY, 300e9, "JPY", "2025-05-10"),
    fact(T, "advertising net sales", "actual", FY, 20e9, "JPY", "2025-05-10"),
]


@pytest.fixture(scope="module")
def cameras_only(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, CAMERAS + CONSOLES, "2025-05-10"))


@pytest.fixture(scope="module")
def with_lenses(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, CAMERAS + LENSES, "2025-05-10"))


@pytest.mark.parametrize(("word", "base"), [("lens", "lens"), ("lenses", "lens"), ("gas", "gas")])
def test_a_noun_ending_in_s_is_its_own_lemma(word: str, base: str) -> None:
    assert lemma(word) == base


@pytest.mark.parametrize(
    "question",
    ["kiriya lens shipments fy2025", "kiriya lens units fy2025", "how many lenses did kiriya ship"],
)
def test_a_describing_word_names_no_product(cameras_only, question) -> None:
    answer = cameras_only.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("how many lenses did kiriya ship in fy2025", 3.4e6),
        ("kiriya lens shipments fy2025", 3.4e6),
        ("kiriya interchangeable lens camera shipments fy2025", 2.1e6),
        ("kiriya compact camera shipments fy2025", 0.9e6),
    ],
)
def test_each_product_answers_its_own_figure(with_lenses, question, value) -> None:
    answer = with_lenses.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value]


@pytest.mark.parametrize(
    ("question", "metrics"),
    [
        (
            "kiriya camera shipments fy2025",
            {"compact camera units shipped", "interchangeable-lens camera units shipped"},
        ),
        (
            "tobari console units fy2025",
            {"Nova console units sold", "Nova Lite console units sold"},
        ),
    ],
)
def test_kinds_alike_are_offered_together(cameras_only, question, metrics) -> None:
    answer = cameras_only.ask(question)
    assert answer.status is Status.AMBIGUOUS, answer.text
    assert {v.fact.metric for v in answer.facts} == metrics


def test_two_metrics_read_from_the_same_words_are_not_two_figures(cameras_only) -> None:
    answer = cameras_only.ask(
        "difference between tobari's fy2025 console forecast and actual units"
    )
    # asking which one is meant is fine; working out one less the other is not
    assert (
        answer.status is not Status.ANSWERED or len({v.fact.metric for v in answer.facts}) <= 1
    ), answer.text


# A product line's own name before a noun of another metric ("Aria handheld revenue",
# where the company states "handheld revenue" and "cumulative Aria handheld units sold"),
# and a running total's "cumulative" said as "since launch".
@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("aria handheld revenue fy2025", 300e9),
        ("how many arias has tobari sold since launch", 20e6),
        ("aria sales since launch", 20e6),
    ],
)
def test_a_product_line_is_named_by_its_own_name(cameras_only, question, value) -> None:
    answer = cameras_only.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value]


@pytest.mark.parametrize(
    "question",
    [
        "zephyr handheld revenue fy2025",  # no metric holds it
        "kiriya advertising net sales fy2025",  # only another company's metric holds it
    ],
)
def test_a_name_no_metric_of_the_company_holds_is_not_a_product_line(cameras_only, question):
    answer = cameras_only.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text


# No company named: the titles named are one company's own, so it is named by them, and
# two of its titles are compared ("LSC" being the initials of a title).
TITLES = [
    fact(
        T, "Legends of the Shattered Crown units sold", "actual", FY, 11.3e6, "units", "2025-05-10"
    ),
    fact(T, "Ember Hollow units sold", "actual", FY, 3.9e6, "units", "2025-05-10"),
]


@pytest.mark.parametrize(
    "question",
    [
        "lsc vs ember hollow units fy2025 gap",
        "difference between lsc units and ember hollow units in fy2025",
        "lsc units minus ember hollow units fy2025, diff?",
    ],
)
def test_two_titles_of_a_company_named_by_them_are_compared(seed, question) -> None:
    engine = engine_over(seed, bundle(ENTITIES, TITLES, "2025-05-10"))
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "7.4 million" in answer.text, answer.text
    assert [v.fact.value for v in answer.facts] == [11.3e6, 3.9e6]


# An acronym a metric's name gives in brackets is its short form; a noun made from the
# metric's verb names it too ("collections" of "milk collected"), never a noun that only
# looks so ("production" is not "product").
@pytest.mark.parametrize(
    ("question", "metric"),
    [
        (
            "kiriya iwmi units fy2025",
            "Integrated Wafer Metrology and Inspection (IWMI) systems shipped",
        ),
        ("kiriya milk collections fy2025", "milk collected"),
    ],
)
def test_short_and_derived_forms_name_a_metric(seed, question, metric) -> None:
    facts = [
        fact(
            K,
            "Integrated Wafer Metrology and Inspection (IWMI) systems shipped",
            "actual",
            FY,
            240,
            "units",
            "2025-05-10",
        ),
        fact(K, "milk collected", "actual", FY, 1.5e9, "units", "2025-05-10"),
        fact(K, "product revenue", "actual", FY, 9e9, "JPY", "2025-05-10"),
    ]
    engine = engine_over(seed, bundle(ENTITIES, facts, "2025-05-10"))
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == [metric]
    production = engine.ask("kiriya production fy2025")
    assert production.status is not Status.ANSWERED, production.text


# A channel named in two words ("e-commerce") is one of the ordinary nouns for it
# ("online", "web"); a clipped word is read first as a word of the store's own names
# ("comm": "commerce", not the vocabulary's "commitments" for orders).
CHANNEL = "Ardley Home"
CHANNEL_FACTS = [
    fact(
        CHANNEL,
        "e-commerce share of net sales",
        "actual",
        "2024-01-01/2024-12-31",
        24.5,
        "%",
        "2025-02-10",
    ),
    fact(CHANNEL, "orders", "actual", "2024-01-01/2024-12-31", 1.2e6, "units", "2025-02-10"),
]


@pytest.fixture(scope="module")
def channel(seed) -> Engine:
    entity = {"name": CHANNEL, "aliases": ["Ardley"]}
    return engine_over(seed, bundle([entity], CHANNEL_FACTS, "2025-02-10"))


@pytest.mark.parametrize(
    "question",
    [
        "ardley online share of sales fy2024",
        "what % of ardley's fy2024 sales were online",
        "ardley e-comm share fy2024",
        "ardley e-commerce penetration fy2024",
    ],
)
def test_a_channel_by_its_other_names(channel, question) -> None:
    answer = channel.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 24.5, answer.text


def test_a_slip_of_weeks_is_weeks_not_a_channel_word(channel) -> None:
    """'weks' is one letter from 'weeks', two from the channel noun 'web'."""
    from bot.answering.reading.understand import understand

    query = understand(
        "ardley e-commerce share for the 13 weks ended dec 28 2024", channel.vocabulary()
    )
    assert "web" not in [t.lemma for t in query.reading.tokens]


def test_a_sled_is_a_snowmobile(seed) -> None:
    v = "Varren Sleds"
    facts = [
        fact(
            v,
            "snowmobile retail sales",
            "actual",
            "2024-01-01/2024-12-31",
            9400,
            "units",
            "2025-02-01",
        )
    ]
    engine = one_company(seed, v, "Varren", facts, "2025-02-01")
    answer = engine.ask("how many sleds did varren retail in 2024")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 9400, answer.text


@pytest.mark.parametrize(
    "question", ["varrow employees at the end of 2024", "how many people did varrow have in 2024"]
)
def test_people_are_a_headcount(seed, question) -> None:
    v = "Varrow Tech"
    facts = [
        fact(v, "headcount", "actual", "2024-12-31/2024-12-31", 148_512, "units", "2025-01-16")
    ]
    engine = one_company(seed, v, "Varrow", facts, "2025-01-16")
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 148_512, answer.text


def test_than_a_segment_named_alone_is_its_figure_of_the_same_measure(seed) -> None:
    """'How much more did Console book than Mobile': Mobile's bookings, the measure the
    first figure named."""
    g = "Garnet Games"
    q = "2024-10-01/2024-12-31"
    facts = [
        fact(g, "Console net bookings", "actual", q, 554e6, "USD", "2025-02-01"),
        fact(g, "Mobile net bookings", "actual", q, 188e6, "USD", "2025-02-01"),
    ]
    engine = one_company(seed, g, "Garnet", facts, "2025-02-01")
    answer = engine.ask("how much more did garnet's console book than mobile in q4 2024")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [554e6, 188e6], answer.text


def test_a_target_of_a_product_is_a_count_of_it(seed) -> None:
    """ "the MLCC target": a units metric's counting words ("units shipped") are implied by
    an expectation of the product; without one, nothing is."""
    h, year = "Hanmir Electro", "2025-01-01/2025-12-31"
    facts = [
        fact(h, "MLCC units shipped", "target", year, 120e9, "units", "2025-01-28"),
        fact(h, "MLCC units shipped", "target", year, 110e9, "units", "2025-07-25"),
        fact(
            h,
            "global MLCC market share",
            "actual",
            "2024-12-31/2024-12-31",
            23.5,
            "%",
            "2025-01-28",
        ),
    ]
    engine = one_company(seed, h, "Hanmir", facts, "2025-07-25")
    cut = engine.ask("by how much did hanmir cut its mlcc target")
    assert cut.status is Status.ANSWERED, cut.text
    assert [v.fact.value for v in cut.facts[:2]] == [110e9, 120e9], cut.text
    assert engine.ask("hanmir mlcc").status is not Status.ANSWERED
    # the product implies its company, as a metric's other words do
    before = engine.ask("what was the mlcc target before the cut")
    assert [v.fact.value for v in before.facts[:1]] == [120e9], before.text
