"""The engine against a table of questions in many wordings, with their right answers.

Each row: question, expected status, and for answers the first fact's value, period and
kind. Unanswerable rows must come back `unknown` with no facts: a wrong figure with a
citation is the worst outcome.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status

FY12, FY13, FY14 = "2012-04-01/2013-03-31", "2013-04-01/2014-03-31", "2014-04-01/2015-03-31"
JUL_SEP_13, APR_JUN_13, JUL_SEP_12 = (
    "2013-07-01/2013-09-30",
    "2013-04-01/2013-06-30",
    "2012-07-01/2012-09-30",
)
A, T, F = "actual", "target", "forecast"

VALUES = [
    # plain wordings of the annual actuals
    ("How many smartphones did Sony sell in fiscal 2013?", 39e6, FY13, A),
    ("Sony smartphone sales for FY 2013/14", 39e6, FY13, A),
    ("number of phones Sony sold in the year ended March 2014", 39e6, FY13, A),
    ("sony's smartphone unit sales, fiscal year ended March 31, 2014", 39e6, FY13, A),
    ("Sony Mobile handsets sold FY2013", 39e6, FY13, A),
    ("how many xperia phones did sony sell in fy13", 39e6, FY13, A),
    ("smartphones sold by Sony between April 2013 and March 2014", 39e6, FY13, A),
    ("Sony smartphone shipments Apr 2013 - Mar 2014", 39e6, FY13, A),
    ("what were sony's total smartphone sales in fiscal year 2013", 39e6, FY13, A),
    ("how many smartphones did sony sell in fy2012", 33e6, FY12, A),
    ("Sony smartphones sold in the fiscal year ending March 2013", 33e6, FY12, A),
    ("how many phones did sony sell the fiscal year before fy2013", 33e6, FY12, A),
    ("sony phones sold in the year prior to FY2013", 33e6, FY12, A),
    ("xperia sales fiscal 12", 33e6, FY12, A),
    # no period: the latest one
    ("how many smartphones did sony sell", 39e6, FY13, A),
    ("sony smartphone sales", 39e6, FY13, A),
    # typos
    ("how mny xperia phones did sony sell in fy13?", 39e6, FY13, A),
    ("how many smartphnes did Soni sell in fiscal 2013", 39e6, FY13, A),
    ("smarphone sales sony fy2013", 39e6, FY13, A),
    # quarters, calendar and fiscal
    ("Sony Xperia units in the July-September 2013 quarter", 10e6, JUL_SEP_13, A),
    ("how many smartphones did Sony sell in 3Q13", 10e6, JUL_SEP_13, A),
    ("sony smartphone sales in the third quarter of 2013", 10e6, JUL_SEP_13, A),
    ("sony smartphones sold in the September quarter of 2013", 10e6, JUL_SEP_13, A),
    ("sony smartphones sold in the quarter ended September 30, 2013", 10e6, JUL_SEP_13, A),
    ("Sony smartphone sales in fiscal Q2 FY2013", 10e6, JUL_SEP_13, A),
    ("Sony Q2 FY13 xperia sales", 10e6, JUL_SEP_13, A),
    ("xperia smartphones sold Jul–Sep 2013", 10e6, JUL_SEP_13, A),
    ("sony smartphone sales in the quarter ending June 2013", 9.6e6, APR_JUN_13, A),
    ("xperia units april to june 2013", 9.6e6, APR_JUN_13, A),
    ("sony phones sold in fiscal Q1 2013", 9.6e6, APR_JUN_13, A),
    ("sony smartphones sold in the second quarter of 2013", 9.6e6, APR_JUN_13, A),
    ("xperia smartphone sales Q3 2012", 8.8e6, JUL_SEP_12, A),
    ("sony smartphones sold July to September 2012", 8.8e6, JUL_SEP_12, A),
    ("sony handset sales for the three months to september 2012", 8.8e6, JUL_SEP_12, A),
    # targets, current revision by default
    ("What is Sony's smartphone target for FY2014?", 50e6, FY14, T),
    ("how many phones does sony aim to sell in fiscal 2014", 50e6, FY14, T),
    ("sony smartphone sales goal for the year to March 2015", 50e6, FY14, T),
    ("Sony Mobile's sales objective for the coming fiscal year ending March 2015", 50e6, FY14, T),
    ("whats sony planning to sell in fy14", 50e6, FY14, T),
    ("sony smartphone target", 50e6, FY14, T),
    ("sony's FY2013 smartphone sales target", 40e6, FY13, T),
    ("what was the smartphone goal for sony in fiscal 2013", 40e6, FY13, T),
    ("sony latest smartphone target for fy2013", 40e6, FY13, T),
    ("sony's revised fy2013 phone target", 40e6, FY13, T),
    # older revisions
    ("what was sony's initial smartphone target for FY2013", 42e6, FY13, T),
    ("Sony's FY2013 smartphone target before it was lowered", 42e6, FY13, T),
    ("what did sony cut its fy2013 phone target from", 42e6, FY13, T),
    ("sony's previous smartphone goal for fiscal 2013", 42e6, FY13, T),
    ("sony fy2013 smartphone target as of November 2013", 42e6, FY13, T),
    ("sony fy2013 smartphone target as of March 2014", 40e6, FY13, T),
    # forecasts and losses
    ("How much does Sony expect to lose in fiscal 2014?", 490e6, FY14, F),
    ("sony net loss guidance for the 12 months ending March 2015", 490e6, FY14, F),
    ("sony's projected net loss fy14", 490e6, FY14, F),
    ("sony net loss outlook", 490e6, FY14, F),
    ("Sony net loss in fiscal 2013", 1.25e9, FY13, A),
    ("how big a loss did sony report for the fiscal year ended march 2014", 1.25e9, FY13, A),
    ("sony annual loss fy13", 1.25e9, FY13, A),
    # percent metric
    (
        "how much did sales in sony's mobile phone and vaio pc unit increase in fiscal 2013",
        29.6,
        FY13,
        A,
    ),
    ("sony mobile and PC unit sales growth FY2013", 29.6, FY13, A),
    # profit forecast revisions
    ("sony group profit forecast for fiscal 2013", 40e9, FY13, F),
    ("Sony's current profit forecast for FY2013", 40e9, FY13, F),
    ("sony's original group profit forecast for fy2013", 50e9, FY13, F),
    ("what was sony's profit outlook before the downgrade", 50e9, FY13, F),
]

UNKNOWN = [
    "How many smartphones did Samsung sell in fiscal 2013?",
    "apple iphone sales fy2013",
    "how many lumias did nokia sell in q3 2013",
    "nokia smartphone sales last quarter",
    "sony smartphone sales fy2017",
    "how many smartphones did sony sell in 2009",
    "sony smartphone sales q1 2015",
    "What is Sony's television revenue?",
    "sony TV sales fy2013",
    "how many PCs did Sony sell in fiscal 2013",
    "sony vaio laptop shipments 2013",
    "how many people work at sony",
    "sony share price",
    "sony smartphone sales in europe fy2013",
    "how many xperia z1 phones did sony sell",
    "what's the capital of japan",
    "tell me a joke",
    "sony net loss forecast for fy2016",
    "sony actual smartphone sales fy2014",
    "how many smartphones did sony actually sell in fiscal 2014",
    "sony operating profit fy2013",
    "sony revenue",
    "How much revenue did Sony's TV business make?",
    "what is sony's headcount",
    # a period and a date alone name no figure: the latest story titled "last quarter"
    # was answered (a development set's Vietnamese "lnst quý 1/2024", typo read as "last")
    "last quarter january 2024",
    "sony sales half 2013",  # (which half? never the year's figure)
]

DERIVED = [
    (
        "Did Sony hit its FY2013 smartphone sales target?",
        ["no", "39 million", "40 million", "1 million"],
    ),
    ("did sony reach its phone goal for fiscal 2013", ["no", "short"]),
    ("did sony meet its smartphone target", ["no", "39 million", "40 million"]),
    ("how far short of its smartphone target did sony fall in fy13", ["1 million", "2.5%"]),
    ("did sony meet its original fy2013 smartphone target", ["no", "42 million", "3 million"]),
    (
        "how much did sony's smartphone sales grow in fiscal 2013",
        ["6 million", "18.2%", "33 million"],
    ),
    ("sony smartphone sales growth fy2012 to fy2013", ["up 6 million", "+18.2%"]),
    (
        "how did xperia sales in Q3 2013 compare with the same quarter a year earlier",
        ["10 million", "8.8 million", "1.2 million", "13.6%"],
    ),
    ("sony smartphone sales q3 2013 vs q2 2013", ["10 million", "9.6 million", "400,000"]),
    (
        "how much did sony xperia sales grow quarter on quarter sequentially in q3 2013",
        ["9.6 million"],
    ),
    ("how has sony's fy2013 smartphone target changed", ["42 million", "40 million", "2 times"]),
    ("history of sony's profit forecast for fiscal 2013", ["50 billion", "40 billion"]),
]


@pytest.mark.parametrize(("question", "value", "period", "kind"), VALUES)
def test_answers_with_the_right_fact(shared_engine: Engine, question, value, period, kind) -> None:
    answer = shared_engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    top = answer.facts[0].fact
    assert (top.value, top.period.iso(), top.kind.value) == (pytest.approx(value), period, kind), (
        answer.text
    )


@pytest.mark.parametrize("question", UNKNOWN)
def test_abstains_rather_than_guessing(shared_engine: Engine, question) -> None:
    answer = shared_engine.ask(question)
    assert answer.status is Status.UNKNOWN, f"{answer.status}: {answer.text}"
    assert answer.facts == ()
    assert answer.text


@pytest.mark.parametrize(("question", "phrases"), DERIVED)
def test_derived_answers_state_their_numbers(shared_engine: Engine, question, phrases) -> None:
    answer = shared_engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    for phrase in phrases:
        assert phrase.lower() in answer.text.lower(), answer.text
    assert len(answer.facts) >= 2  # a derived answer cites every fact it used


def test_the_table_is_large_enough() -> None:
    assert len(VALUES) + len(UNKNOWN) + len(DERIVED) >= 80


def test_every_quote_is_verbatim_in_its_source(shared_engine: Engine) -> None:
    for question, *_ in VALUES + DERIVED:
        for view in shared_engine.ask(question).facts:
            assert " ".join(view.fact.quote.split()) in " ".join(view.source.text.split())


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Where does the 39 million figure come from?", 39e6),
        ("what's the source of the 42 million target", 42e6),
        ("where does 29.6% come from", 29.6),
        ("who said $490 million", 490e6),
    ],
)
def test_a_figure_can_be_traced_to_its_source(shared_engine: Engine, question, value) -> None:
    answer = shared_engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == pytest.approx(value)
    assert "according to “" in answer.text


def test_an_amount_the_store_does_not_hold_is_unknown(shared_engine: Engine) -> None:
    answer = shared_engine.ask("source for the 7 million number")
    assert answer.status is Status.UNKNOWN and "7 million" in answer.text


def test_a_change_question_picks_the_figure_that_changed(shared_engine: Engine) -> None:
    answer = shared_engine.ask("When did Sony lower its smartphone target?")
    assert answer.facts[0].fact.value == 40e6
    lowered = "lowered by 2 million (4.8%; 4.76% to 2 dp) from 42 million, stated 31 Oct 2013"
    assert lowered in answer.text


def test_questions_without_a_company_or_metric_use_what_fits(shared_engine: Engine) -> None:
    assert shared_engine.ask("what was the original target?").facts[0].fact.value == 42e6
    met = shared_engine.ask("did they meet the target?")
    assert met.status is Status.ANSWERED and met.text.startswith("No")
    assert shared_engine.ask("what's the forecast").status is Status.AMBIGUOUS
