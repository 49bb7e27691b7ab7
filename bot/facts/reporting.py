"""The reporting vocabulary: which words name which kind of figure.

Reports and people name one kind of figure many ways ("revenue", "turnover", "top line",
"takings"; "deliveries", "handed over"; "EBIT", "operating income"). This module groups
those words into metric *families* (revenue, profit at each level, units sold / shipped /
delivered, orders, backlog, margin, market share, growth, ...), and lists the *regions* a
figure can be about, so that ingestion names metrics with them and answering reads
questions with them. The words live in `reporting.json` beside this file (data, not
code); a store's own metric synonyms come on top of them, never instead.

API (stable; extend only):

    families()                     -> every Family, in file order
    family(key)                    -> the Family with that key ("revenue", "net_profit", ...)
    families_of(phrase)            -> the families whose words the phrase contains,
                                      longest match first ("Model 3 deliveries" ->
                                      units_delivered)
    family_of(phrase, measure=None) -> the best one, or None; MEASURE ("money", "units",
                                      "percent", "per_share") breaks ties such as "sales"
                                      (revenue in money, units sold in units)
    is_loss(phrase)                -> the phrase names a loss ("net loss", "operating loss")
    regions() / region_of(phrase)  -> the regions, and the one a phrase names (or None);
                                      Region.whole marks "worldwide" / "group"
    regions_in(text)               -> every region a text names, with its span
    segment_words()                -> words that mark a segment or product line
    qualifiers()                   -> words that narrow a figure but never name one alone
    adds_up(metric)                -> whether its figures add up over periods (no rate)
                                      ("net", "gross", "adjusted")
    is_counterparty(word)          -> WORD names whom a company sells to ("dealers")
    product_nouns(word)            -> the ordinary nouns naming the same kind of product
                                      ("jet" -> plane, aircraft, airliner, ...), or ()
    all_words()                    -> every single word of the vocabulary, normalized
    normalize(phrase)              -> the comparable form every lookup uses
    measure_of_unit(unit)          -> the measure of a fact's unit ("USD" -> "money")

Matching is on normalized words: lower case, punctuation dropped, a plural "s" removed,
so "Net Sales", "net-sales" and "net sale" are the same phrase.
"""

from __future__ import annotations

import functools
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from bot import patterns
from bot.checksums import checksums
from bot.diskcache import DiskCache
from bot.facts import country_names
from bot.facts.quantities import CURRENCY_WORDS

DATA_FILE = Path(__file__).with_name("reporting.json")

MEASURES = ("money", "units", "percent", "per_share")

_WORD = patterns.compile(r"[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*\.?")
_NOT_PLURAL = ("ss", "us", "is", "ies")


# Proper names that only look plural: "the Americas" is not one America (the U.S.).
_PROPER_PLURALS = frozenset({"americas"})


def _singular(word: str) -> str:
    if word in _PROPER_PLURALS:
        return word
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_PLURAL):
        return word[:-1]
    return word


def _region_form(phrase: str) -> tuple[str, ...]:
    """Like normalize, but dots inside a word stay: 'U.S.' is ('u.s',), never the pronoun."""
    return tuple(
        _singular(m.group().lower().rstrip(".")) for m in _WORD.finditer(phrase.replace("-", " "))
    )


@functools.lru_cache(maxsize=16384)  # a question's words and metric names, many times each
def normalize(phrase: str) -> tuple[str, ...]:
    """'Net-Sales' -> ('net', 'sale'); 'U.S.' -> ('us',). The form every lookup compares."""
    words = []
    for m in _WORD.finditer(phrase.replace("-", " ")):
        word = m.group().lower().replace(".", "")
        if word:
            words.append(_singular(word))
    return tuple(words)


@dataclass(frozen=True)
class Family:
    """A kind of figure companies report under many names (revenue, units sold...)."""

    key: str  # "revenue", "operating_profit", "units_delivered", ...
    label: str  # how an answer names it: "operating profit"
    measure: str  # one of MEASURES
    words: tuple[str, ...]  # interchangeable phrases, as written in the data file
    narrower: tuple[str, ...] = ()  # varieties ("gross orders"): the family, not synonyms
    answers_for: tuple[str, ...] = ()  # families whose words its metrics answer, less surely
    states_change: bool = False  # its figures are already a change ("comps -2.1%")


@dataclass(frozen=True)
class Region:
    """A part of the world a figure can be reported for."""

    key: str  # "us", "europe", "world", ...
    label: str  # "U.S."
    words: tuple[str, ...]
    whole: bool = False  # the whole company ("worldwide", "group"), not one region


@dataclass(frozen=True)
class RegionMention:
    """A region named in a text, and where."""

    region: Region
    start: int  # character span in the text
    end: int


@dataclass(frozen=True)
class _Vocabulary:
    """reporting.json read once: families, regions and the phrases that name them."""

    families: tuple[Family, ...]
    by_phrase: dict[tuple[str, ...], tuple[str, ...]]  # normalized phrase -> family keys
    longest: int
    loss: frozenset[tuple[str, ...]]
    regions: tuple[Region, ...]
    region_phrases: dict[tuple[str, ...], str]  # normalized, case-insensitive
    region_capitals: dict[str, str]  # "US" -> "us": only matched in capitals
    segment_words: frozenset[str]
    products: dict[tuple[str, ...], tuple[str, ...]]  # normalized noun -> its group
    qualifiers: frozenset[str]
    counterparties: frozenset[tuple[str, ...]]
    all_words: frozenset[str]  # every single word of all the above, normalized
    base_words: frozenset[str]  # the words of the bases ("constant", "currency"), normalized
    ratios: tuple[tuple[str, tuple[str, ...], str, str], ...]  # (label, words, of, over)


# The vocabulary as plain values, kept between processes (bot/diskcache.py, beside the
# regex programs), keyed by everything it is made from: reading the file into it (every
# phrase normalized, every country's name) took ~8 ms of CPU of each command-line
# question's start, turning the kept values back ~1 ms.
_CACHE = DiskCache(f"reporting-{sys.implementation.cache_tag}-{sys.hexversion:x}.marshal")
_MADE_FROM = (Path(__file__), DATA_FILE, Path(country_names.__file__), country_names.DATA_FILE)


@functools.cache
def _vocabulary() -> _Vocabulary:
    """reporting.json read (see _built), or its reading as a previous process kept it."""
    try:
        key = ("reporting", checksums(_MADE_FROM))  # (bot/checksums.py)
    except OSError:
        return _built()
    kept = _CACHE.get(key)
    if kept is not None:
        try:
            return _from_plain(kept)
        except (TypeError, ValueError):
            pass  # another layout: read the file again
    vocab = _built()
    _CACHE.put(key, _plain(vocab))
    return vocab


def _plain(vocab: _Vocabulary) -> tuple:
    """VOCAB as values marshal can keep (its families and regions as tuples of fields)."""
    return (
        tuple(
            (f.key, f.label, f.measure, f.words, f.narrower, f.answers_for, f.states_change)
            for f in vocab.families
        ),
        vocab.by_phrase,
        vocab.longest,
        vocab.loss,
        tuple((r.key, r.label, r.words, r.whole) for r in vocab.regions),
        vocab.region_phrases,
        vocab.region_capitals,
        vocab.segment_words,
        vocab.products,
        vocab.qualifiers,
        vocab.counterparties,
        vocab.all_words,
        vocab.base_words,
        vocab.ratios,
    )


def _from_plain(kept: tuple) -> _Vocabulary:
    families, by_phrase, longest, loss, regions, *rest = kept
    return _Vocabulary(
        tuple(Family(*f) for f in families),
        by_phrase,
        longest,
        loss,
        tuple(Region(*r) for r in regions),
        *rest,
    )


def _built() -> _Vocabulary:
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    families = []
    by_phrase: dict[tuple[str, ...], list[str]] = {}
    for key, spec in data["families"].items():
        if spec["measure"] not in MEASURES:
            raise ValueError(f"{DATA_FILE.name}: family {key} has unknown measure")
        fam = Family(
            key,
            spec["label"],
            spec["measure"],
            tuple(spec["words"]),
            tuple(spec.get("narrower", ())),
            tuple(spec.get("answers_for", ())),
            bool(spec.get("states_change", False)),
        )
        families.append(fam)
        for phrase in (*fam.words, *fam.narrower):
            keys = by_phrase.setdefault(normalize(phrase), [])
            if key not in keys:
                keys.append(key)
    regions = []
    region_phrases: dict[tuple[str, ...], str] = {}
    capitals: dict[str, str] = {}
    for key, spec in data["regions"].items():
        region = Region(key, spec["label"], tuple(spec["words"]), bool(spec.get("whole")))
        regions.append(region)
        for word in region.words:
            if word.isupper() and "." not in word:
                capitals[word] = key  # "US": the pronoun "us" is not a region
            else:
                region_phrases.setdefault(_region_form(word), key)
    # every other country by its English name: "South Africa" is no "Africa", "Chile" no
    # "Latin America" (the regions above keep their own words for the countries they have)
    for code, name in country_names.load().items():
        form = _region_form(name)
        if form not in region_phrases:
            regions.append(Region(f"country_{code.lower()}", name, (name.lower(),)))
            region_phrases[form] = f"country_{code.lower()}"
    return _Vocabulary(
        families=tuple(families),
        by_phrase={k: tuple(v) for k, v in by_phrase.items()},
        longest=max(len(k) for k in by_phrase),
        loss=frozenset(normalize(w) for w in data["loss_words"]),
        regions=tuple(regions),
        region_phrases=region_phrases,
        region_capitals=capitals,
        segment_words=frozenset(w for s in data["segment_words"] for w in normalize(s)),
        # (bases of measure are matched the same way: "cc" for "constant currency")
        products=_groups_of_each((*data["product_nouns"], *data["bases"])),
        qualifiers=frozenset(w for q in data["qualifiers"] for w in normalize(q)),
        counterparties=frozenset(normalize(w) for w in data.get("counterparties", ())),
        all_words=_all_words(data),
        base_words=frozenset(w for g in data["bases"] for phrase in g for w in normalize(phrase)),
        ratios=tuple(
            (r["label"], tuple(r["words"]), r["of"], r["over"]) for r in data.get("ratios", ())
        ),
    )


def _groups_of_each(groups: tuple[list[str], ...]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each phrase -> every phrase of the groups it is in: "bike" is a motorcycle and a
    bicycle both, though neither is the other."""
    found: dict[tuple[str, ...], list[str]] = {}
    for group in groups:
        for phrase in group:
            same = found.setdefault(normalize(phrase), [])
            same += [w for w in group if w not in same]
    return {k: tuple(v) for k, v in found.items()}


def _all_words(data: dict) -> frozenset[str]:
    phrases: list[str] = [*data["loss_words"], *data["segment_words"], *data["qualifiers"]]
    phrases += data.get("counterparties", ())
    phrases += [w for group in data["product_nouns"] for w in group]
    for spec in (*data["families"].values(), *data["regions"].values()):
        phrases += [*spec["words"], *spec.get("narrower", ())]
    return frozenset(w for phrase in phrases for w in normalize(phrase))


def families() -> tuple[Family, ...]:
    return _vocabulary().families


@functools.cache
def family(key: str) -> Family:
    for fam in families():
        if fam.key == key:
            return fam
    raise KeyError(key)


def family_phrases() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Every normalized phrase -> the keys of the families it can name (most likely first)."""
    return _vocabulary().by_phrase


def own_words(key: str) -> frozenset[str]:
    """The words that begin family KEY's phrases and no other family's ("comparable",
    "comp", "same", "lfl" of comparable sales; not "sales", nor the "store" inside
    "comparable store sales")."""
    return own_words_of((key,))


@functools.cache
def own_words_of(keys: tuple[str, ...]) -> frozenset[str]:
    """The words that begin the phrases of the families KEYS and of no family besides
    ("sell", which units sold and units shipped share, of the two together)."""
    side, used = set(keys), _families_using()
    starts = {phrase[0] for phrase, named in family_phrases().items() if side.intersection(named)}
    return frozenset(w for w in starts if used[w] <= side)


@functools.cache
def _families_using() -> dict[str, frozenset[str]]:
    """Each word of the vocabulary's phrases -> the families whose phrases use it."""
    used: dict[str, set[str]] = {}
    for phrase, named in family_phrases().items():
        for word in phrase:
            used.setdefault(word, set()).update(named)
    return {word: frozenset(keys) for word, keys in used.items()}


@functools.cache
def genus_families(word: str) -> frozenset[str]:
    """The families a genus word (see genus_words) heads: "profit" -> net, operating,
    pre-tax and gross profit, and the families its fellow words of one family head
    ("earnings": EBITDA)."""
    if word not in genus_words():
        return frozenset()
    alone = set(family_phrases().get((word,), ()))
    fellows = {w for w in genus_words() if alone & set(family_phrases().get((w,), ()))}
    out, measures = set(alone), {family(a).measure for a in alone}
    for phrase, keys in family_phrases().items():
        if len(phrase) > 1 and fellows & set(phrase):
            out.update(k for k in keys if family(k).measure in measures)
    return frozenset(out)


@functools.cache
def genus_words() -> frozenset[str]:
    """Words that name one family alone and sit inside other families' phrases of the same
    measure: "profit" is net profit by itself, and the head of "operating profit",
    "pre-tax profit", "gross profit"; "volume" is units sold, and of units shipped."""
    alone: dict[str, set[str]] = {}
    inside: dict[str, set[str]] = {}
    for phrase, keys in family_phrases().items():
        for word in phrase:
            (alone if len(phrase) == 1 else inside).setdefault(word, set()).update(keys)
    out = set()
    for word, keys in alone.items():
        measures = {family(k).measure for k in keys}
        others = {
            k for k in inside.get(word, ()) if k not in keys and family(k).measure in measures
        }
        if len(others) >= 2:
            out.add(word)
    return frozenset(out)


def families_of(phrase: str | tuple[str, ...]) -> tuple[Family, ...]:
    """Families whose phrases occur in PHRASE, the longest occurrence first; on equal
    length, the one nearer the end. A change word ending the phrase comes first: it is
    the head noun ("net income change", "sales growth" are growth figures)."""
    words = normalize(phrase) if isinstance(phrase, str) else phrase
    vocab = _vocabulary()
    found: list[tuple[int, int, str]] = []
    for n in range(min(vocab.longest, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            if i and words[i - 1] == "per" and words[i] == "share":
                continue  # ("core FFO per share": the share it is per is no market share)
            for key in vocab.by_phrase.get(words[i : i + n], ()):
                found.append((n, i, key))
    found.sort(key=lambda t: (-t[0], -t[1]))
    # "net income change", "sales growth": a change word at the end is the head noun;
    # but a figure that is a change already ("comparable sales change") is that figure
    changes = [t for t in found if t[2] != "growth" and family(t[2]).states_change]
    ends = [t for t in found if t[2] == "growth" and t[0] + t[1] == len(words)]
    ends = [] if changes else ends
    found = ends + [t for t in found if t not in ends]
    return tuple(family(k) for k in dict.fromkeys(k for _, _, k in found))


def family_of(phrase: str | tuple[str, ...], measure: str | None = None) -> Family | None:
    """The family PHRASE names, or None. With MEASURE, a family of that measure wins
    ("smartphone sales" in units is units sold; "net sales" in money is revenue)."""
    found = families_of(phrase)
    if measure is not None:
        # a per-share amount is money too ("net income per share" in USD is EPS)
        fitting = [
            f
            for f in found
            if f.measure == measure or (measure, f.measure) == ("money", "per_share")
        ]
        if fitting:
            return fitting[0]
    return found[0] if found else None


def measure_of_unit(unit: str) -> str:
    """A fact's unit as a measure: 'units' -> units, 'percent' -> percent, currencies ->
    money. Per-share amounts are money too; only a family can tell them apart."""
    if unit in ("units", "percent"):
        return unit
    return "money"


def is_loss(phrase: str | tuple[str, ...]) -> bool:
    words = normalize(phrase) if isinstance(phrase, str) else phrase
    loss = _vocabulary().loss
    return any(words[i : i + n] in loss for n in (1, 2) for i in range(len(words)))


def regions() -> tuple[Region, ...]:
    return _vocabulary().regions


def region_of(phrase: str) -> Region | None:
    """The region PHRASE names ('U.S.', 'Europe', 'worldwide'), or None."""
    found = regions_in(phrase)
    return found[0].region if found else None


def regions_in(text: str) -> list[RegionMention]:
    """Every region TEXT names, longest phrase first at each place, in text order."""
    vocab = _vocabulary()
    by_key, firsts = _regions_by_key(), _region_first_forms()
    spans = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text.replace("-", " "))]
    # each word's form once (a phrase's form is its words' forms), not once per phrase tried
    forms = [_singular(s[2].lower().rstrip(".")) for s in spans]
    out: list[RegionMention] = []
    i = 0
    while i < len(spans):
        if text[spans[i][1] : spans[i][1] + 1] == "$":
            i += 1  # "US$", "A$": a currency, never the region
            continue
        hit = None
        # (only a phrase's first word begins one: most words are tried once, not four times)
        for n in range(min(4, len(spans) - i) if forms[i] in firsts else 1, 0, -1):
            key = vocab.region_phrases.get(tuple(forms[i : i + n]))
            if key is None and n == 1:
                key = vocab.region_capitals.get(spans[i][2].rstrip("."))
            if key is not None:
                hit = (n, key)
                break
        if hit is None:
            i += 1
            continue
        n, key = hit
        if i + n < len(forms) and forms[i + n] in CURRENCY_WORDS:
            i += n  # "US dollar revenue", "Swiss franc sales": a currency, never the region
            continue
        start, region = spans[i][0], by_key[key]
        rest = 3 if forms[max(0, i - 3) : i] == ["rest", "of", "the"] else 2
        if i >= rest and forms[i - rest : i - rest + 2] == ["rest", "of"]:
            # "Rest of Africa": the region's other countries, a region of their own; the
            # rest of the world is everywhere but home
            whole = region.whole and "international" in by_key
            start = spans[i - rest][0]
            region = by_key["international"] if whole else _rest_of(region)
        out.append(RegionMention(region, start, spans[i + n - 1][1]))
        i += n
    return out


@functools.cache
def _rest_of(region: Region) -> Region:
    return Region(
        f"rest_of_{region.key}",
        f"Rest of {region.label}",
        tuple(f"rest of {w}" for w in region.words),
    )


@functools.cache
def _regions_by_key() -> dict[str, Region]:
    return {r.key: r for r in _vocabulary().regions}


@functools.cache
def _region_first_forms() -> frozenset[str]:
    """The first word of every region phrase, in the form `regions_in` compares."""
    return frozenset(phrase[0] for phrase in _vocabulary().region_phrases if phrase)


@functools.cache
def phrase_words() -> frozenset[str]:
    """Every word of every family phrase ('net', 'gross', 'operating', 'comparable'): the
    reporting vocabulary's own words, which qualify a figure the way reports do."""
    return frozenset(w for phrase in family_phrases() for w in phrase)


@functools.cache
def count_words() -> frozenset[str]:
    """The single words that say how units are counted ('units', 'shipped', 'deliveries'):
    the one-word phrases of the unit families, normalized. Orders, backlog and inventory
    are other figures of the things, never how they are counted: "how many tractors" is
    never the tractor backlog."""
    counted = (
        f
        for f in families()
        if f.measure == "units" and f.key not in ("orders", "backlog", "inventory")
    )
    return frozenset(
        word
        for f in counted
        for phrase in f.words
        if len(w := normalize(phrase)) == 1
        for word in w
    ) | {"unit"}


@functools.cache
def basis_words() -> frozenset[str]:
    """The words that say on what basis a figure is measured, never what was counted: the
    qualifiers ('adjusted', 'organic'), the bases ('constant currency') and the words that
    make a change comparable ('like-for-like'), less the words other figures are named by
    ('sale', 'store'). 'like-for-like net sales growth' is net sales growth on a
    basis; 'retail net sales' is a line of it."""
    words = {f.key: {w for phrase in f.words for w in normalize(phrase)} for f in families()}
    changing = {w for f in families() if f.states_change for w in words[f.key]}
    named = {w for f in families() if not f.states_change for w in words[f.key]}
    return frozenset((*qualifiers(), *_vocabulary().base_words, *(changing - named)))


@dataclass(frozen=True)
class Ratio:
    """A figure that is one family's figure over another's ('book-to-bill': orders over
    revenue), for a company that states none."""

    label: str
    words: tuple[str, ...]
    of: str  # the numerator's family key
    over: str  # the denominator's


@functools.cache
def ratios() -> tuple[Ratio, ...]:
    return tuple(Ratio(*r) for r in _vocabulary().ratios)


def segment_words() -> frozenset[str]:
    return _vocabulary().segment_words


def product_nouns(word: str | tuple[str, ...]) -> tuple[str, ...]:
    """The group of ordinary nouns WORD belongs to ('jets' -> plane, jet, aircraft, ...)."""
    words = normalize(word) if isinstance(word, str) else word
    return _vocabulary().products.get(words, ())


def change_names(level: str) -> frozenset[str]:
    """The names a company states LEVEL's change under ("revenue change", "revenue growth";
    of "output (GWh)", "output growth" too: a change has no unit tag)."""
    return frozenset(f"{name} {noun}" for name in _level_names(level) for noun in _CHANGE_NOUNS)


# the nouns a change of a level is named with ("revenue growth", "orders change")
_CHANGE_NOUNS = ("change", "growth")


def _level_names(level: str) -> set[str]:
    """LEVEL's name as a change's name begins with it: whole, and without its unit tag."""
    return {level, _UNIT_TAG.sub("", level)}


def change_rests(metric: str, level: str) -> list[str]:
    """What METRIC's name adds after each name of LEVEL's change it begins with ("" of
    "revenue growth", " (reported)" of "revenue growth (reported)"), or between LEVEL and
    the change's noun (" sequential" of "revenue sequential growth"); none when METRIC is
    no change of LEVEL."""
    rests = [metric[len(name) :] for name in change_names(level) if metric.startswith(name)]
    for name in _level_names(level):
        for noun in _CHANGE_NOUNS:
            inner = metric[len(name) : -len(noun) - 1]
            if metric.startswith(name + " ") and metric.endswith(" " + noun) and inner.strip():
                rests.append(inner)
    return rests


# A bracketed tag ending a name that says its unit ("(GWh)", "(per boe)"), never an end of a
# range ("(high end)"), which is another figure
_UNIT_TAG = patterns.compile(r"\s*\((?![^)]*\bend\))[^()]*\)$")


# The families of profit at each level: what a company can fall below zero at, and what a
# margin is taken of ("net margin" is net profit over revenue)
PROFIT_LEVELS = frozenset(
    {"gross_profit", "ebitda", "operating_profit", "pretax_profit", "net_profit"}
)


def qualifiers() -> frozenset[str]:
    return _vocabulary().qualifiers


@functools.cache
def _non_additive() -> frozenset[str]:
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return frozenset(w for phrase in data["non_additive"] for w in normalize(phrase))


@functools.lru_cache(maxsize=4096)
def adds_up(metric: str) -> bool:
    """Do a metric's figures add up over periods (a half is its two quarters)? Never an
    average, a rate or a ratio ('RevPAR', 'revenue per user', 'C1 cost (US$/lb)')."""
    return "/" not in metric and not set(normalize(metric)) & _non_additive()


@functools.cache
def idioms() -> dict[tuple[str, ...], str]:
    """Chat phrases read as the plain word they mean, by their words as written:
    ('out', 'the', 'door') -> 'sold'. Only a phrase said whole is the idiom."""
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return {tuple(phrase.split()): word for phrase, word in data.get("idioms", {}).items()}


def is_counterparty(word: str | tuple[str, ...]) -> bool:
    """Does WORD name whom a company sells to ('dealers', 'customers')? Such a word says
    where a figure went, never which figure: 'bikes shipped to dealers' are shipments."""
    words = normalize(word) if isinstance(word, str) else word
    return words in _vocabulary().counterparties


def all_words() -> frozenset[str]:
    """Every word the vocabulary holds (families, regions, segments, products,
    qualifiers, counterparties, loss words), normalized: words a typo may stand for."""
    return _vocabulary().all_words
