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
import operator
import sys
import zlib
from array import array
from collections.abc import Iterator, MutableMapping, Set
from pathlib import Path
from typing import Any

from bot.answering.vocabulary.saved_entities import SavedEntities
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.checksums import checksums
from bot.facts.model import Entity, Metric
from bot.facts.store import FactStore
from bot.facts.store import index_cache as rows
from bot.facts.store.vocabulary import NameChanges

_PACKAGE = Path(__file__).resolve().parents[2]  # bot/
# The code and data a vocabulary is made from: any change to them is a new version.
_SOURCES = (
    "answering/vocabulary/index_cache.py",  # (the layout of what is saved)
    "answering/vocabulary/vocabulary.py",
    "answering/vocabulary/name_forms.py",
    "answering/vocabulary/saved_entities.py",
    "answering/english/words.py",
    "answering/english/lexicon.py",
    "answering/english/dictionary.py",
    "facts/model.py",
    "facts/reporting.py",
    "facts/reporting.json",
    "facts/countries.json",
)


@functools.cache
def version() -> str:
    """What the saved index depends on besides the store: these modules' text, the
    lemma table (lemminflect's data) and the interpreter (marshal's format, and the
    byte order of the saved parts' offsets)."""
    from bot.answering.english.dictionary import _cached_table

    try:
        lemmas = _cached_table().name
    except (OSError, ModuleNotFoundError):
        lemmas = "no lemma table"
    sources = checksums([_PACKAGE / name for name in _SOURCES])  # (bot/checksums.py)
    text = f"{sources}|{lemmas}|{sys.version}|{marshal.version}|{sys.byteorder}".encode()
    # two 32-bit checksums (zlib: no hashlib, which loads OpenSSL on the question's path)
    return f"{len(text)}-{zlib.crc32(text):08x}-{zlib.adler32(text):08x}"


def load(store: FactStore, scope: str) -> tuple[int, Vocabulary] | None:
    """The scope's vocabulary as saved, with the generation it describes; None when there
    is none, or it is stale, or it cannot be read (then the caller builds it)."""
    try:
        found = rows.load(store, scope, version())
        if found is None:
            return None
        data = memoryview(found[1])
        size = int.from_bytes(data[:_HEAD_SIZE], "little")
        state = marshal.loads(data[_HEAD_SIZE : _HEAD_SIZE + size])
        area = data[_HEAD_SIZE + size :]
        unread = {name: _Laid(area, state.pop(name))[0] for name in _READ_WHOLE_ON_USE}
        for name in _READ_BY_KEY:
            ends, count = state[name]
            state[name] = _Buckets(_Laid(area, ends), count)
        metric_words, (ends, count) = state["_spelling"]
        state["_spelling"] = (metric_words, _Words(_Buckets(_Laid(area, ends), count)))
        vocab = _SavedVocabulary.from_state(state)
        vocab._unread = unread
        return found[0], vocab
    except Exception:  # damaged bytes or another build's layout: build it instead
        return None


def save(store: FactStore, scope: str, generation: int, vocab: Vocabulary) -> bool:
    """Keep VOCAB (built from names read after GENERATION was) for the next process."""
    try:
        state = vocab.state()
        area = bytearray()
        for name in _READ_WHOLE_ON_USE:
            state[name] = _lay(area, [_packed(state[name])])
        for name in _READ_BY_KEY:
            buckets, count = _bucketed(state[name])
            state[name] = (_lay(area, buckets), count)
        metric_words, names = state["_spelling"]  # (made by `state`)
        buckets, count = _bucketed(dict.fromkeys(names))
        state["_spelling"] = (metric_words, (_lay(area, buckets), count))
        head = marshal.dumps(state)
        data = len(head).to_bytes(_HEAD_SIZE, "little") + head + area
    except ValueError:  # something marshal cannot hold: keep nothing
        return False
    return rows.save(store, scope, version(), generation, data)


# The saved row: the size of its head (_HEAD_SIZE bytes), the head (marshal of the
# state, with where each part read on use lies instead of its bytes), then those parts'
# bytes one after another. A new process reads them in place, as slices of the row: at
# 44,000 companies, turning back thousands of buckets' bytes as objects of their own
# (3.6 MB copied into new memory) cost ~4 of the ~9 ms `marshal.loads` of the row took.
_HEAD_SIZE = 8


def _lay(area: bytearray, parts: list[bytes]) -> bytes:
    """PARTS added to AREA; where each ends in it (the first number: where they begin)."""
    ends = array("Q", [len(area)])
    for part in parts:
        area += part
        ends.append(len(area))
    return ends.tobytes()


class _Laid:
    """Parts laid one after another in a saved row (`_lay`), each read in place."""

    __slots__ = ("_area", "_ends")

    def __init__(self, area: memoryview, ends: bytes) -> None:
        self._area = area
        self._ends = memoryview(ends).cast("Q")

    def __len__(self) -> int:
        return len(self._ends) - 1

    def __getitem__(self, k: int) -> memoryview:
        if not 0 <= k < len(self._ends) - 1:
            raise IndexError(k)
        return self._area[self._ends[k] : self._ends[k + 1]]


# Parts of a saved vocabulary read only when used, so that a new process answering one
# question does not turn all of them back into objects: the index of misspelt company
# names, read whole when a name is misspelt; each company's fields and words, the names
# that lead to companies and the words of all names (which the speller only asks whether
# it holds a word), read by the bucket (`_Buckets`) for the few words a question holds.
# Turned back whole, these grew with the store: at 44,000 companies (10M facts) a cold
# `salesbot ask` made 80,000 name keys and 44,000 companies' fields no question reads
# (262 ms before, 197 ms after, against 179 and 168 ms at 1M: bench/README.md). Each part
# is kept compressed (zlib, fastest level): half the bytes to read from the store's file
# (7.2 MB at 44,000 companies), for ~20 us a bucket turned back.
_READ_WHOLE_ON_USE = ("_fuzzy_entity_ids", "_fuzzy_by_length")
_READ_BY_KEY = ("entities", "entity_words", "_entity_names")
# Keys a bucket holds, about: a lookup turns back one bucket, whatever the store's size.
BUCKET_KEYS = 64


def _bucket_of(key: Any, buckets: int) -> int:
    """KEY's bucket among BUCKETS: the same in every process (a str's hash() is not)."""
    if key.__class__ is int:
        return key % buckets
    text = key if key.__class__ is str else "\x1f".join(key)  # (a name key: its words)
    return zlib.crc32(text.encode("utf-8", "surrogatepass")) % buckets


def _bucketed(values: dict) -> tuple[list[bytes], int]:
    """VALUES as saved: packed bytes of each bucket's dict, and how many keys in all."""
    buckets: list[dict] = [{} for _ in range(max(1, len(values) // BUCKET_KEYS))]
    for key, value in values.items():
        buckets[_bucket_of(key, len(buckets))][key] = value
    return [_packed(b) for b in buckets], len(values)


def _packed(value: Any) -> bytes:
    return zlib.compress(marshal.dumps(value), 1)


def _unpacked(data: bytes | memoryview) -> Any:
    return marshal.loads(zlib.decompress(data))


class _Buckets(MutableMapping):
    """A saved mapping turned back one bucket at a time (a dict of about BUCKET_KEYS
    keys), when a key of that bucket is first read or written."""

    __slots__ = ("_count", "_read", "_saved")

    def __init__(self, saved: list[bytes] | _Laid, count: int) -> None:
        self._saved = saved
        self._read: dict[int, dict] = {}  # bucket -> its dict, once turned back
        self._count = count

    def _bucket(self, key: Any) -> dict:
        try:
            k = _bucket_of(key, len(self._saved))
        except (TypeError, AttributeError):  # no key of this mapping's kind: in none
            return {}
        return self._bucket_at(k)

    def _bucket_at(self, k: int) -> dict:
        found = self._read.get(k)
        if found is None:  # setdefault: two threads turning it back share one dict
            found = self._read.setdefault(k, _unpacked(self._saved[k]))
        return found

    def __getitem__(self, key: Any) -> Any:
        return self._bucket(key)[key]

    def get(self, key: Any, default: Any = None) -> Any:
        return self._bucket(key).get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self._bucket(key)

    def __setitem__(self, key: Any, value: Any) -> None:
        bucket = self._bucket(key)
        self._count += key not in bucket
        bucket[key] = value

    def __delitem__(self, key: Any) -> None:
        del self._bucket(key)[key]
        self._count -= 1

    def __iter__(self) -> Iterator:
        for k in range(len(self._saved)):
            yield from list(self._bucket_at(k))

    def __len__(self) -> int:
        return self._count

    def whole(self) -> dict:
        """Every key and value, as one dict (every bucket turned back and kept)."""
        found: dict = {}
        for k in range(len(self._saved)):
            found.update(self._bucket_at(k))
        return found


class _Words(Set):
    """The words of every company's names, as saved (`_Buckets` of word -> None): the
    speller asks whether it holds a word, which turns back one bucket."""

    __slots__ = ("_held",)

    def __init__(self, held: _Buckets) -> None:
        self._held = held

    def __contains__(self, word: object) -> bool:
        return word in self._held

    def __iter__(self) -> Iterator:
        return iter(self._held)

    def __len__(self) -> int:
        return len(self._held)


def read_whole(vocab: Vocabulary) -> None:
    """VOCAB's parts saved by the bucket made plain dicts, for a process that will answer
    for a long time (`prepare`) or that sees writes (`catch_up`): a lookup or an update
    is then a dict's, not a bucket's."""
    for name in _READ_BY_KEY:
        owner = vocab.entities if name == "entities" else vocab
        held = getattr(owner, "_fields" if name == "entities" else name, None)
        if isinstance(held, _Buckets):  # (a built vocabulary holds plain dicts already)
            setattr(owner, "_fields" if name == "entities" else name, held.whole())
    spelling = vocab.__dict__.get("_spelling")
    if spelling is not None and isinstance(spelling[1], _Words):
        vocab._spelling = (spelling[0], frozenset(spelling[1]))
    if isinstance(vocab, _SavedVocabulary):
        for name in _READ_WHOLE_ON_USE:
            getattr(vocab, name)  # now, not at the first misspelt name (~2 ms at 1M facts)


class _SavedVocabulary(Vocabulary):
    """A Vocabulary loaded from the store: the same index, its `_READ_WHOLE_ON_USE`
    parts turned back from their bytes on first use."""

    _unread: dict[str, memoryview]

    def __getattr__(self, name: str) -> Any:
        unread = self.__dict__.get("_unread")
        if unread is None or name not in unread:
            raise AttributeError(name)
        value = _unpacked(unread[name])
        setattr(self, name, value)  # (the bytes stay: another thread may be reading them)
        return value

    def state(self) -> dict:
        for name in list(self._unread):
            getattr(self, name)
        state = super().state()
        del state["_unread"]
        for name in ("entity_words", "_entity_names"):  # (entities: by `state`)
            held = getattr(self, name)
            state[name] = held.whole() if isinstance(held, _Buckets) else dict(held)
        metric_words, names = state["_spelling"]
        state["_spelling"] = (metric_words, frozenset(names))
        return state


def catch_up(vocab: Vocabulary, changes: NameChanges) -> bool:
    """Bring a loaded VOCAB (which has no stamp from this process's store) up to the
    whole set of names in CHANGES when they only grew since (new companies and metrics,
    new aliases and synonyms); False when something else changed (rebuild it then).
    A process that sees writes answers on: its index is read whole first, so that this
    and every later update works on plain dicts, not on buckets turned back one by one."""
    read_whole(vocab)
    entities = _changed_entities(vocab, changes.entities)
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


_ENTITY_FIELDS = operator.attrgetter(*(f.name for f in dataclasses.fields(Entity)))


def _changed_entities(vocab: Vocabulary, entities: list[Entity]) -> list[Entity]:
    """Those of ENTITIES that are not the ones VOCAB holds. A loaded index's saved fields
    are compared as they are, in one loop, without making an Entity of each of thousands
    of companies (the first update after a write in a process that loaded the index)."""
    held = vocab.entities
    if not isinstance(held, SavedEntities):
        return [e for e in entities if held.get(e.id) != e]  # type: ignore[arg-type]
    saved, fields = held._fields, _ENTITY_FIELDS
    return [entity for entity in entities if saved.get(entity.id) != fields(entity)]


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
