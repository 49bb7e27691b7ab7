"""Charts of trend answers: an Answer's facts -> ChartData -> PNG bytes.

    chart = trend_chart(answer)      # None unless answer.intent == "trend"
    png = render_png(chart)          # bytes; matplotlib (Agg) is imported on first use

    reply = ask_for_chart(engine, question, scope)   # what the chart commands share

Pure: no Discord, no SQL, and no matplotlib until something is rendered.
"""

from bot.charts.data import ChartData, Panel, Point, Series, chart_of, trend_chart
from bot.charts.render import render_png
from bot.charts.reply import ChartReply, ask_for_chart, chart_reply

__all__ = [
    "ChartData",
    "ChartReply",
    "Panel",
    "Point",
    "Series",
    "ask_for_chart",
    "chart_of",
    "chart_reply",
    "render_png",
    "trend_chart",
]
