"""A real bot from `create_bot`, driven through discord.py by dpytest (no network).

Each test gets its own store file and its own dpytest world: two servers, each with two
text channels and two members (none of them admins unless a test makes them one)."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import replace
from typing import Any

import discord
import discord.ext.test as dpytest
import pytest
import pytest_asyncio
from discord.ext import commands
from discord.ext.test import backend

from bot.discord_bot import SETTINGS, create_bot
from bot.discord_bot.client import SalesBot

MakeBot = Callable[..., Awaitable[SalesBot]]


@pytest_asyncio.fixture
async def make_bot(tmp_path, monkeypatch) -> AsyncIterator[MakeBot]:
    monkeypatch.chdir(tmp_path)  # dpytest writes every file the bot sends to ./dpytest_N.dat
    made: list[SalesBot] = []

    async def make(*, audit: bool = False, **settings: Any) -> SalesBot:
        bot = create_bot(tmp_path / f"store{len(made)}.db", **settings)
        await bot._async_setup_hook()  # what login() does before setup_hook
        mentions = bot.allowed_mentions
        # dpytest creates members through the member cache, which needs the members intent.
        # The real bot does not ask for it (privileged, and not needed); only this fake
        # world turns it on.
        bot._connection._intents.members = True
        bot._connection.member_cache_flags = discord.MemberCacheFlags.from_intents(bot.intents)
        dpytest.configure(bot, guilds=2, text_channels=2, voice_channels=0, members=2)
        bot.allowed_mentions = mentions  # dpytest's fake connection drops the client's options
        if audit:  # the second channel of the first server
            bot.settings = replace(bot.settings, audit_channel=server(0).channels[1].id)
        await bot.setup_hook()
        made.append(bot)
        return bot

    async def restart(old: SalesBot) -> SalesBot:
        """A new bot process on OLD's store, in the same servers (dpytest's world stays):
        it starts with no views in memory, as after a real restart."""
        from discord.ui.view import ViewStore

        bot = create_bot(old.settings.db_path, **{k: getattr(old.settings, k) for k in SETTINGS})
        bot.settings = old.settings
        await bot._async_setup_hook()
        state = old._connection
        state._view_store = ViewStore(state)  # everything the old process listened for: gone
        state.dispatch = bot.dispatch
        state._get_client = lambda: bot
        state._command_tree = bot.tree
        bot._connection, bot.http, bot.ws = state, old.http, old.ws
        made.remove(old)
        for cog in list(old.cogs):
            await old.remove_cog(cog)
        old.answerers.close()
        old.workers.close()
        old.store.close()
        await bot.setup_hook()
        made.append(bot)
        return bot

    make.restart = restart  # type: ignore[attr-defined]
    yield make
    await dpytest.empty_queue()
    for bot in made:
        bot.ws = None  # dpytest's fake gateway has no socket to close
        await bot.close()  # unloads the cogs and closes the store


@pytest_asyncio.fixture
async def bot(make_bot: MakeBot) -> SalesBot:
    return await make_bot()


class Server:
    """One dpytest server: its guild, text channels and (non-bot) members."""

    def __init__(self, index: int) -> None:
        config = dpytest.get_config()
        self.guild: discord.Guild = config.guilds[index]
        self.channels = [
            c
            for c in config.channels
            if c.guild == self.guild and isinstance(c, discord.TextChannel)
        ]
        self.members = [m for m in config.members if m.guild == self.guild]


def server(index: int = 0) -> Server:
    return Server(index)


async def say(
    content: str,
    *,
    server_index: int = 0,
    channel: Any = None,
    member: Any = None,
    attachments: list[Any] | None = None,
) -> discord.Message:
    """A person posts a message. dpytest re-raises any command error after our handler has
    answered it; the tests assert on that answer, so the re-raise is swallowed here."""
    where = server(server_index)
    channel = channel if channel is not None else where.channels[0]
    member = member if member is not None else where.members[0]
    try:
        return await dpytest.message(
            content, channel=channel, member=member, attachments=attachments
        )
    except commands.CommandError:
        return channel.last_message  # type: ignore[return-value]


def replies() -> list[discord.Message]:
    """Everything the bot has sent since the last call, oldest first."""
    out = []
    while not dpytest.sent_queue.empty():
        out.append(dpytest.get_message())
    return out


def only_reply() -> discord.Message:
    sent = replies()
    assert len(sent) == 1, [m.content or (m.embeds[0].title if m.embeds else "") for m in sent]
    return sent[0]


async def make_role(guild: discord.Guild, name: str, **permissions: bool) -> discord.Role:
    return backend.make_role(name, guild, permissions=discord.Permissions(**permissions).value)


@pytest.fixture
def payloads(monkeypatch) -> list[dict]:
    """The JSON the bot would send to Discord for each message (allowed_mentions,
    message_reference ...), which dpytest itself does not keep."""
    seen: list[dict] = []
    original = backend.FakeHttp.send_message

    async def send_message(self, channel_id, *, params):  # type: ignore[no-untyped-def]
        channel = sys._getframe(1).f_locals.get("channel")  # noqa: F841 - dpytest reads it
        seen.append(dict(params.payload or {}))
        return await original(self, channel_id, params=params)

    monkeypatch.setattr(backend.FakeHttp, "send_message", send_message)
    return seen


# -- data ------------------------------------------------------------------------------

ACME_TEXT = "Acme Corp annual report. Acme sold 12 million smartphones in 2013. The end."
ACME_QUOTE = "Acme sold 12 million smartphones in 2013."


def acme_bundle() -> dict:
    """A second company, so 'how many smartphones were sold' has two candidates."""
    return {
        "entities": [{"name": "Acme"}],
        "sources": [
            {
                "key": "acme-2013",
                "title": "Acme annual report 2013",
                "publisher": "Acme Corp",
                "url": "https://example.com/acme-2013",
                "published": "2014-02-01",
                "text": ACME_TEXT,
            }
        ],
        "facts": [
            {
                "entity": "Acme",
                "metric": "smartphones sold",
                "kind": "actual",
                "period": "2013-01-01/2013-12-31",
                "value": 12000000,
                "unit": "units",
                "as_of": "2014-02-01",
                "source": "acme-2013",
                "quote": ACME_QUOTE,
            }
        ],
    }


def add_acme(bot: SalesBot, guild: discord.Guild) -> int:
    """Load the Acme bundle into GUILD's scope; returns the new fact's id."""
    from bot.facts.bundle import parse_bundle

    bot.store.import_bundle(parse_bundle(acme_bundle()), actor="test", scope=str(guild.id))
    return bot.store.list_facts(str(guild.id), entity="Acme")[0].fact.id


@pytest.fixture
def discord_api(monkeypatch):  # -> FakeDiscord
    """Discord's interaction webhooks, faked; interactions go through discord.py dispatch.
    Build the bot first: `api.use(bot)` points it at the bot (again after a restart)."""
    from tests.discord_bot.dispatch import FakeDiscord, install

    api = FakeDiscord(None)  # type: ignore[arg-type]
    install(api, monkeypatch)
    return api


async def make_admin(index: int = 0, member: int = 0) -> discord.Member:
    """Give a server's member a role with Manage Server; returns the member."""
    where = server(index)
    role = await make_role(where.guild, "curators", manage_guild=True)
    person = where.members[member]
    await dpytest.add_role(person, role)
    return person
