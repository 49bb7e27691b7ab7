"""What reading a question hands on: the Reading (everything its text says before a metric is
chosen) and the Query (the company, metric, period, kind and intent settled from it).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date

from bot.answering.english.words import (
    ORIGINAL_WORDS,
    Token,
)
from bot.answering.reading.intent import (
    Intent,
    Revision,
)
from bot.answering.vocabulary.vocabulary import MetricHit
from bot.facts.model import Kind, Period, Quantity
from bot.facts.periods import PeriodMention


@dataclass(frozen=True)
class Reading:
    """What a question says before a metric is chosen: kept so the engine can settle the
    metric again among those its entity really has (`settle`)."""

    text: str  # the question with its typos mended: what period spans index
    as_of: date | None
    periods: tuple[PeriodMention, ...]
    amounts: tuple[Quantity, ...]
    trend_phrase: bool
    tokens: tuple[Token, ...]
    entity_ids: tuple[int, ...]
    used: frozenset[int]  # token indexes entities (and their second words) account for
    signals: tuple[tuple[int, str], ...]  # token index -> lexicon word it stands for
    regions: tuple[str, ...]  # regions named (not the whole company), by key
    region_tokens: frozenset[int]
    range_end: str | None  # "low" / "high": one end of a range
    candidates: tuple[MetricHit, ...]  # every metric with some evidence, best first
    open_words: tuple[tuple[int, str], ...]  # words that name something, if nothing else
    question: str = ""  # as asked
    ranges: tuple[Quantity, ...] = ()  # ranges the amounts make ("215-235kt"), as one each
    unread: tuple[str, ...] = ()  # words in a script no reader reads ("平板"): unexplained
    # What settling works out of the reading alone or of one candidate (settle._kept): a
    # question is settled among every metric, then again among those its companies have,
    # with the same checks of the same candidates. Never compared; `replace` starts anew.
    settled: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    @functools.cached_property
    def token_texts(self) -> tuple[str, ...]:
        """Its tokens' texts, as the checks of each candidate metric look them up."""
        return tuple(t.text for t in self.tokens)


@dataclass(frozen=True)
class Query:
    """A question as understood: the companies, metrics, periods and intent it names."""

    text: str
    entity_ids: tuple[int, ...]
    metrics: tuple[MetricHit, ...]  # the best-ranked metrics (several only on a tie)
    kind: Kind | None  # None: not said
    expected: bool  # "will ...": a target or a forecast, whichever the store has
    periods: tuple[PeriodMention, ...]
    intent: Intent
    revision: Revision
    as_of: date | None
    sequential: bool  # growth against the previous quarter rather than a year earlier
    unexplained: tuple[str, ...]  # words nothing accounted for
    amounts: tuple[Quantity, ...] = ()  # numbers the question states ("the 39 million figure")
    mentions_change: bool = False  # "when did they lower it": a figure that was revised
    units_wanted: tuple[str, ...] = ()  # "how many" -> units, "percent" -> percent
    regions: tuple[str, ...] = ()  # regions the question names ("us", "europe")
    range_end: str | None = None  # "low" / "high" end of a range
    anchor: Period | None = None  # what "the year before" counts from (a follow-up's)
    cumulative: bool = False  # "since launch", "by the end of 2024": running totals count
    # the statement its words ask for were AS_OF no statement's date ("the original
    # December 2026 goal", where the month is what the goal is for: statement_months.py)
    undated_revision: Revision | None = None
    parts: str | None = None  # "quarter" of "quarterly ebitda for 2024": each part's figure
    # names the company's reports write of another party, said as a slip of its own name
    # ("farmavita" beside Farmacia Carpatica): the question is about that party
    others_named: tuple[str, ...] = ()
    reading: Reading | None = field(default=None, compare=False, repr=False)

    @property
    def candidate_metric_ids(self) -> tuple[int, ...]:
        return tuple(h.metric.id for h in self.reading.candidates) if self.reading else ()  # type: ignore[misc]

    @property
    def said(self) -> str:
        """The question with its typos mended: what cue patterns and period spans read
        ("beofre the cut" is "before the cut"); `text` is the question as asked."""
        return self.reading.text if self.reading is not None else self.text

    @property
    def original_named(self) -> bool:
        """Does it name a figure's first statement in so many words ("what was the
        original", "what had they initially guided")? "first" is left out: it opens spans
        ("the first half") as often as it names a statement."""
        said = {w for _, w in self.reading.signals} if self.reading is not None else set()
        return bool(said & (ORIGINAL_WORDS - {"first"}))
