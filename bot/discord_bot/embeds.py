"""Discord embeds: an answer as a chat message (`chat_embed`), plus the cards the
curating commands show. Everything is clipped to Discord's limits here, whatever the input."""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.answering.answer import Answer, Status
from bot.answering.phrases import day, fact_label
from bot.answering.wording.render import (
    DESCRIPTION_LIMIT,
    EMBED_TOTAL_LIMIT,
    FIELD_NAME_LIMIT,
    FIELD_VALUE_LIMIT,
    FIELDS_LIMIT,
    FOOTER_LIMIT,
    TITLE_LIMIT,
    clip,
    fact_summary,
    source_line,
)
from bot.facts.model import AuditEntry, FactView, ImportReport, Source
from bot.facts.store import FactHistory, UnansweredQuestion

COLOURS = {
    Status.ANSWERED: discord.Colour.green(),
    Status.AMBIGUOUS: discord.Colour.gold(),
    Status.UNKNOWN: discord.Colour.light_grey(),
}
CHANGED = discord.Colour.blurple()
QUOTE_SHOWN = 300  # a citation's quote in chat; the Sources button shows it whole
REFUSED = discord.Colour.red()


def web_url(url: str | None) -> str | None:
    """Discord rejects a whole message whose embed url is not http(s); drop such urls."""
    return url if url and url.startswith(("https://", "http://")) else None


def fit(embed: discord.Embed) -> discord.Embed:
    """Clip every part to its limit, then drop trailing fields until the total fits."""
    if embed.title:
        embed.title = clip(embed.title, TITLE_LIMIT)
    if embed.description:
        embed.description = clip(embed.description, DESCRIPTION_LIMIT)
    if embed.footer.text:
        embed.set_footer(text=clip(embed.footer.text, FOOTER_LIMIT))
    fields = [
        (
            clip(f.name or "\u200b", FIELD_NAME_LIMIT),
            clip(f.value or "\u200b", FIELD_VALUE_LIMIT),
            bool(f.inline),
        )
        for f in embed.fields
    ][:FIELDS_LIMIT]
    embed.clear_fields()
    for name, value, inline in fields:
        embed.add_field(name=name, value=value, inline=inline)
    while len(embed) > EMBED_TOTAL_LIMIT and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    if len(embed) > EMBED_TOTAL_LIMIT and embed.description:
        excess = len(embed) - EMBED_TOTAL_LIMIT
        embed.description = clip(embed.description, len(embed.description) - excess)
    return embed


def _citation(view: FactView) -> str:
    s = view.source
    title = f"[{s.title}]({s.url})" if web_url(s.url) else s.title
    extra = ", ".join(p for p in (s.publisher, day(s.published) if s.published else None) if p)
    return title + (f" — {extra}" if extra else "")


def chat_embed(answer: Answer, *, note: str = "") -> discord.Embed:
    """An answer as a chat message: the sentence first, then one citation per distinct
    source (its first quote and where it is from). Each figure's kind, date and quote are
    behind the Sources button (`answers.SourcesButton`) or in the chart."""
    answered = answer.status is Status.ANSWERED
    embed = discord.Embed(
        title=None if answered else answer.title,
        description=answer.text + (f"\n\n{note}" if note else ""),
        colour=COLOURS[answer.status],
    )
    if answered and answer.facts:
        by_source: dict[str, FactView] = {}
        for view in answer.facts:
            by_source.setdefault(view.source.key, view)
        lines = [f"> {clip(v.fact.quote, QUOTE_SHOWN)}\n{_citation(v)}" for v in by_source.values()]
        embed.add_field(name="Source" if len(lines) == 1 else "Sources", value="\n".join(lines))
        ids = ", ".join(f"#{v.fact.id}" for v in answer.facts)
        embed.set_footer(text=("Fact " if len(answer.facts) == 1 else "Facts ") + ids)
    elif answer.suggestions:
        embed.add_field(name="You could ask", value="\n".join(f"• {s}" for s in answer.suggestions))
    return fit(embed)


def sources_embed(views: Sequence[FactView], missing: Sequence[int]) -> discord.Embed:
    """Every figure behind an answer: amount, period, kind, when stated, quote, source."""
    embed = discord.Embed(title="Sources", colour=CHANGED)
    for view in views:
        f = view.fact
        embed.add_field(
            name=f"#{f.id} · {fact_label(view)}",
            value=f"{fact_summary(view)}\n> {f.quote}\n{_citation(view)}",
        )
    if missing:
        embed.set_footer(text="Removed since: " + ", ".join(f"#{i}" for i in missing))
    return fit(embed)


def notice(
    text: str, *, title: str | None = None, colour: discord.Colour = CHANGED
) -> discord.Embed:
    return fit(discord.Embed(title=title, description=text, colour=colour))


def fact_card(view: FactView, title: str, *, mark_removed: bool = True) -> discord.Embed:
    f = view.fact
    removed = " (removed)" if f.deleted and mark_removed else ""
    embed = discord.Embed(
        title=title + removed,
        description=fact_label(view),
        colour=CHANGED,
        url=web_url(view.source.url),
    )
    embed.add_field(name="Figure", value=fact_summary(view))
    embed.add_field(name="Quote", value=f"> {f.quote}")
    embed.add_field(name="Source", value=f"{source_line(view)} (`{view.source.key}`)")
    scope = "shared seed (read-only here)" if f.scope == "shared" else "this server"
    embed.set_footer(text=f"Fact #{f.id} · {scope}")
    return fit(embed)


def history_embed(history: FactHistory) -> discord.Embed:
    embed = fact_card(history.view, f"History of fact #{history.view.fact.id}")
    if history.view.revisions > 1:
        lines = [
            f"#{f.id} {f.value:g} {f.unit}, stated {f.as_of}"
            + (" ← this one" if f.id == history.view.fact.id else "")
            for f in history.view.history
        ]
        embed.add_field(
            name=f"Revisions of this figure ({history.view.revisions})", value="\n".join(lines)
        )
    embed.add_field(name="Changes", value=changes_text(history.audit) or "none recorded")
    return fit(embed)


def changes_text(entries: Sequence[AuditEntry]) -> str:
    lines = [
        f"change {e.id}: {e.action} by {_who(e.actor)} at {e.at}"
        + (f" (undone by change {e.undone_by})" if e.undone_by else "")
        for e in entries
    ]
    text = "\n".join(lines)
    while len(text) > FIELD_VALUE_LIMIT and len(lines) > 1:  # keep the most recent changes
        lines = lines[1:]
        text = "…\n" + "\n".join(lines)
    return text


def _who(actor: str) -> str:
    """'discord:123:alice' reads as '@alice'; CLI and seed actors as they are."""
    parts = actor.split(":", 2)
    return f"@{parts[2]}" if parts[0] == "discord" and len(parts) == 3 else actor


def list_embed(views: Sequence[FactView], *, page: int, filters: str, more: bool) -> discord.Embed:
    title = f"Facts{f' ({filters})' if filters else ''} · page {page + 1}"
    if not views:
        return notice("No facts match." if page == 0 else "No more facts.", title=title)
    lines = [
        f"`#{v.fact.id}` {fact_label(v)}"
        + (" *(removed)*" if v.fact.deleted else "")
        + (" · shared" if v.fact.scope == "shared" else "")
        for v in views
    ]
    embed = discord.Embed(title=title, description="\n".join(lines), colour=CHANGED)
    embed.set_footer(text="More on the next page" if more else "End of the list")
    return fit(embed)


def sources_page_embed(
    sources: Sequence[Source], *, page: int, total: int, size: int
) -> discord.Embed:
    title = f"Sources · page {page + 1} of {max(1, -(-total // size))}"
    if not sources:
        return notice("No sources yet." if page == 0 else "No more sources.", title=title)
    lines = [
        f"`{s.key}` {s.title} ({s.published or 'undated'})"
        + (" · shared" if s.scope == "shared" else "")
        for s in sources
    ]
    embed = discord.Embed(title=title, description="\n".join(lines), colour=CHANGED)
    first = page * size + 1
    embed.set_footer(text=f"{first}–{first + len(sources) - 1} of {total}")
    return fit(embed)


def unanswered_embed(rows: Sequence[UnansweredQuestion], days: int) -> discord.Embed:
    title = f"Questions I could not answer (last {days} days)"
    if not rows:
        return notice("Nothing: every question was answered.", title=title)
    lines = [f"**{r.times}×** {r.question} · {r.status}, last {r.last_asked[:10]}" for r in rows]
    return fit(discord.Embed(title=title, description="\n".join(lines), colour=CHANGED))


def import_embed(filename: str, report: ImportReport) -> discord.Embed:
    embed = discord.Embed(title=f"Imported {filename}", colour=CHANGED)
    for what in ("facts", "sources", "entities", "metrics"):
        c = report.counts.get(what, {})
        embed.add_field(
            name=what.capitalize(),
            inline=True,
            value=f"{c.get('added', 0)} added\n{c.get('updated', 0)} updated\n"
            f"{c.get('skipped', 0)} skipped",
        )
    return fit(embed)
