"""The Discord front door: a thin layer over the Engine and the FactStore.

    bot = create_bot("data/salesbot.db", prefix="?")   # configured, not started
    run_bot(db_path)                                    # what `salesbot run` calls

(Never name this package `discord`: it would hide discord.py.)
"""

from __future__ import annotations

import dataclasses
import logging
import re
import time
from pathlib import Path
from typing import Any

from bot.config import BotSettings, load_env_file
from bot.facts.model import SalesBotError
from bot.facts.store import FactStore

__all__ = ["SETTINGS", "check_token", "create_bot", "run_bot"]

# The BotSettings fields `create_bot` lets a caller override.
SETTINGS = (
    "prefix",
    "admin_role",
    "audit_channel",
    "dev_guild",
    "cooldown_questions",
    "cooldown_seconds",
    "max_report_mb",
    "answer_processes",
)
log = logging.getLogger("bot.discord_bot")
# Waiting for Discord at start: 5 s, then twice as long each time, at most 5 minutes.
FIRST_RETRY_SECONDS = 5.0
MAX_RETRY_SECONDS = 300.0
wait = time.sleep  # replaced in tests
_TOKEN = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def check_token(token: str) -> str:
    """Refuse a missing or malformed token with one line that never repeats the token."""
    token = (token or "").strip()
    if not token:
        raise SalesBotError(
            "DISCORD_TOKEN is not set: put your bot's token in .env (copy .env.example) "
            "or in the environment"
        )
    if not _TOKEN.fullmatch(token):
        raise SalesBotError(
            "DISCORD_TOKEN does not look like a Discord bot token (three parts separated by "
            "dots, no quotes or spaces); copy it again from the Developer Portal, see .env.example"
        )
    return token


def create_bot(db_path: str | Path, *, empty: bool = False, **settings: Any):  # -> SalesBot
    """A configured, unstarted bot over the store at DB_PATH (created if new, and seeded
    unless EMPTY). SETTINGS override BotSettings fields; only `run_bot` needs the token."""
    from bot.discord_bot.client import SalesBot

    unknown = sorted(set(settings) - set(SETTINGS))
    if unknown:
        raise TypeError(f"create_bot() got unknown settings: {', '.join(unknown)}")
    if settings.get("admin_role") is not None:
        settings["admin_role"] = str(settings["admin_role"])
    config = dataclasses.replace(BotSettings(token="", db_path=Path(db_path)), **settings)
    for name in ("cooldown_questions", "cooldown_seconds"):
        if not isinstance(getattr(config, name), int | float) or getattr(config, name) <= 0:
            raise SalesBotError(f"{name} must be a positive number")
    processes = config.answer_processes
    if processes is not None and (not isinstance(processes, int) or processes < 0):
        raise SalesBotError("answer_processes must be a whole number, 0 or more")
    if not config.prefix or not config.prefix.strip():
        raise SalesBotError("the command prefix cannot be empty")
    return SalesBot(config, _open_store(Path(db_path), empty=empty))


def _open_store(path: Path, *, empty: bool) -> FactStore:
    seed = None
    if not empty and (not path.exists() or path.stat().st_size == 0):
        from bot.facts.seed import seed_bundle

        seed = seed_bundle()
    return FactStore.open(path, seed=seed)


def run_bot(db_path: str | Path | None = None, *, empty: bool = False) -> None:
    """Start the bot with settings from the environment and .env; blocks until stopped.
    EMPTY: a new store starts with no facts instead of the bundled seed. While Discord
    cannot be reached, says so and tries again, waiting longer each time (discord.py
    reconnects by itself only once it has logged in)."""
    import aiohttp
    import discord

    load_env_file()
    settings = BotSettings.from_env()
    token = check_token(settings.token)
    discord.utils.setup_logging()
    delay = FIRST_RETRY_SECONDS
    while True:
        bot = create_bot(
            db_path or settings.db_path,
            empty=empty,
            **{name: getattr(settings, name) for name in SETTINGS},
        )
        try:
            bot.run(token, log_handler=None)
            return
        except discord.LoginFailure:
            raise SalesBotError(
                "Discord refused DISCORD_TOKEN: reset the token in the Developer Portal "
                "(Bot -> Reset Token) and put the new one in .env, see .env.example"
            ) from None
        except discord.PrivilegedIntentsRequired:
            raise SalesBotError(
                "turn on the Message Content intent: Developer Portal -> your application -> "
                "Bot -> Privileged Gateway Intents (README: Run it in your server, step 1)"
            ) from None
        except (aiohttp.ClientConnectionError, TimeoutError) as error:
            log.warning(unreachable(error, delay))
        try:
            wait(delay)
        except KeyboardInterrupt:
            return
        delay = min(delay * 2, MAX_RETRY_SECONDS)


def unreachable(error: BaseException, delay: float) -> str:
    reason = str(error) or type(error).__name__
    return (
        f"Discord cannot be reached ({reason}): check this machine's network connection. "
        f"Trying again in {delay:g} s."
    )
