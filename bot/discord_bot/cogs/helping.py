"""`/help` and `!help`: what the asker can use here, with questions this server's own store
answers (drawn from its metrics and periods, each checked by asking it), and the admin
commands only for admins."""

from __future__ import annotations

import asyncio
from typing import Any

import discord
from discord.ext import commands

from bot.answering.answer import Status
from bot.answering.engine import Engine
from bot.discord_bot.checks import is_admin, scope_of
from bot.discord_bot.embeds import CHANGED, fit
from bot.discord_bot.picks import precise_question
from bot.discord_bot.replies import replier_for
from bot.facts.model import Kind

EXAMPLES = 3
SAMPLE = 200  # facts looked at to find examples


def example_questions(engine: Engine, scope: str, limit: int = EXAMPLES) -> list[str]:
    """Questions this scope's store answers: one per company and metric, latest figures
    first, different metrics before more of the same; each is asked to be sure."""
    views = engine.store.list_facts(scope, limit=SAMPLE)
    views = sorted(views, key=lambda v: (v.fact.as_of, v.fact.kind is Kind.ACTUAL), reverse=True)
    seen_series: set[tuple[str, str]] = set()
    seen_metrics: set[str] = set()
    first, later = [], []
    for view in views:
        series = (view.fact.entity.casefold(), view.fact.metric.casefold())
        if series in seen_series:
            continue
        seen_series.add(series)
        (later if series[1] in seen_metrics else first).append(view)
        seen_metrics.add(series[1])
    out = []
    for view in first + later:
        question = precise_question(view)
        answer = engine.ask(question, scope)
        if answer.status is Status.ANSWERED and answer.facts[0].fact.id == view.fact.id:
            out.append(question)
        if len(out) == limit:
            break
    return out


def command_lines(bot: commands.Bot, *, admin: bool) -> list[str]:
    """`/name sub` — description, for the slash commands of one audience."""
    lines = []
    for command in sorted(bot.tree.get_commands(), key=lambda c: c.name):
        # By cog, not by default_permissions: with an admin role those are cleared.
        cog = getattr(command, "binding", None) or getattr(
            bot.get_command(command.name), "cog", None
        )
        for_admins = bool(getattr(cog, "for_admins", False))
        if for_admins != admin:
            continue
        children = getattr(command, "commands", None)
        for c in children if children else [command]:
            lines.append(f"`/{c.qualified_name}` — {c.description}")
    return lines


def help_embed(bot: Any, examples: list[str], *, admin: bool, prefix: str) -> discord.Embed:
    embed = discord.Embed(
        title="SalesBot",
        description=(
            "I answer sales questions with the exact figure, its period and kind (actual, "
            f"target or forecast) and its source. Ask with `/ask`, `{prefix}ask …`, or by "
            "mentioning me."
        ),
        colour=CHANGED,
    )
    if examples:
        embed.add_field(
            name="Questions I can answer here", value="\n".join(f"• {q}" for q in examples)
        )
    embed.add_field(name="Commands", value="\n".join(command_lines(bot, admin=False)))
    if admin:
        embed.add_field(
            name="For admins (your replies are private)",
            value="\n".join(command_lines(bot, admin=True)),
        )
    embed.set_footer(text=f"Every slash command also works as {prefix}command.")
    return fit(embed)


class Helping(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @commands.hybrid_command(name="help", description="What I can do here, with examples.")
    async def help(self, ctx: commands.Context) -> None:
        """What I can do here, with example questions."""
        bot: Any = self.bot
        examples = await asyncio.to_thread(example_questions, bot.engine, scope_of(ctx.guild))
        admin = ctx.guild is not None and is_admin(ctx.author, bot.settings_for(ctx.guild))
        embed = help_embed(bot, examples, admin=admin, prefix=bot.settings.prefix)
        await replier_for(ctx).send(embed=embed, ephemeral=True)


async def setup(bot: commands.Bot) -> None:
    bot.remove_command("help")  # discord.py's own lists every command, admin ones too
    await bot.add_cog(Helping(bot))
