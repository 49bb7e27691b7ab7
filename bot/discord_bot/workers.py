"""Where the bot's blocking work runs, so the event loop never waits on it.

- Questions are answered in processes of their own (answerers.py).
- Store calls (writes, admin lists, the odd engine call such as /help's examples) go to
  ONE worker thread (it becomes the loop's default executor, so every `asyncio.to_thread`
  uses it). The engine is pure Python: more threads only take turns on the GIL and keep
  the event loop waiting for it. Measured with 500 questions from 50 users, when
  questions were answered here (bench/RESULTS.md): worst loop lag 211 ms with the
  default pool, 34 ms with one thread.
- Reports are read (ingested) on a thread of their own: reading a long one takes minutes
  of CPU, and on the store's worker it would hold up every server's questions meanwhile.
  Only its store steps (what the store knows before, the candidates after) go to the
  worker. It shares the CPU with questions instead of making them queue.
- Charts are drawn in a separate process: matplotlib holds the GIL for a couple of
  hundred milliseconds a chart, which would stall the heartbeat and everyone's answers.
  The loop talks to it as to the answering processes (processes.LoopProcess), with no
  thread of ours in between.
- The interpreter's switch interval is 1 ms instead of 5: when the loop thread wakes (a
  timer, a socket) while the worker answers, it waits for the GIL up to the interval
  before the worker must let go. Measured (bench `load --diagnose`, 1M store, load ~5,
  two runs each): p99 loop lag 49 and 55 ms -> 19 and 15 ms (an idle process's p99
  meanwhile: 21-22 and 11 ms), lags over 20 ms 72 and 114 -> 14 and 8 a run, nearly all
  of them time spent waiting, not in collections or the loop's own callbacks. (Queueing
  questions on the loop, handing the worker one or two at a time, was tried and left
  out: no better lag or throughput in measured pairs.)
- Answering and chart processes run at a lower CPU priority than the bot's own
  (processes.WORKER_NICENESS): a loop that wakes gets the core from them at once.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from bot.charts.data import ChartData
from bot.discord_bot.processes import LoopProcess

T = TypeVar("T")
SWITCH_INTERVAL = 0.001  # seconds; CPython's default is 0.005


class Workers:
    def __init__(self) -> None:
        self.thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="salesbot-worker")
        self.reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="salesbot-reader")
        self.charts = LoopProcess(_no_start, name="salesbot-charts")  # on the first chart

    def install(self, loop: asyncio.AbstractEventLoop) -> None:
        loop.set_default_executor(self.thread)
        sys.setswitchinterval(SWITCH_INTERVAL)

    async def read(self, work: Callable[[], T]) -> T:
        """Run WORK (reading a report: no store calls) on the reading thread."""
        return await asyncio.get_running_loop().run_in_executor(self.reader, work)

    async def render_chart(self, chart: ChartData) -> bytes:
        from bot.charts.render import render_png  # (matplotlib: only in the chart process)

        return await self.charts.call(render_png, chart)

    def close(self) -> None:
        self.charts.close()
        self.reader.shutdown(wait=False, cancel_futures=True)
        self.thread.shutdown(wait=False, cancel_futures=True)


def _no_start() -> None:
    """The chart process needs nothing before its first chart."""
