"""The PNG: produced quickly, of a sensible size, and its layout adapts to crowding. The
content itself is checked on ChartData (test_data.py); here only what drawing adds."""

from __future__ import annotations

import struct
import subprocess
import sys

import pytest

from bot.charts import chart_of, render_png, trend_chart
from bot.charts.render import WIDTH_IN, _footer_rows, figure
from tests.charts.factories import quarters, views

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def size_of(png: bytes) -> tuple[int, int]:
    assert png.startswith(PNG_SIGNATURE)
    return struct.unpack(">II", png[16:24])


@pytest.fixture(scope="module")
def sony_chart(shared_engine):
    return trend_chart(shared_engine.ask("chart sony smartphone sales"))


def test_the_seed_trend_renders_the_same_png_of_sensible_size_each_time(sony_chart):
    first = render_png(sony_chart)  # the first render imports matplotlib
    png = render_png(sony_chart)
    assert png == first  # deterministic: no timestamps, no state carried between renders
    width, height = size_of(png)
    assert width == 1200 and 650 <= height <= 900  # a wide card; Discord previews ~550 px
    assert 20_000 < len(png) < 500_000


def test_crowded_charts_still_render():
    rows = [
        ("actual", q, 1e8 * (1 + i / 10), "2024-02-01")
        for i, q in enumerate(q for y in range(2015, 2024) for q in quarters(y))
    ]
    rows += [("target", f"{y}-01-01/{y}-12-31", 5e8, f"{y - 1}-12-01") for y in range(2010, 2025)]
    rows += [("target", f"{y}-01-01/{y}-12-31", 4e8, f"{y - 1}-06-01") for y in range(2010, 2025)]
    chart = chart_of(views(rows, unit="EUR"))
    assert [len(p.periods) for p in chart.panels] == [15, 36]
    width, height = size_of(render_png(chart))
    assert width == 1200 and height < 1000


def test_many_earlier_statements_are_dated_in_the_footer():
    rows = [("forecast", q, 100 + i, f"2022-0{i + 1}-01") for i, q in enumerate(quarters(2023))]
    rows += [("forecast", q, 90, "2023-01-15") for q in quarters(2023)]
    chart = chart_of(views(rows, unit="units"))
    assert len([s for s in chart.series if not s.current]) == 4  # more than the legend takes
    rows_ = _footer_rows(chart)
    assert rows_[0][0] == "Earlier"
    footer = " ".join(" ".join(text for _, text in rows_).split())  # unwrapped
    assert "Q1 2023 forecast 100 (1 Jan 2022)" in footer
    assert "Q4 2023 forecast 103 (1 Apr 2022)" in footer
    assert rows_[-1] == ("Source", "[1] Quarterly report — Acme IR, 1 Feb 2024")


def test_dollar_signs_are_text_not_mathematics():
    """matplotlib reads "$120M … $150M" as mathematics unless told otherwise."""
    from matplotlib.text import Text

    rows = [("forecast", q, 1e8 + i, f"2022-0{i + 1}-01") for i, q in enumerate(quarters(2023))]
    rows += [("forecast", q, 9e7, "2023-01-15") for q in quarters(2023)]
    rows += [("actual", "2022-01-01/2022-12-31", 2e9, "2023-01-01")]
    fig = figure(chart_of(views(rows, unit="USD")))
    texts = [t for t in fig.findobj(Text) if "$" in t.get_text()]
    assert any(t.get_text().count("$") > 1 for t in texts)  # the footer's earlier statements
    for t in texts:
        assert not t.get_parse_math() or t.get_text().count("$") == t.get_text().count(r"\$")


def test_asking_never_imports_matplotlib():
    code = (
        "import sys; from bot.cli import cli; import bot.charts; "
        "assert 'matplotlib' not in sys.modules, 'matplotlib imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_figure_width_is_fixed():
    assert WIDTH_IN * 150 == 1200
