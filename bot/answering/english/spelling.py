"""Typos on every word the engine knows, in any of its forms: 'delviered', 'loewred',
'rasied', 'bewteen', 'nroth america', 'expecattions' are read as the word meant before
anything else reads the question, so the period grammar, the region list, the cue
patterns and the lexicons all see it spelt right.

A word is corrected only when it is no English word, is one slip (two from eight letters,
a swap of neighbouring letters counting as one) from a known word or one of its
inflections, and every nearest known word is the same word: 'toal' is as near 'total' as
'goal', so it is left as written (and a figure's kind is never guessed from a typo).
Words that name nothing (filler, grammar) are reached only by a swap or a dropped letter:
an extra letter turns 'being' into 'boeing', a company into filler. Company names the
store knows are known words too, so a typo near one is never turned into another word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from bot import patterns
from bot.answering.english.dictionary import known_words
from bot.answering.english.lexicon import far_key, is_english, max_edits, slipped, swapped
from bot.answering.english.places import is_place_word
from bot.fuzzy import OSA, process  # imported on first use (bot/fuzzy.py)

_WORD = patterns.compile(r"(?<![\w'’.])[A-Za-z]{4,}(?![\w'’])")  # "sell-thrugh": each part
_VOWELS = frozenset("aeiou")
_SIBILANTS = ("s", "x", "z", "ch", "sh")


def inflections(word: str) -> set[str]:
    """WORD and the regular forms English builds from it ('deliver' -> 'delivers',
    'delivered', 'delivering'; 'trim' -> 'trimmed'; 'try' -> 'tries'). Some are not words
    ('totaled'): `table` keeps those the dictionary knows."""
    out = {word}
    if len(word) < 3 or not word.isalpha():
        return out
    stem = word[:-1] if word.endswith("e") else word
    out |= {word + "es" if word.endswith(_SIBILANTS) else word + "s", stem + "ed", stem + "ing"}
    if len(word) >= 5:  # "expectations"; never "min" -> "minion"
        out |= {word + "ion", word + "ions", stem + "ation", stem + "ations"}
        out.add(word + "ly")  # "originally", "previously": an adjective's adverb
    if word.endswith("y") and word[-2] not in _VOWELS:
        out |= {word[:-1] + "ies", word[:-1] + "ied"}
    short_vowel = word[-2] in _VOWELS and word[-3] not in _VOWELS
    if short_vowel and word[-1] not in _VOWELS | {"w", "x", "y"}:
        out |= {word + word[-1] + "ed", word + word[-1] + "ing"}  # "trimmed", "cutting"
    return out


class _Tables(NamedTuple):
    naming: dict[str, str]  # any slip of these forms is mended
    merged: dict[str, str]  # naming and plain: every form -> its base word
    choices: list[str]  # merged's forms, sorted


class Speller:
    """Corrects words toward NAMING words (any slip) and PLAIN words (swaps and drops
    only), each given with the base word it stands for. OWN_WORDS: the store's own naming
    words, which a swap into another word never overrides."""

    own_words: frozenset[str] = frozenset()

    def __init__(self, naming: dict[str, str], plain: dict[str, str]) -> None:
        self._make = lambda: (naming, plain)
        self._made: _Tables | None = None
        # the words written as they are meant (each its own base): never corrected
        own = frozenset(k for k, base in self._tables().merged.items() if k == base)
        self._is_own = own.__contains__
        self._memo: dict[str, str | None] = {}
        self._mended: dict[str, str] = {}

    @classmethod
    def lazy(
        cls,
        is_own: Callable[[str], bool],
        make: Callable[[], tuple[dict[str, str], dict[str, str]]],
        own_words: frozenset[str] = frozenset(),
    ) -> Speller:
        """A Speller whose tables (naming, plain: MAKE's) are made only when a word is
        first looked for among them: making them looks thousands of inflected forms up in
        the dictionary (~40 ms), and most questions hold no word that needs them. IS_OWN:
        is a word one the tables map to itself (English words allowed)? OWN_WORDS: see the
        class."""
        speller = cls.__new__(cls)
        speller.own_words = own_words
        speller._make = make
        speller._made = None
        speller._is_own = is_own
        speller._memo = {}
        speller._mended = {}
        return speller

    def _tables(self) -> _Tables:
        made = self._made
        if made is None:  # one assignment: another thread sees all of it or none
            naming, plain = self._make()
            merged = {**naming, **plain}
            made = self._made = _Tables(naming, merged, sorted(merged))
        return made

    def knows(self, word: str) -> bool:
        """Is WORD (lower case) a form the tables hold, as written?"""
        return word in self._tables().merged

    def prepare(self) -> None:
        """Make the tables now, not at the first word nothing knows (prepare.py)."""
        self._tables()

    def correct(self, word: str) -> str | None:
        """How WORD is spelt right, or None (a known word, or no single word it is near)."""
        word = word.lower()
        if word in self._memo:
            return self._memo[word]
        found = self._correct(word)
        if len(self._memo) < 20_000:
            self._memo[word] = found
        return found

    def _correct(self, word: str) -> str | None:
        edits = max_edits(word)
        if self._is_own(word) or not edits or is_english(word):
            return None
        tables = self._tables()
        near = process.extract(
            word, tables.choices, scorer=OSA.distance, processor=None, score_cutoff=edits, limit=16
        )
        fitting = [
            (d, form)
            for form, d, _ in near
            if max_edits(form) >= d
            and (
                (form in tables.naming and _first_letter_kept(word, form, d)) or slipped(word, form)
            )
        ]
        # a letter typed for another is a neighbouring key: "fisal" is "fiscal" less a
        # letter, not "final" with an "s" for an "n"; but "toal" may be "goal" or "total"
        likely = [(d, form) for d, form in fitting if not far_key(word, form)]
        fitting = likely or fitting
        if is_place_word(word):
            # a place is written as meant ("lagos" is no "lags"), unless it slips into a
            # word of the store's own: "paris" of a shoemaker's store is its "pairs"
            fitting = [(d, f) for d, f in fitting if tables.merged[f] in self.own_words]
        if not fitting:
            return None
        best = min(d for d, _ in fitting)
        # two letters swapped is the commonest slip: "riase" is "raise", not "rise" with
        # a letter too many, when only one of the nearest is a swap
        swaps = [(d, f) for d, f in fitting if d == best and swapped(word, f)]
        if len(swaps) == 1:
            # ... unless the swap makes an engine word where a letter left out makes one of
            # the store's own: "rtail" of a store holding retail figures is retail, never
            # "trail"
            own = {
                f
                for d, f in fitting
                if d == best and tables.merged[f] in self.own_words and slipped(word, f)
            }
            if not own or swaps[0][1] in own:
                fitting = swaps
            elif len({tables.merged[f] for f in own}) == 1:
                fitting = [(best, f) for f in own]
        bases = {tables.merged[form] for d, form in fitting if d == best}
        if len(bases) == 2:
            # "originaly": "original" or "originally", one word either way; the one
            # ending as the typo does
            short, long = sorted(bases, key=len)
            if long == short + "ly":
                bases = {long if word.endswith("ly") else short}
        if len(bases) != 1:
            return None
        base = bases.pop()
        # the nearest real word of that base ("trimed" -> "trimmed", not "trim"): the
        # question keeps its tense and number for what reads it after; of two as near, the
        # one ending as the typo does ("closd" is "closed", its "e" dropped, not "close")
        real = [
            form
            for _, _, form in sorted((d, f[-1] != word[-1], f) for d, f in fitting)
            if tables.merged[form] == base and is_english(form)
        ]
        return real[0] if real else base


def _first_letter_kept(word: str, form: str, distance: int) -> bool:
    """A name mistyped twice keeps its first letter: "nrothwnd" is Northwind, "southwind"
    another company the store does not have."""
    return distance <= 1 or word[:1] == form[:1]


def table(words: Iterable[str], inflect: bool = True) -> dict[str, str]:
    """Every form of WORDS (lower case, four letters or more) -> the word it is a form of.
    Only forms the English dictionary knows are kept: a typo is mended into a word."""
    bases = _bases(words)
    forms = {b: inflections(b) - {b} if inflect else set() for b in sorted(bases)}
    known_words({f for fs in forms.values() for f in fs})
    out = {base: base for base in forms if len(base) >= 4}  # a word is its own base first
    for base, others in forms.items():
        for form in sorted(f for f in others if is_english(f) and len(f) >= 4):
            out.setdefault(form, base)
    return out


def _bases(words: Iterable[str]) -> set[str]:
    return {w.lower() for w in words if w.isalpha()}


def speller(
    naming: frozenset[str],
    plain: frozenset[str],
    names: frozenset[str],
    own: frozenset[str] = frozenset(),
    known: frozenset[str] = frozenset(),
) -> Speller:
    """A Speller over NAMING words (and their forms), PLAIN words as written, and NAMES
    (company names, known as they are: a typo near one is left to the entity matcher);
    OWN: the naming words that are the store's own (see Speller); KNOWN: words left as
    written that no other word is mended into."""

    def tables() -> tuple[dict[str, str], dict[str, str]]:
        naming_table = table(naming)
        naming_table.update({n: n for n in names if _named(n)})
        plain_table = {
            k: v for k, v in table(plain, inflect=False).items() if k not in naming_table
        }
        return naming_table, plain_table

    # What the tables map to themselves: every base word and name. A plain word that is
    # also a form of a naming word maps to that word instead, but it is English (only
    # English forms are kept), so it is left as written all the same.
    # (NAMES are looked in, never copied: thousands of companies' words in a large store)
    bases = frozenset(b for words in (naming, plain) for b in _bases(words) if len(b) >= 4)
    bases |= known
    return Speller.lazy(
        lambda word: word in bases or (word in names and _named(word)), tables, own_words=own
    )


def _named(name: str) -> bool:
    """Is NAME a company's word the speller knows as it is written?"""
    return name.isalpha() and len(name) >= 4


def respell(
    text: str,
    spell: Speller,
    keep_case: bool = True,
    meant: Callable[[str], bool] | None = None,
) -> str:
    """TEXT with each misspelt word replaced by the word it stands for (its first
    letter's case kept, so a capitalised name stays one). MEANT: words written as meant
    though no table holds them (a clipped "comms")."""

    def fix(m: re.Match[str]) -> str:
        word = m.group()
        if meant is not None and meant(word.lower()):
            return word
        found = spell.correct(word)
        if found is None:
            return word
        return found.capitalize() if keep_case and word[0].isupper() else found

    return _WORD.sub(fix, text)


def respell_kept(text: str, spell: Speller, meant: Callable[[str], bool]) -> str:
    """`respell(TEXT, SPELL, meant=MEANT)`, each word's outcome kept on SPELL: a word is
    mended the same way question after question (MEANT looks it up among the store's
    metric words each time, `Speller.correct` in its tables). MEANT must say the same of a
    word for as long as SPELL is used: correction.speller makes one Speller per state of
    the store's names, and MEANT reads only those."""
    mended = spell._mended

    def fix(m: re.Match[str]) -> str:
        word = m.group()
        found = mended.get(word)
        if found is None:
            found = respell(word, spell, meant=meant)
            if len(mended) < 20_000:
                mended[word] = found
        return found

    return _WORD.sub(fix, text)
