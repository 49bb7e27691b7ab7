"""One small test double of `discord.Interaction`, for calling a command's callback
directly (a slash command with an attachment, a slow answer held mid-way). It records what
the bot sends, in order, with the keyword arguments (ephemeral, embed, view, file, ...),
and refuses a second initial response the way Discord does. Buttons, menus and forms are
tested through discord.py's own dispatch instead (dispatch.py)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

import discord
from discord.ext import commands

_ids = itertools.count(900_000_000_000_000_001)


@dataclass(frozen=True)
class FakeRole:
    id: int
    name: str


@dataclass
class FakeUser:
    name: str = "alice"
    id: int = field(default_factory=lambda: next(_ids))
    guild_permissions: discord.Permissions = field(default_factory=discord.Permissions.none)
    roles: list[FakeRole] = field(default_factory=list)
    bot: bool = False

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"

    @property
    def display_name(self) -> str:
        return self.name


def admin(name: str = "ada") -> FakeUser:
    return FakeUser(name=name, guild_permissions=discord.Permissions(manage_guild=True))


def member(name: str = "bob", roles: list[FakeRole] | None = None) -> FakeUser:
    return FakeUser(name=name, roles=roles or [])


@dataclass
class Call:
    method: str  # "send_message", "send_modal", "edit_message", "defer", "followup.send"
    kwargs: dict[str, Any]
    upload: bytes | None = None  # an attached file's bytes, read when sent (as Discord does)

    def __post_init__(self) -> None:
        file = self.kwargs.get("file")
        if isinstance(file, discord.File) and self.upload is None:
            file.reset()
            self.upload = file.fp.read()
            file.reset()

    @property
    def ephemeral(self) -> bool:
        return bool(self.kwargs.get("ephemeral"))

    @property
    def embed(self) -> discord.Embed | None:
        return self.kwargs.get("embed")

    @property
    def view(self) -> discord.ui.View | None:
        return self.kwargs.get("view")

    @property
    def content(self) -> str:
        return self.kwargs.get("content") or ""

    def text(self) -> str:
        """Everything a person would read: content, embed title, description and fields."""
        parts = [self.content]
        if self.embed is not None:
            e = self.embed
            parts += [e.title or "", e.description or "", e.footer.text or ""]
            parts += [f"{f.name} {f.value}" for f in e.fields]
        return "\n".join(parts)


class FakeMessage:
    def __init__(self, calls: list[Call]) -> None:
        self.id = next(_ids)
        self._calls = calls

    async def edit(self, **kwargs: Any) -> FakeMessage:
        self._calls.append(Call("message.edit", kwargs))
        return self

    async def delete(self, **kwargs: Any) -> None:
        self._calls.append(Call("message.delete", kwargs))


class FakeResponse:
    def __init__(self, calls: list[Call]) -> None:
        self._calls = calls
        self._done = False

    def is_done(self) -> bool:
        return self._done

    def _respond(self, method: str, kwargs: dict[str, Any]) -> None:
        if self._done:
            raise RuntimeError(f"{method}: this interaction has already been responded to")
        self._done = True
        self._calls.append(Call(method, kwargs))

    async def send_message(self, content: str | None = None, **kwargs: Any) -> None:
        self._respond("send_message", {"content": content, **kwargs})

    async def send_modal(self, modal: discord.ui.Modal) -> None:
        self._respond("send_modal", {"modal": modal})

    async def edit_message(self, **kwargs: Any) -> None:
        self._respond("edit_message", kwargs)

    async def defer(self, **kwargs: Any) -> None:
        self._respond("defer", kwargs)


class FakeFollowup:
    def __init__(self, calls: list[Call]) -> None:
        self._calls = calls

    async def send(self, content: str | None = None, **kwargs: Any) -> FakeMessage:
        self._calls.append(Call("followup.send", {"content": content, **kwargs}))
        return FakeMessage(self._calls)


class FakeInteraction:
    """`guild` and `channel` may be real dpytest objects (so the audit channel and the
    bot's caches work); `user` is a FakeUser, so permissions and roles are explicit."""

    def __init__(
        self,
        client: commands.Bot,
        user: FakeUser,
        *,
        guild: Any = None,
        channel: Any = None,
        message: Any = None,
    ) -> None:
        self.client = client
        self.user = user
        self.guild = guild
        self.guild_id = guild.id if guild is not None else None
        self.channel = channel
        self.channel_id = channel.id if channel is not None else None
        self.message = message
        self.id = next(_ids)
        self.calls: list[Call] = []
        self.response = FakeResponse(self.calls)
        self.followup = FakeFollowup(self.calls)
        # What `commands.Context.from_interaction` reads for a hybrid command's slash path.
        self.data: dict[str, Any] = {"type": 1}
        self.command: Any = None
        self.namespace: tuple = ()
        self.command_failed = False
        self._state = client._connection
        self.extras: dict[str, Any] = {}

    def is_expired(self) -> bool:
        return False

    async def original_response(self) -> FakeMessage:
        return FakeMessage(self.calls)

    async def edit_original_response(self, **kwargs: Any) -> FakeMessage:
        self.calls.append(Call("edit_original_response", kwargs))
        return FakeMessage(self.calls)

    @property
    def last(self) -> Call:
        assert self.calls, "the bot sent nothing"
        return self.calls[-1]


async def slash(command: commands.HybridCommand, interaction: FakeInteraction) -> commands.Context:
    """The Context discord.py builds for a hybrid command invoked as a slash command."""
    interaction.command = command.app_command
    return await commands.Context.from_interaction(interaction)  # type: ignore[arg-type]


async def run_slash(
    cog: Any, command: commands.HybridCommand, interaction: FakeInteraction, **options: Any
) -> commands.Context:
    """Invoke a hybrid command's slash form: its callback with the Context discord.py would
    build, and, as discord.py does, any error handed to the bot's one error handler."""
    ctx = await slash(command, interaction)
    try:
        await command.callback(cog, ctx, **options)  # type: ignore[arg-type]
    except Exception as error:
        wrapped = discord.app_commands.CommandInvokeError(command.app_command, error)  # type: ignore[arg-type]
        await ctx.bot.on_command_error(ctx, commands.HybridCommandError(wrapped))
    return ctx
