"""Settings from the environment (and a `.env` file): every knob in one place.

`.env.example` documents each variable. The Discord token is kept out of `repr` so it
never reaches a log line or a traceback.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from bot.facts.model import SalesBotError

DEFAULT_DB = Path("data") / "salesbot.db"


def load_env_file() -> None:
    """Read `.env` from the working directory, never overriding the real environment."""
    path = Path.cwd() / ".env"
    if not path.is_file():  # most command-line runs: no need to load python-dotenv
        return
    from dotenv import load_dotenv

    load_dotenv(dotenv_path=path, override=False)


def db_path() -> Path:
    return Path(os.environ.get("SALESBOT_DB") or DEFAULT_DB)


def _optional_int(name: str) -> int | None:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise SalesBotError(f"{name} must be a numeric Discord id, not {raw!r} (see .env.example)")
    return int(raw)


def _positive_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) <= 0:
        raise SalesBotError(f"{name} must be a positive whole number, not {raw!r}")
    return int(raw)


def _count_or_auto(name: str) -> int | None:
    """A whole number >= 0 from NAME, or None (empty: chosen for the machine)."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise SalesBotError(f"{name} must be a whole number (0 or more), not {raw!r}")
    return int(raw)


@dataclass(frozen=True)
class BotSettings:
    """The Discord bot's settings, read from the environment."""

    token: str = field(repr=False)
    db_path: Path = DEFAULT_DB
    prefix: str = "!"
    admin_role: str | None = None  # a role name or id whose members may curate
    audit_channel: int | None = None
    dev_guild: int | None = None
    cooldown_questions: int = 5
    cooldown_seconds: int = 10
    # A report attached to /ingest larger than this is refused before it is downloaded:
    # reading takes about 10-15 s of CPU a MB, in the worker every server's answers share.
    max_report_mb: int = 5
    # Processes answering questions (bot/discord_bot/answerers.py); None: one per core
    # but one; 0: answered on the bot's worker thread instead.
    answer_processes: int | None = None

    @classmethod
    def from_env(cls) -> BotSettings:
        return cls(
            token=os.environ.get("DISCORD_TOKEN", "").strip(),
            db_path=db_path(),
            prefix=os.environ.get("SALESBOT_PREFIX", "").strip() or "!",
            admin_role=os.environ.get("SALESBOT_ADMIN_ROLE", "").strip() or None,
            audit_channel=_optional_int("SALESBOT_AUDIT_CHANNEL"),
            dev_guild=_optional_int("SALESBOT_DEV_GUILD"),
            cooldown_questions=_positive_int("SALESBOT_COOLDOWN_QUESTIONS", 5),
            cooldown_seconds=_positive_int("SALESBOT_COOLDOWN_SECONDS", 10),
            max_report_mb=_positive_int("SALESBOT_MAX_REPORT_MB", 5),
            answer_processes=_count_or_auto("SALESBOT_ANSWER_PROCESSES"),
        )
