"""Asking, the same way for every path (/ask, !ask, a mention, a suggestion button): the
cooldown, the engine off the event loop, the embed, and the view for ambiguous or unknown
answers. No answering logic lives here; the engine decides, this module presents."""

from __future__ import annotations

import asyncio
import io
import math
from collections.abc import Awaitable
from dataclasses import replace
from functools import partial
from typing import Any, TypeVar

import discord

from bot.answering.answer import Answer, Status
from bot.answering.engine import Engine
from bot.answering.phrases import amount, kind_word, short_when, statement
from bot.answering.render import to_embed
from bot.charts.reply import ChartReply, ask_for_chart
from bot.discord_bot.checks import scope_of
from bot.discord_bot.embeds import answer_embed
from bot.discord_bot.replies import InteractionReplier, Replier
from bot.discord_bot.views import ChoiceView, SuggestionsView
from bot.facts.model import FactView, Kind, NotFoundError

T = TypeVar("T")
# An interaction must be acknowledged within 3 seconds; a slower answer is deferred first.
DEFER_AFTER = 2.0


async def respond(bot: Any, replier: Replier, question: str, *, force_chart: bool = False) -> None:
    """Answer QUESTION; a trend question (or any, with FORCE_CHART) gets its chart attached."""
    wait = bot.limiter.hit(replier.user.id)
    if wait > 0:
        first = bot.limiter.first_refusal(replier.user.id, wait)
        await replier.notice(
            slow_down_text(bot.limiter.questions, bot.limiter.seconds, wait), first=first
        )
        return
    scope = scope_of(replier.guild)
    reply = await in_time(replier, _answer_and_chart(bot, question, scope, force_chart))
    embed, view = present(reply.answer, asker_id=replier.user.id, scope=scope)
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


async def _answer_and_chart(bot: Any, question: str, scope: str, force: bool) -> ChartReply:
    """The engine in the worker thread; the chart, if any, drawn in the chart process."""
    reply: ChartReply = await asyncio.to_thread(
        ask_for_chart, bot.engine, question, scope, force=force, log_misses=True
    )
    if reply.chart is not None:
        reply = replace(reply, png=await bot.workers.render_chart(reply.chart))
    return reply


async def in_time(replier: Replier, work: Awaitable[T]) -> T:
    """Await WORK; if it is slow, acknowledge the interaction meanwhile (Discord allows 3 s)."""
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=DEFER_AFTER)
    if not done:
        await replier.defer()
    return await task


def present(
    answer: Answer, *, asker_id: int, scope: str
) -> tuple[discord.Embed, discord.ui.View | None]:
    embed = answer_embed(to_embed(answer))
    view: discord.ui.View | None = None
    if answer.status is Status.AMBIGUOUS and answer.facts:
        view = ChoiceView(
            answer.facts,
            asker_id=asker_id,
            on_choose=partial(_chosen, question=answer.question, scope=scope),
        )
    elif answer.status is Status.UNKNOWN and answer.suggestions:
        view = SuggestionsView(answer.suggestions, on_pick=_picked)
    return embed, view


async def _picked(interaction: discord.Interaction, question: str) -> None:
    """A suggestion button: the clicker asks that question, cooldown and all."""
    await respond(interaction.client, InteractionReplier(interaction), question)


async def _chosen(
    interaction: discord.Interaction, fact_id: int, *, question: str, scope: str
) -> None:
    """The asker picked a candidate: the ambiguous message becomes that answer."""
    engine: Engine = interaction.client.engine  # type: ignore[attr-defined]
    answer = await asyncio.to_thread(chosen_answer, engine, question, fact_id, scope)
    await interaction.response.edit_message(embed=answer_embed(to_embed(answer)), view=None)


def chosen_answer(engine: Engine, question: str, fact_id: int, scope: str) -> Answer:
    """The engine's own answer to a precise question naming the fact, when that is the fact
    (so it reads exactly as the command line would); else a one-fact answer."""
    view = engine.store.fact(fact_id, scope)
    if view.fact.deleted:
        raise NotFoundError(f"fact #{fact_id} was removed meanwhile; please ask again")
    precise = engine.ask(precise_question(view), scope)
    if precise.status is Status.ANSWERED and precise.facts and precise.facts[0].fact.id == fact_id:
        return replace(precise, question=question)
    return Answer(
        question=question,
        status=Status.ANSWERED,
        text=statement(view) + ".",
        facts=(view,),
        headline=headline(view),
    )


def precise_question(view: FactView) -> str:
    f = view.fact
    kind = "" if f.kind is Kind.ACTUAL else f" {kind_word(f.kind)}"
    return f"{f.entity} {f.metric}{kind} {short_when(view)}"


def headline(view: FactView) -> str:
    f = view.fact
    kind = "" if f.kind is Kind.ACTUAL else f" {kind_word(f.kind)}"
    return f"{f.entity} {f.metric}{kind}, {short_when(view)}: {amount(view)}"
