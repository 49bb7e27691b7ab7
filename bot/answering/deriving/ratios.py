"""One figure over another: 'the 2026 target as a % of 2025 sales' (a percentage of
another period's or another kind's figure, the two a growth would set side by side), and
a ratio the reporting vocabulary defines ('book-to-bill': orders over revenue) worked out
for a company that states none."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace

from bot import patterns
from bot.answering.english.words import (
    AVERAGE_WORDS,
    lemma,
    lemmas,
    name_lemmas,
    parts_of_speech,
)
from bot.answering.matching.decision import Decision, Pick
from bot.answering.matching.match import select
from bot.answering.matching.period_fit import find_period
from bot.answering.reading import asks
from bot.answering.reading.intent import Intent
from bot.answering.reading.query import Query
from bot.answering.reading.rates import asked_per
from bot.answering.vocabulary.name_forms import (
    measure_lemmas,
    unit_untagged,
    written_as_names,
)
from bot.facts import reporting
from bot.facts.model import FactView, Kind
from bot.facts.periods import find_periods
from bot.facts.periods.arithmetic import is_whole_months, month_count
from bot.facts.periods.words import MONTH_PATTERN, month_number


def as_share_of_other(query: Query, decision: Decision) -> Decision:
    """DECISION's two figures as a share, where the question asks one 'as a % of' the
    other: the figure named before 'of' over the one after it."""
    if not isinstance(decision, Pick) or decision.intent is not Intent.GROWTH:
        return decision
    cue = asks.AS_SHARE_OF.search(query.said)
    if cue is None or decision.split or len(decision.facts) != 2:
        return decision
    before = [m for m in query.periods if m.end <= cue.start()]
    if not before:
        return decision
    part = find_period(before[-1], decision.facts, query.anchor)
    if part is None:
        return decision
    whole = next(v for v in decision.facts if v is not part)
    return Pick(Intent.SHARE, (part, whole))


def share_of_longer_period(query: Query, decision: Decision, pool: list[FactView]) -> Pick | None:
    """'What share of FY25 revenue came in H1', 'what % of 2024 sales was Q4': a figure as
    a share of the same figure over a longer period the question names, which holds the
    figure's own (whichever the question names first). DECISION: the figure, or the
    figure over the two periods; POOL: the company's figures read for the question."""
    if not isinstance(decision, Pick) or decision.split:
        return None
    if decision.intent is Intent.GROWTH and len(decision.facts) == 2:
        part, whole = sorted(decision.facts, key=lambda v: v.fact.period.days)
    elif decision.intent is Intent.VALUE and len(decision.facts) == 1:
        # ("fy25 … h1" read as one period, H1 FY25: the year is named too)
        part = decision.facts[0]
        p = part.fact
        same = [
            v
            for v in pool
            if v.is_current
            and (v.fact.entity, v.fact.metric, v.fact.kind, v.fact.unit)
            == (p.entity, p.metric, p.kind, p.unit)
        ]
        # (the periods as said: the reading has folded them into one, or read the
        # longer: "what share of Q3 revenue came in July")
        named = [find_period(m, same, query.anchor) for m in find_periods(query.said)]
        named += _months_within(query.said, part, same)
        whole = next((v for v in named if v is not None and _holds(v, part)), None)
        inner = next((v for v in named if v is not None and _holds(part, v)), None)
        if whole is None and inner is None:
            return None
        part, whole = (part, whole) if whole is not None else (inner, part)
    else:
        return None
    a, b = part.fact, whole.fact
    if not _holds(whole, part) or (a.metric, a.unit) != (b.metric, b.unit):
        return None
    return Pick(Intent.SHARE, (part, whole)) if 0 < a.value <= b.value else None


_BARE_MONTH = patterns.compile(rf"\b(?:in|during)\s+(?P<month>{MONTH_PATTERN})(?!\s*\d)", re.I)


def _months_within(said: str, whole: FactView, same: list[FactView]) -> list[FactView]:
    """The figures of a month said without a year ("came in July") that lies within the
    longer period WHOLE (Q3 2025): that month of it."""
    span = whole.fact.period
    months = {month_number(m["month"]) for m in _BARE_MONTH.finditer(said)}
    return [
        v
        for v in same
        if v.fact.period.start.month in months
        and is_whole_months(v.fact.period)
        and month_count(v.fact.period) == 1
        and span.start <= v.fact.period.start
        and v.fact.period.end <= span.end
    ]


def _holds(whole: FactView, part: FactView) -> bool:
    """Is WHOLE's period longer than PART's and around it?"""
    a, b = part.fact.period, whole.fact.period
    return b.start <= a.start and a.end <= b.end and a != b


def ratio_named(said: str) -> tuple[reporting.Ratio, re.Match[str]] | None:
    """The vocabulary's ratio SAID names ('book-to-bill'), and where."""
    for ratio in reporting.ratios():
        m = _phrases(ratio).search(said)
        if m is not None:
            return ratio, m
    return None


def ratio_of_families(
    query: Query,
    read: Callable[[str], Query],
    facts_of: Callable[[list[int]], list[FactView]],
) -> Pick | None:
    """'Book-to-bill 2025' of a company stating orders and revenue but no such ratio: the
    one over the other for the one period named. READ reads a text as a question settled
    among the company's figures, FACTS_OF gives its figures of some metrics. None unless
    both are stated, as actuals of that period, in the same unit."""
    named = ratio_named(query.said)
    if named is None or len(query.periods) > 1:
        return None
    ratio, m = named
    picked = [
        actual_read(
            f"{query.said[: m.start()]} {reporting.family(key).label} {query.said[m.end() :]}",
            query,
            read,
            facts_of,
            family=key,
        )
        for key in (ratio.of, ratio.over)
    ]
    if None in picked:
        return None
    part, whole = picked  # type: ignore[misc]
    if (part.fact.period, part.fact.unit) != (whole.fact.period, whole.fact.unit):
        return None
    return Pick(Intent.RATIO, (part, whole)) if whole.fact.value > 0 else None


def actual_read(
    text: str,
    query: Query,
    read: Callable[[str], Query],
    facts_of: Callable[[list[int]], list[FactView]],
    family: str | None = None,
) -> FactView | None:
    """The one actual figure TEXT names, for QUERY's period, read as a question of its own
    (of the reporting FAMILY, when one is given); None unless exactly one fits."""
    asked = read(text)
    if asked.unexplained or not asked.metrics:
        return None
    first = asked.metrics[0]
    found = []
    # ("kilo": the kilos milled and the kilos sold fit alike; a range's ends hold no
    # actual; "admission": "patient admissions" before "day hospital admissions")
    tied = (
        h for h in asked.metrics if (h.explained, h.coverage) == (first.explained, first.coverage)
    )
    for hit in tied:
        if family is not None and reporting.family_of(hit.metric.name, "money") != reporting.family(
            family
        ):
            continue  # ("order intake (MW)": no money, no ratio)
        value = replace(query, metrics=(hit,), intent=Intent.VALUE, kind=Kind.ACTUAL, amounts=())
        actuals = [v for v in facts_of([hit.metric.id]) if v.fact.kind is Kind.ACTUAL]  # type: ignore[list-item]
        one = select(value, actuals)
        if isinstance(one, Pick) and len(one.facts) == 1:
            found.append(one.facts[0])
    if len(found) > 1:
        # ("patient days per admission": the patient admissions, whose other word the
        # question says, not the day hospital's)
        elsewhere = set(lemmas(query.said)) - set(lemmas(text))
        found = [v for v in found if elsewhere & set(lemmas(v.fact.metric))]
    return found[0] if len(found) == 1 else None


@functools.cache  # (asked of every question: each ratio's pattern built once)
def _phrases(ratio: reporting.Ratio) -> re.Pattern[str]:
    """A pattern of the ratio's words, spaces and hyphens alike ("book to bill")."""
    forms = (r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", w))) for w in ratio.words)
    return patterns.compile(
        rf"\b(?:{'|'.join(sorted(forms, key=len, reverse=True))})\b", re.IGNORECASE
    )


_PER = patterns.compile(r"\bper\s+", re.IGNORECASE)
# "average net sales per can": every figure over a count is an average; the word names
# no figure of its own
_AVERAGE = patterns.compile(rf"\b(?:{'|'.join(sorted(AVERAGE_WORDS))})\b\.?", re.IGNORECASE)


def words_before_per(said: str) -> str | None:
    """What a rate asked is of: the words before its "per" ("net sales" of "net sales per
    order in Q3"), or None when no rate is asked."""
    m = _PER.search(said)
    return said[: m.start()] if m is not None and asked_per(said) is not None else None


def per_unit_of_figures(
    query: Query,
    company: str,
    read: Callable[[str], Query],
    facts_of: Callable[[list[int]], list[FactView]],
    counts_by_unit: Callable[[str], list[FactView]] | None = None,
) -> Pick | None:
    """'Sales per employee in 2024' of a company stating its sales and its headcount but
    no such rate: the one over the other for the one period named, each figure read from
    its own words ("sales ... in 2024", "employee ... in 2024"). A divisor its words do
    not name may be the one count its name says it is in ("revenue per tonne": "volume
    sold (tonnes)"; COUNTS_BY_UNIT gives those). None unless both are stated, as actuals
    of that period, the second a count."""
    said = query.said
    m, per = _PER.search(said), asked_per(said)
    if m is None or per is None or len(query.periods) > 1:
        return None
    end = m.end() + said[m.end() :].lower().index(per.split()[-1]) + len(per.split()[-1])
    when = " ".join(p.text for p in query.periods)
    amount = _AVERAGE.sub(" ", f"{said[: m.start()]} {said[end:]}")
    part = actual_read(amount, query, read, facts_of)
    if part is None:
        return None
    whole = _twin_count(per, part, counts_by_unit) if counts_by_unit else None
    if whole is None:
        whole = actual_read(f"{company} {per} {when}", query, read, facts_of)
    region = reporting.region_of(part.fact.metric)
    if whole is not None and reporting.region_of(whole.fact.metric) != region:
        whole = None  # ("Iberia revenue per crate": Iberia's crates, never the company's)
    if counts_by_unit is not None:
        named = _counts_in_unit(per, part, counts_by_unit)
        metrics = {v.fact.metric for v in named}
        if len(metrics) > 1 and (whole is None or whole.fact.metric in metrics):
            # ("revenue per cycle": the IVF cycles and the egg-freezing cycles alike; "per
            # room night": the room nights booked, not one line's; "AirLink revenue per
            # passenger": AirLink's passengers)
            top = _line_of(part, metrics) or _top_line(metrics, per)
            whole = next((v for v in named if v.fact.metric == top), None)
        elif whole is None and len(metrics) == 1:
            whole = named[0]
    if whole is None or whole.fact.unit != "units" or not _counted_over(part, whole):
        return None
    if _a_line_over_another(part, whole):
        return None  # ("Putt Hollow revenue per visitor": never over the group's visitors)
    if part.fact.metric == whole.fact.metric or whole.fact.value <= 0:
        return None
    if not reporting.adds_up(part.fact.metric) or part.fact.unit == "percent":
        return None  # ("net yield per passenger cruise day" over those days: no rate at all)
    if _PER.search(whole.fact.metric) or not reporting.adds_up(whole.fact.metric):
        return None  # ("tonnes per day" over "hake processed per production day": a rate
        # is no count to divide by)
    if counts_by_unit is not None and _one_line_of_several(part, whole, counts_by_unit):
        return None  # ("revenue per egg-freezing cycle": the revenue is of every cycle)
    return Pick(Intent.RATIO, (part, whole))


def _a_line_over_another(part: FactView, whole: FactView) -> bool:
    """Is PART a line's amount, named by a name of its own ("Putt Hollow (mini-golf)
    revenue", "AirLink revenue"), where WHOLE's name says no such line (the group's
    admissions)?"""
    own = _line_words(part.fact.metric)
    return bool(own - set(name_lemmas(whole.fact.metric)) - set(whole.fact.metric.lower().split()))


def _line_words(name: str) -> set[str]:
    """The words a line's own name writes as a name ("putt", "hollow", "airlink"), never
    a word of measure."""
    return set(written_as_names(name) - measure_lemmas())


def _line_of(part: FactView, metrics: set[str]) -> str | None:
    """The one of METRICS named with PART's own line words ("AirLink passenger journeys"
    of "AirLink revenue"), or None."""
    own = _line_words(part.fact.metric)
    lines = [m for m in metrics if own and own <= set(m.lower().split())]
    return lines[0] if len(lines) == 1 else None


def worked_as_named(rate: str, pick: Pick) -> bool:
    """Is PICK the rate whose name is RATE ("revenue per ride": revenue over rides), its
    two figures named by the words either side of "per" and no others? ("donor fees" over
    "donation centers" is no "average donor fee per donation".)"""
    m = _PER.search(rate)
    if m is None or len(pick.facts) != 2:
        return False
    of_words = set(lemmas(rate[: m.start()])) - AVERAGE_WORDS
    per_words = set(lemmas(rate[m.end() :]))
    part, whole = (v.fact.metric for v in pick.facts)
    return of_words <= set(lemmas(part)) and set(lemmas(whole)) - measure_lemmas() == per_words


def _counted_over(part: FactView, whole: FactView) -> bool:
    """Is WHOLE a count PART may be put over: one of the same period, or one counted on
    the period's last day ("revenue per store" over the stores at the year's end, which
    the answer says)?"""
    p, w = part.fact.period, whole.fact.period
    return w == p or (w.days == 1 and p.days > 1 and w.end == p.end)


def _one_line_of_several(
    part: FactView, whole: FactView, counts_by_unit: Callable[[str], list[FactView]]
) -> bool:
    """Is WHOLE one line's count beside another line's count of the same thing (egg-freezing
    cycles beside IVF cycles), while PART is an amount of no such line? Then the one over
    the other is no rate of anything. Lines inside WHOLE's (a region's room nights) and
    other measures of it (pounds produced, pounds sold) are no such line."""

    def core(metric: str) -> list[str]:
        # (a verb says how the thing was counted, "systems installed", never what it is)
        return [
            w
            for w in name_lemmas(unit_untagged(metric))
            if w not in measure_lemmas() and parts_of_speech(w) != {"VERB"}
        ]

    words = core(whole.fact.metric)
    if not words:
        return False
    head = words[-1]  # ("cycle" of "egg-freezing cycles", "can" of "cans shipped")
    line = set(words) - {head}
    if not line or line & set(name_lemmas(part.fact.metric)):
        return False
    siblings = {
        v.fact.metric
        for v in counts_by_unit(head)
        if v.fact.kind is Kind.ACTUAL and v.fact.period == whole.fact.period
    }
    return any(not line <= set(core(m)) for m in siblings - {whole.fact.metric})


def _counts_in_unit(
    per: str, part: FactView, counts_by_unit: Callable[[str], list[FactView]]
) -> list[FactView]:
    """The counts of PART's period whose names say they are in the unit PER names
    ("tonne": "volume sold (tonnes)"), narrowed by PER's other words ("pound sold": the
    pounds sold, not those produced) and, among several, to those of the amount's region
    (or of none)."""
    first, *rest = per.split()
    counts = [
        v
        for v in counts_by_unit(first)
        if v.fact.kind is Kind.ACTUAL and v.fact.period == part.fact.period
    ]
    if rest:
        family = reporting.family_of(" ".join(rest), "units")
        if family is not None:
            counts = [v for v in counts if reporting.family_of(v.fact.metric, "units") == family]
    if len({v.fact.metric for v in counts}) > 1:
        # "net sales per can": the cans of the amount's region ("Europe net sales"), or of
        # the whole company's, never of another region
        region = reporting.region_of(part.fact.metric)
        counts = [v for v in counts if reporting.region_of(v.fact.metric) == region]
    return counts


def _top_line(metrics: set[str], per: str) -> str | None:
    """The one of METRICS whose name says no more than PER's words and words of measure
    ("room nights booked" of "room night"), or else the one every other's name ends with,
    where the others name a line of it ("alternative accommodation room nights"); None
    when none or several do."""
    said = set(lemmas(per)) | measure_lemmas()
    plain = [m for m in metrics if set(lemmas(m)) <= said]
    if len(plain) != 1:
        # ("passengers carried" of "Luxury class passengers carried", "local train
        # passengers carried": the one name every other ends with, the others its lines)
        plain = [m for m in metrics if all(o == m or o.endswith(f" {m}") for o in metrics)]
    return plain[0] if len(plain) == 1 else None


# words of an amount's name that say it is money: "order intake value" is the order intake
# counted in money
_MONEY_WORDS = frozenset({"value", "revenue", "sale", "amount", "worth", "dollar"})
# the words of a rate per any one thing: "per unit", "per item"
_ANY_THING = frozenset({"unit", "item", "piece"})


def _twin_count(
    per: str, part: FactView, counts_by_unit: Callable[[str], list[FactView]]
) -> FactView | None:
    """'Order value per unit': the count of what the amount is the money of ("order
    intake" of "order intake value"), where the rate is per any one thing."""
    if lemma(per.split()[0]) not in _ANY_THING:
        return None
    thing = [w for w in lemmas(part.fact.metric) if w not in _MONEY_WORDS]
    if not thing or len(thing) == len(lemmas(part.fact.metric)):
        return None
    twins = [
        v
        for v in counts_by_unit(thing[-1])
        if v.fact.kind is Kind.ACTUAL
        and v.fact.period == part.fact.period
        and list(lemmas(v.fact.metric)) == thing
    ]
    return twins[0] if len(twins) == 1 else None
