"""Many people asking at once, through the Discord layer, without a network.

Each question goes through `bot.discord_bot.answers.respond`: the path /ask, !ask and a
mention all share (the per-user cooldown, the answer from the bot's answering processes,
the embed and the view), on a real bot from `create_bot`, with a
replier that records what would be sent instead of calling Discord. A ticker task on the
same loop wakes every 5 ms and records how late it wakes: the event loop's lag.
"""

from __future__ import annotations

import asyncio
import gc
import os
import random
import statistics
import subprocess
import sys
import threading
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


async def _ticker(stop: asyncio.Event, lags: list[float], at: list[float]) -> None:
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        t = loop.time()
        await asyncio.sleep(TICK)
        lags.append(loop.time() - t - TICK)
        at.append(time.perf_counter())


# The same 5 ms ticker in a process of its own that does nothing else: how late an idle
# process wakes on this machine meanwhile (other jobs' share of the two cores), beside
# the bot's lag.
_CONTROL = """
import select, sys, time
lags = []
while True:  # until the parent closes stdin
    t = time.perf_counter()
    if select.select([sys.stdin], [], [], 0.005)[0]:
        break
    lags.append(time.perf_counter() - t - 0.005)
lags.sort()
print(max(lags) * 1e3, lags[round(0.99 * (len(lags) - 1))] * 1e3)
"""


class _Diagnosis:
    """Where the loop's time goes during the burst: garbage collections (every thread),
    and the loop's own callbacks longer than 2 ms (what they are). A lag that neither
    covers was spent waiting: for the GIL, or for the CPU (other processes)."""

    def __init__(self) -> None:
        self.gc: list[tuple[float, float, int, str]] = []  # start, end, generation, thread
        self.callbacks: list[tuple[float, float, str]] = []
        self._gc_started: dict[int, float] = {}
        self._run = asyncio.events.Handle._run
        self.started = 0.0

    def start(self) -> None:
        self.started = time.perf_counter()
        gc.callbacks.append(self._on_gc)
        diagnosis, run = self, self._run

        def timed(handle: asyncio.events.Handle) -> None:
            t = time.perf_counter()
            run(handle)
            end = time.perf_counter()
            if end - t > 0.002:
                diagnosis.callbacks.append((t, end, _name(handle)))

        asyncio.events.Handle._run = timed  # type: ignore[method-assign]

    def stop(self) -> None:
        gc.callbacks.remove(self._on_gc)
        asyncio.events.Handle._run = self._run  # type: ignore[method-assign]

    def _on_gc(self, phase: str, info: dict) -> None:
        ident = threading.get_ident()
        if phase == "start":
            self._gc_started[ident] = time.perf_counter()
        elif ident in self._gc_started:
            self.gc.append(
                (
                    self._gc_started.pop(ident),
                    time.perf_counter(),
                    info["generation"],
                    threading.current_thread().name,
                )
            )

    def explain(self, lags: list[float], at: list[float], worst: int = 5) -> dict:
        """The WORST lags, each with the collections and loop callbacks inside it."""

        def inside(spans: list, start: float, end: float) -> float:
            return sum(max(0.0, min(e, end) - max(s, start)) for s, e, *_ in spans)

        ranked = sorted(range(len(lags)), key=lambda i: -lags[i])[:worst]
        out = []
        for i in ranked:
            end = at[i]
            start = end - lags[i] - TICK
            out.append(
                {
                    "lag_ms": lags[i] * 1e3,
                    "after_s": end - self.started,  # from the start of the burst
                    "gc_ms": inside(self.gc, start, end) * 1e3,
                    "loop_callbacks_ms": inside(self.callbacks, start, end) * 1e3,
                    "callbacks": sorted(
                        {name for s, e, name in self.callbacks if s < end and e > start}
                    ),
                }
            )
        return {
            "worst_lags": out,
            "gc_pauses": len(self.gc),
            "gc_max_ms": max((e - s for s, e, *_ in self.gc), default=0.0) * 1e3,
            "gc_full": sum(1 for *_, g, _t in self.gc if g == 2),
            "gc_over_10ms": sorted(
                ((round((e - s) * 1e3, 1), g, name) for s, e, g, name in self.gc if e - s > 0.01),
                reverse=True,
            )[:10],
            "lags_over_20ms": _causes(lags, at, self),
            "loop_callbacks_over_2ms": len(self.callbacks),
            "loop_callbacks_by_name": _by_name(self.callbacks),
            "loop_callback_max_ms": max((e - s for s, e, _ in self.callbacks), default=0.0) * 1e3,
        }


def _by_name(callbacks: list[tuple[float, float, str]]) -> dict[str, list[float]]:
    """Each slow callback's name: how many, their total and longest ms."""
    out: dict[str, list[float]] = {}
    for s, e, name in callbacks:
        entry = out.setdefault(name, [0, 0.0, 0.0])
        entry[0] += 1
        entry[1] += (e - s) * 1e3
        entry[2] = max(entry[2], (e - s) * 1e3)
    return out


def _causes(lags: list[float], at: list[float], d: _Diagnosis) -> dict[str, int]:
    """Lags over 20 ms by what covered most of them: a collection, the loop's own
    callbacks, or nothing of this process's (waiting for the GIL or for a core)."""
    out = {"gc": 0, "loop_callbacks": 0, "waiting": 0}
    for lag, end in zip(lags, at, strict=True):
        if lag <= 0.02:
            continue
        start = end - lag - TICK
        g = sum(max(0.0, min(e, end) - max(s, start)) for s, e, *_ in d.gc)
        c = sum(max(0.0, min(e, end) - max(s, start)) for s, e, _ in d.callbacks)
        out["gc" if g >= max(c, lag / 2) else "loop_callbacks" if c >= lag / 2 else "waiting"] += 1
    return out


def _name(handle: asyncio.events.Handle) -> str:
    callback = getattr(handle, "_callback", None)
    task = getattr(callback, "__self__", None)
    coro = getattr(task, "get_coro", lambda: None)()
    name = getattr(coro, "__qualname__", None) or getattr(callback, "__qualname__", None)
    return str(name or callback)


async def _drive(
    db: Path,
    n_questions: int,
    n_users: int,
    threads: int | None,
    charts: bool,
    freeze: bool,
    diagnose: bool,
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
    at: list[float] = []
    diagnosis = _Diagnosis() if diagnose else None
    control = subprocess.Popen(
        [sys.executable, "-c", _CONTROL],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    ticker = asyncio.create_task(_ticker(stop, lags, at))
    await asyncio.sleep(0.05)
    if diagnosis is not None:
        diagnosis.start()
    cpu = time.thread_time()  # the loop thread's own CPU during the burst

    async def one(question: str, user: int) -> float:
        replier = RecordingReplier(_User(user), _Guild(42))
        t = time.perf_counter()
        await respond(bot, replier, question)
        assert replier.sent, question
        return time.perf_counter() - t

    t0 = time.perf_counter()
    latencies = await asyncio.gather(*(one(q, u) for q, u in work))
    elapsed = time.perf_counter() - t0
    loop_cpu = time.thread_time() - cpu
    if diagnosis is not None:
        diagnosis.stop()
    stop.set()
    await ticker
    control_max, control_p99 = map(float, control.communicate("")[0].split())
    if workers is not None:
        workers.close()
    bot.answerers.close()
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
        "control_lag_max_ms": control_max,
        "control_lag_p99_ms": control_p99,
        "loop_thread_cpu_s": loop_cpu,
        "load_average": os.getloadavg(),
        **({"diagnosis": diagnosis.explain(lags, at)} if diagnosis is not None else {}),
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
    diagnose: bool = False,
) -> dict:
    return asyncio.run(_drive(db, n_questions, n_users, threads, charts, freeze, diagnose))
