"""A worker process the event loop talks to over a pipe (bot/discord_bot/processes.py)."""

from __future__ import annotations

import asyncio
import os
import signal

import pytest

from bot.discord_bot.processes import IN_FLIGHT, LoopProcess, RemoteTraceback, WorkerGone
from tests.discord_bot import remote


@pytest.fixture
async def worker():
    process = LoopProcess(remote.start, ("a", 1), name="test-worker")
    yield process
    process.close()


async def test_a_call_runs_in_the_worker_started_with_its_arguments(worker):
    assert await worker.call(remote.add, 2, 3) == 5
    assert await worker.call(remote.started) == ("a", 1)
    assert await worker.call(remote.pid) == worker.pid != os.getpid()


async def test_many_calls_at_once_each_get_their_own_result(worker):
    results = await asyncio.gather(*(worker.call(remote.add, i, i) for i in range(50)))
    assert results == [2 * i for i in range(50)]
    assert len(worker._sent) == 0 and not worker._queued


async def test_only_a_few_calls_are_written_ahead(worker):
    await worker.call(remote.pid)  # started
    naps = [asyncio.ensure_future(worker.call(remote.nap, 0.05)) for _ in range(6)]
    await asyncio.sleep(0)
    assert len(worker._sent) == IN_FLIGHT and len(worker._queued) == 6 - IN_FLIGHT
    assert await asyncio.gather(*naps) == [0.05] * 6


async def test_an_error_in_the_worker_is_raised_here_with_where_it_happened(worker):
    with pytest.raises(ValueError, match="no such figure") as raised:
        await worker.call(remote.fail, "no such figure")
    assert isinstance(raised.value.__cause__, RemoteTraceback)
    assert "remote.py" in raised.value.__cause__.text  # the worker's own traceback
    with pytest.raises(RuntimeError, match="Unpicklable: odd"):  # its type and message
        await worker.call(remote.fail_unpicklably, "odd")
    assert await worker.call(remote.add, 1, 1) == 2  # and the worker goes on


async def test_work_that_cannot_be_sent_is_refused_here(worker):
    with pytest.raises(Exception, match="pickle"):
        await worker.call(remote.add, lambda: 1, 2)
    assert await worker.call(remote.add, 1, 2) == 3


async def test_a_worker_that_dies_fails_its_calls_and_the_next_call_starts_another(worker):
    first = await worker.call(remote.pid)
    napping = asyncio.ensure_future(worker.call(remote.nap, 5))
    await asyncio.sleep(0.2)
    os.kill(first, signal.SIGKILL)
    with pytest.raises(WorkerGone):
        await napping
    second = await worker.call(remote.pid)
    assert second != first
    os.kill(second, signal.SIGKILL)  # died while idle: noticed at the next call
    await asyncio.sleep(0.2)
    assert await worker.call(remote.add, 2, 2) == 4


async def test_closing_stops_the_process(worker):
    pid = await worker.call(remote.pid)
    worker.close()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
