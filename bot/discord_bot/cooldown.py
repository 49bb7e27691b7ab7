"""A per-user question limit (N questions in S seconds), shared by every way of asking:
/ask, the prefix command, mentions and suggestion buttons."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

# Forget idle users once the table grows past this, so memory stays bounded.
_SWEEP_AT = 1000


class QuestionLimiter:
    def __init__(
        self, questions: int, seconds: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.questions, self.seconds, self.clock = questions, seconds, clock
        self._asked: dict[int, deque[float]] = {}
        self._told_until: dict[int, float] = {}

    def hit(self, user_id: int) -> float:
        """Count a question. 0 if it may be answered, else seconds until it may."""
        now = self.clock()
        if len(self._asked) > _SWEEP_AT:
            self._sweep(now)
        times = self._asked.setdefault(user_id, deque())
        while times and times[0] <= now - self.seconds:
            times.popleft()
        if len(times) >= self.questions:
            return times[0] + self.seconds - now
        times.append(now)
        return 0.0

    def first_refusal(self, user_id: int, wait: float) -> bool:
        """True once per refused stretch, so a flood gets one 'slow down' reply, not many."""
        now = self.clock()
        if now < self._told_until.get(user_id, float("-inf")):
            return False
        self._told_until[user_id] = now + wait
        return True

    def _sweep(self, now: float) -> None:
        for user_id in [u for u, t in self._asked.items() if not t or t[-1] <= now - self.seconds]:
            del self._asked[user_id]
        self._told_until = {u: t for u, t in self._told_until.items() if t > now}
