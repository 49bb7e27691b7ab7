"""Many people asking at once, through the Discord layer, without a network.

Each question goes through `bot.discord_bot.answers.respond`: the path /ask, !ask and a
mention all share (the per-user cooldown, the engine off the event loop with
`asyncio.to_thread`, the embed and the view), on a real bot from `create_bot`, with a
replier that records what would be sent instead of calling Discord. A ticker task on the
same loop wakes every 5 ms and records how late it wakes: the event loop's lag.
"""

from __future__ import annotations

import asyncio
import gc
import random
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.steps import peak_rss_mb, percentile

TICK = 0.005


@dataclass
class _User:
    id: int
    name: str = "member"
    bot: bool = False


@dataclass
class _Guild:
    id: int


@dataclass
class RecordingReplier:
    """What a message replier would send, kept instead of sent."""

    user: Any
    guild: Any
    channel_id: int = 7  # one channel: a user's questions follow on as in a real one
    sent: list[dict] = field(default_factory=list)
    t_sent: float | None = None

    async def send(self, **kwargs: Any) -> None:
        self.sent.append(kwargs)
        self.t_sent = time.perf_counter()

    async def notice(self, text: str, *, first: bool) -> None:
        self.sent.append({"notice": text})
        self.t_sent = time.perf_counter()

    async def defer(self) -> None:
        pass


async def _ticker(stop: asyncio.Event, lags: list[float]) -> None:
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        t = loop.time()
        await asyncio.sleep(TICK)
        lags.append(loop.time() - t - TICK)


async def _drive(
    db: Path, n_questions: int, n_users: int, threads: int | None, charts: bool, freeze: bool
) -> dict:
    from bench.queries import query_set
    from bot.discord_bot import create_bot
    from bot.discord_bot.answers import respond

    loop = asyncio.get_running_loop()
    # The default cooldown (5 questions / 10 s per person) would turn most of this burst
    # into "slow down" notices; lift it so every question reaches the engine.
    bot = create_bot(db, cooldown_questions=10_000, cooldown_seconds=1)
    workers = getattr(bot, "workers", None)
    if threads:
        from concurrent.futures import ThreadPoolExecutor

        loop.set_default_executor(ThreadPoolExecutor(max_workers=threads))
    elif workers is not None:
        workers.install(loop)  # what the bot's setup_hook does when it starts
    rng = random.Random(5)
    # "chart ..." questions get a PNG drawn by matplotlib, in the worker thread
    questions = [q.text for q in query_set() if charts or q.tag != "trend"]
    # Warm up outside the measurement: the vocabulary of the servers' scope, and the first
    # embed and views (discord.py imports and compiles parts of itself on first use).
    warm = questions[:: max(1, len(questions) // 40)]
    warm += [q for q in questions if q.startswith("chart ")][:1]  # starts the chart process
    for text in warm:
        await respond(bot, RecordingReplier(_User(1), _Guild(42)), text)
    if freeze:  # what the bot could do once started: take its long-lived objects out of GC
        gc.collect()
        gc.freeze()
    work = [(rng.choice(questions), 1000 + i % n_users) for i in range(n_questions)]
    stop = asyncio.Event()
    lags: list[float] = []
    ticker = asyncio.create_task(_ticker(stop, lags))
    await asyncio.sleep(0.05)

    async def one(question: str, user: int) -> float:
        replier = RecordingReplier(_User(user), _Guild(42))
        t = time.perf_counter()
        await respond(bot, replier, question)
        assert replier.sent, question
        return time.perf_counter() - t

    t0 = time.perf_counter()
    latencies = await asyncio.gather(*(one(q, u) for q, u in work))
    elapsed = time.perf_counter() - t0
    stop.set()
    await ticker
    if workers is not None:
        workers.close()
    bot.store.close()
    if freeze:
        gc.unfreeze()
    return {
        "questions": n_questions,
        "users": n_users,
        "threads": threads or ("bot's" if workers is not None else "asyncio default"),
        "charts": charts,
        "gc_freeze": freeze,
        "chart_questions": sum(q.startswith("chart ") for q, _ in work),
        "elapsed_s": elapsed,
        "throughput_qps": n_questions / elapsed,
        "latency_p50_ms": percentile(latencies, 50) * 1e3,
        "latency_p99_ms": percentile(latencies, 99) * 1e3,
        "loop_lag_max_ms": max(lags) * 1e3,
        "loop_lag_p99_ms": percentile(lags, 99) * 1e3,
        "loop_lag_mean_ms": statistics.fmean(lags) * 1e3,
        "ticks": len(lags),
        "peak_rss_mb": peak_rss_mb(),
    }


def run_load(
    db: Path,
    n_questions: int = 500,
    n_users: int = 50,
    threads: int | None = None,
    charts: bool = True,
    freeze: bool = False,
) -> dict:
    return asyncio.run(_drive(db, n_questions, n_users, threads, charts, freeze))
