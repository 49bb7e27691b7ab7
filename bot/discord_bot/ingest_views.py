"""The Discord half of ingestion: candidate facts as pages with Approve, Reject and Edit
buttons and Approve all, and the form that corrects a candidate. Every callback checks the
clicker is an admin of the server, and acts in that server only.

Candidates live in the store, and each button carries the candidate it was shown with and
the source the review is limited to, so a page keeps working after a restart. Each page
is built in the worker thread (the store is never read on the event loop).
"""

from __future__ import annotations

import asyncio
import re
import threading
from dataclasses import dataclass
from typing import Any, Self

import discord

from bot.answering.wording.render import clip
from bot.discord_bot import components
from bot.discord_bot.checks import actor_of
from bot.discord_bot.components import BaseView, Gone, Guarded, StableForm
from bot.discord_bot.curation import Curator
from bot.discord_bot.embeds import CHANGED, REFUSED, fit
from bot.discord_bot.progress import ProgressMessage
from bot.facts.model import NotFoundError, PermissionDeniedError, Quantity, SalesBotError
from bot.facts.quantities import format_quantity
from bot.facts.store import Candidate, FactStore
from bot.ingest import candidates, decisions

_REVIEW = r"sb:rv:(?P<action>prev|next|approve|reject|edit|all):(?P<cid>\d+):(?P<source>.*)"
_CANDIDATE_FORM = r"sb:cand:(?P<cid>\d+):(?P<source>.*)"


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
    embed.add_field(name="Period", value=candidates.period_label_in(store, scope, f), inline=True)
    embed.add_field(name="As of", value=str(f.get("as_of")), inline=True)
    embed.add_field(name="Quote", value=clip(f"> {f.get('quote')}", 1024), inline=False)
    flags = [
        w for w, key in (("new company", "new_entity"), ("new metric", "new_metric")) if f.get(key)
    ]
    if f.get("new_entity") and f.get("fiscal_year_end"):
        flags.append(candidates.calendar_note(f))
    if f.get("note"):
        flags.append(str(f["note"]))
    if flags:
        embed.add_field(name="Note", value=clip("; ".join(flags), 1024), inline=False)
    embed.set_footer(
        text=f"{page + 1} of {total} · {status.get(c.status, c.status)} · source {c.source_key}"
    )
    return fit(embed)


# -- one page of a review ---------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    """What a review page shows: built in the worker, sent from the event loop."""

    embed: discord.Embed
    candidate_id: int  # 0 when nothing is left
    pending: bool
    first: bool
    last: bool
    any_pending: bool


def build_page(store: FactStore, scope: str, source: str, cid: int, note: str = "") -> Page:
    """The page of candidate CID among the pending candidates (of SOURCE, if given); CID
    itself counts even when just decided. Reads that one candidate and the pending ids'
    counts (a long report has thousands, and this page is built on every click)."""
    if not cid:
        cid = store.pending_place(scope, 0, source_key=source).first or 0
    if not cid:
        embed = discord.Embed(
            title="No candidates", description=note or "Nothing is waiting for review."
        )
        return Page(embed, 0, False, True, True, False)
    place = store.pending_place(scope, cid, source_key=source)
    c = store.candidate(cid, scope)
    mine = c.status == "pending"
    total = place.pending + (0 if mine else 1)
    index = place.before
    embed = candidate_embed(store, scope, c, index, total, note)
    any_pending = place.pending > 0
    return Page(embed, cid, mine, index == 0, index == total - 1, any_pending)


def _neighbour(store: FactStore, scope: str, source: str, cid: int, step: int) -> int:
    """The pending candidate before (STEP -1) or after (+1) CID; CID itself at either end."""
    place = store.pending_place(scope, cid, source_key=source)
    return (place.next if step > 0 else place.previous) or cid


def _pending_ids(store: FactStore, scope: str, source: str) -> list[int]:
    """Every pending id (of SOURCE): what "Approve all" approves."""
    return store.pending_ids(scope, source_key=source)


def _next_pending(store: FactStore, scope: str, source: str, after: int) -> int:
    place = store.pending_place(scope, after, source_key=source)
    return place.next or place.first or 0


def review_view(bot: Any, page: Page, source: str) -> BaseView | None:
    if not page.candidate_id:
        return None
    if len(f"sb:rv:approve:{page.candidate_id}:{source}") > components.CUSTOM_ID_LIMIT:
        source = ""  # too long to carry: the buttons review every pending candidate
    specs = [
        ("◀", "prev", discord.ButtonStyle.secondary, page.first, 0),
        ("▶", "next", discord.ButtonStyle.secondary, page.last, 0),
        ("Approve", "approve", discord.ButtonStyle.success, not page.pending, 1),
        ("Reject", "reject", discord.ButtonStyle.danger, not page.pending, 1),
        ("Edit", "edit", discord.ButtonStyle.primary, not page.pending, 1),
        ("Approve all", "all", discord.ButtonStyle.success, not page.any_pending, 1),
    ]
    return BaseView(
        bot,
        *(
            ReviewButton(action, page.candidate_id, source, label, style, disabled, row)
            for label, action, style, disabled, row in specs
        ),
    )


async def show_review(
    interaction: discord.Interaction, source: str, cid: int = 0, note: str = ""
) -> tuple[discord.Embed, BaseView | None]:
    """The page for CID (or the first pending), built off the event loop."""
    bot: Any = interaction.client
    scope = _scope(interaction)
    page = await asyncio.to_thread(build_page, bot.store, scope, source, cid, note)
    return page.embed, review_view(bot, page, source)


def _scope(interaction: discord.Interaction) -> str:
    return Curator.check(interaction.client, interaction.user, interaction.guild).scope


async def _audit(interaction: discord.Interaction, line: str) -> None:
    post = getattr(interaction.client, "post_audit", None)
    if post is not None:
        await post(
            interaction.guild, f"{interaction.user.mention} ({interaction.user.name}) {line}"
        )


@components.item
class ReviewButton(Guarded, discord.ui.DynamicItem[discord.ui.Button], template=_REVIEW):
    """◀ ▶ Approve Reject Edit 'Approve all' on a candidate's page."""

    def __init__(
        self,
        action: str,
        cid: int,
        source: str,
        label: str = "",
        style: discord.ButtonStyle = discord.ButtonStyle.secondary,
        disabled: bool = False,
        row: int | None = None,
    ) -> None:
        self.action, self.cid, self.source = action, cid, source
        super().__init__(
            discord.ui.Button(
                label=label or action,
                style=style,
                disabled=disabled,
                row=row,
                custom_id=f"sb:rv:{action}:{cid}:{source}",
            )
        )

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> Self:
        return cls(match["action"], int(match["cid"]), match["source"], item.label or "")

    async def act(self, interaction: discord.Interaction) -> None:
        scope = _scope(interaction)  # raises for anyone who is not an admin here
        store: FactStore = interaction.client.store  # type: ignore[attr-defined]
        actor = actor_of(interaction.user)
        try:
            current = await asyncio.to_thread(store.candidate, self.cid, scope)
        except NotFoundError:
            raise PermissionDeniedError(
                f"candidate #{self.cid} is not one of this server's candidates"
            ) from None
        done = f"candidate #{self.cid} was already {current.status}"
        show, note = self.cid, ""
        if self.action in ("prev", "next"):
            step = 1 if self.action == "next" else -1
            show = await asyncio.to_thread(_neighbour, store, scope, self.source, self.cid, step)
        elif self.action == "edit":
            if current.status != "pending":
                raise Gone(done)
            await interaction.response.send_modal(CandidateForm(current, self.source))
            return
        elif self.action in ("approve", "reject"):
            if current.status != "pending":
                raise Gone(done)
            if self.action == "approve":
                view = await asyncio.to_thread(
                    decisions.approve, store, self.cid, scope=scope, actor=actor
                )
                note = f"Approved #{self.cid} as fact #{view.fact.id}."
                await _audit(interaction, f"approved candidate #{self.cid} as fact #{view.fact.id}")
            else:
                await asyncio.to_thread(decisions.reject, store, self.cid, scope=scope, actor=actor)
                note = f"Rejected #{self.cid}."
                await _audit(interaction, f"rejected candidate #{self.cid}")
            show = await asyncio.to_thread(_next_pending, store, scope, self.source, self.cid)
        elif self.action == "all":
            pending = await asyncio.to_thread(_pending_ids, store, scope, self.source)
            if not pending:
                raise Gone("nothing is waiting for review any more")
            outcomes = await asyncio.to_thread(
                decisions.approve_many, store, pending, scope=scope, actor=actor
            )
            approved = [o for o in outcomes if o.view is not None]
            failed = [o for o in outcomes if o.error]
            note = f"Approved {len(approved)} of {len(pending)}."
            if failed:
                note += " Not approved: " + "; ".join(
                    f"#{o.candidate_id}: {o.error}" for o in failed[:3]
                )
            await _audit(interaction, f"approved {len(approved)} candidates")
        embed, view = await show_review(interaction, self.source, show, clip(note, 4000))
        await interaction.response.edit_message(embed=embed, view=view)
        if view is not None:
            view.updated_by = interaction


class CandidateForm(StableForm):
    """Correct a candidate before approving it: the fields come pre-filled."""

    FIELDS = (
        ("metric", "Metric", discord.TextStyle.short),
        ("kind", "Kind (actual, target or forecast)", discord.TextStyle.short),
        ("period", "Period (FY2013, Q3 2013, 2013-04-01/2014-03-31)", discord.TextStyle.short),
        ("value", "Value (39M, $1.25 billion, 29.6%)", discord.TextStyle.short),
        ("as_of", "As of (YYYY-MM-DD)", discord.TextStyle.short),
    )

    def __init__(self, c: Candidate, source: str) -> None:
        custom_id = f"sb:cand:{c.id}:{source}"
        if len(custom_id) > components.CUSTOM_ID_LIMIT:
            custom_id = f"sb:cand:{c.id}:"  # the page after it then reviews every pending one
        super().__init__(title=f"Correct candidate #{c.id}", custom_id=custom_id)
        for name, label, style in self.FIELDS:
            default = candidate_defaults(c)[name]
            self.add_item(
                discord.ui.TextInput(
                    label=label[:45],
                    style=style,
                    default=default[:100] or None,
                    required=False,
                    max_length=100,
                    custom_id=name,
                )
            )


def candidate_defaults(c: Candidate) -> dict[str, str]:
    f = c.fields
    defaults = {
        "metric": f.get("metric"),
        "kind": f.get("kind"),
        "period": f.get("period"),
        "value": _amount(f),
        "as_of": f.get("as_of"),
    }
    return {k: str(v) if v is not None else "" for k, v in defaults.items()}


@components.form(_CANDIDATE_FORM)
async def candidate_submitted(
    interaction: discord.Interaction, match: re.Match[str], values: dict[str, str]
) -> None:
    scope = _scope(interaction)
    store: FactStore = interaction.client.store  # type: ignore[attr-defined]
    cid, source = int(match["cid"]), match["source"]
    current = await asyncio.to_thread(store.candidate, cid, scope)
    if current.status != "pending":
        raise Gone(f"candidate #{cid} was already {current.status}")
    defaults = candidate_defaults(current)
    changes = {
        name: value.strip()
        for name, value in values.items()
        if name in defaults and value.strip() and value.strip() != defaults[name]
    }
    if changes:
        await asyncio.to_thread(
            decisions.edit, store, cid, changes, scope=scope, actor=actor_of(interaction.user)
        )
    note = f"Corrected #{cid}." if changes else "Nothing changed."
    embed, view = await show_review(interaction, source, cid, note)
    if interaction.message is not None:
        await interaction.response.edit_message(embed=embed, view=view)
    else:
        await interaction.response.send_message(embed=embed, view=view, ephemeral=True)
    if view is not None:
        view.updated_by = interaction


# -- a running ingest ------------------------------------------------------------------------


@dataclass(frozen=True)
class Running:
    stop: threading.Event  # read by the worker between steps: set, it stops before storing
    progress: ProgressMessage


# This process's ingests, by the id their Cancel button carries. After a restart the
# ingest is gone with the process, and its button says so.
RUNNING: dict[str, Running] = {}


@components.item
class CancelIngest(
    Guarded,
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"sb:ingest-stop:(?P<guild>\d+):(?P<run>[0-9a-f]+)",
):
    """Cancel on a running ingest's progress line: for that server's admins."""

    def __init__(self, guild_id: int, run: str) -> None:
        self.guild_id, self.run = guild_id, run
        super().__init__(
            discord.ui.Button(
                label="Cancel",
                style=discord.ButtonStyle.danger,
                custom_id=f"sb:ingest-stop:{guild_id}:{run}",
            )
        )

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> Self:
        return cls(int(match["guild"]), match["run"])

    async def act(self, interaction: discord.Interaction) -> None:
        await components.admin_in(interaction, self.guild_id)
        running = RUNNING.get(self.run)
        if running is None:
            raise Gone("that ingest is no longer running")
        running.stop.set()
        await running.progress.close()  # no progress line after this one
        await interaction.response.edit_message(content="Cancelling…", view=None)
