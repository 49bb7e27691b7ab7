"""Asking for a chart: the one path `salesbot chart` and `/chart` share.

    reply = ask_for_chart(engine, "xperia units by quarter", scope)
    if reply.chart is not None:
        png = render_png(reply.chart)        # in the bot: await asyncio.to_thread(...)

A chart command charts whatever it is asked about, so a question without a trend word
("sony smartphone sales") is asked as "chart sony smartphone sales". When the store holds
only one period of the figure the engine answers with that figure; the reply says so in
its first sentence instead of drawing a chart of one bar. An unknown or ambiguous answer
comes back as it is, with no chart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Protocol

from bot.answering.answer import Answer, Status
from bot.answering.phrases import possessive, short_when
from bot.answering.reading.intent import Intent
from bot.answering.reading.query import Query
from bot.answering.reading.understand import MAX_QUESTION_LENGTH
from bot.charts.data import ChartData, trend_chart
from bot.charts.render import render_png

CHART_WORD = "chart"


class Asks(Protocol):
    """What ask_for_chart needs of bot.answering.Engine."""

    def understand(self, question: str, scope: str = ...) -> Query: ...

    def answer(self, query: Query, scope: str = ..., *, log_misses: bool = ...) -> Answer: ...


@dataclass(frozen=True)
class ChartReply:
    answer: Answer  # what to show beside the chart, or instead of it
    chart: ChartData | None  # None: nothing to draw (one period, unknown, ambiguous)
    note: str | None = None  # why there is no chart although one was asked for
    png: bytes | None = field(default=None, repr=False)  # set when asked to render

    @property
    def filename(self) -> str:
        """ "sony-smartphones-sold.png": the attachment's name."""
        if self.chart is None:
            return "chart.png"
        slug = re.sub(r"[^a-z0-9]+", "-", f"{self.chart.entity} {self.chart.metric}".lower())
        return f"{slug.strip('-')[:60] or 'chart'}.png"


def ask_for_chart(
    engine: Asks,
    question: str,
    scope: str,
    *,
    force: bool = True,
    render: bool = False,
    log_misses: bool = False,
) -> ChartReply:
    """Ask QUESTION and chart the answer. Raises QuestionError for an unaskable question.

    force=True (the chart commands): ask it as a trend question whatever its words.
    force=False (/ask, mentions): chart it only if it asks for a trend or a chart; any
    other question gets its usual answer and no chart.
    render=True: draw the PNG too (slow: call it off the event loop)."""
    # understood once (its lines kept: a quoted line above it is read off), again only to
    # force a chart
    query = engine.understand(question, scope)
    text = query.text
    trend = query.intent is Intent.TREND
    if force and not trend and len(text) + len(CHART_WORD) < MAX_QUESTION_LENGTH:
        query = engine.understand(f"{CHART_WORD} {text}", scope)
    answer = engine.answer(query, scope, log_misses=log_misses)
    if answer.question != text:
        answer = replace(answer, question=text)
    if not (trend or force):
        return ChartReply(answer, None)
    reply = chart_reply(answer)
    if render and reply.chart is not None:
        reply = replace(reply, png=render_png(reply.chart))
    return reply


def chart_reply(answer: Answer) -> ChartReply:
    """The chart of an answer to a trend question, or the reason there is none. (For an
    answer to any other question use `trend_chart`, which is None unless it is a trend.)"""
    chart = trend_chart(answer)
    if chart is not None or answer.status is not Status.ANSWERED or not answer.facts:
        return ChartReply(answer, chart)
    main = answer.facts[0]
    note = (
        f"I have {possessive(main.fact.entity)} {main.fact.metric} for one period only "
        f"({short_when(main)}), so here is the figure rather than a chart."
    )
    return ChartReply(replace(answer, text=f"{note} {answer.text}"), None, note)
