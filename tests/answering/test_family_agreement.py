"""Family agreement, as a property of the reporting vocabulary: wherever one family's phrase
holds another family's whole phrase ('net income per share' under EPS holds net profit's
'net income'; 'order book' under backlog holds orders' 'orders'), a question saying only
the shorter phrase never gets the longer family's figure, and one saying the longer
phrase does. Over companies invented here, one per pair, each with the longer phrase's
metric only."""

from __future__ import annotations

import itertools

import pytest

from bot.answering import Engine, Status
from bot.answering.english.words import FILLER
from bot.facts import reporting
from tests.answering.invented import bundle, engine_over, fact

Y24 = "2024-01-01/2024-12-31"
_UNITS = {"money": "USD", "units": "units", "percent": "percent", "per_share": "USD"}


def _pairs() -> list[tuple[str, str, str]]:
    """(shorter phrase, longer phrase, the longer one's family), as the data file writes
    them, where the longer holds the shorter whole, the shorter does not name the longer
    one's family itself, and a metric named with the longer is of that family ('same-store
    sales growth' is a growth figure: its head noun says so)."""
    written = [
        (phrase, fam.key)
        for fam in reporting.families()
        for phrase in (*fam.words, *fam.narrower)
        if phrase.replace(" ", "").isalpha()  # "operating income (loss)": as a name, no
    ]
    families_of = {}
    for phrase, key in written:
        families_of.setdefault(reporting.normalize(phrase), set()).add(key)
    out = {}
    for (short, _), (long, key) in itertools.product(written, written):
        a, b = reporting.normalize(short), reporting.normalize(long)
        inside = len(b) > len(a) and any(b[i : i + len(a)] == a for i in range(len(b)))
        measure = reporting.family(key).measure
        named = reporting.family_of(long, "money" if measure == "per_share" else measure)
        apart = tuple(w for w in b if w not in FILLER) != a  # "sell in": only filler more
        if (
            inside
            and apart
            and key not in families_of[a]
            and named is not None
            and named.key == key
        ):
            out.setdefault((a, key), (short, long, key))  # one per shorter phrase and family
    return sorted(out.values())


PAIRS = _pairs()
# made-up company names, one per pair: words no dictionary or vocabulary holds
_NAMES = [
    f"{a}{b}"
    for a, b in itertools.product(
        ("Zor", "Quel", "Vask", "Tribb"), ("ovan", "ixa", "umbre", "eppo", "andy", "ulth")
    )
]


def _company(i: int) -> str:
    return _NAMES[i % len(_NAMES)] + (" Ltd" if i < len(_NAMES) else " Group")


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities, facts = [], []
    for i, (_, long, key) in enumerate(PAIRS):
        name = _company(i)
        entities.append({"name": name})
        unit = _UNITS[reporting.family(key).measure]
        facts.append(
            fact(name, long, "actual", Y24, 12.5 if unit == "percent" else 700, unit, "2025-02-01")
        )
    return engine_over(seed, bundle(entities, facts, published="2025-02-01"))


def test_the_vocabulary_has_such_pairs() -> None:
    longs = {long for _, long, _ in PAIRS}
    assert "net income per share" in longs  # put back: the guard makes it safe
    assert len(PAIRS) >= 20


@pytest.mark.parametrize(
    ("i", "pair"), list(enumerate(PAIRS)), ids=[f"{short}<{long}" for short, long, _ in PAIRS]
)
def test_the_shorter_phrase_never_gets_the_longer_familys_figure(engine, i, pair) -> None:
    short, long, _ = pair
    answer = engine.ask(f"{_company(i)} {short} 2024")
    assert answer.status is not Status.ANSWERED or answer.facts[0].fact.metric != long, answer.text


@pytest.mark.parametrize(("i", "pair"), list(enumerate(PAIRS)), ids=[long for _, long, _ in PAIRS])
def test_the_longer_phrase_gets_its_figure(engine, i, pair) -> None:
    _, long, _ = pair
    answer = engine.ask(f"{_company(i)} 2024 {long}")  # "sell in 2024": the period's "in"
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.metric == long


def test_with_both_figures_each_phrase_gets_its_own(seed) -> None:
    name = "Zorquel"
    facts = [
        fact(name, "net income", "actual", Y24, 5e8, "USD", "2025-02-01"),
        fact(name, "net income per share", "actual", Y24, 2.5, "USD", "2025-02-01"),
        fact(name, "orders", "actual", Y24, 300, "units", "2025-02-01"),
        fact(name, "order book", "actual", "2024-12-31/2024-12-31", 900, "units", "2025-02-01"),
    ]
    engine = engine_over(seed, bundle([{"name": name}], facts, published="2025-02-01"))
    for question, metric in [
        ("zorquel net income 2024", "net income"),
        ("zorquel net income per share 2024", "net income per share"),
        ("zorquel's earnings per share in 2024", "net income per share"),
        ("zorquel orders 2024", "orders"),
        ("zorquel order book at the end of 2024", "order book"),
    ]:
        answer = engine.ask(question)
        assert answer.status is Status.ANSWERED, (question, answer.text)
        assert answer.facts[0].fact.metric == metric, question


# A family's longer phrase holds another family's shorter one: "operating profit margin"
# (the metric's own synonym) is a margin, its "operating profit" no operating profit; a
# company's own name ("Group") never makes a phrase of another family with the metric's
# words ("group profit").
@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("Tarrow Group operating profit margin 2024", "operating margin"),
        ("Tarrow Group 2024 profit margin", "profit margin"),
    ],
)
def test_a_phrase_inside_a_longer_one_names_nothing_apart(seed, question, metric) -> None:
    name = "Tarrow Group"
    facts = [fact(name, metric, "actual", "2024-01-01/2024-12-31", 11.0, "percent", "2025-02-01")]
    data = bundle([{"name": name, "aliases": ["Tarrow"]}], facts, "2025-02-01")
    data["metrics"] = [{"name": "operating margin", "synonyms": ["operating profit margin"]}]
    engine = engine_over(seed, data)
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == [metric]
