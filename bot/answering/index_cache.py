"""The vocabulary of names kept between processes: a cold `salesbot ask` on a store of
thousands of companies loads it (a few ms) instead of lemmatising and indexing every
company's names again (~150 ms at 4,400 companies).

Stored by the store (bot/facts/store/index_cache.py) in its own file, one row per scope,
trusted only while the store, the scope and this code are what it was built from. The
bytes are `marshal` of plain values (`Vocabulary.state`): nothing in them is ever run,
unlike a pickle, and anything unexpected is treated as no row at all.
"""

from __future__ import annotations

import dataclasses
import functools
import marshal
import sys
import zlib
from pathlib import Path

from bot.answering.vocabulary import Vocabulary
from bot.facts.model import Entity, Metric
from bot.facts.store import FactStore
from bot.facts.store import index_cache as rows
from bot.facts.store.vocabulary import NameChanges

_PACKAGE = Path(__file__).resolve().parent.parent
# The code and data a vocabulary is made from: any change to them is a new version.
_SOURCES = (
    "answering/vocabulary.py",
    "answering/words.py",
    "answering/lexicon.py",
    "answering/dictionary.py",
    "facts/model.py",
    "facts/reporting.py",
    "facts/reporting.json",
)


@functools.cache
def version() -> str:
    """What the saved index depends on besides the store: these modules' text, the
    lemma table (lemminflect's data) and the interpreter (marshal's format)."""
    from bot.answering.dictionary import _cached_table

    try:
        lemmas = _cached_table().name
    except (OSError, ModuleNotFoundError):
        lemmas = "no lemma table"
    text = b"".join((_PACKAGE / name).read_bytes() for name in _SOURCES)
    text += f"{lemmas}|{sys.version}|{marshal.version}".encode()
    # two 32-bit checksums (zlib: no hashlib, which loads OpenSSL on the question's path)
    return f"{len(text)}-{zlib.crc32(text):08x}-{zlib.adler32(text):08x}"


def load(store: FactStore, scope: str) -> tuple[int, Vocabulary] | None:
    """The scope's vocabulary as saved, with the generation it describes; None when there
    is none, or it is stale, or it cannot be read (then the caller builds it)."""
    try:
        found = rows.load(store, scope, version())
        if found is None:
            return None
        return found[0], Vocabulary.from_state(marshal.loads(found[1]))
    except Exception:  # damaged bytes or another build's layout: build it instead
        return None


def save(store: FactStore, scope: str, generation: int, vocab: Vocabulary) -> bool:
    """Keep VOCAB (built from names read after GENERATION was) for the next process."""
    try:
        data = marshal.dumps(vocab.state())
    except ValueError:  # something marshal cannot hold: keep nothing
        return False
    return rows.save(store, scope, version(), generation, data)


def catch_up(vocab: Vocabulary, changes: NameChanges) -> bool:
    """Bring a loaded VOCAB (which has no stamp from this process's store) up to the
    whole set of names in CHANGES when they only grew since (new companies and metrics,
    new aliases and synonyms); False when something else changed (rebuild it then)."""
    entities = [e for e in changes.entities if vocab.entities.get(e.id) != e]
    metrics = [m for m in changes.metrics if vocab.metrics.get(m.id) != m]
    if len(changes.entities) != len(vocab.entities) + sum(
        e.id not in vocab.entities for e in entities
    ) or len(changes.metrics) != len(vocab.metrics) + sum(
        m.id not in vocab.metrics for m in metrics
    ):
        return False  # one went away
    if not all(_grew(vocab.entities.get(e.id), e) for e in entities) or not all(
        _grew(vocab.metrics.get(m.id), m) for m in metrics
    ):
        return False
    vocab.update(entities, metrics)
    return True


def _grew(old: Entity | Metric | None, new: Entity | Metric) -> bool:
    """NEW is OLD with more second names (or OLD is None: NEW was added)."""
    if old is None:
        return True
    if isinstance(old, Entity) and isinstance(new, Entity):
        return old.aliases == new.aliases[: len(old.aliases)] and old == dataclasses.replace(
            new, aliases=old.aliases
        )
    if isinstance(old, Metric) and isinstance(new, Metric):
        return old.synonyms == new.synonyms[: len(old.synonyms)] and old == dataclasses.replace(
            new, synonyms=old.synonyms
        )
    return False
