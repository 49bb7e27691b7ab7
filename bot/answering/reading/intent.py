"""What a question asks for, read from its lexicon words: the intent (a value, growth, a
trend, a revision history...), which statement of a figure (original, previous, current),
its kind (target, forecast, actual) and one end of a range.
"""

from __future__ import annotations

import enum
import itertools
from datetime import date

from bot import patterns
from bot.answering.english.words import (
    ACTUAL_WORDS,
    CHANGE_VERBS,
    COPULAS,
    CURRENT_WORDS,
    EXPECTATION_WORDS,
    EXPECTED_WORDS,
    FORECAST_WORDS,
    GROWTH_WORDS,
    HIGH_END_WORDS,
    LEXICON,
    LOW_END_WORDS,
    MOVE_VERBS,
    ORIGINAL_WORDS,
    PREVIOUS_WORDS,
    RANGE_WORDS,
    SERIES_WORDS,
    TARGET_MET_WORDS,
    TARGET_WORDS,
    TREND_WORDS,
    Token,
)
from bot.answering.reading.asks import BEFORE_AND_AFTER
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.facts import reporting
from bot.facts.model import Kind
from bot.facts.periods import find_periods


class Intent(str, enum.Enum):
    VALUE = "value"  # one figure
    HISTORY = "history"  # every revision of a figure
    TARGET_MET = "target-met"  # actual against its target or forecast
    GROWTH = "growth"  # one figure against another period's
    TREND = "trend"  # every period of a metric (a chart)
    SOURCE = "source"  # which fact states this amount, and where it comes from
    RANGE = "range"  # a range stated as two metrics, "X (low end)" and "X (high end)"
    SUM = "sum"  # a period's figure added up from the figures of its parts (H1 from Q1 + Q2)
    DIFFERENCE = "difference"  # one figure less another (two running totals, group - segment)
    PROGRESS = "progress"  # an actual so far as a share of the whole period's goal
    SHARE = "share"  # one figure as a percentage of another it is part of
    RATIO = "ratio"  # one family's figure over another's ("book-to-bill": orders / revenue)
    IMPLIED = "implied"  # a level an expected growth implies from the period before's actual


class Revision(str, enum.Enum):
    CURRENT = "current"
    ORIGINAL = "original"
    PREVIOUS = "previous"
    ALL = "all"
    AS_OF = "as-of"
    NTH = "nth"  # "after the first revision": the statement a revision so numbered made


_VERB_TOO = frozenset({"lower"})  # an end only right before "end", "range": else the verb
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "that"})


def range_end_of(tokens: list[Token], signals: dict[int, str]) -> str | None:
    """'the low end of the range', 'bottom of the guidance', 'upper end': one end."""
    lemmas_ = [t.lemma for t in tokens]
    ranged = any(w in RANGE_WORDS for w in lemmas_)
    for i, w in enumerate(lemmas_):
        if i + 1 < len(lemmas_) and (w, lemmas_[i + 1]) in reporting.family_phrases():
            continue  # "bottom line", "top line": a figure's name, not a range's end
        of_follows = i + 1 < len(lemmas_) and lemmas_[i + 1] == "of"  # "top of the range"
        # "FY26 guidance top": an end set after the expectation it is the end of
        of_follows = of_follows or (i > 0 and lemmas_[i - 1] in EXPECTATION_WORDS)
        # "forecast to grow at most": an expectation's bound, where no amount follows it
        # (then "at least 5m" is a threshold set against a figure)
        of_follows = of_follows or _at_bound(tokens, i, lemmas_)
        if w in _VERB_TOO and (i + 1 == len(lemmas_) or lemmas_[i + 1] not in RANGE_WORDS):
            continue  # "did they lower the top end": the verb, not the lower end
        if i + 1 < len(lemmas_) and lemmas_[i + 1] in _DETERMINERS:
            continue  # "did they top the low end": the verb, whose object is the end
        if tokens[i].text.lower() != w:
            continue  # "floors shipped", "bottoms sold": things counted; an end is one
        if w in ("bottom", "floor", "ceiling") or (
            (ranged or of_follows) and w in LOW_END_WORDS | HIGH_END_WORDS
        ):
            signals[i] = "end"  # not "top" as in "did they top the target"
            for j, other in enumerate(lemmas_):
                if other in RANGE_WORDS:
                    signals.setdefault(j, other)
            return "low" if w in LOW_END_WORDS or w in ("bottom", "floor") else "high"
    return None


def _at_bound(tokens: list[Token], i: int, lemmas_: list[str]) -> bool:
    """'at most' / 'at the least' said of an expectation, no amount after it."""
    if lemmas_[i] not in ("most", "least") or not set(lemmas_) & EXPECTATION_WORDS:
        return False
    at = i - 2 if i > 1 and lemmas_[i - 1] == "the" else i - 1
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return at >= 0 and lemmas_[at] == "at" and not after[:1].isdigit()


def opening_statement(tokens: list[Token], i: int, vocab: Vocabulary) -> bool:
    """'the opening forecast', 'the opening milk price floor': the first of a series of
    statements; never the noun of "store openings" ("the store opening plan"), nor of a
    store that counts openings right before its expectation ("the FY26 opening target" of
    "new warehouse openings")."""
    if tokens[i].text != "opening" or (i and vocab.is_metric_word(tokens[i - 1].lemma)):
        return False
    expectation = EXPECTATION_WORDS | RANGE_WORDS | LOW_END_WORDS | HIGH_END_WORDS
    if i + 1 < len(tokens) and tokens[i + 1].lemma in expectation:
        # ("the FY26 opening target", where the store counts openings: their target)
        return not vocab.is_metric_word("opening")
    return bool({t.lemma for t in tokens[i + 1 : i + 5]} & expectation)


def lexicon_word(lemma: str) -> str | None:
    """The lexicon word LEMMA is; typos are mended before (see `correction.correct_words`), where a
    slip near two words ('toal': 'total' or 'goal') is never taken for either."""
    return lemma if lemma in LEXICON else None


def kind_of(words: set[str]) -> Kind | None:
    """The kind of figure the lexicon WORDS name (a target before a forecast before an
    actual), or None when none is said."""
    if "actually" in words and words & ({"range"} | ORIGINAL_WORDS | PREVIOUS_WORDS):
        # "what was actually the original range": a hedge; a range, an original or an
        # earlier one is of an expectation, never an actual figure
        words = words - {"actually"}
    if words & TARGET_WORDS:
        return Kind.TARGET
    if words & FORECAST_WORDS:
        return Kind.FORECAST
    if words & ACTUAL_WORDS:
        return Kind.ACTUAL
    return None


_EXPECTATION_SAID = TARGET_WORDS | FORECAST_WORDS | EXPECTED_WORDS | {"range"}


def intent_of(
    words: set[str],
    tokens: list[Token],
    signals: dict[int, str],
    n_periods: int,
    trend_phrase: bool,
    dated_revision: bool = False,
    range_end_said: bool = False,
) -> Intent:
    """What is asked of the figure, from the lexicon WORDS, how many periods are named and
    whether a trend is said in so many words."""
    series = n_periods == 0 and any(t.lemma in SERIES_WORDS for t in tokens)
    if words & TREND_WORDS or trend_phrase or series:
        return Intent.TREND
    # "the floor of the cut range": a range given is an expectation; so is a range's end
    # read ("how far short of the 755m high end")
    expectation = words & _EXPECTATION_SAID or range_end_said
    # ("before the revision", "after the revision": one statement, either side of it)
    revision_named = "revision" in words and (
        not {"before", "after"} & set(signals.values()) or dated_revision
    )
    if (
        words & {"history", "evolve"}
        or revision_named
        or (words & ORIGINAL_WORDS and words & CURRENT_WORDS)
        or (
            expectation
            and "change" in words
            and not words & PREVIOUS_WORDS
            and not words & ORIGINAL_WORDS
            and not words & CURRENT_WORDS
        )
    ):
        return Intent.HISTORY
    if (words & TARGET_MET_WORDS or _far_off(tokens, n_periods)) and expectation:
        return Intent.TARGET_MET
    if (words - _revised_way(tokens)) & GROWTH_WORDS or n_periods >= 2:
        return Intent.GROWTH
    return Intent.VALUE


# "revised down by", "restated upwards": the way a statement was revised, never a move
# between periods
_REVISING = frozenset({"revise", "restate"})
_WAYS = frozenset({"up", "down", "upward", "upwards", "downward", "downwards"})


def _revised_way(tokens: list[Token]) -> set[str]:
    """The words that say which way a revising verb went ("revised *down* by")."""
    return {
        after.lemma
        for before, after in itertools.pairwise(tokens)
        if before.lemma in _REVISING and after.lemma in _WAYS
    }


_AWAY = frozenset({"off", "from", "away"})


def _far_off(tokens: list[Token], n_periods: int) -> bool:
    """'how far off the goal', 'how far from its original target', 'how far was Acme from
    its goal': where a figure stands against an expectation (never 'how far did it fall
    from', a move; 'how far is FY25 revenue from the FY28 goal', two periods named, is
    the difference of the two)."""
    for i in range(len(tokens) - 2):
        if tokens[i].lemma != "how" or tokens[i + 1].lemma != "far":
            continue
        after = tokens[i + 2 : i + 7]
        if after[0].lemma in _AWAY:
            return True
        if n_periods < 2 and after[0].lemma in COPULAS and any(t.lemma in _AWAY for t in after[1:]):
            return True
    return False


# "the range they started the year with", "what they began 2025 with": the first one
_STARTING = frozenset({"start", "begin", "kick"})


def _started_with(tokens: list[Token], words: set[str]) -> bool:
    """Does an expectation's question say it is what the company started with?"""
    if not words & (EXPECTATION_WORDS | {"range"}):
        return False
    for i, t in enumerate(tokens):
        if t.lemma in _STARTING and any(u.lemma == "with" for u in tokens[i + 1 : i + 5]):
            return True
    return False


def _before_every_change(tokens: list[Token], change: int) -> bool:
    """'before any upgrades', 'before all the cuts': before every change, not the last."""
    return any(
        t.lemma in {"any", "all", "every"}
        and any(u.lemma == "before" for u in tokens[max(0, j - 2) : j])
        for j, t in enumerate(tokens[:change])
    )


def _and_where_it_went(tokens: list[Token], signals: dict[int, str]) -> bool:
    """Does the question also ask what a change made of the figure ("… and what did they
    lift it to", "… and where is it now")? Then every statement is asked."""
    to_after_change = any(
        w in CHANGE_VERBS and any(t.text == "to" for t in tokens[i + 1 : i + 4])
        for i, w in signals.items()
    )
    said = " ".join(t.text for t in tokens)
    return (
        to_after_change
        or any(t.text in ("now", "currently", "finally") for t in tokens)
        or _WHERE_IT_ENDED.search(said) is not None
    )


# the statement in force said in so many words ("new" and "after" may be of a figure)
_NAMED_CURRENT = frozenset({"current", "latest"})


def _period_starts(tokens: list[Token]) -> bool:
    """Do TOKENS (the few words after a "from") begin with a period ("from FY26", "from
    Q3 2024"), by the period grammar?"""
    found = find_periods(" ".join(t.text for t in tokens))
    return bool(found) and found[0].start == 0


def _period_read_after(word: Token, period_starts: frozenset[int]) -> bool:
    """Does a period the question names begin just after WORD ("from FY 2024/25 to reach
    the target")? Its words are read as the period, so the tokens no longer hold them."""
    return any(word.end < start <= word.end + 2 for start in period_starts)


# "… and what was it at the end", "where did it end up" ("before and after": see revision_of)
_WHERE_IT_ENDED = patterns.guarded(r"\b(?:(?:at|in)\s+the\s+end(?!\s+of)|end(?:ed)?\s+up)\b")


# What "first" counts when it opens a span: "the first 7 weeks", "its first week"
_SPAN_UNITS = frozenset({"day", "week", "month", "quarter", "half", "year", "season"})


def _first_of_a_span(tokens: list[Token]) -> bool:
    """Does every "first" open a span ("the first 7 weeks", "its first week", "first
    half"), never a statement ("the first guidance")?"""
    firsts = [i for i, t in enumerate(tokens) if t.lemma == "first"]
    return bool(firsts) and all(
        any(u.lemma in _SPAN_UNITS for u in tokens[i + 1 : i + 3]) for i in firsts
    )


def revision_of(
    words: set[str],
    tokens: list[Token],
    signals: dict[int, str],
    as_of: date | None,
    dated_revision: bool = False,
    numbered_revision: bool = False,
    period_starts: frozenset[int] = frozenset(),
) -> Revision:
    """Which statement of a figure is asked: as of a date, the one a numbered revision
    made, the original, the one a change replaced, every revision, or (unless said) the
    current one. PERIOD_STARTS: where the periods the question names begin in its text."""
    if BEFORE_AND_AFTER.search(" ".join(t.text for t in tokens)):
        return Revision.ALL  # "the opex budget before and after the March revision"
    if as_of is not None:
        return Revision.AS_OF
    if numbered_revision:
        return Revision.NTH
    original = words & ORIGINAL_WORDS
    if original == {"first"} and _first_of_a_span(tokens):
        original = set()  # ("comps for the first 7 weeks of 2H": a span, no statement)
    if original or _started_with(tokens, words):
        if _and_where_it_went(tokens, signals):
            return Revision.ALL  # "the original outlook, and what did they lift it to"
        return Revision.ORIGINAL
    # "before they cut it", "what did they cut it from": the figure the change replaced.
    positions = sorted(signals)
    # "the guidance before the wall slip": an event that moved an expectation is its cut
    moves = CHANGE_VERBS | (MOVE_VERBS if words & EXPECTATION_WORDS else frozenset())
    if not dated_revision:
        # "the forecast before the revision": the figure it replaced (a revision named by
        # its month is read by the engine: asks.revision_month)
        moves |= {"revision"}
    # ("to hit its current FY27 target": the statement in force, whatever moved)
    current_said = bool(words & _NAMED_CURRENT)
    for i in positions:
        if signals[i] in moves and not current_said:
            before = any(signals.get(j) == "before" for j in range(max(0, i - 5), i))
            # ("grow from FY26": a period grown from, no statement it replaced)
            rest = tokens[i + 1 :]
            after_from = any(
                t.lemma == "from"
                and not _period_starts(rest[k + 1 : k + 4])
                and not _period_read_after(t, period_starts)
                for k, t in enumerate(rest)
            )
            after_cut = any(signals.get(j) == "after" for j in range(max(0, i - 3), i))
            if before and _before_every_change(tokens, i):
                return Revision.ORIGINAL  # "before any upgrades": the first statement
            if before or (after_from and not after_cut):
                return Revision.PREVIOUS
    if words & (PREVIOUS_WORDS - {"before"}):
        return Revision.PREVIOUS
    if "history" in words or (
        "revision" in words and ("after" not in signals.values() or dated_revision)
    ):
        return Revision.ALL
    return Revision.CURRENT
