"""What the extractor takes in (the store's names) and gives out (proposals)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.facts.model import Kind, Period
from bot.facts.periods import CALENDAR, FiscalCalendar


@dataclass(frozen=True)
class KnownEntity:
    name: str
    aliases: tuple[str, ...] = ()
    calendar: FiscalCalendar = CALENDAR
    # the one dollar other than the US's that its stored figures are in: a report's bare
    # "$" about it is that dollar unless the report says otherwise
    dollar: str | None = None
    # likewise the one rupee other than India's: a report that names its country too seldom
    # to say whose "Rs" it writes is in the rupee of the company's earlier reports
    rupee: str | None = None
    # days the company's stored or pending periods end on, when not a month's last day (a
    # 52/53-week year's "August 2, 2025"): a report that names none reads its weeks from them
    period_ends: tuple[date, ...] = ()


@dataclass(frozen=True)
class KnownMetric:
    name: str
    synonyms: tuple[str, ...] = ()
    unit: str | None = None


@dataclass(frozen=True)
class Proposal:
    entity: str
    metric: str
    kind: Kind
    period: Period
    value: float
    unit: str
    as_of: date
    quote: str
    start: int  # offset of the quote in the report
    headline: bool = False
    metric_synonyms: tuple[str, ...] = ()  # for a metric the store does not have yet
    entity_aliases: tuple[str, ...] = ()  # other names the report uses for the entity
    note: str = ""
    value_high: float | None = None  # the upper end of a range ("212,000 to 217,000")
    from_table: bool = False
    total_row: bool = False  # a table's "Total" row: the prose usually states it too
    # a plan confirmed on this day that the text says was first stated earlier: both
    # statements are facts, so this one is not merged into the earlier one
    confirmed: bool = False

    @property
    def figure_key(self) -> tuple:
        return (
            self.entity.casefold(),
            self.metric.casefold(),
            self.kind,
            self.period,
            round(self.value, 6),
            None if self.value_high is None else round(self.value_high, 6),
            self.unit,
        )


@dataclass(frozen=True)
class Extraction:
    proposals: tuple[Proposal, ...]
    entity: str  # the company the report is about
    title: str | None
    credit: str | None  # "source: ..." line, a publisher when none is given
    new_entities: tuple[str, ...] = ()  # names the store does not know
    dollar: str | None = None  # the non-US dollar the report says its "$" is
