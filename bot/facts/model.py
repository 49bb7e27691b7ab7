"""The domain's values: small frozen dataclasses with no I/O.

Everything above the store speaks in these types; only `store.py` turns them into rows.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from bot import patterns

SHARED_SCOPE = "shared"
"""Scope of the bundled seed facts and of anything the command line adds by default.

Every other scope is a Discord server's id, as a string. A server sees the shared scope
plus its own, never another server's."""


class SalesBotError(Exception):
    """A problem with what a person asked for or supplied.

    Front doors show its message as-is (one line, no traceback), so it must read well
    on its own: say what was wrong and, where it helps, what would be right."""


class NotFoundError(SalesBotError):
    """The thing asked for (a fact, a source, an entity) does not exist in this scope."""


class PermissionDeniedError(SalesBotError):
    """The caller may not change this (a shared fact from a server, say)."""


# A metric named as one end of a range, as a bundle may write a range in two metrics:
# "revenue (low end)", "revenue (high end)" (CONTRACT §3)
NAMED_RANGE_END = patterns.compile(r"\s*\(?\b(low|high|lower|upper)\s+end\)?\s*$", re.IGNORECASE)


class Kind(str, enum.Enum):
    ACTUAL = "actual"
    TARGET = "target"
    FORECAST = "forecast"

    @classmethod
    def parse(cls, text: str) -> Kind:
        try:
            return cls(text.strip().lower())
        except ValueError:
            raise SalesBotError(f"unknown kind {text!r}: use actual, target or forecast") from None


@dataclass(frozen=True, order=True)
class Period:
    """A span of days, both ends inclusive."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise SalesBotError(f"a period cannot end ({self.end}) before it starts ({self.start})")

    def __eq__(self, other: object) -> bool:
        # the generated one's result without building two tuples per comparison: choosing
        # a figure compares periods a few hundred times per question
        if self is other:
            return True
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.start == other.start and self.end == other.end  # type: ignore[attr-defined]

    # Kept on first use (a period is frozen): choosing a figure asks a series' periods
    # their length a few hundred times per question.
    @cached_property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @cached_property
    def months(self) -> int:
        """Length in whole months, rounded: 12 for a year, 3 for a quarter."""
        return round(self.days / 30.44)

    def iso(self) -> str:
        """The bundle's form: an ISO 8601 interval of two dates."""
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    @classmethod
    def from_iso(cls, text: str) -> Period:
        try:
            start, end = text.split("/")
            return cls(date.fromisoformat(start.strip()), date.fromisoformat(end.strip()))
        except ValueError:
            raise SalesBotError(
                f"unparseable period {text!r}: expected two ISO dates like 2013-04-01/2014-03-31"
            ) from None


@dataclass(frozen=True)
class Quantity:
    """A number with its unit: 'units', a three-letter currency code, or 'percent'."""

    value: float
    unit: str
    high: float | None = None  # a range's upper end ("6% to 7%"); None for one figure


@dataclass(frozen=True)
class Entity:
    """A company the store holds figures for, with its other names and fiscal calendar."""

    name: str
    aliases: tuple[str, ...] = ()
    fiscal_year_end: str | None = None  # "MM-DD"; None means calendar years
    fiscal_year_named_by: str | None = None  # "start" or "end"
    scope: str = SHARED_SCOPE
    id: int | None = None


@dataclass(frozen=True)
class Metric:
    """A figure a company reports ("revenue"), with its synonyms and usual unit."""

    name: str
    synonyms: tuple[str, ...] = ()
    unit: str | None = None
    scope: str = SHARED_SCOPE
    id: int | None = None


@dataclass(frozen=True)
class Source:
    """A report or article facts are quoted from."""

    key: str
    title: str
    published: date | None
    text: str
    publisher: str | None = None
    url: str | None = None
    scope: str = SHARED_SCOPE
    id: int | None = None


# Fact and FactView have slots: an answer at a million facts builds a whole series of each
# (store/rows.py builds them without their __init__), and without a __dict__ each is one
# object, not two, and a third of the time to make.
@dataclass(frozen=True, slots=True)
class Fact:
    """One stated figure. `entity`, `metric` and `source` are names/keys, resolved by the store."""

    entity: str
    metric: str
    kind: Kind
    period: Period
    value: float
    unit: str
    as_of: date
    source: str
    quote: str
    scope: str = SHARED_SCOPE
    id: int | None = None
    deleted: bool = False
    # A range ("212,000 to 217,000"): `value` is its low end and this its high end, in the
    # same unit, value <= value_high. None for a single figure.
    value_high: float | None = None
    created_by: str | None = None
    created_at: str | None = None
    updated_by: str | None = None
    updated_at: str | None = None

    @property
    def quantity(self) -> Quantity:
        return Quantity(self.value, self.unit, self.value_high)

    @property
    def revision_key(self) -> tuple[str, str, str, Period]:
        """Facts sharing this key are revisions of one figure; the latest as_of is current."""
        return (self.entity.casefold(), self.metric.casefold(), self.kind.value, self.period)


@dataclass(frozen=True, slots=True)
class FactView:
    """A fact joined with what an answer needs to cite it, plus its place among revisions."""

    fact: Fact
    source: Source
    fiscal_year_end: str | None = None
    fiscal_year_named_by: str | None = None
    revision: int = 1  # 1 = the first statement of this figure
    revisions: int = 1  # how many statements of it the store holds
    history: tuple[Fact, ...] = field(default=(), compare=False)  # all revisions, oldest first

    @property
    def is_current(self) -> bool:
        return self.revision == self.revisions


@dataclass(frozen=True)
class AuditEntry:
    """One change to the store: who made it, to which row, the row before and after."""

    id: int
    at: str
    actor: str
    scope: str
    action: str  # add, edit, remove, undo, import, approve, ...
    table: str
    row_id: int | None
    before: dict | None
    after: dict | None
    undone_by: int | None = None


@dataclass(frozen=True)
class ImportReport:
    """What an import did, per kind of row: added, updated, skipped."""

    counts: dict[str, dict[str, int]]
    notes: tuple[str, ...] = ()  # what a person should know: metrics kept apart, ...

    def line(self) -> str:
        parts = []
        for what in ("sources", "facts"):
            c = self.counts.get(what, {})
            parts.append(
                f"{what}: {c.get('added', 0)} added, {c.get('updated', 0)} updated, "
                f"{c.get('skipped', 0)} skipped"
            )
        return "; ".join(parts) + "".join(f"\n- {note}" for note in self.notes)
