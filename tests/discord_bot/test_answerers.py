"""Questions answered in processes of their own (bot/discord_bot/answerers.py): the same
answers, the bot's writes seen there, each server's facts kept to itself, follow-ups."""

from __future__ import annotations

import asyncio
import os
import signal

import pytest

from bot.config import BotSettings
from bot.discord_bot import create_bot
from bot.discord_bot.answerers import MAX_PROCESSES, InProcesses, InThread, default_size
from bot.facts.model import NotFoundError, SalesBotError
from tests.discord_bot.conftest import add_acme, only_reply, replies, say, server

QUESTION = "how many phones did sony sell in fy13"
ACME = "how many smartphones did acme sell in 2013"


def answered(reply) -> str:
    return reply.embeds[0].description or ""


async def test_questions_are_answered_in_a_process_of_its_own(bot):
    assert isinstance(bot.answerers, InProcesses)
    await say(f"!ask {QUESTION}")
    assert answered(only_reply()).startswith("Sony sold 39 million smartphones in FY2013")
    (process,) = bot.answerers.processes  # (this machine: one per core but one)
    assert process.pid is not None and process.pid != os.getpid()


async def test_a_write_is_seen_there_and_stays_in_its_server(bot):
    await say(f"!ask {ACME}")  # the process is warm before the write
    assert "12 million" not in answered(only_reply())
    add_acme(bot, server(0).guild)  # written by the bot's process
    await say(f"!ask {ACME}")
    assert "Acme sold 12 million smartphones" in answered(only_reply())
    await say(f"!ask {ACME}", server_index=1)  # another server never sees it
    assert "12 million" not in answered(only_reply())
    await say(f"!ask {ACME}")
    assert "12 million" in answered(only_reply())


async def test_follow_ups_find_their_conversation_among_several_processes(make_bot):
    bot = await make_bot(answer_processes=3)
    assert len(bot.answerers.processes) == 3
    where = server(0)
    people = [(c, m) for c in where.channels for m in where.members]
    for channel, member in people:
        await say(f"!ask {QUESTION}", channel=channel, member=member)
    replies()
    for channel, member in people:
        await say("!ask and the year before?", channel=channel, member=member)
        follow = answered(only_reply())
        assert follow.startswith("Following on from Sony") and "33 million" in follow


async def test_a_dead_answering_process_costs_at_most_the_question_it_held(bot):
    await say(f"!ask {QUESTION}")
    replies()
    (process,) = bot.answerers.processes
    os.kill(process.pid, signal.SIGKILL)
    await asyncio.sleep(0.2)
    await say(f"!ask {QUESTION}")  # a new process answers
    assert answered(only_reply()).startswith("Sony sold 39 million")


async def test_a_picked_candidate_is_answered_there_and_only_in_its_server(bot):
    fact_id = add_acme(bot, server(0).guild)
    answer = await bot.answerers.pick(fact_id, str(server(0).guild.id))
    assert answer.facts[0].fact.id == fact_id and "12 million" in answer.text
    with pytest.raises(NotFoundError):  # another server's figure: as if it did not exist
        await bot.answerers.pick(fact_id, str(server(1).guild.id))


async def test_answers_arrive_without_source_texts_yet_can_read_them(bot):
    reply = await bot.answerers.ask(("t", 1, 2), QUESTION, "shared", False)
    view = reply.chart.answer.facts[0]
    assert "_text" not in vars(view.source)
    assert view.source.text == bot.store.source(view.source.key).text


async def test_answering_in_the_bots_thread_is_a_setting(make_bot):
    bot = await make_bot(answer_processes=0)
    assert isinstance(bot.answerers, InThread)
    await say(f"!ask {QUESTION}")
    assert answered(only_reply()).startswith("Sony sold 39 million")
    with pytest.raises(SalesBotError, match="answer_processes"):
        create_bot(bot.settings.db_path, answer_processes=-1)


def test_how_many_answering_processes_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("SALESBOT_ANSWER_PROCESSES", "2")
    assert BotSettings.from_env().answer_processes == 2
    monkeypatch.setenv("SALESBOT_ANSWER_PROCESSES", "0")
    assert BotSettings.from_env().answer_processes == 0
    monkeypatch.setenv("SALESBOT_ANSWER_PROCESSES", "")
    assert BotSettings.from_env().answer_processes is None  # chosen for the machine:
    assert 1 <= default_size() <= MAX_PROCESSES
    monkeypatch.setenv("SALESBOT_ANSWER_PROCESSES", "some")
    with pytest.raises(SalesBotError, match="SALESBOT_ANSWER_PROCESSES"):
        BotSettings.from_env()


def test_a_question_answered_for_the_bot_reads_the_generation_once(engine) -> None:
    # every way of asking goes through `answer`: one read of the store's generation a
    # question, whatever the conversation, the chart check and the engine ask of it
    from bot.answering.conversation import Conversations
    from bot.discord_bot.answerers import Desk, answer

    desk = Desk(engine.store, engine, Conversations(engine))
    for _ in range(2):  # (a series is kept from its second read)
        answer(desk, "someone", QUESTION, "shared", False)
    statements: list[str] = []
    engine.store.conn.set_trace_callback(statements.append)
    reply = answer(desk, "someone", QUESTION, "shared", False)
    assert reply.chart.answer.status.value == "answered"
    assert sum("generation" in s for s in statements) == 1
