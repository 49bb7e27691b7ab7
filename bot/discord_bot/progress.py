"""How far long work has got, shown in a deferred interaction's response.

The work runs in the worker thread and reports (position, whole) as it goes; `report` may
be called from any thread and only hands the figure to the event loop
(`call_soon_threadsafe`). On the loop, the response is edited at most once every
`interval` seconds (interaction edits are rate limited, and a person reads a figure that
moves every few seconds anyway), never for a figure already shown, and never while an
edit is still on its way. Work that ends within the first interval shows no progress at
all: Discord's own "thinking…" is enough. `close` stops the edits and waits for one in
flight, so a late "90%" can never land on top of the result.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import discord

log = logging.getLogger(__name__)

EDIT_INTERVAL = 3.0  # seconds between two edits of the response


class ProgressMessage:
    def __init__(
        self,
        edit: Callable[[str], Awaitable[Any]],
        label: str,
        *,
        interval: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._edit = edit
        self._label = label
        self._interval = EDIT_INTERVAL if interval is None else interval
        self._clock = clock
        self._loop = asyncio.get_running_loop()
        self._last_edit = clock()  # the deferral: the first edit waits one interval too
        self._latest: int | None = None
        self._shown: int | None = None
        self._sending: asyncio.Task | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._closed = False
        self.shown: list[str] = []  # every text the response was edited to, in order

    def text(self, percent: int) -> str:
        return f"{self._label}… {percent}%"

    def report(self, position: int, whole: int) -> None:
        """From any thread: the work is at POSITION of WHOLE."""
        if self._closed:
            return
        percent = max(0, min(100, position * 100 // max(1, whole)))
        self._loop.call_soon_threadsafe(self._update, percent)

    def _update(self, percent: int) -> None:
        if not self._closed:
            self._latest = percent
            self._maybe_edit()

    def _maybe_edit(self) -> None:
        if self._closed or self._sending is not None or self._latest in (None, self._shown):
            return
        wait = self._interval - (self._clock() - self._last_edit)
        if wait > 0:
            if self._timer is None:
                self._timer = self._loop.call_later(wait, self._timer_fired)
            return
        percent = self._latest
        assert percent is not None
        self._shown = percent
        self._sending = self._loop.create_task(self._send(self.text(percent)))

    def _timer_fired(self) -> None:
        self._timer = None
        self._maybe_edit()

    async def _send(self, text: str) -> None:
        try:
            await self._edit(text)
            self.shown.append(text)
        except discord.HTTPException:
            # No reason to stop the work; but no more tries either (discord.py has retried
            # already, and an interaction's response expires after 15 minutes).
            log.warning("could not show progress; no more progress lines", exc_info=True)
            self._closed = True
        finally:
            self._sending = None
            self._last_edit = self._clock()
            self._maybe_edit()

    async def close(self) -> None:
        """No more edits; returns once an edit already on its way has landed."""
        self._closed = True
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._sending is not None:
            await asyncio.gather(self._sending, return_exceptions=True)
