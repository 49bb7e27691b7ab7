"""A move of a figure named as an event the question places itself by: "Q1 beer sold,
before the Q2 drop", "total 2023 volume, before the 2024 decline", "Slovakia in Q2,
after the excise increase". The asker takes the move for granted (a premise); it is no
change asked, and the period inside it ("the Q2 drop") is the event's, not the figure's.

Only moves of a figure (MOVE_VERBS: drop, decline, increase, slump…) as nouns after a
preposition of time and a determiner, in a question of no expectation: a revision's
verbs ("before the cut", "after the raise"), and any move beside a goal or a forecast
("the guidance before the wall slip"), say which statement is asked (the intent
reader's).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.answering.english.words import EXPECTATION_WORDS, MOVE_VERBS, Token, move_verb_of_noun
from bot.facts.periods import PeriodMention

_TIME_PREPOSITIONS = frozenset({"before", "after", "since", "following", "despite", "amid"})
_DETERMINERS = frozenset({"the", "their", "its", "this", "that", "a", "an"})
_REACH = 4  # words between the determiner and the move ("the big q2 volume drop")


def events_named(
    tokens: Sequence[Token], signals: dict[int, str], periods: tuple[PeriodMention, ...]
) -> tuple[tuple[PeriodMention, ...], set[int]]:
    """Drop from SIGNALS the moves named as events (and the preposition that placed them);
    return PERIODS without those inside an event where another period is left for the
    figure asked, and the indexes of the events' words (said of no figure asked)."""
    spans: list[tuple[int, int]] = []
    words: set[int] = set()
    if any(w in EXPECTATION_WORDS for w in signals.values()):
        return periods, words
    for i, tok in enumerate(tokens[:-2]):
        if tok.lemma not in _TIME_PREPOSITIONS or tokens[i + 1].lemma not in _DETERMINERS:
            continue
        for j in range(i + 2, min(len(tokens), i + 3 + _REACH)):
            word = tokens[j]
            moved = word.lemma in MOVE_VERBS or move_verb_of_noun(word.text) is not None
            if moved and not word.text.endswith("ing") and j in signals:
                del signals[j]
                signals.pop(i, None)
                spans.append((tok.start, word.end))
                words.update(range(i, j + 1))
                break
            if word.lemma in _TIME_PREPOSITIONS:
                break
    if not spans:
        return periods, words

    def inside(m: PeriodMention) -> bool:
        return any(a <= m.start and m.end <= b for a, b in spans)

    left = tuple(m for m in periods if not inside(m))
    return (left if left else periods), words
