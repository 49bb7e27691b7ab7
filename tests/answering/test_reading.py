"""Reading questions as strangers word them, over two invented companies of other
calendars: a retailer whose fiscal year ends around 1 February (named by its start year)
and a games maker whose fiscal year ends in March (named by its end year, "FY3/22").
Each table is one kind of language; wordings are this file's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answering import Engine, Status
from bot.answering.reading.intent import Intent
from bot.facts.bundle import read_bundle_file
from bot.facts.model import SHARED_SCOPE
from bot.facts.store import FactStore

DATA = Path(__file__).parent / "data"
FY23 = "2023-02-01/2024-01-31"  # the retailer's fiscal 2023
FY3_22 = "2021-04-01/2022-03-31"  # the games maker's FY3/22


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    store = FactStore.in_memory(seed=seed)
    for name in ("wexford-retail.json", "tamura-games.json"):
        store.import_bundle(read_bundle_file(DATA / name), actor="test", scope=SHARED_SCOPE)
    return Engine(store)


def _fact(engine: Engine, question: str):
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    return answer.facts[0].fact


# Business synonyms, by metric family: the reporting vocabulary, not the store's names.
@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("wexford bottom line fiscal 2023", "net income"),
        ("wexford net profit fiscal 2023", "net income"),
        ("wexford EBIT fiscal 2023", "operating income"),
        ("wexford op profit fiscal 2023", "operating income"),
        ("wexford turnover fiscal 2023", "net sales"),
        ("how much did wexford ring up in fiscal 2023", "net sales"),
        ("wexford comps fiscal 2023", "comparable store sales"),
        ("wexford same-shop sales fiscal 2023", "comparable store sales"),
        ("wexford e-commerce sales fiscal 2023", "online net sales"),
        ("wexford bricks and mortar sales fiscal 2023", "stores net sales"),
        ("how many shops did wexford have at the end of fiscal 2023", "store count"),
        ("tamura net profit fy3/22", "profit attributable to owners of parent"),
        ("tamura operating income fy3/22", "operating profit"),
    ],
)
def test_business_synonyms(engine, question, metric) -> None:
    assert _fact(engine, question).metric == metric


# Colloquial verbs and chat never block an answer.
@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("how many software units did tamura shift in fy3/22", 31e6),
        ("how many games did tamura flog in FY3/22", 31e6),
        ("how many copies of software did tamura move in the nine months to december 2021", 24e6),
        ("what is wexford guiding to for fiscal 2024 sales", 8.3e9),
        ("wexford's sales view for next year", 8.3e9),
    ],
)
def test_colloquial_verbs(engine, question, value) -> None:
    assert _fact(engine, question).value == value


# Period wordings of these calendars.
@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("wexford net sales for the quarter ended february 3, 2024", "2023-11-01/2024-01-31"),
        ("wexford net sales for the three months ended Feb 3 2024", "2023-11-01/2024-01-31"),
        ("wexford net sales nov-jan", "2023-11-01/2024-01-31"),
        ("wexford sales for fiscal year ending january 2024", FY23),
        ("tamura software units for the fiscal year ended in March 2022", FY3_22),
        ("tamura software units, prior fiscal year ended March 2021", "2020-04-01/2021-03-31"),
        ("tamura software units in 9M FY3/22", "2021-04-01/2021-12-31"),
        ("tamura software units in the first nine months of fiscal 2022", "2021-04-01/2021-12-31"),
        ("software unit forecast for the fiscal year ending march 2022", FY3_22),
    ],
)
def test_periods_of_other_calendars(engine, question, period) -> None:
    assert _fact(engine, question).period.iso() == period


# Titles by their initials, with or without their small words, and running totals.
@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tamura svc lifetime sales", 9.5e6),
        ("tamura svc cum. units", 9.5e6),
        ("tamura LotIM cumulative units", 4.2e6),
        ("tamura lim lifetime units", 4.2e6),
    ],
)
def test_titles_by_initials(engine, question, value) -> None:
    assert _fact(engine, question).value == value


def test_a_revision_verb_picks_the_figure_before_the_change(engine) -> None:
    q = "what was tamura's software unit forecast for FY3/22 before they bumped it up"
    assert _fact(engine, q).value == 28e6


@pytest.mark.parametrize(
    "question",
    [
        "wexford tv sales fiscal 2023",  # a product it does not report
        "tamura hardware units fy3/22",
        "wexford online sales in europe fiscal 2023",  # a region it does not report
    ],
)
def test_things_it_lacks_are_not_answered(engine, question) -> None:
    assert engine.ask(question).status is Status.UNKNOWN


# A trading season is the company's own span inside the season's months.
@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("wexford holiday comps", -1.5),
        ("wexford comparable sales over the holiday season 2023", -1.5),
        ("how did wexford's comps do over christmas", -1.5),
        ("wexford online sales during the holidays", 7e8),
    ],
)
def test_seasons(engine, question, value) -> None:
    fact = _fact(engine, question)
    assert (fact.value, fact.period.iso()) == (value, "2023-10-29/2023-12-30")


def test_a_season_never_answers_with_the_whole_year(engine) -> None:
    assert engine.ask("wexford stores net sales over the holidays").status is Status.UNKNOWN


# Arithmetic on two figures the store holds is never answered with one of them: it is
# worked out from both (each cited) or not answered.
@pytest.mark.parametrize(
    "question",
    [
        "wexford total sales less online sales fiscal 2023",
        "wexford net sales minus online net sales fiscal 2023",
        "wexford net sales excluding online fiscal 2023",  # online sales are a figure it has
    ],
)
def test_arithmetic_on_two_figures_is_not_one_figure(engine, question) -> None:
    answer = engine.ask(question)
    if answer.status is Status.ANSWERED:
        assert answer.intent == "difference"
        assert len({view.fact.metric for view in answer.facts}) == 2


@pytest.mark.parametrize(
    "question",
    ["wexford net sales including online fiscal 2023", "wexford net sales incl. online, fy2023"],
)
def test_a_part_the_figure_takes_in_is_not_the_figure(engine, question) -> None:
    """'net sales including online': the whole, never the online figure."""
    assert _fact(engine, question).metric == "net sales"


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("wexford comps in the nine weeks ended december 30, 2023", -1.5),
        ("wexford net sales in the fourth quarter (nov 2023 to jan 2024)", 2.6e9),
        ("how much did wexford comps fall in fiscal 2023", -2.1),  # a change is its own value
    ],
)
def test_weeks_appositions_and_change_figures(engine, question, value) -> None:
    assert _fact(engine, question).value == value


@pytest.mark.parametrize(
    ("question", "value", "period"),
    [
        # a month after "through" closes a running total
        (
            "star voyager chronicles total units sold through march 2022",
            9.5e6,
            "2019-10-01/2022-03-31",
        ),
        # a year without its own number, then the month it ended
        (
            "tamura software units in the prior fiscal year (ended march 2021)",
            27e6,
            "2020-04-01/2021-03-31",
        ),
        (
            "tamura software units the fiscal year before, ending March 2021",
            27e6,
            "2020-04-01/2021-03-31",
        ),
        # "push out" ships; "pushing for" aims
        ("how much software did tamura push out in fy3/22", 31e6, FY3_22),
    ],
)
def test_running_totals_end_dates_and_phrasal_verbs(engine, question, value, period) -> None:
    fact = _fact(engine, question)
    assert (fact.value, fact.period.iso()) == (value, period)


# Chat abbreviations: of figures, of running totals, of periods.
@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("wexford sss fiscal 2023", -2.1),
        ("wexford comps chg fiscal 2023", -2.1),
        ("tamura svc LTD units", 9.5e6),
        ("tamura software sell-thru fy3/22", 31e6),
        ("tamura software units fiscal year-end March 2022", 31e6),
        ("wexford online sales over the holiday period ended december 30, 2023", 7e8),
    ],
)
def test_abbreviations(engine, question, value) -> None:
    assert _fact(engine, question).value == value


def test_joined_words_worth_and_who_said(engine) -> None:
    assert _fact(engine, "tamura softwareunits fy3/22").value == 31e6  # two words joined
    assert _fact(engine, "what was wexford's net income worth in fiscal 2023").value == 3.1e8
    answer = engine.ask("who said wexford's comps were -1.5% and when")
    assert answer.intent == "source" and answer.facts[0].fact.value == -1.5


@pytest.mark.parametrize("verb", ["shrink", "slump", "dip", "improve"])
def test_a_move_verb_asks_for_a_change_not_a_level(engine, verb) -> None:
    query = engine.understand(f"how much did wexford's net sales {verb} in fiscal 2023")
    assert query.intent is Intent.GROWTH
