"""The forms a company's or metric's name may be written in: as spoken ('Care plus'), by its
initials or short form, with its reporting family's other phrases or its range end left
out; and the content words and families those forms are compared by.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from bot import patterns
from bot.answering.english.lexicon import (
    is_english,
    names_something,
    parts_of_speech,
)
from bot.answering.english.words import (
    FILLER,
    UNIT_WORDS,
    lemma,
    lemmas,
    unaccented,
)
from bot.facts import reporting
from bot.facts.model import NAMED_RANGE_END
from bot.facts.periods.words import month_number
from bot.facts.quantities import AREA_AND_LENGTH, CURRENCY_WORDS, measure_unit
from bot.facts.unit_scales import respelled, short_unit

_HYPHENATED = patterns.compile(r"\b([A-Za-z]{1,2})-([A-Za-z]{3,})\b")


def spoken_forms(names: tuple[str, ...]) -> list[str]:
    """NAMES and the ways people type them: 'Care+' as 'Care plus', 'e-bike' joined as
    'ebike', 'total production (kboe/d)' without the unit it is tagged with, 'megawatts
    installed' as 'MW installed'."""
    out = list(names)
    for name in names:
        if (other_spelling := respelled(name)) != name:
            out.append(other_spelling)
        untagged = unit_untagged(name)
        if untagged != name:
            out.append(untagged)
        if "+" in name:
            out.append(name.replace("+", " plus "))
        if _HYPHENATED.search(name):
            out.append(_HYPHENATED.sub(r"\1\2", name))
        if _ELECTRIC.search(name):
            # ("electric buses delivered": "e-buses", "ebuses" as chat and trade press say)
            short = _ELECTRIC.sub(r"e-\1", name)
            out += [short, _HYPHENATED.sub(r"\1\2", short)]
        out += _initials_spelt_out(name)
    return out


def _initials_spelt_out(name: str) -> list[str]:
    """'CASK (cost per available seat kilometre)': the initials and the words they stand
    for, each a name of the figure by itself (never both said at once)."""
    m = _SPELT_OUT.match(name)
    if m is None:
        return []
    words = [w for w in re.split(r"[\s-]+", m["long"]) if w.lower() not in _SMALL_IN_INITIALS]
    if "".join(w[0] for w in words).lower() != m["short"].lower():
        return []
    return [f"{m['short']}{m['rest']}", f"{m['long']}{m['rest']}"]


@functools.lru_cache(maxsize=4096)  # (asked of each candidate, question after question)
def initials_named(name: str) -> str:
    """NAME by its initials, where it spells them out in brackets ("CASK" of "CASK (cost
    per available seat kilometre)"); NAME itself otherwise."""
    forms = _initials_spelt_out(name)
    return forms[0] if forms else name


_SPELT_OUT = patterns.compile(r"^(?P<short>[A-Za-z]{2,8})\s*\((?P<long>[^()]+)\)(?P<rest>.*)$")
_SMALL_IN_INITIALS = frozenset({"per", "of", "and", "the", "a", "an", "to", "in", "for", "&"})


_ELECTRIC = patterns.compile(r"\belectric\s+(?=[a-z]{3,})([a-z]+)", re.IGNORECASE)


# A bracketed unit a bundle tags a name with: "(kboe/d)", "(US$/lb)", "(tonnes)", "(per boe)"
_TAGGED_UNIT = patterns.compile(r"\s*\(([^()]*)\)")
_UNIT_LETTERS = patterns.compile(r"[A-Za-z$€£¥]+")
_PER_TIME = frozenset({"d", "day", "wk", "week", "m", "mo", "month", "q", "qtr", "y", "yr", "year"})


@functools.lru_cache(maxsize=8192)  # (the same few names, question after question)
def unit_untagged(name: str) -> str:
    """NAME without the brackets that only say its unit: 'total output' of 'total output
    (kboe/d)'; NAME itself where nothing else would be left."""
    untagged = _without_unit_said(_TAGGED_UNIT.sub(_untagged, name))
    return untagged if untagged.strip() else name


def unmeasured(name: str, unit: str | None) -> str | None:
    """A count's NAME without the measure it is counted in ("4E ounces produced" ->
    "4E produced"): "production" names the figure as much as "ounces produced" does.
    None where no such word is said, or it says what a rate is per ("cost per ounce"),
    or less than two words would be left ("litres sold")."""
    if reporting.measure_of_unit(unit or "units") == "money":
        return None
    words = name.split()
    kept = [
        w
        for i, w in enumerate(words)
        if measure_unit(w) is None or (i and words[i - 1].lower() in ("per", "a", "each"))
    ]
    # ("litres sold" -> "sold": a verb alone names nothing)
    return " ".join(kept) if 2 <= len(kept) < len(words) else None


# "wind turbine deliveries in MW", "cannabis sold in kg": a unit said after the name
# (before a range's end, if one follows: "cannabis sold in kg (low end)")
_IN_UNIT = patterns.compile(r"\s+in\s+(?P<unit>[A-Za-z$€£¥²]+)(?=\s*(?:\([^()]*\))?\s*$)")


def _without_unit_said(name: str) -> str:
    """NAME without a closing "in <unit>" (a unit of measure), which says only how it is
    measured, as a bracket does ("(MW)")."""
    m = _IN_UNIT.search(name)
    return name[: m.start()] + name[m.end() :] if m and measured_in(m["unit"]) else name


def measured_in(word: str) -> bool:
    """Is WORD a unit of measure ("MW", "kg"), never a currency: "growth in CHF" is the
    growth as reported in francs, another figure than "growth at cc"?"""
    word = word.lower()
    return bool(measure_unit(word) or word in AREA_AND_LENGTH or short_unit(word))


def _untagged(m: re.Match[str]) -> str:
    """The bracket M left out when it holds only a unit ("kboe/d", "per Mcf"), else kept:
    "(organic)" or "(high end)" say which figure it is."""
    words = [w.lower() for w in _UNIT_LETTERS.findall(m[1])]
    if not words:
        return m[0]
    if "/" in m[1]:  # a rate: what was measured over a time or a measure ("US$/lb")
        after = words[-1]
        return "" if after in _PER_TIME or measure_unit(after) else m[0]
    if words[0] == "per" and len(words) == 2:  # "(per boe)", "(per barrel)"
        return ""
    return "" if all(_unit_word(w) for w in words) else m[0]


def _unit_word(word: str) -> bool:
    """Is WORD (lower case, from a name's brackets) a unit of measure or a currency?"""
    return bool(
        measure_unit(word)
        or word in CURRENCY_WORDS
        or word in AREA_AND_LENGTH
        or short_unit(word)  # (power and energy: "MW", "GWh")
    )


# "interchangeable-lens camera units": a hyphened compound before a noun describes that
# noun; it names no product of its own ("lens" is not a lens here). A compound before a
# reporting word ("e-bike units", "A320-family deliveries") is the product itself.
_COMPOUND = patterns.compile(r"\b([A-Za-z0-9]+(?:-[A-Za-z0-9]+)+)\s+([A-Za-z][\w-]*)")


# Words that say a figure is a count: "volume growth" is never revenue growth ("unit"
# is not one of them: a business unit has revenue)
VOLUME_WORDS = frozenset({"volume", "volumes"})


def _counted_only(word: str, answering: reporting.Family, asked: reporting.Family) -> bool:
    """Is WORD of the ASKED family a count, never answered by the ANSWERING family's
    figures of another measure (revenue answers "how much did they sell", not "sales
    volume")?"""
    return answering.measure != asked.measure and bool(VOLUME_WORDS & set(word.split()))


def compound_modifiers(names: Sequence[str]) -> dict[str, frozenset[str]]:
    """The words of NAMES that only describe the noun after them, each with that noun."""
    heads: dict[str, set[str]] = {}
    for name in names:
        for m in _COMPOUND.finditer(name):
            head = lemmas(m[2])
            if not head or head[0] in reporting.phrase_words() or head[0] in UNIT_WORDS:
                continue
            if head[0] in FILLER and head[0] not in _NAMING_FILLER:
                continue  # ("52-week basis": the compound describes the figure itself)
            for word in lemmas(m[1].replace("-", " ")):
                heads.setdefault(word, set()).add(head[0])
    return {w: frozenset(h) for w, h in heads.items()}


def without_bare_modifiers(
    explained: frozenset[int],
    readings: dict[int, list[str]],
    index: dict[str, list[int]],
    modifiers: dict[str, frozenset[str]],
) -> frozenset[int]:
    """EXPLAINED less the question words that are only a compound's describing words of
    the metric while the noun they describe is not asked about ("lens shipments" is not
    "interchangeable-lens camera shipments"); two words of the compound name its term."""
    said = {w for i in explained for w in readings[i]}
    # (two words of one compound said, "book-to-bill", name the compound's term itself, and
    # so does one word said twice, "like-for-like")
    if sum(1 for i in explained if any(w in modifiers for w in readings[i])) >= 2:
        return explained
    return frozenset(
        i
        for i in explained
        if not all(w in modifiers and not modifiers[w] & said for w in readings[i] if w in index)
    )


@functools.lru_cache(maxsize=64)
def region_words(key: str) -> tuple[str, ...]:
    """Every content word of the names of the region KEY ("united", "state", "us", ...)."""
    region = next((r for r in reporting.regions() if r.key == key), None)
    if region is None:
        return ()
    return tuple(dict.fromkeys(w for name in region.words for w in content_words(name)))


# A name's own place or line, written in capitals ("Kerrin Creek", "Mt Ossa"), and a
# unit noted in brackets ("(tonnes)", "(US$/lb)")
_PLACE = patterns.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\b")
_NOTED_UNIT = patterns.compile(r"\s*\((?![^)]*\bend\b)[^)]*\)")


def unplaced(name: str) -> tuple[str, ...]:
    """NAME's words without its place or line's name and a unit noted in brackets:
    "copper production" of "Kerrin Creek copper production (tonnes)", which a question
    about the company's copper says when it has one mine. () where nothing would be left,
    nothing taken, or only a measure left ("revenue" of "Memory revenue")."""
    plain = _NOTED_UNIT.sub("", _PLACE.sub(" ", name))
    words = content_words(plain) if plain.strip() else ()
    if not words or words == content_words(name):
        return ()
    # still naming what was counted ("copper"): a bare measure left ("revenue" of "Memory
    # revenue") would make every line's figure the company's own
    named = set(words) - reporting.phrase_words() - reporting.qualifiers()
    return words if named else ()


# Words that name a figure as the whole company's, which people leave unsaid (as lemmas
# too: "consolidated" is read "consolidate")
WHOLE_WORDS = frozenset({"consolidate", "consolidated", "total", "overall", "group"})


def whole_unsaid(name: str) -> tuple[str, ...]:
    """ "sales" of "consolidated sales", "revenue" of "Group revenue": the whole company's
    figure as people say it, its first word unsaid; () for any other name."""
    words = content_words(NAMED_RANGE_END.sub("", name))
    if len(words) < 2 or words[0] not in WHOLE_WORDS:
        return ()
    return words[1:]


def content_words(name: str) -> tuple[str, ...]:
    return _strict_content(name) or lemmas(name)


def _strict_content(phrase: str) -> tuple[str, ...]:
    """PHRASE's words that carry meaning; () for one made of filler ('year on year').
    'Same' is filler in a question, but not in 'same-store sales'; a segment's own name
    ('Memory revenue') is never filler in the name it is written in."""
    named = proper_nouns(phrase)
    words = lemmas(phrase)
    return tuple(
        w
        for k, w in enumerate(words)
        if w not in FILLER
        or w in _NAMING_FILLER
        or w in named
        or auxiliary_noun(w)
        or _time_as_measure(words, k)
    )


_TIME_UNITS = frozenset({"day", "week", "month"})


def _time_as_measure(words: Sequence[str], k: int) -> bool:
    """Is the word at K a span of time a stock is counted in ("weeks" of "weeks of supply",
    "days of inventory"), never a period?"""
    if words[k] not in _TIME_UNITS or k + 2 >= len(words) or words[k + 1] != "of":
        return False
    return month_number(words[k + 2]) is None  # ("the month of June" is a period)


@functools.lru_cache(maxsize=4096)
def auxiliary_noun(word: str) -> bool:
    """Is WORD of a metric's name an auxiliary verb that is a noun too ("can share of
    volume")? No name holds an auxiliary as a verb: there it is the noun."""
    return word in FILLER and {"AUX", "NOUN"} <= parts_of_speech(word)


_NAMING_FILLER = frozenset({"same", "headline", "value", "business"})
_CAPITALISED = patterns.compile(r"\b[A-Z][a-z]+\b")


@functools.lru_cache(maxsize=4096)
def capitalised_words(phrase: str) -> frozenset[str]:
    """The words PHRASE writes with a capital, in lower case ('hop' of 'Acme Hop')."""
    return frozenset(w.lower() for w in _CAPITALISED.findall(phrase))


def mixed_case_words(phrase: str) -> frozenset[str]:
    """A product's codes written in mixed case ("rPET", "iPhone"), in lower case: names,
    however the dictionary reads them."""
    return frozenset(w.lower() for w in _MIXED_CASE.findall(phrase))


_MIXED_CASE = patterns.compile(r"\b[a-z]+[A-Z][A-Za-z0-9]*\b")


def written_as_names(phrase: str) -> frozenset[str]:
    """The words PHRASE writes with a capital and a small letter both, in lower case:
    capitalised ("putt"), in mixed case ("iphone") or camel-cased ("airlink" of "AirLink");
    never an acronym ("EBITDA")."""
    return frozenset(w.lower() for w in _WITH_BOTH_CASES.findall(phrase))


_WITH_BOTH_CASES = patterns.compile(r"\b(?=\w*[a-z])(?=\w*[A-Z])\w+\b")


def capitalised_runs(phrase: str) -> list[str]:
    """The runs of words PHRASE writes capitalised one after another ("Nuru Home" of "Nuru
    Home systems sold"), each as written."""
    return _PLACE.findall(phrase)


def named_in_capitals(phrase: str) -> frozenset[str]:
    """Words PHRASE writes with a capital that chat would read as grammar ('Thrive' of
    'Acme Thrive passengers', 'Pure' of a brand's name): a brand's words, so the
    question that says them names that line."""
    return frozenset(w for w in capitalised_words(phrase) if not names_something(w))


def proper_nouns(phrase: str) -> frozenset[str]:
    """The nouns PHRASE writes with a capital ('Memory' of 'Memory revenue', 'Cash' of
    'Cash Management fees'): a segment's or product's name, though in chat the same word
    is filler ("from memory"). Never a qualifier ('Total revenue') or a region that is
    the whole company ('Worldwide sales')."""
    found = set()
    for word in _CAPITALISED.findall(phrase):
        (lemma_,) = lemmas(word) or ("",)
        if (
            lemma_
            and "NOUN" in parts_of_speech(lemma_)
            and lemma_ not in reporting.qualifiers()
            and reporting.region_of(lemma_) is None
        ):
            found.add(lemma_)
    return frozenset(found)


_PAIR_LIMIT = 8  # alternatives per place when two places change at once


_NEAR_LIMIT = 32  # words of near families per place: "how many cars did they ship"


# the growth family's change words, longest first: 'growth rate' before 'growth'
_CHANGE_WORDS = sorted(reporting.family("growth").words, key=len, reverse=True)


def level_named(change: str) -> str:
    """'net sales growth' -> 'net sales': a change metric's name less the reporting
    vocabulary's change words at its end ("growth", "change", "growth rate", ...)."""
    lowered = change.lower()
    for word in _CHANGE_WORDS:
        if lowered.endswith(" " + word):
            return change[: -len(word) - 1]
    return change


def without_range_end(name: str) -> str:
    """'revenue (high end)' -> 'revenue': the figure a range's end metric is an end of."""
    return NAMED_RANGE_END.sub("", name)


@functools.lru_cache(maxsize=4096)  # the same few metric names, candidate after candidate
def without_unit_tag(name: str) -> str:
    """'Eagle Ford production (kboe/d) (high end)' -> 'Eagle Ford production': the words
    that name the figure, without the unit some bundles tag a name with, nor a range's end."""
    return _without_unit_said(_UNIT_TAG.sub("", without_range_end(name)))


_UNIT_TAG = patterns.compile(r"\s*\([^()]*\)\s*$")


def metric_unit_tag(name: str) -> str | None:
    """'rPET sold (tonnes)' -> 'tonnes': the unit a name is tagged with, lower case (a
    range's end aside); None for a name with no tag."""
    bare = without_range_end(name)
    m = _UNIT_TAG.search(bare)
    if m:
        return m[0].strip(" ()").lower()
    said = _IN_UNIT.search(bare)
    return said["unit"].lower() if said and measured_in(said["unit"]) else None


def range_end_of(name: str) -> str | None:
    """'motorcycle shipments (low end)' -> 'low': one end of a range stated as two facts."""
    m = NAMED_RANGE_END.search(name)
    if m is None:
        return None
    return "low" if m[1].lower() in ("low", "lower") else "high"


_WORD_PARTS = patterns.compile(r"[\s-]+")  # "hand-overs": two words, "hand" and "overs"


@functools.cache
def _said_whole_only() -> dict[tuple[tuple[str, ...], str], tuple[tuple[str, ...], ...]]:
    """(A verb a family lists only with its particle, the family) -> those phrases as
    written ("hand", units delivered -> "handed over", "hand-overs"): the verb alone is
    none of that family's words, "hand-rolled kretek" least of all."""
    out: dict[tuple[tuple[str, ...], str], list[tuple[str, ...]]] = {}
    for fam in reporting.families():
        phrases = (*fam.words, *fam.narrower)
        alone = {content_words(w) for w in phrases if len(_WORD_PARTS.split(w)) == 1}
        for phrase in phrases:
            key = content_words(phrase)
            if len(key) == 1 < len(_WORD_PARTS.split(phrase)) and key not in alone:
                run = tuple(_WORD_PARTS.split(phrase.lower()))
                out.setdefault((key, fam.key), []).append(run)
    return {k: tuple(v) for k, v in out.items()}


def _written(span: tuple[str, ...], family: str, written: Sequence[str]) -> bool:
    """Is SPAN of a name one of FAMILY's words as the name WRITTEN has it ("hand" only
    where "handed over" is written)?"""
    runs = _said_whole_only().get((span, family))
    return runs is None or any(
        tuple(written[i : i + len(run)]) == run
        for run in runs
        for i in range(len(written) - len(run) + 1)
    )


@functools.cache
def _family_phrases() -> dict[tuple[str, ...], tuple[str, ...]]:
    """The reporting vocabulary's phrases as content lemmas -> family keys."""
    out: dict[tuple[str, ...], list[str]] = {}
    for fam in reporting.families():
        for phrase in (*fam.words, *fam.narrower):
            keys = out.setdefault(content_words(phrase), [])
            if fam.key not in keys:
                keys.append(fam.key)
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def _containing() -> dict[tuple[str, ...], frozenset[str]]:
    """Each family phrase (as `reporting.normalize` writes it) -> the other families one
    of whose longer phrases holds it whole ('net income' -> eps, by 'net income per
    share'; 'orders' -> backlog, by 'order backlog'),
    leaving out the families the phrase names itself ('sales': revenue, units)."""
    phrases = reporting.family_phrases()
    out: dict[tuple[str, ...], set[str]] = {}
    # each longer phrase's shorter runs of words looked up, not every pair of phrases
    # compared (thousands of pairs: ~35 ms of a cold `salesbot ask`)
    for long, keys in phrases.items():
        for n in range(1, len(long)):
            for i in range(len(long) - n + 1):
                own = phrases.get(long[i : i + n])
                if own is not None:
                    out.setdefault(long[i : i + n], set()).update(k for k in keys if k not in own)
    return {k: frozenset(v) for k, v in out.items() if v}


def names_another_family(words: Sequence[str], family: str) -> bool:
    """Do WORDS (a question's words in order, as written) make a whole phrase of another
    family that a longer phrase of FAMILY holds, outside every phrase of FAMILY they
    make? Then they ask about that other family: 'net income' is net profit, never EPS's
    'net income per share'. Words are compared as `reporting.normalize` writes phrases
    (plurals dropped, tenses kept: 'orders booked' is not 'order book')."""
    return _names_another_family(tuple(words), family)


@functools.lru_cache(maxsize=4096)  # asked per candidate metric, of the same few words
def _names_another_family(words: tuple[str, ...], family: str) -> bool:
    phrases, containing = reporting.family_phrases(), _containing()
    said = tuple(w for word in words for w in reporting.normalize(word))
    spans = [(i, j) for i in range(len(said)) for j in range(i + 1, len(said) + 1)]
    # "ebit margin": the words make FAMILY's own longer phrase whole, "ebit" inside it
    own = [  # ("same shop sales": "same store sales" with another noun for the shop)
        (i, j)
        for i, j in spans
        if any(
            family in phrases.get(span, ())
            for span in (said[i:j], *with_other_products(said[i:j]), *_line_taken_out(said[i:j]))
        )
    ]
    # a figure that is a change already ("comparable sales growth") is asked about with
    # growth's words too: they name no other family of it
    changes = reporting.family(family).states_change
    if changes:  # ("comp sales growth": the change's own phrase takes in a growth word after it)
        own += [(i, j + 1) for i, j in own if "growth" in phrases.get(said[j : j + 1], ())]
    # "PET share of volume": what follows a share's "of" is what it is a share of, never
    # the figure asked
    base = next(
        (k + 1 for k in range(1, len(said)) if said[k] == "of" and said[k - 1] in _SHARE_NOUNS),
        len(said),
    )
    return any(
        family in containing.get(said[i:j], ())
        and not any(a <= i and j <= b for a, b in own)
        and not (changes and set(phrases.get(said[i:j], ())) <= {"growth"})
        and i < base
        for i, j in spans
    )


_SHARE_NOUNS = frozenset({"share", "proportion", "percentage", "portion", "mix"})


@functools.cache
def measure_lemmas() -> frozenset[str]:
    """The lemmas of the reporting vocabulary's figure words ('sell', 'booked', 'revenue',
    'net'): words that say what is measured, never which line or thing it is of."""
    return frozenset(lemmas(" ".join(reporting.phrase_words())))


# what a company calls the part of it several lines are in
BUSINESS_UNITS = frozenset({"unit", "division", "segment", "business"})

_CAMEL = patterns.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


_ROMAN = {
    "i": "1",
    "ii": "2",
    "iii": "3",
    "iv": "4",
    "v": "5",
    "vi": "6",
    "vii": "7",
    "viii": "8",
    "ix": "9",
    "x": "10",
}


_TITLE_LINKS = frozenset({"of", "the", "and", "a", "an", "in", "on", "to", "for", "at"})


def initialled(name: str) -> list[tuple[str, ...]]:
    """A name with two to four of its lower-case words said by their initials, the way
    reports and chat shorten reporting terms ("constant currency revenue growth" -> "cc
    revenue growth", "free cash flow" -> "fcf", "average selling price" -> "asp",
    "revenue per available seat mile" -> "rasm", small linking words passed over). Only
    initials that are no English word, no filler and no region, nor read as one: "units
    sold" is never "us", "implant net sales" never "in"."""
    words = _name_words(name)
    found = []
    for k, end, initials in _run_initials(words):  # "crpo": current remaining performance …
        if is_english(initials) or initials in FILLER or reporting.regions_in(initials):
            continue
        if spells_another_term(initials, name):
            continue
        read_as = content_words(initials)  # ("ins" of "implant net sales" is read as "in")
        if not read_as or any(is_english(w) or w in FILLER for w in read_as):
            continue
        # (the initials count as one word: weighing them as the words they stand for
        # made two-letter initials alone name a figure, and cost more than it gained)
        said = [*words[:k], initials, *words[end:]]
        found.append(content_words(" ".join(said)))
    rate = rate_initials(name)
    if rate is not None and not is_english(rate[0]):
        # ("crop" is a word: read only when nothing else explains it, see defined_terms)
        found.append(content_words(NAMED_RANGE_END.sub("", name).replace(rate[1], rate[0])))
    return found


@functools.lru_cache(maxsize=4096)  # (each run of each name, store after store)
def spells_another_term(initials: str, name: str) -> bool:
    """Whether INITIALS are a reporting term of a family NAME is not of ("dp" of "days
    past" is never "DPS" either: that keeps its "s", see `words.lemma`)."""
    said = reporting.family_of(initials)
    return said is not None and said != reporting.family_of(name)


def initials_spelling_words(name: str) -> frozenset[str]:
    """Initials of a name's runs of words that spell an English word of three letters or
    more ("pet" of "premium extra tonic"): never read as initials by themselves (see
    `initialled`), but no filler either where the store holds such a name."""
    return frozenset(
        initials
        for _, _, initials in _run_initials(_name_words(name))
        if len(initials) >= 3 and is_english(initials) and initials not in FILLER
    )


def _name_words(name: str) -> list[str]:
    return re.findall(r"[A-Za-z]+", NAMED_RANGE_END.sub("", unaccented(name)))


def _run_initials(words: list[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, initials) of each run of words initials may stand for: the small
    linking words inside it passed over ("RASM" of "revenue per available seat mile"), or
    kept where they are prepositions of place or aim ("AoP" of "assets on platform")."""
    for k, end in _initialled_runs(words):
        run = words[k:end]
        kept = "".join(w[0] for w in run)
        if set(run) & _KEPT_LINKS:
            yield k, end, kept  # ("AoP": never "AP", which names a region)
            continue
        yield k, end, "".join(w[0] for w in run if w not in INITIALS_SKIP)


def rate_initials(name: str) -> tuple[str, str] | None:
    """'YRPK' of 'yield per RPK': a rate's words by their initials joined to the
    acronym it is per, and the words they stand for; None for a name with no such rate."""
    rate = _RATE_OF_ACRONYM.search(name)
    if rate is None:
        return None
    short = "".join(w[0] for w in rate["words"].split()) + rate["per"].lower()
    return short, rate.group()


_RATE_OF_ACRONYM = patterns.compile(
    r"\b(?P<words>(?:[a-z]{3,}\s+){0,2}[a-z]{3,})\s+per\s+(?P<per>[A-Z]{2,5})\b"
)


# Small words initials pass over: "revenue per available seat mile" is "RASM"
INITIALS_SKIP = frozenset({"per", "of", "and"})
# ... and the linking words a run of initials may hold, kept or passed over ("AoP")
_KEPT_LINKS = frozenset({"on", "to", "in", "for", "at"})
_LINKS = INITIALS_SKIP | _KEPT_LINKS


def _initialled_runs(words: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of two to four lower-case words of three letters or more,
    small linking words allowed inside it (never at its ends)."""
    runs = []
    for k in range(len(words)):
        content = 0
        for end in range(k + 1, len(words) + 1):
            w = words[end - 1]
            if w in _LINKS and end - 1 > k:
                continue
            if not (w.islower() and len(w) >= 3) or w in _LINKS:
                break
            content += 1
            if content > 4:
                break
            if content >= 2:
                runs.append((k, end))
    return runs


def short_forms(name: str, unit: str | None = None) -> list[tuple[str, ...]]:
    """How people shorten a product title in a metric's name ("Grand Theft Auto V units
    sold", "PlayStation 4 consoles sold", "Legend of the Iron Moon units sold"): its
    initials ("gta", "gta5", "gtav"; "lotim" and "lim"), the title joined or split at its
    capitals ("ps4", "playstation4", "play station 4"), each with the rest of the name in
    any of the reporting vocabulary's words ("gta lifetime sales"). Titles are the
    capitalised words before the figure's words, small linking words allowed inside. An
    acronym the name gives in brackets ("Harbour Sensing Array (HSA) units") is a short form
    of its own."""
    # ("Santa Inés": its words are "Santa" and "Ines", never "In" and "s")
    name = unaccented(name)
    given = _GIVEN_ACRONYM.search(name)
    after_given = name[given.end() :] if given else ""
    name = _GIVEN_ACRONYM.sub(" ", name)
    raw = re.findall(r"[A-Za-z0-9]+", NAMED_RANGE_END.sub("", name))
    title: list[str] = []
    for k, word in enumerate(raw):
        capital = word[0].isupper() or (word[0].isdigit() and bool(title))
        links = bool(title) and word in _TITLE_LINKS and _linked(raw, k)
        if not (capital or links):
            break
        title.append(word)
    rest_words = raw[len(title) :]
    rest = content_words(" ".join(rest_words))
    if not title:
        # ("annualised premium equivalent (APE)": the acronym given, for the words before
        # it, whatever their case)
        if given is None or not _initials_of_words_before(name[: given.start()], given[1]):
            return []  # ("backlog (MW)": a unit in brackets, no initials of the name)
        return [(given[1].lower(), *content_words(after_given))]
    numeral = ""
    if len(title) > 1 and (title[-1].isdigit() or title[-1].lower() in _ROMAN):
        numeral = title[-1].lower()
        title = title[:-1]
    links = [w for w in title if w in _TITLE_LINKS]
    parts = [p for w in title if w not in _TITLE_LINKS for p in _CAMEL.findall(w)]
    if sum(1 for p in parts if len(p) >= 2 and p.isalpha()) < 2 or any(
        len(p) == 1 and p.isalpha() for p in parts
    ):
        # "Model K3", "U.S.": no initials people would use; but a model's name and number
        # are typed joined ("CR 250": "cr250", "CR 450 X": "cr450x", "T 7": "t7")
        if not numeral and not any(w.isdigit() for w in title):
            return []
        joined = ("".join(title).lower() + numeral,)
        return [joined + r for r in _rests(rest_words, rest, unit)]
    initials = ["".join(p[0] for p in parts if not p.isdigit()).lower()]
    if links:  # "Legend of the Iron Moon": "lotim" as well as "lim"
        every = [p for w in title for p in (_CAMEL.findall(w) if w not in links else [w])]
        initials.insert(0, "".join(p[0] for p in every if not p.isdigit()).lower())
    numbers = [numeral, _ROMAN.get(numeral, numeral)] if numeral else [""]
    forms: list[tuple[str, ...]] = [(given[1].lower(),)] if given else []
    for n in dict.fromkeys(numbers):
        for first in initials:
            forms += [(first + n,), (first, n) if n else (first,)]
        forms.append(("".join(title).lower() + n,))
        forms.append(tuple(p.lower() for p in parts) + ((n,) if n else ()))
    return [
        tuple(lemma_ for lemma_ in f if lemma_) + r
        for f in dict.fromkeys(forms)
        for r in _rests(rest_words, rest, unit)
    ]


def _rests(rest_words: list[str], rest: tuple[str, ...], unit: str | None) -> list[tuple[str, ...]]:
    """The ways the rest of a name after its title is said: its content words, their
    variants in the reporting vocabulary, and its initials, all of them ("I&F NNM":
    "Institutional & Funds net new money")."""
    rests = (
        [rest, *variants(" ".join(rest_words), unit)[: _PAIR_LIMIT * 2]] if rest_words else [rest]
    )
    rests += [p for p in initialled(" ".join(rest_words)) if len(p) == 1]
    return list(dict.fromkeys(rests))


def _initials_of_words_before(before: str, acronym: str) -> bool:
    """Is ACRONYM the initials of a run of words ending BEFORE, as `_run_initials` reads
    runs ("annualised premium equivalent (APE)"; never "backlog (MW)")?"""
    words = _name_words(before)
    letters = acronym.replace("&", "").lower()
    return any(end == len(words) and kept == letters for _, end, kept in _run_initials(words))


_GIVEN_ACRONYM = patterns.compile(r"\s*\(([A-Z][A-Z0-9&]{1,9})\)")


def _linked(raw: list[str], k: int) -> bool:
    """A small word inside a title links two capitalised words ('Legend of the Iron')."""
    for word in raw[k + 1 :]:
        if word not in _TITLE_LINKS:
            return word[0].isupper()
    return False


def _family_word_after(family: reporting.Family, rest: Sequence[str]) -> bool:
    """Is a word of REST one of FAMILY's own phrases' words ("sale" of comparable sales)?"""
    own = {w for phrase in family.words for w in _strict_content(phrase)}
    return bool(own.intersection(rest))


def _change_after(words: tuple[str, ...], k: int) -> bool:
    """Is the word at K a plain word of change ("growth" of "same-store sales growth")?"""
    return k < len(words) and words[k] in ("growth", "change")


# two or more capitalised words in a row: a place's or line's own name ("Kinsella Falls")
_NAME_RUN = patterns.compile(r"\b[A-Z][a-z]+(?:\s+(?:&\s+)?[A-Z][a-z]+)+\b")
_LOWER_WORD = patterns.compile(r"\b[a-z]{3,}\b")


@functools.lru_cache(maxsize=4096)
def _place_words(name: str) -> frozenset[str]:
    """The words of NAME's own place or line names, run together in capitals before its
    plain words ("kinsella", "falls" of "Kinsella Falls generation"): a place's "Falls" is no
    fall of the figure. A name all in capitals ("Europe Net Sales") has none."""
    if not _LOWER_WORD.search(name):
        return frozenset()
    return frozenset(w for run in _NAME_RUN.findall(name) for w in content_words(run))


@functools.lru_cache(maxsize=4096)
def _lemmas_of_other_words(name: str) -> frozenset[str]:
    """Words of NAME whose lemma is a reporting word that they themselves are not ("loss"
    of "concessions lost"): a participle saying what happened to a count, never a
    family's word to swap for its synonyms ("concessions profit")."""
    phrases, written = _family_phrases(), reporting.family_phrases()
    raws = re.findall(r"[a-z]+", name.lower())
    out = set()
    for k, raw in enumerate(raws):
        word = lemma(raw)
        # (as written, alone or with the words after it: "handed over" is a phrase)
        own = any(
            tuple(reporting.normalize(" ".join(raws[k : k + n]))) in written for n in (1, 2, 3)
        )
        # (a plural is the word itself: "pumps" of "pumps sold" is "pump")
        if tuple(reporting.normalize(raw)) != (word,) and (word,) in phrases and not own:
            out.add(word)
    return frozenset(out)


def variants(name: str, unit: str | None, near: bool = False) -> list[tuple[str, ...]]:
    """NAME with its family and product words replaced by the other words of the
    reporting vocabulary for the same thing, one or two places at a time: the ways a
    question may name the metric ("net income change" -> "profit decline"). A variety
    ("gross orders") is replaced only by its family's plain words ("orders"), never by
    another variety. A range end's words are left out: questions name the end apart.
    NEAR: instead, the names in the words of the families the metric's family answers for
    ("vehicle deliveries" -> "vehicle shipments", "car sold"), each with one such word."""
    words = content_words(NAMED_RANGE_END.sub("", name))
    measure = reporting.measure_of_unit(unit or "units")
    phrases = _family_phrases()
    spans: list[tuple[int, int, list[tuple[str, ...]], int]] = []  # (start, length, alts, near)
    taken: set[int] = set()  # "net loss" is one phrase: its "loss" is not replaced again
    placed, other_words = _place_words(name), _lemmas_of_other_words(name)
    written = _WORD_PARTS.split(name.lower())
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            span = words[i : i + n]
            if taken.intersection(range(i, i + n)) or placed.intersection(span):
                continue
            if n == 1 and span[0] in other_words:
                continue  # ("loss" of "customers lost": the word alone is none of the family's)
            keys = [k for k in phrases.get(span, ()) if _written(span, k, written)]
            if not keys and n > 1:
                # "comparable restaurant sales": the family's "comparable store sales" with
                # another noun of the same products, so "comps" names it too
                swapped = (k for alt in with_other_products(span) for k in phrases.get(alt, ()))
                keys = list(dict.fromkeys(swapped))
            fams = [reporting.family(k) for k in keys]
            if n == 1 and i + 1 < len(words) and parts_of_speech(span[0]) == {"ADJ"}:
                # "comparable" of "comparable EBIT margin" describes the EBIT: it stands
                # for no "comparable sales" where no later word is the family's own
                # ("comparable digital sales growth" is that family's, a channel inside)
                fams = [f for f in fams if _family_word_after(f, words[i + 1 :])]
            fitting = [f for f in fams if f.measure in (measure, "per_share")]
            # "sales" in a percentage: revenue or units? Leave an ambiguous word as it is.
            # A change's word in a figure that is no percentage is a noun of the trade
            # ("mass table drop" in pesos): no other change word says it.
            fams = fitting or (fams if len(fams) == 1 and not fams[0].states_change else [])
            alts = [_strict_content(w) for f in fams[:1] for w in f.words if _own_form(w, f.key)]
            if n == 1 or fams or reporting.product_nouns(span):
                # "comparable store sales" -> "comparable shop sales"; "e-commerce share"
                # -> "online share"
                alts += with_other_products(span)
            others = [
                _strict_content(w)
                for f in fams[:1]
                for key in f.answers_for
                for w in reporting.family(key).words
                if not _counted_only(w, f, reporting.family(key)) and _own_form(w, key)
            ]
            alts = [a for a in dict.fromkeys(alts) if a and a != span and _in_its_currency(a, unit)]
            others = [a for a in dict.fromkeys(others) if a and a != span and a not in alts]
            if alts or others:
                # "same-restaurant sales growth" is "comps": a family whose words already
                # say a change takes in the growth word after it
                n_taken = n + (bool(fams) and fams[0].states_change and _change_after(words, i + n))
                taken.update(range(i, i + n_taken))
                spans.append((i, n_taken, alts, len(alts)))
                spans[-1][2].extend(others)
    spans.sort()
    out: list[tuple[str, ...]] = [words] if words != content_words(name) and not near else []
    for k, (i, n, alts, n_plain) in enumerate(spans):
        for a, alt in enumerate(alts):
            if (a >= n_plain) == near:
                out.append(words[:i] + alt + words[i + n :])
        for j, m, others, m_plain in spans[k + 1 :]:  # two places at once, capped
            for a, alt in _capped(alts, n_plain):
                for b, other in _capped(others, m_plain):
                    if (a or b) == near:
                        out.append(words[:i] + alt + words[i + n : j] + other + words[j + m :])
    return [p for p in dict.fromkeys(out) if p]


def _own_form(phrase: str, key: str) -> bool:
    """Do PHRASE's content words still name family KEY? "sell-in" read without its "in"
    is "sell", the units sold's word, never the units shipped's."""
    # (looked up as the vocabulary writes its phrases, small words kept: "sell in")
    read = reporting.family_phrases().get(_strict_content(phrase))
    return read is None or key in read


def _in_its_currency(words: tuple[str, ...], unit: str | None) -> bool:
    """Can a metric kept in UNIT be named with WORDS? Not with another currency's name:
    "dollar sales" never names revenue kept in rupees."""
    codes = {CURRENCY_WORDS[w] for w in words if w in CURRENCY_WORDS}
    if not codes or unit is None or len(unit) != 3 or not unit.isupper():
        return True
    dollar = any(w in ("dollar", "dollars") for w in words)
    return unit in codes or (dollar and unit.endswith("D"))


def _capped(alts: list[tuple[str, ...]], n_plain: int) -> list[tuple[bool, tuple[str, ...]]]:
    """The first few plain alternatives and those of near families, each marked
    (near, words)."""
    plain, near = alts[:n_plain][:_PAIR_LIMIT], alts[n_plain:][:_NEAR_LIMIT]
    return [(False, a) for a in plain] + [(True, a) for a in near]


def _line_taken_out(span: tuple[str, ...]) -> list[tuple[str, ...]]:
    """SPAN less one or two words inside it: "same store pharmacy sales" is the phrase
    "same store sales" of one line, named within it."""
    if not 3 <= len(span) <= 7:
        return []
    return [
        span[:k] + span[k + n :]
        for k in range(1, len(span) - 1)
        for n in (1, 2)
        if k + n < len(span)
    ]


def with_other_products(span: tuple[str, ...]) -> list[tuple[str, ...]]:
    """SPAN with one of its words swapped for another noun of the same product group
    ('store' -> 'shop'), whether the span is that one word or a longer phrase."""
    out = [_strict_content(other) for other in reporting.product_nouns(span) if len(span) > 1]
    for i, word in enumerate(span):
        for other in reporting.product_nouns(word):
            out.append(span[:i] + _strict_content(other) + span[i + 1 :])
    return out


def clips(word: str, full: str) -> bool:
    """Is WORD chat's clipping of FULL: its start, three letters kept and three cut at least
    ('perm' of 'permanent', 'props' of 'properties', 'cap' of 'capita'), or its consonants
    in order from its first letter ('hrs' of 'hours', 'mgmt' of 'management')?"""
    stem = word[:-1] if len(word) > 3 and word.endswith("s") else word
    if len(stem) >= 3 and len(full) >= len(stem) + 3 and full.startswith(stem):
        return True
    if len(word) < 3 or word[0] != full[0] or set(word) & set("aeiouy"):
        return False
    rest = iter(full)
    return len(full) >= len(word) + 2 and all(c in rest for c in word)
