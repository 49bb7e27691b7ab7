"""'Which region brought in the most revenue in H1 FY26', 'Brisamar's strongest quarter of
FY2025 by net sales': a ranking, either of a company's lines (its figures whose names hold
the asked figure's name and a line's words: "Asia revenue", "Home Care segment revenue")
or of its quarters, months or halves inside the period named. Every figure ranked is cited,
the top one first. Where a line lacks the period, nothing is ranked: the line missing could
have been the top one.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, replace

from bot import patterns
from bot.answering.answer import Answer, Status
from bot.answering.deriving.stated_amounts import same_amount
from bot.answering.english.words import lemmas, name_lemmas
from bot.answering.matching.decision import RANGE_END, Pick
from bot.answering.matching.period_fit import find_period
from bot.answering.phrases import bare_amount, calendar_of, possessive, when
from bot.answering.reading.intent import Intent
from bot.answering.reading.query import Query
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.answering.wording.compose import compose
from bot.answering.wording.period_asked import month_in_full
from bot.facts.model import FactView, Kind, Quantity
from bot.facts.periods import resolve
from bot.facts.periods.arithmetic import WEEKS_SLACK

_MOST = frozenset("most biggest largest highest best strongest fastest greatest top".split())
_LEAST = frozenset("least smallest lowest worst weakest slowest".split())
SUPERLATIVES = _MOST | _LEAST  # ("the highest": a ranking's word, never a company's name)
# what is ranked: a company's lines ...
_LINES = frozenset(
    """region segment division brand market country vertical business product estate
    channel format category franchise mine plant route""".split()
)
# ... or the parts of a period, by their length in days
_SPANS = {"quarter": (80, 100), "month": (28, 31), "half": (170, 190)}
# "the most recent quarter", "latest month": when, never a ranking
_RECENT = patterns.compile(r"\bmost\s+recent\b", re.IGNORECASE)
# words of a whole company's figure that its lines' names leave out ("total throughput")
_WHOLE = frozenset({"total", "group", "overall", "consolidated", "company"})
# (lines beyond this many are no split a question ranks; and their subsets too many)
_MOST_LINES = 12


@dataclass(frozen=True)
class Ranking:
    """A ranking asked: the most or the least, the superlative as said, and what is
    ranked."""

    top: bool  # the most (else the least)
    word: str  # the superlative as said ("strongest")
    kind: str  # what is ranked: a line's noun ("region") or a span's ("quarter")


def ranking_asked(said: str) -> Ranking | None:
    """The ranking SAID asks for: a superlative and a noun of what is ranked ("which region
    brought in the most", "biggest segment by orders"); None otherwise."""
    if _RECENT.search(said):
        return None
    written = re.findall(r"[a-z]+", said.lower())  # ("topped" is no "top": as written)
    kinds = lemmas(said.lower())
    superlative = next((w for w in written if w in _MOST or w in _LEAST), None)
    kind = next((w for w in kinds if w in _LINES or w in _SPANS), None)
    if superlative is None or kind is None:
        return None
    if superlative == "top" and not re.search(rf"\btop\s+{kind}", said.lower()):
        return None  # ("the top end of the range in Q3": no ranking; "top region" is)
    word = {"most": "biggest", "top": "biggest", "least": "smallest"}.get(superlative, superlative)
    return Ranking(superlative in _MOST, word, kind)


def ranked(
    query: Query, ranking: Ranking, views: list[FactView], vocab: Vocabulary, question: str
) -> Answer | None:
    """The answer ranking the company's figures (VIEWS: all its figures) as RANKING asks,
    of the figure QUERY names; None where they cannot be ranked."""
    if not query.metrics:
        return None
    hit = query.metrics[0].metric
    kind = query.kind if query.kind in (Kind.TARGET, Kind.FORECAST) else Kind.ACTUAL
    held = [v for v in views if v.is_current and v.fact.kind is kind]
    base = _whole_of(hit.name, hit.unit, held)
    if ranking.kind in _SPANS:
        compared = _parts_of_period(query, ranking, [v for v in held if v.fact.metric == base])
    else:
        compared = _lines(query, ranking, base, hit.unit, held, vocab)
    if compared is None or len(compared) < 2:
        return None
    order = sorted(compared, key=lambda v: v[1].fact.value, reverse=ranking.top)
    if len(order) > 1 and order[0][1].fact.value == order[1][1].fact.value:
        return None  # (a tie names no one line)
    (label, first), rest = order[0], order[1:]
    entity = possessive(first.fact.entity)
    # (a span ranked is named by its label already: "Q2 FY2026 (Mar – May 2026)")
    where = "" if ranking.kind in _SPANS else f" in {when(first)}"
    lead = f"{label} was {entity} {ranking.word} {ranking.kind} by {base}{where}"
    others = "; ".join(f"{name} {bare_amount(v)}" for name, v in rest)
    text = f"{lead}: {bare_amount(first)}. The others: {others}."
    return Answer(
        question=question,
        status=Status.ANSWERED,
        text=text,
        facts=(first, *(v for _, v in rest)),
        intent="value",
        headline=f"{label}: {bare_amount(first)}",
    )


# "which region had about 390 stores": a line asked by its figure's amount
_WHICH_LINE = patterns.compile(
    r"\b(?:which|what)\s+(?:[\w'’&-]+\s+){0,2}?(?P<kind>" + "|".join(sorted(_LINES)) + r")s?\b",
    re.IGNORECASE,
)


def line_asked(said: str) -> bool:
    """Does SAID ask which line ("which region", "what segment")?"""
    return _WHICH_LINE.search(said) is not None


def line_by_amount(
    query: Query, views: list[FactView], vocab: Vocabulary, question: str
) -> Answer | None:
    """'Which region had about 390 stores at end-2024': of the company's lines of the figure
    named, for the period asked, the one whose figure is the amount said (rounded as said);
    None where none or two are."""
    m = _WHICH_LINE.search(query.said)
    if m is None or len(query.amounts) != 1 or not query.metrics:
        return None
    hit = query.metrics[0].metric
    held = [v for v in views if v.is_current and v.fact.kind is Kind.ACTUAL]
    base = _whole_of(hit.name, hit.unit, held)
    lines = _lines(query, Ranking(True, "", m["kind"].lower()), base, hit.unit, held, vocab)
    amount = query.amounts[0]
    found = [
        (label, v)
        for label, v in lines or ()
        if same_amount(v, amount) or same_amount(v, amount, rounded=True) or _about(v, amount)
    ]
    if len(found) != 1:
        return None
    label, view = found[0]
    answer = compose(question, Pick(Intent.VALUE, (view,)))
    return replace(answer, text=f"{label}: {answer.text}")


def _about(view: FactView, amount: Quantity) -> bool:
    """Is VIEW's figure AMOUNT said roughly ("about 390" of 391): within 2%?"""
    value = view.fact.value
    near = abs(value - amount.value) <= 0.02 * abs(value)
    return amount.unit in ("units", view.fact.unit) and near


def _whole_of(name: str, unit: str | None, held: list[FactView]) -> str:
    """The figure a line's name (NAME, of the words the question said: "Central Region
    revenue" for "which region brought in the most revenue") is a part of: the company's
    figure in the same unit whose name's words are all NAME's, the longest such; NAME
    itself where none is."""
    words = set(name_lemmas(name))
    wholes = {
        v.fact.metric
        for v in held
        if v.fact.unit == unit
        and not RANGE_END.search(v.fact.metric)
        and set(name_lemmas(v.fact.metric)) < words
    }
    return max(wholes, key=lambda w: (len(name_lemmas(w)), w)) if wholes else name


def _lines(
    query: Query,
    ranking: Ranking,
    base: str,
    unit: str | None,
    held: list[FactView],
    vocab: Vocabulary,
) -> list[tuple[str, FactView]] | None:
    """Each line's figure for the period asked: the company's metrics of the base's family
    and unit whose names hold the base's words and more (the line's), regions for a region
    asked and the other lines else. Lines without the period are left out only where the
    rest add up to the company's total: then they are no lines of that split."""
    base_words = set(name_lemmas(base)) - _WHOLE
    family = vocab.metric_families.get(vocab.metric_id(base))  # type: ignore[arg-type]
    every: dict[str, list[FactView]] = defaultdict(list)
    for v in held:
        name = v.fact.metric
        if name == base or RANGE_END.search(name) or v.fact.unit != unit:
            continue
        metric_id = vocab.metric_id(name)
        if base_words < set(name_lemmas(name)) and vocab.metric_families.get(metric_id) == family:  # type: ignore[arg-type]
            every[name].append(v)
    mention = query.periods[0] if query.periods else None
    found = {name: find_period(mention, vs, query.anchor) for name, vs in every.items()}
    whole = find_period(mention, [v for v in held if v.fact.metric == base], query.anchor)
    total = whole.fact.value if whole is not None else None
    periods = [v.fact.period for v in found.values() if v is not None]
    if not periods:
        return None
    period = whole.fact.period if whole is not None else max(set(periods), key=periods.count)
    kept = {n: v for n, v in found.items() if v is not None and v.fact.period == period}
    if len(kept) < 2 or len(kept) > _MOST_LINES:
        return None
    regional = {n for n in kept if vocab.metric_regions.get(vocab.metric_id(n)) is not None}  # type: ignore[arg-type]
    if total is None:
        # no total to check the lines against: every line must have the period, and the
        # regions are ranked among the regions, the other lines among themselves
        if len(kept) < len(found):
            return None  # (a line without the period could have been the top one)
        asked = regional if ranking.kind == "region" else set(kept) - regional
        names = asked if len(asked) >= 2 else set(kept)
    else:
        names = _split_adding_up(kept, total, regional, ranking.kind == "region")
        if names is None:
            return None
    return [(_line_label(name, base), kept[name]) for name in names]


def _split_adding_up(
    kept: dict[str, FactView], total: float, regional: set[str], regions_asked: bool
) -> set[str] | None:
    """The lines that add up to the company's TOTAL (to half a percent): one split of it,
    regions where regions are asked ("equity throughput" is no region's); None where no
    lines add up, or two splits fit alike."""
    names = sorted(kept)
    fits = [
        set(combo)
        for size in range(2, len(names) + 1)
        for combo in itertools.combinations(names, size)
        if abs(sum(kept[n].fact.value for n in combo) - total) <= 0.005 * abs(total)
    ]
    if not fits:
        return None

    def kind_of(split: set[str]) -> int:  # how many of its lines are of the kind asked
        return len(split & regional) if regions_asked else len(split - regional)

    best = max(kind_of(s) for s in fits)
    chosen = [s for s in fits if kind_of(s) == best]
    return chosen[0] if len(chosen) == 1 else None


def _line_label(name: str, base: str) -> str:
    """The line's own words of NAME ("Asia" of "Asia revenue")."""
    for said in (base, " ".join(w for w in base.split() if w.lower() not in _WHOLE)):
        label = re.sub(re.escape(said), "", name, flags=re.IGNORECASE).strip(" ,-")
        if label and label != name:
            return label
    return name


def _parts_of_period(
    query: Query, ranking: Ranking, series: list[FactView]
) -> list[tuple[str, FactView]] | None:
    """The series' figures over spans of the kind ranked (quarters, months, halves) inside
    the period named (all of them, with none named)."""
    if not query.periods:
        return None  # ("its best quarter ever": the store holds no company's every quarter)
    low, high = _SPANS[ranking.kind]
    parts = [v for v in series if low <= v.fact.period.days <= high]
    if parts:
        wanted = resolve(query.periods[0].ref, calendar_of(parts[0]), query.anchor)  # type: ignore[arg-type]
        if not wanted:
            return None
        whole = wanted[0]
        # (a year counted in weeks starts and ends a few days off its months)
        parts = [
            v
            for v in parts
            if whole.start - WEEKS_SLACK <= v.fact.period.start
            and v.fact.period.end <= whole.end + WEEKS_SLACK
        ]
    spans = {v.fact.period for v in parts}
    if len(spans) != len(parts):
        return None  # (two figures of one span: no ranking)
    return [(month_in_full(v) or when(v), v) for v in parts]  # ("November 2025 was …")
