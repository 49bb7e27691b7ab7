"""Why a series has no figure for a question, said so the person can ask again: another kind
held for that period, or the periods it is held for.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.answering.matching.decision import Miss
from bot.answering.matching.period_fit import find_period
from bot.answering.matching.series import current_of, period_mention
from bot.answering.phrases import calendar_of, possessive, short_when, when
from bot.answering.reading.query import Query
from bot.facts.model import FactView, Kind
from bot.facts.periods import (
    PeriodMention,
    describe,
    resolve,
)


def _asked_period(mention: PeriodMention | None, sample: FactView) -> str:
    """The period a question named, spelled out in the entity's calendar when possible."""
    if mention is None:
        return "that period"
    cal = calendar_of(sample)
    wanted = resolve(mention.ref, cal)
    return describe(wanted[0], cal) if wanted else mention.text.strip()


def periods_list(views: Sequence[FactView], limit: int = 6) -> str:
    labels = list(dict.fromkeys(short_when(v) for v in sorted(views, key=lambda v: v.fact.period)))
    more = f" and {len(labels) - limit} more" if len(labels) > limit else ""
    return ", ".join(labels[:limit]) + more


def _article(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word


def series_name(view: FactView) -> str:
    return f"{possessive(view.fact.entity)} {view.fact.metric}"


def miss_for_period(query: Query, views: list[FactView], tiers: list[tuple[Kind, ...]]) -> Miss:
    """Explain a miss: another kind for that period, or no figure for that period at all."""
    current = current_of(views)
    mention = period_mention(query)
    other = find_period(mention, current, query.anchor, query.cumulative)
    wanted = " or ".join(k.value for k in tiers[0])
    if other is not None and other.fact.kind in tiers[0] and other.fact.period.days == 1:
        # (the kind is right: a count on a day, where what was done over a span is asked)
        return Miss(
            "period",
            f"I have {series_name(other)} at {when(other)}, a count on that day, not how "
            "many over the period you name.",
            (other,),
        )
    if other is not None:
        have = [v for v in current if v.fact.period == other.fact.period]
        kinds = " and ".join(sorted({v.fact.kind.value for v in have}))
        return Miss(
            "kind",
            f"I have {series_name(other)} {kinds} for {when(other)}, "
            f"not {_article(wanted)} figure.",
            tuple(have),
        )
    sample = views[0]
    same_kind = [v for v in current if v.fact.kind in tiers[0]] or current
    return Miss(
        "period",
        f"I don't have {series_name(sample)} for {_asked_period(mention, sample)}; "
        f"I have it for {periods_list(same_kind)}.",
        tuple(sorted(same_kind, key=lambda v: v.fact.period, reverse=True)),
    )
