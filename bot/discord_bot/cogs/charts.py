"""Charts: `/chart question:…` answers with the figure over every period as a PNG attached
to the usual answer embed (its citations, its suggestion or choice buttons).

It is the asking path of /ask (`answers.respond`) with the chart forced: /ask and mentions
attach a chart only when the question asks for a trend or a chart.
"""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.answering.reading.understand import MAX_QUESTION_LENGTH
from bot.discord_bot.answers import respond
from bot.discord_bot.replies import InteractionReplier


class Charts(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(
        name="chart", description="Chart a sales figure over every period on record, with sources."
    )
    @app_commands.describe(question="e.g. sony smartphone sales, xperia units by quarter")
    async def chart(
        self,
        interaction: discord.Interaction,
        question: app_commands.Range[str, 1, MAX_QUESTION_LENGTH],
    ) -> None:
        await respond(self.bot, InteractionReplier(interaction), question, force_chart=True)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Charts(bot))
