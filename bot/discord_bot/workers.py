"""Where the bot's blocking work runs, so the event loop never waits on it.

- Store and engine calls go to ONE worker thread (it becomes the loop's default executor,
  so every `asyncio.to_thread` uses it). The engine is pure Python: more threads only take
  turns on the GIL and keep the event loop waiting for it. Measured with 500 questions
  from 50 users (bench/RESULTS.md): worst loop lag 211 ms with the default pool, 34 ms
  with one thread.
- Reports are read (ingested) on a thread of their own: reading a long one takes minutes
  of CPU, and on the store's worker it would hold up every server's questions meanwhile.
  Only its store steps (what the store knows before, the candidates after) go to the
  worker. It shares the CPU with questions instead of making them queue.
- Charts are drawn in a separate process: matplotlib holds the GIL for a couple of
  hundred milliseconds a chart, which would stall the heartbeat and everyone's answers.
- The interpreter's switch interval is 1 ms instead of 5: when the loop thread wakes (a
  timer, a socket) while the worker answers, it waits for the GIL up to the interval
  before the worker must let go. Measured (bench `load --diagnose`, 1M store, load ~5):
  p99 loop lag 49-55 ms -> 15-19 ms, lags over 20 ms 72-114 -> 8-14 a run, nearly all
  of them time spent waiting, not in collections or the loop's own callbacks.
- Questions queue on the loop, in arrival order, and only the one being answered is
  handed to the worker (`answer`): a burst of hundreds costs the loop a deque append
  each instead of an executor submission each (a lock, a queue put waking the worker, a
  future per question), all run in one pass of the loop; the first is handed over after
  that pass, so the worker does not compete with the loop for the GIL during it.
"""

from __future__ import annotations

import asyncio
import functools
import multiprocessing
import sys
from collections import deque
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any, TypeVar

from bot.charts.data import ChartData

T = TypeVar("T")


SWITCH_INTERVAL = 0.001  # seconds; CPython's default is 0.005


class Workers:
    def __init__(self) -> None:
        self.thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="salesbot-worker")
        self.reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="salesbot-reader")
        self._charts: ProcessPoolExecutor | None = None  # started on the first chart
        # questions waiting for the worker (see `answer`), and whether one is on it
        self._questions: deque[tuple[Callable[[], Any], asyncio.Future]] = deque()
        self._answering = False
        self._loop: asyncio.AbstractEventLoop | None = None  # the loop they belong to

    def install(self, loop: asyncio.AbstractEventLoop) -> None:
        loop.set_default_executor(self.thread)
        sys.setswitchinterval(SWITCH_INTERVAL)

    async def answer(self, work: Callable[[], T]) -> T:
        """Run WORK (a question's store and engine calls) on the worker, after the
        questions asked before it; the loop hands over one at a time."""
        loop = asyncio.get_running_loop()
        if loop is not self._loop:  # a new loop (tests run several): nothing carries over
            self._loop, self._answering = loop, False
            self._questions.clear()
        future: asyncio.Future[T] = loop.create_future()
        self._questions.append((work, future))
        if not self._answering:
            # handed over once the loop has run what is ready: a burst is taken in whole
            # before the worker starts competing with the loop for the GIL
            self._answering = True
            loop.call_soon(self._next, loop)
        return await future

    def _next(self, loop: asyncio.AbstractEventLoop) -> None:
        while self._questions:
            work, future = self._questions.popleft()
            if future.cancelled():  # its asker is gone (e.g. the bot is closing)
                continue
            self._answering = True
            running = loop.run_in_executor(self.thread, work)
            running.add_done_callback(functools.partial(self._finished, loop, future=future))
            return
        self._answering = False

    def _finished(
        self, loop: asyncio.AbstractEventLoop, done: asyncio.Future, *, future: asyncio.Future
    ) -> None:
        if not future.cancelled():
            if done.cancelled():
                future.cancel()
            elif done.exception() is not None:
                future.set_exception(done.exception())  # type: ignore[arg-type]
            else:
                future.set_result(done.result())
        self._next(loop)

    async def read(self, work: Callable[[], T]) -> T:
        """Run WORK (reading a report: no store calls) on the reading thread."""
        return await asyncio.get_running_loop().run_in_executor(self.reader, work)

    async def render_chart(self, chart: ChartData) -> bytes:
        from bot.charts.render import render_png

        if self._charts is None:
            # spawn, not fork: the bot process has threads, and a fork copies their locks
            self._charts = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn")
            )
        return await asyncio.get_running_loop().run_in_executor(self._charts, render_png, chart)

    def close(self) -> None:
        for _, future in self._questions:
            future.cancel()
        self._questions.clear()
        if self._charts is not None:
            self._charts.shutdown(wait=False, cancel_futures=True)
        self.reader.shutdown(wait=False, cancel_futures=True)
        self.thread.shutdown(wait=False, cancel_futures=True)
