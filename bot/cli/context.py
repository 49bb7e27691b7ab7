"""What every command shares: the store (opened on first use), the engine, who is acting."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import db_path, load_env_file
from bot.facts.model import SalesBotError

if TYPE_CHECKING:
    from bot.facts.store import FactStore


@dataclass
class AppContext:
    """What a command needs: the store's path, opened on first use."""

    db: Path
    empty: bool
    _store: FactStore | None = field(default=None, repr=False)

    @classmethod
    def create(cls, db: str | None, *, empty: bool) -> AppContext:
        load_env_file()
        return cls(Path(db) if db else db_path(), empty)

    @property
    def store(self) -> FactStore:
        if self._store is None:
            from bot.facts.store import FactStore  # here, so `--help` need not load it

            seed = None
            if not self.empty and (not self.db.exists() or self.db.stat().st_size == 0):
                from bot.facts.seed import seed_bundle

                seed = seed_bundle()
            self._store = FactStore.open(self.db, seed=seed)
        return self._store

    def engine(self):  # -> Engine; imported here so `--help` stays fast
        from bot.answering import Engine

        return Engine(self.store)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

    @staticmethod
    def actor() -> str:
        import getpass  # here: only commands that write ask who is acting (not `ask`)

        try:
            who = os.environ.get("SALESBOT_ACTOR") or getpass.getuser()
        except (KeyError, OSError):
            who = "unknown"
        return f"cli:{who}"


def check_scope(scope: str) -> str:
    """'shared' or a Discord server id."""
    scope = scope.strip()
    if scope != "shared" and not scope.isdigit():
        raise SalesBotError(f"--scope must be 'shared' or a Discord server id, not {scope!r}")
    return scope
