"""`salesbot chart "QUESTION" -o chart.png`: the figure over every period, as a PNG.

matplotlib is imported only when this command draws, so `salesbot ask` never loads it.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import click

from bot.cli.ask import scope_option
from bot.cli.context import AppContext, check_scope
from bot.facts.model import SalesBotError

NO_CHART = 1  # exit status: answered (or not), but nothing was drawn


@click.command()
@click.argument("question", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default="chart.png",
    show_default=True,
    help="Where to write the PNG.",
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print the answer and the facts plotted as JSON."
)
@scope_option
@click.pass_obj
def chart(app: AppContext, question: tuple[str, ...], output: str, as_json: bool, scope: str):
    """Chart QUESTION's figure over every period the store holds, e.g.
    `salesbot chart "xperia units by quarter" -o xperia.png`.

    Exit status 1 when there is nothing to draw (one period only, or no such figure):
    the answer is printed and no file is written."""
    from bot.answering.wording.render import fact_json, to_json, to_text
    from bot.charts import ask_for_chart, render_png

    scope = check_scope(scope)
    reply = ask_for_chart(app.engine(), " ".join(question), scope)  # QuestionError -> exit 2
    png = render_png(reply.chart) if reply.chart is not None else None
    path = Path(output)
    if png is not None:
        try:
            path.write_bytes(png)
        except OSError as e:
            raise SalesBotError(f"cannot write the chart to {output}: {e.strerror}") from None
    if as_json:
        out = to_json(reply.answer)
        if reply.chart is not None and png is not None:
            width, height = struct.unpack(">II", png[16:24])  # the PNG header's IHDR chunk
            out["facts"] = [fact_json(v) for v in reply.chart.facts]
            out["chart"] = {
                "path": str(path),
                "width": width,
                "height": height,
                "title": reply.chart.title,
                "panels": [
                    {
                        "granularity": p.granularity,
                        "title": p.title,
                        "labels": list(p.labels),
                        "series": [
                            {"name": s.name, "kind": s.kind.value, "current": s.current,
                             "fact_ids": [pt.fact_id for pt in s.points]}
                            for s in p.series
                        ],
                    }
                    for p in reply.chart.panels
                ],
                "sources": list(reply.chart.sources),
            }  # fmt: skip
        else:
            out["chart"] = None
        if reply.note:
            out["note"] = reply.note
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        click.echo(to_text(reply.answer))
        if png is not None:
            ids = ", ".join(f"#{v.fact.id}" for v in reply.chart.facts)
            click.echo(f"\nChart written to {path}; facts plotted: {ids}.")
    if png is None:
        click.get_current_context().exit(NO_CHART)


COMMANDS = (chart,)
