"""Starting the bot: create_bot (configured, unstarted), cogs found by discovery, slash
command syncing, and run_bot's refusal of a missing or malformed token."""

from __future__ import annotations

import logging
import os
import pkgutil

import discord
import pytest

from bot.cli import main as cli_main
from bot.discord_bot import client, cogs, create_bot, run_bot
from bot.discord_bot.client import SalesBot
from bot.facts.model import SalesBotError
from tests.discord_bot.conftest import only_reply, replies, say

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB"
VARIABLES = (
    "DISCORD_TOKEN",
    "SALESBOT_DB",
    "SALESBOT_PREFIX",
    "SALESBOT_ADMIN_ROLE",
    "SALESBOT_AUDIT_CHANNEL",
    "SALESBOT_DEV_GUILD",
    "SALESBOT_COOLDOWN_QUESTIONS",
    "SALESBOT_COOLDOWN_SECONDS",
)


@pytest.fixture
def env(tmp_path, monkeypatch) -> dict[str, str]:
    """A private environment (python-dotenv writes into it) and an empty working directory."""
    private = {k: v for k, v in os.environ.items() if k not in VARIABLES}
    monkeypatch.setattr(os, "environ", private)
    monkeypatch.chdir(tmp_path)
    private["SALESBOT_DB"] = str(tmp_path / "bot.db")
    return private


@pytest.fixture
def started(monkeypatch) -> list[tuple[SalesBot, str, dict]]:
    """Stands in for `bot.run` (which would connect to Discord)."""
    calls: list[tuple[SalesBot, str, dict]] = []

    def run(self, token, **kwargs):
        logging.getLogger("discord.client").info("logging in using static token")
        calls.append((self, token, kwargs))
        self.store.close()

    monkeypatch.setattr(SalesBot, "run", run)
    return calls


# -- create_bot -----------------------------------------------------------------------------


async def test_create_bot_returns_a_configured_unstarted_bot(tmp_path):
    bot = create_bot(
        tmp_path / "new.db",
        prefix="?",
        admin_role=123,
        audit_channel=5,
        dev_guild=6,
        cooldown_questions=3,
        cooldown_seconds=30,
    )
    try:
        assert isinstance(bot, SalesBot) and not bot.is_ready()
        assert (
            bot.settings.prefix,
            bot.settings.admin_role,
            bot.settings.audit_channel,
            bot.settings.dev_guild,
        ) == ("?", "123", 5, 6)
        assert (bot.limiter.questions, bot.limiter.seconds) == (3, 30)
        assert bot.intents.message_content and not bot.intents.members
        mentions = bot.allowed_mentions
        assert not (mentions.everyone or mentions.users or mentions.roles or mentions.replied_user)
        assert bot.store.count_facts() > 0  # a new store is seeded
    finally:
        bot.store.close()


async def test_an_empty_store_can_be_asked_for(tmp_path):
    bot = create_bot(tmp_path / "empty.db", empty=True)
    try:
        assert bot.store.count_facts() == 0
    finally:
        bot.store.close()


@pytest.mark.parametrize(
    ("settings", "error"),
    [
        ({"colour": "red"}, TypeError),
        ({"cooldown_questions": 0}, SalesBotError),
        ({"prefix": " "}, SalesBotError),
    ],
)
def test_create_bot_refuses_bad_settings(tmp_path, settings, error):
    with pytest.raises(error):
        create_bot(tmp_path / "x.db", **settings)


async def test_the_prefix_setting_is_used(make_bot):
    await make_bot(prefix="?")
    await say("!ask how many phones did sony sell in fy2013")
    assert replies() == []
    await say("?ask how many phones did sony sell in fy2013")
    assert only_reply().embeds[0].description.startswith("Sony sold 39 million")


async def test_every_module_in_cogs_is_loaded(bot):
    expected = {
        f"{cogs.__name__}.{m.name}"
        for m in pkgutil.iter_modules(cogs.__path__)
        if not m.name.startswith("_")
    }
    assert {"bot.discord_bot.cogs.asking", "bot.discord_bot.cogs.curating"} <= expected
    assert set(bot.extensions) == expected


async def test_a_new_cog_is_found_and_a_broken_one_is_skipped(tmp_path, monkeypatch, caplog):
    package = tmp_path / "more_cogs"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "charts.py").write_text(
        "from discord.ext import commands\n\n"
        "class Charts(commands.Cog):\n"
        "    @commands.command()\n"
        "    async def chart(self, ctx):\n"
        "        await ctx.send('chart')\n\n"
        "async def setup(bot):\n"
        "    await bot.add_cog(Charts())\n"
    )
    (package / "broken.py").write_text("async def setup(bot):\n    raise RuntimeError('oops')\n")
    (package / "_helpers.py").write_text("raise RuntimeError('never imported')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(client, "COGS_PACKAGE", "more_cogs")
    bot = create_bot(tmp_path / "x.db")
    try:
        with caplog.at_level(logging.ERROR):
            loaded = await bot.load_cogs()
        assert loaded == ["more_cogs.charts"]
        assert bot.get_command("chart") is not None
        assert any("more_cogs.broken" in r.getMessage() and r.exc_info for r in caplog.records)
    finally:
        bot.store.close()


async def test_slash_commands_sync_to_the_dev_server_or_globally_and_never_in_tests(
    tmp_path, monkeypatch
):
    synced: list[object] = []

    async def sync(self, *, guild=None):
        synced.append(guild)
        return []

    monkeypatch.setattr(discord.app_commands.CommandTree, "sync", sync)
    for dev_guild, expected in ((None, [None]), (42, [42])):
        bot = create_bot(tmp_path / "x.db", dev_guild=dev_guild)
        try:
            await bot.load_cogs()
            bot._connection.application_id = 1
            await bot.sync_commands()
            assert synced == []  # not logged in (no token): nothing to sync with
            bot.http.token = "logged-in"
            await bot.sync_commands()
            assert [getattr(g, "id", g) for g in synced] == expected
            if dev_guild:
                names = {c.name for c in bot.tree.get_commands(guild=discord.Object(dev_guild))}
                assert {"ask", "fact", "facts"} <= names  # available there at once
        finally:
            synced.clear()
            bot.store.close()


# -- run_bot ----------------------------------------------------------------------------------


@pytest.mark.parametrize("token", ["", "   ", "abc", "a.b", '"a.b.c"', "a.b.c d", "a.b.c.d"])
def test_a_missing_or_malformed_token_is_one_clear_error(env, started, token):
    env["DISCORD_TOKEN"] = token
    with pytest.raises(SalesBotError) as refused:
        run_bot()
    message = str(refused.value)
    assert ".env.example" in message and "\n" not in message
    assert message.startswith("DISCORD_TOKEN")
    if token.strip():
        assert token.strip() not in message
    assert started == []


def test_salesbot_run_without_a_token_exits_2_with_one_line(env, started, capsys):
    with pytest.raises(SystemExit) as exited:
        cli_main(["run"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("error: DISCORD_TOKEN is not set") and ".env.example" in err


def test_run_bot_reads_dotenv_and_never_logs_the_token(env, started, tmp_path, caplog, monkeypatch):
    setups: list[dict] = []
    monkeypatch.setattr(discord.utils, "setup_logging", lambda **kw: setups.append(kw))
    (tmp_path / ".env").write_text(
        f"DISCORD_TOKEN={TOKEN}\nSALESBOT_PREFIX=$\nSALESBOT_ADMIN_ROLE=Sales Ops\n"
        "SALESBOT_AUDIT_CHANNEL=11\nSALESBOT_DEV_GUILD=22\nSALESBOT_COOLDOWN_QUESTIONS=3\n"
        "SALESBOT_COOLDOWN_SECONDS=9\n"
    )
    with caplog.at_level(logging.DEBUG):
        run_bot(db_path=tmp_path / "chosen.db")
    ((bot, token, kwargs),) = started
    assert token == TOKEN and kwargs == {"log_handler": None}
    assert setups == [{}]
    s = bot.settings
    assert (
        s.prefix,
        s.admin_role,
        s.audit_channel,
        s.dev_guild,
        s.cooldown_questions,
        s.cooldown_seconds,
    ) == ("$", "Sales Ops", 11, 22, 3, 9)
    assert s.db_path == tmp_path / "chosen.db" and (tmp_path / "chosen.db").exists()
    assert TOKEN not in caplog.text and TOKEN not in repr(s)


@pytest.mark.parametrize(
    ("failure", "says"),
    [
        (discord.LoginFailure("Improper token has been passed."), "Discord refused DISCORD_TOKEN"),
        (discord.PrivilegedIntentsRequired(None), "turn on the Message Content intent"),
    ],
)
def test_discord_refusals_become_one_clear_error(env, monkeypatch, failure, says):
    env["DISCORD_TOKEN"] = TOKEN

    def run(self, token, **kwargs):
        self.store.close()
        raise failure

    monkeypatch.setattr(SalesBot, "run", run)
    monkeypatch.setattr(discord.utils, "setup_logging", lambda **kw: None)
    with pytest.raises(SalesBotError) as refused:
        run_bot()
    assert str(refused.value).startswith(says) and TOKEN not in str(refused.value)


async def test_slash_commands_are_valid_for_discord(bot):
    """What sync would send: names, descriptions and options within Discord's limits."""

    def check(payload: dict) -> None:
        assert payload["name"] == payload["name"].lower() and 1 <= len(payload["name"]) <= 32
        assert 1 <= len(payload["description"]) <= 100, payload["name"]
        for option in payload.get("options", []):
            check(option)

    payloads = [c.to_dict(bot.tree) for c in bot.tree.get_commands()]
    for payload in payloads:
        check(payload)
    names = {p["name"] for p in payloads}
    assert {"ask", "fact", "facts", "source", "synonym", "unanswered"} <= names
    fact = next(p for p in payloads if p["name"] == "fact")
    remove = next(o for o in fact["options"] if o["name"] == "remove")
    assert [o["name"] for o in remove["options"]] == ["id"]


async def test_blocking_work_runs_on_one_worker_thread(tmp_path):
    """Store and engine calls share one worker thread (the loop's default executor), so
    pure-Python work never has several threads holding the GIL against the event loop."""
    import asyncio
    import threading

    from bot.discord_bot import create_bot

    bot = create_bot(tmp_path / "store.db")
    await bot._async_setup_hook()
    await bot.setup_hook()
    names = {await asyncio.to_thread(lambda: threading.current_thread().name) for _ in range(8)}
    assert len(names) == 1 and names.pop().startswith("salesbot-worker")
    await bot.close()


# -- Discord unreachable at start; no voice noise ---------------------------------------------


def test_an_unreachable_discord_is_said_plainly_and_retried_with_backoff(
    env, monkeypatch, capsys, caplog
):
    import socket
    from types import SimpleNamespace

    import aiohttp

    import bot.discord_bot as front_door

    env["DISCORD_TOKEN"] = TOKEN
    monkeypatch.setattr(discord.utils, "setup_logging", lambda **kw: None)
    attempts: list[SalesBot] = []
    waits: list[float] = []

    def run(self, token, **kwargs):
        attempts.append(self)
        self.store.close()
        if len(attempts) <= 4:  # what aiohttp raises with no network
            raise aiohttp.ClientConnectorDNSError(
                SimpleNamespace(host="discord.com", port=443, ssl=True),
                socket.gaierror(-3, "Temporary failure in name resolution"),
            )

    monkeypatch.setattr(SalesBot, "run", run)
    monkeypatch.setattr(front_door, "wait", waits.append)
    with caplog.at_level(logging.WARNING), pytest.raises(SystemExit) as exited:
        cli_main(["run"])  # returns once the fifth attempt gets through
    assert exited.value.code == 0
    assert len(attempts) == 5
    assert waits == [5.0, 10.0, 20.0, 40.0]  # longer each time
    said = [r.getMessage() for r in caplog.records if "Discord cannot be reached" in r.getMessage()]
    assert len(said) == 4 and "check this machine's network connection" in said[0]
    assert "Temporary failure in name resolution" in said[0]
    assert "unexpected" not in capsys.readouterr().err


def test_starting_logs_no_voice_warnings(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(discord.VoiceClient, "warn_nacl", True)  # as in a fresh process
    monkeypatch.setattr(discord.VoiceClient, "warn_dave", True)
    with caplog.at_level(logging.WARNING):
        made = create_bot(tmp_path / "store.db")
    made.store.close()
    assert "voice" not in caplog.text


async def test_the_loop_waits_at_most_a_millisecond_for_the_gil(tmp_path):
    """Installing the workers shortens the interpreter's switch interval (see workers.py)."""
    import asyncio
    import sys

    from bot.discord_bot.workers import SWITCH_INTERVAL, Workers

    before = sys.getswitchinterval()
    workers = Workers()
    try:
        workers.install(asyncio.get_running_loop())
        assert sys.getswitchinterval() == SWITCH_INTERVAL < 0.005
    finally:
        workers.close()
        sys.setswitchinterval(before)
