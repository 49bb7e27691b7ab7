"""What a question's own words cue (`asks`), worked out once per text.

A question answered again with its understanding kept still asked ~20 regular expressions
of its text for the cues the engine checks (a change asked, a comparison, two statements,
a share), ~7% of that answer, and the settling of its metric asked some of them twice.
They depend on the text alone: each cue's answer is kept per text, for the last TEXTS
texts (all dropped at once past that: cheaper than an LRU, and safe across threads).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any, TypeVar

from bot import patterns

F = TypeVar("F", bound=Callable[..., Any])

TEXTS = 4096  # questions whose cues are kept (a few small values each)

_held: dict[str, dict[Any, Any]] = {}


def _of(text: str) -> dict[Any, Any]:
    found = _held.get(text)
    if found is None:
        if len(_held) >= TEXTS:
            _held.clear()
        found = _held[text] = {}
    return found


def per_text(fn: F) -> F:
    """FN(text, *more), a pure function of its arguments, kept per text and MORE. A list
    it returns is handed out as a copy (the caller may change its own)."""

    @functools.wraps(fn)
    def kept(text: str, *more: Any) -> Any:
        held = _held.get(text) or _of(text)  # (no call for a text held: asked ~45 times an answer)
        key = (fn, *more) if more else fn
        try:
            value = held[key]
        except KeyError:
            value = held[key] = fn(text, *more)
        return list(value) if type(value) is list else value

    return kept  # type: ignore[return-value]


class Cue:
    """A compiled pattern asked of questions: its `search` and `findall` of a text kept
    per text (a match object is never changed; a findall's list is copied). A text that
    plainly holds none of the words every match holds (`patterns.required_words`) is not
    searched: most questions say none of a given cue's words."""

    __slots__ = ("findall", "pattern", "search")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        words = _Words(pattern)
        self.search = _bound(pattern.search, (pattern, "search"), words, None)
        self.findall = _bound(pattern.findall, (pattern, "findall"), words, [])


class _Words:
    """The words every match of a pattern holds, worked out at its first search (a
    process that asks one question reads only the cues it asks)."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern: re.Pattern[str] | None = pattern
        self.words: tuple[str, ...] | None = None

    def may_match(self, text: str) -> bool:
        if self.pattern is not None:  # (first use; the same outcome on any thread)
            self.words = patterns.required_words(self.pattern)
            self.pattern = None
        return self.words is None or patterns.may_hold(text, self.words)


def _bound(
    method: Callable[[str], Any], name: tuple, words: _Words, none: Any
) -> Callable[[str], Any]:
    def kept(text: str) -> Any:
        held = _held.get(text) or _of(text)
        try:
            value = held[name]
        except KeyError:
            value = held[name] = method(text) if words.may_match(text) else none
        return list(value) if type(value) is list else value

    return kept


def cue(pattern: str, flags: int = 0) -> Cue:
    """`patterns.compile(PATTERN, FLAGS)` as a Cue."""
    return Cue(patterns.compile(pattern, flags))
