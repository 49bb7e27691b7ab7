"""Which currencies a question names ('in MSEK', 'NZ$', 'in dollar terms'), and which of the
metrics that fit are stated in them: a figure in another currency never answers.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from typing import TYPE_CHECKING

from bot import patterns
from bot.answering.english.words import (
    CHANGE_BASES,
    GROWTH_WORDS,
    PERCENT_WORDS,
    currency_families,
    lemmas,
    mask,
    name_lemmas,
    tokenize,
)
from bot.answering.reading.asks import scale_asked
from bot.answering.reading.shared_signs import currencies_meant
from bot.answering.vocabulary.name_forms import WHOLE_WORDS, measure_lemmas
from bot.answering.vocabulary.vocabulary import MetricHit
from bot.facts.quantities import (
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    DOLLAR_SIGNS,
    LOCAL_SYMBOLS,
    currency_names,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from bot.answering.english.words import Token
    from bot.answering.reading.query import Reading

    Units = Mapping[int, frozenset[str]]  # a metric's units by its id


def in_currency_said(
    best: list[MetricHit], reading: Reading, units: Units | None = None
) -> list[MetricHit]:
    """'revenue in Q2' where the company states 'revenue from operations' (its own
    currency) and 'USD revenue': the figure whose name carries no currency, unless the
    question names one ('in dollar terms'): then the figure in that currency. Figures
    only in other currencies answer no question in one ('revenue in dollars' of a company
    reporting yuan: see currency_unexplained). UNITS: the units the company asked about
    states each metric in (`units_of`)."""
    said = currencies_said(reading)
    plain = [h for h in best if not _currencies_named(h.metric.name)]
    if said:
        # (a line the question leaves unsaid is no figure of the currency asked: "total
        # revenue in dollars" is never the exports stated in dollars)
        kept = [h for h in best if _currencies_named(h.metric.name) & said] or [
            h for h in best if units_of(h, units) & said and not _a_line_unsaid(h, reading)
        ]
        # "in rupee terms" where no name says rupees: the figure in no other currency
        return kept or plain or best
    if len(best) < 2:
        return best
    return plain or best


def _a_line_unsaid(hit: MetricHit, reading: Reading) -> bool:
    """Does the metric's name say a line ("export revenue") the question does not, where
    the question says it asks the whole ("total revenue")?"""
    said = {t.lemma for t in reading.tokens}
    if not said & WHOLE_WORDS:
        return False
    return bool(set(name_lemmas(hit.metric.name)) - said - measure_lemmas())


def in_no_other_currency(viable: list[MetricHit], reading: Reading) -> list[MetricHit]:
    """VIABLE without the figures whose names say a currency other than every one the
    question names ("revenue in US dollars" for "revenue in NT dollars": the TWD figure,
    whose name says none), where any is left."""
    said = currencies_said(reading)
    if not said:
        return viable
    return [
        h for h in viable if not (_currencies_named(h.metric.name) - {"constant currency"}) - said
    ] or viable


# "$" is any currency written with the sign (a Canadian company's "$" is its own); the
# word "dollars" any currency named dollar, never the real written "R$"
_DOLLARS = frozenset(DOLLAR_SIGNS.values())
_NAMED_DOLLAR = frozenset(
    code for code, names in currency_names().items() if any("dollar" in n for n in names)
)


DOLLAR_SIGN = patterns.compile(
    r"(?i:(?P<prefix>"
    + "|".join(sorted(filter(None, DOLLAR_SIGNS), key=len, reverse=True))
    + r")?)\$"
)

# a currency sign with no amount after it ("how many $ of passes", "sales in €"), and the
# name it is said as; a sign after a letter is a prefix's ("US$"), left to DOLLAR_SIGN
_BARE_SIGN = patterns.compile(r"(?<![\w$€£¥])[$€£¥](?![\w$€£¥.,]|\s*\d)")
_SIGN_NAMES = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}


def signs_said(question: str) -> str:
    """QUESTION with each currency sign that states no amount said as its currency's
    name, which the reading knows: "how many $ of season passes" asks dollars."""
    if not any(sign in question for sign in _SIGN_NAMES):
        return question
    return _BARE_SIGN.sub(lambda m: _SIGN_NAMES[m.group()], question)


_IN_TERMS = patterns.guarded(r"\b(?:terms|basis|reported)\b", re.IGNORECASE)


def amount_in_currency(reading: Reading) -> bool:
    """'in MSEK', 'in dollars': an amount of money asked, not a rate "in rupee terms", nor
    a percentage of the money ("pass sales dollar growth %")."""
    return (
        bool(currencies_said(reading))
        and not currency_as_basis(reading.text)
        # (a percentage asked of a figure named by no amount: "€700 million ... up what
        # %" names the figure by its euros)
        and (bool(reading.amounts) or not any(t.lemma in PERCENT_WORDS for t in reading.tokens))
        and not reported_beside_a_currency_basis(reading.candidates, reading)
    )


def amount_in_unit_asked(reading: Reading | None, question: str) -> bool:
    """'… in crore', 'in dollars': an amount asked in a scale (QUESTION as typed) or in a
    currency, never a rate measured on a currency basis ('in euros, reported')."""
    return scale_asked(question) is not None or (
        reading is not None and amount_in_currency(reading)
    )


def currency_as_basis(text: str) -> bool:
    """'in rupee terms', 'in euros, reported': the currency a rate is measured in."""
    return bool(_IN_TERMS.search(text))


def currencies_said(reading: Reading) -> frozenset[str]:
    """The currencies a question names: codes and names ('yen', 'KRW'), dollar signs
    with their country ('C$', 'NZ$'); a bare '$' or 'dollars' is any dollar. A company's
    name is none ("Tala Bay": never the Samoan tala)."""
    named = _in_a_name(reading) + _measured_on(reading)
    if not named:
        return _currencies_in(reading.text)
    return _currencies_in(mask(reading.text, [(t.start, t.end) for t in named]))


def _measured_on(reading: Reading) -> list[Token]:
    """The currency words of 'dollar-based retention': a basis, no currency asked."""
    tokens = reading.tokens
    return [
        t
        for t, nxt in itertools.pairwise(tokens)
        if t.lemma in CURRENCY_WORDS and nxt.lemma in _MEASURED_ON
    ]


def _in_a_name(reading: Reading) -> list[Token]:
    """The tokens of a company's name the question says: one of two words or more ("Tala
    Bay", "Rand Harbour"), or a lone word ("TND" of Thao Nguyen Dairy, never the Tunisian
    dinar) unless said as the currency figures are given in ("in rand")."""
    used, tokens = reading.used, reading.tokens
    return [
        t
        for i, t in enumerate(tokens)
        if i in used
        and (i - 1 in used or i + 1 in used or i == 0 or tokens[i - 1].lemma not in _IN)
    ]


_IN = frozenset({"in", "into"})  # ("revenue in rand", "converted into TND")


def currencies_in(text: str) -> frozenset[str]:
    """The currencies TEXT names (see currencies_said)."""
    return _currencies_in(text)


@functools.cache
def _full_names() -> tuple[dict[str, str], frozenset[str]]:
    """Currencies' names of two words or more ("swiss francs", "south african rand"): each
    name's code, and the words they end in (a question with none of those names no
    currency in full, and is not searched)."""
    codes = {n: code for code, names in currency_names().items() for n in names if " " in n}
    return codes, frozenset(n.rsplit(" ", 1)[1] for n in codes)


@functools.cache
def _full_names_pattern() -> re.Pattern[str]:
    """A pattern finding those names: made at the first question that may hold one (a
    few hundred names: compiling it was ~15 ms of every command-line question's start),
    from the stored program (`bot.patterns`)."""
    names = sorted(_full_names()[0], key=len, reverse=True)
    return patterns.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b", re.IGNORECASE)


def _full_names_in(text: str) -> list[re.Match[str]]:
    if _full_names()[1].isdisjoint(_WORDS.findall(text.lower())):
        return []  # (the whole pattern is a few hundred names: read only when one may be)
    return list(_full_names_pattern().finditer(text))


_WORDS = re.compile(r"[^\W\d_]+")


def full_names_at(text: str) -> list[tuple[int, int]]:
    """Where TEXT names a currency in full ("in Swiss francs"): its country's word there
    names the currency, not a region."""
    return [m.span() for m in _full_names_in(text)]


@functools.lru_cache(maxsize=4096)  # asked several times per question, of one text
def _currencies_in(text: str) -> frozenset[str]:
    codes = _full_names()[0]
    named = {codes[m.group().lower()] for m in _full_names_in(text)}
    if named:
        return frozenset(named)  # "swiss francs": that franc, not every franc
    said: set[str] = set()
    # (the question's tokens, which its cues read too, not its words made again)
    before = ""
    for lemma_ in (t.lemma for t in tokenize(text)):
        before, previous = lemma_, before
        if previous == "per":
            continue  # "cost per pound": the weight a figure is divided by, no currency
        code = CURRENCY_WORDS.get(lemma_)
        family = currencies_meant(lemma_) if code is not None else None
        if family:  # ("Rs 50 bn", "in rupees": the rupee the company reports in)
            said |= family
        elif code is not None and lemma_ in ("dollar", "dollars"):
            # ("NT dollars", "HK dollars": the dollar its sign's letters name, "NT$")
            signed = DOLLAR_SIGNS.get(previous) if len(previous) > 1 else None
            said |= {signed} if signed else _NAMED_DOLLAR
        elif code is not None:
            said |= {code}
        else:
            said |= currency_families().get(lemma_, frozenset())
    said |= {code for sign, code in CURRENCY_SIGNS.items() if sign in text}
    said |= {LOCAL_SYMBOLS[m["symbol"]] for m in _IN_LOCAL_SYMBOL.finditer(_plain(text))}
    for m in DOLLAR_SIGN.finditer(text) if "$" in text else ():
        # (a search for the sign tries every prefix at each character: ~6 us a question)
        prefix = (m["prefix"] or "").lower()
        said |= {DOLLAR_SIGNS[prefix]} if prefix else _DOLLARS
    return frozenset(said)


# "revenue growth in RM", "in Ksh", "ebitda in mn Kč", "ebitda mn Kč": a currency by the
# symbol its own country writes, asked as the unit (after "in", a scale or both)
_SCALE = r"(?:k|m|mn|mln|million|millions|b|bn|bln|billion|billions)\.?\s+"
_IN_LOCAL_SYMBOL = patterns.compile(
    rf"(?:\bin\s+(?:{_SCALE})?|\b(?<=\d|\s){_SCALE})(?P<symbol>"
    + "|".join(sorted(LOCAL_SYMBOLS, key=len, reverse=True))
    + r")\b\.?",
    re.IGNORECASE,
)


def _plain(text: str) -> str:
    """TEXT lower case, each letter without its accent ("Kč" -> "kc"), one character for
    one (what is found in it is found at the same place in TEXT)."""
    if text.isascii():
        return text.lower()
    return "".join(
        (unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode() or "?")[0]
        for ch in text
    ).lower()


def local_symbols_at(text: str, tokens: Sequence[Token]) -> set[int]:
    """The indexes of the TOKENS of TEXT that are a currency's local symbol after "in" or
    a scale ("revenue growth in RM", "ebitda mn Kč"): a currency asked, never a thing."""
    starts = {m.start("symbol") for m in _IN_LOCAL_SYMBOL.finditer(_plain(text))}
    return {i for i, t in enumerate(tokens) if t.start in starts} if starts else set()


def named_in_currency(hit: MetricHit, reading: Reading) -> bool:
    """Does the metric's own name say a currency the question names ("growth in CHF")?"""
    return bool(_currencies_named(hit.metric.name) & currencies_said(reading))


def reported_beside_a_currency_basis(viable: list[MetricHit], reading: Reading) -> list[MetricHit]:
    """'premium growth in francs' of a company stating its premiums' growth and their
    growth "in local currencies": the currency contrasts the two bases, so the rate as
    reported is asked, not an amount of francs. Only a rate whose own change word the
    question says ("growth"; "how much did premiums grow, in francs" asks francs)."""
    rates = [h for h in viable if h.metric.unit == "percent"]
    said = {t.lemma for t in reading.tokens}
    return [
        h
        for h in rates
        if set(lemmas(h.metric.name)) & said & GROWTH_WORDS
        and any(_on_a_currency_basis(o, h) for o in rates)
    ]


def without_currency_bases(viable: list[MetricHit], reading: Reading) -> list[MetricHit]:
    """VIABLE without the rates on a basis of exchange rates where a currency said asks
    the rate as reported ('premium growth in francs': never "… in local currencies",
    whose "currencies" the francs would otherwise explain)."""
    if not currencies_said(reading):
        return viable
    reported = reported_beside_a_currency_basis(viable, reading)
    return [h for h in viable if not any(_on_a_currency_basis(h, r) for r in reported)]


def _on_a_currency_basis(other: MetricHit, rate: MetricHit) -> bool:
    """Is OTHER the RATE on a basis of exchange rates ("… growth in local currencies",
    "… growth at constant currency")?"""
    own, words = set(lemmas(rate.metric.name)), set(lemmas(other.metric.name))
    return own < words and bool((words - own) & CHANGE_BASES[1])


def currency_unexplained(
    best: list[MetricHit], reading: Reading, units: Units | None = None
) -> tuple[str, ...]:
    """The currency words of 'revenue in dollars' when the figures that fit are all in
    another currency ("revenue" in yuan): a conversion is no figure the company stated,
    so the question is not answered with one in another currency."""
    said = currencies_said(reading)
    if not said or not best or not all(_in_other_currency(h, said, units) for h in best):
        return ()
    named = {id(t) for t in _in_a_name(reading)}
    local = local_symbols_at(reading.text, reading.tokens)
    words = [
        t.text
        for i, t in enumerate(reading.tokens)
        if (t.lemma in CURRENCY_WORDS or i in local) and id(t) not in named
    ]
    signs = [sign for sign in CURRENCY_SIGNS if sign in reading.text]
    return tuple(words + signs) or ("$",)


def _in_other_currency(hit: MetricHit, said: frozenset[str], units: Units | None) -> bool:
    """Is the metric an amount of money in currencies the question did not name?"""
    return all(is_currency_code(u) and u not in said for u in units_of(hit, units))


def units_of(hit: MetricHit, units: Units | None) -> frozenset[str]:
    """The units of HIT's figures: those the company asked about states it in (UNITS, a
    metric's units by id), else the metric's own (the unit of its first figure)."""
    held = units.get(hit.metric.id) if units and hit.metric.id is not None else None
    return held or frozenset({hit.metric.unit or ""})


def is_currency_code(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()


@functools.lru_cache(maxsize=4096)  # the same few metric names, question after question
def _currencies_named(name: str) -> frozenset[str]:
    """The currencies a metric's name says it is in ("USD revenue"); "constant currency"
    is one of its own (no reported currency)."""
    words = lemmas(name)
    # ("dollar-based net revenue retention" is a percentage measured on dollars: no
    # figure in them)
    named = {
        CURRENCY_WORDS[w]
        for w, nxt in itertools.pairwise([*words, ""])
        if w in CURRENCY_WORDS and nxt not in _MEASURED_ON
    }
    if "constant currency" in " ".join(words):
        named.add("constant currency")
    return frozenset(named)


# what a currency is said before in a name measured on it, not in it ("dollar-based")
_MEASURED_ON = frozenset({"base", "based", "weight", "weighted", "denominate", "denominated"})
