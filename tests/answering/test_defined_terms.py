"""Terms a company's reports define ("Side-by-side (SxS)", "CM (camera modules)"), read from
its facts' quotes: a question may use either form of the term, over a company invented
here (Varden Outdoor, calendar years) whose metrics are named with one form only."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.answering.reading.defined_terms import definitions, names_all, rewritten
from bot.facts.bundle import parse_bundle
from bot.facts.model import SHARED_SCOPE
from tests.answering.invented import bundle, engine_over, fact


@pytest.mark.parametrize(
    ("quote", "short", "long"),
    [
        ("Side-by-side (SxS)          17,900", "sxs", "side-by-side"),
        ("Personal watercraft (PWC)   12,400", "pwc", "personal watercraft"),
        ("retail of our personal watercraft (PWC) rose", "pwc", "personal watercraft"),
        ("Total contract value (TCV) of deals won", "tcv", "total contract value"),
        ("CM (camera modules) revenue rose 4%", "cm", "camera modules"),
        ('Kora Electric ("KEX") is the electric arm', "kex", "kora electric"),
        ("Net transit fees - NTF, what riders pay us - rose", "ntf", "net transit fees"),
        (
            "- Gross merchandise value - GMV, all orders placed - reached",
            "gmv",
            "gross merchandise value",
        ),
    ],
)
def test_a_quote_defines_a_short_form(quote, short, long) -> None:
    assert definitions([quote]) == {short: long}


@pytest.mark.parametrize(
    "quote",
    [
        "revenue (2024) rose",  # a year is no short form
        "revenue rose (Q3)",  # one capital: a period, not a term
        "sales of Drift boats (PWC) rose",  # no words before it begin with its letter
        "Revenue - EUR 1.2 billion - rose",  # a currency after a dash defines nothing
    ],
)
def test_brackets_that_define_nothing(quote) -> None:
    assert definitions([quote]) == {}


def test_a_short_form_defined_two_ways_defines_nothing() -> None:
    quotes = ["Power modules (PM) sales", "Premium models (PM) sold"]
    assert definitions(quotes) == {}


def test_a_question_is_rewritten_only_where_a_word_is_unexplained() -> None:
    terms = {"pwc": "personal watercraft", "cm": "camera modules"}
    assert rewritten("pwcs retail q2", ("pwcs",), terms) == (
        "personal watercraft retail q2",
        ("personal watercraft",),
    )
    assert rewritten("camera module revenue", ("camera",), terms) == ("cm revenue", ("cm",))
    assert rewritten("pwc retail q2", (), terms) is None


def test_a_rewrite_is_answered_only_by_a_figure_named_with_its_term() -> None:
    assert names_all("personal watercraft retail sales", ["personal watercraft"])
    assert names_all("CM revenue", ["cm"])
    assert not names_all("revenue", ["cm"])


V, Y24 = "Varden Outdoor", "2024-01-01/2024-12-31"


def _quoted(metric: str, value: float, unit: str, quote: str) -> dict:
    return fact(V, metric, "actual", Y24, value, unit, "2025-02-01") | {"quote": quote}


QUOTES = [
    "Personal watercraft (PWC) retail was 12,400 units.",
    "CM (camera modules) revenue was 310 million.",
    "Snowmobile retail was 9,100 units.",
    "Lake Tarn gold output was 48,200 ounces.",
    "Monthly active riders averaged 2.1 million.",
]
FACTS = [
    _quoted("personal watercraft retail sales", 12_400, "units", QUOTES[0]),
    _quoted("CM revenue", 310e6, "USD", QUOTES[1]),
    _quoted("snowmobile retail sales", 9_100, "units", QUOTES[2]),
    _quoted("Lake Tarn gold production", 48_200, "units", QUOTES[3]),
    _quoted("monthly active riders", 2.1e6, "units", QUOTES[4]),
]
# a heading of the report, quoted by no figure, defines the site's short form
HEADING = "Operations: Lake Tarn (LkT) and the mill."


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    data = bundle([{"name": V, "aliases": ["Varden"]}], FACTS, "2025-02-01")
    data["sources"][0]["text"] = " ".join([HEADING, *QUOTES])
    return engine_over(seed, data)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("varden pwc retail 2024", 12_400),
        ("how many PWCs did varden retail in 2024", 12_400),
        ("varden camera module revenue 2024", 310e6),
        ("how much gold did LkT produce at varden in 2024", 48_200),  # the report's text
        ("varden MARs in 2024", 2.1e6),  # a measure's initials
    ],
)
def test_either_form_of_a_defined_term(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text


def test_an_undefined_short_form_still_names_nothing(engine) -> None:
    answer = engine.ask("varden atv retail 2024")
    assert answer.status is not Status.ANSWERED, answer.text


def test_a_term_a_later_report_defines_is_read_once_the_store_holds_it(seed) -> None:
    """What is read of a company's terms lasts while the store is unchanged: a question
    asked before and after a write reads the terms the store holds each time."""
    data = bundle([{"name": V, "aliases": ["Varden"]}], FACTS, "2025-02-01")
    data["sources"][0]["text"] = " ".join(QUOTES)
    engine = engine_over(seed, data)
    question = "varden utv retail 2024"
    assert engine.ask(question).status is not Status.ANSWERED
    assert engine.ask(question, kept=False).status is not Status.ANSWERED  # as read before
    later = bundle(
        [{"name": V, "aliases": ["Varden"]}],
        [_quoted("utility vehicles retail sales", 5_300, "units", "Utility vehicles (UTV) 5,300")],
        "2025-03-01",
    )
    text = "Utility vehicles (UTV) 5,300"
    later["sources"][0] |= {"key": "notes-2", "url": "https://example.com/notes-2", "text": text}
    later["facts"][0]["source"] = "notes-2"
    engine.store.import_bundle(parse_bundle(later), actor="test", scope=SHARED_SCOPE)
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 5_300
