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
        held = _of(text)
        key = (fn, *more) if more else fn
        try:
            value = held[key]
        except KeyError:
            value = held[key] = fn(text, *more)
        return list(value) if type(value) is list else value

    return kept  # type: ignore[return-value]


class Cue:
    """A compiled pattern asked of questions: its `search` and `findall` of a text kept
    per text (a match object is never changed; a findall's list is copied)."""

    __slots__ = ("findall", "pattern", "search")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.search = _bound(pattern.search, (pattern, "search"))
        self.findall = _bound(pattern.findall, (pattern, "findall"))


def _bound(method: Callable[[str], Any], name: tuple) -> Callable[[str], Any]:
    def kept(text: str) -> Any:
        held = _of(text)
        try:
            value = held[name]
        except KeyError:
            value = held[name] = method(text)
        return list(value) if type(value) is list else value

    return kept


def cue(pattern: str, flags: int = 0) -> Cue:
    """`patterns.compile(PATTERN, FLAGS)` as a Cue."""
    return Cue(patterns.compile(pattern, flags))
