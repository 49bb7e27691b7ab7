"""`/settings`: a server's own audit channel, admin role and question cooldown, stored per
server (the environment's values are the default). Only members with Manage Server may
change them; the reply is private."""

from __future__ import annotations

import asyncio
from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_bot.checks import actor_of, scope_of
from bot.discord_bot.embeds import CHANGED, fit
from bot.discord_bot.replies import private_for
from bot.discord_bot.server_settings import SETTINGS
from bot.facts.model import PermissionDeniedError, SalesBotError

SettingName = Literal["audit_channel", "admin_role", "cooldown"]


def require_owner(user: Any, guild: Any) -> str:
    """Settings decide who the admins are, so only Manage Server may change them."""
    if guild is None:
        raise PermissionDeniedError("Settings belong to a server; use /settings in one.")
    permissions = getattr(user, "guild_permissions", None)
    if permissions is None or not (permissions.manage_guild or permissions.administrator):
        raise PermissionDeniedError("Only members with the Manage Server permission can do that.")
    return scope_of(guild)


def settings_embed(bot: Any, guild: discord.Guild, note: str = "") -> discord.Embed:
    stored = bot.server_settings.get(str(guild.id), {})
    current = bot.settings_for(guild)
    channel = current.audit_channel
    role = current.admin_role
    role_name = next((r.mention for r in guild.roles if str(r.id) == role), role) if role else None
    values = {
        "audit_channel": f"<#{channel}>" if channel else "none",
        "admin_role": f"{role_name} (and Manage Server)" if role else "Manage Server only",
        "cooldown_questions": str(current.cooldown_questions),
        "cooldown_seconds": f"{current.cooldown_seconds} s",
    }
    lines = [
        f"**{SETTINGS[name].label}**: {value}" + ("" if name in stored else " · default")
        for name, value in values.items()
    ]
    embed = discord.Embed(
        title="Settings for this server", description="\n".join(lines), colour=CHANGED
    )
    if note:
        embed.add_field(name="Changed", value=note)
    embed.set_footer(
        text="Change one: /settings audit_channel:… · reset:cooldown goes back to the default"
    )
    return fit(embed)


class Settings(commands.Cog):
    for_admins = True  # /help lists these commands to admins only

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @commands.hybrid_command(
        name="settings", description="Show or change this server's settings (Manage Server)."
    )
    @app_commands.describe(
        audit_channel="Where each change to the facts is posted",
        admin_role="Members with this role may curate facts too",
        cooldown_questions="How many questions one person may ask …",
        cooldown_seconds="… in this many seconds",
        reset="Go back to the default for this setting",
    )
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    async def settings(
        self,
        ctx: commands.Context,
        audit_channel: discord.TextChannel | None = None,
        admin_role: discord.Role | None = None,
        cooldown_questions: commands.Range[int, 1, 100] | None = None,
        cooldown_seconds: commands.Range[int, 1, 3600] | None = None,
        reset: SettingName | None = None,
    ) -> None:
        """Show or change this server's settings: !settings [#channel] [@role] [n] [seconds]"""
        scope = require_owner(ctx.author, ctx.guild)
        assert ctx.guild is not None
        changes: dict[str, str | None] = {}
        if audit_channel is not None:
            if audit_channel.guild.id != ctx.guild.id:
                raise SalesBotError("the audit channel must be in this server")
            changes["audit_channel"] = str(audit_channel.id)
        if admin_role is not None:
            changes["admin_role"] = str(admin_role.id)
        if cooldown_questions is not None:
            changes["cooldown_questions"] = str(cooldown_questions)
        if cooldown_seconds is not None:
            changes["cooldown_seconds"] = str(cooldown_seconds)
        if reset is not None:
            names = ["cooldown_questions", "cooldown_seconds"] if reset == "cooldown" else [reset]
            for name in names:
                if name in changes:
                    raise SalesBotError(f"{name} cannot be set and reset at once")
                changes[name] = None
        note = await self.apply(ctx, scope, changes) if changes else ""
        await private_for(ctx).send(embed=settings_embed(self.bot, ctx.guild, note), ephemeral=True)

    async def apply(self, ctx: commands.Context, scope: str, changes: dict[str, str | None]) -> str:
        bot: Any = self.bot
        actor = actor_of(ctx.author)

        def work() -> dict[str, str]:
            for name, value in changes.items():
                bot.store.set_server_setting(scope, name, value, actor=actor)
            return bot.store.server_settings(scope)

        bot.server_settings[scope] = await asyncio.to_thread(work)
        note = ", ".join(
            f"{SETTINGS[n].label}: {'default' if v is None else 'set'}" for n, v in changes.items()
        )
        await bot.post_audit(
            ctx.guild, f"{ctx.author.mention} ({ctx.author.name}) changed settings: {note}"
        )
        return note


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Settings(bot))
