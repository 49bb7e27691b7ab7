"""ask_for_chart: the path the chart commands share (and /ask can share)."""

from __future__ import annotations

import pytest

from bot.answering import Status
from bot.answering.engine import QuestionError
from bot.charts import ask_for_chart

SCOPE = "shared"


def test_a_chart_command_charts_a_question_without_trend_words(shared_engine):
    reply = ask_for_chart(shared_engine, "sony smartphone sales", SCOPE)
    assert reply.answer.question == "sony smartphone sales"  # as typed, not as re-asked
    assert reply.answer.intent == "trend"
    assert reply.chart is not None and reply.note is None
    assert reply.png is None  # drawing is asked for separately: it is the slow part
    assert reply.filename == "sony-smartphones-sold.png"


def test_render_draws_the_png(shared_engine):
    reply = ask_for_chart(shared_engine, "xperia units by quarter", SCOPE, render=True)
    assert reply.png is not None and reply.png.startswith(b"\x89PNG")
    assert [p.granularity for p in reply.chart.panels] == ["quarter"]


def test_one_period_says_so_and_answers_with_the_figure(shared_engine):
    reply = ask_for_chart(shared_engine, "chart sony unit sales growth", SCOPE, render=True)
    assert reply.chart is None and reply.png is None
    assert reply.answer.status is Status.ANSWERED
    assert reply.note == (
        "I have Sony's mobile and PC unit sales growth for one period only (FY2013), "
        "so here is the figure rather than a chart."
    )
    assert reply.answer.text.startswith(reply.note)
    assert "29.6%" in reply.answer.text
    assert [v.fact.value for v in reply.answer.facts] == [29.6]


def test_nothing_matching_is_the_usual_unknown(shared_engine):
    reply = ask_for_chart(shared_engine, "chart samsung tv sales", SCOPE, render=True)
    plain = shared_engine.ask("chart samsung tv sales", SCOPE)
    assert reply.chart is None and reply.note is None
    assert reply.answer == plain
    assert reply.answer.status is Status.UNKNOWN


def test_without_force_only_trend_questions_are_charted(shared_engine):
    value = ask_for_chart(shared_engine, "how many phones did sony sell in fiscal 2013", SCOPE,
                          force=False)  # fmt: skip
    assert value.chart is None and value.note is None
    assert value.answer == shared_engine.ask("how many phones did sony sell in fiscal 2013")
    trend = ask_for_chart(shared_engine, "how are Xperia sales trending?", SCOPE, force=False)
    assert trend.chart is not None


def test_an_unaskable_question_is_refused(shared_engine):
    with pytest.raises(QuestionError):
        ask_for_chart(shared_engine, "   ", SCOPE)
