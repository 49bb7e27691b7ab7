"""Scanning text with the grammar: every rule at every word, the longest matches kept
(a relative head takes the phrase after it as its base), restatements in a parenthesis
read with the phrase before them."""

from __future__ import annotations

import functools
import re
import zlib
from dataclasses import dataclass, replace

from bot import patterns
from bot.facts.model import SalesBotError
from bot.facts.periods.builders import direction_of
from bot.facts.periods.grammar import RULES, Rule
from bot.facts.periods.references import (
    ExactRef,
    HalfRef,
    PeriodRef,
    QuarterRef,
    RelativeRef,
    YearRef,
    is_definite,
)
from bot.facts.periods.words import COUNT_PATTERN, STEP_UNITS, count_or_one
from bot.kept import kept_between_runs

# "the year before FY2013", "two quarters after Q3 2013": a head, then any period phrase.
_UNIT_AND_DIRECTION = (
    # ("the month before October 2025": a month's neighbour; "the six months before" is a
    # span of its own, so only the one month steps)
    r"(?P<unit>years?|quarters?|fy|month)\s+(?P<dir>before|prior\s+to|preceding|ahead\s+of"
    r"|earlier\s+than|after|following|later\s+than)\s+"
)
_RELATIVE_HEAD = patterns.compile(
    rf"(?<!\w)(?:the\s+|(?P<n>{COUNT_PATTERN})\s+)?(?:(?:fiscal|financial|calendar)\s+)?"
    + _UNIT_AND_DIRECTION
    # "a year before the end of 2024": the point closing it ("end-2024" is a rule's)
    + r"(?:(?:the\s+)?end\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
# What every relative head holds: a text without it has none, and no word start of it is
# tried for one (most texts: one search instead of a match at each word)
_ANY_RELATIVE_HEAD = patterns.compile(_UNIT_AND_DIRECTION, re.IGNORECASE)
_PARENTHESIS = patterns.compile(r"\s*\(([^()]*)\)")
_SEPARATORS = patterns.compile(r"[\s,;]*")


@dataclass(frozen=True)
class Found:
    """A period phrase matched by one rule, before overlapping matches are settled."""

    start: int
    end: int
    ref: PeriodRef  # what the phrase says
    rank: int  # rule order, breaks ties between equally long matches
    notes: tuple[PeriodRef, ...] = ()  # periods restated in a parenthesis after it

    @property
    def best_ref(self) -> PeriodRef:
        """An explicit span in the parenthesis ("FY2013 (Apr 2013 – Mar 2014)") is exact;
        a named period says which one a relative phrase meant ("the prior year (9M
        FY25)")."""
        exact = next((n for n in self.notes if isinstance(n, ExactRef)), None)
        if exact is not None:
            return exact
        if not is_definite(self.ref):
            year = next((n for n in self.notes if isinstance(n, YearRef)), None)
            if isinstance(self.ref, QuarterRef | HalfRef) and self.ref.year is None and year:
                # "q3 (fy24)": the part of the year the parenthesis names, never that year
                fiscal = year.fiscal if self.ref.fiscal is None else self.ref.fiscal
                return replace(self.ref, year=year.year, fiscal=fiscal)
            return next((n for n in self.notes if is_definite(n)), self.ref)
        return self.ref


def _starts(text: str) -> list[int]:
    """Where a phrase may begin: the first character of each word or symbol run (no space,
    and no letter or digit before it: `str.isspace` and `str.isalnum` as the pattern's
    classes read them, found in one pass in C, not a test of each character)."""
    return [m.start() for m in _START.finditer(text)]


_START = patterns.compile(r"(?<![^\W_])\S")


_Ranked = tuple[int, Rule]


@functools.cache
def _rules_by_first_character() -> tuple[dict[str, list[tuple[int, Rule]]], list[tuple[int, Rule]]]:
    """(lower-case ASCII character -> the ranked rules a match may begin with it, the ranked
    rules that may begin with anything): most words begin no period phrase, and trying all
    fifty rules at each of them was most of the grammar's time."""
    ranked = list(enumerate(RULES))
    starts = [patterns.first_chars(rule.pattern) for rule in RULES]
    anything = [r for r, first in zip(ranked, starts, strict=True) if first is None]
    by_char = {
        ch: [r for r, first in zip(ranked, starts, strict=True) if first is None or ch in first]
        for ch in set().union(*(first for first in starts if first is not None))
    }
    return by_char, anything


def _rule_patterns() -> tuple[int, int, int]:
    """What `_rules_by_first_pairs` is made from besides code: the rules' patterns, in order."""
    text = "\n".join(f"{rule.pattern.flags}:{rule.pattern.pattern}" for rule in RULES).encode()
    return len(text), zlib.crc32(text), zlib.adler32(text)


@kept_between_runs("patterns.py", also=_rule_patterns)  # (patterns.py: the analysis)
def _rules_by_first_pairs() -> tuple[dict[str, list[int]], dict[str, list[int]], list[int]]:
    """The rules' ranks by what a match may begin with (`patterns.first_pairs`): (two
    lower-case characters -> the rules beginning with them; one character -> the rules
    whose match may end after it; the rules that may begin with anything or nothing).
    Most words begin with a letter a dozen rules begin with, and no rule with its first
    two ("the" begins many, "technologies" none)."""
    by_pair: dict[str, list[int]] = {}
    by_one: dict[str, list[int]] = {}
    anything: list[int] = []
    for rank, rule in enumerate(RULES):
        pairs = patterns.first_pairs(rule.pattern)
        if pairs is None or "" in pairs:
            anything.append(rank)
            continue
        for pair in pairs:
            (by_pair if len(pair) == 2 else by_one).setdefault(pair, []).append(rank)
    return by_pair, by_one, anything


_AT_PAIR: dict[str, list[_Ranked]] = {}  # two lower-case ASCII characters -> ranked rules


def _rules_at(text: str, pos: int) -> list[_Ranked]:
    """The ranked rules that may match at POS, by the two characters there when both are
    ASCII (case folding relates a few other characters to ASCII letters), else by the
    first (`_rules_by_first_character`), else all of them."""
    pair = text[pos : pos + 2]
    if len(pair) == 2 and pair.isascii():
        pair = pair.lower()
        found = _AT_PAIR.get(pair)
        if found is None:
            by_pair, by_one, anything = _rules_by_first_pairs()
            ranks = {*by_pair.get(pair, ()), *by_one.get(pair[0], ()), *anything}
            found = _AT_PAIR[pair] = [(rank, RULES[rank]) for rank in sorted(ranks)]
        return found
    ch = text[pos]
    if not ch.isascii():
        return list(enumerate(RULES))
    by_char, anything_at = _rules_by_first_character()
    return by_char.get(ch.lower(), anything_at)


def _candidates(text: str) -> dict[int, list[Found]]:
    """Every rule match at every start. Right to left, so a relative head can take the
    phrase after it as its base, whatever that phrase is (even another relative one)."""
    found: dict[int, list[Found]] = {}
    heads = _ANY_RELATIVE_HEAD.search(text) is not None
    for pos in reversed(_starts(text)):
        here: list[Found] = []
        for rank, rule in _rules_at(text, pos):
            m = rule.pattern.match(text, pos)
            if m is None:
                continue
            try:
                ref = rule.build(m)
            except (ValueError, KeyError, SalesBotError):  # impossible dates, quarter 5, ...
                ref = None
            if ref is not None:
                here.append(Found(pos, m.end(), ref, rank))
        head = _RELATIVE_HEAD.match(text, pos) if heads else None
        if head is not None and found.get(head.end()):
            base = _longest(found[head.end()])
            n = count_or_one(head["n"])
            steps = direction_of(head["dir"]) * n
            ref = RelativeRef(base.ref, steps, STEP_UNITS[head["unit"].lower()])
            here.append(Found(pos, base.end, ref, len(RULES)))
        if here:
            found[pos] = here
    return found


def _longest(options: list[Found]) -> Found:
    return min(options, key=lambda f: (-(f.end - f.start), f.rank))


def scan(text: str) -> list[Found]:
    """Non-overlapping mentions, longest first, then in order of appearance."""
    everything = [f for options in _candidates(text).values() for f in options]
    everything.sort(key=lambda f: (-(f.end - f.start), f.start, f.rank))
    chosen: list[Found] = []
    for f in everything:
        if all(f.end <= c.start or f.start >= c.end for c in chosen):
            chosen.append(f)
    chosen.sort(key=lambda f: f.start)
    return _absorb_parentheses(text, chosen)


def _absorb_parentheses(text: str, chosen: list[Found]) -> list[Found]:
    """ "Q3 2013 (Jul – Sep 2013, fiscal Q2 FY2013)" is one mention: describe() writes
    it, so the parser must read it back whole."""
    out: list[Found] = []
    for f in chosen:
        if out and f.start < out[-1].end:
            continue  # it was inside the previous mention's parenthesis
        m = _PARENTHESIS.match(text, f.end)
        notes = _restatement(m[1]) if m else None
        if m and notes:
            f = Found(f.start, m.end(), f.ref, f.rank, notes)
        out.append(f)
    return out


def _restatement(inside: str) -> tuple[PeriodRef, ...] | None:
    """The refs in a parenthesis that holds nothing but period phrases, else None."""
    parts = scan(inside)
    position = 0
    for part in parts:
        if not _SEPARATORS.fullmatch(inside, position, part.start):
            return None
        position = part.end
    if not parts or not _SEPARATORS.fullmatch(inside, position):
        return None
    return tuple(p.ref for p in parts)
