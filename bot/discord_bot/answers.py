"""Asking, the same way for every path (/ask, !ask, a mention, a suggestion button): the
cooldown, the engine off the event loop, the chat embed, and the components under it (the
choice menu of an ambiguous answer, suggestion buttons, the Sources button). No answering
logic lives here; the engine decides, this module presents."""

from __future__ import annotations

import asyncio
import io
import math
import re
from collections.abc import Awaitable, Sequence
from dataclasses import replace
from typing import Any, Self, TypeVar

import discord

from bot.answering.answer import Answer, Status
from bot.answering.phrases import day, fact_label
from bot.answering.wording.render import clip
from bot.charts.reply import ChartReply
from bot.discord_bot import components
from bot.discord_bot.answerers import More
from bot.discord_bot.checks import scope_of
from bot.discord_bot.components import BaseView, Gone, Guarded
from bot.discord_bot.embeds import chat_embed, sources_embed
from bot.discord_bot.replies import InteractionReplier, Replier
from bot.facts.model import FactView, NotFoundError, SalesBotError
from bot.facts.store import FactStore

T = TypeVar("T")
# An interaction must be acknowledged within 3 seconds; a slower answer is deferred first.
DEFER_AFTER = 2.0
SELECT_OPTIONS_LIMIT = 25
BUTTON_LABEL_LIMIT = 80
_ASK_PREFIX = "sb:ask:"


async def respond(bot: Any, replier: Replier, question: str, *, force_chart: bool = False) -> None:
    """Answer QUESTION; a trend question (or any, with FORCE_CHART) gets its chart attached."""
    await bot.admission.enter()  # a flood of questions starts a few per pass of the loop
    limiter = bot.limiter_for(replier.guild)
    wait = limiter.hit(replier.user.id)
    if wait > 0:
        first = limiter.first_refusal(replier.user.id, wait)
        await replier.notice(slow_down_text(limiter.questions, limiter.seconds, wait), first=first)
        return
    # (mentions, emoji, markdown and quoted lines are read off by the engine, which keeps
    # a message's lines apart until it has: check_question, chat_markup.py)
    scope = scope_of(replier.guild)
    # Follow-ups ("and the year before?") continue this person's conversation in this channel.
    key = (scope, replier.channel_id, replier.user.id)
    reply, more = await in_time(replier, _answer_and_chart(bot, key, question, scope, force_chart))
    embed, view = present(bot, reply.answer, asker_id=replier.user.id, more=more)
    message = await replier.send(embed=embed, view=view, file=attach_chart(embed, reply))
    if view is not None:
        view.message = message


def attach_chart(embed: discord.Embed, reply: ChartReply) -> discord.File | None:
    """The reply's PNG as a file shown inside EMBED (its image), or None without a chart."""
    if reply.png is None:
        return None
    embed.set_image(url=f"attachment://{reply.filename}")
    return discord.File(io.BytesIO(reply.png), filename=reply.filename)


def slow_down_text(questions: int, seconds: float, wait: float) -> str:
    return (
        f"Slow down a little: you can ask {questions} questions every {seconds:g} seconds. "
        f"Try again in {max(1, math.ceil(wait))} s."
    )


async def _answer_and_chart(
    bot: Any, key: tuple, question: str, scope: str, force: bool
) -> tuple[ChartReply, More | None]:
    """The answer from the bot's answerers (answerers.py); the chart, if any, drawn in the
    chart process; a question the store could not answer logged in the bot's process,
    which does the writes."""
    answered = await bot.answerers.ask(key, question, scope, force)
    reply = answered.chart
    if reply.answer.status is not Status.ANSWERED:  # for /unanswered: what was asked
        status = reply.answer.status.value
        asked = reply.answer.question or question  # (as read: its mentions read off)
        await asyncio.to_thread(bot.store.log_question, asked, scope=scope, status=status)
    if reply.chart is not None:
        reply = replace(reply, png=await bot.workers.render_chart(reply.chart))
    return reply, answered.more


async def in_time(replier: Replier, work: Awaitable[T]) -> T:
    """Await WORK; if it is slow, acknowledge the interaction meanwhile (Discord allows 3 s).

    A timer rather than a task and `asyncio.wait` per question: when many people ask at
    once, the event loop starts all their questions in one pass, and that pass is shorter
    by the task and the waiter it no longer builds for each."""
    deferring: list[asyncio.Task] = []
    timer = asyncio.get_running_loop().call_later(
        DEFER_AFTER, lambda: deferring.append(asyncio.ensure_future(replier.defer()))
    )
    try:
        return await work
    finally:
        timer.cancel()
        for task in deferring:  # the acknowledgement goes out before the reply
            await task


def more_note(more: More | None) -> str:
    if more is None:
        return ""
    return (
        f"…and {more.companies} more {'company has' if more.companies == 1 else 'companies have'} "
        f"{more.metric} figures. Narrow it down by naming the company, the period or the kind "
        f"(actual, target, forecast)."
    )


def present(
    bot: Any, answer: Answer, *, asker_id: int, more: More | None = None
) -> tuple[discord.Embed, BaseView | None]:
    embed = chat_embed(answer, note=more_note(more))
    items: list[discord.ui.Item] = []
    if answer.status is Status.AMBIGUOUS and answer.facts:
        items.append(AnswerChoice(asker_id, answer.facts[:SELECT_OPTIONS_LIMIT]))
    elif answer.status is Status.UNKNOWN and answer.suggestions:
        items += [AskButton(q) for q in answer.suggestions[:3] if AskButton.fits(q)]
    elif answer.status is Status.ANSWERED and answer.facts:
        items.append(SourcesButton([v.fact.id for v in answer.facts]))
    return embed, BaseView(bot, *items) if items else None


# -- the components under an answer -----------------------------------------------------


def _options(views: Sequence[FactView]) -> list[discord.SelectOption]:
    return [
        discord.SelectOption(
            label=clip(f"#{v.fact.id} {fact_label(v)}", 100),
            value=str(v.fact.id),
            description=clip(f"{v.source.title}, stated {day(v.fact.as_of)}", 100),
        )
        for v in views
    ]


@components.item
class AnswerChoice(
    Guarded, discord.ui.DynamicItem[discord.ui.Select], template=r"sb:pick:(?P<asker>\d+)"
):
    """'Which one did you mean?': the candidates; only the asker may choose, and only one
    of the figures offered (the values come from the message, so a forged one is refused)."""

    def __init__(self, asker_id: int, views: Sequence[FactView] = (), *, options=None) -> None:
        self.asker_id = asker_id
        super().__init__(
            discord.ui.Select(
                placeholder="Choose the figure you meant",
                options=options if options is not None else _options(views),
                custom_id=f"sb:pick:{asker_id}",
            )
        )

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: discord.Interaction, item: discord.ui.Select, match: re.Match[str], /
    ) -> Self:
        return cls(int(match["asker"]), options=list(item.options))

    async def act(self, interaction: discord.Interaction) -> None:
        if interaction.user.id != self.asker_id:
            await interaction.response.send_message(
                "Only the person who asked can choose; ask the question yourself to pick one.",
                ephemeral=True,
            )
            return
        offered = {o.value for o in self.item.options}
        chosen = self.item.values
        if len(chosen) != 1 or chosen[0] not in offered:
            raise SalesBotError("that choice was not offered; pick one from the menu")
        await show_chosen(interaction, int(chosen[0]))


async def show_chosen(interaction: discord.Interaction, fact_id: int) -> None:
    """The asker picked a candidate: the ambiguous message becomes that answer."""
    bot: Any = interaction.client
    scope = scope_of(interaction.guild)
    try:
        answer = await bot.answerers.pick(fact_id, scope)
    except NotFoundError as error:
        raise Gone(str(error)) from None
    embed, view = present(bot, answer, asker_id=interaction.user.id)
    await interaction.response.edit_message(embed=embed, view=view)
    if view is not None:
        view.updated_by = interaction


@components.item
class AskButton(Guarded, discord.ui.DynamicItem[discord.ui.Button], template=r"sb:ask:(?P<q>.+)"):
    """A question the store can answer; clicking it asks it (anyone may, cooldown and all)."""

    def __init__(self, question: str) -> None:
        self.question = question
        super().__init__(
            discord.ui.Button(
                label=clip(question, BUTTON_LABEL_LIMIT),
                style=discord.ButtonStyle.secondary,
                custom_id=_ASK_PREFIX + question,
            )
        )

    @staticmethod
    def fits(question: str) -> bool:
        return len(_ASK_PREFIX + question) <= components.CUSTOM_ID_LIMIT

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> Self:
        return cls(match["q"])

    async def act(self, interaction: discord.Interaction) -> None:
        await respond(interaction.client, InteractionReplier(interaction), self.question)


@components.item
class SourcesButton(
    Guarded, discord.ui.DynamicItem[discord.ui.Button], template=r"sb:src:(?P<ids>[\d,]+)"
):
    """Every figure behind an answer, shown only to whoever presses it."""

    def __init__(self, fact_ids: Sequence[int]) -> None:
        ids = ""
        for fact_id in fact_ids:  # as many as a custom_id holds; the rest are in the footer
            more = f"{ids},{fact_id}" if ids else str(fact_id)
            if len("sb:src:" + more) > components.CUSTOM_ID_LIMIT:
                break
            ids = more
        self.fact_ids = [int(i) for i in ids.split(",") if i]
        super().__init__(
            discord.ui.Button(
                label="Sources", style=discord.ButtonStyle.secondary, custom_id=f"sb:src:{ids}"
            )
        )

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> Self:
        return cls([int(i) for i in match["ids"].split(",") if i])

    async def act(self, interaction: discord.Interaction) -> None:
        store: FactStore = interaction.client.store  # type: ignore[attr-defined]
        scope = scope_of(interaction.guild)

        def work() -> tuple[list[FactView], list[int]]:
            found, missing = [], []
            for fact_id in self.fact_ids:
                try:
                    view = store.fact(fact_id, scope)
                except NotFoundError:
                    missing.append(fact_id)
                    continue
                (missing.append(fact_id) if view.fact.deleted else found.append(view))
            return found, missing

        found, missing = await asyncio.to_thread(work)
        if not found:
            raise Gone("the figures behind this answer have been removed since")
        await interaction.response.send_message(embed=sources_embed(found, missing), ephemeral=True)
