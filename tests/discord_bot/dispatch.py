"""Interactions through discord.py's own dispatch: a gateway INTERACTION_CREATE payload goes
to `ConnectionState.parse_interaction_create`, so the command tree, the view store
(persistent views and `DynamicItem`s), modals, transformers and autocomplete all run as
they would in production. What the bot answers goes to `FakeDiscord`, standing in for
Discord's interaction webhooks (the one HTTP surface dpytest does not fake). It keeps every
message it was sent, with its components, so a test can click them later, even on a new
bot built over the same store (a restart)."""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass
from typing import Any

import discord

_ids = itertools.count(700_000_000_000_000_001)
EPHEMERAL = 64


def _snowflake() -> str:
    return str(next(_ids))


@dataclass
class Sent:
    """One thing the bot did in answer to an interaction."""

    kind: str  # message, followup, update, edit, delete, defer, modal, choices
    payload: dict[str, Any]
    message: dict[str, Any] | None = None  # the message it made or changed
    interaction: str = ""

    @property
    def ephemeral(self) -> bool:
        flags = (self.message or self.payload).get("flags") or 0
        return bool(int(flags) & EPHEMERAL)

    @property
    def content(self) -> str:
        return (self.message or self.payload).get("content") or ""

    @property
    def embeds(self) -> list[dict]:
        return (self.message or self.payload).get("embeds") or []

    @property
    def components(self) -> list[dict]:
        return (self.message or self.payload).get("components") or []

    def text(self) -> str:
        """Everything a person would read."""
        parts = [self.content]
        for e in self.embeds:
            parts += [e.get("title", ""), e.get("description", "")]
            parts += [f"{f['name']} {f['value']}" for f in e.get("fields", [])]
            parts.append((e.get("footer") or {}).get("text", ""))
        return "\n".join(p for p in parts if p)

    def items(self) -> list[dict]:
        """Every button and select, in order."""
        return [c for row in self.components for c in row.get("components", [])]

    def item(self, label: str) -> dict:
        for c in self.items():
            if c.get("label") == label or (c.get("type") == 3 and label == "select"):
                return c
        raise AssertionError(f"no component {label!r} in {[c.get('label') for c in self.items()]}")


@dataclass
class _Token:
    channel: dict[str, Any]
    original: dict[str, Any] | None = None  # the message the response made
    clicked: dict[str, Any] | None = None  # the message a component was on
    thinking: bool = False  # deferred, and nothing sent since


class FakeDiscord:
    """Discord's side of interactions: receives responses, makes the messages."""

    def __init__(self, bot: discord.Client | None) -> None:
        self.bot = bot  # type: ignore[assignment]
        self.sent: list[Sent] = []
        self.messages: dict[str, dict[str, Any]] = {}
        self.tokens: dict[str, _Token] = {}
        self._seen = 0

    def use(self, bot: discord.Client) -> None:
        """After a restart: the same Discord, a new bot process."""
        self.bot = bot
        if bot.application_id is None and bot.user is not None:
            bot._connection.application_id = bot.user.id  # what login() would learn
        # dpytest swaps in its own ConnectionState, which does not know the command tree.
        bot._connection._command_tree = bot.tree  # type: ignore[attr-defined]

    # -- what a test reads -----------------------------------------------------------

    def new(self) -> list[Sent]:
        """What the bot sent since the last call."""
        out = self.sent[self._seen :]
        self._seen = len(self.sent)
        return out

    def last(self) -> Sent:
        assert self.sent, "the bot sent nothing"
        return self.sent[-1]

    def current(self, message: dict[str, Any]) -> Sent:
        """A message as it is now, after any edits."""
        return Sent("message", {}, self.messages[message["id"]])

    def adopt(self, message: Any, payload: dict[str, Any]) -> dict[str, Any]:
        """A message sent outside interactions (a prefix command's reply, through dpytest),
        with the components its PAYLOAD carried, so a test can click them."""
        data = self._message_dict(
            str(message.id),
            str(message.channel.id),
            {
                "content": message.content,
                "embeds": [e.to_dict() for e in message.embeds],
                "components": payload.get("components"),
            },
        )
        self.messages[data["id"]] = data
        return data

    def _message_dict(self, message_id: str, channel_id: str, payload: dict[str, Any]) -> dict:
        assert self.bot.user is not None
        return {
            "id": message_id,
            "channel_id": channel_id,
            "author": {
                "id": str(self.bot.user.id),
                "username": self.bot.user.name,
                "discriminator": "0",
                "avatar": None,
                "bot": True,
            },
            "content": payload.get("content") or "",
            "embeds": payload.get("embeds") or [],
            "components": payload.get("components") or [],
            "attachments": [
                {
                    "id": _snowflake(),
                    "filename": a["filename"],
                    "size": 1,
                    "url": "",
                    "proxy_url": "",
                }
                for a in payload.get("attachments") or []
            ],
            "flags": int(payload.get("flags") or 0),
            "type": 0,
            "timestamp": "2026-01-01T00:00:00+00:00",
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "pinned": False,
        }

    # -- the adapter discord.py calls ------------------------------------------------

    def _message(self, token: str, payload: dict[str, Any], flags: int = 0) -> dict[str, Any]:
        channel_id = self.tokens[token].channel["id"]
        message = self._message_dict(_snowflake(), channel_id, {"flags": flags, **payload})
        self.messages[message["id"]] = message
        return message

    def _edit(self, message: dict[str, Any], payload: dict[str, Any]) -> dict[str, Any]:
        for key in ("content", "embeds", "components"):
            if key in payload:
                message[key] = payload[key] or ([] if key != "content" else "")
        return message

    async def create_interaction_response(self, interaction_id, token, *, params, **_: Any):
        payload = params.payload or _multipart_payload(params.multipart)
        data = payload.get("data") or {}
        kind = payload["type"]
        state = self.tokens[token]
        answer: dict[str, Any] = {"id": str(interaction_id), "type": 2}
        resource: dict[str, Any] | None = None
        if kind == 4:  # a message
            state.original = self._message(token, data)
            self.sent.append(Sent("message", data, state.original, token))
            resource = {"type": 4, "message": state.original}
        elif kind == 5:  # "thinking…"
            state.original = self._message(token, {"content": ""}, data.get("flags") or 0)
            self.sent.append(Sent("defer", data, state.original, token))
            state.thinking = True
            answer["response_message_loading"] = True
        elif kind == 6:  # deferred update of the clicked message
            self.sent.append(Sent("defer-update", data, state.clicked, token))
        elif kind == 7:  # update the clicked message
            assert state.clicked is not None
            self._edit(state.clicked, data)
            self.sent.append(Sent("update", data, state.clicked, token))
        elif kind == 8:
            self.sent.append(Sent("choices", data, None, token))
        elif kind == 9:
            self.sent.append(Sent("modal", data, None, token))
        else:
            raise AssertionError(f"unexpected interaction response type {kind}")
        if state.original is not None:
            answer["response_message_id"] = state.original["id"]
            answer["response_message_ephemeral"] = bool(state.original["flags"] & EPHEMERAL)
        out: dict[str, Any] = {"interaction": answer}
        if resource is not None:
            out["resource"] = resource
        return out

    async def execute_webhook(self, application_id, token, *, payload=None, multipart=None, **_):
        payload = payload or _multipart_payload(multipart)
        state = self.tokens[token]
        if state.thinking and state.original is not None:
            state.thinking = False
            # Discord: the first follow-up after a "thinking…" replaces that message and keeps
            # its visibility, whatever the follow-up's own flags say.
            message = self._edit(state.original, payload)
            self.sent.append(Sent("followup", payload, message, token))
            return message
        message = self._message(token, payload)
        self.sent.append(Sent("followup", payload, message, token))
        return message

    async def get_original_interaction_response(self, application_id, token, **_: Any):
        original = self.tokens[token].original
        assert original is not None, "no original response"
        return original

    async def edit_original_interaction_response(
        self, application_id, token, *, payload=None, multipart=None, **_
    ):
        payload = payload or _multipart_payload(multipart)
        state = self.tokens[token]
        target = state.original or state.clicked
        assert target is not None
        self._edit(target, payload)
        state.thinking = False
        self.sent.append(Sent("edit", payload, target, token))
        return target

    async def edit_webhook_message(
        self, application_id, token, message_id, *, payload=None, multipart=None, **_
    ):
        payload = payload or _multipart_payload(multipart)
        target = self.messages[str(message_id)]
        self._edit(target, payload)
        self.sent.append(Sent("edit", payload, target, token))
        return target

    async def delete_original_interaction_response(self, application_id, token, **_: Any):
        state = self.tokens[token]
        if state.original is not None:
            self.messages.pop(state.original["id"], None)
            self.sent.append(Sent("delete", {}, state.original, token))
            state.original = None

    # -- interactions a person makes -------------------------------------------------

    def _base(self, kind: int, user: discord.abc.User, channel: Any, data: dict[str, Any]) -> dict:
        token = f"token-{_snowflake()}"
        raw_channel = {"id": str(channel.id), "type": channel.type.value}
        if getattr(channel, "guild", None) is not None:
            raw_channel["guild_id"] = str(channel.guild.id)
        else:
            raw_channel["recipients"] = [_user(user)]
        self.tokens[token] = _Token(raw_channel)
        assert self.bot.application_id is not None
        payload: dict[str, Any] = {
            "id": _snowflake(),
            "application_id": str(self.bot.application_id),
            "type": kind,
            "token": token,
            "version": 1,
            "data": data,
            "channel": raw_channel,
            "channel_id": str(channel.id),
            "locale": "en-US",
            "attachment_size_limit": 10 * 1024 * 1024,
            "app_permissions": str(discord.Permissions.all().value),
            "entitlements": [],
            "authorizing_integration_owners": {},
        }
        guild = getattr(channel, "guild", None)
        if guild is not None:
            payload["guild_id"] = str(guild.id)
            roles = [str(r.id) for r in getattr(user, "roles", [])[1:]]
            perms = getattr(user, "guild_permissions", discord.Permissions.none())
            payload["member"] = {
                "user": _user(user),
                "roles": roles,
                "joined_at": "2025-01-01T00:00:00+00:00",
                "deaf": False,
                "mute": False,
                "flags": 0,
                "permissions": str(perms.value),
            }
        else:
            payload["user"] = _user(user)
        return payload

    async def _dispatch(self, payload: dict[str, Any]) -> None:
        before = asyncio.all_tasks()
        self.bot._connection.parse_interaction_create(payload)
        # Wait for what the dispatch started (not for views' timeout timers).
        for _ in range(3):
            started = {t for t in asyncio.all_tasks() - before if t is not asyncio.current_task()}
            started = {t for t in started if not t.done() and _is_dispatch(t)}
            if started:
                await asyncio.wait(started, timeout=20)
            await asyncio.sleep(0)

    async def slash(self, name: str, user: Any, channel: Any, **options: Any) -> None:
        """`/fact add source:x` is slash("fact add", user, channel, source="x")."""
        data = _command_data(name, options)
        await self._dispatch(self._base(2, user, channel, data))

    async def autocomplete(
        self, name: str, user: Any, channel: Any, focused: str, **options: Any
    ) -> list[dict]:
        data = _command_data(name, options, focused=focused)
        await self._dispatch(self._base(4, user, channel, data))
        last = self.last()
        assert last.kind == "choices", last
        return last.payload.get("choices", [])

    async def click(
        self,
        message: dict[str, Any],
        label: str,
        user: Any,
        channel: Any,
        *,
        values: list[str] | None = None,
    ) -> None:
        """Press the button labelled LABEL (or choose VALUES in the select) on MESSAGE."""
        item = Sent("message", {}, self.messages.get(message["id"], message)).item(label)
        data: dict[str, Any] = {"custom_id": item["custom_id"], "component_type": item["type"]}
        if values is not None:
            data["values"] = values
        payload = self._base(3, user, channel, data)
        payload["message"] = self.messages.get(message["id"], message)
        self.tokens[payload["token"]].clicked = payload["message"]
        await self._dispatch(payload)

    async def submit(
        self,
        modal: dict[str, Any],
        user: Any,
        channel: Any,
        *,
        message: dict | None = None,
        **values: str,
    ) -> None:
        """Submit the modal the bot opened, typing VALUES into fields by their label's start."""
        rows = []
        for row in modal["components"]:
            for field_ in row["components"]:
                typed = next(
                    (
                        v
                        for k, v in values.items()
                        if field_["label"].casefold().startswith(k.casefold())
                    ),
                    field_.get("value") or "",
                )
                rows.append(
                    {
                        "type": 1,
                        "components": [
                            {"type": 4, "custom_id": field_["custom_id"], "value": typed}
                        ],
                    }
                )
        data = {"custom_id": modal["custom_id"], "components": rows}
        payload = self._base(5, user, channel, data)
        if message is not None:
            payload["message"] = self.messages.get(message["id"], message)
            self.tokens[payload["token"]].clicked = payload["message"]
        await self._dispatch(payload)


def _is_dispatch(task: asyncio.Task) -> bool:
    name = task.get_name()
    return name.startswith(("discord-ui-", "CommandTree-invoker", "discord.py: on_interaction"))


def _user(user: Any) -> dict[str, Any]:
    return {
        "id": str(user.id),
        "username": user.name,
        "discriminator": "0",
        "avatar": None,
        "global_name": None,
    }


def _option(value: Any) -> tuple[int, Any, dict[str, dict]]:
    """An option's type, its value in the payload, and what goes in `resolved`."""
    if isinstance(value, bool):
        return 5, value, {}
    if isinstance(value, int):
        return 4, value, {}
    if isinstance(value, discord.Role):
        role = {
            "id": str(value.id),
            "name": value.name,
            "color": 0,
            "hoist": False,
            "position": value.position,
            "permissions": str(value.permissions.value),
            "managed": False,
            "mentionable": False,
        }
        return 8, str(value.id), {"roles": {str(value.id): role}}
    if isinstance(value, discord.abc.GuildChannel):
        raw = {
            "id": str(value.id),
            "name": value.name,
            "type": value.type.value,
            "permissions": "0",
        }
        return 7, str(value.id), {"channels": {str(value.id): raw}}
    return 3, value, {}


def _command_data(name: str, options: dict[str, Any], focused: str | None = None) -> dict:
    parts = name.split()
    leaf, resolved = [], {}
    for key, value in options.items():
        kind, raw, found = _option(value)
        for what, items in found.items():
            resolved.setdefault(what, {}).update(items)
        leaf.append(
            {
                "name": key,
                "type": kind,
                "value": raw,
                **({"focused": True} if key == focused else {}),
            }
        )
    for sub in reversed(parts[1:]):
        leaf = [{"name": sub, "type": 1, "options": leaf}]
    data = {"id": _snowflake(), "name": parts[0], "type": 1, "options": leaf}
    if resolved:
        data["resolved"] = resolved
    return data


def _multipart_payload(multipart: Any) -> dict[str, Any]:
    import json

    for part in multipart or []:
        if part.get("name") == "payload_json":
            return json.loads(part["value"])
    return {}


def install(fake: FakeDiscord, monkeypatch: Any) -> None:
    """Route discord.py's interaction webhooks to FAKE."""
    from types import SimpleNamespace

    import discord.interactions
    import discord.webhook.async_

    context = SimpleNamespace(get=lambda: fake)
    monkeypatch.setattr(discord.interactions, "async_context", context)
    monkeypatch.setattr(discord.webhook.async_, "async_context", context)
