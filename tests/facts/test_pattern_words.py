"""patterns.required_words: the words every match of a pattern holds, so that a text
holding none of them is never searched (patterns.Guarded, answering's cues)."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re

import pytest

import bot.answering
import bot.facts
import bot.ingest
from bot import patterns
from bot.answering.reading import cues


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\bhow\s+much\b", ("much",)),
        (r"\b(?:rose|risen|climb\w*)\b", ("climb", "risen", "rose")),
        (r"tonnes?", ("tonne", "tonnes")),
        (r"(?:h|q)[12]\s", ("h1", "h2", "q1", "q2")),
        (r"\bLTD\b", ("ltd",)),
        (r"(?:%|\bper\s?cent)\s+of\b", ("of",)),
        (r"(?i:(?P<prefix>us|nz)?)\$", ("$", "nz$", "us$")),
        (r"[a-z]+", None),  # (any word: nothing every match holds)
        (r"(?:ſ|s)ales", None),  # (a word that is not ASCII: a case-blind "s" too)
        (r"x?y?", None),  # (may match nothing at all)
    ],
)
def test_the_words_every_match_holds(pattern: str, words) -> None:
    assert patterns.required_words(re.compile(pattern, re.IGNORECASE)) == words


def _bot_patterns() -> list[re.Pattern[str]]:
    """Every pattern a module of the answering, the store or ingestion holds at its top
    level."""
    found: dict[tuple, re.Pattern[str]] = {}
    for package in (bot.answering, bot.facts, bot.ingest):
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            module = importlib.import_module(info.name)
            for value in vars(module).values():
                if isinstance(value, patterns.Guarded):
                    value = value._compiled
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                    found[(value.pattern, value.flags)] = value
    return list(found.values())


_FILLER = "the of in for and sales revenue Q3 2024 fiscal FY25 to up 5% $4.2bn , ( ) - ?".split()


def _texts(words: tuple[str, ...], rng: random.Random) -> list[str]:
    """Texts made of the pattern's own words (in any case), filler, and characters that a
    case-blind search reads as ASCII letters."""
    out = []
    for _ in range(40):
        picked = rng.choices([*words, *_FILLER, "İ", "ſ", "K"], k=rng.randint(1, 8))
        text = " ".join(w.upper() if rng.random() < 0.3 else w for w in picked)
        out += [text, text.replace(" ", "")]
    return out


def test_a_text_without_the_words_is_never_matched() -> None:
    rng = random.Random(20261202)
    checked = skipped = 0
    for pattern in _bot_patterns():
        words = patterns.required_words(pattern)
        if words is None:
            continue
        for text in _texts(words, rng):
            checked += 1
            if not patterns.may_hold(text, words):
                skipped += 1
                assert pattern.search(text) is None, (pattern.pattern, text)
    assert checked > 5000 and skipped > 1000  # (the test tested something)


class _NeverSearched:
    pattern = r"\bhow\s+much\b"
    flags = re.IGNORECASE

    def search(self, text: str):
        raise AssertionError(f"searched {text!r}")

    findall = search


def test_a_cue_is_not_searched_in_a_text_without_its_words() -> None:
    cue = cues.Cue(_NeverSearched())  # type: ignore[arg-type]
    assert cue.search("what were Ostravo's sales in Q3") is None
    assert cue.findall("what were Ostravo's sales in Q3") == []
    with pytest.raises(AssertionError):
        cue.search("HOW MUCH did Ostravo sell")


def test_a_guarded_pattern_matches_as_its_pattern() -> None:
    guarded = patterns.guarded(r"\bhow\s+much\b", re.IGNORECASE)
    assert guarded.search("and How Much did they sell").group() == "How Much"
    assert guarded.search("what did they sell") is None
    assert guarded.sub("?", "how much, how much") == "?, ?"
    assert guarded.sub("?", "nothing here") == "nothing here"
    assert [m.start() for m in guarded.finditer("how much or how  much", 1)] == [12]
    assert guarded.match("how much").end() == 8  # (a match at a place: the pattern's own)
