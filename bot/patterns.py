"""Regular expressions compiled once per machine instead of once per process.

`re.compile` parses and compiles a pattern in Python code: the period grammar's forty
patterns cost about 50 ms, a third of a command-line question's start. What it produces
is a short program (a list of integers) that CPython's `_sre.compile` turns into the very
same Pattern object at once. This module keeps those programs in the user's cache folder,
one file per Python build, and builds patterns from them:

- a program is stored only after the Pattern built from it compared equal to
  `re.compile`'s (Patterns compare their source, flags and program);
- the file is named by the interpreter's version and the regex engine's magic number, so
  another Python never reads it;
- anything unexpected (no cache folder, a damaged file, another Python's internals) falls
  back to `re.compile`, which is always right, only slower.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

from bot.diskcache import DiskCache

try:  # CPython's regex engine and compiler: what re.compile itself calls
    import _sre
    from re import _compiler, _constants, _parser
except ImportError:  # another Python: plain re.compile
    _sre = None  # type: ignore[assignment]

# (pattern, flags) -> the arguments of _sre.compile after the pattern
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_CACHE = DiskCache(
    f"patterns-{sys.implementation.cache_tag}-{sys.hexversion:x}-"
    f"{getattr(_sre, 'MAGIC', 0)}-{getattr(_sre, 'CODESIZE', 0)}.marshal"
)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the stored program when there is one."""
    if _sre is None:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    program = _CACHE.get(key)
    if program is not None:
        try:
            return _sre.compile(pattern, *program)
        except Exception:
            pass
    compiled = re.compile(pattern, flags)
    try:
        program = _program(pattern, int(flags))
        if _sre.compile(pattern, *program) == compiled:
            _CACHE.put(key, program)
    except Exception:
        pass
    return compiled


_LOWERED: dict[str, str] = {}  # a text -> lower-cased, or "" when it is not ASCII


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Might a case-insensitive search of TEXT find one of WORDS (lower-case ASCII)? No
    only where TEXT is ASCII and, lower-cased, holds none of them: another character may
    match one of their letters ("İ" an "i", "ſ" an "s"), so such a text is searched. A
    cheap test before a pattern every match of which holds one of WORDS."""
    lowered = _LOWERED.get(text)
    if lowered is None:  # (a question's few texts are each tested for ~60 patterns: once)
        if len(_LOWERED) >= 64:
            _LOWERED.clear()
        lowered = _LOWERED[text] = text.lower() if text.isascii() else ""
    if not lowered:
        return bool(text)  # (not ASCII: searched; an empty text holds nothing)
    # (a loop, not any() of a generator: a third less, and it is asked ~60 times a question)
    for word in words:  # noqa: SIM110
        if word in lowered:
            return True
    return False


class Guarded:
    """A compiled pattern whose `search`, `finditer`, `findall` and `sub` of a text ask
    `may_hold` first, for the words every match holds (`required_words`, worked out at
    the first of them): for patterns asked of every question, which most questions give
    no match (a search tries the pattern at each character; the test is a few substring
    searches in C). Anything else (`match` at a place, `pattern`) is the pattern's own."""

    __slots__ = ("_compiled", "_words")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self._compiled = compiled
        self._words: tuple[str, ...] | bool | None = False  # False: not worked out yet

    def _may_match(self, text: str) -> bool:
        words = self._words
        if words is False:
            words = self._words = required_words(self._compiled)
        if words is None:
            return True
        lowered = _LOWERED.get(text)
        if lowered:  # (may_hold's own test of a text it lowered, without a call: ~30 a question)
            for word in words:  # type: ignore[union-attr]  # noqa: SIM110
                if word in lowered:
                    return True
            return False
        return may_hold(text, words)  # type: ignore[arg-type]

    # (POS and ENDPOS: a part of TEXT searched; the whole text is tested, which holds it)
    def search(self, text: str, *pos: int) -> re.Match[str] | None:
        return self._compiled.search(text, *pos) if self._may_match(text) else None

    def finditer(self, text: str, *pos: int) -> Iterator[re.Match[str]]:
        return self._compiled.finditer(text, *pos) if self._may_match(text) else iter(())

    def findall(self, text: str, *pos: int) -> list[Any]:
        return self._compiled.findall(text, *pos) if self._may_match(text) else []

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self._compiled.sub(repl, text, count) if self._may_match(text) else text

    def __getattr__(self, name: str) -> Any:
        return getattr(self._compiled, name)


def guarded(pattern: str, flags: int = 0) -> Guarded:
    """`compile(PATTERN, FLAGS)`, its searches of a text tested first (see Guarded)."""
    return Guarded(compile(pattern, flags))


def _program(pattern: str, flags: int) -> Program:
    """What re._compiler.compile passes to _sre.compile (Python 3.11 to 3.13)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The lower-case ASCII characters a match of PATTERN can begin with, when that is
    knowable: None when it may begin with anything (or empty, or a character outside
    ASCII). A scanner may skip PATTERN wherever the text's character, lower-cased, is
    ASCII and not one of these (see periods._candidates); for any other character it must
    try it. Worked out from the pattern's parse once per machine (kept beside its program)."""
    key = ("first characters", _analysis_version(), pattern.pattern, int(pattern.flags))
    stored = _CACHE.get(key)
    if stored is None:
        try:
            found = _firsts(_parser.parse(pattern.pattern, pattern.flags))
        except Exception:
            found = None
        chars = found[0] if found is not None and not found[1] else None
        if chars is not None and not all(c.isascii() for c in chars):
            chars = None
        stored = _ANYTHING if chars is None else "".join(sorted(chars))
        _CACHE.put(key, stored)
    return None if stored == _ANYTHING else frozenset(stored)


_ANYTHING = "\x00any"


def first_pairs(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """What a match of PATTERN can begin with, two characters at a time: the lower-case
    strings of its first two characters (shorter where a match can be shorter), when
    that is knowable; None when it may begin with anything. A superset: zero-width
    assertions are taken as always true, and a case-sensitive pattern's letters as
    either case. A scanner may skip PATTERN at a place whose next two characters,
    lower-cased, are ASCII and begin none of these strings (see periods._candidates)."""
    found = _analysed("first pairs", pattern, _prefixes)
    return None if found is None else frozenset(found)


_PAIR = 2  # how many first characters `first_pairs` tells
_MANY = 4096  # more strings than this: "anything" (a scanner would gain nothing)


def _joined(heads: set[str], tails: set[str]) -> set[str]:
    """Each of HEADS (cut at _PAIR) followed by each of TAILS, cut at _PAIR."""
    return {h if len(h) >= _PAIR else (h + t)[:_PAIR] for h in heads for t in tails}


def _prefixes(items: object) -> set[str] | None:
    """The first _PAIR characters (fewer where it ends sooner) of every match of the
    sequence ITEMS, lower-cased; None when anything may come first."""
    found = {""}
    for op, av in items:  # type: ignore[attr-defined]
        if all(len(h) >= _PAIR for h in found):
            break
        item = _prefixes_of(op, av)
        if item is None:
            return None
        found = _joined(found, item)
        if len(found) > _MANY:
            return None
    return found


def _prefixes_of(op: object, av: object) -> set[str] | None:
    c = _constants
    if op is c.LITERAL:
        return {chr(av).lower()}  # type: ignore[arg-type]
    if op is c.IN:
        first = _first_of(op, av)
        return None if first is None else first[0]
    if op is c.SUBPATTERN:
        return _prefixes(av[3])  # type: ignore[index]
    if op is c.ATOMIC_GROUP:
        return _prefixes(av)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, inner = av  # type: ignore[misc]
        once = _prefixes(inner)
        if once is None:
            return None
        # each copy that is not empty adds a character: _PAIR copies tell every prefix
        found: set[str] = set()
        copies = {""}
        for count in range(min(high, _PAIR) + 1):
            if count >= min(low, _PAIR):
                found |= copies
            copies = _joined(copies, once)
            if len(copies) > _MANY:
                return None
        return found
    if op is c.BRANCH:
        found = set()
        for branch in av[1]:  # type: ignore[index]
            one = _prefixes(branch)
            if one is None:
                return None
            found |= one
        return found
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero-width: taken as true
        return {""}
    return None  # anything else (any character, a negated literal, a back-reference)


@functools.cache
def _analysis_version() -> int:
    """A checksum of this module: an analysis kept by an earlier version is never read."""
    from bot.checksums import checksums  # (summed once per version of this file)

    try:
        return checksums([__file__])[0][1]
    except OSError:
        return 0


_ASCII = [chr(i) for i in range(128)]
_ASCII_OF_CATEGORY = (
    {
        _constants.CATEGORY_DIGIT: {ch for ch in _ASCII if ch.isdigit()},
        _constants.CATEGORY_WORD: {ch.lower() for ch in _ASCII if ch.isalnum() or ch == "_"},
        _constants.CATEGORY_SPACE: {ch for ch in _ASCII if ch.isspace()},
    }
    if _sre is not None
    else {}
)


def _firsts(items: object) -> tuple[set[str], bool] | None:
    """(what a match of the sequence ITEMS can begin with, lower-cased; whether it can be
    empty), or None when it can begin with anything."""
    chars: set[str] = set()
    for op, av in items:  # type: ignore[attr-defined]
        found = _first_of(op, av)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _first_of(op: object, av: object) -> tuple[set[str], bool] | None:
    c = _constants
    if op is c.LITERAL:
        return {chr(av).lower()}, False  # type: ignore[arg-type]
    if op is c.IN:
        chars: set[str] = set()
        for item, value in av:  # type: ignore[attr-defined]
            if item is c.LITERAL:
                chars.add(chr(value).lower())
            elif item is c.RANGE and value[1] < 128:
                chars.update(chr(x).lower() for x in range(value[0], value[1] + 1))
            elif item is c.CATEGORY and value in _ASCII_OF_CATEGORY:
                # its ASCII members: a scanner tries every pattern at any other character
                chars.update(_ASCII_OF_CATEGORY[value])
            else:  # another category, a negation, a wide range
                return None
        return chars, False
    if op is c.SUBPATTERN:
        return _firsts(av[3])  # type: ignore[index]
    if op is c.ATOMIC_GROUP:
        return _firsts(av)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _, inner = av  # type: ignore[misc]
        found = _firsts(inner)
        return None if found is None else (found[0], found[1] or low == 0)
    if op is c.BRANCH:
        chars, empty = set(), False
        for branch in av[1]:  # type: ignore[index]
            found = _firsts(branch)
            if found is None:
                return None
            chars |= found[0]
            empty = empty or found[1]
        return chars, empty
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero-width: the match begins after them
        return set(), True
    return None  # anything else (any character, a negated literal, a back-reference)


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Words one of which every match of PATTERN holds, lower-cased, when that is knowable
    (None when it is not): `may_hold(text, words)` false then says PATTERN matches nowhere
    in TEXT, without a search. A superset of what a match may hold: zero-width assertions
    are taken as true, letters as either case, and only ASCII words are kept (a case-blind
    "s" is also an "ſ" in a text, which `may_hold` searches anyway). Worked out from the
    pattern's parse once per machine (kept beside its program)."""
    return _analysed("required words", pattern, _required)


def _analysed(
    what: str, pattern: re.Pattern[str], analyse: Callable[[Any], set[str] | None]
) -> tuple[str, ...] | None:
    """ANALYSE of PATTERN's parse, sorted (None: not knowable), worked out once per
    machine and kept beside its program under WHAT."""
    key = (what, _analysis_version(), pattern.pattern, int(pattern.flags))
    stored = _CACHE.get(key)
    if stored is None:
        try:
            found = analyse(_parser.parse(pattern.pattern, pattern.flags))
        except Exception:
            found = None
        stored = _ANYTHING if found is None else tuple(sorted(found))
        _CACHE.put(key, stored)
    return None if stored == _ANYTHING else stored


_FEW = 64  # more exact strings than this in a run of a pattern: not spelt out


def _required(items: object) -> set[str] | None:
    """Strings one of which every match of the sequence ITEMS holds, the most telling
    found (the longest shortest member, then the fewest), or None. Each run of items
    whose matches are a few exact strings ("tonnes?", "(?:h|q)1") gives those strings
    spelt out; any other item gives what every match of it holds."""
    best: set[str] | None = None
    run: set[str] = {""}  # the exact strings the current run of items matches

    def consider(found: set[str] | None) -> None:
        nonlocal best
        if not found or "" in found or not all(s.isascii() for s in found):
            return
        if best is None or (min(map(len, found)), -len(found)) > (
            min(map(len, best)),
            -len(best),
        ):
            best = found

    for op, av in items:  # type: ignore[attr-defined]
        exact = _exact_of(op, av)
        if exact is not None and len(run) * len(exact) <= _FEW:
            run = {a + b for a in run for b in exact}
            continue
        consider(run)
        if exact is not None:
            run = exact  # (the run so far had too many strings: this item starts a new one)
            continue
        run = {""}
        consider(_required_of(op, av))
    consider(run)
    return best


def _required_of(op: object, av: object) -> set[str] | None:
    """What every match of one item that is no few exact strings holds (see _required)."""
    c = _constants
    if op is c.SUBPATTERN:
        return _required(av[3])  # type: ignore[index]
    if op is c.ATOMIC_GROUP:
        return _required(av)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _, inner = av  # type: ignore[misc]
        return _required(inner) if low >= 1 else None
    if op is c.BRANCH:
        return _each_branch(av[1], _required)  # type: ignore[index]
    return None  # a class of characters, any character, a back-reference...


def _each_branch(branches: object, read: Callable[[object], set[str] | None]) -> set[str] | None:
    """The strings READ finds in every one of a choice's BRANCHES, together; None when it
    finds none in one of them."""
    found: set[str] = set()
    for branch in branches:  # type: ignore[attr-defined]
        one = read(branch)
        if one is None:
            return None
        found |= one
    return found


def _exact_of(op: object, av: object) -> set[str] | None:
    """The few exact strings (lower-cased) one item matches, or None: a literal, a small
    class of literals, a group or a choice of them, an optional or a short repeat of
    them; a zero-width assertion matches the empty string."""
    c = _constants
    if op is c.LITERAL:
        return {chr(av).lower()}  # type: ignore[arg-type]
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {""}
    if op is c.IN:
        chars = set()
        for item, value in av:  # type: ignore[attr-defined]
            if item is not c.LITERAL:
                return None  # (a range, a category, a negation)
            chars.add(chr(value).lower())
        return chars if len(chars) <= 8 else None
    if op is c.SUBPATTERN:
        return _exact(av[3])  # type: ignore[index]
    if op is c.BRANCH:
        found = _each_branch(av[1], _exact)  # type: ignore[index]
        return found if found is not None and len(found) <= _FEW else None
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, inner = av  # type: ignore[misc]
        once = _exact(inner)
        if once is None or high > 2:
            return None
        found, copies = set(), {""}
        for count in range(high + 1):
            if count >= low:
                found |= copies
            copies = {a + b for a in copies for b in once}
        return found if len(found) <= _FEW else None
    return None


def _exact(items: object) -> set[str] | None:
    """The few exact strings a sequence of items matches (lower-cased), or None."""
    found = {""}
    for op, av in items:  # type: ignore[attr-defined]
        one = _exact_of(op, av)
        if one is None:
            return None
        found = {a + b for a in found for b in one}
        if len(found) > _FEW:
            return None
    return found
