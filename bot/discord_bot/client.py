"""The Bot: settings (the environment's, and each server's own), the store and engine,
intents, mention safety, persistent components, cogs loaded from `cogs/` by discovery,
app command syncing, the audit channel."""

from __future__ import annotations

import asyncio
import gc
import importlib
import logging
import pkgutil

import discord
from discord.ext import commands

from bot.answering import Engine
from bot.answering.conversation import Conversations
from bot.config import BotSettings
from bot.discord_bot import answerers, components, errors, server_settings
from bot.discord_bot.admission import Admission
from bot.discord_bot.answerers import Desk
from bot.discord_bot.cooldown import QuestionLimiter
from bot.discord_bot.workers import Workers
from bot.facts.store import FactStore

log = logging.getLogger(__name__)
COGS_PACKAGE = "bot.discord_bot.cogs"
# What the bot needs in a channel: read, answer with embeds and files, react, see replies.
PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    embed_links=True,
    attach_files=True,
    read_message_history=True,
    add_reactions=True,
)
SCOPES = ("bot", "applications.commands")


def intents() -> discord.Intents:
    chosen = discord.Intents.default()
    chosen.message_content = True  # privileged: prefix commands and mentions need the text
    return chosen


class SalesBot(commands.Bot):
    def __init__(self, settings: BotSettings, store: FactStore) -> None:
        # A text bot: that voice's optional libraries are missing is not worth a warning
        # on every start.
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        super().__init__(
            command_prefix=settings.prefix,
            intents=intents(),
            # Nothing the bot sends pings anyone, however a question was worded.
            allowed_mentions=discord.AllowedMentions.none(),
            case_insensitive=True,
            strip_after_prefix=True,
            description="SalesBot answers sales questions with the exact figure and its source.",
        )
        self.settings = settings
        self.store = store
        self.engine = Engine(store)
        self.conversations = Conversations(self.engine)  # follow-ups, per person and channel
        # The environment's limit; a server with its own cooldown gets its own limiter.
        self.limiter = QuestionLimiter(settings.cooldown_questions, settings.cooldown_seconds)
        self._limiters: dict[int, QuestionLimiter] = {}
        self.server_settings: dict[str, dict[str, str]] = {}  # scope -> stored settings
        self.workers = Workers()
        self.admission = Admission()  # questions started per pass of the event loop
        self.answerers = answerers.start(settings, Desk(store, self.engine, self.conversations))
        self.tree.on_error = errors.on_app_command_error  # type: ignore[method-assign]
        self.add_listener(components.on_form_submit, "on_interaction")
        self.add_listener(components.on_stale_component, "on_interaction")

    async def setup_hook(self) -> None:
        self.workers.install(self.loop)
        self.server_settings = await asyncio.to_thread(self.store.all_server_settings)
        await self.load_cogs()
        components.register(self)  # the cogs' buttons: those sent before a restart work too
        await self.sync_commands()
        await asyncio.to_thread(self.engine.vocabulary)  # warm the shared names once
        await self.answerers.warm()  # (the answering processes load what that saved)
        # Everything built so far lives as long as the bot: keep it out of the garbage
        # collector's full passes, which otherwise stall the loop 13-33 ms under load.
        gc.freeze()

    async def load_cogs(self) -> list[str]:
        """Every module in cogs/ with a `setup`, so new cogs need no edit here. One broken
        cog is logged and skipped rather than keeping the bot from answering."""
        package = importlib.import_module(COGS_PACKAGE)
        loaded = []
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
            if info.name.startswith("_"):
                continue
            name = f"{COGS_PACKAGE}.{info.name}"
            try:
                await self.load_extension(name)
            except commands.ExtensionError:
                log.exception("could not load cog %s", name)
                continue
            loaded.append(name)
        return loaded

    async def sync_commands(self) -> None:
        """Register slash commands with Discord: at once in the dev server, else globally
        (which can take up to an hour to appear). Skipped when not logged in (tests)."""
        if not self.http.token or self.application_id is None:
            return
        if self.settings.dev_guild:
            guild = discord.Object(id=self.settings.dev_guild)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d slash commands to server %s", len(synced), guild.id)
        else:
            synced = await self.tree.sync()
            log.info(
                "synced %d slash commands globally (may take up to an hour to show)", len(synced)
            )

    async def on_ready(self) -> None:
        log.info("logged in as %s in %d servers", self.user, len(self.guilds))
        if self.application_id is not None:
            log.info(
                "invite link: %s",
                discord.utils.oauth_url(
                    self.application_id, permissions=PERMISSIONS, scopes=SCOPES
                ),
            )

    def settings_for(self, guild: discord.abc.Snowflake | None) -> BotSettings:
        """The settings in force in GUILD: its own (set with /settings) over the environment."""
        if guild is None:
            return self.settings
        return server_settings.resolve(self.settings, self.server_settings.get(str(guild.id)))

    def limiter_for(self, guild: discord.abc.Snowflake | None) -> QuestionLimiter:
        wanted = self.settings_for(guild)
        pair = (wanted.cooldown_questions, wanted.cooldown_seconds)
        if guild is None or pair == (self.limiter.questions, self.limiter.seconds):
            return self.limiter
        limiter = self._limiters.get(guild.id)
        if limiter is None or (limiter.questions, limiter.seconds) != pair:
            limiter = self._limiters[guild.id] = QuestionLimiter(*pair, clock=self.limiter.clock)
        return limiter

    async def on_command_error(self, ctx: commands.Context, error: commands.CommandError) -> None:  # type: ignore[override]
        await errors.on_command_error(ctx, error)

    async def post_audit(self, guild: discord.Guild | None, line: str) -> None:
        """One line per change to the audit channel, if it is set and belongs to the server
        where the change happened (one server's changes are never shown to another)."""
        channel_id = self.settings_for(guild).audit_channel
        if not channel_id or guild is None:
            return
        channel = self.get_channel(channel_id)
        if channel is None or getattr(getattr(channel, "guild", None), "id", None) != guild.id:
            return
        try:
            await channel.send(line[:2000])  # type: ignore[union-attr]
        except Exception:  # the change is stored and in the store's audit log already:
            # a failed post must not make it look failed to the admin
            log.exception("could not post to the audit channel %s", channel_id)

    async def close(self) -> None:
        await super().close()
        self.answerers.close()
        self.workers.close()
        self.store.close()
