"""One way to answer whoever asked, whether they typed a message (prefix command, mention)
or used an interaction (slash command, button, select, modal). Ephemeral replies exist only
for interactions; a message reply is public and references the question's message."""

from __future__ import annotations

import contextlib
from typing import Any, Protocol

import discord
from discord.ext import commands

# A 'slow down' reply to a message deletes itself after this many seconds.
NOTICE_SECONDS = 6.0
SLOW_DOWN_EMOJI = "⏳"
# Set in an interaction's extras while its public "thinking…" is all that was sent.
THINKING = "salesbot_thinking"
DM_NOTE = "I sent you the answer by direct message: it is for admins only."
DM_REFUSED = (
    "I can't send you direct messages. Use the slash command instead: its answer is shown "
    "only to you."
)


class Replier(Protocol):
    user: Any
    guild: discord.Guild | None
    channel_id: int | None  # with the user, whose conversation a follow-up continues

    async def send(
        self,
        *,
        content: str | None = None,
        embed: discord.Embed | None = None,
        view: discord.ui.View | None = None,
        file: discord.File | None = None,
        ephemeral: bool = False,
    ) -> discord.Message | None: ...

    async def notice(self, text: str, *, first: bool) -> None: ...

    async def defer(self) -> None: ...


def _given(**kwargs: Any) -> dict[str, Any]:
    """discord.py's interaction senders want absent arguments left out, not None."""
    return {k: v for k, v in kwargs.items() if v is not None}


class MessageReplier:
    def __init__(self, message: discord.Message) -> None:
        self.message = message
        self.user = message.author
        self.guild = message.guild
        self.channel_id = message.channel.id

    async def send(
        self,
        *,
        content: str | None = None,
        embed: discord.Embed | None = None,
        view: discord.ui.View | None = None,
        file: discord.File | None = None,
        ephemeral: bool = False,
    ) -> discord.Message | None:
        # `ephemeral` cannot apply to a message reply; it is public by nature.
        return await self.message.reply(
            mention_author=False, **_given(content=content, embed=embed, view=view, file=file)
        )

    async def notice(self, text: str, *, first: bool) -> None:
        """A short-lived reply the first time, then a reaction: never silence, never a flood."""
        if first:
            await self.message.reply(text, delete_after=NOTICE_SECONDS, mention_author=False)
            return
        # Without the Add Reactions permission the flood just goes unanswered: no apology.
        with contextlib.suppress(discord.HTTPException):
            await self.message.add_reaction(SLOW_DOWN_EMOJI)

    async def defer(self) -> None:
        """A message needs no acknowledgement within 3 seconds."""


class InteractionReplier:
    def __init__(self, interaction: discord.Interaction) -> None:
        self.interaction = interaction
        self.user = interaction.user
        self.guild = interaction.guild
        self.channel_id = interaction.channel_id

    async def send(
        self,
        *,
        content: str | None = None,
        embed: discord.Embed | None = None,
        view: discord.ui.View | None = None,
        file: discord.File | None = None,
        ephemeral: bool = False,
    ) -> discord.Message | None:
        kwargs = _given(content=content, embed=embed, view=view, file=file)
        if self.interaction.response.is_done():  # deferred, or answered already
            extras = self.interaction.extras
            if ephemeral and extras.pop(THINKING, False):
                # The first follow-up after a public "thinking…" replaces it and stays
                # public whatever its flags: remove it, so a private reply is private.
                with contextlib.suppress(discord.HTTPException):
                    await self.interaction.delete_original_response()
            extras.pop(THINKING, None)
            return await self.interaction.followup.send(**kwargs, ephemeral=ephemeral, wait=True)
        await self.interaction.response.send_message(**kwargs, ephemeral=ephemeral)
        return await self.interaction.original_response()

    async def notice(self, text: str, *, first: bool) -> None:
        await self.send(content=text, ephemeral=True)

    async def defer(self) -> None:
        if not self.interaction.response.is_done():
            await self.interaction.response.defer(thinking=True)
            self.interaction.extras[THINKING] = True


class PrivateReplier(MessageReplier):
    """Admin output asked for with a prefix command in a server channel: it goes to the
    admin's direct messages, and the channel is told where it went (once)."""

    def __init__(self, message: discord.Message) -> None:
        super().__init__(message)
        self.noted = False

    async def send(
        self,
        *,
        content: str | None = None,
        embed: discord.Embed | None = None,
        view: discord.ui.View | None = None,
        file: discord.File | None = None,
        ephemeral: bool = False,
    ) -> discord.Message | None:
        try:
            sent = await self.user.send(
                **_given(content=content, embed=embed, view=view, file=file)
            )
        except discord.Forbidden:
            await self.message.reply(DM_REFUSED, mention_author=False)
            return None
        if not self.noted:
            self.noted = True
            await self.message.reply(DM_NOTE, mention_author=False)
        return sent


def private_for(ctx: commands.Context) -> Replier:
    """Where admin output goes: ephemeral for a slash command, by direct message for a
    prefix command in a server, as usual in a direct message."""
    if ctx.interaction is not None:
        return InteractionReplier(ctx.interaction)
    if ctx.guild is None:
        return MessageReplier(ctx.message)
    return PrivateReplier(ctx.message)


def replier_for(ctx: commands.Context) -> Replier:
    """A hybrid command's context came either from a slash command or from a message."""
    if ctx.interaction is not None:
        return InteractionReplier(ctx.interaction)
    return MessageReplier(ctx.message)
