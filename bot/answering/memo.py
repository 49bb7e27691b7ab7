"""A bounded memo of values that hold while a stamp is unchanged.

The engine keeps two: a question's understanding (a pure function of its text and the
scope's vocabulary, stamped by the vocabulary's version) and a question's whole answer
(stamped by the store's generation, which every write bumps, in any process). A value is
returned only under the very stamp it was put with, so a write between two identical
questions is never answered from before it; keys carry the scope, so one server's values
never reach another. The least recently used go first beyond SIZE.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Hashable
from datetime import date, datetime, timedelta
from typing import Generic, TypeVar

V = TypeVar("V")

# (today's date, the clock's times at its start and end): reading the local date costs
# ~3 µs, and an answer stamps what it keeps with the day ("this year" moves at midnight)
# four times
_day: tuple[date, float, float] = (date.min, 0.0, 0.0)


def today() -> date:
    """`date.today()`, read again from the local date only once the clock has left the
    day it gave (past its midnight, or set back before it)."""
    global _day
    day, starts, ends = _day
    if starts <= time.time() < ends:
        return day
    day = date.today()
    starts = datetime.combine(day, datetime.min.time()).timestamp()
    ends = datetime.combine(day + timedelta(days=1), datetime.min.time()).timestamp()
    _day = (day, starts, ends)
    return day


class Memo(Generic[V]):
    def __init__(self, size: int) -> None:
        self.size = size
        self._held: OrderedDict[Hashable, tuple[Hashable, V]] = OrderedDict()
        self._lock = threading.Lock()  # the bot answers from several threads

    def get(self, key: Hashable, stamp: Hashable) -> V | None:
        """KEY's value if it was put under STAMP (a value of another stamp is dropped)."""
        with self._lock:
            found = self._held.get(key)
            if found is None:
                return None
            if found[0] != stamp:
                del self._held[key]
                return None
            self._held.move_to_end(key)
            return found[1]

    def peek(self, key: Hashable) -> V | None:
        """KEY's value under any stamp, leaving the order alone."""
        with self._lock:
            found = self._held.get(key)
        return None if found is None else found[1]

    def put(self, key: Hashable, stamp: Hashable, value: V) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._held[key] = (stamp, value)
            self._held.move_to_end(key)
            while len(self._held) > self.size:
                self._held.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._held.clear()

    def __len__(self) -> int:
        return len(self._held)
