"""Rates: a figure per something ("net revenue per hectolitre", "revenue/unit", EPS).

A question that asks for a rate ("net revenue per hl", "NR/hl", "earnings per share")
is answered by a metric that is a rate per that unit, never by the amount it divides:
"per hl" beside "net revenue" is not net revenue. "per cent" and "per quarter" ask for
no rate.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from bot import patterns
from bot.answering.english.lexicon import parts_of_speech
from bot.answering.english.words import (
    FORECAST_WORDS,
    GROWTH_WORDS,
    TARGET_WORDS,
    lemma,
    lemmas,
)
from bot.answering.vocabulary.name_forms import initials_named
from bot.answering.vocabulary.vocabulary import MetricHit, Vocabulary

if TYPE_CHECKING:
    from bot.answering.reading.query import Reading
from bot.facts import reporting
from bot.facts.quantities import measure_unit

# "per hl", "per unit", "per store": a rate asked; "per cent", "per quarter" are not
_PER = patterns.guarded(
    r"\bper\s+(?!cent\b|annum\b|(?:the\s+|each\s+)?(?:year|yr|quarter|qtr|month|week"
    r"|period)s?\b)(?P<unit>[a-z]+(?:-[a-z]+)*)",
    re.IGNORECASE,
)
# the signs a price per unit is written after ("A$/t", "US$/oz", "€/MWh")
_CURRENCY_SIGNS = "$€£¥₹"
_SLASH_UNIT = patterns.guarded(rf"(?<=[A-Za-z{_CURRENCY_SIGNS}])\s?/\s?(?P<unit>[A-Za-z]+)\b")
_SLASH_AFTER_CURRENCY = patterns.guarded(rf"[{_CURRENCY_SIGNS}]\s?/\s?[A-Za-z]+\b")
# (a grade's code may lead the unit: "per 4E ounce")
_PER_NAME = patterns.compile(
    r"(?:\bper\s+|/\s?)(?P<unit>[0-9]*[A-Za-z]+)(?P<more>(?:[\s-]+[A-Za-z]+){0,2})", re.IGNORECASE
)
# "Asia/Pacific revenue", "Europe/Africa": a slash between two capitalised words joins
# names, and divides nothing
_JOINED_NAMES = patterns.compile(r"\b[A-Z][a-z]+\s?/\s?[A-Z][a-z]+")


# "average daily volume": a figure per day, said with no "per"
_DAILY = patterns.compile(r"\bdaily\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)  # the same few names, candidate after candidate
def _per_name(name: str) -> str | None:
    """What a metric's NAME says it divides by ("tonne" of "per tonne", "hl" of "/hl",
    "day" of "daily"), if it does."""
    words = _per_words(name)
    return words[0] if words else None


@functools.lru_cache(maxsize=4096)
def _per_words(name: str) -> tuple[str, ...]:
    """The words a metric's NAME divides by, up to three ("ivf", "cycle" of "revenue per
    IVF cycle"); ("day",) of a "daily" figure."""
    m = _PER_NAME.search(_JOINED_NAMES.sub(" ", name))
    if m is not None:
        return (m["unit"].lower(), *(w.lower() for w in re.split(r"[\s-]+", m["more"]) if w))
    return ("day",) if _DAILY.search(name) else ()


def names_a_rate(name: str) -> bool:
    """Does a metric's NAME divide an amount by something it says ("revenue per
    passenger", "NR/hl")? Such a figure is no part nor whole of an amount. (A "daily"
    average is: the lines' daily traffic adds up to the road's.)"""
    return _PER_NAME.search(_JOINED_NAMES.sub(" ", name)) is not None


def asked_per(text: str) -> str | None:
    """What a rate the question asks for is per ("hl" of "NR/hl", "available seat km" of
    "cost per available seat mile"), or None: up to three words, to the first word of
    grammar or with a digit."""
    m = _PER.search(text)
    if m is not None:
        words = [m["unit"].lower()]
        clause = re.split(r"[,;:?!()]", text[m.end() :])[0]  # ("per seat km, in Q2")
        for w in clause.split()[:2]:
            if not w.isalpha() or w.lower() in _ENDS_A_UNIT:
                break
            words.append(w.lower())
        return " ".join(words)
    # ("EBITDA/t": a bare "t" after a slash is a tonne, though alone it is no unit)
    slashed = [
        m["unit"]
        for m in _SLASH_UNIT.finditer(text)
        if measure_unit(m["unit"]) or m["unit"].lower() == "t"
    ]
    return slashed[0].lower() if slashed else None


# "unit cash cost", "unit revenue": an amount per unit of what is made or sold, a rate
_PER_UNIT_AMOUNT = patterns.guarded(
    r"\bunit\s+(?:cash\s+|operating\s+|production\s+)?(?:costs?|prices?|revenues?|margins?)\b",
    re.IGNORECASE,
)


def priced_per(text: str) -> bool:
    """Is the rate asked said only as a price per unit ("US$/lb", "A$/t")? Chat writes a
    cost so whose store name may say no unit ("C1 cash cost"): the rate by the unit said
    where one is held, else any figure the words name."""
    return _PER.search(text) is None and _SLASH_AFTER_CURRENCY.search(text) is not None


def per_unit_said(text: str) -> bool:
    """Does the question ask an amount per unit ("unit cash cost in the March quarter"),
    whatever the unit (a tonne, a barrel, a case)?"""
    return _PER_UNIT_AMOUNT.search(text) is not None


def division_said(text: str) -> bool:
    """Does the question divide by anything, a unit the table knows or not ("gp/t",
    "gp/day", "per tonne")?"""
    return asked_per(text) is not None or _SLASH_UNIT.search(text) is not None


# words that end what a rate is per: "per user *at* Meridia", "per piece *in* Q4"
_ENDS_A_UNIT = frozenset(
    "at in for of on from during over by to and or vs versus than the a an was were is".split()
)


def is_rate_by(hit: MetricHit, per: str, vocab: Vocabulary) -> bool:
    """Is the metric a rate per PER ("net revenue per hectolitre" for "hl", "normalized
    EPS" for "share", "revenue per ASK" for "available seat km", "revenue per package"
    for "piece")? PER's first word, or all its words' initials."""
    words = per.split()
    family = vocab.metric_families.get(hit.metric.id)  # type: ignore[arg-type]
    if family is not None and reporting.family(family).measure == "per_share":
        return lemma(words[0]) == "share"
    if family is not None and _family_per(family, words[0]):
        return True  # ("revenue per user": a family's own rate, "mobile ARPU (per month)")
    per_name = _per_name(hit.metric.name)
    if per_name is None:
        # "realized sugar price per tonne": a price is per what is sold, whatever its
        # name leaves unsaid
        return _PRICE in lemmas(hit.metric.name)
    unit = lemma(per_name)
    first = words[0]
    if unit == lemma(first) or _letters_in_order(first, unit) or _same_unit(unit, first):
        return True
    if len(unit) <= 2 and _letters_in_order(unit, lemma(first)):
        return True  # ("kboe/d" per "day")
    if len(words) > 1 and "".join(w[0] for w in words) == unit:
        return True  # ("available seat km": ASK)
    per_words = _per_words(hit.metric.name)
    if len(per_words) > 1 and "".join(w[0] for w in per_words) == first:
        return True  # ("per pcd": "per passenger cruise day")
    # (the noun the question's words end in: "per day surgery admission" is per admission,
    # never per "bed day")
    head = next(
        (
            w
            for w in reversed(words[1:])
            if parts_of_speech(w) == {"NOUN"} and lemma(w) not in _ABOUT_THE_RATE
        ),
        first,
    )
    if len(per_words) > 1 and _same_unit(per_words[-1], head):
        # ("per cycle": "revenue per IVF cycle"; "per oz": "per 4E ounce"; never "per
        # tonne" for "per net tonne-kilometre", whose unit is the kilometre)
        return True
    return lemma(first) in reporting.product_nouns(unit)  # ("piece": a package)


# words after a rate's unit that say what is asked of the rate ("per day growth outlook")
_ABOUT_THE_RATE = GROWTH_WORDS | TARGET_WORDS | FORECAST_WORDS


def _family_per(family: str, word: str) -> bool:
    """Is a rate per WORD how the reporting family FAMILY is said ("per user" of ARPU)?"""
    per = f"per {lemma(word)}"
    return any(per in " ".join(lemmas(w)) for w in reporting.family(family).words)


_PRICE = "price"
# Abbreviations of units of measure and their words: a closed set, spelt both ways in
# reports and chat ("per lb" of "price per pound")
_UNIT_FORMS = {
    "lb": "pound",
    "lbs": "pound",
    "kg": "kilo",
    "kilogram": "kilo",
    "kgs": "kilo",
    "t": "tonne",
    "ton": "tonne",
    "mt": "tonne",
    "oz": "ounce",
    "bbl": "barrel",
    "sqm": "square",
    "m2": "square",
}


def _same_unit(unit: str, said: str) -> bool:
    """Do UNIT (of a name) and SAID (of a question) name one unit ("pound", "lb")?"""

    def canon(word: str) -> str:
        return _UNIT_FORMS.get(lemma(word.lower()), lemma(word.lower()))

    return canon(unit) == canon(said)


def divides(hit: MetricHit, vocab: Vocabulary) -> bool:
    """Does the metric's name divide an amount by something ("revenue per available seat
    mile", "net revenue/hl")? Earnings per share are a figure of their own: "EPS" asks for
    them with no "per"."""
    family = vocab.metric_families.get(hit.metric.id)  # type: ignore[arg-type]
    if family is not None and reporting.family(family).measure == "per_share":
        return False
    # ("CASK (cost per available seat kilometre)" is named by its initials, as "CASK
    # ex-fuel" is: neither divides an amount the question could ask instead)
    return _per_name(initials_named(hit.metric.name)) is not None


def only_by_its_unit(hit: MetricHit, reading: Reading, amounts: list[MetricHit]) -> bool:
    """Does a rate fit the question only through the unit it is per ("tonnes" of "price
    per tonne"), said with no "per", while a figure that divides nothing explains the
    rest as well, or nothing else of it is said ("students" of "revenue per student")?"""
    per_name = _per_name(hit.metric.name)
    if per_name is None:
        return False
    unit = lemma(per_name)
    # ("net machine adds": "net" alone names nothing the rate divides)
    qualifiers = reporting.qualifiers()
    rest = {i for i in hit.explained if reading.tokens[i].lemma not in (unit, *qualifiers)}
    if not rest:
        return True  # "enrolled students": what it is per, and nothing it divides
    return rest != hit.explained and any(rest <= a.explained for a in amounts)


def _letters_in_order(short: str, word: str) -> bool:
    """'hl' in 'hectolitre': an abbreviation keeps the first letter and others in order."""
    if len(short) >= len(word) or short[:1] != word[:1]:
        return False
    rest = iter(word[1:])
    return all(ch in rest for ch in short[1:])
