"""Buttons, menus and forms that keep working across restarts.

Every component is a discord.py `DynamicItem` whose custom_id carries all its callback
needs (which server, whose it is, which fact, change, page or candidate), so any running
bot understands a click on a message an earlier process sent. Forms (modals) work the same
way: their custom_id is matched by `on_form_submit`, one listener for the process that
opened the form and for any later one. A component whose target is gone (a change already
undone, a candidate decided, a fact removed) says so and disables itself.

Callbacks never raise: discord.py only logs a DynamicItem's exception and the person would
see "This interaction failed", so every error goes to the one error policy here.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Awaitable, Callable, Iterator, Mapping
from typing import Any
from urllib.parse import quote, unquote

import discord

from bot.discord_bot import errors
from bot.facts.model import PermissionDeniedError, SalesBotError

log = logging.getLogger(__name__)

CUSTOM_ID_LIMIT = 100  # Discord's limit for a component's or a modal's custom_id
# Under the 15-minute life of an interaction token, so a timed-out view can still be
# disabled. After a restart a message's components have no timer; they keep working.
VIEW_TIMEOUT = 600.0

# Every DynamicItem class, registered with the bot in setup_hook (see `register`).
ITEMS: list[type[discord.ui.DynamicItem]] = []
FormHandler = Callable[[discord.Interaction, "re.Match[str]", dict[str, str]], Awaitable[None]]
FORMS: list[tuple[re.Pattern[str], FormHandler]] = []


class Gone(SalesBotError):
    """What a component acts on no longer exists or was already done."""


def item(cls: type[discord.ui.DynamicItem]) -> type[discord.ui.DynamicItem]:
    """Class decorator: a DynamicItem the bot listens for."""
    ITEMS.append(cls)
    return cls


def form(template: str) -> Callable[[FormHandler], FormHandler]:
    """Decorator: FormHandler for modals whose custom_id fully matches TEMPLATE."""

    def register(handler: FormHandler) -> FormHandler:
        FORMS.append((re.compile(template), handler))
        return handler

    return register


def register(client: discord.Client) -> None:
    client.add_dynamic_items(*ITEMS)


# -- what a custom_id carries -----------------------------------------------------------


def pack(values: Mapping[str, str | None]) -> str:
    """`k=v;k=v` with values escaped, for the free-text part of a custom_id."""
    return ";".join(f"{k}={quote(v, safe='')}" for k, v in values.items() if v)


def unpack(text: str) -> dict[str, str]:
    out = {}
    for part in filter(None, text.split(";")):
        key, _, value = part.partition("=")
        out[key] = unquote(value)
    return out


def checked_id(custom_id: str, what: str) -> str:
    """Refuse, before anything is shown, a component that could not carry its state."""
    if len(custom_id) > CUSTOM_ID_LIMIT:
        raise SalesBotError(f"{what} are too long to carry on a button; shorten them")
    return custom_id


# -- who may use it ----------------------------------------------------------------------


async def admin_in(interaction: discord.Interaction, guild_id: int) -> Any:
    """The Curator for the clicker in GUILD_ID, checked on the server side. A component in
    a direct message (a prefix admin command's private output) still belongs to a server."""
    from bot.discord_bot.curation import Curator

    client: Any = interaction.client
    if interaction.guild is not None and interaction.guild.id != guild_id:
        raise PermissionDeniedError("This belongs to another server.")
    guild = interaction.guild or client.get_guild(guild_id)
    if guild is None:
        raise Gone("I am no longer in the server this belongs to.")
    user: Any = interaction.user
    if interaction.guild is None:  # in a DM: their membership decides, not the DM
        user = guild.get_member(user.id)
        if user is None:
            with contextlib.suppress(discord.HTTPException):
                user = await guild.fetch_member(interaction.user.id)
        if user is None:
            raise PermissionDeniedError("You are not a member of the server this belongs to.")
    return Curator.check(client, user, guild)


# -- errors and gone targets -------------------------------------------------------------


class Guarded:
    """Mixin for DynamicItems: `act` does the work; errors reach the person, never a log only."""

    custom_id: str

    async def act(self, interaction: discord.Interaction) -> None:
        raise NotImplementedError

    async def callback(self, interaction: discord.Interaction) -> None:
        try:
            await self.act(interaction)
        except Gone as gone:
            await disable_clicked(interaction, str(gone))
        except Exception as error:
            await errors.on_interaction_error(interaction, error, self)


def _components(message: discord.Message) -> Iterator[Any]:
    for row in message.components:
        yield from getattr(row, "children", [row])


async def disable_clicked(interaction: discord.Interaction, text: str) -> None:
    """Say what is gone, privately, and grey out the component that pointed at it."""
    message = interaction.message
    custom_id = (interaction.data or {}).get("custom_id")
    if message is not None and not interaction.response.is_done() and message.components:
        view = discord.ui.View.from_message(message, timeout=None)
        for child in view.children:
            if getattr(child, "custom_id", None) == custom_id:
                child.disabled = True  # type: ignore[attr-defined]
        view.stop()  # a copy for display only: nothing listens to it
        with contextlib.suppress(discord.HTTPException):
            await interaction.response.edit_message(view=view)
    text = errors.sentence(text)
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=True)
    else:
        await interaction.response.send_message(text, ephemeral=True)


# -- views and forms --------------------------------------------------------------------


class BaseView(discord.ui.View):
    """A message's components (DynamicItems), greyed out when it times out. It must know
    its message (`message`) to do that; senders set it."""

    message: discord.Message | None = None
    # Or the click that put this view on its message: an ephemeral message can only be
    # edited through the interaction's token, not as a channel message.
    updated_by: discord.Interaction | None = None

    def __init__(self, client: discord.Client, *items: discord.ui.Item) -> None:
        super().__init__(timeout=VIEW_TIMEOUT)
        self.client = client
        for child in items:
            self.add_item(child)

    async def on_timeout(self) -> None:
        # discord.py forgets a view's DynamicItem templates when the view expires; other
        # messages still carry such components, so the bot listens for them again.
        if self.client is not None:
            register(self.client)
        for child in self.children:
            target = getattr(child, "item", child)  # a DynamicItem wraps the button
            if hasattr(target, "disabled"):
                target.disabled = True
        with contextlib.suppress(discord.HTTPException):  # deleted, or token expired
            if self.updated_by is not None:
                await self.updated_by.edit_original_response(view=self)
            elif self.message is not None:
                await self.message.edit(view=self)


class StableForm(discord.ui.Modal):
    """A modal whose custom_id says what it is for; `on_form_submit` acts on it, so a form
    opened before a restart is still handled after it."""

    def __init__(self, *, title: str, custom_id: str) -> None:
        super().__init__(title=title[:45], custom_id=custom_id, timeout=VIEW_TIMEOUT)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        """Nothing here: `on_form_submit` handles every SalesBot form."""


def submitted_values(data: Mapping[str, Any]) -> dict[str, str]:
    """custom_id -> value of every text input in a modal submit payload, however nested."""
    out: dict[str, str] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "custom_id" in node and "value" in node:
                out[node["custom_id"]] = node["value"]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data.get("components", []))
    return out


STALE = "This button is from an older version of SalesBot; run the command again."


async def on_stale_component(interaction: discord.Interaction) -> None:
    """The bot's `on_interaction` listener for components no item here understands (sent
    by a version before components carried their state): say so rather than let Discord
    report "This interaction failed", and grey it out."""
    if interaction.type is not discord.InteractionType.component or not interaction.data:
        return
    custom_id = str(interaction.data.get("custom_id", ""))
    if any(cls.__discord_ui_compiled_template__.fullmatch(custom_id) for cls in ITEMS):  # type: ignore[attr-defined]
        return
    await disable_clicked(interaction, STALE)


async def on_form_submit(interaction: discord.Interaction) -> None:
    """The bot's `on_interaction` listener for SalesBot forms."""
    if interaction.type is not discord.InteractionType.modal_submit or not interaction.data:
        return
    custom_id = str(interaction.data.get("custom_id", ""))
    for pattern, handler in FORMS:
        match = pattern.fullmatch(custom_id)
        if match is None:
            continue
        try:
            await handler(interaction, match, submitted_values(interaction.data))
        except Gone as gone:
            await disable_clicked(interaction, str(gone))
        except Exception as error:
            await errors.on_interaction_error(interaction, error, handler)
        return
