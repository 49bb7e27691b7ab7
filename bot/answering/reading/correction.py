"""A question's text mended before it is read: typos respelt with the store's own words
(spelling.py), chat shorthand ('qtr', 'yr') and slipped ordinals ('forth quarter') put
right, and amounts in short ('24m', '13.1 mln') spelt out as the quantity grammar reads them.
"""

from __future__ import annotations

import re

from bot import patterns
from bot.answering.english import spelling
from bot.answering.english.dictionary import known_words
from bot.answering.english.lexicon import FUNCTION_WORDS, NUMBER_WORDS, SHORTHAND, short_acronym
from bot.answering.english.words import (
    ADJUSTED_BASIS,
    FILLER,
    HIGH_END_WORDS,
    LEXICON,
    LOW_END_WORDS,
    PERIOD_RELATIONS,
    PERIOD_WORDS,
    RANGE_WORDS,
    SEQUENTIAL_WORDS,
    SERIES_WORDS,
    STATEMENT_VERBS,
    UNADJUSTED_BASIS,
    UNIT_WORDS,
)
from bot.answering.matching.occasions import EVENT_WORDS, names_an_event
from bot.answering.reading.agreement import RUNNING_TOTAL_WORDS
from bot.answering.reading.asks import GAP_WORDS, MIDPOINT_WORDS, SHARE_WORDS
from bot.answering.reading.periods_around_names import months_before_a_money_name
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.facts import reporting
from bot.facts.periods import find_periods
from bot.facts.quantities import CURRENCY_WORDS
from bot.fuzzy import OSA  # imported on first use (bot/fuzzy.py)

_SCALE = {
    "mm": "million",
    "k": "thousand",
    "m": "million",
    "mn": "million",
    "mln": "million",
    "b": "billion",
    "bn": "billion",
    "bln": "billion",
    "tn": "trillion",
    "trn": "trillion",
}

# "9M FY2021", "9m 2021": nine months of a year, not nine million
# ("m" only: "3.6bn 2025" is an amount before a year)
_SCALED = patterns.guarded(
    r"(?P<money>(?<=[$€£¥₹])\s?)?\b(?P<n>\d+(?:\.\d+)?)\s?"
    r"(?:(?P<big>k|mn|mln|b|bn|bln|tn|trn)\b|(?P<m>m|mm)\b"
    # ("£100m FY28" is money all the same)
    r"(?(money)|(?!\s*(?:fy|fiscal|cy|calendar|(?:19|20)?\d\d\b|['‘’]\d\d\b))))",
    re.IGNORECASE,
)

# "215kt", "1.2 Mt", "3.4Moz", "404.6Mlb": a unit of measure with a scale's letter on it,
# as mining and energy reports write them. Case tells them apart: "mt" is metric tonnes.
_SCALED_MEASURE = patterns.compile(
    r"\b(?P<n>\d+(?:\.\d+)?)\s?(?P<scale>k|M|mm)(?P<unit>t|oz|lbs?|boe|bbls?|hl)\b"
)
_A_YEAR = patterns.compile(r"(?:19|20)\d\d")
_PER_CENT = patterns.compile(r"\bper\s+cent\b", re.IGNORECASE)
_WHAT_PART_OF = patterns.compile(
    r"\b(?P<what>what|which)\s+(?:percentage|percent|proportion|fraction|portion)\s+of\b",
    re.IGNORECASE,
)
_WHAT_NUMBER_OF = patterns.compile(
    r"\bwhat\s+(?:(?:is|was|were)\s+the\s+)?number\s+of\b", re.IGNORECASE
)
# "GMV divided by orders": one figure over another, as "per" says it (never a slash:
# "maintenance / service income" is one name said two ways, "EBITDA/t" a unit's)
# "midpoint vs midpoint", "low end to low end", "mid-to-mid": where a change between two
# statements of a range is measured, one point of each; never a second figure set against
_POINT_TO_POINT = patterns.compile(
    r"\b(?P<point>mid(?:-?point)?|middle|cent(?:re|er)|(?:low|lower|bottom|top|high|upper)"
    r"(?:\s+end)?)\s*(?:-|\bvs\.?|\bversus|\bto|\bagainst|\bon)\s*(?P=point)\b",
    re.IGNORECASE,
)
_DIVIDED_BY = patterns.compile(r"(?<=[a-z])\s+divided\s+by\s+(?=[a-z])", re.IGNORECASE)
_MEASURE_SPELT = {"t": "tonnes", "oz": "ounces", "bbl": "barrels", "bbls": "barrels", "hl": "hl"}

_WORD = patterns.compile(r"[A-Za-z]{2,}")


def correct_words(text: str, vocab: Vocabulary) -> str:
    """Replace misspelt words by the word they stand for (see spelling.py: period words,
    the lexicons, the reporting vocabulary, the store's metric words, in any of their
    forms), chat shorthand by the word it stands for ('qtr', 'yr'), a word in an
    ordinal's place before 'quarter' or 'half' by the ordinal it is one slip from
    ('forth quarter'), and one in a count's place before 'months' by the count ('the
    there months')."""

    def fix(m: re.Match[str]) -> str:
        word = m.group()
        return _PERIOD_SHORTHAND.get(word.lower(), word)

    lowered = text.lower()
    if any(short in lowered for short in _PERIOD_SHORTHAND):  # (rare: a callback per word)
        text = _WORD.sub(fix, text)
    text = spelling.respell_kept(text, speller(vocab), meant=vocab.clipped)
    text = _TAKEN_OFF.sub("cut", text) if " off" in text.lower() else text
    text = _RUNNING.sub("cumulative", text) if "running" in text.lower() else text
    lowered = text.lower()  # (each pattern below only where its words are: most questions)
    if "quarter" in lowered or "half" in lowered:
        text = _ORDINAL_SLOT.sub(_fix_ordinal, text)
    if "month" in lowered or "week" in lowered or "quarter" in lowered:
        text = _COUNT_SLOT.sub(_fix_count, text)
    text = _OP_BEFORE_MEASURE.sub("operating", text) if "op" in lowered else text
    text = _STANDING.sub("", text) if " in " in lowered else text
    text = (
        _SLASHED_INITIALS.sub(lambda m: _initials_joined(m, vocab), text) if "/" in text else text
    )
    text = _SPACED_PART.sub(lambda m: "".join(filter(None, m.groups())), text)
    text = _SPACED_INITIALS.sub(lambda m: _spaced_joined(m, vocab), text)
    return _ware_said(text, vocab) if "w" in lowered else text


# "q 3 revenue", "h 1": a quarter's or a half's code typed apart (never an amount, "q 3m")
_SPACED_PART = patterns.compile(
    r"(?<![\w.'’/-])([qQ]) ([1-4])(?![\w.,%]|\s*(?:percent|pct|mn|bn|million|billion)\b)"
    r"|(?<![\w.'’/-])([hH]) ([12])(?![\w.,%]|\s*(?:percent|pct|mn|bn|million|billion)\b)"
)

# "u s sales", "the e u": single letters typed apart, the initials of a region or of one of
# the store's names, read as those initials; never a run no name has ("q 3", "a b c")
_SPACED_INITIALS = patterns.compile(r"(?<![\w.'’/-])[A-Za-z](?: [A-Za-z]){1,3}(?![\w'’/-])")


def _spaced_joined(m: re.Match[str], vocab: Vocabulary) -> str:
    joined = m.group().replace(" ", "")
    region = next(iter(reporting.regions_in(joined.upper())), None)
    if region is not None and region.end - region.start == len(joined):
        return joined.upper()
    return joined if vocab.is_metric_word(joined.lower()) else m.group()


# "c/i ratio", "p/e": single letters joined by slashes, the initials of a name whose words
# a slash joins ("cost/income ratio"), read as the initials where the store's names have them
_SLASHED_INITIALS = patterns.compile(r"(?<![\w/])[A-Za-z](?:/[A-Za-z]){1,2}(?![\w/])")


def _initials_joined(m: re.Match[str], vocab: Vocabulary) -> str:
    joined = m.group().replace("/", "")
    return joined if vocab.is_metric_word(joined.lower()) else m.group()


# "contracts in force", "stores in operation", "the plan in place": what stands at a
# date, said of a count or a plan; no line of business ("operation") nor thing ("force")
_STANDING = patterns.compile(
    r"\s\bin\s+(?:force|operation|effect|place|existence)\b(?!\s+(?:revenue|sales|income"
    r"|profit|margin|segment)\b)",
    re.IGNORECASE,
)


# "flare hw units", "sw sales": hardware and software, where the store has figures of them
# (a question's "hw many" stays "how")
_WARE = patterns.compile(
    r"\b(?P<w>[hs])w\b(?!\s+(?:many|much|far|big|long|large|did|does|do|is|are|was|were|has"
    r"|have|come|about)\b)",
    re.IGNORECASE,
)


def _ware_said(text: str, vocab: Vocabulary) -> str:
    def ware(m: re.Match[str]) -> str:
        word = "hardware" if m["w"].lower() == "h" else "software"
        return word if vocab.is_metric_word(word) else m.group()

    return _WARE.sub(ware, text)


# "how many units were shaved off the plan", "knocked off", "take 2% off": a cut said as a
# verb with "off", which alone names nothing
_TAKEN_OFF = patterns.compile(
    r"\b(?:take[sn]?|took|taking|knock(?:s|ed|ing)?|shav(?:e|es|ed|ing)|lop(?:s|ped|ping)?|"
    r"chop(?:s|ped|ping)?|slice[sd]?|slicing)(?:\s+[\d.,]+\s*(?:%|[a-z]+)?)?\s+off\b",
    re.IGNORECASE,
)


# "the running total of procedures": a cumulative figure ("running" alone names nothing)
_RUNNING = patterns.compile(r"\brunning(?=\s+totals?\b)", re.IGNORECASE)


# "op margin", "op loss", "mill op rate": "op" is "operating" before a word of what
# operations earn, cost or run at (elsewhere it is a word of its own: "op-ed", "photo op")
_OP_BEFORE_MEASURE = patterns.compile(
    r"\bop\.?(?=\s+(?:profits?|income|margins?|loss(?:es)?|earnings|results?|expenses?"
    r"|costs?|cash\s+flows?|leverage|rates?|ratios?)\b)",
    re.IGNORECASE,
)


# Words a typo may stand for beyond the store's own: every word some part of the engine
# reads as a signal (NAMING: any slip), and the words that name nothing (PLAIN: a swap or
# a dropped letter only).
_NAMING_WORDS = (
    LEXICON
    | EVENT_WORDS
    | frozenset(UNIT_WORDS)
    | SERIES_WORDS
    | SEQUENTIAL_WORDS
    | PERIOD_WORDS
    | PERIOD_RELATIONS
    | SHARE_WORDS
    | GAP_WORDS
    | MIDPOINT_WORDS
    | UNADJUSTED_BASIS
    | ADJUSTED_BASIS
    | RUNNING_TOTAL_WORDS
    | reporting.all_words()
)

# Shorthand is plain too: a letter changed in a four-letter abbreviation makes another
# ("intl" is one letter from "incl"), and reading "international" as "including" would
# drop the region and answer for the whole company.
_PLAIN_WORDS = (
    FILLER
    | STATEMENT_VERBS  # "anounce": how a figure was given, never what it is about
    | FUNCTION_WORDS
    | NUMBER_WORDS
    | frozenset({"within", "without"})
    | frozenset(w for w in SHORTHAND if w.isalpha())
)

# Currencies' names as written ("reais" is no misspelt "reals"), not their codes. Only a
# currency the store has figures in is what a misspelt word is mended into: "volume in
# mwanza" names a city, never the Angolan kwanza of a Tanzanian brewer's store.
_CURRENCY_NAMES = {
    w: code for w, code in CURRENCY_WORDS.items() if w.isalpha() and code.lower() not in w
}

# Units as chat writes them, each with its plural ("ppts", "bps", "pts"): never a typo
# to mend into a metric's short name ("pats" of PAT)
_UNIT_FORMS = frozenset(f for w in UNIT_WORDS if w.isalpha() for f in (w, w + "s"))

_SPELLERS: dict[int, tuple[frozenset[str], spelling.Speller]] = {}


def speller(vocab: Vocabulary) -> spelling.Speller:
    """The speller questions about VOCAB's store are mended with, made once per state of
    its names (prepare.py readies it ahead of the first question)."""
    metric, names = vocab.spelling_words()
    held = _SPELLERS.get(id(metric))
    if held is None or held[0] is not metric:
        # a short acronym is one letter from another ("ocf", "fcf"): never a typo's target
        # (the short words looked up in the dictionary at once: a query, not one a word)
        known_words({w for w in metric if len(w) <= 4})
        spellable = frozenset(w for w in metric if not short_acronym(w))
        units = {m.unit for m in vocab.metrics.values()}
        # (its code and scaled forms too: "siem reap" is a city, never "SLEm")
        foreign = frozenset(
            w for w, code in CURRENCY_WORDS.items() if w.isalpha() and code not in units
        )
        naming = (_NAMING_WORDS - foreign) | RANGE_WORDS | LOW_END_WORDS | HIGH_END_WORDS
        plain = _PLAIN_WORDS | (frozenset(_CURRENCY_NAMES) - foreign)
        held = (
            metric,
            # (a short word of the store's names the dictionary lacks, "pubs" of "pubs
            # open", is left as written: never mended into another's "subs")
            spelling.speller(
                naming | spellable,
                plain,
                names,
                own=spellable,
                known=foreign | _UNIT_FORMS | (metric - spellable),
            ),
        )
        if len(_SPELLERS) >= 8:
            _SPELLERS.clear()
        _SPELLERS[id(metric)] = held
    return held[1]


_PERIOD_SHORTHAND = {
    "qtr": "quarter",
    "qtrs": "quarters",
    "yr": "year",
    "yrs": "years",
    "wk": "week",
    "wks": "weeks",
}

_ORDINALS = ("first", "second", "third", "fourth")

_ORDINAL_SLOT = patterns.compile(
    r"\b(?P<word>[a-z]{4,7})(?P<rest>[\s-]+(?:fiscal\s+)?(?:quarter|half)s?)\b", re.IGNORECASE
)


# "the there months ended June 30": a count of months, weeks or quarters after "the"
_COUNT_SLOT = patterns.compile(
    r"\b(?P<lead>the|first|last|past|next)\s+(?P<word>[a-z]{3,6})"
    r"(?P<rest>\s+(?:months?|weeks?|quarters?)\b)",
    re.IGNORECASE,
)


def _fix_count(m: re.Match[str]) -> str:
    """'the there months' -> 'the three months': a real word in a count's place is a slip
    when it is one edit from exactly one count (the place says which kind of word is
    due, as for an ordinal)."""
    word = m["word"].lower()
    if word in NUMBER_WORDS or word in PERIOD_WORDS:
        return m.group()
    near = [c for c in sorted(NUMBER_WORDS) if OSA.distance(word, c) <= 1]
    return f"{m['lead']} {near[0]}{m['rest']}" if len(near) == 1 else m.group()


def _fix_ordinal(m: re.Match[str]) -> str:
    """'forth quarter' -> 'fourth quarter': a real word in an ordinal's place is a slip
    when it is one edit from an ordinal (the place says which kind of word is due)."""
    word = m["word"].lower()
    if word in _ORDINALS or word in PERIOD_WORDS:
        return m.group()
    near = [o for o in _ORDINALS if OSA.distance(word, o) <= 1]
    return f"{near[0]}{m['rest']}" if len(near) == 1 else m.group()


# "the 3,1 mn target", "96,4 bn TL", "12,5%": a decimal comma, as much of Europe and
# Turkey write it (one or two digits after it, then a scale or percent: never "3,100")
_DECIMAL_COMMA = patterns.compile(
    r"(?<![\d.,])(?P<whole>\d{1,3}),(?P<part>\d{1,2})(?=\s*(?:%|per\s?cent|(?:mn|mln|m|bn|b|"
    r"million|billion|trillion|tn|k|thousand)\b))",
    re.IGNORECASE,
)


_ROLLING = patterns.compile(r"\b(?:rolling|trailing)\s+$", re.IGNORECASE)


def spell_out_amounts(text: str, vocab: Vocabulary) -> str:
    """'24m', '7.54m', '212k', '13.1 mln' -> '24 million', ...: amounts as the quantity
    grammar reads them. Keeps other characters where they are not, and an amount a
    metric's own name holds ("customers over 100k": "customers over $100k ARR"). A scaled
    unit of measure ('215kt', '3.4Moz') is its scale and its unit in words; "per cent"
    is "percent"; "what percentage of" is "what share of", "what number of" "how many",
    "divided by" "per", "midpoint vs midpoint" "at the midpoint"."""
    text = initials_spelt(_SCALED_MEASURE.sub(_spell_measure, text))
    text = _DECIMAL_COMMA.sub(r"\g<whole>.\g<part>", text)  # ("3,1 mn": 3.1 million)
    text = _PER_CENT.sub("percent", text)  # ("93 per cent": the one word, never "cent")
    # the usual forms of two questions: "what percentage of X came from Y" is a share
    # of X (never a change in percent), "what number of stores" a count
    text = _WHAT_PART_OF.sub(lambda m: f"{m['what']} share of", text)
    text = _WHAT_NUMBER_OF.sub("how many", text)
    text = _DIVIDED_BY.sub(" per ", text)
    text = _POINT_TO_POINT.sub(lambda m: f"at the {m['point']}", text)
    if not _SCALED.search(text):
        return text  # (most questions: no period reading is needed then)
    # "9m sales", "a share of 9m revenue": nine months
    periods = [(p.start, p.end) for p in months_before_a_money_name(text, find_periods(text))]

    def spell(m: re.Match[str]) -> str:
        if any(start <= m.start() and m.end() <= end for start, end in periods):
            return m.group()
        if vocab.is_metric_word(m.group().lstrip("$€£¥").lower()):
            return m.group()
        if _ROLLING.search(text, 0, m.start()) and m["m"]:
            return m.group()  # ("rolling 12m": twelve months, never twelve million)
        return f"{m['money'] or ''}{m['n']} {_SCALE[(m['big'] or m['m']).lower()]}"

    return _SCALED.sub(spell, text)


# "R&D", "M&A": a figure's initials joined by "&", spelt out as the reporting vocabulary
# names the figure ("research and development"), never read as any name's initials
_AMPERSAND_INITIALS = patterns.compile(r"\b([a-z])\s?&\s?([a-z])\b", re.IGNORECASE)
_NEXT_WORD = patterns.compile(r"\s*([A-Za-z]+)")


def initials_spelt(text: str) -> str:
    """TEXT with a reporting figure's "&" initials in the words they stand for."""
    if "&" not in text:
        return text

    def spell(m: re.Match[str]) -> str:
        after = _NEXT_WORD.match(text, m.end())
        if after is not None and names_an_event(after[1].lower()):
            return m.group()  # ("its R&D day": an occasion, named as its report is)
        initials = f"{m[1]}{m[2]}".lower()
        family = reporting.family_of(f"{initials[0]}&{initials[1]}")
        for phrase in family.words if family is not None else ():
            words = [w for w in phrase.split() if w not in ("and", "of", "&")]
            if len(words) == 2 and "".join(w[0] for w in words) == initials:
                return phrase
        return m.group()

    return _AMPERSAND_INITIALS.sub(spell, text)


def _spell_measure(m: re.Match[str]) -> str:
    unit = _MEASURE_SPELT.get(m["unit"], m["unit"])
    if _A_YEAR.fullmatch(m["n"]) and not m.group().startswith(m["n"] + m["scale"]):
        return f"{m['n']} {unit}"  # ("fert exports 2024 Mt": the year, the unit asked in)
    scale = _SCALE[m["scale"].lower()]
    return f"{m['n']} {scale} {unit}"
