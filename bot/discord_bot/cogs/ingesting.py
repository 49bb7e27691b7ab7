"""`/ingest` (an attached .txt, .md or .html report, or a form for pasted text) and
`/review` (the candidates still waiting): admin-only, checked in the command and again in
every button and form callback."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import PurePath
from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_bot.attachments import check_attachment, read_bytes
from bot.discord_bot.curation import Curator
from bot.discord_bot.ingest_views import PasteForm, ReviewView
from bot.facts.model import SalesBotError
from bot.ingest import service
from bot.ingest.documents import SUFFIXES, parse_document

MAX_REPORT_BYTES = 5 * 1024 * 1024


def _day(text: str | None) -> date | None:
    if not text or not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise SalesBotError(f"published must be a date like 2014-05-14, not {text!r}") from None


class Ingesting(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    async def _run(
        self,
        interaction: discord.Interaction,
        curator: Curator,
        raw: bytes | str,
        suffix: str,
        *,
        published: str | None,
        title: str | None,
        entity: str | None,
        publisher: str | None = None,
        url: str | None = None,
        fiscal_year_end: str | None = None,
        named_by: str | None = None,
        fallback_title: str | None = None,
    ) -> None:
        day = _day(published)

        def work() -> service.IngestResult:
            document = parse_document(raw, suffix)
            return service.ingest(
                curator.store,
                document,
                published=day,
                scope=curator.scope,
                actor=curator.actor,
                title=title or None,
                publisher=publisher,
                url=url,
                entity=entity or None,
                fiscal_year_end=fiscal_year_end,
                named_by=named_by,
                fallback_title=fallback_title,
            )

        result = await asyncio.to_thread(work)
        ids = [c.id for c in result.candidates]
        view = ReviewView(curator.store, curator.scope, ids)
        note = f"{len(ids)} candidate facts from **{result.source.title}**"
        if result.already:
            note += f" ({result.already} proposed before)"
        if result.new_entity is not None:
            e = result.new_entity
            note += f". New company **{e.name}**: " + (
                f"fiscal year ends {e.fiscal_year_end}"
                if e.fiscal_year_end
                else "calendar years (use `fiscal_year_end` if not)"
            )
            if result.calendar_evidence:
                note += f", proposed from the report (“{result.calendar_evidence}”)"
        await curator.audit(f"ingested {result.source.key} ({len(ids)} candidates)")
        view.message = await interaction.followup.send(
            embed=view.embed(note + "."), view=view, ephemeral=True, wait=True
        )

    @app_commands.command(
        name="ingest", description="Propose the facts a report states, for review"
    )
    @app_commands.describe(
        file="A .txt, .md or .html report (leave out to paste the text)",
        published="The report's date, YYYY-MM-DD",
        entity="The company it is about",
        title="The report's title",
        fiscal_year_end="For a new company: fiscal year end, MM-DD",
        named_by="For a new company: are fiscal years named by their start or end year?",
    )
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    async def ingest(
        self,
        interaction: discord.Interaction,
        file: discord.Attachment | None = None,
        published: str | None = None,
        entity: str | None = None,
        title: str | None = None,
        publisher: str | None = None,
        url: str | None = None,
        fiscal_year_end: str | None = None,
        named_by: Literal["start", "end"] | None = None,
    ) -> None:
        curator = Curator.check(self.bot, interaction.user, interaction.guild)
        if file is None:

            async def submitted(inner: discord.Interaction, values: dict[str, str]) -> None:
                checked = Curator.check(self.bot, inner.user, inner.guild)
                await inner.response.defer(ephemeral=True, thinking=True)
                await self._run(
                    inner,
                    checked,
                    values["text"],
                    ".txt",
                    published=values["published"],
                    title=values["title"],
                    entity=values["entity"] or entity,
                    publisher=publisher,
                    url=url,
                    fiscal_year_end=fiscal_year_end,
                    named_by=named_by,
                )

            await interaction.response.send_modal(
                PasteForm(on_submit=submitted, published=published, entity=entity)
            )
            return
        check_attachment(file, SUFFIXES, MAX_REPORT_BYTES)
        await interaction.response.defer(ephemeral=True, thinking=True)
        raw = await read_bytes(file, SUFFIXES, MAX_REPORT_BYTES)
        suffix = PurePath(file.filename).suffix.lower()
        await self._run(
            interaction,
            curator,
            raw,
            suffix,
            published=published,
            title=title,
            entity=entity,
            publisher=publisher,
            url=url,
            fiscal_year_end=fiscal_year_end,
            named_by=named_by,
            fallback_title=PurePath(file.filename).stem,
        )

    @app_commands.command(name="review", description="Candidate facts waiting for review")
    @app_commands.describe(source="Only the candidates of this source key")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    async def review(self, interaction: discord.Interaction, source: str | None = None) -> None:
        curator = Curator.check(self.bot, interaction.user, interaction.guild)
        pending = await asyncio.to_thread(
            curator.store.candidates, curator.scope, status="pending", source_key=source
        )
        view = ReviewView(curator.store, curator.scope, [c.id for c in pending])
        await interaction.response.send_message(
            embed=view.embed(f"{len(pending)} candidate facts waiting." if pending else ""),
            view=view,
            ephemeral=True,
        )


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Ingesting(bot))
