"""Verbs matched in any of their forms: the helpers counts.py and revisions.py share
(a count added over a span, a revision named by its verb)."""

from __future__ import annotations

import functools

from bot.answering.english.lexicon import verb_lemma
from bot.answering.english.words import tokenize


def _form_of(word: str, lemmas: frozenset[str]) -> bool:
    """Is WORD one of LEMMAS or an inflection of one ('grew' of 'grow', 'lost' of 'lose')?
    The verb lists live in words.py as lemmas; here they are matched in any form."""
    word = word.lower()
    return word in lemmas or verb_lemma(word) in lemmas


@functools.lru_cache(maxsize=4096)  # a question's cues are read again each time it is answered
def _says(text: str, lemmas: frozenset[str]) -> bool:
    return any(_form_of(t.text, lemmas) for t in tokenize(text))
