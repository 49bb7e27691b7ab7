"""The Discord half of ingestion: candidate facts as pages with Approve, Reject and Edit
buttons and Approve all, the form that corrects a candidate, and the form for pasted
report text. Every callback checks the clicker is an admin (`views.admin_scope`), and
acts in the clicker's own server only.

Candidates live in the store, so nothing is lost on a restart: `/review` shows the
pending ones again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from datetime import date

import discord

from bot.answering.render import clip
from bot.discord_bot import errors
from bot.discord_bot.checks import actor_of
from bot.discord_bot.embeds import CHANGED, REFUSED, fit
from bot.discord_bot.views import (
    MODAL_TITLE_LIMIT,
    TEXT_INPUT_LIMIT,
    VIEW_TIMEOUT,
    BaseView,
    admin_scope,
)
from bot.facts.model import PermissionDeniedError, Quantity, SalesBotError
from bot.facts.quantities import format_quantity
from bot.facts.store import Candidate, FactStore
from bot.ingest import service

Ingested = Callable[[discord.Interaction, dict[str, str]], Awaitable[None]]


def _amount(fields: dict) -> str:
    try:
        high = fields.get("value_high")  # a range: "212,000 to 217,000"
        return format_quantity(
            Quantity(
                float(fields["value"]), str(fields["unit"]), None if high is None else float(high)
            )
        )
    except (KeyError, TypeError, ValueError, SalesBotError):
        return f"{fields.get('value')} {fields.get('unit')}"


def candidate_embed(
    store: FactStore, scope: str, c: Candidate, page: int, total: int, note: str = ""
) -> discord.Embed:
    f = c.fields
    status = {"pending": "waiting for review", "approved": "approved", "rejected": "rejected"}
    embed = discord.Embed(
        title=clip(f"Candidate #{c.id}: {f.get('entity')} · {f.get('metric')}", 256),
        description=note or None,
        colour=CHANGED if c.status != "rejected" else REFUSED,
    )
    embed.add_field(name="Figure", value=f"{_amount(f)} · {f.get('kind')}", inline=True)
    embed.add_field(name="Period", value=service.period_label_in(store, scope, f), inline=True)
    embed.add_field(name="As of", value=str(f.get("as_of")), inline=True)
    embed.add_field(name="Quote", value=clip(f"> {f.get('quote')}", 1024), inline=False)
    flags = [
        w for w, key in (("new company", "new_entity"), ("new metric", "new_metric")) if f.get(key)
    ]
    if f.get("new_entity") and f.get("fiscal_year_end"):
        flags.append(service.calendar_note(f))
    if f.get("note"):
        flags.append(str(f["note"]))
    if flags:
        embed.add_field(name="Note", value=clip("; ".join(flags), 1024), inline=False)
    embed.set_footer(
        text=f"{page + 1} of {total} · {status.get(c.status, c.status)} · source {c.source_key}"
    )
    return fit(embed)


class ReviewView(BaseView):
    """One candidate a page. Approve, Reject and Edit act on the page's candidate."""

    def __init__(self, store: FactStore, scope: str, ids: Sequence[int], page: int = 0) -> None:
        super().__init__()
        self.store, self.scope, self.ids, self.page = store, scope, list(ids), page
        self._buttons()

    def _buttons(self) -> None:
        self.clear_items()
        specs = [
            ("◀", discord.ButtonStyle.secondary, self.previous, self.page == 0),
            ("▶", discord.ButtonStyle.secondary, self.next, self.page >= len(self.ids) - 1),
            ("Approve", discord.ButtonStyle.success, self.approve, not self._pending()),
            ("Reject", discord.ButtonStyle.danger, self.reject, not self._pending()),
            ("Edit", discord.ButtonStyle.primary, self.edit, not self._pending()),
            ("Approve all", discord.ButtonStyle.success, self.approve_all, not self._any_pending()),
        ]
        for label, style, callback, disabled in specs:
            button: discord.ui.Button = discord.ui.Button(
                label=label, style=style, disabled=disabled, row=0 if label in ("◀", "▶") else 1
            )
            button.callback = callback  # type: ignore[method-assign]
            self.add_item(button)

    def current(self) -> Candidate:
        return self.store.candidate(self.ids[self.page], self.scope)

    def _pending(self) -> bool:
        return bool(self.ids) and self.current().status == "pending"

    def _any_pending(self) -> bool:
        return any(self.store.candidate(i, self.scope).status == "pending" for i in self.ids)

    def embed(self, note: str = "") -> discord.Embed:
        if not self.ids:
            return discord.Embed(
                title="No candidates", description="Nothing is waiting for review."
            )
        return candidate_embed(
            self.store, self.scope, self.current(), self.page, len(self.ids), note
        )

    def _check(self, interaction: discord.Interaction) -> str:
        scope = admin_scope(interaction)  # raises for anyone who is not an admin
        if scope != self.scope:
            raise PermissionDeniedError("These candidates belong to another server.")
        return scope

    async def _show(self, interaction: discord.Interaction, note: str = "") -> None:
        self._buttons()
        await interaction.response.edit_message(embed=self.embed(note), view=self)

    async def previous(self, interaction: discord.Interaction) -> None:
        self._check(interaction)
        self.page = max(0, self.page - 1)
        await self._show(interaction)

    async def next(self, interaction: discord.Interaction) -> None:
        self._check(interaction)
        self.page = min(len(self.ids) - 1, self.page + 1)
        await self._show(interaction)

    def _advance(self) -> None:
        """To the next candidate still pending, if there is one."""
        for step in range(1, len(self.ids) + 1):
            i = (self.page + step) % len(self.ids)
            if self.store.candidate(self.ids[i], self.scope).status == "pending":
                self.page = i
                return

    async def approve(self, interaction: discord.Interaction) -> None:
        scope = self._check(interaction)
        cid = self.ids[self.page]
        view = await asyncio.to_thread(
            service.approve, self.store, cid, scope=scope, actor=actor_of(interaction.user)
        )
        await _audit(interaction, f"approved candidate #{cid} as fact #{view.fact.id}")
        self._advance()
        await self._show(interaction, f"Approved #{cid} as fact #{view.fact.id}.")

    async def reject(self, interaction: discord.Interaction) -> None:
        scope = self._check(interaction)
        cid = self.ids[self.page]
        await asyncio.to_thread(
            service.reject, self.store, cid, scope=scope, actor=actor_of(interaction.user)
        )
        await _audit(interaction, f"rejected candidate #{cid}")
        self._advance()
        await self._show(interaction, f"Rejected #{cid}.")

    async def approve_all(self, interaction: discord.Interaction) -> None:
        scope = self._check(interaction)
        pending = [i for i in self.ids if self.store.candidate(i, scope).status == "pending"]
        outcomes = await asyncio.to_thread(
            service.approve_many, self.store, pending, scope=scope, actor=actor_of(interaction.user)
        )
        done = [o for o in outcomes if o.view is not None]
        failed = [o for o in outcomes if o.error]
        note = f"Approved {len(done)} of {len(pending)}."
        if failed:
            note += " Not approved: " + "; ".join(
                f"#{o.candidate_id}: {o.error}" for o in failed[:3]
            )
        await _audit(interaction, f"approved {len(done)} candidates")
        await self._show(interaction, clip(note, 4000))

    async def edit(self, interaction: discord.Interaction) -> None:
        self._check(interaction)
        await interaction.response.send_modal(CandidateForm(self, self.current()))


async def _audit(interaction: discord.Interaction, line: str) -> None:
    post = getattr(interaction.client, "post_audit", None)
    if post is not None:
        await post(
            interaction.guild, f"{interaction.user.mention} ({interaction.user.name}) {line}"
        )


class CandidateForm(discord.ui.Modal):
    """Correct a candidate before approving it: the fields come pre-filled."""

    FIELDS = (
        ("metric", "Metric", discord.TextStyle.short),
        ("kind", "Kind (actual, target or forecast)", discord.TextStyle.short),
        ("period", "Period (FY2013, Q3 2013, 2013-04-01/2014-03-31)", discord.TextStyle.short),
        ("value", "Value (39M, $1.25 billion, 29.6%)", discord.TextStyle.short),
        ("as_of", "As of (YYYY-MM-DD)", discord.TextStyle.short),
    )

    def __init__(self, review: ReviewView, c: Candidate) -> None:
        super().__init__(
            title=clip(f"Correct candidate #{c.id}", MODAL_TITLE_LIMIT), timeout=VIEW_TIMEOUT
        )
        self.review, self.candidate_id = review, c.id
        f = c.fields
        defaults = {
            "metric": f.get("metric"),
            "kind": f.get("kind"),
            "period": f.get("period"),
            "value": _amount(f),
            "as_of": f.get("as_of"),
        }
        self.defaults = {k: str(v) if v is not None else "" for k, v in defaults.items()}
        self.inputs: dict[str, discord.ui.TextInput] = {}
        for name, label, style in self.FIELDS:
            text_input: discord.ui.TextInput = discord.ui.TextInput(
                label=label[:45],
                style=style,
                default=self.defaults[name][:100] or None,
                required=False,
                max_length=100,
            )
            self.inputs[name] = text_input
            self.add_item(text_input)

    def changes(self) -> dict[str, str]:
        out = {}
        for name, field in self.inputs.items():
            value = (field.value or "").strip()
            if value and value != self.defaults[name]:
                out[name] = value
        return out

    async def on_submit(self, interaction: discord.Interaction) -> None:
        scope = self.review._check(interaction)
        changes = self.changes()
        if changes:
            await asyncio.to_thread(
                service.edit,
                self.review.store,
                self.candidate_id,
                changes,
                scope=scope,
                actor=actor_of(interaction.user),
            )
        note = f"Corrected #{self.candidate_id}." if changes else "Nothing changed."
        await self.review._show(interaction, note)

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        await errors.on_interaction_error(interaction, error, self)


class PasteForm(discord.ui.Modal):
    """A report pasted as text, for when there is no file to attach."""

    def __init__(
        self, *, on_submit: Ingested, published: str | None = None, entity: str | None = None
    ) -> None:
        super().__init__(title=clip("Ingest a report", MODAL_TITLE_LIMIT), timeout=VIEW_TIMEOUT)
        self.submitted = on_submit
        self.title_input = discord.ui.TextInput(label="Title", required=False, max_length=200)
        self.published = discord.ui.TextInput(
            label="Published (YYYY-MM-DD)",
            max_length=10,
            default=published or date.today().isoformat(),
        )
        self.entity = discord.ui.TextInput(
            label="Company (blank: found in the text)",
            required=False,
            max_length=100,
            default=entity,
        )
        self.text = discord.ui.TextInput(
            label="Report text", style=discord.TextStyle.paragraph, max_length=TEXT_INPUT_LIMIT
        )
        for item in (self.title_input, self.published, self.entity, self.text):
            self.add_item(item)

    def values(self) -> dict[str, str]:
        return {
            "title": self.title_input.value,
            "published": self.published.value,
            "entity": self.entity.value,
            "text": self.text.value,
        }

    async def on_submit(self, interaction: discord.Interaction) -> None:
        admin_scope(interaction)
        await self.submitted(interaction, self.values())

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        await errors.on_interaction_error(interaction, error, self)
