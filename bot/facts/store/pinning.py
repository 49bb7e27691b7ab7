"""One question, one read of the store's generation.

Answering one question asks the store for its generation several times (the engine's
vocabulary before understanding and again before answering, then every kept read: the
metrics a company has, its series), each a statement of its own (~6 µs, two to three
times that between other work). Inside `FactStore.one_generation()` the first read is
kept for the calling thread until the block ends, so a question pays for one: it is
answered as of the store it began with, as if it had been answered at once. A write by
this store drops what is kept (`_bump`); a write by another process is seen by the next
question, as before.
"""

from __future__ import annotations

import threading
from types import TracebackType


class GenerationPin:
    """Per thread (the bot answers from several): how deep in `held()` it is, and the
    generation read first inside it, if any yet. Kept by thread id in a plain dict (each
    thread touches its own entry only): a `threading.local` and a generator-based context
    manager cost ~13 µs a question, this ~1 µs."""

    def __init__(self) -> None:
        self._held: dict[int, list] = {}  # thread id -> [depth, value or None]

    def held(self) -> _Held:
        return _Held(self._held)

    def kept(self) -> int | None:
        state = self._held.get(threading.get_ident())
        return None if state is None else state[1]

    def keep(self, value: int) -> None:
        state = self._held.get(threading.get_ident())
        if state is not None:
            state[1] = value

    def drop(self) -> None:
        state = self._held.get(threading.get_ident())
        if state is not None:
            state[1] = None


class _Held:
    """One `held()` block of the calling thread; the value is dropped as the outermost ends."""

    __slots__ = ("_held", "_thread")

    def __init__(self, held: dict[int, list]) -> None:
        self._held = held
        self._thread = threading.get_ident()

    def __enter__(self) -> None:
        state = self._held.get(self._thread)
        if state is None:
            self._held[self._thread] = [1, None]
        else:
            state[0] += 1

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        state = self._held[self._thread]
        state[0] -= 1
        if state[0] == 0:
            del self._held[self._thread]
