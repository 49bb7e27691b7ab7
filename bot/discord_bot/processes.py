"""A worker process the event loop talks to over a pipe, with no thread in between.

    worker = LoopProcess(start, (path,))     # START(*ARGS) runs first in the new process
    result = await worker.call(work, a, b)   # WORK(a, b) there; its result or error here

`concurrent.futures.ProcessPoolExecutor` hands every call and result through a manager
thread in the calling process. That thread wakes for each call (500 questions at once:
500 wake-ups) and unpickles each result, holding the GIL the event loop needs: the loop's
worst lag with it was 31-41 ms, at the opening burst of `python -m bench load`. Here the
loop itself writes each call (a few hundred bytes) and reads each result when the pipe is
readable (`loop.add_reader`): nothing else in the bot's process runs Python for it.

At most IN_FLIGHT calls are written ahead of their results (the rest wait in the loop's
own queue), so a write never fills the pipe and never blocks the loop. If the process
dies, every call not answered yet fails with `WorkerGone` (the people asking are told to
ask again) and the next call starts a new process.
WORK, its arguments and its result must pickle (module-level functions, plain values).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import multiprocessing
import signal
import traceback
from collections import deque
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from typing import Any

from bot.facts.model import SalesBotError

log = logging.getLogger(__name__)
# Calls written ahead of their results: one being worked on, one ready after it.
IN_FLIGHT = 2
# How long closing waits for the process to finish what it is doing, in seconds.
CLOSE_WAIT = 1.0


class WorkerGone(SalesBotError):
    """The worker process stopped (killed, out of memory) before it answered."""


class RemoteTraceback(Exception):
    """Where an error was raised in the worker process (the `__cause__` of the error)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def __str__(self) -> str:
        return f"\n'''\n{self.text}'''"


class LoopProcess:
    """One worker process, started on the first call, and the calls sent to it."""

    def __init__(self, start: Callable[..., None], args: tuple = (), *, name: str = "") -> None:
        self._start, self._args, self.name = start, args, name or "salesbot-worker"
        self._process: Any = None  # multiprocessing's SpawnProcess
        self._conn: Connection | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ids = itertools.count()
        self._queued: deque[tuple[int, tuple, asyncio.Future]] = deque()  # not written yet
        self._sent: dict[int, asyncio.Future] = {}  # written, not answered yet

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    async def call(self, work: Callable[..., Any], *args: Any) -> Any:
        """WORK(*ARGS) in the worker process. Call from the event loop's thread."""
        if self._conn is not None and not self._process.is_alive():  # died while idle
            self._gone()
        if self._conn is None:
            self._spawn()
        future = asyncio.get_running_loop().create_future()
        # pickled when written, not here: a burst of calls costs the loop less at once
        self._queued.append((next(self._ids), (work, args), future))
        self._write()
        return await future

    def _spawn(self) -> None:
        context = multiprocessing.get_context("spawn")  # the bot has threads: never fork
        ours, theirs = context.Pipe()
        self._process = context.Process(
            target=_serve, args=(theirs, self._start, self._args), name=self.name, daemon=True
        )
        self._process.start()
        theirs.close()
        self._conn = ours
        self._loop = asyncio.get_running_loop()
        self._loop.add_reader(ours.fileno(), self._read)

    def _write(self) -> None:
        while self._conn is not None and self._queued and len(self._sent) < IN_FLIGHT:
            call_id, call, future = self._queued.popleft()
            if future.done():  # cancelled while it waited
                continue
            try:
                message = ForkingPickler.dumps(call)
            except Exception as error:  # the work or its arguments cannot pickle
                future.set_exception(error)
                continue
            self._sent[call_id] = future
            try:
                self._conn.send_bytes(call_id.to_bytes(8, "little") + bytes(message))
            except OSError:  # it died since: what it held, and this, fail
                self._gone()
                return

    def _read(self) -> None:
        conn = self._conn
        assert conn is not None
        try:
            while conn.poll():
                call_id, ok, value, where = conn.recv()
                future = self._sent.pop(call_id)
                if future.done():  # cancelled meanwhile
                    continue
                if ok:
                    future.set_result(value)
                else:
                    value.__cause__ = RemoteTraceback(where)
                    future.set_exception(value)
        except (EOFError, OSError):
            self._gone()
            return
        self._write()

    def _gone(self) -> None:
        log.error("worker process %s (pid %s) stopped", self.name, self.pid)
        self._stop(WorkerGone("the work was interrupted; please try again"))

    def _stop(self, error: WorkerGone) -> None:
        """Disconnect, and fail every call not answered (the next call starts a process)."""
        if self._conn is not None:
            if self._loop is not None and not self._loop.is_closed():
                self._loop.remove_reader(self._conn.fileno())
            self._conn.close()
            self._conn = None
        futures = [*self._sent.values(), *(future for _, _, future in self._queued)]
        self._sent.clear()
        self._queued.clear()
        for future in futures:
            if not future.done():
                future.set_exception(error)
        process, self._process = self._process, None
        if process is not None and process.is_alive():
            process.join(CLOSE_WAIT)  # it sees the closed pipe and returns
            if process.is_alive():
                process.terminate()

    def close(self) -> None:
        """Stop the process; calls not answered yet fail with WorkerGone."""
        self._stop(WorkerGone("the worker was closed"))


# -- in the worker process ------------------------------------------------------------------


def _serve(conn: Connection, start: Callable[..., None], args: tuple) -> None:
    """The worker's life: START(*ARGS), then each call in turn until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C: the parent stops us
    start(*args)
    while True:
        try:
            raw = conn.recv_bytes()
        except (EOFError, OSError):
            return
        call_id = int.from_bytes(raw[:8], "little")
        try:
            work, work_args = ForkingPickler.loads(raw[8:])
            reply = bytes(ForkingPickler.dumps((call_id, True, work(*work_args), "")))
        except Exception as error:
            reply = _error_reply(call_id, error)
        try:
            conn.send_bytes(reply)
        except (EOFError, OSError):
            return


def _error_reply(call_id: int, error: Exception) -> bytes:
    where = "".join(traceback.format_exception(error))
    try:
        return bytes(ForkingPickler.dumps((call_id, False, error, where)))
    except Exception:  # an error that does not pickle: its type and message
        plain = RuntimeError(f"{type(error).__name__}: {error}")
        return bytes(ForkingPickler.dumps((call_id, False, plain, where)))
