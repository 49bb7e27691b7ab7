"""The garbage collector in a process that answers questions (the bot's answering
processes; the benchmark's answering step does the same).

Once warm, what the process has built (the vocabulary, modules, compiled patterns) lives
as long as it does: `gc.freeze()` keeps it out of every later pass. Answering then keeps
what it reads for later questions (the store's series cache, the engine's memos, both
bounded), so a question asked for the first time leaves a few hundred lasting objects;
at the default threshold (a young pass every 700 new objects) each of them was traversed
by several young and middle passes, and a full pass over the grown caches stalled one
question in a few hundred by ~30 ms. Young passes every YOUNG_OBJECTS new objects, and
middle and full passes a tenth as often as young and middle ones, cost a first-time
question about a quarter of what they did (measured at 1M facts: 0.4 -> 0.1 ms of
collection per question) while garbage cycles, which answering rarely makes, are still
collected within YOUNG_OBJECTS allocations.
"""

from __future__ import annotations

import gc

YOUNG_OBJECTS = 10_000


def settle() -> None:
    """Keep what is built so far out of the collector's passes, and make them rarer."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_OBJECTS, 10, 10)
