"""From a trend Answer to ChartData: which facts are plotted, in which panel and series,
under which labels. Pure data, no matplotlib, so tests can check the chart's content and
`render.py` only has to draw it.

Rules, from issue 6:
- one entity's one metric (the answer's first fact) in one unit;
- annual and quarterly figures are never on one axis: each period length gets its own
  panel (years, halves, quarters, months, other), longest first; a question that asks
  "by quarter" or "by year" gets only that panel when the store has it;
- actuals are bars; targets and forecasts are lines across the bar; the current
  statement of a figure is solid, earlier statements are faint and carry their as-of date;
- period labels are the entity's own (`periods.label`: "FY2013", "Q3 2013"), values are
  written the way people write them (`format_quantity(..., "short")`: "39M", "¥40B").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from bot.answering.answer import Answer, Status
from bot.answering.phrases import calendar_of, day, possessive
from bot.facts.model import FactView, Kind, Period, Quantity, Source
from bot.facts.periods import FiscalCalendar, label, span
from bot.facts.quantities import format_quantity

TREND_INTENT = "trend"

# Period lengths in months -> (granularity, panel title); anything else is "other".
_GRANULARITIES: dict[int, str] = {12: "year", 6: "half", 3: "quarter", 1: "month"}
_ORDER = ("year", "half", "quarter", "month", "other")
_TITLES = {
    "year": "Years",
    "half": "Half years",
    "quarter": "Quarters",
    "month": "Months",
    "other": "Other periods",
}
_KIND_ORDER = (Kind.ACTUAL, Kind.TARGET, Kind.FORECAST)
_KIND_NAMES = {Kind.ACTUAL: "Actual", Kind.TARGET: "Target", Kind.FORECAST: "Forecast"}

# "xperia units by quarter", "quarterly sales", "sales per year", "annual sales".
_ASKS_QUARTERS = re.compile(
    r"\b(?:quarterly|(?:by|per|each|every)\s+(?:fiscal\s+)?quarters?|quarter\s+by\s+quarter"
    r"|over\s+the\s+(?:last\s+few\s+)?quarters|qoq)\b",
    re.IGNORECASE,
)
_ASKS_YEARS = re.compile(
    r"\b(?:annual(?:ly)?|yearly|(?:by|per|each|every)\s+(?:fiscal\s+)?years?|year\s+by\s+year"
    r"|yoy)\b",
    re.IGNORECASE,
)

SOURCES_SHOWN = 4  # the footer names this many sources, then "and N more"


@dataclass(frozen=True)
class Point:
    """One plotted fact."""

    fact_id: int | None
    period: Period
    period_label: str  # the x position's label: "FY2013"
    value: float
    value_label: str  # "39M", "¥40B", "29.6%"
    as_of: date
    note: str = ""  # earlier statements: "stated 31 Oct 2013"


@dataclass(frozen=True)
class Series:
    kind: Kind
    current: bool  # False: statements later revised (drawn faint)
    name: str  # the legend's words: "Actual", "Target", "Target as of 31 Oct 2013" (earlier)
    style: str  # "bar" (actuals) or "line" (a line across the period: targets, forecasts)
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Panel:
    """One axis: periods of one length, oldest first."""

    granularity: str  # "year", "half", "quarter", "month" or "other"
    title: str  # "Fiscal years", "Quarters"
    periods: tuple[Period, ...]
    labels: tuple[str, ...]  # x tick labels, in the entity's naming
    sublabels: tuple[str, ...]  # the months when the label alone could mislead ("Jul – Sep")
    gaps: tuple[int, ...]  # i: periods[i] and periods[i + 1] are not back to back
    series: tuple[Series, ...]

    def index(self, period: Period) -> int:
        return self.periods.index(period)


@dataclass(frozen=True)
class ChartData:
    question: str
    entity: str
    metric: str
    unit: str
    title: str  # "Sony · smartphones sold"
    subtitle: str  # range, the fiscal calendar
    panels: tuple[Panel, ...]
    sources: tuple[str, ...]  # footer lines: "[1] Title — Publisher, 14 May 2014"
    facts: tuple[FactView, ...]  # every plotted fact, panel by panel, series by series

    @property
    def series(self) -> tuple[Series, ...]:
        return tuple(s for p in self.panels for s in p.series)

    def panel(self, granularity: str) -> Panel | None:
        return next((p for p in self.panels if p.granularity == granularity), None)


def granularity_of(period: Period) -> str:
    """ "year" for 12 whole months, "quarter" for 3, ...; anything else is "other"."""
    if period.start.day != 1:
        return "other"
    return _GRANULARITIES.get(period.months, "other")


def asked_granularity(question: str) -> str | None:
    """ "quarter" for "xperia units by quarter", "year" for "annual sales", else None (both)."""
    quarters, years = _ASKS_QUARTERS.search(question), _ASKS_YEARS.search(question)
    if quarters and not years:
        return "quarter"
    if years and not quarters:
        return "year"
    return None


def short_value(value: float, unit: str) -> str:
    return format_quantity(Quantity(value, unit), "short")


def trend_chart(answer: Answer) -> ChartData | None:
    """The chart of a trend answer; None for any other answer (a value, unknown, ambiguous)."""
    if answer.intent != TREND_INTENT or answer.status is not Status.ANSWERED or not answer.facts:
        return None
    return chart_of(answer.facts, question=answer.question)


def chart_of(views: Sequence[FactView], *, question: str = "") -> ChartData | None:
    """Chart the series of VIEWS[0] (its entity, metric and unit) over every period given."""
    if not views:
        return None
    main = views[0].fact
    same = [
        v
        for v in views
        if (v.fact.entity, v.fact.metric, v.fact.unit) == (main.entity, main.metric, main.unit)
    ]
    by_granularity: dict[str, list[FactView]] = {}
    for v in same:
        by_granularity.setdefault(granularity_of(v.fact.period), []).append(v)
    wanted = asked_granularity(question)
    if wanted in by_granularity:
        by_granularity = {wanted: by_granularity[wanted]}
    cal = calendar_of(views[0])
    panels: list[Panel] = []
    plotted: list[FactView] = []
    for g in _ORDER:
        if g in by_granularity:
            panel, drawn = _panel(g, by_granularity[g], cal)
            panels.append(panel)
            plotted += drawn
    return ChartData(
        question=question,
        entity=main.entity,
        metric=main.metric,
        unit=main.unit,
        title=f"{main.entity} · {main.metric}",
        subtitle=_subtitle(main.entity, panels, cal),
        panels=tuple(panels),
        sources=_source_lines(v.source for v in plotted),
        facts=tuple(plotted),
    )


def _panel(
    granularity: str, views: list[FactView], cal: FiscalCalendar
) -> tuple[Panel, list[FactView]]:
    """The panel, and the facts it draws in drawing order."""
    periods = tuple(sorted({v.fact.period for v in views}))
    series: list[Series] = []
    drawn: list[FactView] = []
    for kind in _KIND_ORDER:
        of_kind = sorted(
            (v for v in views if v.fact.kind is kind), key=lambda v: (v.fact.period, v.revision)
        )
        current = [v for v in of_kind if v.is_current]
        if current:
            series.append(_series(kind, True, current, cal))
            drawn += current
        # Earlier statements: one series per as-of date, oldest first.
        for as_of in sorted({v.fact.as_of for v in of_kind if not v.is_current}):
            earlier = [v for v in of_kind if not v.is_current and v.fact.as_of == as_of]
            series.append(_series(kind, False, earlier, cal))
            drawn += earlier
    title = _TITLES[granularity]
    if granularity == "year" and not cal.is_calendar:
        title = "Fiscal years"
    panel = Panel(
        granularity=granularity,
        title=title,
        periods=periods,
        labels=tuple(label(p, cal) for p in periods),
        sublabels=tuple(_sublabel(p, granularity, cal) for p in periods),
        gaps=tuple(
            i for i in range(len(periods) - 1) if not _back_to_back(periods[i], periods[i + 1])
        ),
        series=tuple(series),
    )
    return panel, drawn


def _series(kind: Kind, current: bool, views: list[FactView], cal: FiscalCalendar) -> Series:
    name = _KIND_NAMES[kind]
    if not current:
        name += f" as of {day(views[0].fact.as_of)}"
    points = tuple(
        Point(
            fact_id=v.fact.id,
            period=v.fact.period,
            period_label=label(v.fact.period, cal),
            value=v.fact.value,
            value_label=short_value(v.fact.value, v.fact.unit),
            as_of=v.fact.as_of,
            note="" if current else f"stated {day(v.fact.as_of)}",
        )
        for v in views
    )
    style = "bar" if kind is Kind.ACTUAL and current else "line"
    return Series(kind=kind, current=current, name=name, style=style, points=points)


def _sublabel(period: Period, granularity: str, cal: FiscalCalendar) -> str:
    """The months of a quarter or half ("Jul – Sep") for an entity whose fiscal year is not
    the calendar year, where "Q3 2013" alone could be read as a fiscal quarter."""
    if cal.is_calendar or granularity not in ("quarter", "half"):
        return ""
    months = span(period)
    year = str(period.end.year)
    return months[: -len(year)].strip() if months.endswith(year) else months


def _back_to_back(a: Period, b: Period) -> bool:
    return (b.start - a.end).days <= 1


def _subtitle(entity: str, panels: Sequence[Panel], cal: FiscalCalendar) -> str:
    """How to read the periods: the fiscal year for a non-calendar entity, else the range."""
    if cal.is_calendar:
        ranges = [
            p.labels[0] if len(p.labels) == 1 else f"{p.labels[0]} – {p.labels[-1]}" for p in panels
        ]
        return "Every period on record: " + " and ".join(ranges)
    # The example year: the latest with an actual figure, else the latest, else any period.
    years = [p for panel in panels if panel.granularity == "year" for p in panel.periods]
    actual = [
        pt.period
        for panel in panels
        if panel.granularity == "year"
        for s in panel.series
        if s.kind is Kind.ACTUAL
        for pt in s.points
    ]
    example = max(actual or years or [panels[0].periods[0]])
    fy = cal.fiscal_year_of(example.start)
    year = cal.year(fy)
    return (
        f"{possessive(entity)} fiscal year runs {year.start:%b} – {year.end:%b}: "
        f"FY{fy} is {span(year)}"
    )


def _source_lines(sources: Iterable[Source]) -> tuple[str, ...]:
    unique: dict[str, Source] = {}
    for s in sources:
        unique.setdefault(s.key, s)
    lines = []
    for n, s in enumerate(unique.values(), start=1):
        title = s.title if len(s.title) <= 90 else s.title[:89].rstrip() + "…"
        extra = ", ".join(x for x in (s.publisher, day(s.published) if s.published else None) if x)
        lines.append(f"[{n}] {title}" + (f" — {extra}" if extra else ""))
    if len(lines) > SOURCES_SHOWN:
        hidden = len(lines) - SOURCES_SHOWN + 1
        lines = [*lines[: SOURCES_SHOWN - 1], f"… and {hidden} more sources"]
    return tuple(lines)
