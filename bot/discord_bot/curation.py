"""What the curating commands and their buttons and modals do: one admin check, the store
call off the event loop with the Discord user as the actor, and a line to the audit channel.
Returns domain values; the cog and the views turn them into messages."""

from __future__ import annotations

import asyncio
import re
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from discord import app_commands

from bot.answering.phrases import fact_label
from bot.answering.wording.render import clip
from bot.discord_bot.checks import actor_of, is_admin, require_admin, scope_of
from bot.facts.bundle import parse_bundle_text
from bot.facts.fields import changes_from_fields, fact_from_fields, parse_day
from bot.facts.model import (
    AuditEntry,
    FactView,
    ImportReport,
    Kind,
    NotFoundError,
    PermissionDeniedError,
    Quantity,
    SalesBotError,
    Source,
)
from bot.facts.periods import CALENDAR, FiscalCalendar, label, parse_period
from bot.facts.quantities import format_quantity, parse_quantity
from bot.facts.store import FactHistory, FactStore, UnansweredQuestion

T = TypeVar("T")
PAGE_SIZE = 10


@dataclass(frozen=True)
class Curator:
    """An admin acting in one server: the scope they may change and how the log names them."""

    bot: Any
    user: Any
    guild: Any
    scope: str

    @classmethod
    def check(cls, bot: Any, user: Any, guild: Any) -> Curator:
        return cls(bot, user, guild, require_admin(user, guild, bot.settings_for(guild)))

    @property
    def actor(self) -> str:
        return actor_of(self.user)

    @property
    def store(self) -> FactStore:
        return self.bot.store

    async def run(self, work: Callable[[], T]) -> T:
        return await asyncio.to_thread(work)

    async def audit(self, line: str) -> None:
        await self.bot.post_audit(self.guild, f"{self.user.mention} ({self.user.name}) {line}")


# -- facts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    view: FactView
    entry_id: int  # the audit entry an Undo button reverses


def _entry_of(store: FactStore, fact_id: int, scope: str, actor: str, action: str) -> int:
    entries = store.history(fact_id, scope).audit
    return next(
        e.id
        for e in reversed(entries)
        if e.row_id == fact_id and e.actor == actor and e.action == action
    )


async def add_fact(c: Curator, fields: Mapping[str, Any]) -> Change:
    def work() -> Change:
        fact = fact_from_fields(fields, store=c.store, scope=c.scope)
        view = c.store.add_fact(fact, actor=c.actor)
        return Change(view, _entry_of(c.store, view.fact.id, c.scope, c.actor, "add"))

    change = await c.run(work)
    await c.audit(f"added fact #{change.view.fact.id}: {fact_label(change.view)}")
    return change


def _own_live_fact(store: FactStore, fact_id: int, scope: str) -> FactView:
    view = store.fact(fact_id, scope)
    if view.fact.scope != scope:
        raise PermissionDeniedError(
            f"fact #{fact_id} is a shared seed fact; it can only be changed from the command line"
        )
    if view.fact.deleted:
        raise SalesBotError(f"fact #{fact_id} is removed; undo the removal first")
    return view


async def known_source(c: Curator, key: str) -> Source:
    """Refuse an unknown source key before the form opens."""

    def work() -> Source:
        for source in c.store.sources(c.scope):
            if source.key == key:
                return source
        raise NotFoundError(
            f"no source with key {key!r} in this server; see `/source list` or add it with "
            "`/source add`"
        )

    return await c.run(work)


async def list_sources(c: Curator, page: int) -> tuple[list[Source], int]:
    """One page of the sources this server can quote, and how many there are in all."""

    def work() -> tuple[list[Source], int]:
        sources = c.store.sources(c.scope)
        return sources[page * PAGE_SIZE : (page + 1) * PAGE_SIZE], len(sources)

    return await c.run(work)


async def editable_fact(c: Curator, fact_id: int) -> FactView:
    """Refuse before the form opens, not after the admin has typed into it."""
    return await c.run(lambda: _own_live_fact(c.store, fact_id, c.scope))


async def edit_fact(c: Curator, fact_id: int, fields: Mapping[str, Any]) -> Change:
    def work() -> Change:
        current = _own_live_fact(c.store, fact_id, c.scope).fact
        changes = changes_from_fields(fields, current=current, store=c.store, scope=c.scope)
        if not changes:
            raise SalesBotError(f"fact #{fact_id} already has those values")
        view = c.store.edit_fact(fact_id, changes, scope=c.scope, actor=c.actor)
        return Change(view, _entry_of(c.store, fact_id, c.scope, c.actor, "edit"))

    change = await c.run(work)
    await c.audit(f"edited fact #{fact_id}: {fact_label(change.view)}")
    return change


async def remove_fact(c: Curator, fact_id: int) -> Change:
    def work() -> Change:
        entry = c.store.remove_fact(fact_id, scope=c.scope, actor=c.actor)
        return Change(c.store.fact(fact_id, c.scope), entry.id)

    change = await c.run(work)
    await c.audit(f"removed fact #{fact_id}: {fact_label(change.view)} (change {change.entry_id})")
    return change


async def undo(c: Curator, entry_id: int | None = None) -> tuple[AuditEntry, FactView]:
    def work() -> tuple[AuditEntry, FactView]:
        entry = c.store.undo(scope=c.scope, actor=c.actor, entry_id=entry_id)
        return entry, c.store.fact(entry.row_id, c.scope)  # type: ignore[arg-type]

    entry, view = await c.run(work)
    state = "removed again" if view.fact.deleted else "restored"
    await c.audit(f"undid a change: fact #{view.fact.id} is {state} (change {entry.id})")
    return entry, view


async def history(c: Curator, fact_id: int) -> FactHistory:
    return await c.run(lambda: c.store.history(fact_id, c.scope))


@dataclass(frozen=True)
class FactFilter:
    entity: str | None = None
    metric: str | None = None
    kind: str | None = None
    period: str | None = None
    removed: bool = False

    def describe(self) -> str:
        parts = [
            f"{k}: {v}"
            for k, v in (
                ("entity", self.entity),
                ("metric", self.metric),
                ("kind", self.kind),
                ("period", self.period),
            )
            if v
        ]
        return ", ".join(parts + (["with removed"] if self.removed else []))


async def list_facts(c: Curator, where: FactFilter, page: int) -> tuple[list[FactView], bool]:
    """One page, and whether there is another after it."""

    def work() -> tuple[list[FactView], bool]:
        period = None
        if where.period:
            period = parse_period(where.period, _calendar(c.store, where.entity, c.scope))
        views = c.store.list_facts(
            c.scope,
            entity=where.entity,
            metric=where.metric,
            kind=Kind.parse(where.kind) if where.kind else None,
            period=period,
            include_removed=where.removed,
            limit=PAGE_SIZE + 1,
            offset=page * PAGE_SIZE,
        )
        return views[:PAGE_SIZE], len(views) > PAGE_SIZE

    return await c.run(work)


def _calendar(store: FactStore, entity: str | None, scope: str) -> FiscalCalendar:
    if not entity:
        return CALENDAR
    try:
        e = store.entity(entity, scope)
    except NotFoundError:
        return CALENDAR
    return FiscalCalendar.of(e.fiscal_year_end, e.fiscal_year_named_by)


def form_defaults(view: FactView) -> dict[str, str]:
    """The fact as a person would type it, when that reads back to the same values."""
    f = view.fact
    cal = FiscalCalendar.of(view.fiscal_year_end, view.fiscal_year_named_by)
    period = label(f.period, cal)
    try:
        if parse_period(period, cal) != f.period:
            period = f.period.iso()
    except SalesBotError:
        period = f.period.iso()
    value = format_quantity_typed(f.value, f.unit)
    return {
        "entity": f.entity,
        "metric": f.metric,
        "period": period,
        "value": value,
        "quote": f.quote,
    }


def format_quantity_typed(value: float, unit: str) -> str:
    text = format_quantity(Quantity(value, unit))
    try:
        back = parse_quantity(text, default_unit=unit)
        if back.unit == unit and back.value == value:
            return text
    except SalesBotError:
        pass
    return f"{value:g}"


# -- sources, bundles, vocabulary -------------------------------------------------------


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")[:60].strip("-")


async def add_source(
    c: Curator,
    *,
    title: str,
    text: str,
    key: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    published: str | None = None,
) -> tuple[Source, bool]:
    """Store a report's text; returns it and whether it replaced an older text of the same key."""
    key = (key or "").strip() or _slug(title)
    if not key:
        raise SalesBotError("give the source a key (letters and digits), e.g. acme-2024-q1")
    if url and not url.startswith(("https://", "http://")):
        raise SalesBotError(f"the url must start with https:// or http://, not {url!r}")
    day: date | None = parse_day(published, "published") if published else None

    def work() -> tuple[Source, bool]:
        existed = any(s.key == key and s.scope == c.scope for s in c.store.sources(c.scope))
        source = c.store.add_source(
            Source(
                key=key,
                title=title.strip(),
                published=day,
                text=text,
                publisher=publisher,
                url=url,
                scope=c.scope,
            ),
            actor=c.actor,
        )
        return source, existed

    source, replaced = await c.run(work)
    await c.audit(f"{'updated' if replaced else 'added'} source `{source.key}`: {source.title}")
    return source, replaced


async def import_bundle(c: Curator, filename: str, raw: str) -> ImportReport:
    def work() -> ImportReport:
        bundle = parse_bundle_text(raw, name=filename)
        return c.store.import_bundle(bundle, actor=c.actor, scope=c.scope)

    report = await c.run(work)
    await c.audit(f"imported {filename}: {report.line()}")
    return report


@dataclass(frozen=True)
class Export:
    """A server's bundle in a temporary file: whoever sends it deletes it (`discard`)."""

    path: Path
    facts: int
    sources: int
    size: int  # bytes

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


async def export_bundle(c: Curator) -> Export:
    """What this server sees, streamed by the store record by record into a temporary
    file, so a large store is never held in memory whole (as the CLI's export)."""

    def work() -> Export:
        fd, name = tempfile.mkstemp(prefix="salesbot-export-", suffix=".json")
        path = Path(name)
        try:
            with open(fd, "w", encoding="utf-8") as out:
                n_facts, n_sources = c.store.write_bundle(out, c.scope)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return Export(path, n_facts, n_sources, path.stat().st_size)

    return await c.run(work)


async def teach(c: Curator, phrase: str, means: str) -> str:
    """'shipments' means a metric (a synonym) or a company (an alias); says which it became."""

    def work() -> str:
        wanted = means.strip().casefold()
        for metric in c.store.metrics(c.scope):
            if wanted in {metric.name.casefold(), *(s.casefold() for s in metric.synonyms)}:
                c.store.add_synonym(metric.name, phrase, scope=c.scope, actor=c.actor)
                return f"“{phrase.strip()}” now means the metric “{metric.name}”"
        for entity in c.store.entities(c.scope):
            if wanted in {entity.name.casefold(), *(a.casefold() for a in entity.aliases)}:
                c.store.add_alias(entity.name, phrase, scope=c.scope, actor=c.actor)
                return f"“{phrase.strip()}” is now another name for {entity.name}"
        raise NotFoundError(f"I know no metric or company called {means!r}")

    taught = await c.run(work)
    await c.audit(f"taught the bot: {taught}")
    return taught


async def unanswered(c: Curator, days: int) -> list[UnansweredQuestion]:
    since = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="seconds")
    return await c.run(lambda: c.store.unanswered(c.scope, limit=15, since=since))


# -- autocomplete -------------------------------------------------------------------------

AUTOCOMPLETE_SCAN = 5000  # facts looked through for fact-number suggestions
CHOICES_LIMIT = 25  # Discord shows at most 25 autocomplete choices
CHOICE_LIMIT = 100  # ... each name and value at most 100 characters


async def admin_choices(
    interaction: Any, current: str, lister: Callable[[FactStore, str], Sequence[tuple[str, Any]]]
) -> list[app_commands.Choice]:
    """Autocomplete from this server's vocabulary: for admins only, read in the worker."""
    bot = interaction.client
    guild = interaction.guild
    if guild is None or not is_admin(interaction.user, bot.settings_for(guild)):
        return []
    items = await asyncio.to_thread(lister, bot.store, scope_of(guild))
    wanted = str(current).casefold().strip()
    return [
        app_commands.Choice(name=clip(name, CHOICE_LIMIT), value=value)
        for name, value in items
        if wanted in name.casefold() and len(str(value)) <= CHOICE_LIMIT
    ][:CHOICES_LIMIT]


def source_keys(store: FactStore, scope: str) -> list[tuple[str, str]]:
    return [(f"{s.key}: {s.title}", s.key) for s in reversed(store.sources(scope))]


def entity_names(store: FactStore, scope: str) -> list[tuple[str, str]]:
    return [(e.name, e.name) for e in store.entities(scope)]


def own_fact_ids(store: FactStore, scope: str, current: str) -> list[tuple[str, int]]:
    """This server's facts whose number or label contains CURRENT: the fact with that very
    number first, then the newest."""
    wanted = current.strip().lstrip("#").casefold()

    def label_of(v: FactView) -> str:
        return f"#{v.fact.id} {fact_label(v)}" + (" (removed)" if v.fact.deleted else "")

    out: list[tuple[str, int]] = []
    if wanted.isdigit() and len(wanted) < 19:  # SQLite's integers stop at 19 digits
        try:
            exact = store.fact(int(wanted), scope)
        except NotFoundError:
            pass
        else:
            if exact.fact.scope == scope:
                out.append((label_of(exact), exact.fact.id))
    views = store.list_facts(scope, include_removed=True, limit=AUTOCOMPLETE_SCAN)
    first = out[0][1] if out else None
    for v in reversed(views):
        if v.fact.scope == scope and v.fact.id != first and wanted in label_of(v).casefold():
            out.append((label_of(v), v.fact.id))
    return out


def metric_names(store: FactStore, scope: str) -> list[tuple[str, str]]:
    return [(m.name, m.name) for m in store.metrics(scope)]


def vocabulary_names(store: FactStore, scope: str) -> list[tuple[str, str]]:
    return metric_names(store, scope) + entity_names(store, scope)


def pending_source_keys(store: FactStore, scope: str) -> list[tuple[str, str]]:
    """Sources with candidates waiting for review."""
    return [(k, k) for k in store.pending_sources(scope)]
