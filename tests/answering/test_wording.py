"""The ways a stranger words a question, one table per kind (bench/metamorphic.py measures
the same kinds over the dev questions), over a company invented here: Brantwood Tools,
calendar years, with units shipped (actual and a target cut once), revenue, North America
revenue and a cumulative count. A rewording keeps the answer or abstains; it never
changes the figure."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.answering.english import spelling
from bot.answering.english.lexicon import FUNCTION_WORDS, names_something
from bot.answering.english.spelling import Speller, inflections, speller, table
from bot.answering.english.words import FILLER, LEXICON
from bot.facts import reporting
from tests.answering.invented import bundle, engine_over, fact, one_company

B = "Brantwood Tools"
Y23, Y24, Y25 = "2023-01-01/2023-12-31", "2024-01-01/2024-12-31", "2025-01-01/2025-12-31"
Q4_24 = "2024-10-01/2024-12-31"

FACTS = [
    fact(B, "drills shipped", "actual", Y23, 800_000, "units", "2024-02-01"),
    fact(B, "drills shipped", "actual", Y24, 910_000, "units", "2025-02-01"),
    fact(B, "drills shipped", "actual", Q4_24, 260_000, "units", "2025-02-01"),
    fact(B, "drills shipped", "target", Y25, 1_000_000, "units", "2025-02-01"),
    fact(B, "drills shipped", "target", Y25, 950_000, "units", "2025-07-01"),
    fact(B, "drills shipped change", "actual", Y24, 13.75, "percent", "2025-02-01"),
    fact(B, "revenue", "actual", Y24, 2.1e9, "USD", "2025-02-01"),
    fact(B, "North America revenue", "actual", Y24, 1.2e9, "USD", "2025-02-01"),
]
ENTITIES = [{"name": B, "aliases": ["Brantwood"]}]
BUNDLE = bundle(ENTITIES, FACTS, published="2025-07-01")


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, BUNDLE)


def _figure(engine: Engine, question: str) -> tuple[float, str, str]:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    fact_ = answer.facts[0].fact
    return fact_.value, fact_.period.iso(), fact_.kind.value


SHIPPED_24 = (910_000, Y24, "actual")
TARGET_25 = (950_000, Y25, "target")


# Lead-ins, politeness and shortened pronouns: the question inside is what is asked.
@pytest.mark.parametrize(
    "question",
    [
        "i'd like to know how many drills brantwood shipped in 2024",
        "could you tell me how many drills brantwood shipped in 2024",
        "do you know brantwood drill shipments 2024?",
        "we'd love to know brantwood's 2024 drill shipments, thanks",
        "hey, quick one: brantwood drills shipped in 2024 pls",
        "in 2024, how many drills did brantwood ship",
        # "would" asks politely here; it expects nothing
        "i would like to know how many drills brantwood shipped in 2024",
    ],
)
def test_lead_ins_keep_the_answer(engine, question) -> None:
    assert _figure(engine, question) == SHIPPED_24


# A lead-in's own verb ("tell", "know") is the auxiliary's: a word after it that names
# something the store lacks is still a thing, never a verb to ignore.
@pytest.mark.parametrize(
    "question",
    [
        "could you tell me brantwood hammer revenue 2024",
        "do you know brantwood license revenue 2024",
        "i'd like to know brantwood license revenue 2024",
        # past the auxiliary's own verb, a word after a preposition is a thing named
        "what did brantwood say about service revenue in 2024",
        "what did brantwood report for license revenue in 2024",
    ],
)
def test_a_lead_in_does_not_make_a_name_a_verb(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


def test_a_lead_ins_verb_names_no_metric(seed) -> None:
    """'I'd like to know … net sales': "like" asks politely; it is no word of "like-to-like
    net sales growth"."""
    y = "2025-04-01/2025-06-30"
    facts = [
        fact("Tolsa Cement", "net sales", "actual", y, 4.1e9, "USD", "2025-07-24"),
        fact(
            "Tolsa Cement",
            "like-to-like net sales growth",
            "actual",
            y,
            2.6,
            "percent",
            "2025-07-24",
        ),
    ]
    engine = one_company(seed, "Tolsa Cement", "Tolsa", facts, "2025-07-24")
    for question in (
        "i'd like to know tolsa net sales q2 2025",
        "i would like to know tolsa net sales q2 2025",
    ):
        assert [v.fact.value for v in engine.ask(question).facts] == [4.1e9], question


# Typos in any form of a word the engine knows: a verb's tense, a plural, a period word,
# a region, a cue.
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many drills did brantwood shpiped in 2024", SHIPPED_24),
        ("brantwood drill shipmnets 2024", SHIPPED_24),
        ("brantwood drills shipped in the year beofre 2025", SHIPPED_24),
        ("what is brantwood aimng to ship in 2025", TARGET_25),
        ("brantwood's drill tagret for 2025", TARGET_25),
        ("brantwood nroth america revenue 2024", (1.2e9, Y24, "actual")),
    ],
)
def test_typos_in_any_form_of_a_known_word(engine, question, expected) -> None:
    assert _figure(engine, question) == expected


# A slip as near one known word as another is never read as either: the kind of a figure
# is never guessed from a typo ("toal": total or goal?).
@pytest.mark.parametrize(
    "question",
    ["brantwood toal drills shipped 2025", "brantwood drill shipments toal for 2025"],
)
def test_an_ambiguous_slip_never_picks_the_kind(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED or answer.facts[0].fact.kind.value != "target"


def test_a_slip_that_may_hide_a_period_is_never_dropped(engine) -> None:
    # "thre": "there" (filler) or "three" (the period)? Never the whole year's figure.
    answer = engine.ask("brantwood drills shipped in the last thre months of 2024")
    assert answer.status is not Status.ANSWERED or answer.facts[0].fact.value == 260_000


def test_an_unknown_company_is_never_mended_into_filler(engine) -> None:
    for question in ("how many drills did boeing ship in 2024", "boeing revenue 2024"):
        assert engine.ask(question).status is not Status.ANSWERED, question


# Numbers written out are words, never typos of another ("nine" is not "line").
def test_number_words_are_words(engine) -> None:
    assert _figure(engine, "brantwood drills shipped in the last three months of 2024") == (
        260_000,
        Q4_24,
        "actual",
    )


@pytest.mark.parametrize("word", ["i'd", "we'll", "they're", "you've", "haven't", "i'm"])
def test_shortened_pronouns_and_verbs_name_nothing(word) -> None:
    assert not names_something(word)


def test_a_possessive_still_names() -> None:
    assert names_something("samsung's")


# The speller itself: forms, ambiguity, and words that name nothing reached only by a
# swap or a dropped letter.
def test_forms_of_a_word_lead_back_to_it() -> None:
    forms = table(["deliver", "trim", "expect"])
    assert forms["delivered"] == forms["delivers"] == "deliver"
    assert forms["trimmed"] == "trim"
    assert forms["expectations"] == "expect"
    assert "trimed" not in forms  # not English: a form only where the dictionary has it
    assert {"tries", "tried"} <= inflections("try")


def test_the_speller_mends_only_unambiguous_slips() -> None:
    speller = Speller(table(["deliver", "goal", "raise", "rise"]), table(["total"], False))
    assert speller.correct("delviered") == "delivered"  # a swap, in the past tense
    assert speller.correct("toal") is None  # "total" less a letter, or "goal" mistyped
    assert speller.correct("rasied") == "raised"
    assert speller.correct("rase") == "raise"  # "rise" would need a far key for the "a"
    assert speller.correct("riase") == "raise"  # a swap, before "rise" with a letter more
    assert speller.correct("deliver") is None  # known words stay as written
    assert speller.correct("totall") is None  # an extra letter never reaches filler


def _slips(word: str) -> list[str]:
    """WORD with each kind of slip: two letters swapped, one left out, one doubled, one
    typed for the key beside it."""
    mid = len(word) // 2
    neighbour = {"a": "s", "e": "r", "i": "o", "o": "p", "n": "m", "r": "t", "s": "d"}
    sub = neighbour.get(word[mid], "x")
    return [
        word[: mid - 1] + word[mid] + word[mid - 1] + word[mid + 1 :],
        word[:mid] + word[mid + 1 :],
        word[:mid] + word[mid] + word[mid:],
        word[:mid] + sub + word[mid + 1 :],
    ]


def test_the_speller_reads_words_alike_before_and_after_it_makes_its_tables() -> None:
    """`speller` makes its tables of forms only when a word needs them (a word that is
    neither English nor one of its own): every word is read as the tables read it."""
    naming = reporting.all_words() | LEXICON
    plain = FILLER | FUNCTION_WORDS
    names = frozenset({"brantwood", "kolovide", "sony"})
    naming_table = table(naming)
    naming_table.update({n: n for n in names})
    plain_table = {k: v for k, v in table(plain, inflect=False).items() if k not in naming_table}
    eager = Speller(naming_table, plain_table)
    lazy = speller(naming, plain, names)
    words = sorted(w for w in naming | plain | names if w.isalpha() and len(w) >= 4)
    asked = [*words, *(slip for w in words[::3] for slip in _slips(w)), "samsung", "Sony"]
    assert [lazy.correct(w) for w in asked] == [eager.correct(w) for w in asked]
    assert sum(eager.correct(w) is not None for w in asked) > 100  # typos were mended


def test_the_speller_makes_no_tables_for_words_spelt_right(monkeypatch) -> None:
    made = []
    monkeypatch.setattr(spelling, "table", lambda *a, **k: made.append(a) or {})
    spell = speller(frozenset({"deliver", "target"}), frozenset({"about"}), frozenset({"sony"}))
    for word in ("delivered", "target", "about", "Sony", "phones", "many"):
        assert spell.correct(word) is None
    assert made == []
    spell.correct("tagret")  # a typo: now the forms are needed
    assert made


def test_shorthand_names_what_it_stands_for() -> None:
    assert names_something("rev")  # revenue: a figure the store may lack
    assert names_something("subs")
    assert not names_something("rn")  # now
    assert not names_something("yoy")


def test_the_us_after_the_is_the_country(engine) -> None:
    answer = engine.ask("in 2024, how much revenue did brantwood make in the us")
    assert answer.status is not Status.ANSWERED, answer.text  # no U.S. figure, only N.A.


def test_a_percentage_of_a_count_is_never_the_count(engine) -> None:
    answer = engine.ask("what % of brantwood's 2024 revenue came from north america")
    assert answer.status is not Status.ANSWERED or "%" in answer.text, answer.text
    assert not (
        answer.status is Status.ANSWERED
        and answer.facts[0].fact.value == 1.2e9
        and "%" not in answer.text
    )


# A change asked in percent is the change the store states, whichever verb of selling
# the question uses: never a difference worked out of other percentages.
@pytest.mark.parametrize(
    "question",
    [
        "brantwood drills shipped yoy 2024 %",
        "brantwood drills shifted yoy 2024 %",
        "how much did brantwood's drill shipments grow in 2024, in %",
    ],
)
def test_a_change_in_percent_is_the_stated_change(engine, question) -> None:
    assert _figure(engine, question) == (13.75, Y24, "actual")
