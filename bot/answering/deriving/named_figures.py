"""Figures worked out from two or more figures the question names, each cited: one less the
other, their sum, one as a share of another, a group less a segment, a region's share of
the whole.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import replace

from bot import patterns
from bot.answering.english.lexicon import SHORTHAND, verb_lemma
from bot.answering.english.words import (
    FILLER,
    UNADJUSTED_BASIS,
    lemmas,
    name_lemmas,
    said_as_its_verb,
)
from bot.answering.matching.decision import RANGE_END, Decision, Miss, Pick
from bot.answering.matching.match import select
from bot.answering.phrases import bare_amount, possessive
from bot.answering.reading import asks, rates
from bot.answering.reading.agreement import negation_differs, one_run_split, own_words_said
from bot.answering.reading.intent import Intent
from bot.answering.reading.query import Query, Reading
from bot.answering.vocabulary.name_forms import (
    capitalised_words,
    measure_lemmas,
    metric_unit_tag,
    mixed_case_words,
    without_unit_tag,
)
from bot.answering.vocabulary.vocabulary import MetricHit
from bot.facts import reporting
from bot.facts.model import Fact, FactView, Kind
from bot.facts.periods import find_periods


def _named_figures(
    query: Query,
    pool: list[FactView],
    *,
    percent: bool = False,
    any_measure: bool = False,
    whole_company: bool = False,
) -> list[tuple[MetricHit, FactView]]:
    """Each metric the question names (of the chosen one's measure; a percentage only when
    PERCENT: a gap between two rates is one, a share of a rate is none; ANY_MEASURE: of
    whatever measure, the chosen metric being only one guess; WHOLE_COMPANY: the whole
    company's beside the regions named, a region's share being of it) with the figure it
    states for the question's period and kind. Callers compare figures of one unit."""
    reading = query.reading
    if reading is None or not query.metrics:
        return []
    chosen = query.metrics[0].metric
    value_of = replace(query, intent=Intent.VALUE)
    picked: list[tuple[MetricHit, FactView]] = []
    asked = {i for i, t in enumerate(reading.tokens) if asks.share((t.text,))}
    for h in reading.candidates:
        region = _region_of(h.metric.name)
        held = (*reading.regions, None) if whole_company else reading.regions or (None,)
        if region not in held and not (region and h.by_short_form) and not _a_line_in_full(h):
            continue  # a region's figure is never the whole company's, nor another's
        measure = reporting.measure_of_unit
        if h.coverage < 0.5 or (not any_measure and measure(h.metric.unit) != measure(chosen.unit)):
            continue  # (a metric stated in two currencies: the figures' own units compared)
        if h.metric.unit == "percent" and not percent:
            continue
        if h.explained & asked:
            continue  # "share" asks for a share; it does not name "earnings per share"
        decision = select(value_of, [v for v in pool if v.fact.metric == h.metric.name])
        if isinstance(decision, Pick) and decision.intent is Intent.VALUE:
            picked.append((h, decision.facts[0]))
    return picked


def _a_line_in_full(hit: MetricHit) -> bool:
    """Is HIT's whole name said, naming a line of no region the vocabulary knows ("Ontario
    revenue" beside "Western Canada revenue": two lines compared, one region said)?"""
    return (
        hit.coverage == 1
        and _region_of(hit.metric.name) is None
        and bool(_narrowing(hit.metric.name) - reporting.phrase_words())
    )


def _within_other(a: MetricHit, b: MetricHit) -> bool:
    """Is A read only off words that name B, its own name not said in full?"""
    return a.explained < b.explained and a.coverage < 1


def between_named(
    query: Query, pool: list[FactView], before: int = -1, *, explaining: bool = False
) -> Pick | None:
    """Two figures the question names, of one company, period and kind, one less the
    other (see _between_named); two counts first where a count is asked ("how much more
    rebar than flat steel did they sell (tonnes)"), else any two."""
    if query.units_wanted == ("units",) and not asks.TIMES_ASKED.search(query.said):
        counted = _between_named(query, pool, before, explaining=explaining, counts=True)
        if counted is not None:
            return counted
    return _between_named(query, pool, before, explaining=explaining)


def _between_named(
    query: Query,
    pool: list[FactView],
    before: int = -1,
    *,
    explaining: bool = False,
    counts: bool = False,
) -> Pick | None:
    """Two figures the question names, of one company, period and kind, one less the
    other (or over it, asked how many times): the one named before 'than' first when the
    question says 'than', else the larger first ('the gap between gross and net orders').
    EXPLAINING: only two that between them explain every word the question left
    unexplained but the gap's own."""
    reading = query.reading
    if reading is None or len({m.ref for m in query.periods}) > 1:
        return None  # ("revenue in Q3 25 vs Q3 24": one figure over two periods)
    figures = _named_figures(query, pool, percent=True, any_measure=True)
    if query.units_wanted == ("percent",):
        # "the gap between Canada and the US, in points": two percentages, never two counts
        figures = [(h, v) for h, v in figures if h.metric.unit == "percent"]
    elif counts:
        figures = [(h, v) for h, v in figures if h.metric.unit == "units"]
    left = {
        i
        for i, w in reading.open_words
        if explaining and w in query.unexplained and w.lower() not in asks.GAP_WORDS
    }
    ahead = {i for i, t in enumerate(reading.tokens) if before >= 0 and t.start < before}
    # ("organic and reported growth": two bases said of one measure)
    bases = {w for t in reading.tokens for w in (t.lemma, t.text.lower())} & (
        reporting.qualifiers() | UNADJUSTED_BASIS
    )
    goal_said = not ahead and (query.kind in (Kind.TARGET, Kind.FORECAST) or query.expected)
    # ("how many times bigger": the one as a multiple of the other, never less it)
    intent = Intent.RATIO if asks.TIMES_ASKED.search(query.said) else Intent.DIFFERENCE
    sides = _named_either_side(figures, reading, ahead) if ahead and not left else None
    if sides is not None:
        return Pick(intent, sides)  # "colocation rev than amendment rev"
    where = {h.metric.id: _region_words(h, reading) for h, _ in figures}
    pairs = [
        (
            len(a.explained | b.explained),
            # ("store comps": the metric whose own name says "store")
            own_words_said(a, reading) + own_words_said(b, reading),
            a.coverage + b.coverage,
            first,
            second,
        )
        for a, first in figures
        for b, second in figures
        if a.metric.id != b.metric.id
        # each named by words of its own: two metrics read from the same words ("console
        # units": Nova or Nova Lite?) are one figure asked about, not two to compare
        and (_named_by(a, reading) | _bases_named(a, bases), a.explained)
        != (_named_by(b, reading) | _bases_named(b, bases), b.explained)
        and left <= a.explained | b.explained
        # (each by its own name where a goal is said: "domestic volume, actual vs target,
        # gap" names one line and its goal, never the gap to another line whose name is
        # said only in the first one's words)
        and not (goal_said and (_within_other(a, b) or _within_other(b, a)))
        # ("drive units revenue": one figure's name read as two metrics' words)
        and not one_run_split(a.explained, b.explained, reading)
        and not (RANGE_END.search(a.metric.name) or RANGE_END.search(b.metric.name))
        and _one_measure_on_two_bases(a, b, bases, reading)
        # (a rate and an amount are never set against each other: "revenue less price per
        # tonne" is no figure)
        and bool(_PER.search(a.metric.name)) == bool(_PER.search(b.metric.name))
        and (first.fact.entity, first.fact.period, first.fact.kind, first.fact.unit)
        == (second.fact.entity, second.fact.period, second.fact.kind, second.fact.unit)
        and (
            _named_first(a.explained | where[a.metric.id], b.explained | where[b.metric.id], ahead)
            if ahead
            else first.fact.value >= second.fact.value
        )
    ]
    if not pairs:
        return None
    best = max((p[0], p[1], p[2]) for p in pairs)
    tied = _fewest_unsaid([p for p in pairs if (p[0], p[1], p[2]) == best], reading)
    if len({frozenset((p[3].fact.metric, p[4].fact.metric)) for p in tied}) > 1:
        return None  # ("reported growth": revenue's or EBIT's? never one picked at random)
    first, second = tied[0][3], tied[0][4]
    if _a_change_against_a_level(first.fact.metric, second.fact.metric):
        return None  # ("EBITDA margin less revenue growth": no figure, whatever else fits)
    return Pick(intent, (first, second))


def _a_change_against_a_level(a: str, b: str) -> bool:
    """Is one of two figures so named a rate of change ("revenue growth") and the other a
    figure the reporting vocabulary knows as no change ("EBITDA margin")?"""
    return {_a_change(a), _a_change(b)} == {True, False}


def _a_change(name: str) -> bool | None:
    """True where the name ends in a word of change ("... growth", "... change"); False
    where the reporting vocabulary knows its figure as no change at all ("EBITDA margin");
    None otherwise ("comparable EBIT", "pricing yield": either)."""
    words = name_lemmas(name)
    if words and words[-1] in _CHANGE_ENDS:
        return True
    found = reporting.families_of(name)
    if found and not any(f.key == "growth" or f.states_change for f in found):
        return False
    return None


_CHANGE_ENDS = frozenset({"growth", "change", "increase", "decrease", "decline"})


def _named_either_side(
    figures: list[tuple[MetricHit, FactView]], reading: Reading, ahead: set[int]
) -> tuple[FactView, FactView] | None:
    """The figure the words before 'than' name best and the one the words after it name
    best ("colocation revenue" than "amendment revenue", never "colocation and amendment
    revenue", whose name takes in both sides), when each side names one figure alone and
    the two are of one company, period, kind and unit."""
    behind = set(range(len(reading.tokens))) - ahead
    hits = [h for h, _ in figures]
    first = _best_named(hits, reading, ahead, side_only=True)
    second = _best_named(hits, reading, behind, side_only=True)
    if first is None or second is None or first.metric.id == second.metric.id:
        return None
    view = {h.metric.id: v for h, v in figures}
    a, b = view[first.metric.id], view[second.metric.id]
    same = (a.fact.entity, a.fact.period, a.fact.kind, a.fact.unit)
    return (a, b) if same == (b.fact.entity, b.fact.period, b.fact.kind, b.fact.unit) else None


def _one_measure_on_two_bases(
    a: MetricHit, b: MetricHit, bases: set[str], reading: Reading
) -> bool:
    """Where the question says two bases ("organic and reported growth"), are A and B one
    measure on two of them (organic and net revenue growth; "organic growth" of revenue
    unsaid), never two measures (revenue and volume growth)? Words the question says
    name what it sets apart ("gross bookings and net revenue")."""
    if len(bases) < 2:
        return True
    said = {t.lemma for t in reading.tokens}

    def measure(hit: MetricHit) -> frozenset[str]:
        words = name_lemmas(without_unit_tag(hit.metric.name))
        return frozenset(words) - reporting.qualifiers() - FILLER - said

    return measure(a) <= measure(b) or measure(b) <= measure(a)


def _bases_named(hit: MetricHit, bases: set[str]) -> frozenset[str]:
    """The bases the question says that HIT's own name holds, where it says two or more
    ("adjusted and reported net income": "adjusted" names one of the two figures, though
    the words it qualifies are both's)."""
    if len(bases) < 2:
        return frozenset()
    name = hit.metric.name.lower()
    return frozenset(b for b in bases if b in name_lemmas(name) or b in name.split())


def _fewest_unsaid(pairs: list[tuple], reading: Reading) -> list[tuple]:
    """Of pairs of figures that fit as well, those whose names add the fewest words the
    question does not say ("gin net sales" before "Corrievale Gin net sales")."""
    said = {t.lemma for t in reading.tokens}

    def unsaid(p: tuple) -> int:
        # (grammar, qualifiers and the whole company's words, "group", narrow nothing)
        return sum(len(_narrowing(v.fact.metric) - said) for v in (p[3], p[4]))

    least = min(map(unsaid, pairs))
    return [p for p in pairs if unsaid(p) == least]


@functools.lru_cache(maxsize=4096)  # (the same few names, pair after pair)
def _narrowing(metric: str) -> frozenset[str]:
    """The words of a metric's name that narrow what it counts ("US", "Corrievale")."""
    whole = {
        w
        for m in reporting.regions_in(metric)
        if m.region.whole
        for w in lemmas(metric[m.start : m.end])
    }
    return frozenset(lemmas(metric)) - FILLER - reporting.qualifiers() - whole


def _region_words(hit: MetricHit, reading: Reading) -> set[int]:
    """The question's words naming the region of the hit's metric ("the us" of "US sales"),
    which name the figure as much as its own words do."""
    region = _region_of(hit.metric.name)
    if region is None:
        return set()
    return {i for i in reading.region_tokens if _region_key(reading.tokens[i].text) == region}


def _region_key(word: str) -> str | None:
    """The region a word the reading took for one names ("us": the U.S., read lower-case
    as the reading did, word_roles.lowercase_us)."""
    found = reporting.region_of(word.upper() if word == "us" else word)
    return None if found is None else found.key


def _named_first(a: set[int], b: set[int], ahead: set[int]) -> bool:
    """Is A's figure named before the comparison word (AHEAD), and B's not?"""
    return bool((a - b) & ahead) and not (b - a) & ahead


def sum_named(query: Query, pool: list[FactView]) -> Pick | None:
    """'Brazil and LAS normalized EBITDA together': the figures of two or more lines the
    question names, each by words of its own, of one measure ("normalized EBITDA", said),
    company, period, kind and unit, added up and each cited; between them they explain
    every word the question left unexplained."""
    reading = query.reading
    if reading is None or not query.metrics:
        return None
    left = {i for i, w in reading.open_words if w in query.unexplained}
    said = {t.lemma for t in reading.tokens}
    figures = [
        (h, v) for h, v in _named_figures(query, pool) if not RANGE_END.search(h.metric.name)
    ]
    chosen = lemmas(without_unit_tag(query.metrics[0].metric.name))
    for k in range(len(chosen) - 1, 0, -1):
        measure = chosen[-k:]
        # (the lines' shared measure named by a word of it: "cans" of "cans shipped"; or by
        # its initials: "gmv" of "gross merchandise volume")
        initials = "".join(w[0] for w in measure) if len(measure) > 1 else ""
        if not any(_said_as(word, said) for word in measure) and initials not in said:
            continue
        parts = {
            h.metric.name: (h, v)
            for h, v in figures
            if lemmas(without_unit_tag(h.metric.name))[-k:] == measure
            # (a region said by another of its names, "APAC", names its line too)
            and (
                _named_by(h, reading) - set(measure)
                or h.by_short_form
                or h.explained & reading.region_tokens
            )
        }
        parts = _not_named_within(
            _each_by_its_own(parts, reading, set(measure)), reading, set(measure)
        )
        keys = {(v.fact.entity, v.fact.period, v.fact.kind, v.fact.unit) for _, v in parts.values()}
        explained = set().union(*(h.explained for h, _ in parts.values()))
        if len(parts) >= 2 and len(keys) == 1 and left <= explained:
            ordered = sorted(
                parts.values(), key=lambda hv: _first_own_word(hv[0], reading, measure)
            )
            return Pick(Intent.SUM, tuple(v for _, v in ordered))
    return None


def _each_by_its_own(
    parts: dict[str, tuple[MetricHit, FactView]], reading: Reading, measure: set[str]
) -> dict[str, tuple[MetricHit, FactView]]:
    """PARTS less those named only by words every part says ("total operating income" of
    a bank whose segments' "operating income" shares "operating"): a line is named by a
    word of its own, or it is no line the question named."""
    said = {name: _named_by(h, reading) - measure for name, (h, _) in parts.items()}
    shared = frozenset.intersection(*said.values()) if len(said) > 1 else frozenset()
    return {
        name: (h, v)
        for name, (h, v) in parts.items()
        if said[name] - shared or h.by_short_form or h.explained & reading.region_tokens
    }


def _not_named_within(
    parts: dict[str, tuple[MetricHit, FactView]], reading: Reading, measure: set[str]
) -> dict[str, tuple[MetricHit, FactView]]:
    """PARTS less a line the question names only by words another line's name says in
    full ("field seeds and crop protection together": "seeds" is Field Seeds', never Vegetable
    Seeds' as well)."""
    plain = measure | reporting.qualifiers()  # ("net" of "net sales" names no line)
    said = {name: _named_by(h, reading) - plain for name, (h, _) in parts.items()}
    return {
        name: hv
        for name, hv in parts.items()
        # (a line named by its short form, "APAC", says none of its name's words)
        if not said[name] or not any(said[name] < said[other] for other in parts if other != name)
    }


def _said_as(word: str, said: set[str]) -> bool:
    """Is a measure's WORD said: itself, its verb ("shipped" for "shipments"), or a word
    the reporting vocabulary gives one meaning of it ("output" for "production")?"""
    if word in said or said_as_its_verb(word, said):
        return True
    families = {f.key for f in reporting.families_of((word,))}
    return len(families) == 1 and any(
        {f.key for f in reporting.families_of((w,))} == families for w in said
    )


def _first_own_word(hit: MetricHit, reading: Reading, measure: tuple[str, ...]) -> int:
    """Where the question first names the line ("Brazil" of "Brazil normalized EBITDA")."""
    own = [i for i in hit.explained if reading.tokens[i].lemma not in measure]
    return min(own or hit.explained)


def _named_by(hit: MetricHit, reading: Reading) -> frozenset[str]:
    """The question's words that are words of the metric's own name."""
    own = set(lemmas(hit.metric.name))
    return frozenset(reading.tokens[i].lemma for i in hit.explained) & own


def share_of(query: Query, pool: list[FactView]) -> Pick | Miss | None:
    """The smaller of two named figures of one company, period and kind as a share of the
    larger ('what share of revenue came from cloud'): of the pairs that fit, the one
    whose names account for most of the question's words, then the closest names."""
    if len({m.ref for m in query.periods}) > 1:
        return None  # "H1 2025 sales as a % of H1 2024": two periods, not two lines of one
    if len({type(m.ref) for m in find_periods(query.said)}) > 1:
        # ("what share of FY25 revenue was earned in H1": read as one, H1 FY25; never "Q3
        # streaming as a share of Q3 revenue", one period said twice)
        return None
    figures = _named_figures(query, pool, whole_company=True)
    if _part_of_several(told := _part_told(query), figures, query):
        # "came from Asia and the Middle East combined": a sum's share, no one figure's
        return Miss(
            "comparison",
            "I can't give the share of several figures added together; ask for each one's share.",
        )
    # (the figure the question names best is one of the two, or its words are: never a
    # pair of other lines that share a word or two with it)
    named = query.metrics[0].explained if query.metrics else frozenset()
    tokens = query.reading.tokens if query.reading is not None else ()
    said = {t.lemma for t in tokens}
    said_as_written = said | {t.text.lower().removesuffix("'s") for t in tokens}
    # the words naming the part: after the verb ("what share of W came from P"), else
    # before the word of a share ("P as a % of W", "P's share of W")
    of_share = [
        i
        for i in range(len(tokens) - 1)
        if tokens[i].lemma in asks.SHARE_WORDS and tokens[i + 1].lemma == "of"
    ]
    # ("replacement's share of replacement plus OE", "P as a percentage of W": the words
    # before the word of a share name the part)
    shares = [i for i, t in enumerate(tokens) if t.lemma == "share"]
    ahead = set(range(max(shares + of_share, default=0)))
    part_zone = told if told is not None else frozenset(range(of_share[-1] if of_share else 0))
    # (the part is the figure that names most of those words, whatever its value: never a
    # figure naming half of them, where the one naming them all is a loss)
    part_named = max((len(a.explained & part_zone) for a, _ in figures), default=0)
    every = bool(said & _EVERY)
    # the words after "P as a % of" name the whole: a word of them another figure names and
    # the whole does not ("lift" of "total lift revenue") rules that whole out
    # (only where the part is named before them: "share of exports in W", "what portion
    # of W did P contribute" name both after "of")
    named_before = of_share and told is None and part_named > 0
    whole_zone = set(range(of_share[-1] + 2, len(tokens))) if named_before else set()
    # (the words nothing else explained name one of the two: "npat" of "npat as % of
    # revenue", never a word the pair leaves aside)
    left = {w.lower() for w in query.unexplained} - asks.SHARE_WORDS
    left_at = {i for i, t in enumerate(tokens) if t.text.lower() in left}
    plain = _plain_words()
    others_words = {
        i for a, _ in figures for i in a.explained & whole_zone if tokens[i].lemma not in plain
    }
    # (where one figure's brand is said, a figure whose brand is not is no part of it)
    brand_said = any(_brand_said(v.fact.metric, said_as_written) for _, v in figures)
    pairs = [
        (
            len(a.explained | b.explained),
            # a part named by a word of its own: "what share of deliveries were school
            # buses" is never the transit buses' share of the school buses
            not a.explained < b.explained,
            # the whole a part is of is named by the part's name less its line ("merchandise
            # sales" of "Rest of Africa merchandise sales"), never a sibling line's
            _within(whole.fact.metric, part.fact.metric),
            # ... or by words said and words of measure: "units delivered", never the
            # school buses as the whole of the transit buses
            set(lemmas(whole.fact.metric)) <= said | measure_lemmas(),
            a.coverage + b.coverage,
            # (the whole that takes in more of the words naming it: "what share of fee
            # revenue came from China" is of fee revenue, never of all revenue)
            len(b.explained - part_zone),
            # (of wholes named alike, the widest: "strawberries share of the harvest" is of
            # all kilograms harvested, never of the herbs harvested)
            whole.fact.value,
            part,
            whole,
            # (a whole measured otherwise than the part, named by no word of its own:
            # "urea production" is no whole of "urea export sales volume")
            _measured_otherwise(
                whole.fact.metric, part.fact.metric, b.explained - a.explained, said
            ),
            # (the part named before "share", the whole only after it)
            bool((b.explained - a.explained) & ahead) and not (a.explained - b.explained) & ahead,
        )
        for a, part in figures
        for b, whole in figures
        if (whole.fact.entity, whole.fact.period, whole.fact.kind, whole.fact.unit)
        == (part.fact.entity, part.fact.period, part.fact.kind, part.fact.unit)
        and whole.fact.value > part.fact.value > 0
        # a range's ends bound one figure; neither is a part of the other
        and not (RANGE_END.search(part.fact.metric) or RANGE_END.search(whole.fact.metric))
        # (a rate is no part of an amount: "ancillary revenue per passenger")
        and not (rates.names_a_rate(part.fact.metric) or rates.names_a_rate(whole.fact.metric))
        and named <= a.explained | b.explained
        and others_words <= b.explained
        and left_at <= a.explained | b.explained
        and len(a.explained & part_zone) == part_named
        # ("what share of retail units were used": the part is named after "were")
        and (told is None or bool(a.explained & told))
        # a brand or code the question never says is never the part ("Kettlewell brand's
        # share" is never the Fizzhollow brand's) nor the whole ("rHDPE share of volume"
        # is of all resin, never of the rPET)
        and not (brand_said and _names_unsaid(part.fact.metric, said_as_written))
        and not _names_unsaid(whole.fact.metric, said_as_written)
        # a region's whole is named by words said: never another region ("Northern
        # Ireland share of sales" is never its ratio to the Republic of Ireland's)
        # (the part's own words narrow nothing away: "truck deliveries" is the whole of
        # "Europe truck deliveries", never "Europe order intake", the same region's)
        and (
            _region_of(part.fact.metric) is None
            or not _narrowing(whole.fact.metric)
            - said
            - measure_lemmas()
            - set(lemmas(part.fact.metric))
        )
        and (
            _region_of(part.fact.metric) is None
            or _region_of(part.fact.metric) != _region_of(whole.fact.metric)
            or set(lemmas(whole.fact.metric)) <= set(lemmas(part.fact.metric)) | said
        )
        # (tonnes are no share of litres; a profit is no share of a revenue)
        and _unit_tags_agree(part.fact.metric, whole.fact.metric)
        # (where the question names the part apart from the whole, "what share of W was
        # P": "X as a % of Y" may set any two figures against each other)
        and (told is None or _one_family(part.fact, whole.fact))
        # ("Asia (excl. Japan) sales" is no part of Japan's)
        and not _excluded_from(part.fact.metric) & set(reporting.normalize(whole.fact.metric))
        # "share of all units sold": the whole is the part's name less its line, never a
        # sibling line ("retail units sold" for the wholesale units' share)
        and not (every and _siblings(whole.fact.metric, part.fact.metric, part.fact.entity))
    ]
    if not pairs:
        return None
    *_, part, whole, otherwise, backwards = max(pairs, key=lambda p: p[:7])
    if backwards:
        return None  # the larger figure named as the part: a share of some sum, not held
    if otherwise:
        return None  # (never a lesser pair instead: the figures named best are not a share)
    # (the share the company states, where it does: "United States share of cases sold")
    stated = share_of_whole(part, pool)
    if stated is not None and stated.intent is Intent.VALUE:
        return stated
    return Pick(Intent.SHARE, (part, whole))


# words saying a share is of the whole of something ("all units", "total sales")
_EVERY = frozenset({"all", "total", "overall", "entire", "whole"})


@functools.cache
def _plain_words() -> frozenset[str]:
    """Words that name no part nor whole of a share: measures, qualifiers, "all"."""
    return measure_lemmas() | reporting.qualifiers() | _EVERY


def _excluded_from(name: str) -> set[str]:
    """The words a name takes out of what it counts ("excl. Japan", "ex-China")."""
    return {w for m in _EXCLUDED.finditer(name) for w in reporting.normalize(m.group().split()[-1])}


def _one_family(part: Fact, whole: Fact) -> bool:
    """Are two figures of one family of the reporting vocabulary, where both have one (as
    their units measure: "like-for-like revenue" in GBP is revenue), or both counts of
    things (homes sold through one channel of those shipped)?"""
    # ("non-like-for-like revenue" is revenue, no like-for-like figure)
    a, b = (
        reporting.family_of(_negated_as_one(f.metric), reporting.measure_of_unit(f.unit))
        for f in (part, whole)
    )
    return a is None or b is None or a.key == b.key or a.measure == b.measure == "units"


def _unit_tags_agree(part: str, whole: str) -> bool:
    """Do two names tag no units, or the same ("volume (litres)", "rPET sold (tonnes)")?"""
    a, b = metric_unit_tag(part), metric_unit_tag(whole)
    return a is None or b is None or a == b


def _names_unsaid(metric: str, said: set[str]) -> bool:
    """Does METRIC write brands or product codes ("Fizzhollow", "rPET"), none of which the
    question says ("publishing" says "Music Publishing")?"""
    names = capitalised_words(metric) | mixed_case_words(metric)
    return bool(names) and not names & said


def _brand_said(metric: str, said: set[str]) -> bool:
    """Does the question say a brand or product code METRIC writes?"""
    return bool((capitalised_words(metric) | mixed_case_words(metric)) & said)


def _glued_names_a_figure(glued: re.Match[str], named: list[MetricHit]) -> bool:
    """Does the word GLUED to "ex-" ("ex-Korea", "ex-AMPC") name a region or a word of a
    figure's name the question could mean, so that "ex-" takes it out ("ex-cage cost"
    names neither: a kind of cost)?"""
    word = glued["word"].lower()
    if reporting.region_of(word) is not None:
        return True
    return any(
        word in lemmas(h.metric.name) or word in h.metric.name.lower().split() for h in named
    )


_GLUED_WORD = patterns.compile(r"ex-(?P<word>[a-z0-9&]+)", re.IGNORECASE)


def _cue_in_name(reading: Reading, cue: int, named: list[MetricHit], after: set[int]) -> bool:
    """Is the word that seemed to take something out ("excluding") a word of a figure's
    own name, which also explains the words after it ("cost per unit excluding energy")?
    ("ex-AMPC" is "excluding AMPC" as a name writes it.)"""
    said = re.split(r"[\s-]", reading.text[cue:], maxsplit=1)[0].lower()
    words = {said, SHORTHAND.get(said, said)}  # "ex" of "excluding", or as a name writes it
    # (only words some figure's name explains: "… ex energy q2, cheers" ends in chat)
    explained = set().union(*(h.explained for h in named))
    rest = {i for i in after if reading.tokens[i].start > cue and i in explained}
    return any(
        # ("CASK ex-fuel": the cue glued to its word in the name)
        words & _name_words(h.metric.name) and rest and rest <= h.explained
        for h in named
    )


def _name_words(name: str) -> set[str]:
    """A name's words, a word glued by a hyphen ("ex-fuel") apart, each also as its
    shorthand is read ("ex": "excluding")."""
    words = set(re.split(r"[\s-]", name.lower()))
    return words | {SHORTHAND.get(w, w) for w in words}


_NON = patterns.compile(r"non[-\s]?[a-z]", re.IGNORECASE)


# "what share of its 2025 units were used", "what % of revenue came from cloud": the
# whole named after "share of", the part after the verb
_PART_VERBS = frozenset({"be", "come", "go"})


def _part_of_several(told: frozenset[int] | None, figures: list, query: Query) -> bool:
    """Do the words naming the part ("came from Asia and the Middle East") name two
    figures apart, joined by "and" or "plus", no figure naming the words of both? Then
    the part is their sum, never one of them (nor one as a share of the other)."""
    if told is None or query.reading is None:
        return False
    tokens = query.reading.tokens
    plain = _plain_words()
    content = {i for i in told if tokens[i].lemma not in plain and tokens[i].text.isalpha()}
    naming = {frozenset(a.explained & content) for a, _ in figures} - {frozenset()}
    for x, y in itertools.combinations(naming, 2):
        first, second = sorted((x, y), key=min)
        if x & y or max(first) > min(second) or any(x | y <= z for z in naming):
            continue
        between = query.reading.text[tokens[max(first)].end : tokens[min(second)].start]
        if _JOINED_PARTS.search(between):
            return True
    return False


# "Asia and the Middle East", "Asia plus MEA", "Asia & ME": two parts added together
_JOINED_PARTS = patterns.compile(r"\band\b|\bplus\b|&|\+", re.IGNORECASE)


def _part_told(query: Query) -> frozenset[int] | None:
    """The tokens naming the part in "what share of W were P", or None in other forms."""
    if query.reading is None or not asks.SHARE_OF.search(query.said):
        return None
    tokens = query.reading.tokens
    asked = [
        i
        for i in range(1, len(tokens) - 1)
        if tokens[i].lemma in asks.SHARE_WORDS
        and tokens[i - 1].lemma in ("what", "which")
        and tokens[i + 1].lemma == "of"
    ]
    if not asked:
        return None
    verb = next(
        (
            j
            for j in range(asked[0] + 2, len(tokens))
            # ("was", "is": the lemma dictionary leaves the copula's forms as they are)
            if tokens[j].lemma in _PART_VERBS or verb_lemma(tokens[j].text) in _PART_VERBS
        ),
        None,
    )
    return None if verb is None else frozenset(range(verb + 1, len(tokens)))


def _within(whole: str, part: str) -> bool:
    """Are the words of WHOLE's name all in PART's name, its words of the whole aside
    ("total despatches" of "export despatches")? ("household volume" is no word of
    "non-household volume": the negated word is one of its own)"""
    part = _EXCLUDED.sub(" ", part)  # ("Asia (excl. Japan) sales": Japan's are none of it)
    named = (set(reporting.normalize(_negated_as_one(n))) for n in (whole, part))
    return next(named) - _EVERY <= next(named)


def _siblings(whole: str, part: str, company: str) -> bool:
    """Are two names one measure of two lines apart ("retail units sold", "wholesale units
    sold": the same last words, words of their own before them that neither shares),
    words of the whole ("total revenue"), qualifiers ("net") and the COMPANY's own name
    ("resort net revenue" of Cedar Ridge Resorts: the whole, never a sibling of dining
    revenue) aside?"""
    a, b = lemmas(whole), lemmas(part)
    k = 0
    while k < min(len(a), len(b)) and a[len(a) - 1 - k] == b[len(b) - 1 - k]:
        k += 1
    whole_words = _EVERY | reporting.qualifiers() | set(lemmas(company))
    own_whole, own_part = set(a[: len(a) - k]) - whole_words, set(b[: len(b) - k])
    return k > 0 and bool(own_whole) and bool(own_part) and not own_whole & own_part


_PER = patterns.compile(r"\bper\b", re.IGNORECASE)
# a clause that leaves a part out, ended by a comma or a colon ("net of the US, …")
_FRONTED = patterns.compile(r"[^,;:?]*[,;:]", re.IGNORECASE)
_SUBTRACTS = patterns.compile(r"minus\b|subtract", re.IGNORECASE)
_NEGATED = patterns.compile(r"\bnon[-\s]+(\w+(?:-\w+)*)", re.IGNORECASE)


def _negated_as_one(name: str) -> str:
    """NAME with a negated word made one with its "non" ("nonhousehold volume"), a
    hyphenated one whole ("non-like-for-like revenue": "nonlikeforlike revenue", no
    like-for-like revenue in it)."""
    return _NEGATED.sub(lambda m: "non" + m.group(1).replace("-", ""), name)


_EXCLUDED = patterns.compile(r"\b(?:excl\.?|excluding|except|ex)\s+[\w&-]+", re.IGNORECASE)


def less_part(query: Query, pool: list[FactView]) -> Decision | None:
    """'net sales excluding game software', 'revenue not from cloud', 'units shipped minus
    sell-out': the figure the words before the cue name less the one the words after it
    name, when the store states both for the same period and kind. None when the question
    names only one figure; a Miss when it names two as well as each other on one side."""
    reading = query.reading
    cue = asks.excluding_at(query.said)
    named = [
        h
        for h in (reading.candidates if reading else ())
        if h.metric.unit == query.metrics[0].metric.unit
        and h.metric.unit != "percent"
        and h.coverage >= 0.5
    ]
    if reading is None or cue is None or len({h.metric.id for h in named}) < 2:
        return None
    after = {i for i, t in enumerate(reading.tokens) if t.start >= cue}
    ahead = {i for i, t in enumerate(reading.tokens) if t.end <= cue}
    fronted = _FRONTED.match(query.said, cue)
    if fronted is not None and not any(h.explained & ahead for h in named):
        # ("excluding the US, what was H1 revenue": the part said first, in a clause of
        # its own; the whole after it)
        after = {i for i in after if reading.tokens[i].start < fronted.end()}
        ahead = {i for i, t in enumerate(reading.tokens) if t.start >= fronted.end()}
    glued = _GLUED_WORD.match(query.said, cue)
    if glued is not None and not (
        _glued_names_a_figure(glued, named) and any(h.explained & ahead for h in named)
    ):
        # ("ex-cage cost": a kind of cost, the word glued on naming no figure, nor any
        # figure named before it to take one out of)
        return None
    # the part is named after the cue by words the figure it is taken from does not
    # explain there: "revenue less Q3 FY24 revenue" names one figure twice, no part
    parts = [
        h
        for h in named
        if h.explained & after
        and any((h.explained & after) - (g.explained & after) for g in named if g is not h)
    ]
    if not parts:
        return None
    # (a region left out of the whole company: "revenue ex-Korea")
    figures = _named_figures(query, pool, whole_company=True)
    held = {h.metric.id for h, _ in figures}
    # (two figures held named after the cue as well as each other: which is taken out?)
    chosen = _best_named([h for h in parts if h.metric.id in held], reading, after)
    part = chosen or parts[0]
    if _cue_in_name(reading, cue, named, after):
        return None  # "cost per unit excluding energy": the figure's own name, nothing taken out
    if (
        _NON.match(query.said, cue)
        and _NON.search(part.metric.name)
        and not negation_differs(part.metric.name, query.said[cue:])
    ):
        return None  # "non-dairy volume": the figure's own name, nothing taken out
    segment = next((v for h, v in figures if chosen and h.metric.id == chosen.metric.id), None)
    alike = {
        h.metric.id: v
        for h, v in figures
        if h.metric.id != part.metric.id
        and segment is not None
        and (v.fact.entity, v.fact.period, v.fact.kind, v.fact.unit)
        == (segment.fact.entity, segment.fact.period, segment.fact.kind, segment.fact.unit)
    }
    # the figure taken from is the one the words before the cue name, never any larger one
    whole = _best_named([h for h in named if h.metric.id in alike], reading, ahead)
    if segment is None or whole is None:
        return Miss(
            "comparison",
            "I don't have both figures for the same period, so I can't take one out of the other.",
            tuple(v for _, v in figures),
        )
    if alike[whole.metric.id].fact.value <= segment.fact.value and not _SUBTRACTS.match(
        query.said, cue
    ):
        # "X excluding Y" takes a part out of a larger whole ("X minus Y" may come out
        # below nil): a smaller X holds no Y ("Asia ex-Korea", Asia's figure being
        # already without Korea's)
        outer = alike[whole.metric.id]
        return Miss(
            "comparison",
            f"{possessive(outer.fact.entity)} {outer.fact.metric} ({bare_amount(outer)}) is "
            f"no larger than its {segment.fact.metric} ({bare_amount(segment)}), so it "
            "can't hold it: I can't take one out of the other.",
            (outer, segment),
        )
    return Pick(Intent.DIFFERENCE, (alike[whole.metric.id], segment))


def _measured_otherwise(whole: str, part: str, named_apart: set[int], said: set[str]) -> bool:
    """Is the WHOLE a figure of another family than the PART's (production, of export
    sales volume) where the question says the part's measure ("what % of its urea sales
    volume went to export") and names the whole by no word of its own (NAMED_APART: the
    words only the whole's name reads; "what share of production was exported", "revenue
    as a % of GMV" name theirs)?"""
    of_whole, of_part = reporting.family_of(whole), reporting.family_of(part)
    if of_whole is None or of_part is None or of_whole.key == of_part.key or named_apart:
        return False
    if set(lemmas(part)) - FILLER <= set(lemmas(whole)):
        return False  # ("made tea produced including bought leaf": the part's own whole)
    measures = measure_lemmas()
    return bool(set(lemmas(part)) & measures & said) and not set(lemmas(whole)) & measures & said


def _best_named(
    hits: list[MetricHit], reading: Reading, where: set[int], *, side_only: bool = False
) -> MetricHit | None:
    """Of HITS, the one the words at WHERE name best: most words of its own name said
    there, then most words explained there, then the fewest words of its name unsaid
    ("revenue" before "product revenue"). None when none is named there, or two different
    figures are named as well ("drive units" of shipped and sold-out drive units alike)."""

    # (SIDE_ONLY: a word said on the other side of a comparison names nothing here)
    said = {t.lemma for i, t in enumerate(reading.tokens) if not side_only or i in where}

    def named(h: MetricHit) -> tuple[int, int, int]:
        own = set(lemmas(h.metric.name))
        inside = h.explained & where
        unsaid = len(_narrowing(h.metric.name) - said)
        return sum(1 for i in inside if reading.tokens[i].lemma in own), len(inside), -unsaid

    ranked = sorted(hits, key=named, reverse=True)
    if not ranked or named(ranked[0])[:2] == (0, 0):
        return None
    if len(ranked) > 1 and named(ranked[1]) == named(ranked[0]):
        return None
    return ranked[0]


def _region_of(metric: str) -> str | None:
    region = reporting.region_of(metric)
    return None if region is None or region.whole else region.key


def share_names(metric: str) -> tuple[str, ...]:
    """The metrics a region's figure is a share of, and the share itself when stated:
    'Europe units sold' -> ('units sold', 'Europe share of units sold')."""
    mention = next(iter(reporting.regions_in(metric)), None)
    if mention is None or mention.region.whole:
        return ()
    region = metric[mention.start : mention.end]
    whole = " ".join((metric[: mention.start] + metric[mention.end :]).split())
    return whole, f"{region} share of {whole}"


def share_of_whole(part: FactView, pool: list[FactView]) -> Pick | None:
    """'What % of its H1 units came from Europe': the share the store states for that
    period ('Europe share of units sold'), else the region's figure as a share of the
    whole company's it is part of, same period and kind. None when neither is held."""
    p = part.fact
    names = share_names(p.metric)
    if not names or p.unit == "percent":
        return None
    whole_name, share_name = (n.casefold() for n in names)
    same = [
        v
        for v in pool
        if v.is_current
        and (v.fact.entity, v.fact.period, v.fact.kind) == (p.entity, p.period, p.kind)
    ]
    stated = next(
        (v for v in same if v.fact.metric.casefold() == share_name and v.fact.unit == "percent"),
        None,
    )
    if stated is not None:
        return Pick(Intent.VALUE, (stated,))
    whole = next(
        (v for v in same if v.fact.metric.casefold() == whole_name and v.fact.unit == p.unit),
        None,
    )
    if whole is None or not 0 < p.value <= whole.fact.value:
        return None
    return Pick(Intent.SHARE, (part, whole))
