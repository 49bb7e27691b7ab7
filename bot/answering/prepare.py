"""Readying an engine that will answer for a long time (the bot's answering processes).

A question about a company nobody has asked about yet looks its words up one at a time:
each word of its name in the English lemma dictionary (a query each, `dictionary.py`),
and, at the first word nothing knows, the spelling tables are built whole (~25-80 ms,
once). A long-lived process pays for all of that once, before its first question: the
vocabulary, the dictionary's entries of every name's words (a query per 500 words), and
the speller. Never on the command line's path: one question does not pay back 0.1 s.

The store's names are read whole too: a company's first series read then takes its name
and calendar from them instead of a query of its own (`_series_names`, ~0.03-0.09 ms of
each never-asked company's first answer at 1M). A long-lived process reads them whole at
its first write anyway (`names_since`), so this only moves that read before the first
question.
"""

from __future__ import annotations

from bot.answering.engine import Engine
from bot.answering.english import words
from bot.answering.reading import correction
from bot.answering.vocabulary import index_cache
from bot.facts.model import SHARED_SCOPE


def prepare(engine: Engine, scope: str = SHARED_SCOPE) -> None:
    """SCOPE's vocabulary, the lemmas of its names' words, and its speller, made now."""
    vocab = engine.vocabulary(scope)
    index_cache.read_whole(vocab)  # (a saved one is read by the bucket: plain dicts now)
    names: list[str] = []
    for entity in vocab.entities.values():
        names += (entity.name, *entity.aliases)
    for metric in vocab.metrics.values():
        names += (metric.name, *metric.synonyms)
    # "Xyral Motors's units": a name's possessive is a word of its own to the dictionary
    words.lemmas_of_names(names + [f"{name}'s" for name in names])
    correction.speller(vocab).prepare()
    engine.store.entities(scope)
    engine.store.metrics(scope)
