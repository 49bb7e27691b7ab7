"""Where the bot's questions are answered: in processes of their own, so the event loop
never waits on answering.

The engine is pure Python. Answered on a worker thread of the bot's process, it held the
GIL the event loop needs: with 500 questions from 50 users the loop's worst lag was
53-123 ms a run (`python -m bench load`, five runs on the 1M store, before this module),
most of it waiting for the GIL.
An answering process opens the store read-only and keeps its own engine warm (the
vocabulary, the store's caches); the loop only sends it the question and receives the
reply, a small value (cited sources travel without their text).

- Writes stay in the bot's process (its store, its worker thread). An answering process
  sees them at its next question: every write bumps the store's generation, which the
  engine's vocabulary and the store's caches check, whichever process wrote.
- Per-server isolation is the engine's and the store's, as in the bot's own process:
  every question carries its scope.
- Follow-ups: a conversation's memory (bot/answering/conversation.py) lives in the
  process that answers it, and each conversation (server, channel, person) is always sent
  to the same process, so "and the year before?" finds the question before it. A process
  that dies is started again at the next question (bot/discord_bot/processes.py: the
  loop talks to it over a pipe, with no thread in between); its conversations start
  afresh.
- How many: one per core but one (the event loop, Discord and the store's writes need
  one), at least one, at most MAX_PROCESSES. `answer_processes=0` answers on the bot's
  worker thread instead (tests that replace the engine in the bot's process use it).
- Charts are still drawn in the chart process (workers.py): drawing one here would hold
  up the questions queued behind it.
"""

from __future__ import annotations

import asyncio
import gc
import os
from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path

from bot.answering.answer import Answer, Status
from bot.answering.conversation import Conversations
from bot.answering.engine import Engine
from bot.answering.prepare import prepare
from bot.charts.reply import ChartReply, ask_for_chart
from bot.config import BotSettings
from bot.discord_bot.picks import chosen_answer
from bot.discord_bot.processes import LoopProcess
from bot.facts.model import SHARED_SCOPE
from bot.facts.store import FactStore
from bot.facts.store.sources import send_without_text

MAX_PROCESSES = 4


@dataclass(frozen=True)
class More:
    """Candidates an ambiguous answer could not list: how many companies, for what metric."""

    companies: int
    metric: str


@dataclass(frozen=True)
class Reply:
    """One question's outcome, as it crosses from the answering process to the bot."""

    chart: ChartReply  # the answer, and the chart to draw if any
    more: More | None


@dataclass(frozen=True)
class Desk:
    """What answering needs, in whichever process answers."""

    store: FactStore
    engine: Engine
    conversations: Conversations


def answer(desk: Desk, key: Hashable, question: str, scope: str, force_chart: bool) -> Reply:
    """The one call into the engine for every way of asking (/ask, !ask, mentions,
    suggestion buttons, /chart), through the asker's conversation KEY. Reads only."""
    with desk.store.one_generation():  # one read of the store's generation a question
        reply = ask_for_chart(desk.conversations.of(key), question, scope, force=force_chart)
        return Reply(reply, hidden_candidates(desk.store, reply.answer, scope))


def hidden_candidates(store: FactStore, answer: Answer, scope: str) -> More | None:
    """An ambiguous answer lists a few companies' figures; how many more have that metric."""
    if answer.status is not Status.AMBIGUOUS or not answer.facts:
        return None
    names = {v.fact.metric.casefold() for v in answer.facts}
    metric_ids = [m.id for m in store.metrics(scope) if m.name.casefold() in names]
    if not metric_ids:
        return None
    having = store.entities_having(scope, metric_ids, limit=100_000)
    shown = {v.fact.entity.casefold() for v in answer.facts}
    hidden = len(having) - len(shown)
    return More(hidden, answer.facts[0].fact.metric) if hidden > 0 else None


def default_size() -> int:
    """One answering process per core but one, at least one, at most MAX_PROCESSES."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(MAX_PROCESSES, cores - 1))


class InThread:
    """Answering on the bot's worker thread (the loop's default executor)."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    async def ask(self, key: Hashable, question: str, scope: str, force_chart: bool) -> Reply:
        return await asyncio.to_thread(answer, self.desk, key, question, scope, force_chart)

    async def pick(self, fact_id: int, scope: str) -> Answer:
        return await asyncio.to_thread(chosen_answer, self.desk.engine, fact_id, scope)

    async def warm(self) -> None:
        await asyncio.to_thread(prepare, self.desk.engine)

    def close(self) -> None:
        pass


class InProcesses:
    """Answering in SIZE processes over the store at PATH, each started on first use."""

    def __init__(self, path: Path, size: int) -> None:
        self.path = Path(path).resolve()
        self.processes = [
            LoopProcess(_start, (str(self.path),), name=f"salesbot-answering-{i}")
            for i in range(size)
        ]

    async def ask(self, key: Hashable, question: str, scope: str, force_chart: bool) -> Reply:
        # A conversation always goes to the same process: its memory is there.
        process = self.processes[hash(key) % len(self.processes)]
        return await process.call(_answer_here, key, question, scope, force_chart)

    async def pick(self, fact_id: int, scope: str) -> Answer:
        """The answer to a candidate picked from an ambiguous answer (picks.py)."""
        process = self.processes[hash((scope, fact_id)) % len(self.processes)]
        return await process.call(_pick_here, fact_id, scope)

    async def warm(self, scope: str = SHARED_SCOPE) -> None:
        """Start every process and ready it for SCOPE's questions (`prepare`), before the
        first question."""
        await asyncio.gather(*(p.call(_warm_here, scope) for p in self.processes))

    def close(self) -> None:
        for process in self.processes:
            process.close()


Answerers = InThread | InProcesses


def start(settings: BotSettings, desk: Desk) -> Answerers:
    """The answerers SETTINGS ask for; DESK is the bot's own (for answering in a thread)."""
    size = settings.answer_processes
    if size == 0:
        return InThread(desk)
    return InProcesses(settings.db_path, size or default_size())


# -- in the answering process -------------------------------------------------------------

_desk: Desk | None = None


def _start(path: str) -> None:
    """An answering process's start: the store read-only, an engine, conversations."""
    global _desk
    store = FactStore.open_read_only(path)
    send_without_text(path)
    engine = Engine(store)
    _desk = Desk(store, engine, Conversations(engine))


def _answer_here(key: Hashable, question: str, scope: str, force_chart: bool) -> Reply:
    assert _desk is not None, "the answering process was not started by _start"
    return answer(_desk, key, question, scope, force_chart)


def _pick_here(fact_id: int, scope: str) -> Answer:
    assert _desk is not None, "the answering process was not started by _start"
    return chosen_answer(_desk.engine, fact_id, scope)


def _warm_here(scope: str) -> None:
    assert _desk is not None, "the answering process was not started by _start"
    prepare(_desk.engine, scope)  # the names, their words' lemmas, the speller
    # What this process keeps for its life: out of the collector's full passes.
    gc.collect()
    gc.freeze()
