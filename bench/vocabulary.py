"""The vocabulary after a write: what a question pays when the store has just changed.

In one process on one core: the scope's names read whole (the first question's cost),
then ROUNDS times a write (an alias added to one company, as `salesbot`'s curation or the
bot's /alias would) followed by
- the store's part: `FactStore.names_since()`, the names changed since the last call
  (what the engine asks the store for after a write);
- the whole update a question pays: `Engine.vocabulary()` (the store's part, then the
  engine's own index of the names, `bot.answering.vocabulary.vocabulary.Vocabulary`, updated with
  the changed company's names).
The aliases are removed again at the end (rows and audit entries), so the store's
answers are unchanged for the other steps.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from bench.steps import SHARED, one_core

ALIAS = "zqxbench{}"  # no question's word is near it


def step_vocabulary(db: Path, rounds: int) -> dict:
    one_core()
    from bot.answering import Engine
    from bot.facts.store import FactStore

    store = FactStore.open(db)
    engine = Engine(store)
    t = time.perf_counter()
    store.entities(SHARED), store.metrics(SHARED)
    whole_store = time.perf_counter() - t
    t = time.perf_counter()
    engine.vocabulary(SHARED)
    engine_index = time.perf_counter() - t  # the names are cached: the engine's own part
    companies = len(store.entities(SHARED))
    target = store.entities(SHARED)[-1].name
    store_parts, rebuilds = [], []
    added = []
    stamp = [store.names_since(SHARED, None).stamp]

    def store_part() -> None:
        stamp[0] = store.names_since(SHARED, stamp[0]).stamp

    try:
        for _ in range(rounds):
            for timings, call in (
                (store_parts, store_part),
                (rebuilds, lambda: engine.vocabulary(SHARED)),
            ):
                alias = ALIAS.format(len(added))
                store.add_alias(target, alias, scope=SHARED, actor="bench")
                added.append(alias)
                t = time.perf_counter()
                call()
                timings.append(time.perf_counter() - t)
    finally:
        with store.db.atomic():
            for alias in added:
                store.conn.execute("DELETE FROM aliases WHERE alias = ?", [alias])
                store.conn.execute(
                    "DELETE FROM audit WHERE actor = 'bench' AND table_name = 'aliases'"
                )
        store.close()
    return {
        "companies": companies,
        "whole_store_ms": whole_store * 1e3,
        "engine_index_ms": engine_index * 1e3,
        "store_after_write_ms": [x * 1e3 for x in store_parts],
        "rebuild_after_write_ms": [x * 1e3 for x in rebuilds],
        "store_after_write_median_ms": statistics.median(store_parts) * 1e3,
        "rebuild_after_write_median_ms": statistics.median(rebuilds) * 1e3,
    }
