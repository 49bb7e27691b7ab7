"""Words that name a kind of figure broadly, and periods said twice or "the same period",
over companies invented here.

"profit" alone is net profit; but "profit guidance" of a company that guides no net
profit is the profit it does guide ("Fenwick's profit guidance": its adjusted profit
before tax). A profit reported is asked for by its own level. "digital comps" is
comparable digital sales growth. "Q4 2024 sales, the Dec quarter" is one period in the
calendar of the company the metric implies; "the nine months to September 2025 vs the
same period of 2024" compares the same months a year apart. "the Q1 trading update" is
the report titled so, in the company's fiscal calendar."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

F, G = "Fenwick Interiors", "Galloway Leisure"  # FY to 31 August / 30 September, by end
FY26, FY25 = "2025-09-01/2026-08-31", "2024-09-01/2025-08-31"
GH1 = "2025-10-01/2026-03-31"
GFY26 = "2025-10-01/2026-09-30"
M, N = "Marrow Outfitters", "Nerani Logistics"  # calendar year
NM25, NM24 = "2025-01-01/2025-09-30", "2024-01-01/2024-09-30"

FACTS = [
    # Fenwick reports one profit: adjusted profit before tax, and guides it as a range
    fact(F, "adjusted profit before tax", "actual", FY25, 47.9e6, "GBP", "2025-10-20"),
    fact(F, "adjusted profit before tax", "forecast", FY26, 81e6, "GBP", "2026-04-21", high=86e6),
    fact(F, "group revenue", "actual", FY25, 702e6, "GBP", "2025-10-20"),
    # Galloway reports two profits for the half
    fact(G, "operating profit", "actual", GH1, 388e6, "GBP", "2026-05-19"),
    fact(G, "adjusted operating profit", "actual", GH1, 412e6, "GBP", "2026-05-19"),
    fact(G, "adjusted operating profit", "forecast", GFY26, 0.93e9, "GBP", "2026-01-28"),
    # Marrow: comparable sales growth overall, by store and digital
    fact(
        M,
        "comparable sales growth",
        "actual",
        "2025-07-01/2025-09-30",
        2.7,
        "percent",
        "2025-11-01",
    ),
    fact(
        M,
        "comparable store sales growth",
        "actual",
        "2025-07-01/2025-09-30",
        0.9,
        "percent",
        "2025-11-01",
    ),
    fact(
        M,
        "comparable digital sales growth",
        "actual",
        "2025-07-01/2025-09-30",
        6.3,
        "percent",
        "2025-11-01",
    ),
    # Nerani: quarters and nine months
    fact(N, "freight revenue", "actual", "2024-10-01/2024-12-31", 5.12e9, "EUR", "2025-02-10"),
    fact(N, "freight revenue", "actual", "2024-01-01/2024-12-31", 21.3e9, "EUR", "2025-02-10"),
    fact(N, "net loss", "actual", NM25, -44e6, "EUR", "2025-11-05"),
    fact(N, "net loss", "actual", NM24, -203e6, "EUR", "2025-11-05"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {
            "name": F,
            "aliases": ["Fenwick"],
            "fiscal_year_end": "08-31",
            "fiscal_year_named_by": "end",
        },
        {
            "name": G,
            "aliases": ["Galloway"],
            "fiscal_year_end": "09-30",
            "fiscal_year_named_by": "end",
        },
        {"name": M, "aliases": ["Marrow"]},
        {"name": N, "aliases": ["Nerani"]},
    ]
    return engine_over(seed, bundle(entities, FACTS, published="2026-05-19"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("fenwick's profit guidance for fy26 - what is the range?", 81e6),
        ("top end of fenwick's fy26 profit range", 86e6),
        ("galloway profit guidance for fy26", 0.93e9),
    ],
)
def test_profit_guidance_is_the_profit_a_company_guides(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert value in (answer.facts[0].fact.value, answer.facts[0].fact.value_high), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "marrow profit in q3 2025",  # no profit held: never a margin or a growth rate
        "fenwick profit in fy25",  # a figure reported is asked for by its own level
        "galloway profit in h1 fy26",
        "what was fenwick's operating profit in fy25",  # another level, named
        "fenwick operating income fy25",
    ],
)
def test_profit_alone_is_never_another_figure(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


def test_comps_with_a_channel_is_that_channels_comparable_growth(engine) -> None:
    answer = engine.ask("marrow digital comps in q3 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 6.3, answer.text


def test_a_quarter_said_twice_with_no_company_named_is_one_period(engine) -> None:
    answer = engine.ask("freight revenue for q4 2024 (the dec qtr)")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [5.12e9], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "nerani net loss for the nine months ended 30 september 2025 against the same"
        " period of 2024",
        "nerani net loss jan-sep 2025 vs 2024",
    ],
)
def test_a_span_against_the_same_span_of_another_year(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [-203e6, -44e6], answer.text


def test_a_fiscal_quarters_trading_update_is_the_report_titled_so(seed) -> None:
    """Q1 of a year to September ends in December: its trading update is January's, not
    the half-year report published after the calendar year's first quarter."""
    c, fy = "Harbury Inns", "2025-10-01/2026-09-30"
    facts = [
        fact(
            c, "adjusted operating profit", "forecast", fy, 0.71e9, "GBP", "2026-01-28", high=0.74e9
        )
        | {"source": "q1"},
        fact(
            c,
            "adjusted operating profit",
            "forecast",
            fy,
            0.72e9,
            "GBP",
            "2026-05-19",
            high=0.76e9,
        )
        | {"source": "h1"},
    ]
    data = bundle(
        [
            {
                "name": c,
                "aliases": ["Harbury"],
                "fiscal_year_end": "09-30",
                "fiscal_year_named_by": "end",
            }
        ],
        facts,
        published="2026-05-19",
    )
    notes = data["sources"][0]
    data["sources"] = [
        notes
        | {
            "key": "q1",
            "title": "Harbury Inns: first quarter trading update",
            "published": "2026-01-28",
            "url": "https://example.com/q1",
        },
        notes
        | {
            "key": "h1",
            "title": "Harbury Inns half year report",
            "published": "2026-05-19",
            "url": "https://example.com/h1",
        },
    ]
    answer = engine_over(seed, data).ask(
        "harbury's adjusted operating profit guidance, its top end as given at the q1"
        " trading update"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value_high == 0.74e9 or answer.facts[0].fact.value == 0.74e9, (
        answer.text
    )


@pytest.fixture(scope="module")
def ebitda_only(seed) -> Engine:
    q3 = "2025-07-01/2025-09-30"
    facts = [
        fact("Ostra Line", "underlying EBITDA", "actual", q3, 1.94e9, "USD", "2025-11-06"),
        fact("Ostra Line", "average selling price", "actual", q3, 512_300, "USD", "2025-11-06"),
        fact("Ostra Line", "cancellation rate", "actual", q3, 11.7, "percent", "2025-11-06"),
        fact("Ostra Line", "homes passed with fiber", "actual", q3, 6.1e6, "units", "2025-11-06"),
        fact("Ostra Line", "net revenue retention", "actual", q3, 104, "percent", "2025-11-06"),
        fact(
            "Ostra Line",
            "cumulative vessel deliveries",
            "actual",
            "2019-04-01/2025-09-30",
            187,
            "units",
            "2025-11-06",
        ),
    ]
    return engine_over(
        seed, bundle([{"name": "Ostra Line", "aliases": ["Ostra"]}], facts, "2025-11-06")
    )


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("ostra's q3 2025 profit? underlying ebitda, i mean", 1.94e9),
        ("ostra underlying ebitda profit q3 2025", 1.94e9),
        ("ostra avg selling price q3 2025", 512_300),  # chat shorthand
        ("ostra cancelation rate q3 2025", 11.7),  # one "l" or two
        ("ostra homes passed with fibre q3 2025", 6.1e6),  # British spelling
        ("ostra net revenue retention rate in q3 2025", 104),  # a percentage's noun
        ("ostra cumualtive vessel deliveries through sept 2025", 187),  # a running total's word
    ],
)
def test_words_of_the_figure_said_another_way(ebitda_only, question, value) -> None:
    answer = ebitda_only.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text


@pytest.mark.parametrize("question", ["ostra net profit q3 2025", "ostra operating profit q3 2025"])
def test_a_profit_level_named_is_never_ebitda(ebitda_only, question) -> None:
    answer = ebitda_only.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


def test_the_metric_whose_own_name_says_the_word(engine) -> None:
    """ "store comps" is comparable store sales growth, whose name says "store": never the
    overall comparable growth, which reads "store" only through the vocabulary."""
    answer = engine.ask("marrow store comps in q3 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 0.9, answer.text
    answer = engine.ask(
        "gap between marrow's digital comps and its store comps in q3 2025, in points"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [6.3, 0.9], answer.text


def test_how_a_figure_did_is_its_stated_change(seed) -> None:
    """ "how did X do": how it moved, which the change the company states answers where
    the level is not held (never "nothing about RevPAR" for the region's fee revenue)."""
    q1, o = "2025-10-01/2025-12-31", "Orrin Hotels"
    facts = [
        fact(o, "Greater China RevPAR growth", "actual", q1, -3.1, "percent", "2026-01-28"),
        fact(o, "Greater China fee revenue", "actual", q1, 29e6, "GBP", "2026-01-28"),
        fact(o, "RevPAR", "actual", q1, 84.6, "GBP", "2026-01-28"),
    ]
    engine = engine_over(
        seed, bundle([{"name": "Orrin Hotels", "aliases": ["Orrin"]}], facts, "2026-01-28")
    )
    answer = engine.ask("orrin's greater china revpar in q4 2025, how did it do")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == -3.1, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how much did ostra's fy25 underlying ebitda beat the top of its raised guidance by?",
        "how much did ostra's fy25 underlying ebitda beat the top of its rasied guidance by?",
        "how much did ostra's fy25 underlying ebitda beat the top of its raised guiadnce by?",
    ],
)
def test_a_typo_never_changes_what_is_worked_out(seed, question) -> None:
    """The cues that decide what is worked out read the question with its typos mended."""
    y, o = "2025-01-01/2025-12-31", "Ostra Line"
    facts = [
        fact(o, "underlying EBITDA", "actual", y, 1.94e9, "USD", "2026-02-26"),
        fact(o, "underlying EBITDA (low end)", "forecast", y, 1.6e9, "USD", "2025-08-01"),
        fact(o, "underlying EBITDA (high end)", "forecast", y, 1.8e9, "USD", "2025-08-01"),
        fact(o, "underlying EBITDA (low end)", "forecast", y, 1.7e9, "USD", "2025-11-12"),
        fact(o, "underlying EBITDA (high end)", "forecast", y, 1.9e9, "USD", "2025-11-12"),
    ]
    engine = engine_over(seed, bundle([{"name": o, "aliases": ["Ostra"]}], facts, "2026-02-26"))
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "beating the high end" in answer.text and "$40 million" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "after the results, how much did ostra shares move",  # "shares": a thing
        "how did ostra shares do after the results",
    ],
)
def test_a_thing_the_store_lacks_after_did_is_never_another_figure(seed, question) -> None:
    """Never the net loss read from "results" (half of "net result"), nor a figure read
    from "shares" as a verb."""
    o = "Ostra Line"
    facts = [
        fact(o, "net loss", "actual", "2025-01-01/2025-09-30", -44e6, "USD", "2025-11-06"),
        fact(o, "net loss", "actual", "2025-07-01/2025-09-30", -13e6, "USD", "2025-11-06"),
        fact(o, "revenue", "actual", "2025-07-01/2025-09-30", 365e6, "USD", "2025-11-06"),
    ]
    engine = engine_over(seed, bundle([{"name": o, "aliases": ["Ostra"]}], facts, "2025-11-06"))
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text
