"""Lines of business, bases of measure and numbered revisions, over a company invented here
(Oryx Circuits, calendar year): a segment named by a word chat uses as filler ("Memory")
is still that segment; two lines are never mixed into one figure; "non-GAAP" is the
adjusted figure and "GAAP" the reported one; a change asked "quarter on quarter" or
"q-on-q" is against the quarter before; "after the second cut" is the statement that cut
made."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import engine_over, fact, one_company

ORYX = "Oryx Circuits"
Q2, Q3, Q3_24 = "2025-04-01/2025-06-30", "2025-07-01/2025-09-30", "2024-07-01/2024-09-30"
FY = "2025-01-01/2025-12-31"
FACTS = [
    fact(ORYX, "revenue", "actual", Q3, 23e12, "KRW", "2025-10-30"),
    fact(ORYX, "revenue", "actual", Q2, 21e12, "KRW", "2025-07-30"),
    fact(ORYX, "revenue", "actual", Q3_24, 19e12, "KRW", "2025-10-30"),
    fact(ORYX, "Memory revenue", "actual", Q3, 11.3e12, "KRW", "2025-10-30"),
    fact(ORYX, "Memory revenue", "actual", Q2, 10.1e12, "KRW", "2025-07-30"),
    fact(ORYX, "Mobile Devices revenue", "actual", Q3, 7.8e12, "KRW", "2025-10-30"),
    fact(ORYX, "Power Devices revenue", "actual", Q3, 2.1e12, "KRW", "2025-10-30"),
    fact(
        ORYX,
        "Factory Automation order backlog",
        "actual",
        "2025-09-30/2025-09-30",
        4e12,
        "KRW",
        "2025-10-30",
    ),
    fact(ORYX, "net loss", "actual", Q3, -410e9, "KRW", "2025-10-30"),
    fact(ORYX, "adjusted net loss", "actual", Q3, -250e9, "KRW", "2025-10-30"),
    fact(ORYX, "ARR", "actual", "2025-09-30/2025-09-30", 3.1e12, "KRW", "2025-10-30"),
    fact(ORYX, "ARR", "actual", "2025-06-30/2025-06-30", 2.9e12, "KRW", "2025-07-30"),
    fact(ORYX, "ARR", "actual", "2024-09-30/2024-09-30", 2.2e12, "KRW", "2025-10-30"),
    fact(ORYX, "operating profit", "forecast", FY, 6.0e12, "KRW", "2025-01-30"),
    fact(ORYX, "operating profit", "forecast", FY, 5.5e12, "KRW", "2025-04-30"),
    fact(ORYX, "operating profit", "forecast", FY, 5.2e12, "KRW", "2025-10-30"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, ORYX, "Oryx", FACTS, "2025-10-30")


def values(answer) -> list[float]:
    return [v.fact.value for v in answer.facts]


def test_a_segment_named_by_a_chat_filler_word_is_that_segment(engine) -> None:
    memory = engine.ask("oryx memory revenue q3 2025")
    assert values(memory)[:1] == [11.3e12], memory.text
    total = engine.ask("oryx revenue q3 2025")
    assert total.status is Status.ANSWERED and values(total)[:1] == [23e12], total.text


def test_a_segment_without_the_period_is_never_the_whole_company(engine) -> None:
    answer = engine.ask("oryx memory revenue q3 2024")
    assert answer.status is Status.UNKNOWN, answer.text


def test_two_lines_named_are_set_against_each_other_not_one_dropped(engine) -> None:
    answer = engine.ask("oryx memory revenue vs mobile devices revenue q3 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert values(answer) == [11.3e12, 7.8e12], answer.text


def test_one_line_s_name_and_another_line_s_figure_name_nothing_held(engine) -> None:
    answer = engine.ask("oryx power devices order backlog at sep 30 2025")
    assert answer.status is Status.UNKNOWN, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("oryx non-gaap net loss q3 2025", -250e9),
        ("oryx non gaap net loss q3 2025", -250e9),
        ("oryx gaap net loss q3 2025", -410e9),
        ("oryx adjusted net loss q3 2025", -250e9),
    ],
)
def test_the_basis_of_a_measure_picks_the_figure(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert values(answer) == [value], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "oryx q3 2025 revenue quarter over quarter growth",
        "oryx q3 2025 revenue growth q-on-q",
        "oryx revenue growth quarter-on-quarter in q3 2025",
    ],
)
def test_a_change_written_out_against_the_quarter_before(engine, question) -> None:
    answer = engine.ask(question)
    assert values(answer) == [23e12, 21e12], answer.text


def test_a_count_at_a_date_against_the_quarter_before(engine) -> None:
    assert values(engine.ask("oryx arr q/q")) == [3.1e12, 2.9e12]
    assert values(engine.ask("oryx arr yoy")) == [3.1e12, 2.2e12]


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("oryx 2025 operating profit forecast after the first cut", 5.5e12),
        ("oryx 2025 operating profit forecast after the second cut", 5.2e12),
        ("oryx 2025 operating profit forecast before the second cut", 5.5e12),
        ("oryx 2025 operating profit forecast before the first revision", 6.0e12),
    ],
)
def test_a_revision_named_by_its_place(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert values(answer)[0] == value, answer.text


def test_a_revision_the_series_never_had_is_said_so(engine) -> None:
    answer = engine.ask("oryx 2025 operating profit forecast after the third cut")
    assert answer.status is Status.UNKNOWN, answer.text


# ---- a company whose name says what it makes, and chat's short words for measures


LUMO = "Lumo Auto"
LUMO_FACTS = [
    fact(LUMO, "deliveries", "actual", "2025-07-01/2025-07-31", 31870, "units", "2025-08-01"),
    fact(LUMO, "operating margin", "actual", Q3, 8.2, "percent", "2025-10-30"),
    fact(LUMO, "capital expenditure", "target", FY, 9.6e9, "CNY", "2025-10-30"),
]


@pytest.fixture(scope="module")
def lumo(seed) -> Engine:
    return one_company(seed, LUMO, "Lumo", LUMO_FACTS, "2025-10-30")


@pytest.mark.parametrize(
    "question", ["how many cars did lumo deliver in july 2025", "lumo vehicles delivered jul 2025"]
)
def test_the_product_a_company_s_name_says_it_makes(lumo, question) -> None:
    assert values(lumo.ask(question)) == [31870]


def test_a_product_its_name_does_not_say_is_not_its_count(lumo) -> None:
    answer = lumo.ask("how many trucks did lumo deliver in july 2025")
    assert answer.status is Status.UNKNOWN, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [("lumo op margin q3 2025", 8.2), ("lumo capex plan for 2025", 9.6e9)],
)
def test_chat_s_short_words_for_measures(lumo, question, value) -> None:
    answer = lumo.ask(question)
    assert values(answer)[:1] == [value], answer.text


# ---- a Japanese-style company: periods said twice, statements by occasion and by kind


KAGA = "Kaga Denki"
KFY, K9M, KQ3 = "2025-04-01/2026-03-31", "2025-04-01/2025-12-31", "2025-10-01/2025-12-31"
KAGA_FACTS = [
    fact(KAGA, "operating profit", "actual", K9M, 29.6e9, "JPY", "2026-02-05"),
    fact(KAGA, "operating profit", "actual", "2024-04-01/2024-12-31", 27.1e9, "JPY", "2026-02-05"),
    fact(KAGA, "operating profit", "actual", KQ3, 10.8e9, "JPY", "2026-02-05"),
    fact(KAGA, "operating profit", "actual", "2024-10-01/2024-12-31", 9.9e9, "JPY", "2026-02-05"),
    fact(KAGA, "operating profit", "actual", "2025-04-01/2025-09-30", 18.8e9, "JPY", "2025-10-30"),
    fact(KAGA, "operating profit", "forecast", KFY, 34e9, "JPY", "2025-05-13"),
    fact(KAGA, "operating profit", "forecast", KFY, 38.5e9, "JPY", "2025-10-30"),
    fact(KAGA, "operating profit", "forecast", KFY, 40e9, "JPY", "2026-02-05"),
    fact(KAGA, "ordinary profit", "forecast", KFY, 39.5e9, "JPY", "2025-10-30"),
    fact(
        KAGA, "profit attributable to owners of parent", "forecast", KFY, 26e9, "JPY", "2025-10-30"
    ),
]


@pytest.fixture(scope="module")
def kaga(seed) -> Engine:
    facts = [f | {"source": f["as_of"]} for f in KAGA_FACTS]
    return engine_over(
        seed,
        {
            "entities": [
                {
                    "name": KAGA,
                    "aliases": ["Kaga"],
                    "fiscal_year_end": "03-31",
                    "fiscal_year_named_by": "start",
                }
            ],
            "sources": [
                {
                    "key": d,
                    "title": t,
                    "publisher": "Wire",
                    "url": f"https://example.com/{d}",
                    "published": d,
                    "text": "Results notes.",
                }
                for d, t in [
                    ("2025-05-13", "Kaga Denki full-year results"),
                    ("2025-10-30", "Kaga Denki: Notice regarding revision of forecasts"),
                    ("2026-02-05", "Kaga Denki nine-month result"),
                ]
            ],
            "facts": facts,
        },
    )


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("kaga q3 operating profit, oct-dec 2025", 10.8e9),
        ("kaga 9m operating profit, apr-dec 2025", 29.6e9),
        ("kaga first half operating profit, six months to sept 2025", 18.8e9),
    ],
)
def test_a_period_said_again_after_a_comma_is_one_period(kaga, question, value) -> None:
    answer = kaga.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert values(answer) == [value], answer.text


def test_a_relative_period_said_again_after_i_e_is_that_period(kaga) -> None:
    # (the bare quarter, the year before it and the months restating both are one
    # period: never the latest third quarter set against that one)
    answer = kaga.ask("kaga q3 operating profit a year earlier, i.e. oct-dec 2024")
    assert values(answer) == [9.9e9], answer.text
    # ... unless words between set them against each other
    answer = kaga.ask("kaga q3 operating profit vs a year earlier, i.e. oct-dec 2024")
    assert sorted(values(answer)) == [9.9e9, 10.8e9], answer.text


def test_nine_months_written_as_a_modifier_or_after_a_possessive(kaga) -> None:
    answer = kaga.ask("by how much did 9m operating profit beat the prior year's nine months")
    assert values(answer) == [29.6e9, 27.1e9], answer.text
    assert values(kaga.ask("kaga nine month operating profit 2025"))[:1] == [29.6e9]


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("what op profit did kaga pencil in at the october notice", 38.5e9),
        ("kaga operating profit forecast at the nine-month results", 40e9),
    ],
)
def test_a_statement_named_by_its_occasion(kaga, question, value) -> None:
    answer = kaga.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert values(answer)[0] == value, answer.text


def test_a_basis_named_by_another_of_its_names(seed) -> None:
    facts = [
        fact(
            "Velda Pharma", "group sales growth at CER", "actual", FY, 6.0, "percent", "2026-02-04"
        )
    ]
    engine = one_company(seed, "Velda Pharma", "Velda", facts, "2026-02-04")
    answer = engine.ask("velda group sales growth 2025 at constant currency")
    assert values(answer) == [6.0], answer.text


def test_nine_months_before_the_figure_it_spans(kaga) -> None:
    answer = kaga.ask("kaga nine months operating profit to december 2025")
    assert values(answer) == [29.6e9], answer.text


def test_a_figure_named_with_its_only_place_is_the_company_s(seed) -> None:
    w = "Wollomi Mining"
    facts = [
        fact(
            w, "Yandoo Creek copper production (tonnes)", "actual", Q3, 14200, "units", "2025-10-30"
        ),
        fact(w, "Mt Kerr gold production (ounces)", "actual", Q3, 61400, "units", "2025-10-30"),
        fact(
            w,
            "Yandoo Creek by-product gold production (ounces)",
            "actual",
            Q3,
            4100,
            "units",
            "2025-10-30",
        ),
    ]
    engine = one_company(seed, w, "Wollomi", facts, "2025-10-30")
    assert values(engine.ask("wollomi copper production q3 2025")) == [14200]
    # two places state gold: which one is meant, never either alone
    assert engine.ask("wollomi gold production q3 2025").status is Status.AMBIGUOUS


def test_a_fall_is_written_with_a_plain_minus() -> None:
    from bot.answering.wording.amounts_said import percent_in_brackets

    assert percent_in_brackets(-5, 100) == " (-5.0%)"


def test_an_expectation_set_against_its_previous_statement_is_its_revision(seed) -> None:
    w = "Wollomi Mining"
    facts = [
        fact(
            w,
            "copper production (low end)",
            "forecast",
            "2025-07-01/2026-06-30",
            50000,
            "units",
            "2025-07-24",
        ),
        fact(
            w,
            "copper production (low end)",
            "forecast",
            "2025-07-01/2026-06-30",
            52000,
            "units",
            "2025-10-23",
        ),
        fact(
            w,
            "copper production (low end)",
            "forecast",
            "2025-07-01/2026-06-30",
            56000,
            "units",
            "2026-01-22",
        ),
        fact(
            w,
            "copper production (low end)",
            "forecast",
            "2026-07-01/2027-06-30",
            62000,
            "units",
            "2026-01-22",
        ),
    ]
    engine = one_company(seed, w, "Wollomi", facts, "2026-01-22")
    answer = engine.ask(
        "how big was wollomi's january raise to the bottom of its copper guidance "
        "vs the previous guidance"
    )
    assert values(answer)[0] == 56000 and "raised by 4,000" in answer.text, answer.text


# ---- a range cut in October and narrowed in November, then the year's actual

BRENNHOF, YEAR = "Brennhof", "2025-01-01/2025-12-31"
BRENNHOF_FACTS = [
    fact(BRENNHOF, f"revenue ({end} end)", "forecast", YEAR, value, "EUR", day)
    for day, low, high in (
        ("2025-03-13", 5.1e9, 5.4e9),
        ("2025-10-16", 4.9e9, 5.1e9),
        ("2025-11-06", 4.95e9, 5.05e9),
    )
    for end, value in (("low", low), ("high", high))
] + [fact(BRENNHOF, "revenue", "actual", YEAR, 4.98e9, "EUR", "2026-02-20")]


@pytest.fixture(scope="module")
def brennhof(seed) -> Engine:
    return one_company(seed, BRENNHOF, "Brennhof", BRENNHOF_FACTS, "2026-02-20")


def test_range_ends_of_two_statements_are_no_range(brennhof) -> None:
    answer = brennhof.ask("what is brennhof's lowered 2025 revenue range")
    # the low end lowered in October and the high end lowered in November never stood together
    assert not (answer.status is Status.ANSWERED and {4.9e9, 5.05e9} <= set(values(answer)[:2]))


def test_a_figure_named_by_its_amount_is_the_one_stating_it(seed) -> None:
    c = "Caldwick Systems"
    facts = [
        fact(c, "revenue growth", "actual", "2024-05-01/2025-04-30", 11.8, "percent", "2025-07-15"),
        fact(
            c,
            "organic revenue growth",
            "actual",
            "2025-11-01/2026-01-31",
            12.9,
            "percent",
            "2026-03-12",
        ),
        fact(c, "revenue", "actual", "2024-05-01/2025-04-30", 412.6e6, "GBP", "2025-07-15"),
    ]
    engine = one_company(seed, c, "Caldwick", facts, "2026-03-12")
    named = engine.ask("the 12.9% growth caldwick mentioned, what was it")
    assert values(named) == [12.9], named.text
    # an amount the figure is set against names no figure
    passed = engine.ask("did caldwick's revenue pass 400 million in the year to april 2025")
    assert values(passed)[:1] == [412.6e6], passed.text


def test_an_amount_a_part_is_asked_of_names_no_figure(seed) -> None:
    t = "Tundby Sleds"
    day = "2025-10-31/2025-10-31"
    facts = [
        fact(t, "dealer inventory", "actual", day, 44100, "units", "2025-12-04"),
        fact(t, "North America dealer inventory", "actual", day, 35300, "units", "2025-12-04"),
    ]
    engine = one_company(seed, t, "Tundby", facts, "2025-12-04")
    answer = engine.ask(
        "of the 44,100 units on tundby dealer lots at oct 31 2025, how many were in north america"
    )
    assert 44100 not in values(answer)[:1], answer.text


def test_a_change_s_participle_after_a_determiner_names_the_statement(brennhof) -> None:
    answer = brennhof.ask(
        "how far short of the midpoint of brennhof's narrowed 2025 revenue range did they land"
    )
    assert "€20 million below" in answer.text, answer.text


def test_a_currency_written_with_its_country_is_no_region(seed) -> None:
    m = "Morrow Copper"
    facts = [
        fact(m, "Kerrin Creek C1 cash cost (US$/lb)", "actual", Q3, 1.92, "USD", "2025-10-30"),
        fact(
            m, "Kerrin Creek copper production (tonnes)", "actual", Q3, 14620, "units", "2025-10-30"
        ),
    ]
    engine = one_company(seed, m, "Morrow", facts, "2025-10-30")
    answer = engine.ask("morrow c1 cash cost q3 2025")
    assert values(answer) == [1.92], answer.text


def test_quarter_said_once_for_two_months(seed) -> None:
    m = "Morrow Copper"
    facts = [
        fact(m, "C1 cash cost", "actual", "2025-10-01/2025-12-31", 1.92, "USD", "2026-01-22"),
        fact(m, "C1 cash cost", "actual", "2025-07-01/2025-09-30", 2.08, "USD", "2025-10-23"),
        fact(m, "C1 cash cost", "actual", "2024-10-01/2024-12-31", 2.21, "USD", "2025-01-22"),
    ]
    engine = one_company(seed, m, "Morrow", facts, "2026-01-22")
    answer = engine.ask(
        "by how much did morrow's c1 cost drop from the september to the december quarter"
    )
    assert values(answer) == [1.92, 2.08], answer.text


def test_gaap_never_answers_with_an_adjusted_figure(seed) -> None:
    facts = [
        fact(ORYX, "adjusted net loss", "actual", Q3, -250e9, "KRW", "2025-10-30"),
        fact(
            ORYX, "net loss from continuing operations", "actual", Q3, -410e9, "KRW", "2025-10-30"
        ),
    ]
    engine = one_company(seed, ORYX, "Oryx", facts, "2025-10-30")
    answer = engine.ask("oryx gaap net loss q3 2025")
    assert -250e9 not in values(answer), answer.text
