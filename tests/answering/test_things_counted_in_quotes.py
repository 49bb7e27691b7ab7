"""A thing asked by what the reports count ("how many learners"), where the figure's name
says only its measure ("total enrolment"): the quotes that say "151,900 learners" name
it; a figure whose own name says the word ("Revenue per learner ($)", a table row) needs
no term and takes none, over a company invented here (Corramore Schools, calendar
years).

On the engine this session started from (6c5a4a2) the revenue row's label, the word
beside its unit's bracket, counted as a name of that figure too, so two figures said
"learners" and the question was refused; and a quote stating two figures ("480,000
drones and revenue of 135 billion yen") said "drones" of both, which share no word of
their names, so "how many drones" was refused too. The bracket naming a product
("Dorvana (pelgotumab)") and a row label beside its unit ("Turbine (MW)") are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.answering.reading.defined_terms import quoted_words
from tests.answering.invented import bundle, engine_over, fact

C, END25, Y25 = "Corramore Schools", "2025-12-31/2025-12-31", "2025-01-01/2025-12-31"


def _quoted(metric: str, period: str, value: float, unit: str, quote: str) -> dict:
    return fact(C, metric, "actual", period, value, unit, "2026-02-10") | {"quote": quote}


FACTS = [
    _quoted("total enrolment", END25, 151_900, "units", "enrolment reached 151,900 learners"),
    _quoted("revenue per learner", Y25, 16_650, "USD", "Revenue per learner ($)    16,650"),
    _quoted("campuses", END25, 64, "units", "We ran 64 campuses at the year end."),
]


class _View:
    """What `quoted_words` reads of a stored figure: its metric's name, its quote and its
    value."""

    def __init__(self, metric: str, quote: str, value: float = 0.0) -> None:
        said = {"metric": metric, "quote": quote, "value": value, "value_high": None}
        self.fact = type("F", (), said)()


@pytest.mark.parametrize("bracket", ["($)", "(m)", "(%)", "( € )", "(USD)"])
def test_a_figure_named_by_the_word_takes_no_term(bracket) -> None:
    views = [
        _View("total enrolment", "enrolment reached 151,900 learners", 151_900),
        _View("revenue per learner", f"Revenue per learner {bracket}   16,650", 16_650),
    ]
    assert quoted_words(views, ["learners"]) == {"learners": "total enrolment"}


def test_a_quote_of_two_figures_counts_the_thing_by_its_own_amount() -> None:
    quote = "It targets shipments of 480,000 drones and revenue of 135 billion yen."
    views = [
        _View("units shipped", quote, 480_000),
        _View("revenue", quote, 135e9),
        _View("units shipped", "a cumulative 2.1 million drones", 2.1e6),
    ]
    assert quoted_words(views, ["drones"]) == {"drones": "units shipped"}


def test_a_row_label_beside_its_unit_names_its_figure() -> None:  # (a guard)
    views = [_View("order intake (MW)", "Turbine (MW)          17,600", 17_600)]
    assert quoted_words(views, ["turbine"]) == {"turbine": "order intake"}


def test_a_word_ending_initials_in_brackets_names_no_figure() -> None:
    """ "The non-performing loan (NPL) ratio": the initials define the longer name, never
    "loans" alone (before 2026-12-04 "loans to customers" was read as the NPL ratio: a
    wrong answer in a development set)."""
    views = [_View("NPL ratio", "the non-performing loan (NPL) ratio easing to 3.9 per cent")]
    assert quoted_words(views, ["loans"]) == {}


def test_a_name_in_brackets_still_names_its_figure() -> None:  # (a guard)
    views = [_View("Dorvana revenue", "Dorvana (pelgotumab) sales were 410 million")]
    assert quoted_words(views, ["pelgotumab"]) == {"pelgotumab": "dorvana revenue"}


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    data = bundle([{"name": C, "aliases": ["Corramore"]}], FACTS, "2026-02-10")
    data["sources"][0]["text"] = "\n".join(f["quote"] for f in FACTS)
    return engine_over(seed, data)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("how many learners did corramore have at the end of 2025", 151_900),
        ("corramore enrolled learners end 2025", 151_900),
        ("corramore revenue per learner 2025", 16_650),  # (a guard: asked by its name)
    ],
)
def test_the_thing_the_quotes_count(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text


@pytest.mark.parametrize("mark", ["(1)", "(2)(3)", "( 4 )"])
def test_a_footnote_mark_after_a_word_names_no_figure(mark) -> None:
    """ "Adjusted net earnings per share(1)": the bracket is a footnote's mark, never
    another name of "share" (before 2026-12-07 "what share of FY24 adj EPS came in Q4"
    was read as "what adjusted eps of ...": a wrong answer in a development set)."""
    views = [_View("adjusted EPS", f"Adjusted net earnings per share{mark}    0.72    0.66")]
    assert quoted_words(views, ["share"]) == {}


@pytest.mark.parametrize(
    ("metric", "quote", "word"),
    [
        ("LTL revenue per hundredweight", "LTL rev/cwt ($)     46.12", "cwt"),
        ("gross margin", "Bruttomarge (%)     47,2", "bruttomarge"),
    ],
)
def test_a_row_label_beside_a_sign_of_its_unit_names_its_figure(metric, quote, word) -> None:
    # (a guard: a unit's sign in brackets is no footnote's mark)
    views = [_View(metric, quote, 1.0)]
    assert quoted_words(views, [word]) == {word: metric.lower()}
