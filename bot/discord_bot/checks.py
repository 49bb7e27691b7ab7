"""Who may do what. `require_admin` is the one admin check: every curating command and
every button, select and modal callback calls it on the server side, because
`default_permissions` only hides commands in Discord's menus and is not a check."""

from __future__ import annotations

from typing import Any

from bot.config import BotSettings
from bot.facts.model import SHARED_SCOPE, PermissionDeniedError


def scope_of(guild: Any | None) -> str:
    """A server's own scope; direct messages read the shared seed only."""
    return str(guild.id) if guild is not None else SHARED_SCOPE


def actor_of(user: Any) -> str:
    """How the audit log names a Discord user: id (stable) and name (readable)."""
    return f"discord:{user.id}:{user.name}"


def is_admin(user: Any, settings: BotSettings) -> bool:
    """Manage Server (Administrator implies it), or the configured role by name or id."""
    permissions = getattr(user, "guild_permissions", None)  # absent for a User in DMs
    if permissions is not None and (permissions.manage_guild or permissions.administrator):
        return True
    wanted = (settings.admin_role or "").strip()
    if not wanted:
        return False
    for role in getattr(user, "roles", ()):
        if str(role.id) == wanted or role.name.casefold() == wanted.casefold():
            return True
    return False


def require_admin(user: Any, guild: Any | None, settings: BotSettings) -> str:
    """The scope the admin may change; raises PermissionDeniedError for anyone else."""
    if guild is None:
        raise PermissionDeniedError(
            "Facts can only be changed in a server (they belong to the server they are "
            "added in), not in direct messages."
        )
    if not is_admin(user, settings):
        role = f" or the {settings.admin_role} role" if settings.admin_role else ""
        raise PermissionDeniedError(
            f"Only members with the Manage Server permission{role} can change facts here."
        )
    return scope_of(guild)
