"""Per-server settings (audit channel, admin role, cooldown): name -> text value, per scope.
A setting that is not stored falls back to the environment's default in the front door;
every change is audited like any other."""

from __future__ import annotations

from bot.facts.model import SHARED_SCOPE, SalesBotError
from bot.facts.store.common import _locked


class SettingsMixin:
    """Settings a server's admins set with /settings."""

    @_locked
    def server_settings(self, scope: str) -> dict[str, str]:
        rows = self.db.query(  # type: ignore[attr-defined]
            "SELECT name, value FROM server_settings WHERE scope = ? ORDER BY name", [scope]
        )
        return {r["name"]: r["value"] for r in rows}

    @_locked
    def all_server_settings(self) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        for r in self.db.query("SELECT scope, name, value FROM server_settings"):  # type: ignore[attr-defined]
            out.setdefault(r["scope"], {})[r["name"]] = r["value"]
        return out

    @_locked
    def set_server_setting(self, scope: str, name: str, value: str | None, *, actor: str) -> None:
        """Set NAME in SCOPE, or with VALUE None go back to the default. Audited."""
        if scope == SHARED_SCOPE:
            raise SalesBotError("settings belong to a server, not to the shared scope")
        db = self.db  # type: ignore[attr-defined]
        with db.atomic():
            row = db.execute(
                "SELECT value FROM server_settings WHERE scope = ? AND name = ?", [scope, name]
            ).fetchone()
            before = {name: row[0]} if row else None
            if value is None:
                db.execute(
                    "DELETE FROM server_settings WHERE scope = ? AND name = ?", [scope, name]
                )
            else:
                db.execute(
                    "INSERT INTO server_settings (scope, name, value) VALUES (?, ?, ?) "
                    "ON CONFLICT (scope, name) DO UPDATE SET value = excluded.value",
                    [scope, name, value],
                )
            after = {name: value} if value is not None else None
            if before != after:
                self._audit(actor, scope, "set", "server_settings", None, before, after)  # type: ignore[attr-defined]
