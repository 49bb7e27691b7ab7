"""Admission: a flood of questions starts a few per pass of the event loop, in order."""

from __future__ import annotations

import asyncio

from bot.discord_bot.admission import Admission


async def _passes(admission: Admission, n: int) -> list[list[int]]:
    """Start N questions at once; which started in each pass of the loop."""
    started: list[int] = []
    passes: list[list[int]] = []

    async def question(i: int) -> None:
        await admission.enter()
        started.append(i)

    tasks = [asyncio.ensure_future(question(i)) for i in range(n)]
    while not all(t.done() for t in tasks):
        before = len(started)
        await asyncio.sleep(0)  # one pass
        passes.append(started[before:])
    return [p for p in passes if p]


async def test_a_flood_starts_a_few_questions_per_pass_in_arrival_order():
    passes = await _passes(Admission(per_pass=4), 10)
    assert [len(p) for p in passes] == [4, 4, 2]
    assert [i for p in passes for i in p] == list(range(10))


async def test_a_question_alone_starts_at_once_and_nothing_is_left_scheduled():
    admission = Admission(per_pass=4)
    await asyncio.wait_for(admission.enter(), 1)
    for _ in range(3):
        await asyncio.sleep(0)
    assert admission._next_pass is None  # idle: no callback keeps coming back


async def test_a_cancelled_question_gives_its_turn_to_the_next():
    admission = Admission(per_pass=1)
    await admission.enter()
    first = asyncio.ensure_future(admission.enter())
    second = asyncio.ensure_future(admission.enter())
    await asyncio.sleep(0)
    first.cancel()
    await asyncio.wait_for(second, 1)
