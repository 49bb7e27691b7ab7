"""Questions typed partly in another language: "cuántas unidades vendieron en el trimestre
pasado", "wie viel Umsatz im ersten Halbjahr", "doanh thu quý 3 bao nhiêu". A team asks
in the languages it works in; the engine reads English.

A question's words no English reading explains are read in the one language most of
them belong to, and put in English word for word:
- the words a sales question is made of (asking, selling, the reporting families, kinds,
  ordinals, and the small words that change its meaning: and, or, not, without, than) from
  a glossary beside this module (`code_switching.json`);
- period nouns, "last / this / next" and month names from CLDR, through babel (its data
  in its wheel), so every language it knows names its periods without a list of ours;
- the rest of that language's small words (articles, prepositions, pronouns) dropped, by
  the `stop-words` lists (in its wheel), where at least two words say which language it is.

A language that puts an adjective after its noun ("ventas netas", "el año pasado") has its
translated modifier moved before the noun, as English reads it. The engine keeps the
English reading only where it leaves no word unexplained: a word neither list knows (a
product, a place, a segment) keeps the question refused, never answered for the whole.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from dataclasses import dataclass
from pathlib import Path

from bot import patterns
from bot.answering.english.lexicon import FUNCTION_WORDS, is_english
from bot.answering.english.words import unaccented
from bot.facts.periods.words import NOT_AMOUNT, month_number
from bot.kept import kept_between_runs

_GLOSSARY = Path(__file__).with_name("code_switching.json")
_WORD = patterns.compile(r"\w+(?:'\w+)?")
# "1º semestre", "3er trimestre", "2e kwartaal", "4to trimestre": an ordinal written with
# its number
_NUMBERED = patterns.compile(r"\b([1-4])(?:\.?\s?[º°ª]|\.?(?:er|ère|re|ème|eme|e|do|to|ro|o)\b)")
# "quý 1/2024", "semestre 2/2025": a quarter's or half's number and its year as one
# notation, which English writes apart ("quarter 1 2024")
_NUMBERED_PART = patterns.compile(
    r"\b(?P<part>quarter|half)\s+(?P<n>[1-4])\s*/\s*(?P<year>(?:19|20)?\d\d)\b"
)
_ORDINALS = {"1": "first", "2": "second", "3": "third", "4": "fourth"}
_SHORTEST_PART = 3  # letters of a compound's shortest term ("ziel")
_SHORTEST_ALONE = 4  # letters of a term that alone says its language ("ciro", "omzet")
# English words a postposing language writes after the noun they modify
_POSTPOSED = frozenset({"net", "gross", "operating", "original"})
# ... and those it writes after a period noun only ("el año pasado", "robo ya tatu"; never
# "vendas do segundo trimestre", where the ordinal is the quarter's)
_POSTPOSED_IN_PERIODS = frozenset(
    {"last", "next", "previous", "first", "second", "third", "fourth"}
)
_PERIOD_UNITS = ("year", "quarter", "month", "week")
# What a small word of another language means in English: alone, it says no language
_GRAMMAR = frozenset(
    """ and or not with than more less the to in excluding between versus since through
    before after same other what which now this""".split()
) | {""}
_PERIOD_NOUNS = frozenset({*_PERIOD_UNITS, "half"})
_RELATIVE = {-1: "last", 0: "this", 1: "next"}
_LETTERS = patterns.compile(r"[^\W\d_]+")
_YEAR_AFTER = patterns.compile(r"\s+(?:19|20)\d\d(?![\d.,])")
# a number before a scale or a unit is a count, never a year ("de 2000 unidades"): the
# period grammar's own test
_A_YEAR_BEFORE = patterns.compile(rf"2000{NOT_AMOUNT}", re.IGNORECASE)


@dataclass(frozen=True)
class _Language:
    """One language of the glossary, as its words are read."""

    code: str
    terms: dict[str, str]  # glossary and CLDR words -> English ("" says nothing)
    small_words: frozenset[str]  # words that only hold a sentence together
    postposed: bool


@dataclass
class _Word:
    """A word of the question, where it stands, and the English it is read as."""

    start: int
    end: int
    key: str  # lower case, without accents
    english: str | None = None  # None: kept as written


def in_english(text: str) -> str | None:
    """TEXT with the words of the other language it is partly typed in put in English, or
    None when no word of TEXT is read so."""
    text = _NUMBERED.sub(lambda m: _ORDINALS[m[1]], text.replace("’", "'"))
    # (a word with digits, "s1", "3T25", "fy13", is a notation the English reading reads)
    words = [
        (m, _Word(m.start(), m.end(), unaccented(m.group()).lower()))
        for m in _WORD.finditer(text)
        if not any(c.isdigit() for c in m.group())
    ]
    found = [
        w
        for m, w in words
        if not _hyphenated(text, m.start(), m.end()) and not _initials(m.group(), text)
    ]
    language = _language_of(found)
    if language is None:
        return None
    # a term in capitals says no language, but where others said it, it is that language's
    # own initials ("BAIIA ajusté": EBITDA), if long enough to be no other code ("NAM");
    # and a month's name is one in a span of months ("enero-septiembre")
    found = [
        w
        for m, w in words
        if (w in found)
        or (
            _initials(m.group(), text)
            and not _hyphenated(text, m.start(), m.end())
            and len(w.key) >= _SHORTEST_ALONE
            and w.key in language.terms
        )
        or (
            _hyphenated(text, m.start(), m.end())
            and month_number(language.terms.get(w.key, "")) is not None
        )
    ]
    hits = _translated(found, language)
    if not hits:
        return None
    _articles_kept(found)
    _year_prepositions_kept(text, found, language)
    if language.postposed:
        _modifiers_first(found)
    return _NUMBERED_PART.sub(r"\g<part> \g<n> \g<year>", _written(text, found))


def of_another_language(word: str) -> bool:
    """Is WORD (lower case) one of the glossary's or a small word of its languages
    ("hvor", "tavoite"): a word of the question, never a name?"""
    key = unaccented(word)
    return any(key in lang.terms or key in lang.small_words for lang in _languages())


def _initials(word: str, text: str) -> bool:
    """Is WORD written in capitals in a question that is not ("NAM sales", "EU vendas"):
    a code or initials, never a word of another language?"""
    return len(word) > 1 and word.isupper() and not text.isupper()


def _hyphenated(text: str, start: int, end: int) -> bool:
    """Is the word at START:END one part of a word written with a hyphen or an ampersand
    ("non-core", "C&S")?"""
    return text[end : end + 1] in ("-", "&") or (start > 0 and text[start - 1] in "-&")


def _language_of(found: list[_Word]) -> _Language | None:
    """The language most of FOUND's words are words of, counting those English knows too
    ("do", "no") half: they only settle a tie ("ebitda do ano anterior": Portuguese).
    None where it is no language's: two of its words English does not know say it is,
    or one of its terms for a figure or a period ("umsatz q3"); one small word alone, "non"
    or "eu", is as likely English chat's ("non core", "EU sales")."""
    keys = [w.key for w in found]
    # (a month English writes so too, "apr", "jul", is English's as much: no language's)
    english = {k for k in keys if is_english(k) or month_number(k) is not None}
    phrases = _phrases(keys)
    best, best_count = None, 0.0
    for language in _languages():
        count = sum(
            0.5 if k in english else 1.0
            for k in keys
            if k in language.terms or k in language.small_words
        ) + sum(1 for phrase in phrases if phrase in language.terms)
        if count > best_count and _says_it(keys, phrases, english, language):
            best, best_count = language, count
    return best


def _says_it(keys: list[str], phrases: list[str], english: set[str], language: _Language) -> bool:
    # (a letter alone, "c", "s", says no language: an initial sooner)
    own = [
        k
        for k in keys
        if len(k) > 1 and k not in english and (k in language.terms or k in language.small_words)
    ]
    # (one word of a figure or a period says it where it is long enough to be no initials:
    # "umsatz q3", never "nam" alone, Vietnamese "năm" but North America's too)
    named = [k for k in own if len(k) >= _SHORTEST_ALONE or _of_another_script(k)] + [
        p for p in phrases if p in language.terms
    ]
    return len(own) >= 2 or any(language.terms.get(k, "") not in _GRAMMAR for k in named)


def _of_another_script(key: str) -> bool:
    """Is KEY written in a script of syllables or characters ("누적", "累計"): two of them
    are a word, never initials."""
    return len(key) >= 2 and not any("a" <= c <= "z" for c in key) and not key.isascii()


def _phrases(keys: list[str]) -> list[str]:
    """KEYS's runs of two words or more, up to the glossary's longest term."""
    return [
        " ".join(keys[i : i + n])
        for n in range(2, _longest_term() + 1)
        for i in range(len(keys) - n + 1)
    ]


def _translated(found: list[_Word], language: _Language) -> int:
    """Each word of FOUND that LANGUAGE says given its English (or "" to drop it); the
    count of words so read."""
    read = _terms_read(found, language)
    small = [w for w in found if w.key in language.small_words and not is_english(w.key)]
    # (one small word alone, "eu sales", is as likely a name's: the EU, not Portuguese "I")
    if read or len(small) >= 2:
        for w in small:
            if w.english is None:
                w.english = ""
                read += 1
    # a word English knows too is that language's where two of its own say which language
    # it is ("wie viele smartphones *hat* sony verkauft", "in *den* usa"), or beside one of
    # them ("primer semestre", "ventas sin iva", "no ano passado"); never a word of
    # English's grammar unless beside one
    strong = read >= 2
    for before, w, after in zip([None, *found], found, [*found[1:], None], strict=False):
        if w.english is not None or not is_english(w.key):
            continue
        beside = _beside_foreign(before, w) or _beside_foreign(after, w)
        if w.key in language.terms and w.key not in FUNCTION_WORDS and (strong or beside):
            w.english = language.terms[w.key]
        elif w.key in language.small_words and (beside or (strong and w.key not in FUNCTION_WORDS)):
            w.english = ""
        read += w.english is not None
    return read


def _terms_read(found: list[_Word], language: _Language) -> int:
    """The glossary's terms among FOUND's words English does not know, the longest
    first ("bao nhieu" before "bao"), given their English; the count of words read."""
    i, read = 0, 0
    while i < len(found):
        n = _term_at(found, i, language)
        if n:
            found[i].english = language.terms[" ".join(w.key for w in found[i : i + n])]
            for w in found[i + 1 : i + n]:
                w.english = ""
            read += n
        elif not is_english(found[i].key):
            found[i].english = _compound(found[i].key, language)
            read += found[i].english is not None
        i += max(n, 1)
    return read


def _compound(key: str, language: _Language) -> str | None:
    """KEY as two terms written as one word, in their order ("umsatzziel": revenue target,
    "nettogewinn": net profit), a German linking "s" between them allowed; or None."""
    for cut in range(_SHORTEST_PART, len(key) - _SHORTEST_PART + 1):
        head, tail = key[:cut], key[cut:]
        head = head if head in language.terms else head.removesuffix("s")
        if language.terms.get(head) and language.terms.get(tail):
            return f"{language.terms[head]} {language.terms[tail]}"
    return None


def _beside_foreign(neighbour: _Word | None, w: _Word) -> bool:
    """Is NEIGHBOUR a word of the other language, read, written next to W?"""
    if neighbour is None or neighbour.english is None or is_english(neighbour.key):
        return False
    first, second = sorted((neighbour, w), key=lambda x: x.start)
    return not _apart(first, second)


def _term_at(found: list[_Word], i: int, language: _Language) -> int:
    """How many words from I make one glossary term (the longest), 0 for none. A word
    English knows is never read as another language's ("con", "sin", "die")."""
    for n in range(min(_longest_term(), len(found) - i), 0, -1):
        words = found[i : i + n]
        if n == 1 and is_english(words[0].key):
            return 0
        if any(_apart(a, b) for a, b in itertools.pairwise(words)):
            continue
        if " ".join(w.key for w in words) in language.terms:
            return n
    return 0


def _apart(a: _Word, b: _Word) -> bool:
    return _apart_at(a.end, b)


def _articles_kept(found: list[_Word]) -> None:
    """'beneficio neto del trimestre': a small word before a period noun read as "the",
    which makes one period of it ("the quarter": which one is asked), never a bare word."""
    for small, period in itertools.pairwise(found):
        if small.english == "" and period.english in _PERIOD_NOUNS and not _apart(small, period):
            small.english = "the"


def _year_prepositions_kept(text: str, found: list[_Word], language: _Language) -> None:
    """'en 2011 en dólares': a small word before a year read as "in", which keeps it the
    year ("in 2011 dollars"), never an amount of 2,011 dollars once the word is dropped;
    never before a count or scale ("más de 2000 unidades")."""
    for i, w in enumerate(found):
        year = _YEAR_AFTER.match(text, w.end)
        if w.english != "" or w.key not in language.small_words or year is None:
            continue  # (a term's later words are dropped too: "loi nhuan sau thue 2024")
        following = next((x for x in found[i + 1 :] if x.start >= year.end()), None)
        if (
            following is None
            or _apart_at(year.end(), following)
            or _A_YEAR_BEFORE.match(f"2000 {following.english or following.key}")
        ):
            w.english = "in"


def _apart_at(end: int, w: _Word) -> bool:
    return w.start - end > 2  # (words of one term are written next to each other)


def _modifiers_first(found: list[_Word]) -> None:
    """'ventas netas' -> 'net sales', 'nusu ya kwanza' -> 'first half': a modifier read
    after the noun it follows (only dropped words between) moved before it."""
    said = [i for i, w in enumerate(found) if w.english]
    k = 0
    while k < len(said) - 1:
        a, b = said[k], said[k + 1]
        noun, modifier = found[a], found[b]
        postposed = modifier.english in _POSTPOSED or (
            modifier.english in _POSTPOSED_IN_PERIODS and noun.english in _PERIOD_NOUNS
        )
        if (
            postposed
            and noun.english not in _POSTPOSED | _POSTPOSED_IN_PERIODS
            and not any(_apart(x, y) for x, y in itertools.pairwise(found[a : b + 1]))
        ):
            noun.english, modifier.english = modifier.english, noun.english
            k += 1  # (the pair is read: "trimestre pasado vs el anterior")
        k += 1


def _written(text: str, found: list[_Word]) -> str:
    out, at = [], 0
    for w in found:
        out.append(text[at : w.start])
        out.append(text[w.start : w.end] if w.english is None else w.english)
        at = w.end
    out.append(text[at:])
    return " ".join("".join(out).split())


@functools.cache
def _languages() -> tuple[_Language, ...]:
    """The glossary's languages, each with its CLDR period words and stop words."""
    return tuple(_Language(*entry) for entry in _language_tables())


@functools.cache
def _longest_term() -> int:
    """Words in the glossary's longest term ("loi nhuan sau thue": four)."""
    return max(len(k.split()) for language in _languages() for k in language.terms)


def _library_versions() -> tuple[str, ...]:
    """The versions of the libraries whose data the tables are made from (a new CLDR is
    a new key): their own attributes, cheaper than the installed packages' metadata."""
    import babel
    import stop_words

    return babel.__version__, stop_words.get_version()


@kept_between_runs("answering/reading/code_switching.json", also=_library_versions)
def _language_tables() -> tuple[tuple[str, dict[str, str], frozenset[str], bool], ...]:
    """Each language's code, its words in English, its small words, and whether it puts
    an adjective after its noun (made once per machine: reading CLDR's data for sixteen
    languages took ~3 s, at the first question with a word English does not know)."""
    glossary = json.loads(_GLOSSARY.read_text(encoding="utf-8"))["languages"]
    tables = []
    for code, entry in glossary.items():
        stop = stop_words(entry["stop_words"])
        # (a word that is its own English, "december", "volume", says no language)
        terms = {k: v for k, v in {**_cldr_words(code, stop), **entry["terms"]}.items() if k != v}
        tables.append((code, terms, frozenset(stop - terms.keys()), bool(entry["postposed"])))
    return tuple(tables)


@functools.cache
def stop_words(name: str | None) -> frozenset[str]:
    """The small words of a language (stop-words' list NAME, "en", "spanish"), unaccented
    and in lower case; none for no name."""
    if name is None:
        return frozenset()
    from stop_words import get_stop_words

    return frozenset(unaccented(w).lower() for w in get_stop_words(name))


def _cldr_words(code: str, stop: frozenset[str]) -> dict[str, str]:
    """CODE's words for year, quarter, month and week, for last / this / next of each,
    and its month names, in English, from CLDR's relative periods ("el año pasado": last
    year), unit names ("trimestres") and calendar; STOP, its small words, name no period
    ("el" of "el año pasado" and "el próximo año")."""
    from babel import Locale, UnknownLocaleError
    from babel.units import get_unit_name

    try:
        locale = Locale.parse(code.split("-")[0])
    except (UnknownLocaleError, ValueError):
        return {}
    words: dict[str, str] = {}
    fields = locale._data["date_fields"]
    for unit in _PERIOD_UNITS:
        relative = {n: set(_keys(fields[unit]["relative"].get(n, ""))) for n in _RELATIVE}
        # the noun is in two phrases at least ("año"); "last", "this" and "next" are
        # each the one word only its phrase has ("pasado"), where it has one ("förra
        # året": which of two is "last"?)
        for k in set.union(*relative.values()):
            if len(k) > 1 and k not in stop and sum(k in ks for ks in relative.values()) >= 2:
                words.setdefault(k, unit)
        for n, ks in relative.items():
            own = [
                k
                for k in ks
                if len(k) > 1 and not any(k in relative[m] for m in relative if m != n)
            ]
            if len(own) == 1:
                words.setdefault(own[0], _RELATIVE[n])
        plural = get_unit_name(f"duration-{unit}", length="long", locale=locale)
        for k in _keys(plural or ""):
            words.setdefault(k, f"{unit}s")
    english = Locale("en").months["format"]["wide"]
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                for k in _keys(name):
                    if len(k) > 2 and not k.isdigit():
                        words.setdefault(k, english[number].lower())
    return words


def _keys(text: str) -> list[str]:
    return [unaccented(m.group()).lower() for m in _LETTERS.finditer(text)]
