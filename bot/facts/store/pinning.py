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
from collections.abc import Iterator
from contextlib import contextmanager


class GenerationPin(threading.local):
    """Per thread (the bot answers from several): how deep in `held()` it is, and the
    generation read first inside it, if any yet."""

    depth = 0
    value: int | None = None

    @contextmanager
    def held(self) -> Iterator[None]:
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
            if self.depth == 0:
                self.value = None

    def kept(self) -> int | None:
        return self.value if self.depth else None

    def keep(self, value: int) -> None:
        if self.depth:
            self.value = value

    def drop(self) -> None:
        self.value = None
