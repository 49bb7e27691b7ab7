"""Curating, for admins (Manage Server or the configured role): facts, sources, bundles,
synonyms and the questions nobody could answer. Every command checks the caller first
(`Curator.check`); buttons and modals check again when clicked or submitted.

Commands are hybrid: `/fact remove 12` and `!fact remove 12` both work. A prefix command
cannot open a form, so `!fact add` answers with a button that opens it."""

from __future__ import annotations

from datetime import date
from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_bot import curation
from bot.discord_bot.admin_components import (
    FactForm,
    fact_form,
    form_button_view,
    list_page,
    pack_filter,
    undo_view,
)
from bot.discord_bot.attachments import read_text
from bot.discord_bot.curation import Curator, FactFilter
from bot.discord_bot.embeds import (
    fact_card,
    history_embed,
    import_embed,
    notice,
    unanswered_embed,
)
from bot.discord_bot.replies import private_for
from bot.facts.model import SalesBotError
from bot.facts.store import FactStore

KindName = Literal["actual", "target", "forecast"]
MAX_BUNDLE_BYTES = 20 * 1024 * 1024
MAX_SOURCE_BYTES = 5 * 1024 * 1024


class Curating(commands.Cog):
    for_admins = True  # /help lists these commands to admins only

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        # default_permissions hides these from members without Manage Server. Discord cannot
        # hide by a role we only know by name, so with an admin role they stay visible (the
        # server-side check still refuses non-admins); server admins can narrow this under
        # Server Settings > Integrations.
        if self.bot.settings.admin_role:  # type: ignore[attr-defined]
            for command in (self.fact, self.facts, self.source, self.synonym, self.unanswered):
                command.app_command.default_permissions = None  # type: ignore[union-attr]

    def curator(self, ctx: commands.Context) -> Curator:
        return Curator.check(self.bot, ctx.author, ctx.guild)

    # -- /fact ---------------------------------------------------------------------------

    @commands.hybrid_group(
        name="fact",
        invoke_without_command=True,
        description="Add, edit, remove and inspect this server's facts.",
    )
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    async def fact(self, ctx: commands.Context) -> None:
        """Curate facts: add, edit, remove, undo, history, list."""
        self.curator(ctx)
        await ctx.send_help(ctx.command)

    @fact.command(
        name="add",
        description="Add a fact: opens a form for company, metric, period, value and quote.",
    )
    @app_commands.describe(
        source="The source the quote is from (its key)",
        kind="actual, target or forecast",
        unit="units, USD, JPY, percent ...",
        metric="Pre-fills the form's metric",
        as_of="When the figure was stated (YYYY-MM-DD; default: the source's date)",
    )
    async def fact_add(
        self,
        ctx: commands.Context,
        source: str,
        kind: KindName = "actual",
        unit: str | None = None,
        metric: str | None = None,
        as_of: str | None = None,
    ) -> None:
        """Add a fact (opens a form): !fact add SOURCE-KEY [kind] [unit] [metric] [as_of]"""
        c = self.curator(ctx)
        options = {"source": source, "kind": kind, "unit": unit, "as_of": as_of, "metric": metric}
        form = await fact_form(c, "add", None, options)
        await self._open_form(ctx, form, "Open the form to add the fact")

    @fact.command(
        name="edit",
        description="Edit a fact: opens the form pre-filled; blank fields stay as they are.",
    )
    @app_commands.rename(fact_id="id")
    @app_commands.describe(
        fact_id="The fact's number (#12 -> 12)",
        kind="New kind",
        unit="New unit",
        source="New source key",
        as_of="New as-of date",
    )
    async def fact_edit(
        self,
        ctx: commands.Context,
        fact_id: int,
        kind: KindName | None = None,
        unit: str | None = None,
        source: str | None = None,
        as_of: str | None = None,
    ) -> None:
        """Edit a fact (opens a pre-filled form): !fact edit ID [kind] [unit] [source] [as_of]"""
        c = self.curator(ctx)
        options = {"kind": kind, "unit": unit, "source": source, "as_of": as_of}
        form = await fact_form(c, "edit", fact_id, options)
        await self._open_form(ctx, form, f"Open the form to edit fact #{fact_id}")

    async def _open_form(self, ctx: commands.Context, form: FactForm, label: str) -> None:
        """Checked before this point: a form opens only when it can succeed."""
        if ctx.interaction is not None:
            await ctx.interaction.response.send_modal(form)
            return
        view = form_button_view(self.bot, ctx.author.id, form, label)
        view.message = await ctx.reply(
            "A fact takes a form: press the button to open it.", view=view, mention_author=False
        )

    @fact.command(name="remove", description="Remove a fact (an Undo button brings it back).")
    @app_commands.rename(fact_id="id")
    @app_commands.describe(fact_id="The fact's number (#12 -> 12)")
    async def fact_remove(self, ctx: commands.Context, fact_id: int) -> None:
        """Remove a fact: !fact remove ID"""
        c = self.curator(ctx)
        change = await curation.remove_fact(c, fact_id)
        undo = undo_view(self.bot, int(c.scope), change.entry_id)
        undo.message = await private_for(ctx).send(
            embed=fact_card(change.view, f"Removed fact #{fact_id}", mark_removed=False),
            view=undo,
            ephemeral=True,
        )

    @fact.command(name="undo", description="Undo your latest change to a fact, or a given change.")
    @app_commands.describe(change="The change number (default: your latest)")
    async def fact_undo(self, ctx: commands.Context, change: int | None = None) -> None:
        """Undo your latest change (or change N): !fact undo [N]"""
        entry, view = await curation.undo(self.curator(ctx), change)
        back = "" if view.fact.deleted else " is back as it was"
        await private_for(ctx).send(
            embed=fact_card(view, f"Undone (change {entry.id}): fact #{view.fact.id}{back}"),
            ephemeral=True,
        )

    @fact.command(name="history", description="A fact, its revisions and every change to it.")
    @app_commands.rename(fact_id="id")
    @app_commands.describe(fact_id="The fact's number (#12 -> 12)")
    async def fact_history(self, ctx: commands.Context, fact_id: int) -> None:
        """Show a fact's revisions and changes: !fact history ID"""
        found = await curation.history(self.curator(ctx), fact_id)
        await private_for(ctx).send(embed=history_embed(found), ephemeral=True)

    @fact.command(name="list", description="List this server's and the shared facts, filtered.")
    @app_commands.describe(
        entity="Company",
        metric="Metric",
        kind="actual, target or forecast",
        period="FY2013, Q3 2013, 2013-04-01/2014-03-31 ...",
        removed="Include removed facts",
    )
    async def fact_list(
        self,
        ctx: commands.Context,
        entity: str | None = None,
        metric: str | None = None,
        kind: KindName | None = None,
        period: str | None = None,
        removed: bool = False,
    ) -> None:
        """List facts: !fact list [entity] [metric] [kind] [period] [removed]"""
        c = self.curator(ctx)
        where = FactFilter(entity=entity, metric=metric, kind=kind, period=period, removed=removed)
        embed, pager = await list_page(c, "f", 0, pack_filter(where))
        message = await private_for(ctx).send(embed=embed, view=pager, ephemeral=True)
        if pager is not None:
            pager.message = message

    # -- /facts import, /facts export -----------------------------------------------------

    @commands.hybrid_group(
        name="facts",
        invoke_without_command=True,
        description="Import or export this server's facts as a bundle.",
    )
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    async def facts(self, ctx: commands.Context) -> None:
        """Bundles: import, export."""
        self.curator(ctx)
        await ctx.send_help(ctx.command)

    @facts.command(
        name="import", description="Import a fact bundle (.json): all of it or, on any error, none."
    )
    @app_commands.describe(bundle="The bundle file (see `/facts export` for the format)")
    async def facts_import(self, ctx: commands.Context, bundle: discord.Attachment) -> None:
        """Import an attached bundle (.json): !facts import + attachment"""
        c = self.curator(ctx)
        raw = await read_text(bundle, (".json",), MAX_BUNDLE_BYTES)
        report = await curation.import_bundle(c, bundle.filename, raw)
        await private_for(ctx).send(embed=import_embed(bundle.filename, report), ephemeral=True)

    @facts.command(name="export", description="Download every fact this server sees, as a bundle.")
    async def facts_export(self, ctx: commands.Context) -> None:
        """Export this server's facts (and the shared ones) as a bundle file."""
        c = self.curator(ctx)
        export = await curation.export_bundle(c)
        try:
            limit = getattr(c.guild, "filesize_limit", 10 * 1024 * 1024)
            if export.size > limit:
                raise SalesBotError(
                    f"the bundle is {export.size // 1024} KB, over this server's upload limit; "
                    f"run `salesbot export --scope {c.scope} FILE` where the bot runs"
                )
            # discord.py reads the file while uploading it, and closes it afterwards
            file = discord.File(export.path, filename=f"salesbot-{c.scope}-{date.today()}.json")
            try:
                await private_for(ctx).send(
                    content=f"{export.facts} facts and {export.sources} sources "
                    "(this server's and the shared ones).",
                    file=file,
                    ephemeral=True,
                )
            finally:
                file.close()
        finally:
            export.discard()  # sent (or refused): the temporary file goes

    # -- /source ------------------------------------------------------------------------

    @commands.hybrid_group(
        name="source", invoke_without_command=True, description="The reports facts are quoted from."
    )
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    async def source(self, ctx: commands.Context) -> None:
        """Sources: add, list."""
        self.curator(ctx)
        await ctx.send_help(ctx.command)

    @source.command(
        name="add", description="Store a report's text (.txt or .md) so facts can quote it."
    )
    @app_commands.describe(
        title="The report's title",
        file="The report's full text (.txt or .md)",
        url="Link to the report",
        publisher="Who published it",
        published="Publication date (YYYY-MM-DD)",
        key="A short name for it (default: made from the title)",
    )
    async def source_add(
        self,
        ctx: commands.Context,
        title: str,
        file: discord.Attachment,
        url: str | None = None,
        publisher: str | None = None,
        published: str | None = None,
        key: str | None = None,
    ) -> None:
        """Add a source (attach its .txt/.md): !source add "TITLE" [url] [publisher] [date] [key]"""
        c = self.curator(ctx)
        text = await read_text(file, (".txt", ".md"), MAX_SOURCE_BYTES)
        stored, replaced = await curation.add_source(
            c, title=title, text=text, key=key, url=url, publisher=publisher, published=published
        )
        verb = "Updated" if replaced else "Added"
        await private_for(ctx).send(
            embed=notice(
                f"{verb} source `{stored.key}` ({len(stored.text):,} characters). "
                f"Quote it with `/fact add source:{stored.key}`.",
                title=stored.title,
            ),
            ephemeral=True,
        )

    @source.command(name="list", description="List the sources this server can quote.")
    async def source_list(self, ctx: commands.Context) -> None:
        """List sources."""
        c = self.curator(ctx)
        embed, pager = await list_page(c, "s", 0)
        message = await private_for(ctx).send(embed=embed, view=pager, ephemeral=True)
        if pager is not None:
            pager.message = message

    # -- /synonym, /unanswered -----------------------------------------------------------

    @commands.hybrid_group(
        name="synonym",
        invoke_without_command=True,
        description="Teach the bot other words for metrics and companies.",
    )
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    async def synonym(self, ctx: commands.Context) -> None:
        """Synonyms: add."""
        self.curator(ctx)
        await ctx.send_help(ctx.command)

    @synonym.command(
        name="add",
        description="Teach a word: 'shipments' means 'smartphones "
        "sold', or another name for a company.",
    )
    @app_commands.describe(
        phrase="The new word or phrase, e.g. shipments",
        means="The metric or company it means, e.g. smartphones sold",
    )
    async def synonym_add(self, ctx: commands.Context, phrase: str, means: str) -> None:
        """Teach a synonym: !synonym add "PHRASE" "METRIC OR COMPANY\""""
        taught = await curation.teach(self.curator(ctx), phrase, means)
        await private_for(ctx).send(embed=notice(taught + ".", title="Learned"), ephemeral=True)

    @commands.hybrid_command(
        name="unanswered", description="The questions asked most often that I could not answer."
    )
    @app_commands.describe(days="How far back to look (default 30 days)")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    async def unanswered(
        self, ctx: commands.Context, days: commands.Range[int, 1, 365] = 30
    ) -> None:
        """Most frequent unanswered questions: !unanswered [days]"""
        rows = await curation.unanswered(self.curator(ctx), days)
        await private_for(ctx).send(embed=unanswered_embed(rows, days), ephemeral=True)

    # -- autocomplete (admins only: it lists the server's vocabulary) ----------------------

    @fact_add.autocomplete("source")
    @fact_edit.autocomplete("source")
    async def source_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await curation.admin_choices(interaction, current, curation.source_keys)

    @fact_add.autocomplete("metric")
    @fact_list.autocomplete("metric")
    async def metric_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await curation.admin_choices(interaction, current, curation.metric_names)

    @fact_list.autocomplete("entity")
    async def entity_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await curation.admin_choices(interaction, current, curation.entity_names)

    @fact_edit.autocomplete("fact_id")
    @fact_remove.autocomplete("fact_id")
    @fact_history.autocomplete("fact_id")
    async def fact_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[int]]:
        def lister(store: FactStore, scope: str) -> list[tuple[str, int]]:
            return curation.own_fact_ids(store, scope, str(current))

        return await curation.admin_choices(interaction, "", lister)

    @synonym_add.autocomplete("means")
    async def means_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await curation.admin_choices(interaction, current, curation.vocabulary_names)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Curating(bot))
