"""Asking, for everyone: /ask, the prefix form (!ask ...) and a message mentioning the bot
all go through `answers.respond`, so they give the same answer (the engine is called in one
place, `answers._answer_and_chart`)."""

from __future__ import annotations

import re

import discord
from discord import app_commands
from discord.ext import commands

from bot.answering.reading.understand import MAX_QUESTION_LENGTH
from bot.discord_bot import errors
from bot.discord_bot.answers import respond
from bot.discord_bot.replies import MessageReplier, replier_for


def mention_question(message: discord.Message, bot_user_id: int, prefix: str) -> str | None:
    """The question in a message that mentions the bot ('@SalesBot how many ...'), or None.

    Only a mention typed in the text counts (not the ping of a reply), and a message that
    is a prefix command is left to the command. In a direct message there is no one else
    to address, so any message is a question."""
    if message.content.startswith(prefix):
        return None
    if message.guild is None:
        return _spaced(message.content) or None
    ids = [str(bot_user_id)]
    role = message.guild.self_role
    if role is not None:  # people often pick the bot's own role from the @ menu
        ids.append(f"&{role.id}")
    pattern = re.compile("|".join(rf"<@!?{re.escape(i)}>" for i in ids))
    if not pattern.search(message.content):
        return None
    return _spaced(pattern.sub(" ", message.content))


def _spaced(text: str) -> str:
    """TEXT with its spaces run together and its lines kept apart: the engine tells a
    quoted earlier line ("> …") from the question below it."""
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


class QuestionText(app_commands.Transformer, commands.Converter):
    """A question: Discord's box stops at the engine's limit while typing (max_length);
    a longer prefix question reaches the engine, which says plainly that it is too long."""

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.string

    @property
    def min_value(self) -> int:
        return 1

    @property
    def max_value(self) -> int:
        return MAX_QUESTION_LENGTH

    async def transform(self, interaction: discord.Interaction, value: str) -> str:
        return value

    async def convert(self, ctx: commands.Context, argument: str) -> str:
        return argument


class Asking(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @commands.hybrid_command(
        name="ask", description="Ask a sales question; get the figure and its source."
    )
    @app_commands.describe(question="e.g. how many phones did Sony sell in fiscal 2013?")
    async def ask(
        self, ctx: commands.Context, *, question: app_commands.Transform[str, QuestionText]
    ) -> None:
        """Ask a sales question, e.g. !ask how many phones did Sony sell in fiscal 2013?"""
        await respond(self.bot, replier_for(ctx), question)

    @commands.Cog.listener("on_message")
    async def on_mention(self, message: discord.Message) -> None:
        if message.author.bot or self.bot.user is None:
            return  # never answer bots, itself included
        question = mention_question(message, self.bot.user.id, self.bot.settings.prefix)  # type: ignore[attr-defined]
        if question is None:
            return
        replier = MessageReplier(message)
        try:
            await respond(self.bot, replier, question)
        except Exception as error:  # a listener has no command error hook: same policy here
            await errors.report(replier, error, where="mention")


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Asking(bot))
