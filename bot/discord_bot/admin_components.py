"""The curating commands' components, all of which survive a restart: Undo under a change,
Previous / Next under a list (facts or sources), the button that opens the fact form for
a prefix command, and the fact form itself. Each carries its server's id, so it also works
in the direct message where a prefix admin command's output goes; the clicker is checked
as an admin of that server every time."""

from __future__ import annotations

import re
from typing import Any, Self

import discord

from bot.answering.wording.render import clip
from bot.discord_bot import components, curation
from bot.discord_bot.components import BaseView, Gone, Guarded, StableForm, admin_in
from bot.discord_bot.curation import Curator, FactFilter
from bot.discord_bot.embeds import fact_card, list_embed, sources_page_embed
from bot.discord_bot.replies import InteractionReplier
from bot.facts.model import SalesBotError

BUTTON_LABEL_LIMIT = 80
TEXT_INPUT_LIMIT = 4000


# -- Undo -------------------------------------------------------------------------------


@components.item
class UndoButton(
    Guarded,
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"sb:undo:(?P<guild>\d+):(?P<entry>\d+)",
):
    """Reverses one change; any admin of the server may press it."""

    def __init__(self, guild_id: int, entry_id: int) -> None:
        self.guild_id, self.entry_id = guild_id, entry_id
        super().__init__(
            discord.ui.Button(
                label="Undo",
                style=discord.ButtonStyle.danger,
                custom_id=f"sb:undo:{guild_id}:{entry_id}",
            )
        )

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> Self:
        return cls(int(match["guild"]), int(match["entry"]))

    async def act(self, interaction: discord.Interaction) -> None:
        c = await admin_in(interaction, self.guild_id)
        entry = await c.run(lambda: c.store.audit_entry(self.entry_id))
        if entry.undone_by is not None:
            raise Gone(f"change {self.entry_id} was already undone (change {entry.undone_by})")
        _, view = await curation.undo(c, self.entry_id)
        back = "" if view.fact.deleted else " is back as it was"
        await interaction.response.edit_message(
            embed=fact_card(view, f"Undone: fact #{view.fact.id}{back}"), view=None
        )


def undo_view(bot: Any, guild_id: int, entry_id: int) -> BaseView:
    return BaseView(bot, UndoButton(guild_id, entry_id))


# -- lists ------------------------------------------------------------------------------


@components.item
class PageButton(
    Guarded,
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"sb:ls:(?P<guild>\d+):(?P<what>[fs]):(?P<dir>[pn])(?P<page>\d+):(?P<filters>.*)",
):
    """Previous or Next over a list of facts (with its filters) or of sources."""

    def __init__(
        self, guild_id: int, what: str, direction: str, page: int, filters: str, disabled: bool
    ) -> None:
        self.guild_id, self.what, self.page, self.filters = guild_id, what, page, filters
        super().__init__(
            discord.ui.Button(
                label="Previous" if direction == "p" else "Next",
                disabled=disabled,
                custom_id=f"sb:ls:{guild_id}:{what}:{direction}{page}:{filters}",
            )
        )

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> Self:
        return cls(
            int(match["guild"]),
            match["what"],
            match["dir"],
            int(match["page"]),
            match["filters"],
            bool(item.disabled),
        )

    async def act(self, interaction: discord.Interaction) -> None:
        c = await admin_in(interaction, self.guild_id)
        embed, view = await list_page(c, self.what, self.page, self.filters)
        await interaction.response.edit_message(embed=embed, view=view)
        if view is not None:
            view.updated_by = interaction


def _filter(filters: str) -> FactFilter:
    f = components.unpack(filters)
    return FactFilter(
        entity=f.get("e"),
        metric=f.get("m"),
        kind=f.get("k"),
        period=f.get("p"),
        removed=f.get("r") == "1",
    )


def pack_filter(where: FactFilter) -> str:
    return components.pack(
        {
            "e": where.entity,
            "m": where.metric,
            "k": where.kind,
            "p": where.period,
            "r": "1" if where.removed else None,
        }
    )


async def list_page(
    c: Curator, what: str, page: int, filters: str = ""
) -> tuple[discord.Embed, BaseView | None]:
    """Page PAGE of facts ('f', FILTERS) or sources ('s'), with Previous / Next if the list
    is longer than a page. Filters too long to carry on a button: the page says so."""
    if what == "f":
        where = _filter(filters)
        views, more = await curation.list_facts(c, where, page)
        embed = list_embed(views, page=page, filters=where.describe(), more=more)
    else:
        sources, total = await curation.list_sources(c, page)
        more = (page + 1) * curation.PAGE_SIZE < total
        embed = sources_page_embed(sources, page=page, total=total, size=curation.PAGE_SIZE)
    if page == 0 and not more:
        return embed, None
    guild_id = int(c.scope)
    buttons = [
        PageButton(guild_id, what, "p", max(page - 1, 0), filters, page == 0),
        PageButton(guild_id, what, "n", page + 1, filters, not more),
    ]
    if any(len(b.custom_id) > components.CUSTOM_ID_LIMIT for b in buttons):
        embed.set_footer(
            text="More match than a page shows: narrow it down with entity, metric, kind or period."
        )
        return embed, None
    return embed, BaseView(c.bot, *buttons)


# -- the fact form ----------------------------------------------------------------------

FIELDS = (
    ("entity", "Company", "Sony", discord.TextStyle.short, 100),
    ("metric", "Metric", "smartphones sold", discord.TextStyle.short, 100),
    ("period", "Period", "FY2013, Q3 2013, 2013-04-01/2014-03-31", discord.TextStyle.short, 100),
    ("value", "Value", "39M, 39 million, $1.25 billion, 29.6%", discord.TextStyle.short, 100),
    (
        "quote",
        "Quote (verbatim from the source)",
        "the sentence that states the figure",
        discord.TextStyle.paragraph,
        TEXT_INPUT_LIMIT,
    ),
)
_FORM = r"sb:fact:(?P<guild>\d+):(?P<op>add|edit):(?P<fact>\d*):(?P<options>.*)"


def form_id(guild_id: int, op: str, fact_id: int | None, options: dict[str, str | None]) -> str:
    """The form's custom_id: refused up front (before any typing) if the options are too long."""
    packed = components.pack(options)
    return components.checked_id(
        f"sb:fact:{guild_id}:{op}:{fact_id or ''}:{packed}", "the command's options"
    )


class FactForm(StableForm):
    """Entity, metric, period, value and quote: the five fields a modal can hold. For an
    edit, fields come pre-filled and a blank field means 'unchanged'."""

    def __init__(
        self, *, title: str, custom_id: str, defaults: dict[str, str] | None, required: bool
    ) -> None:
        super().__init__(title=title, custom_id=custom_id)
        for name, label, placeholder, style, limit in FIELDS:
            default = (defaults or {}).get(name)
            self.add_item(
                discord.ui.TextInput(
                    label=label,
                    placeholder=placeholder,
                    style=style,
                    max_length=limit,
                    required=required,
                    custom_id=name,
                    default=default if default and len(default) <= limit else None,
                )
            )


async def fact_form(
    c: Curator, op: str, fact_id: int | None, options: dict[str, str | None]
) -> FactForm:
    """The form to add or edit a fact, after every check that can be made before typing."""
    custom_id = form_id(
        int(c.scope), op, fact_id, {k: v for k, v in options.items() if k != "metric"}
    )
    if options.get("source"):
        await curation.known_source(c, str(options["source"]))
    if op == "edit" and fact_id is not None:
        view = await curation.editable_fact(c, fact_id)
        return FactForm(
            title=f"Edit fact #{fact_id}",
            custom_id=custom_id,
            defaults=curation.form_defaults(view),
            required=False,
        )
    metric = options.get("metric")
    return FactForm(
        title="Add a fact",
        custom_id=custom_id,
        defaults={"metric": metric} if metric else None,
        required=True,
    )


@components.form(_FORM)
async def fact_submitted(
    interaction: discord.Interaction, match: re.Match[str], values: dict[str, str]
) -> None:
    c = await admin_in(interaction, int(match["guild"]))
    options = components.unpack(match["options"])
    fields = {name: values.get(name, "") for name, *_ in FIELDS}
    if match["op"] == "add":
        change = await curation.add_fact(c, {**fields, **options})
        title = f"Added fact #{change.view.fact.id}"
    else:
        fact_id = int(match["fact"])
        change = await curation.edit_fact(c, fact_id, {**fields, **options})
        title = f"Edited fact #{fact_id}"
    undo = undo_view(c.bot, int(c.scope), change.entry_id)
    undo.message = await InteractionReplier(interaction).send(
        embed=fact_card(change.view, title), view=undo, ephemeral=True
    )


@components.item
class FormButton(
    Guarded,
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"sb:form:(?P<owner>\d+):(?P<form>.+)",
):
    """A prefix command cannot open a form; this button can. For the admin who asked only.
    It carries the form's own custom_id (minus its prefix) so nothing is lost on a restart."""

    def __init__(self, owner_id: int, form_custom_id: str, label: str) -> None:
        self.owner_id = owner_id
        self.form = form_custom_id.removeprefix("sb:fact:")
        super().__init__(
            discord.ui.Button(
                label=clip(label, BUTTON_LABEL_LIMIT),
                style=discord.ButtonStyle.primary,
                custom_id=components.checked_id(
                    f"sb:form:{owner_id}:{self.form}", "the command's options"
                ),
            )
        )

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> Self:
        return cls(int(match["owner"]), "sb:fact:" + match["form"], item.label or "Open the form")

    async def act(self, interaction: discord.Interaction) -> None:
        match = re.fullmatch(_FORM, "sb:fact:" + self.form)
        if match is None:
            raise Gone("this form button is from an older version; run the command again")
        c = await admin_in(interaction, int(match["guild"]))
        if interaction.user.id != self.owner_id:
            await interaction.response.send_message(
                "This form belongs to the admin who asked for it; run the command yourself.",
                ephemeral=True,
            )
            return
        fact_id = int(match["fact"]) if match["fact"] else None
        options: dict[str, str | None] = dict(components.unpack(match["options"]))
        try:
            modal = await fact_form(c, match["op"], fact_id, options)
        except SalesBotError as error:
            raise Gone(str(error)) from None
        await interaction.response.send_modal(modal)


def form_button_view(bot: Any, owner_id: int, form: FactForm, label: str) -> BaseView:
    return BaseView(bot, FormButton(owner_id, form.custom_id, label))
