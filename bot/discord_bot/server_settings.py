"""Per-server settings: what a server's admins set with /settings (stored per server in
the FactStore), over the environment's values as the default."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from bot.config import BotSettings
from bot.facts.model import SalesBotError


@dataclass(frozen=True)
class Setting:
    name: str
    label: str
    parse: Callable[[str], object]  # stored text -> the BotSettings field's value


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) <= 0:
        raise SalesBotError(f"must be a positive whole number, not {text!r}")
    return int(text)


def _snowflake(text: str) -> int:
    if not text.isdigit():
        raise SalesBotError(f"must be a Discord id, not {text!r}")
    return int(text)


SETTINGS = {
    s.name: s
    for s in (
        Setting("audit_channel", "Audit channel", _snowflake),
        Setting("admin_role", "Admin role", str),
        Setting("cooldown_questions", "Questions per person", _positive),
        Setting("cooldown_seconds", "… every (seconds)", _positive),
    )
}


def resolve(default: BotSettings, stored: Mapping[str, str] | None) -> BotSettings:
    """DEFAULT with a server's stored settings applied. A stored value that no longer
    parses is ignored (the default holds) rather than breaking the server."""
    changes: dict[str, object] = {}
    for name, text in (stored or {}).items():
        setting = SETTINGS.get(name)
        if setting is None:
            continue
        try:
            changes[name] = setting.parse(text)
        except SalesBotError:
            continue
    return dataclasses.replace(default, **changes) if changes else default
