"""A worker process the event loop talks to over a socket, with no thread in between.

    worker = LoopProcess(start, (path,))     # START(*ARGS) runs first in the new process
    result = await worker.call(work, a, b)   # WORK(a, b) there; its result or error here

`concurrent.futures.ProcessPoolExecutor` hands every call and result through a manager
thread in the calling process. That thread wakes for each call (500 questions at once:
500 wake-ups) and unpickles each result, holding the GIL the event loop needs: the loop's
worst lag with it was 31-41 ms, at the opening burst of `python -m bench load`. Here the
loop itself writes each call and reads each result through asyncio streams over a socket
pair: nothing else in the bot's process runs Python for it, and a result the worker has
only partly written (a busy machine took the core from it mid-write) is awaited, never
waited for (`Connection.recv` would block the loop until the rest arrived).

At most IN_FLIGHT calls are written ahead of their results; the rest wait in the loop's
own queue, pickled only when written. If the process dies, every call not answered yet
fails with `WorkerGone` (the people asking are told to ask again) and the next call
starts a new process. WORK, its arguments and its result must pickle (module-level
functions, plain values). Each message is its length (8 bytes) and its pickle.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import multiprocessing
import os
import pickle
import signal
import socket
import traceback
from collections import deque
from collections.abc import Callable
from multiprocessing.reduction import ForkingPickler
from typing import Any

from bot.facts.model import SalesBotError

log = logging.getLogger(__name__)
# Calls written ahead of their results: one being worked on, one ready after it.
IN_FLIGHT = 2
# How long closing waits for the process to finish what it is doing, in seconds.
CLOSE_WAIT = 1.0
_LENGTH = 8  # bytes of a message's length, before its pickle
# How much lower a worker's CPU priority is than the bot's (Unix niceness, 0-19). A worker
# answers or draws flat out while the event loop sleeps between ticks and sockets; at the
# same priority a loop that wakes waits for the scheduler to take the core back from its
# own workers (on two cores, with 500 questions from 50 users, one run in five had
# reached 51.7 ms while an idle process's ticker showed 11 ms). At 10 the scheduler hands
# the loop the core as soon as it wakes; the workers still get every cycle it leaves.
WORKER_NICENESS = 10


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
        self._writer: asyncio.StreamWriter | None = None
        self._reading: asyncio.Task | None = None
        self._starting = asyncio.Lock()
        self._ids = itertools.count()
        self._queued: deque[tuple[int, tuple, asyncio.Future]] = deque()  # not written yet
        self._sent: dict[int, asyncio.Future] = {}  # written, not answered yet

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    async def call(self, work: Callable[..., Any], *args: Any) -> Any:
        """WORK(*ARGS) in the worker process. Call from the event loop's thread."""
        if self._writer is not None and not self._process.is_alive():  # died while idle
            self._gone()
        if self._writer is None:
            async with self._starting:  # one process, however many calls wait for it
                if self._writer is None:
                    await self._spawn()
        future = asyncio.get_running_loop().create_future()
        # pickled when written, not here: a burst of calls costs the loop less at once
        self._queued.append((next(self._ids), (work, args), future))
        self._write()
        return await future

    async def _spawn(self) -> None:
        ours, theirs = socket.socketpair()
        context = multiprocessing.get_context("spawn")  # the bot has threads: never fork
        self._process = context.Process(
            target=_serve, args=(theirs, self._start, self._args), name=self.name, daemon=True
        )
        try:
            self._process.start()
        finally:
            theirs.close()
        reader, self._writer = await asyncio.open_connection(sock=ours)
        self._reading = asyncio.ensure_future(self._read(reader))

    def _write(self) -> None:
        while self._writer is not None and self._queued and len(self._sent) < IN_FLIGHT:
            call_id, call, future = self._queued.popleft()
            if future.done():  # cancelled while it waited
                continue
            try:
                message = bytes(ForkingPickler.dumps((call_id, *call)))
            except Exception as error:  # the work or its arguments cannot pickle
                future.set_exception(error)
                continue
            self._sent[call_id] = future
            self._writer.write(len(message).to_bytes(_LENGTH, "big") + message)

    async def _read(self, reader: asyncio.StreamReader) -> None:
        try:
            while True:
                size = int.from_bytes(await reader.readexactly(_LENGTH), "big")
                call_id, ok, value, where = pickle.loads(await reader.readexactly(size))
                future = self._sent.pop(call_id)
                if not future.done():  # (else cancelled meanwhile)
                    if ok:
                        future.set_result(value)
                    else:
                        value.__cause__ = RemoteTraceback(where)
                        future.set_exception(value)
                self._write()
        except (asyncio.IncompleteReadError, ConnectionError):
            self._gone()

    def _gone(self) -> None:
        log.error("worker process %s (pid %s) stopped", self.name, self.pid)
        self._stop(WorkerGone("the work was interrupted; please try again"))

    def _stop(self, error: WorkerGone) -> None:
        """Disconnect, and fail every call not answered (the next call starts a process)."""
        if self._reading is not None and self._reading is not asyncio.current_task():
            self._reading.cancel()
        self._reading = None
        if self._writer is not None:
            # now: the transport itself closes the socket only at the loop's next pass
            with contextlib.suppress(OSError):
                self._writer.get_extra_info("socket").shutdown(socket.SHUT_RDWR)
            self._writer.close()
            self._writer = None
        futures = [*self._sent.values(), *(future for _, _, future in self._queued)]
        self._sent.clear()
        self._queued.clear()
        for future in futures:
            if not future.done():
                future.set_exception(error)
        process, self._process = self._process, None
        if process is not None and process.is_alive():
            process.join(CLOSE_WAIT)  # it sees the closed socket and returns
            if process.is_alive():
                process.terminate()
                process.join(CLOSE_WAIT)

    def close(self) -> None:
        """Stop the process; calls not answered yet fail with WorkerGone."""
        self._stop(WorkerGone("the worker was closed"))


# -- in the worker process ------------------------------------------------------------------


def _serve(sock: socket.socket, start: Callable[..., None], args: tuple) -> None:
    """The worker's life: START(*ARGS), then each call in turn until the socket closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C: the parent stops us
    with contextlib.suppress(AttributeError, OSError):  # (no os.nice off Unix)
        os.nice(WORKER_NICENESS)
    start(*args)
    with sock:
        while True:
            size = _receive(sock, _LENGTH)
            raw = _receive(sock, int.from_bytes(size, "big")) if size is not None else None
            if raw is None:
                return  # the bot closed its end
            try:
                call_id, work, work_args = ForkingPickler.loads(raw)
            except Exception:
                log.exception("a call that could not be read")
                return
            try:
                reply = bytes(ForkingPickler.dumps((call_id, True, work(*work_args), "")))
            except Exception as error:
                reply = _error_reply(call_id, error)
            try:
                sock.sendall(len(reply).to_bytes(_LENGTH, "big") + reply)
            except OSError:
                return


def _receive(sock: socket.socket, size: int) -> bytes | None:
    """SIZE bytes from SOCK, or None if it closes first."""
    data = bytearray()
    while len(data) < size:
        chunk = sock.recv(min(size - len(data), 1 << 20))
        if not chunk:
            return None
        data += chunk
    return bytes(data)


def _error_reply(call_id: int, error: Exception) -> bytes:
    where = "".join(traceback.format_exception(error))
    try:
        return bytes(ForkingPickler.dumps((call_id, False, error, where)))
    except Exception:  # an error that does not pickle: its type and message
        plain = RuntimeError(f"{type(error).__name__}: {error}")
        return bytes(ForkingPickler.dumps((call_id, False, plain, where)))
