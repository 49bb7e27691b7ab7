"""The one error policy for every entry point (prefix and hybrid commands, app commands,
buttons, selects, modals, the mention listener): a person's mistake gets a clear ephemeral
message; anything unexpected is logged with its traceback and the person gets an apology."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.answering.engine import QuestionError
from bot.discord_bot.replies import InteractionReplier, Replier, private_for, replier_for
from bot.facts.model import NotFoundError, PermissionDeniedError, SalesBotError

log = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong on my side. It has been logged; please try again later."
# Named for the reader: all of them are SalesBotErrors, whose text is written for people.
USER_ERRORS = (QuestionError, NotFoundError, PermissionDeniedError, SalesBotError)
_WRAPPERS = (
    commands.CommandInvokeError,
    commands.HybridCommandError,
    app_commands.CommandInvokeError,
    commands.ConversionError,
)


def unwrap(error: BaseException) -> BaseException:
    while isinstance(error, _WRAPPERS) and getattr(error, "original", None) is not None:
        error = error.original
    return error


def sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?", ")", "`")) else text + "."


def user_message(error: BaseException, ctx: commands.Context | None = None) -> str | None:
    """What to tell the person, or None when the error is not theirs (then: log + apology)."""
    error = unwrap(error)
    if isinstance(error, USER_ERRORS):
        return sentence(str(error))
    if isinstance(error, commands.MissingRequiredArgument | commands.MissingRequiredAttachment):
        usage = ""
        if ctx is not None and ctx.command is not None:
            command = ctx.command
            usage = f" Usage: `{ctx.clean_prefix}{command.qualified_name} {command.signature}`"
        return f"Missing `{error.param.name}`.{usage}"
    if isinstance(error, commands.UserInputError | app_commands.TransformerError):
        return sentence(str(error))
    if isinstance(error, commands.CheckFailure | app_commands.CheckFailure):
        return "You can't use that here."
    return None


async def report(
    replier: Replier, error: BaseException, *, where: str, ctx: commands.Context | None = None
) -> None:
    if isinstance(unwrap(error), commands.CommandNotFound):
        return  # other bots may share the prefix; an unknown command is not ours to answer
    message = user_message(error, ctx)
    if message is None:
        original = unwrap(error)
        log.error(
            "unexpected error in %s (user %s, server %s)",
            where,
            getattr(replier.user, "id", None),
            getattr(replier.guild, "id", None),
            exc_info=(type(original), original, original.__traceback__),
        )
        message = APOLOGY
    try:
        await replier.send(content=message, ephemeral=True)
    except discord.HTTPException:
        log.warning("could not tell the user about an error in %s", where, exc_info=True)


async def on_command_error(ctx: commands.Context, error: BaseException) -> None:
    where = f"command {ctx.command.qualified_name}" if ctx.command else "a command"
    # An admin's mistake may quote what they were curating (a bundle's facts, a source):
    # private like the command's output. A refusal is said where it was asked.
    admin_output = getattr(getattr(ctx.command, "cog", None), "for_admins", False)
    refused = isinstance(unwrap(error), PermissionDeniedError | commands.CheckFailure)
    replier = private_for(ctx) if admin_output and not refused else replier_for(ctx)
    await report(replier, error, where=where, ctx=ctx)


async def on_app_command_error(interaction: discord.Interaction, error: BaseException) -> None:
    command = interaction.command.qualified_name if interaction.command else "an app command"
    await report(InteractionReplier(interaction), error, where=f"/{command}")


async def on_interaction_error(
    interaction: discord.Interaction, error: BaseException, item: object = None
) -> None:
    """For views and modals (their `on_error`)."""
    where = getattr(item, "__name__", None) or type(item or interaction).__name__
    await report(InteractionReplier(interaction), error, where=where)
