"""/chart through a real bot from `create_bot` (cogs found by discovery) and the shared
Interaction double: the reply is the answer embed with the chart attached as its image."""

from __future__ import annotations

import os
from types import SimpleNamespace

import discord
import pytest_asyncio

from bot.discord_bot import create_bot
from bot.discord_bot.answers import AskButton, respond
from bot.discord_bot.replies import InteractionReplier
from tests.discord_bot.fakes import FakeInteraction, member


@pytest_asyncio.fixture
async def bot(tmp_path):
    made = create_bot(tmp_path / "store.db", cooldown_questions=2, cooldown_seconds=60)
    await made._async_setup_hook()
    await made.setup_hook()  # loads every cog in cogs/; syncing is skipped without a login
    yield made
    await made.close()


async def chart(bot, question: str, interaction: FakeInteraction | None = None):
    interaction = interaction or FakeInteraction(bot, member())
    cog = bot.get_cog("Charts")
    await cog.chart.callback(cog, interaction, question=question)
    return interaction


def sent(interaction: FakeInteraction):
    """The one message that carries the answer (after a defer, the follow-up)."""
    calls = [c for c in interaction.calls if c.method in ("send_message", "followup.send")]
    assert len(calls) == 1, [c.method for c in interaction.calls]
    return calls[0]


async def test_chart_is_a_slash_command_of_its_own_cog(bot):
    assert bot.get_cog("Charts") is not None
    command = bot.tree.get_command("chart")
    assert command is not None and [p.name for p in command.parameters] == ["question"]


async def test_the_sony_trend_reply_carries_the_chart_image(bot):
    call = sent(await chart(bot, "how are Xperia sales trending?"))
    charts = bot.workers.charts  # drawn in the chart process, never on the event loop's thread
    assert charts.pid is not None and charts.pid != os.getpid()
    file, embed = call.kwargs["file"], call.embed
    assert isinstance(file, discord.File) and file.filename == "sony-smartphones-sold.png"
    assert file.fp.read().startswith(b"\x89PNG")
    assert embed.image.url == "attachment://sony-smartphones-sold.png"
    assert embed.title is None  # the sentence leads
    assert embed.description.startswith("Sony's smartphones sold over 7 figures: FY2012 33 million")
    assert "Sony aims to sell 50M smartphones" in embed.fields[0].value  # cited
    assert not call.ephemeral


async def test_one_period_answers_with_the_figure_and_no_image(bot):
    call = sent(await chart(bot, "sony unit sales growth"))
    assert "file" not in call.kwargs
    assert call.embed.description.startswith(
        "I have Sony's mobile and PC unit sales growth for one period only (FY2013)"
    )
    assert call.embed.image.url is None


async def test_nothing_matching_is_the_usual_unknown_with_suggestions(bot):
    call = sent(await chart(bot, "samsung tv sales"))
    assert "file" not in call.kwargs
    assert call.embed.title == "I don't have that"
    assert call.view.children and all(isinstance(b, AskButton) for b in call.view.children)


async def test_a_server_sees_its_own_scope(bot):
    guild = SimpleNamespace(id=4242)
    interaction = FakeInteraction(bot, member(), guild=guild)
    call = sent(await chart(bot, "xperia units by quarter", interaction))
    assert call.kwargs["file"].filename == "sony-smartphones-sold.png"  # shared seed visible


async def test_chart_questions_count_against_the_cooldown(bot):
    user = member()
    for _ in range(2):
        await chart(bot, "chart sony net loss", FakeInteraction(bot, user))
    refused = await chart(bot, "chart sony net loss", FakeInteraction(bot, user))
    assert refused.last.ephemeral and "Slow down" in refused.last.content
    assert "file" not in refused.last.kwargs


async def test_the_ask_path_charts_only_trend_questions(bot):
    value = FakeInteraction(bot, member())
    await respond(bot, InteractionReplier(value), "how many smartphones did sony sell in fy13")
    assert "file" not in sent(value).kwargs
    trend = FakeInteraction(bot, member())
    await respond(bot, InteractionReplier(trend), "sony phone sales vs target over the years")
    assert sent(trend).embed.image.url.startswith("attachment://")
