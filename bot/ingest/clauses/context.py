"""What one sentence's reading shares: the report-wide Context carried from sentence to
sentence, and the Slot each figure's roles are read into."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from bot.facts.model import Kind, Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.entities import Names
from bot.ingest.figures import Figure
from bot.ingest.metric_names import Metric
from bot.ingest.metrics import MetricReader


@dataclass
class Context:
    published: date
    names: Names
    metrics: MetricReader
    anchor: Period | None = None  # the period the text was just talking about
    anchor_paragraph: int | None = None  # the paragraph that set it
    # the first period a paragraph talked about, and that paragraph: a part of that year
    # singled out later in the paragraph is no topic of the next one
    paragraph_topic: tuple[int, Period] | None = None
    # the company's own fiscal calendar, for a target with no period ("its current year")
    # when the report names its periods in calendar years
    fiscal: FiscalCalendar | None = None
    plan_period: Period | None = None  # the year of the last target or forecast stated
    # the quarter or half the last plan was for, and the paragraph that stated it
    short_plan: tuple[Period, int] | None = None
    launch: date | None = None  # the one launch date the report states, for lifetime totals
    last_name: str | None = None  # the product the sentence before named ("the AeroLine R290")
    # "revised the forecast ..., which was announced on May 13": the day the earlier figures
    # of a "previous forecast / revised forecast" notice were stated
    announced: date | None = None
    parent: Metric | None = None  # the metric of the list item this item is nested under
    heads_items: bool = False  # the list item being read has items nested under it
    currencies: dict[str, str] = field(default_factory=dict)  # "franc": CHF ("Swiss francs")
    list_kind: Kind | None = None  # the kind a list's lead-in gives its items ("2025 outlook:")
    lead_in: str | None = None  # the line a list hangs from ("Dealer inventory at July 31:")
    # the measure a heading over a list of parts names ("Organic growth by region")
    part_head: str | None = None
    # the line over a list of highlights, when it says what they are compared with:
    # "Third Quarter Highlights (compared with the third quarter of fiscal 2024)"
    compared_with: str | None = None
    seasons: tuple[int, int] | None = None  # (first month, months) of a season defined
    substances: dict[str, str] = field(default_factory=dict)  # "kgMS": "milk", as measured
    # the last measure stated in a unit of flow or power: "kboe/d": "total production"
    rates: dict[str, str] = field(default_factory=dict)
    whole: Metric | None = None  # the last money figure's metric, whose parts may follow
    # the money figures the text stated last (metric, amount), latest last: a part is of one
    # at least as large as itself
    wholes: list[tuple[Metric, float]] = field(default_factory=list)
    # the last count stated (its slot), whose named parts may follow: "... of them"
    count: Slot | None = None
    # the last figure of the sentence before, whose parts "Of these, ..." may list
    last_figure: Slot | None = None
    comparatives: bool = False  # the report writes prior-year figures in brackets
    questions: bool = False  # the report numbers its questions "Q1", "Q2", ...: no quarters
    outside_writer: bool = False  # a research desk writes the report, in a voice of its own


# Why a figure was left unproposed that a later rule naming it anew may undo: it had no
# name or period yet, or was judged by the name that rule replaces
RENAMEABLE_SKIPS = frozenset(
    {
        "",
        "no period",
        "a count of things, not of sales",
        "power of no measure the words name",
    }
)


@dataclass
class Slot:
    fig: Figure
    left: int  # own stretch [left, right)
    right: int
    metric: Metric | None = None
    kind: Kind | None = None
    period: Period | None = None
    entity: str | None = None
    as_of: date | None = None
    value: float = 0.0
    skip: bool = False
    note: str = ""
    aliases: tuple[str, ...] = ()
    of: Slot | None = None  # the figure a change is of ("72,593 ..., 11.3% fewer")
    subject: int = 0  # where its subject may start: after the figure before it
    share: str | None = None  # the segment a share of the whole is labelled with
    part: bool = False  # named for a product or segment it is a part of the whole
    subject_end: int | None = None  # "Japan sales view| cut by 70,000 to 2.01 mln"
    keyed: bool = False  # a comparative labelled by its period: "(fiscal 2023: £1,231.0m)"
    cumulative: bool = False  # a total since a launch: no period for the next sentence
    region: str | None = None  # an item of a list by region: "AU 84,200"
    keyed_day: date | None = None  # a comparative labelled by a day: "(30 April 2024: ...)"
    keyed_year: int | None = None  # a comparative labelled by a bare year: "(2024: £130.0m)"
    lead: Slot | None = None  # the rate this one is joined to: "2.1% QoQ and 6.8% YoY"
    level: bool = False  # a count on a day its clause names: "Open rooms reached ... at 31 March"
    framed: bool = False  # its period is the one talked about, the sentence naming none
