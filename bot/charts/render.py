"""ChartData -> PNG bytes with matplotlib's object-oriented API and the Agg canvas.

No pyplot: a Figure drawn on its own FigureCanvasAgg holds no global state, so charts can
be rendered from worker threads (the Discord bot renders with `asyncio.to_thread`).
matplotlib is imported inside the functions, so importing `bot.charts` stays cheap.

The picture is a dark card with light text: it reads the same on Discord's dark (#313338)
and light backgrounds, and its fonts are sized for Discord's ~550 px preview of a
1200 px image. Labels adapt to crowding: smaller, then vertical, then only the telling
ones (latest, highest, lowest); period names become "Q1 … Q4" over a row of years, or
every few periods'.
"""

from __future__ import annotations

import io
import math
import re
import textwrap
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.charts.data import ChartData, Panel, Series, short_value
from bot.facts.model import Kind

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# -- look ---------------------------------------------------------------------------------

WIDTH_IN = 8.0
DPI = 150  # 1200 px wide
BACKGROUND = "#1E1F22"
TEXT = "#F2F3F5"
MUTED = "#B5BAC1"
FAINT = "#80848E"
GRID = "#34363C"
COLOURS = {Kind.ACTUAL: "#5B9BF8", Kind.TARGET: "#F5B83D", Kind.FORECAST: "#EE82C0"}
ON_BAR = "#0B1526"  # value labels inside a bar
EARLIER_ALPHA = 0.55
GAP_STYLE = (0, (1, 2.5))  # dotted: a break between periods that are not back to back
FONT = "DejaVu Sans"  # ships with matplotlib: the same glyphs (¥, €, –, ·) everywhere

BAR_WIDTH = 0.5
LINE_HALF = 0.29  # a target line spans a little more than the bar
LABEL_PT = 11
LABEL_SIZES = (11.0, 9.5, 8.5)  # value labels shrink to fit before anything else gives
TICK_PT = 11
SMALL_PT = 9.0  # earlier statements' values
FOOTER_PT = 8.6
FOOTER_CHARS = 112  # characters of footer text across the card
HEADING_IN = 0.62  # footer headings ("Sources") sit in this column

# Vertical layout, in inches.
TOP_IN = 1.32  # title, subtitle, legend, panel titles
PLOT_IN = 2.55
TICKS_IN = 0.62
FOOTER_LINE_IN = 0.18
FOOTER_PAD_IN = 0.16
LEFT_IN = 0.72
RIGHT_IN = 0.2
GAP_IN = 0.78  # between panels: room for the next panel's value axis
MAX_SLOT_PX = 210  # a period is never wider than this: two bars do not fill a card

# Earlier statements get legend entries (with their dates) up to this many; beyond that
# the footer lists them with their dates.
EARLIER_IN_LEGEND = 3
EARLIER_ROWS = 2

_SPLIT_LABEL = re.compile(r"^(?P<head>\S+) (?P<year>\d{4})$")  # "Q3 2013" -> "Q3" / "2013"


def render_png(chart: ChartData) -> bytes:
    """The chart as a PNG image 1200 px wide (about 750 px high)."""
    out = io.BytesIO()
    figure(chart).savefig(out, format="png", dpi=DPI, facecolor="none",
                          metadata={"Software": None})  # fmt: skip
    return out.getvalue()


def figure(chart: ChartData) -> Figure:
    """The chart drawn on its own Agg canvas (no pyplot, no global state)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    footer = _footer_rows(chart)
    height = TOP_IN + PLOT_IN + TICKS_IN + FOOTER_PAD_IN + FOOTER_LINE_IN * len(footer)
    fig = Figure(figsize=(WIDTH_IN, height), dpi=DPI)
    FigureCanvasAgg(fig)
    _card(fig)
    _header(fig, chart, height)
    _panels(fig, chart, height, bottom_in=FOOTER_PAD_IN + FOOTER_LINE_IN * len(footer) + TICKS_IN)
    _footer(fig, footer, height)
    return fig


# -- the card: header, legend, footer --------------------------------------------------------


def _card(fig: Figure) -> None:
    """A rounded dark card on a transparent canvas."""
    from matplotlib.patches import FancyBboxPatch

    fig.patch.set_alpha(0)
    w, h = fig.get_size_inches()
    fig.add_artist(
        FancyBboxPatch(
            (0, 0), 1, 1, boxstyle="round,pad=0,rounding_size=0.018", mutation_aspect=w / h,
            transform=fig.transFigure, facecolor=BACKGROUND, edgecolor="none", zorder=-10,
        )
    )  # fmt: skip


def _left() -> float:
    return LEFT_IN / WIDTH_IN * 0.5


def _header(fig: Figure, chart: ChartData, height: float) -> None:
    title = textwrap.shorten(chart.title, 64, placeholder="…")
    subtitle = textwrap.shorten(chart.subtitle, 118, placeholder="…")
    fig.text(_left(), 1 - 0.2 / height, title, color=TEXT, fontsize=17, weight="bold",
             family=FONT, va="top", ha="left", parse_math=False)  # fmt: skip
    fig.text(_left(), 1 - 0.56 / height, subtitle, color=MUTED, fontsize=10.5,
             family=FONT, va="top", ha="left", parse_math=False)  # fmt: skip
    handles = _legend_handles(chart)
    fig.legend(
        handles=handles, loc="upper left", bbox_to_anchor=(_left(), 1 - 0.8 / height),
        ncol=len(handles), frameon=False, labelcolor=MUTED, handlelength=1.6,
        columnspacing=1.4, handletextpad=0.5, borderaxespad=0, borderpad=0,
        prop={"family": FONT, "size": 10},
    )  # fmt: skip


def _earlier_in_footer(chart: ChartData) -> bool:
    return len({s.name for s in chart.series if not s.current}) > EARLIER_IN_LEGEND


def _legend_handles(chart: ChartData) -> list[Any]:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles: list[Any] = []
    seen: set[str] = set()
    kinds = list(COLOURS)
    for s in sorted(chart.series, key=lambda s: (kinds.index(s.kind), not s.current)):
        name = s.name
        if not s.current and _earlier_in_footer(chart):
            name = f"Earlier {s.kind.value}s (faint, see below)"
        if name in seen:
            continue
        seen.add(name)
        colour = COLOURS[s.kind]
        if s.style == "bar":
            handles.append(Patch(facecolor=colour, edgecolor="none", label=name))
        else:
            handles.append(
                Line2D([], [], color=colour, lw=3 if s.current else 2,
                       ls="-" if s.current else (0, (2, 1.5)),
                       alpha=1 if s.current else EARLIER_ALPHA, label=name)
            )  # fmt: skip
    if any(p.gaps for p in chart.panels):
        handles.append(Line2D([], [], color=FAINT, lw=1.2, ls=GAP_STYLE, label="periods missing"))
    return handles


def _footer_rows(chart: ChartData) -> list[tuple[str, str]]:
    """(heading, text) rows: the sources, and earlier statements the legend had no room for."""
    rows: list[tuple[str, str]] = []

    def section(heading: str, lines: list[str]) -> None:
        wrapped = [part for line in lines for part in _wrap(line)]
        rows.extend((heading if i == 0 else "", part) for i, part in enumerate(wrapped))

    if _earlier_in_footer(chart):
        section("Earlier", [_fit_notes(_earlier_notes(chart), EARLIER_ROWS)])
    section("Sources" if len(chart.sources) > 1 else "Source", list(chart.sources))
    return rows


def _fit_notes(notes: list[str], rows: int) -> str:
    """As many notes, latest first, as fit in ROWS footer rows; then how many more."""
    notes = notes[::-1]
    for shown in range(len(notes), 0, -1):
        more = len(notes) - shown
        text = "; ".join(notes[:shown]) + (f"; and {more} more" if more else "")
        if len(_wrap(text)) <= rows:
            return text
    return f"{len(notes)} earlier statements"


def _wrap(line: str) -> list[str]:
    return textwrap.wrap(line, FOOTER_CHARS, subsequent_indent="     ") or [""]


def _earlier_notes(chart: ChartData) -> list[str]:
    """ "Q1 2024 forecast $120M (20 Jun 2022), $150M (15 Nov 2022)", one per figure."""
    notes: dict[tuple[str, str], list[str]] = {}
    for s in chart.series:
        if not s.current:
            for p in s.points:
                notes.setdefault((p.period_label, s.kind.value), []).append(
                    f"{p.value_label} ({p.note.removeprefix('stated ')})"
                )
    return [f"{period} {kind} {', '.join(values)}" for (period, kind), values in notes.items()]


def _footer(fig: Figure, rows: list[tuple[str, str]], height: float) -> None:
    for i, (heading, line) in enumerate(rows):
        y = (FOOTER_PAD_IN + FOOTER_LINE_IN * (len(rows) - 1 - i)) / height
        if heading:
            fig.text(_left(), y, heading, color=MUTED, fontsize=FOOTER_PT, weight="bold",
                     family=FONT, va="bottom", ha="left", parse_math=False)  # fmt: skip
        fig.text(_left() + HEADING_IN / WIDTH_IN, y, line, color=MUTED, fontsize=FOOTER_PT,
                 family=FONT, va="bottom", ha="left", parse_math=False)  # fmt: skip


# -- panels ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Geometry:
    """What fits in one panel: pixels per period and per value unit."""

    slot_px: float  # one period's width
    px_per_unit: float  # vertical pixels per unit of value

    def fits(self, text: str, size: float, width: float, *, bold: bool = True) -> bool:
        return _text_px(text, size, bold) <= width * self.slot_px


def _text_px(text: str, size: float, bold: bool = False) -> float:
    """A generous estimate of a DejaVu Sans line's width in pixels."""
    longest = max(text.split("\n"), key=len)
    return len(longest) * size * DPI / 72 * (0.66 if bold else 0.6)


def _line_px(size: float) -> float:
    return size * 1.3 * DPI / 72


def _panels(fig: Figure, chart: ChartData, height: float, *, bottom_in: float) -> None:
    n = len(chart.panels)
    plot_w = WIDTH_IN - LEFT_IN - RIGHT_IN
    slots = [len(p.periods) + 1.0 for p in chart.panels]
    ratios = [max(s, 0.4 * sum(slots)) for s in slots]  # a short panel keeps a readable width
    avg = (plot_w - GAP_IN * (n - 1)) / n
    grid = fig.add_gridspec(
        1, n, width_ratios=ratios, left=LEFT_IN / WIDTH_IN, right=1 - RIGHT_IN / WIDTH_IN,
        top=1 - TOP_IN / height, bottom=bottom_in / height, wspace=GAP_IN / avg,
    )  # fmt: skip
    for i, panel in enumerate(chart.panels):
        ax = fig.add_subplot(grid[0, i])
        _draw_panel(fig, ax, panel, chart.unit, titled=n > 1)


def _draw_panel(fig: Figure, ax: Axes, panel: Panel, unit: str, *, titled: bool) -> None:
    values = [p.value for s in panel.series for p in s.points]
    low, high = min(0.0, *values), max(0.0, *values)
    span = (high - low) or 1.0
    ylim = (low - (0.1 * span if low < 0 else 0), high + 0.1 * span)
    ax.set_ylim(*ylim)
    count = len(panel.periods)
    box = ax.get_position()
    w_px, h_px = box.width * WIDTH_IN * DPI, box.height * fig.get_size_inches()[1] * DPI
    # Room on the right for the labels beside the last period's lines, in pixels.
    last = [p.value_label for s in panel.series if s.style == "line" for p in s.points
            if panel.index(p.period) == count - 1]  # fmt: skip
    label_px = max((_text_px(t, LABEL_PT, True) for t in last), default=0.0)
    left_slots, right_slots = 0.6, (LINE_HALF + 0.1 if last else 0.6)
    slot = (w_px - label_px) / (count - 1 + left_slots + right_slots)
    if slot > MAX_SLOT_PX:  # few periods: centre them rather than stretch the bars
        slot = MAX_SLOT_PX
    left = (
        -left_slots - (w_px - slot * (count - 1 + left_slots + right_slots) - label_px) / 2 / slot
    )
    right = left + w_px / slot
    ax.set_xlim(left, right)
    geo = _Geometry(slot_px=slot, px_per_unit=h_px / (ylim[1] - ylim[0]))

    _style_axes(ax, panel, unit, titled)
    _ticks(ax, panel, geo)
    for i in panel.gaps:  # periods missing in between: a dotted break
        ax.axvline(i + 0.5, color=FAINT, lw=1.2, ls=GAP_STYLE)

    lines_at: dict[int, list[float]] = {}
    for s in panel.series:
        if s.style == "line":
            for p in s.points:
                lines_at.setdefault(panel.index(p.period), []).append(p.value)
    beside: dict[int, list[_Label]] = {}
    for s in panel.series:
        if s.style == "bar":
            _bars(ax, panel, s, lines_at, geo)
        else:
            _lines(ax, panel, s, beside, geo)
    for labels in beside.values():
        _place_beside(ax, labels, geo)


def _style_axes(ax: Axes, panel: Panel, unit: str, titled: bool) -> None:
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    ax.set_facecolor("none")
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.axhline(0, color=FAINT, lw=1.1, zorder=1.5)  # the baseline, wherever zero is
    ax.yaxis.set_major_locator(MaxNLocator(nbins=4, min_n_ticks=3))
    ax.yaxis.set_major_formatter(
        FuncFormatter(lambda v, _: short_value(float(v), unit).replace("$", r"\$"))
    )
    ax.tick_params(axis="y", colors=MUTED, labelsize=9.5, length=0, pad=6, labelfontfamily=FONT)
    ax.tick_params(axis="x", colors=TEXT, labelsize=TICK_PT, length=0, pad=7,
                   labelfontfamily=FONT)  # fmt: skip
    ax.grid(axis="y", color=GRID, linewidth=0.9)
    ax.set_axisbelow(True)
    if titled:
        ax.set_title(panel.title, loc="left", color=MUTED, fontsize=10.5, family=FONT, pad=8)


def _ticks(ax: Axes, panel: Panel, geo: _Geometry) -> None:
    """Period names under the bars: in full with their months if they fit; else "Q3" over a
    row of years; else every few periods' names."""
    count = len(panel.periods)
    ax.set_xticks(range(count))
    full = all(geo.fits(lab, TICK_PT, 0.95, bold=False) for lab in panel.labels)
    split = [_SPLIT_LABEL.match(lab) for lab in panel.labels]
    if full:
        ax.set_xticklabels(panel.labels)
        subs = panel.sublabels
        if all(geo.fits(s, 9, 0.95, bold=False) for s in subs):
            for i, sub in enumerate(subs):
                if sub:
                    _under_axis(ax, i, sub, offset=-25, size=9, colour=FAINT)
    elif all(split):  # "Q3" under each bar (if even that fits), the year under its quarters
        heads = [m["head"] for m in split]  # type: ignore[index]
        fit = all(geo.fits(h, TICK_PT, 0.95, bold=False) for h in heads)
        ax.set_xticklabels(heads if fit else [""] * count)
        years: dict[str, list[int]] = {}
        for i, m in enumerate(split):
            years.setdefault(m["year"], []).append(i)  # type: ignore[index]
        for year, xs in years.items():
            _under_axis(ax, sum(xs) / len(xs), year, offset=-25 if fit else -8, size=9.5,
                        colour=MUTED)  # fmt: skip
    else:  # every k-th name, always the latest
        widest = max(_text_px(lab, TICK_PT) for lab in panel.labels)
        step = math.ceil(widest / (0.9 * geo.slot_px))
        ax.set_xticklabels(
            [lab if (count - 1 - i) % step == 0 else "" for i, lab in enumerate(panel.labels)]
        )


def _under_axis(ax: Axes, x: float, text: str, *, offset: float, size: float, colour: str) -> None:
    ax.annotate(text, (x, 0), xycoords=("data", "axes fraction"), xytext=(0, offset),
                textcoords="offset points", ha="center", va="top", color=colour,
                fontsize=size, family=FONT, parse_math=False)  # fmt: skip


# -- bars and lines --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Label:
    x: float
    y: float
    text: str
    colour: str
    alpha: float
    size: float
    bold: bool


def _telling(values: list[float]) -> set[int]:
    """Which points to label when not all fit: the latest, the highest, the lowest."""
    if not values:
        return set()
    return {len(values) - 1, values.index(max(values)), values.index(min(values))}


def _bars(
    ax: Axes, panel: Panel, s: Series, lines_at: dict[int, list[float]], geo: _Geometry
) -> None:
    xs = [panel.index(p.period) for p in s.points]
    ax.bar(xs, [p.value for p in s.points], width=BAR_WIDTH, color=COLOURS[s.kind], zorder=2)
    texts = [p.value_label for p in s.points]
    size = next((z for z in LABEL_SIZES if all(geo.fits(t, z, 0.95) for t in texts)), None)
    bar_px = BAR_WIDTH * geo.slot_px
    vertical = size is None and bar_px >= 9 * 1.15 * DPI / 72
    shown = set(range(len(texts))) if size or vertical else _telling([p.value for p in s.points])
    size = size or (9.0 if vertical else LABEL_SIZES[-1])
    pad = 4 / geo.px_per_unit
    for i in shown:
        x, p = xs[i], s.points[i]
        sign = 1 if p.value >= 0 else -1
        need = (_text_px(texts[i], size, True) if vertical else _line_px(size)) / geo.px_per_unit
        wide = not vertical and _text_px(texts[i], size, True) > 0.92 * bar_px
        room = abs(p.value) > need + 2 * pad and not wide
        near_top = (p.value - sign * (need + 2 * pad), p.value + sign * pad)
        crossed = any(min(near_top) <= y <= max(near_top) for y in lines_at.get(x, ()))
        if room and not crossed:  # inside the bar, at its end
            y, va, colour = p.value - sign * pad, ("top" if sign > 0 else "bottom"), ON_BAR
        elif room and abs(p.value) / 2 > need / 2 + pad:  # a line crosses the end: middle
            y, va, colour = p.value / 2, "center", ON_BAR
        else:  # too short: beyond its end
            y, va, colour = p.value + sign * pad, ("bottom" if sign > 0 else "top"), TEXT
        text = ax.text(x, y, texts[i], ha="center", va=va, color=colour, fontsize=size,
                       weight="bold", family=FONT, zorder=4, rotation=90 if vertical else 0,
                       parse_math=False)  # fmt: skip
        if colour == TEXT:  # outside the bar, maybe over a neighbour: keep it legible
            _halo(text)


def _lines(
    ax: Axes, panel: Panel, s: Series, beside: dict[int, list[_Label]], geo: _Geometry
) -> None:
    """A target or forecast: a line across its period, its value beside it if that fits
    (else only the latest one's); earlier statements faint and dashed."""
    colour = COLOURS[s.kind]
    alpha = 1.0 if s.current else EARLIER_ALPHA
    room = 1 - LINE_HALF * 2 - 0.06  # between this period's line and the next one's
    texts = [p.value_label for p in s.points]
    inner = [p.value_label for p in s.points if panel.index(p.period) < len(panel.periods) - 1]
    sizes = (LABEL_PT, 9.5) if s.current else (SMALL_PT,)
    size = next((z for z in sizes if all(geo.fits(t, z, room, bold=s.current) for t in inner)),
                None)  # fmt: skip
    xs = [panel.index(p.period) for p in s.points]
    ax.hlines(
        [p.value for p in s.points], [x - LINE_HALF for x in xs], [x + LINE_HALF for x in xs],
        colors=colour, alpha=alpha, zorder=3, linewidths=3.2 if s.current else 2.2,
        linestyles="-" if s.current else (0, (2, 1.5)), capstyle="round" if s.current else "butt",
    )  # fmt: skip
    for i, (x, p) in enumerate(zip(xs, s.points, strict=True)):
        if x == len(panel.periods) - 1:  # the last period has room reserved on the right
            label_size: float | None = LABEL_PT if s.current else SMALL_PT
        else:
            label_size = size
        if label_size is not None:
            beside.setdefault(x, []).append(
                _Label(x + LINE_HALF + 0.06, p.value, texts[i], colour, alpha, label_size,
                       bold=s.current)
            )  # fmt: skip


def _place_beside(ax: Axes, labels: list[_Label], geo: _Geometry) -> None:
    """Labels beside one period's lines, nudged upwards where they would overlap."""
    top = None
    for lab in sorted(labels, key=lambda lab: lab.y):
        half = _line_px(lab.size) / 2 / geo.px_per_unit
        y = lab.y if top is None else max(lab.y, top + half)
        top = y + half
        text = ax.text(lab.x, y, lab.text, ha="left", va="center", color=lab.colour,
                       alpha=lab.alpha, fontsize=lab.size, weight="bold" if lab.bold else "normal",
                       family=FONT, zorder=4, parse_math=False)  # fmt: skip
        _halo(text)


def _halo(text: Any) -> None:
    """An outline in the card's colour, so a label crossing a bar or a line stays legible."""
    from matplotlib import patheffects

    text.set_path_effects([patheffects.withStroke(linewidth=3, foreground=BACKGROUND)])
