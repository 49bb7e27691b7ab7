"""`/ingest` (an attached .txt, .md or .html report, or a form for pasted text) and
`/review` (the candidates still waiting): admin-only, checked in the command and again in
every button and form callback."""

from __future__ import annotations

import contextlib
import re
import secrets
import threading
from datetime import date
from pathlib import PurePath
from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands
from discord.utils import MISSING

from bot.discord_bot import components, curation
from bot.discord_bot.attachments import check_attachment, read_bytes
from bot.discord_bot.components import BaseView, StableForm
from bot.discord_bot.curation import Curator
from bot.discord_bot.errors import sentence
from bot.discord_bot.ingest_views import (
    RUNNING,
    CancelIngest,
    Page,
    Running,
    build_page,
    review_view,
    show_review,
)
from bot.discord_bot.progress import ProgressMessage
from bot.facts.model import SalesBotError
from bot.ingest import service
from bot.ingest.documents import SUFFIXES, Document, parse_document

TEXT_INPUT_LIMIT = 4000


def _day(text: str | None) -> date | None:
    if not text or not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise SalesBotError(f"published must be a date like 2014-05-14, not {text!r}") from None


async def run_ingest(
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
    """Ingest a deferred interaction's report and show its first candidate, privately. A
    long report shows how far reading has got in the response meanwhile."""
    day = _day(published)
    run = secrets.token_hex(8)
    stop = threading.Event()
    cancel = BaseView(curator.bot, CancelIngest(curator.guild.id, run))

    async def show(text: str) -> None:
        await interaction.edit_original_response(content=text, view=cancel)

    progress = ProgressMessage(show, "Reading the report")
    RUNNING[run] = Running(stop, progress)

    # The store's steps run on its worker; reading the report, the long part, on the
    # reading thread, so that everyone's questions are answered meanwhile.
    def plan(document: Document) -> service.Plan:
        return service.plan(
            curator.store,
            document,
            published=day,
            scope=curator.scope,
            entity=entity or None,
            fiscal_year_end=fiscal_year_end,
            named_by=named_by,
        )

    def propose(plan: service.Plan, reading: service.Reading) -> tuple[service.IngestResult, Page]:
        result = service.propose(
            curator.store,
            plan,
            reading,
            actor=curator.actor,
            title=title or None,
            publisher=publisher,
            url=url,
            fallback_title=fallback_title,
        )
        progress.report(1, 1)
        note = _note(result)
        first = result.candidates[0].id if result.candidates else 0
        return result, build_page(curator.store, curator.scope, result.source.key, first, note)

    try:
        document = await curator.bot.workers.read(lambda: parse_document(raw, suffix))
        planned = await curator.run(lambda: plan(document))
        reading = await curator.bot.workers.read(
            lambda: service.read(planned, progress=progress.report, stop=stop.is_set)
        )
        if stop.is_set():
            raise service.Cancelled("the ingest was cancelled; nothing was stored")
        result, page = await curator.run(lambda: propose(planned, reading))
    except service.Cancelled as cancelled:
        await progress.close()
        await interaction.edit_original_response(content=sentence(str(cancelled)), view=None)
        return
    except BaseException:
        await progress.close()
        if progress.shown:  # the error follows; the progress line must not stay behind
            with contextlib.suppress(discord.HTTPException):
                await interaction.edit_original_response(
                    content="Reading the report stopped.", view=None
                )
        raise
    finally:
        RUNNING.pop(run, None)
        cancel.stop()
    await progress.close()
    view = review_view(curator.bot, page, result.source.key)
    await curator.audit(f"ingested {result.source.key} ({len(result.candidates)} candidates)")
    # The result replaces "thinking…" or the progress line, in the same private response.
    try:
        message = await interaction.edit_original_response(
            content=None, embed=page.embed, view=view
        )
    except discord.HTTPException:
        # A response can be edited for 15 minutes only: the result of a longer read comes
        # by direct message (its review buttons work there too).
        message = await interaction.user.send(embed=page.embed, **({"view": view} if view else {}))
    if view is not None:
        view.message = message


def _note(result: service.IngestResult) -> str:
    note = f"{len(result.candidates)} candidate facts from **{result.source.title}**"
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
    return note + "."


class PasteForm(StableForm):
    """A report pasted as text, for when there is no file to attach. The command's other
    options ride in the form's custom_id, so a form open across a restart still works."""

    def __init__(self, custom_id: str, *, published: str | None, entity: str | None) -> None:
        super().__init__(title="Ingest a report", custom_id=custom_id)
        for item in (
            discord.ui.TextInput(label="Title", required=False, max_length=200, custom_id="title"),
            discord.ui.TextInput(
                label="Published (YYYY-MM-DD)",
                max_length=10,
                default=published or date.today().isoformat(),
                custom_id="published",
            ),
            discord.ui.TextInput(
                label="Company (blank: found in the text)",
                required=False,
                max_length=100,
                default=entity,
                custom_id="entity",
            ),
            discord.ui.TextInput(
                label="Report text",
                style=discord.TextStyle.paragraph,
                max_length=TEXT_INPUT_LIMIT,
                custom_id="text",
            ),
        ):
            self.add_item(item)


@components.form(r"sb:paste:(?P<options>.*)")
async def paste_submitted(
    interaction: discord.Interaction, match: re.Match[str], values: dict[str, str]
) -> None:
    curator = Curator.check(interaction.client, interaction.user, interaction.guild)
    options = components.unpack(match["options"])
    _day(values.get("published"))  # a bad date is refused before the slow part
    await interaction.response.defer(ephemeral=True, thinking=True)
    await run_ingest(
        interaction,
        curator,
        values.get("text", ""),
        ".txt",
        published=values.get("published"),
        title=values.get("title"),
        entity=values.get("entity") or options.get("entity"),
        publisher=options.get("publisher"),
        url=options.get("url"),
        fiscal_year_end=options.get("fiscal_year_end"),
        named_by=options.get("named_by"),
    )


class Ingesting(commands.Cog):
    for_admins = True  # /help lists these commands to admins only

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(
        name="ingest", description="Propose the facts a report states, for review"
    )
    @app_commands.describe(
        file="A .txt, .md or .html report (leave out to paste the text)",
        published="The report's date, YYYY-MM-DD",
        entity="The company it is about",
        title="The report's title",
        publisher="Who published it",
        url="Link to the report (https://…)",
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
            _day(published)  # refused before the form, not after the paste
            options = {
                "entity": entity,
                "publisher": publisher,
                "url": url,
                "fiscal_year_end": fiscal_year_end,
                "named_by": named_by,
            }
            custom_id = components.checked_id(
                "sb:paste:" + components.pack(options), "the command's options"
            )
            await interaction.response.send_modal(
                PasteForm(custom_id, published=published, entity=entity)
            )
            return
        limit = self.bot.settings.max_report_mb * 1024 * 1024  # type: ignore[attr-defined]
        check_attachment(file, SUFFIXES, limit)  # refused before anything is downloaded
        await interaction.response.defer(ephemeral=True, thinking=True)
        raw = await read_bytes(file, SUFFIXES, limit)
        suffix = PurePath(file.filename).suffix.lower()
        await run_ingest(
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
        Curator.check(self.bot, interaction.user, interaction.guild)
        embed, view = await show_review(interaction, source or "")
        await interaction.response.send_message(embed=embed, ephemeral=True, view=view or MISSING)
        if view is not None:  # so it can grey itself out when it times out
            view.message = await interaction.original_response()

    @review.autocomplete("source")
    async def review_sources(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await curation.admin_choices(interaction, current, curation.pending_source_keys)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Ingesting(bot))
