"""How many questions start in one pass of the event loop.

The loop runs every callback that is ready in one pass, and only looks at its timers and
sockets between passes. When many people ask at once (a busy server, a reconnect that
delivers a backlog), every question's first step (the cooldown, the mentions, sending it
to an answering process) is ready together: 500 of them made one pass of 15-50 ms, the
loop's worst lag under `python -m bench load` once answers ran in processes of their own.
`Admission` lets PER_PASS questions start in a pass and queues the rest for the next
ones, in arrival order, so a pass stays short however many arrive.
"""

from __future__ import annotations

import asyncio
from collections import deque

PER_PASS = 16


class Admission:
    def __init__(self, per_pass: int = PER_PASS) -> None:
        self.per_pass = per_pass
        self._admitted = 0  # questions started in this pass
        self._waiting: deque[asyncio.Future] = deque()
        self._next_pass: asyncio.Handle | None = None

    async def enter(self) -> None:
        """Return when this question may start: at once, or in a later pass."""
        if self._admitted < self.per_pass and not self._waiting:
            self._admitted += 1
            self._count_from_next_pass()
            return
        waiter = asyncio.get_running_loop().create_future()
        self._waiting.append(waiter)
        self._count_from_next_pass()
        await waiter

    def _count_from_next_pass(self) -> None:
        if self._next_pass is None:
            self._next_pass = asyncio.get_running_loop().call_soon(self._pass)

    def _pass(self) -> None:
        """A new pass: admit the next questions in line (each starts in the pass after)."""
        self._next_pass = None
        self._admitted = 0
        while self._waiting and self._admitted < self.per_pass:
            waiter = self._waiting.popleft()
            if not waiter.done():  # (its question was cancelled meanwhile)
                waiter.set_result(None)
                self._admitted += 1
        if self._waiting or self._admitted:
            self._count_from_next_pass()
