"""ProgressMessage: figures reported from the worker thread become edits of the response, at
most one an interval, never the same figure twice, none after `close`. The clock is a test
double that the test moves by hand: nothing here waits for real time."""

from __future__ import annotations

import asyncio
import threading

import discord

from bot.discord_bot.progress import ProgressMessage


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


async def settle() -> None:
    for _ in range(5):  # the loop callback, the edit task, its completion
        await asyncio.sleep(0)


def recorder() -> tuple[list[str], object]:
    edits: list[str] = []

    async def edit(text: str) -> None:
        edits.append(text)

    return edits, edit


async def test_edits_at_most_once_an_interval_and_only_when_the_figure_moves():
    clock, (edits, edit) = Clock(), recorder()
    progress = ProgressMessage(edit, "Reading the report", interval=3, clock=clock)
    progress.report(10, 100)
    await settle()
    assert edits == []  # within the first interval: "thinking…" is enough
    clock.now += 3
    progress.report(20, 100)
    await settle()
    assert edits == ["Reading the report… 20%"]
    clock.now += 1
    progress.report(30, 100)
    await settle()
    assert edits == ["Reading the report… 20%"]  # too soon after the last edit
    clock.now += 2
    progress.report(30, 100)
    await settle()
    assert edits[-1] == "Reading the report… 30%"
    clock.now += 5
    progress.report(30, 100)  # the same figure again: nothing to change
    await settle()
    assert edits == ["Reading the report… 20%", "Reading the report… 30%"]
    await progress.close()
    clock.now += 10
    progress.report(90, 100)
    await settle()
    assert edits == ["Reading the report… 20%", "Reading the report… 30%"]
    assert progress.shown == edits


async def test_close_waits_for_an_edit_on_its_way():
    landed: list[str] = []
    release = asyncio.Event()

    async def slow_edit(text: str) -> None:
        await release.wait()
        landed.append(text)

    progress = ProgressMessage(slow_edit, "Reading", interval=0)
    progress.report(50, 100)
    await settle()
    closing = asyncio.create_task(progress.close())
    await settle()
    assert not closing.done()  # the result must not be shown before the late "50%"
    release.set()
    await closing
    assert landed == ["Reading… 50%"]


async def test_a_failed_edit_does_not_stop_the_work():
    calls: list[str] = []

    async def failing(text: str) -> None:
        calls.append(text)
        raise discord.HTTPException(_Response(), "rate limited")

    progress = ProgressMessage(failing, "Reading", interval=0)
    progress.report(5, 10)
    await settle()
    progress.report(8, 10)  # after a failure: no more tries, and no error for the worker
    await settle()
    await progress.close()
    assert calls == ["Reading… 50%"] and progress.shown == []


async def test_reports_from_another_thread_reach_the_loop():
    loop_thread = threading.get_ident()
    edited_on: list[int] = []
    edits: list[str] = []

    async def edit(text: str) -> None:
        edited_on.append(threading.get_ident())
        edits.append(text)

    progress = ProgressMessage(edit, "Reading", interval=0)

    def work() -> None:
        for position in range(0, 101, 10):
            progress.report(position, 100)

    await asyncio.to_thread(work)
    await settle()
    await progress.close()
    assert edits and set(edited_on) == {loop_thread}
    figures = [int(e.removeprefix("Reading… ").removesuffix("%")) for e in edits]
    assert figures == sorted(figures)


class _Response:
    status = 429
    reason = "Too Many Requests"
