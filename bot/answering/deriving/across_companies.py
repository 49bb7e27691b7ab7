"""'Who sold more tea in 2025, Tindiret or Kirinyaga, and by how much', 'combined revenue
of both', 'Tindiret's share of the two', 'who grew faster', 'which of the two hit its
target': one figure asked of two companies, set against each other.

Each company's figure is chosen as a question about it alone would choose it (the same
metric, period and kind); the two are compared only when they are the same measure of
the same period and kind, so that two companies are never set against each other on
different footings. Both figures are cited, the one named first first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.answering.answer import Answer, Status
from bot.answering.english.words import PERIOD_WORDS, lemmas
from bot.answering.matching.decision import RANGE_END, Pick
from bot.answering.phrases import (
    at_or_in,
    bare_amount,
    difference,
    lower_is_better,
    possessive,
    when,
)
from bot.answering.reading.cues import cue
from bot.answering.reading.intent import Intent
from bot.answering.reading.query import Query
from bot.answering.wording.amounts_said import percent, percent_in_brackets, signed_percent
from bot.facts import reporting
from bot.facts.model import FactView

# "X's share of the two combined", "Y as a % of the total sold by both"
_SHARE = cue(r"\bshare\b|%\s*of\b|\bper\s*cent(?:age)?\s+of\b|\bas\s+a\s+(?:%|per\s*cent)", re.I)
# "who sold more", "which was bigger", "the gap between", "X vs Y", "more than"
_COMPARE = cue(
    r"\b(?:who|whose|which|more|less|fewer|higher|lower|bigger|larger|smaller|greater|ahead|"
    r"behind|gap|difference|diff|vs\.?|versus|than|compared|beat|outsold|outs(?:old|ell)|"
    r"lead|led|apart)\b",
    re.I,
)
# "combined", "together", "both", "in total", "X + Y"
_SUM = cue(r"\b(?:combined|together|altogether|total|sum|both|plus)\b|\+", re.I)
# a question naming one company or none that still asks about two ("both packers", "the
# two", "who sold more")
_TWO_SAID = re.compile(r"\b(?:both|two|each|between\s+them)\b", re.I)
_WHO = cue(r"\b(?:who|whose)\b", re.I)
_BOTH_WHAT = re.compile(r"\b(?:both|two)\s+(?:of\s+the\s+)?(\w+)", re.I)
# "who grew faster": each company's growth, never the gap between their levels
_FASTER = cue(r"\b(?:faster|slower|quicker|more|less|higher|lower|better|worse|who|which)\b", re.I)
_GREW = cue(r"\b(?:gr[eo]w\w*|faster|slower|rose|risen|increas\w*|jump\w*)\b", re.I)


# ("the gap in %": the answer gives the gap in percent too)
_PERCENT = frozenset({"%", "percent", "pct", "per", "cent", "percentage"})


@dataclass(frozen=True)
class _Side:
    """One company's figure as a question about it alone picks it."""

    entity: str
    pick: Pick

    @property
    def view(self) -> FactView:
        return self.pick.facts[0]


def across_asked(said: str, named: int) -> bool:
    """Does SAID set one figure of two companies against each other (NAMED: how many
    companies it names; none where it says "both", "the two", "who")?"""
    if named == 2:
        return bool(_SHARE.search(said) or _COMPARE.search(said) or _SUM.search(said))
    if named == 1:
        return _two_companies_said(said)
    return named == 0 and bool(_two_companies_said(said) or _WHO.search(said))


def _two_companies_said(said: str) -> bool:
    """Does SAID's "both", "the two", "each" stand for companies, never for parts of a
    period or of a company ("both halves", "each quarter", "the two segments")?"""
    for m in _TWO_SAID.finditer(said):
        after = said[m.end() :].split()[:1]
        said_after = lemmas(after[0].lower().strip(",.?!")) if after else ()
        word = said_after[0] if said_after else ""
        if word not in PERIOD_WORDS and word not in reporting.segment_words() | _PARTS:
            return True
    return False


# parts of a company or a period that "each" and "both" may stand for, beyond segments
_PARTS = frozenset(
    "half halve quarter month week year period line product brand market channel plant mine "
    "store site unit metric figure number".split()
)


def cue_words(said: str) -> frozenset[str]:
    """The words of SAID that ask for two companies' figures set against each other: the
    only words such a question may leave unexplained."""
    found = set()
    for pattern in (_SHARE, _COMPARE, _SUM, _TWO_SAID, _WHO):
        found.update(w.lower() for m in pattern.findall(said) for w in re.findall(r"\w+", m))
    # ("both millers", "the two packers": the companies described by a noun of theirs)
    found.update(w.lower() for w in _BOTH_WHAT.findall(said))
    return frozenset(found | _PERCENT)


def across_companies(
    query: Query,
    companies: list[tuple[Query, list[FactView]]],
    decide: Callable[[Query, list[FactView]], object],
    compose: Callable[[str, Pick], Answer],
    order: list[str],
) -> Answer | None:
    """The answer setting two companies' figures against each other as QUERY asks: the
    sum, the gap (and which is larger), one's share of both, who grew faster or which met
    its goal. COMPANIES: each company's question as settled among its own figures, and
    those figures. DECIDE picks a company's figure as a question about it alone would,
    COMPOSE words one company's answer; ORDER: the companies the question names, as it
    names them. None where not exactly two companies (every one named among them) have
    such a figure, or their figures differ in measure, period or kind."""
    said = query.said
    intent = query.intent
    if intent is Intent.GROWTH and not (_GREW.search(said) and _FASTER.search(said)):
        intent = Intent.VALUE  # ("the difference between the two": their figures' gap)
    if intent not in (Intent.GROWTH, Intent.TARGET_MET):
        intent = Intent.VALUE  # ("how much more", "combined": each company's own figure)
    sides = []
    for own, views in companies:
        decision = decide(replace(own, intent=intent), views) if views else None
        entity = views[0].fact.entity if views else None
        if isinstance(decision, Pick) and decision.intent is intent:
            sides.append(_Side(decision.facts[0].fact.entity, decision))
        elif entity in order:
            return None  # (a company named has no such figure: nothing to set against)
    if len(sides) != 2:
        return None
    names = " ".join(s.entity for s in sides).lower()
    if set(w.lower() for w in query.unexplained) - cue_words(said) - set(re.findall(r"\w+", names)):
        return None  # (a word naming something else: "who sold more in Europe")
    first, second = sorted(sides, key=lambda s: _rank(s.entity, order))
    if not _alike(first.pick, second.pick):
        return None
    question = query.text
    if intent is Intent.GROWTH:
        return _faster(first, second, question)
    if intent is Intent.TARGET_MET:
        return _each(first, second, question, compose)
    if _SHARE.search(said):
        return _share(first, second, question)
    if _COMPARE.search(said):
        return _gap(first, second, question)
    if _SUM.search(said):
        return _sum(first, second, question)
    return None


def _each(
    first: _Side, second: _Side, question: str, compose: Callable[[str, Pick], Answer]
) -> Answer:
    """'Of the two, only Tindiret met its goal: …': whether each company met its goal, then
    each one's own answer, the one named first first."""
    answers = [compose(question, s.pick) for s in (first, second)]
    texts = [_YES_NO.sub("", a.text) for a in answers]
    met = [s.entity for s in (first, second) if _met(s.pick)]
    unknown = any(_met(s.pick) is None for s in (first, second))
    if unknown:
        lead = ""
    elif len(met) == 2:
        lead = "Both met their goals. "
    elif met:
        lead = f"Of the two, only {met[0]} met its goal. "
    else:
        lead = "Neither met its goal. "
    facts = tuple(v for a in answers for v in a.facts)
    return replace(answers[0], text=f"{lead}{' '.join(texts)}", facts=facts)


# ("No: Kirinyaga's tea sold …": each answer's own verdict, said once in the lead instead)
_YES_NO = re.compile(r"^(?:yes|no)\b[:,]?\s*", re.I)


def _met(pick: Pick) -> bool | None:
    """Did the actual (PICK's first figure) meet the goal beside it? None where the goal is
    a range or there is none, or lower is better: said in the company's own answer."""
    if len(pick.facts) < 2:
        return None
    actual, goal = pick.facts[0].fact, pick.facts[1].fact
    if goal.value_high is not None or RANGE_END.search(goal.metric) or lower_is_better(goal.metric):
        return None
    return actual.value >= goal.value


def _rank(entity: str, order: list[str]) -> int:
    """Where ENTITY stands in the question's order (the unnamed last)."""
    return order.index(entity) if entity in order else len(order)


def _alike(a: Pick, b: Pick) -> bool:
    """Are the two companies' figures one measure of one period and kind, single
    figures (never a range's end or a range), so that they can be set against each other?
    Compared: the figure asked (and for growth the one it grew from); a goal's history
    beside it may differ."""
    n = 2 if a.intent is Intent.GROWTH else 1
    if len(a.facts) < n or len(b.facts) < n:
        return False
    for x, y in zip(a.facts[:n], b.facts[:n], strict=True):
        f, g = x.fact, y.fact
        if (f.period, f.kind, f.unit) != (g.period, g.kind, g.unit):
            return False
        if f.value_high is not None or g.value_high is not None:
            return False
        if RANGE_END.search(f.metric) or RANGE_END.search(g.metric):
            return False
        if f.metric.lower() != g.metric.lower():
            return False
    return True


def _in(view: FactView) -> str:
    """'in 2025', 'at 30 Jun 2025': a figure's period as a sentence says it."""
    return f"{at_or_in(view)} {when(view)}"


def _answer(question: str, text: str, facts: tuple[FactView, ...], intent: str) -> Answer:
    return Answer(
        question=question,
        status=Status.ANSWERED,
        text=text,
        facts=facts,
        intent=intent,
        headline=text.split(":")[0],
    )


def _gap(first: _Side, second: _Side, question: str) -> Answer:
    """'Kirinyaga's tea sold in 2025 was 41.2 million, 2.8 million (+7.3%) more than
    Tindiret's 38.4 million.'"""
    big, small = sorted((first, second), key=lambda s: s.view.fact.value, reverse=True)
    b, s = big.view, small.view
    delta = b.fact.value - s.fact.value
    if delta == 0:
        text = (
            f"{possessive(b.fact.entity)} and {possessive(s.fact.entity)} {b.fact.metric} "
            f"{_in(b)} were the same: {bare_amount(b)} each."
        )
    else:
        more = "more" if b.fact.unit != "percent" else "higher"
        pct = percent_in_brackets(delta, s.fact.value) if b.fact.unit != "percent" else ""
        text = (
            f"{possessive(b.fact.entity)} {b.fact.metric} {_in(b)} was {bare_amount(b)}, "
            f"{difference(b, delta)}{pct} {more} than {possessive(s.fact.entity)} "
            f"{bare_amount(s)}."
        )
    return _answer(question, text, (first.view, second.view), "difference")


def _sum(first: _Side, second: _Side, question: str) -> Answer | None:
    """'Tindiret's and Kirinyaga's tea sold in 2025 add up to 79.6 million: 38.4 million
    + 41.2 million.'"""
    a, b = first.view, second.view
    if a.fact.unit == "percent":
        return None  # (two companies' percentages never add up to anything)
    total = bare_amount(a, a.fact.value + b.fact.value)
    text = (
        f"{possessive(a.fact.entity)} and {possessive(b.fact.entity)} {a.fact.metric} {_in(a)} "
        f"add up to {total}: {bare_amount(a)} + {bare_amount(b)}."
    )
    return _answer(question, text, (a, b), "sum")


def _share(first: _Side, second: _Side, question: str) -> Answer | None:
    """'Tindiret's tea sold in 2025 was 48.2% of the two companies' 79.6 million: 38.4
    million; Kirinyaga's 41.2 million, 51.8%.'"""
    a, b = first.view, second.view
    whole = a.fact.value + b.fact.value
    if a.fact.unit == "percent" or a.fact.value < 0 or b.fact.value < 0 or whole <= 0:
        return None
    text = (
        f"{possessive(a.fact.entity)} {a.fact.metric} {_in(a)} was "
        f"{percent(100 * a.fact.value / whole)} of the two companies' "
        f"{bare_amount(a, whole)}: {bare_amount(a)}; {possessive(b.fact.entity)} "
        f"{bare_amount(b)}, {percent(100 * b.fact.value / whole)}."
    )
    return _answer(question, text, (a, b), "share")


def _faster(first: _Side, second: _Side, question: str) -> Answer | None:
    """'Tindiret grew its tea sold faster in 2025: +9.9% (38.4 million from 34.9 million),
    against Kirinyaga's +7.9% (41.2 million from 38.2 million).'"""
    rates = []
    for side in (first, second):
        if len(side.pick.facts) != 2:
            return None
        now, then = side.pick.facts
        if then.fact.value <= 0 or now.fact.unit == "percent":
            return None
        rates.append(((now.fact.value - then.fact.value) / then.fact.value, side))
    (r1, s1), (r2, s2) = sorted(rates, key=lambda r: r[0], reverse=True)
    if round(100 * r1, 1) == round(100 * r2, 1):
        return None  # (a tie to the decimal names no one faster)

    def grew(rate: float, side: _Side) -> str:
        now, then = side.pick.facts
        change = signed_percent(now.fact.value - then.fact.value, then.fact.value)
        return f"{change} ({bare_amount(now)} {_in(now)} from {bare_amount(then)} {_in(then)})"

    lead = s1.view.fact
    text = (
        f"{lead.entity} grew its {lead.metric} faster: {grew(r1, s1)}, against "
        f"{possessive(s2.view.fact.entity)} {grew(r2, s2)}."
    )
    facts = (*first.pick.facts, *second.pick.facts)
    return _answer(question, text, facts, "growth")
