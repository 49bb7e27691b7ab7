"""A question about one period of one company's figure: that period's figures read first.

At a million facts a company's series of one metric holds ~90 statements, and reading
and building them all was most of what a question about a company asked for the first
time cost over the same question asked again (~0.4 of ~0.6 ms). Most such questions
name one period ("Kolovide's revenue in FY2019"), and the store holds a few statements
of it. Every step of an answer is written against the whole series, so the answer stays
the one the whole series gives by two rules:

- The figures go on as a `FirstPeriod`: a list that reads the whole series the first
  time anything looks at it (an item, its length, an iteration, a comparison, a copy).
  A step that looks at the figures sees all of them, read then; the many steps that do
  not look (their wording absent) cost nothing.
- One step is let choose among the period's figures alone: the choice of the figure
  (`match.select`, in `select_first`), only where the whole series cannot choose another.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from typing import Any

from bot.answering.matching.decision import Decision, Pick
from bot.answering.matching.match import select
from bot.answering.matching.series import kind_tiers
from bot.answering.phrases import calendar, calendar_of
from bot.answering.reading import asks
from bot.answering.reading.intent import Intent, Revision
from bot.answering.reading.query import Query
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.facts.model import FactView, Period
from bot.facts.periods import PeriodMention, resolve


class FirstPeriod(list):  # type: ignore[type-arg]
    """The figures of a series, of which only one period's are read at first (`narrow`):
    whatever looks at the list itself reads the whole series first (`whole`, called
    once), so nothing ever sees a part of it. The views read first stand in the whole for
    their own figures (one object for one figure, whichever read a step took it from).
    Made like any list (`FirstPeriod(views)`), it is a whole one."""

    __slots__ = ("_narrow", "_whole", "period")

    def __init__(self, iterable: Iterable[FactView] = (), /) -> None:
        super().__init__(iterable)
        self.period: Period | None = None
        self._narrow: list[FactView] | None = None
        self._whole: Callable[[], list[FactView]] | None = None

    @classmethod
    def of(
        cls, period: Period, narrow: list[FactView], whole: Callable[[], list[FactView]]
    ) -> FirstPeriod:
        """The series whose views of PERIOD are NARROW, the rest read by WHOLE on use."""
        series = cls()
        series.period, series._narrow, series._whole = period, narrow, whole
        return series

    @property
    def narrow(self) -> list[FactView] | None:
        """The views of `period`, while the whole series is unread; else None."""
        return self._narrow if self._whole is not None else None

    def read(self) -> FirstPeriod:
        """The whole series, read now if it was not yet."""
        if self._whole is not None:
            read = self._whole()  # (raising, it leaves the series unread)
            first = {v.fact.id: v for v in self._narrow or ()}
            list.extend(self, [first.get(v.fact.id, v) for v in read])
            self._whole = self._narrow = None
        return self

    def __bool__(self) -> bool:
        # the period's figures are some of the series': it holds some (read or not)
        return bool(self._narrow) or bool(list.__len__(self.read()))

    def __radd__(self, other: Any) -> Any:
        return other + list(self.read())

    def __reduce__(self) -> tuple:
        return (list, (list(self.read()),))

    def __copy__(self) -> list[FactView]:
        return list(self.read())

    def __deepcopy__(self, memo: dict) -> list[FactView]:
        return copy.deepcopy(list(self.read()), memo)


def _read_first(name: str) -> Callable:
    """list's method NAME, on the whole series (and on OTHER's, a FirstPeriod too)."""
    method = getattr(list, name)

    def on_the_whole(self: FirstPeriod, *args: Any, **kwargs: Any) -> Any:
        self.read()
        for arg in args:
            if isinstance(arg, FirstPeriod):
                arg.read()
        return method(self, *args, **kwargs)

    on_the_whole.__name__ = on_the_whole.__qualname__ = name
    return on_the_whole


# Every method of list that looks at (or changes) its items; C code reaching the items of a
# list subclass directly goes through these (an exact list alone is read by its storage).
for _name in (
    "__add__",
    "__contains__",
    "__delitem__",
    "__eq__",
    "__ge__",
    "__getitem__",
    "__gt__",
    "__iadd__",
    "__imul__",
    "__iter__",
    "__le__",
    "__len__",
    "__lt__",
    "__mul__",
    "__ne__",
    "__repr__",
    "__reversed__",
    "__rmul__",
    "__setitem__",
    "append",
    "clear",
    "copy",
    "count",
    "extend",
    "index",
    "insert",
    "pop",
    "remove",
    "reverse",
    "sort",
):
    setattr(FirstPeriod, _name, _read_first(_name))


def _one_period_value(query: Query) -> PeriodMention | None:
    """The period mention of a question asking one figure's value of one named period,
    the choice of which `by_intent._value` makes among that period's figures alone (see
    `select_first`); None for any other question."""
    if (
        query.intent is not Intent.VALUE
        or query.revision is Revision.ALL  # (its history: `by_intent._history`)
        or not query.periods
        or query.periods[0].opens  # ("at the beginning of FY27": the day before it)
        or query.cumulative  # (a running total up to its end)
        or asks.added(query.said)  # (a change of a level over a span of them)
    ):
        return None
    return query.periods[0]


def period_asked(query: Query, entity_id: int, vocab: Vocabulary) -> Period | None:
    """The period to read first of ENTITY_ID's series for QUERY: the first the period it
    names stands for in the company's calendar, as the figure's choice resolves it."""
    mention = _one_period_value(query)
    if mention is None:
        return None
    entity = vocab.entities[entity_id]
    wanted = resolve(
        mention.ref, calendar(entity.fiscal_year_end, entity.fiscal_year_named_by), query.anchor
    )
    return wanted[0] if wanted else None


def select_first(query: Query, facts: list[FactView]) -> Decision:
    """`select(QUERY, FACTS)`, made among the views of one period alone when FACTS is a
    FirstPeriod whose whole series is unread and that choice is the whole's.

    Why it is the whole's (`by_intent._value`, `period_fit.find_period`, one company's
    one metric: one series): a value of one period named (`_one_period_value`) is looked
    for tier by tier of kinds; in the first tier, among the current statements, by the
    periods the mention resolves to in the company's calendar, the first of them
    (`period_asked`) first: a statement stated for that very period is taken before any
    fitting it otherwise (a point at its end, weeks for its months, a period of another
    reading). Every statement of that period is among the period's views, in the whole
    series' order, and the pick is made of its figure's statements alone. So a pick of
    the first tier's kind, of that very period, is the one the whole series gives; any
    other decision (a later tier, another period, a span worked out, a miss) is made
    again on the whole series."""
    if isinstance(facts, FirstPeriod):
        narrow = facts.narrow
        if narrow:
            decision = select(query, narrow)
            if _the_whole_ones(query, decision, facts.period, narrow):
                return decision
    return select(query, facts)


def _the_whole_ones(
    query: Query, decision: Decision, period: Period | None, narrow: list[FactView]
) -> bool:
    """Is DECISION, made among NARROW (the views of PERIOD), the one the whole series
    gives (see `select_first`)?"""
    mention = _one_period_value(query)
    if mention is None or not isinstance(decision, Pick) or decision.intent is not Intent.VALUE:
        return False
    wanted = resolve(mention.ref, calendar_of(narrow[0]), query.anchor)
    chosen = decision.facts[0].fact
    return (
        bool(wanted)
        and wanted[0] == period
        and chosen.period == period
        and chosen.kind in kind_tiers(query)[0]
    )
