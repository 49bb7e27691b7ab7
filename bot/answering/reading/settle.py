"""The Query settled from a Reading: the metric chosen among the candidates, every slot the
question states agreeing with it (region, range end, growth or level, count or not), and
the words nothing explains.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot import patterns
from bot.answering.english.lexicon import parts_of_speech, verb_lemma
from bot.answering.english.words import (
    ACTUAL_WORDS,
    ADJUSTED_BASIS,
    AVERAGE_WORDS,
    CASH_BASIS,
    CHANGE_BASES,
    CHANGE_VERBS,
    COPULAS,
    CURRENT_WORDS,
    EXPECTATION_WORDS,
    EXPECTED_WORDS,
    FILLER,
    GROWTH_WORDS,
    HIGH_END_WORDS,
    LOW_END_WORDS,
    MOVE_VERBS,
    ORIGINAL_WORDS,
    PERCENT_WORDS,
    PERIOD_RELATIONS,
    PERIOD_WORDS,
    PREVIOUS_WORDS,
    RESTATED_BASIS,
    SEQUENTIAL_WORDS,
    SERIES_WORDS,
    SOURCE_WORDS,
    TARGET_MET_WORDS,
    UNADJUSTED_BASIS,
    UNIT_WORDS,
    Token,
    currency_families,
    lemma,
    lemmas,
    name_lemmas,
    name_tokens,
    unaccented,
)
from bot.answering.reading import asks, rates
from bot.answering.reading.agreement import (
    CUMULATIVE,
    agrees,
    asks_count,
    brand_words,
    company_name_words,
    counts_money,
    genus_said,
    growth_expected,
    is_change,
    is_change_figure,
    is_sequential,
    is_share,
    kinds_alike,
    made_by_name,
    measure_of_the_one_thing,
    named_by_genus_word,
    negation_differs,
    one_run_split,
    own_words_said,
    percent_noun_said,
    said_as_written,
    said_measure_first,
    undoes,
    varieties_alike,
    verbs_of,
    viable_by_name,
    viable_in_region,
)
from bot.answering.reading.asks import GAP_WORDS, MIDPOINT_WORDS
from bot.answering.reading.change_asked import change_of_a_whole_name
from bot.answering.reading.currencies import (
    amount_in_currency,
    currencies_said,
    currency_unexplained,
    in_currency_said,
    in_no_other_currency,
    named_in_currency,
    without_currency_bases,
)
from bot.answering.reading.intent import (
    Intent,
    intent_of,
    kind_of,
    lexicon_word,
    revision_of,
)
from bot.answering.reading.line_named import line_named_alone
from bot.answering.reading.opposite_bases import opposite, other_measure_named
from bot.answering.reading.period_folding import start_day_unread
from bot.answering.reading.query import Query, Reading
from bot.answering.reading.statement_dates import (
    runs_up_to,
)
from bot.answering.reading.unread_years import year_unread
from bot.answering.reading.where_made import figures_not_places
from bot.answering.reading.word_roles import (
    WHOLE_OF_IT,
    business_unit,
    filler_naming_a_line,
    left_undone,
    verb_context,
)
from bot.answering.reading.year_ago_asked import year_ago_figure
from bot.answering.vocabulary.name_forms import (
    BUSINESS_UNITS,
    VOLUME_WORDS,
    capitalised_runs,
    capitalised_words,
    clips,
    measure_lemmas,
    measured_in,
    mixed_case_words,
    unit_untagged,
    without_range_end,
)
from bot.answering.vocabulary.vocabulary import MetricHit, Vocabulary, rank_metric
from bot.facts import reporting
from bot.facts.periods import (
    HalfRef,
    LatestRef,
    QuarterRef,
    RelativeRef,
    ToDateRef,
    YearRef,
    find_periods,
)
from bot.facts.periods.words import NUMERIC_DATE
from bot.facts.quantities import CURRENCY_WORDS, SCALE_WORDS, find_quantities
from bot.facts.unit_scales import respelled

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

_COUNTED = frozenset({"units", "copies", "pieces", "items"})


_TO_DATE_CODE = patterns.guarded(r"\b(?:LTD|ITD)\b")  # life / inception to date, in capitals only


_COMPARING = frozenset({"vs", "compare", "comparison", "against", "yoy", "difference"})


_PROGRESS = patterns.guarded(r"(?:%|\bper\s?cent(?:age)?)\s+of\b", re.IGNORECASE)


_NUMERIC_DATE = patterns.guarded(rf"(?<![\d.]){NUMERIC_DATE}")
# "net profit half 2025", "revenue 2024 quarter": a part of a year said without which one
# (never "which quarter of 2025", "per month 2025", "the best quarter of 2025": asked so)
_PART_BESIDE_YEAR = patterns.guarded(
    r"\b(?P<part>half|quarter|month|week|semester)\s+(?:of\s+)?(?:fy\s?|cy\s?)?'?\d{2,4}\b"
    r"|\b(?:fy\s?|cy\s?)?\d{4}\s+(?P<after>half|quarter|month|week|semester)\b"
    r"(?!\s+(?:by|on|over|to|ended|ending|earlier|ago|before|later))",
    re.IGNORECASE,
)
_ASKS_WHICH_PART = frozenset(
    {"which", "what", "each", "every", "per", "a", "by", "any"}
    # (or says it by another: "the same quarter of fy2024", "the corresponding half")
    | {"same", "that", "corresponding", "comparable", "equivalent", "prior", "previous"}
)
# "orders per day", "units a month": a rate over time, which a period's total is not
_PER_TIME = patterns.guarded(
    r"\b(?:per|each|every|a)\s+(?P<unit>day|week|month)\b(?!\s+(?:earlier|ago|before|later))",
    re.IGNORECASE,
)


def settle(
    reading: Reading,
    vocab: Vocabulary,
    available: set[int] | None = None,
    units: Mapping[int, frozenset[str]] | None = None,
) -> Query:
    """The Query: the best metric among those that agree with every slot the question
    states (region, range end, growth or level, count or not) and, when AVAILABLE is
    given, that its entities have figures for (in UNITS, by metric, where the question
    names a currency)."""
    tokens = list(reading.tokens)
    signals = dict(reading.signals)
    kept = _kept(reading, vocab)
    slots = kept.get("slots")
    if slots is None:
        slots = kept["slots"] = _slots(reading, tokens, signals, vocab)
    agreeing = _agreeing(reading, vocab, available, slots)
    viable = in_no_other_currency(_narrowed(agreeing, reading, vocab, slots, available), reading)
    viable = change_of_a_whole_name(viable, reading)
    viable = _worth_first(_currency_named_first(viable, reading), reading)
    viable = _top_line_first(_running_total_first(viable, reading), reading)
    viable, places = figures_not_places(viable, reading)
    viable = _things_before_their_money(viable, reading)
    top = rank_metric(viable[0]) if viable else None
    best = [h for h in viable if rank_metric(h) == top]
    best = _own_words_first(
        _said_verbatim(in_currency_said(best, reading, units), reading), reading
    )
    best = _worth_asked(best, reading)
    best = _no_brand_unsaid(_measure_left_unsaid(best, reading), reading, vocab)
    best = _whole_over_a_brand(best, agreeing, reading, vocab)
    split: list[str] = []  # the run of words, where it names a figure the store lacks
    if _one_name_split(best, reading):
        # "Drive Systems order backlog": one line's name, another line's figure
        split = [reading.tokens[i].text for i in sorted(set().union(*(h.explained for h in best)))]
        best = []
    metric_claimed = _metric_claimed(best, agreeing, reading, vocab, signals, slots.said)
    for i in metric_claimed:
        signals.pop(i, None)
    started = _start_named(reading)
    for i in started:
        if signals.get(i) in ORIGINAL_WORDS:
            signals.pop(i)  # ("since the first Iskra Cup": the start, never a first statement)
    # A region is explained when the metric chosen is about it; "worldwide" always is.
    region_ok = set(reading.region_tokens) if best or not reading.regions else set()

    words = set(signals.values())
    dated_revision = asks.revision_month(reading.text) is not None  # "the July revision"
    intent = _intent_settled(reading, words, tokens, signals, dated_revision)
    if intent is Intent.GROWTH and slots.compared_with_goal:
        intent = Intent.TARGET_MET  # ("how much did revenue differ from the goal")
    if slots.revising and intent is Intent.GROWTH:
        intent = Intent.VALUE
        words.add("change")
    if intent is Intent.TARGET_MET and best and available:
        # "did FY25 bookings growth beat the bottom of its guide": the growth rate set
        # against a growth guidance, never the level's
        best = _rate_said(best, reading, vocab, available) or best
    explained = reading.used | metric_claimed | set(signals) | region_ok | places
    if best and available:
        explained |= brand_words(reading, best[0], vocab, available)
        explained |= made_by_name(reading, best[0], vocab, available)
        explained |= genus_said(reading, best[0], vocab)
        explained |= percent_noun_said(reading, best[0])
        explained |= _volume_of_the_thing(reading, best[0])
        explained |= _clipped_beside(reading, best[0], explained)
        explained |= _noun_of_an_adjective(reading, best[0], explained)
        explained |= _per_unit_spelt(reading, best[0], vocab)
    if best:
        # (whatever the company: read before its figures are, "net" left unexplained is
        # rewritten by its reports' defined terms)
        explained |= _net_change_said(reading, best[0])
    if best and intent is Intent.VALUE:
        explained |= started
    unexplained = _unexplained(reading, tokens, explained, best, intent, slots.share_asked, units)
    unexplained += _rival_modifier(reading, best, explained)
    unexplained += _rival_measure(reading, best, explained)
    unexplained += _other_side_said(reading, best)
    if best and not slots.share_asked and not {t.lemma for t in tokens} & _PART_OF_WORDS:
        # ("data ARPU" read as the blended ARPU: a line's word of chat's filler unsaid by it;
        # never the part a share is asked of, "data share of service revenue")
        unexplained += tuple(
            t.text
            for i, t in enumerate(tokens)
            if i not in explained
            and filler_naming_a_line(
                t, tokens[i + 1] if i + 1 < len(tokens) else None, vocab, best[0].metric.name
            )
        )
    # (a span opened on a day no period reads, a figure's rest: nothing held answers them)
    unread = (
        start_day_unread(reading.text, reading.periods),
        left_undone(reading.text, reading.tokens),
        year_unread(reading.text, reading.periods),
    )
    unexplained += tuple(w for w in unread if w)
    # (said as the run it is: "home revenue", never "revenue" alone, which the store has)
    unexplained = tuple(dict.fromkeys((*split, *unexplained)))
    if intent is Intent.VALUE and not asks.derive(reading.text) and not words & GAP_WORDS:
        # a figure asked for, not worked out: two metrics as alike are asked about
        # ("which one did you mean?"), never taken as two figures to compare
        best = in_currency_said(
            best
            + kinds_alike(best, viable, tokens, company_name_words(reading, vocab))
            + varieties_alike(best, viable, tokens, vocab)
            + said_as_written(best, viable, tokens),
            reading,
            units,
        )
        best = _no_brand_unsaid(best, reading, vocab)
        best += _line_named_as_its_company(best, viable, reading, vocab)
    numbered_revision = asks.revision_ordinal(reading.text) is not None
    starts = frozenset(p.start for p in reading.periods)
    undated = None
    if reading.as_of is not None:
        undated = revision_of(
            words, tokens, signals, None, dated_revision, numbered_revision, starts
        )
    return Query(
        text=reading.question or reading.text,
        entity_ids=reading.entity_ids,
        metrics=tuple(best),
        kind=kind_of(words),
        # "what range did they give", "the revenue midpoint": ranges are targets and
        # forecasts; so are bounds, "the EBITDA floor" (an "at least" goal, or a range's
        # low end)
        expected=bool(words & EXPECTED_WORDS)
        or (
            (
                "range" in words
                or any(t.lemma == "midpoint" for t in reading.tokens)
                or (reading.range_end is not None and _bound_said(reading, best))
            )
            and kind_of(words) is None
        ),
        periods=reading.periods,
        intent=intent,
        revision=revision_of(
            words, tokens, signals, reading.as_of, dated_revision, numbered_revision, starts
        ),
        as_of=reading.as_of,
        sequential=bool(words & SEQUENTIAL_WORDS),
        unexplained=unexplained,
        amounts=reading.amounts,
        mentions_change=bool(words & CHANGE_VERBS) or expectation_moved(reading),
        units_wanted=slots.units_wanted,
        regions=reading.regions,
        range_end=reading.range_end,
        cumulative=_cumulative(reading, kept),
        undated_revision=undated,
        parts=asks.parts_asked(reading.text, _names_of(best)) if intent is Intent.TREND else None,
        reading=reading,
    )


def _names_of(hits: Sequence[MetricHit]) -> str:
    """The names of HITS' metrics, as one text (whose words a cue must not take)."""
    return " ".join(h.metric.name for h in hits)


# a goal's bound said as a noun: "the EBITDA floor", "the capex ceiling"
BOUND_WORDS = frozenset({"floor", "ceiling"})


def _bound_said(reading: Reading, best: list[MetricHit]) -> bool:
    """Does the question say a bound's noun that no chosen figure's name holds ("showroom
    floor space" is a figure's own floor)?"""
    named = {w for h in best for w in name_lemmas(h.metric.name)}
    return any(t.lemma in BOUND_WORDS and t.lemma not in named for t in reading.tokens)


def _kept(reading: Reading, vocab: Vocabulary) -> dict:
    """READING's `settled` memo, while VOCAB's metric index is the one its values were
    worked out with (`Vocabulary.update` swaps in a new one): else emptied first."""
    kept = reading.settled
    if kept.get("index") is not vocab.metric_families:
        kept.clear()
        kept["index"] = vocab.metric_families
    return kept


def _cumulative(reading: Reading, kept: dict) -> bool:
    """'since launch', 'by the end of 2024', 'LTD', 'through March': running totals count."""
    found = kept.get("cumulative")
    if found is None:
        found = kept["cumulative"] = (
            bool(_running_said(reading) or _TO_DATE_CODE.search(reading.text))
            or runs_up_to(reading)
        ) and not (_both_ends_named(reading) or _part_to_date(reading))
    return found


def _running_said(reading: Reading) -> bool:
    """Does the question say a running total? "In total" says one only of no period named
    ("how many have they sold in total"): "Q2 sales in total" is the quarter's whole."""
    return any(
        reading.periods == () or not _IN_TOTAL.fullmatch(m.group())
        for m in CUMULATIVE.finditer(reading.text)
    )


_IN_TOTAL = patterns.compile(r"in\s+total", re.IGNORECASE)


def _part_to_date(reading: Reading) -> bool:
    """'QTD as of 20 November', 'month to date': a span that names its own first day (the
    quarter's or the month's), which no running total since launch answers."""
    return any(isinstance(m.ref, ToDateRef) and m.ref.unit != "year" for m in reading.periods)


# "between end-October and end-December", "from March to June": a span whose start is
# named, which no running total since launch answers (two of them do, less one another)
_BOTH_ENDS = patterns.compile(r"^(?:between|from)\b", re.IGNORECASE)


def _both_ends_named(reading: Reading) -> bool:
    return any(_BOTH_ENDS.match(m.text) for m in reading.periods)


def _currency_named_first(viable: list[MetricHit], reading: Reading) -> list[MetricHit]:
    """'QoQ growth in USD terms' where the company states 'revenue growth quarter over
    quarter' and 'US dollar revenue growth quarter over quarter': the figure whose name
    says the currency asked comes first, when it is the same measure as the best one
    ("sales in US dollars" for "sales" in TWD, never a growth for a level)."""
    if len(viable) < 2 or not currencies_said(reading):
        return viable
    measure = _measure(viable[0])
    return _first_where(viable, lambda h: named_in_currency(h, reading) and _measure(h) == measure)


def _first_where(viable: list[MetricHit], wanted: Callable[[MetricHit], bool]) -> list[MetricHit]:
    """VIABLE with the hits WANTED first, of those accounting for every word the best one
    does (a hit ranked below it for a word of its name the question says another way)."""
    first = viable[0]
    found = [h for h in viable if h.explained >= first.explained and wanted(h)]
    is_found = _members(found)
    return found + [h for h in viable if id(h) not in is_found] if found else viable


def _measure(hit: MetricHit) -> str:
    return reporting.measure_of_unit(hit.metric.unit or "units")


def _said_verbatim(best: list[MetricHit], reading: Reading) -> list[MetricHit]:
    """Of metrics named by the same words ("open stores", "stores opened"), the one whose name
    the question says word for word, in its order, where only one is."""
    if len(best) < 2 or len({frozenset(name_lemmas(h.metric.name)) for h in best}) > 1:
        return best  # (only names of the same words: "revenue" beside its range ends stays)
    text = reading.text.lower()
    said = [h for h in best if re.search(rf"\b{re.escape(h.metric.name.lower())}\b", text)]
    if len(said) == 1:
        return said
    # "how many rooms did they open": a word said as a verb names the figure of the deed
    # ("rooms opened"), not of a state ("open rooms")
    verbs = {
        reading.tokens[i].lemma
        for h in best
        for i in h.explained
        if verb_context(reading.tokens, i) == "did"
    }
    done = [
        h
        for h in best
        if any(
            t.text.lower() != t.lemma and t.lemma in verbs and t.text.lower().endswith("ed")
            for t in name_tokens(h.metric.name)
        )
    ]
    return done if verbs and len(done) == 1 else best


def _worth_first(viable: list[MetricHit], reading: Reading) -> list[MetricHit]:
    """'What was the backlog worth': the amount of money ("backlog value") before the count
    ("backlog") it ranks below for the word of its name left unsaid."""
    if len(viable) < 2 or not asks.WORTH.search(reading.text):
        return viable
    return _first_where(viable, lambda h: _measure(h) == "money")


def _running_total_first(viable: list[MetricHit], reading: Reading) -> list[MetricHit]:
    """'How many has it handled since it opened': the figure whose name says it is a
    running total ("cumulative container throughput") before the year's figures it ranks
    below for that word."""
    if len(viable) < 2 or not _SINCE_START.search(reading.text):
        return viable
    return _first_where(viable, lambda h: bool(_RUNNING_NAME & set(name_lemmas(h.metric.name))))


# A running total said in so many words (never "as of" or "by the end": a level's day)
_SINCE_START = patterns.guarded(
    r"\b(?:since|cumulative(?:ly)?|lifetime|launch|debut|inception|to\s+date|all[\s-]time|so\s+far)\b",
    re.IGNORECASE,
)
_RUNNING_NAME = frozenset({"cumulative", "lifetime", "accumulate", "cumulatively"})


def _top_line_first(viable: list[MetricHit], reading: Reading) -> list[MetricHit]:
    """'organic growth' of "organic net sales growth", "organic volume growth" and
    "organic operating profit growth": a rate whose measure the question leaves unsaid is
    the top line's, as the press uses the words; never the one with the shortest name.
    Only names that differ by the measure left unsaid count ("Africa organic net sales
    growth" is a region's, "US dollar revenue growth" another basis)."""
    if len(viable) < 2 or viable[0].metric.unit != "percent":
        return viable
    said = set(reporting.normalize(reading.text))

    def measure(h: MetricHit) -> str | None:
        name = reporting.normalize(unit_untagged(without_range_end(h.metric.name)))
        keys = reporting.family_phrases().get(tuple(w for w in name if w not in said), ())
        return keys[0] if keys else None

    alike = [
        h
        for h in viable
        if h.explained == viable[0].explained and h.metric.unit == "percent" and measure(h)
    ]
    names = {without_range_end(h.metric.name): measure(h) for h in alike}
    top_line = [h for h in alike if measure(h) == "revenue"]
    if len(names) < 2 or len({without_range_end(h.metric.name) for h in top_line}) != 1:
        return viable
    words = [set(reporting.normalize(unit_untagged(name))) for name in names]
    if said & set.union(*words) != said & set.intersection(*words):
        return viable  # ("unit growth": a word of one measure's name is said)
    # (the other measures read as well are not asked about: never the volume's growth)
    return top_line + [h for h in viable if h not in alike]


def _worth_asked(best: list[MetricHit], reading: Reading) -> list[MetricHit]:
    """Of metrics that fit as well, a count and an amount of money ("backlog" in homes and
    "backlog value"), the amount where the question asks what the thing is worth."""
    if len(best) < 2 or not asks.WORTH.search(reading.text):
        return best
    return [h for h in best if _measure(h) == "money"] or best


def _no_brand_unsaid(best: list[MetricHit], reading: Reading, vocab: Vocabulary) -> list[MetricHit]:
    """Of metrics that fit as well, those whose names write no word with a capital that
    the question leaves unsaid, but for the company's own name: "Acme passengers" is all
    of them, never the "Acme Shuttle" brand's."""
    if len(best) < 2:
        return best
    said = {t.text for t in reading.tokens} | company_name_words(reading, vocab)
    plain = [h for h in best if not _brand_words(h.metric.name) - said]
    is_plain = _members(plain)
    # (a brand said some other way, "K3s" of "Model K3", explains more than the plain do)
    return [
        h for h in best if id(h) in is_plain or not any(h.explained <= p.explained for p in plain)
    ]


# the words of a line that is what the others leave, never the whole
_REST_OF_IT = frozenset({"other", "rest", "remaining", "remainder"})


def _whole_over_a_brand(
    best: list[MetricHit], viable: list[MetricHit], reading: Reading, vocab: Vocabulary
) -> list[MetricHit]:
    """'Rwenzori customers' of a telecom whose "Ensimbi Money active customers" say the
    word and whose "subscribers" mean it: where every best metric is a brand's the question
    never names, the one plain metric reading the most of the question's words, and of
    those the fewest words of its own (the company's whole), never the brand's line."""
    if not best:
        return best
    said = {t.text for t in reading.tokens} | company_name_words(reading, vocab)
    if not all(_brand_words(h.metric.name) - said for h in best):
        return best
    plain = [
        h
        for h in viable
        if h.explained >= best[0].explained
        and not _brand_words(h.metric.name) - said
        and not _REST_OF_IT & set(name_lemmas(h.metric.name))  # ("other cities desks")
    ]
    if not plain:
        return best
    words = {t.lemma for t in reading.tokens}

    def read(h: MetricHit) -> int:  # ("data customers": the data subscribers)
        return len(h.explained) + len(set(name_lemmas(h.metric.name)) & words)

    most = max(read(h) for h in plain)
    plain = [h for h in plain if read(h) == most]
    fewest = min(len(name_lemmas(h.metric.name)) for h in plain)
    whole = [h for h in plain if len(name_lemmas(h.metric.name)) == fewest]
    return whole if len(whole) == 1 else best


def _line_named_as_its_company(
    best: list[MetricHit], viable: list[MetricHit], reading: Reading, vocab: Vocabulary
) -> list[MetricHit]:
    """The lines named as the company is, beside the whole the question's words chose: "how
    many Tianjiao stores" of Tianjiao Sports, whose TIANJIAO brand has stores beside the
    group's total, says the brand and the company in one word, so both fit (and it is
    asked which). Only lines whose names say nothing else the question leaves unsaid."""
    if not best:
        return []
    top = best[0]
    said = {t.lemma for t in reading.tokens}
    own = company_name_words(reading, vocab) & said
    # ("stores in total", "all its stores": the whole, said as the whole)
    if not own or own & set(name_lemmas(top.metric.name)) or said & WHOLE_OF_IT:
        return []
    covered = {reading.tokens[i].lemma for i in top.explained} | set(name_lemmas(top.metric.name))
    is_best = _members(best)
    lines = []
    for h in viable:
        if id(h) in is_best or h.explained != top.explained or h.metric.unit != top.metric.unit:
            continue
        # (every word of the company's name said is the line's: "Halloran & Finch" said in
        # full is the company, never its Halloran brand)
        words = set(name_lemmas(h.metric.name))
        if own <= words and words - own <= covered:
            lines.append(h)
    return lines


def _names_an_amount_said(hit: MetricHit, reading: Reading) -> bool:
    """Does HIT's name state an amount the question states too ("$100,000" and "$100k")?"""
    if not reading.amounts or not any(c.isdigit() for c in hit.metric.name):
        return False
    return any(m.quantity in reading.amounts for m in find_quantities(hit.metric.name))


def _members(hits: list[MetricHit]) -> set[int]:
    """The identities of HITS, for membership tests of hits taken from the same list: a
    hit's own `==` compares every field of it and of its metric, and `h in hits` makes
    one such comparison per hit before it (~0.1 ms a question where dozens of candidates
    are filtered several times). HITS are always filtered from that list, never copied,
    so a hit is among them exactly when it is one of them."""
    return {id(h) for h in hits}


@functools.lru_cache(maxsize=8192)  # (of the same few names, question after question)
def _brand_words(name: str) -> frozenset[str]:
    """The words a metric's name writes with a capital that name a line, a brand or a
    region ("Orchard Lane packs sold"), never the reporting vocabulary's own words
    ("Net sales", "Total revenue")."""
    # (and a product's code in mixed case: "rPET", "iPhone")
    own = {
        w
        for w in capitalised_words(name) | mixed_case_words(name)
        if w not in reporting.phrase_words() and w not in reporting.qualifiers()
    }
    for run in capitalised_runs(name):
        words = {w.lower() for w in run.split()}
        if words & own:
            own |= words  # ("Nuru Home systems": "Home", a word of reports, is the brand's)
    return frozenset(own)


def _own_words_first(best: list[MetricHit], reading: Reading) -> list[MetricHit]:
    """Of metrics that fit as well, those whose own names hold the most of the question's
    words ("store comps": "comparable store sales growth", whose name says "store", over
    "comparable sales growth", which reads "store" only through the vocabulary's
    "comparable store sales")."""
    if len(best) < 2:
        return best
    most = max(own_words_said(h, reading) for h in best)
    return [h for h in best if own_words_said(h, reading) == most]


def _measure_left_unsaid(best: list[MetricHit], reading: Reading) -> list[MetricHit]:
    """Of metrics that fit as well, those whose names leave unsaid only how the things
    were counted: "how many tractors" is "tractor sales", never "tractor exports", whose
    unsaid word names a part of them."""
    if len(best) < 2 or asks.adds(reading.text) or any(h.metric.unit != "units" for h in best):
        # ("how many did they add": a count held at dates may be meant; "backlog" of a
        # count and an amount of money: either)
        return best
    said = {t.lemma for t in reading.tokens}
    counts = reporting.count_words()
    plain = [h for h in best if _only_count_words_unsaid(h.metric.name, said, counts)]
    return plain or best


def _only_count_words_unsaid(name: str, said: set[str], counts: frozenset[str]) -> bool:
    """Does the metric NAME leave unsaid only COUNTS words, in either spelling of its units
    ("MW installed" of "megawatts installed")?"""
    plain = unit_untagged(without_range_end(name))
    return any(set(name_lemmas(form)) - said <= counts for form in (plain, respelled(plain)))


def _things_before_their_money(best: list[MetricHit], reading: Reading) -> list[MetricHit]:
    """Of metrics that fit as well, the counts of the things named ("micro-markets added",
    "net machine adds": micro-markets in operation) before the money they made, where
    every such amount leaves its measure ("revenue") unsaid and no money is asked."""
    if len(best) < 2 or _MONEY_ASKED.search(reading.text) or currencies_said(reading):
        return best
    counts = [h for h in best if h.metric.unit == "units"]
    amounts = [h for h in best if h.metric.unit not in ("units", "percent")]
    if not counts or not amounts:
        return best
    said = {t.lemma for t in reading.tokens}
    if said & _money_words():
        return best  # ("season pass sales": the money may be meant)
    measures = measure_lemmas()
    for h in amounts:
        unsaid = set(name_lemmas(unit_untagged(without_range_end(h.metric.name)))) - said
        if not unsaid or not unsaid <= measures:
            return best  # (an amount named in full, or by a word of a line: no guess)
    # (only an amount whose words a count explains as well: "home centers minus dealers"
    # is no count of dealer showrooms)
    qualified = {i for i, t in enumerate(reading.tokens) if t.lemma in reporting.qualifiers()}
    # (and a thing named, never a measure alone: "orderbook" may be ships or money)
    things = {i for i, t in enumerate(reading.tokens) if t.lemma not in measures}
    counted = [
        h
        for h in amounts
        if (h.explained - qualified) & things
        and any(c.explained >= h.explained - qualified for c in counts)
    ]
    return [h for h in best if h not in counted]


@functools.cache
def _money_words() -> frozenset[str]:
    """The lemmas of the one-word phrases of the reporting families measured in money
    ('sale', 'revenue', 'turnover', 'profit')."""
    money = {f.key for f in reporting.families() if f.measure == "money"}
    words = " ".join(
        p[0] for p, keys in reporting.family_phrases().items() if len(p) == 1 and money & set(keys)
    )
    return frozenset(lemmas(words)) - reporting.qualifiers()


# "how much", "worth", "value": money may be asked, so no count is preferred to it
_MONEY_ASKED = patterns.compile(r"\bhow\s+much\b|\bworth\b|\bvalue\b|\bspen[dt]\b", re.IGNORECASE)


def _one_name_split(best: list[MetricHit], reading: Reading) -> bool:
    """Do the metrics that fit best each take a different part of one run of words, with
    nothing joining the parts ("drive systems order backlog" as "Drive Systems net
    sales" and "Tooling order backlog")? Then the question names a figure the
    store lacks, never either of those."""
    parts = {h.explained for h in best if h.nouns}
    return any(one_run_split(a, b, reading) for a, b in itertools.combinations(parts, 2))


@dataclass(frozen=True)
class _Slots:
    """What a question states besides its metric's words, read once per settling."""

    said: frozenset[str]  # the lexicon words its signals stand for
    revising: bool  # a revision of an expectation, not growth
    growth_said: bool
    units_wanted: tuple[str, ...]
    counted: bool  # units counted in so many words ("EMEA units")
    asked_verbs: frozenset[str]
    guidance_changed: bool  # the guidance's revisions, never a change metric
    count_asked: bool
    share_asked: bool  # a percentage of a whole
    compared_with_goal: bool  # "differ from the goal": an actual against an expectation
    measure_asked: bool = False  # "in kt", "(tonnes)": the unit of measure the answer is in


# "differ from the goal", "compared with its target": a figure set against an expectation,
# the comparison's object, never the expectation revised
_COMPARED_WITH_GOAL = patterns.guarded(
    r"\b(?:differ(?:s|ed)?\s+from|compared?\s+(?:with|to|against)|difference\s+between\b.*\band)"
    r"\s+(?:the|its|their|his|her|our)?\s*(?:\w+\s+){0,3}?"
    r"(?:target|goal|plan|guidance|forecast|outlook|budget|ambition|aim)s?\b",
    re.IGNORECASE,
)


# Words of a figure moving ("come down", "rose"): never a rate's name ("growth", "yoy")
# nor a comparison ("vs", "better")
_MOVES = GROWTH_WORDS - {
    *("growth", "hoh", "mom", "qoq", "yoy", "against", "compare", "comparison", "vs"),
    *("differ", "difference", "bad", "better", "worse", "stronger", "weaker"),
    *("narrower", "wider", "swing"),
}


# "the digital share of software units", "ratio of": what follows is the whole a share is
# of, its unit no unit of the share
_OF_A_WHOLE = patterns.guarded(
    r"\b(?:share|ratio|proportion|fraction|portion|percentage)\s+of\b", re.IGNORECASE
)


def _slots(
    reading: Reading, tokens: list[Token], signals: dict[int, str], vocab: Vocabulary
) -> _Slots:
    """What the question states besides its metric's words: growth or a revision of an
    expectation, the units wanted, a count, a share."""
    said = set(signals.values())
    compared_with_goal = bool(_COMPARED_WITH_GOAL.search(reading.text))
    # "the size of the increase in its guidance": a revision of an expectation, not growth
    revising = (
        bool(said & GROWTH_WORDS)
        # "the May 2024 outlook cut: how far did its floor fall": a statement
        # dated and a revision named are an expectation revised as much as its name is
        and (
            bool(said & EXPECTATION_WORDS)
            or (reading.as_of is not None and bool(said & CHANGE_VERBS))
            # "how far has the low end come down": a range (or its end) moving
            or ((reading.range_end is not None or "range" in said) and bool(said & _MOVES))
        )
        and len(reading.periods) < 2
        # ("vs the previous guidance": one expectation set against the statement before;
        # never "vs the original", which is the change in all, see deriving)
        and (not said & _COMPARING or bool(said & PREVIOUS_WORDS))
        and not growth_expected(signals)
        and not asks.change_of_a_figure(reading.text)
        # ("how much did revenue differ from the goal": the actual set against it)
        and not compared_with_goal
    )
    # "retail sales change in Q2": with no target or forecast about, a change is growth
    changed = "change" in said and not said & EXPECTATION_WORDS
    growth_said = (
        (bool(said & GROWTH_WORDS) or changed or bool(asks.HOW_DID_IT_DO.search(reading.text)))
        and not revising
        # "what did deliveries rise to": the level reached, never a growth rate
        and not asks.LEVEL_REACHED.search(reading.text)
    )
    whole = _OF_A_WHOLE.search(reading.text)
    whole_from = whole.end() if whole else None
    units_wanted = tuple(
        dict.fromkeys(
            unit
            for i, t in enumerate(tokens)
            for unit in _units_named(t.lemma)
            if not _many_of_a_scale(tokens, i)
            and not _many_of_money(tokens, i)
            and not business_unit(tokens, i, vocab)
            and not _in_a_name(tokens, i, reading)
            # ("revenue per piece": what is divided by, never the unit of the answer)
            and not (i and tokens[i - 1].lemma == "per")
            # ("digital share of software units": the whole's unit, never the answer's)
            and not (whole_from is not None and t.start >= whole_from)
        )
    )
    measure_asked = any(_measure_asked(tokens, i, reading) for i in range(len(tokens)))
    if not units_wanted and measure_asked:
        units_wanted = ("units",)  # "power sold in kWh": a quantity, never its revenue
    # "EMEA units", "cloud units": units counted in so many words are never a money figure
    # (the region's or segment's revenue), though "how many orders" may be one; the plural
    # only, as "the cloud unit's revenue" names a business unit
    counted = any(
        t.text.lower() in _COUNTED and not _in_a_name(tokens, i, reading)
        for i, t in enumerate(tokens)
    )
    # "how did the revenue guidance change": the guidance's revisions, never a metric
    # that is itself a change ("Outdoor Gear revenue change")
    guidance_changed = (
        "change" in said
        and bool(said & EXPECTATION_WORDS)
        and not said & (GROWTH_WORDS - {"change"})
        and not asks.change_of_a_figure(reading.text)
    )
    # "what % of its units came from Europe": a percentage, never a count or an amount
    share_asked = (
        (units_wanted == ("percent",) or bool(_PROGRESS.search(reading.text)))
        and not growth_said
        and not said & EXPECTATION_WORDS
    )
    return _Slots(
        said=frozenset(said),
        revising=revising,
        growth_said=growth_said,
        units_wanted=units_wanted,
        counted=counted,
        asked_verbs=verbs_of(tokens),
        guidance_changed=guidance_changed,
        count_asked=asks_count(reading, units_wanted),
        share_asked=share_asked,
        compared_with_goal=compared_with_goal,
        measure_asked=measure_asked,
    )


def _other_side_said(reading: Reading, best: list[MetricHit]) -> tuple[str, ...]:
    """'VI ebit q3' where the company states EBITA: the question's word of another earnings
    measure than the chosen figure's (opposite_bases), said unexplained."""
    if not best:
        return ()
    said = {t.lemma for t in reading.tokens} | {t.text.lower() for t in reading.tokens}
    own = other_measure_named(best[0].metric.name, said)
    if own is None:
        return ()
    return tuple(t.text for t in reading.tokens if opposite(t.text.lower(), own))[:1]


def _rival_modifier(
    reading: Reading, best: list[MetricHit], explained: set[int] | frozenset[int]
) -> tuple[str, ...]:
    """'prepaid churn' where the store holds "mobile postpaid churn": a word right before
    the name's word that the question says in its own place, of the same ending ("prepaid"
    for "postpaid"), the name's word unsaid, names another variety, never this one."""
    if not best:
        return ()
    hit = best[0]
    name = [t.lemma for t in name_tokens(hit.metric.name)]
    said = {t.lemma for t in reading.tokens}
    for i in sorted(hit.explained):
        lemma = reading.tokens[i].lemma
        k = name.index(lemma) if lemma in name else -1
        if i == 0 or k < 1 or name[k - 1] in said:
            continue
        before = reading.tokens[i - 1]
        if (
            i - 1 in explained
            or i - 1 in reading.used
            or not before.text.isalpha()
            or before.lemma in FILLER
            or lexicon_word(before.lemma) is not None
            or not (
                _same_ending(before.text.lower(), name[k - 1])
                or _another_modifier(before, name[k - 1])
            )
        ):
            continue
        return (before.text,)
    return ()


@functools.cache
def _not_varieties() -> frozenset[str]:
    """Words before a figure's name that say its basis, its span or how much: never a
    variety of their own. Gathered once, at the first question that needs them."""
    return (
        reporting.qualifiers()
        | WHOLE_OF_IT
        | asks.COMPARATIVES
        | AVERAGE_WORDS
        | CURRENT_WORDS
        | ORIGINAL_WORDS
        | PREVIOUS_WORDS
        | RESTATED_BASIS
        | UNADJUSTED_BASIS
        | SERIES_WORDS
        | PERIOD_WORDS
        | PERIOD_RELATIONS
    )


def _another_modifier(said: Token, held: str) -> bool:
    """'condensed milk revenue' where the store's name says "liquid milk revenue": an
    adjective or participle in the place of the name's own modifier, neither a basis
    ("net", "total", "reported"), names another variety."""
    if {held, said.lemma, said.text} & _not_varieties():
        return False
    # ("realised price", "manufacturing vertical growth": a word said of the reporting
    # vocabulary's own phrases, or one that marks a line, is no variety of its own; the
    # name's own modifier may be one: "distributed" is no "generation")
    if {said.lemma, said.text} & (reporting.phrase_words() | reporting.segment_words()):
        return False
    if CUMULATIVE.fullmatch(said.text):  # ("cumulative deliveries": a span, no variety)
        return False
    kinds = parts_of_speech(said.text)
    return "ADJ" in kinds or ("VERB" in kinds and said.text.endswith("ed"))


# words asking a part of a whole ("data as share of service revenue"): the part's word is
# read by the share, never said back as a line unread
_PART_OF_WORDS = asks.SHARE_WORDS | PERCENT_WORDS


def expectation_moved(reading: Reading) -> bool:
    """'how much did the guide improve', 'has the midpoint come down since January': an
    expectation's move (a range's end or midpoint is one's), sized, is its revision, as a
    verb of revising says it."""
    text, words = reading.text, {t.lemma for t in reading.tokens}
    return (
        bool(words & (EXPECTATION_WORDS | MIDPOINT_WORDS) or reading.range_end is not None)
        # ("how far did it fall short of the high end", "the guide's midpoint vs the actual")
        and not _met_said(reading)
        and (
            (asks.size(text) and (_moved(reading.tokens) or asks.phrasal_move(text)))
            or asks.what_happened(text)
        )
    )


def _met_said(reading: Reading) -> bool:
    """Does the question set a figure against a goal or an actual ("did it top the
    target", "vs the actual")? Never by the noun of a range's end ("how much did the
    *top* of the range come down")."""
    tokens = reading.tokens
    return any(
        t.lemma in TARGET_MET_WORDS | ACTUAL_WORDS
        and not (reading.range_end is not None and _an_end_noun(tokens, i))
        for i, t in enumerate(tokens)
    )


def _an_end_noun(tokens: list[Token], i: int) -> bool:
    """Is token I a range's end said as a noun ("the top of", "its top end")?"""
    before = tokens[i - 1].text if i else ""
    after = tokens[i + 1].lemma if i + 1 < len(tokens) else ""
    return tokens[i].lemma in HIGH_END_WORDS | LOW_END_WORDS and (
        after in ("of", "end") or before in ("the", "its", "their")
    )


def _moved(tokens: list[Token]) -> bool:
    """A verb of moving said of what was stated ("did the guide improve"), never of what
    it expects ("forecast to grow by what %") nor as a noun ("how big an increase")."""
    return any(
        t.lemma in MOVE_VERBS and not (i and tokens[i - 1].text in _BEFORE_NO_MOVE)
        for i, t in enumerate(tokens)
    )


# words before a verb of moving that make it an expectation's or a noun ("to grow", "an
# increase"), never a move of a figure stated
_BEFORE_NO_MOVE = frozenset({"to", "a", "an", "the"})


# Figures made against figures sold on: "ounces sold" is never "ounces produced"
_MADE = ("units_produced",)
_SOLD_ON = ("units_sold", "units_shipped", "units_delivered")


def _rival_measure(
    reading: Reading, best: list[MetricHit], explained: set[int] | frozenset[int]
) -> tuple[str, ...]:
    """'Yundi Creek gold sold' where the store holds "Yundi Creek gold ounces produced": a
    verb of one side of making and selling ("sold") said where the name chosen says only
    the other ("produced") names another figure, never this one."""
    if not best:
        return ()
    name = {w for t in name_tokens(best[0].metric.name) for w in (t.text.lower(), t.lemma)}
    for said_side, other_side in ((_MADE, _SOLD_ON), (_SOLD_ON, _MADE)):
        said_words = reporting.own_words_of(said_side)  # ("sell", sold and shipped alike)
        other_words = reporting.own_words_of(other_side)
        if name & said_words or not name & other_words:
            continue
        for i, tok in enumerate(reading.tokens):
            if i in explained or not {tok.text.lower(), tok.lemma} & said_words:
                continue
            if i > 0 and reading.tokens[i - 1].lemma in _SET_APART:
                continue  # ("deliveries, not production": the other side set apart)
            return (tok.text,)
    return ()


# words before a measure that set it apart from the one asked
_SET_APART = frozenset({"not", "no", "excluding", "excl", "ex", "without", "than", "nor"})


def _same_ending(word: str, other: str) -> bool:
    """Are WORD and OTHER two words of one ending with another start ("prepaid" and
    "postpaid", "onshore" and "offshore", "inbound" and "outbound"): varieties of one thing
    set against each other?"""
    if word == other:
        return False
    shared = 0
    while shared < min(len(word), len(other)) and word[-1 - shared] == other[-1 - shared]:
        shared += 1
    return shared >= 4 and len(word) - shared <= 4 and len(other) - shared <= 4


def _rate_said(
    best: list[MetricHit], reading: Reading, vocab: Vocabulary, available: set[int]
) -> list[MetricHit]:
    """The change metric of the line chosen, named with the change word the question
    says right after the line's words ("bookings growth"), where the company has one."""
    top = best[0]
    if is_change(top, vocab):
        return []
    after = max(top.explained) + 1
    if after >= len(reading.tokens) or reading.tokens[after].lemma not in GROWTH_WORDS:
        return []
    rates = [
        h
        for h in reading.candidates
        if h.metric.id in available
        and is_change(h, vocab)
        and h.explained >= top.explained | {after}
        and not _one_name_split([h], reading)
    ]
    # ("the bottom of its guide": that end's own metric, where a range is two)
    ends = [h for h in rates if vocab.metric_ends.get(h.metric.id) == reading.range_end]  # type: ignore[arg-type]
    return (ends or rates)[:1]


def _units_named(lemma: str) -> tuple[str, ...]:
    """The units a word names: its own ("percent", "yen"), or those of every currency
    whose name it ends ("dirham": the Moroccan's and the Emirati's, whichever the company
    reports in)."""
    if lemma in UNIT_WORDS:
        return (UNIT_WORDS[lemma],)
    return tuple(sorted(currency_families().get(lemma, ())))


def _many_of_money(tokens: list[Token], i: int) -> bool:
    """'how *many* dirhams', 'how many euros': money counted, never a number of things."""
    if tokens[i].lemma != "many" or i + 1 >= len(tokens):
        return False
    named = _units_named(tokens[i + 1].lemma)
    return bool(named) and named != ("units",)


def _many_of_a_scale(tokens: list[Token], i: int) -> bool:
    """'how many crore did sales beat it by': "many" before a scale counts that scale,
    money or things alike; the words after it tell which. 'How many points': "many"
    before a percentage's unit counts that unit, never things ("how many pounds" may be
    either, and is left to the words after it)."""
    if tokens[i].lemma != "many" or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    if after.text.lower() in SCALE_WORDS:
        return True
    # ("how many points of sale": a thing counted, named by a unit's word)
    named = i + 2 < len(tokens) and tokens[i + 2].lemma == "of"
    return UNIT_WORDS.get(after.lemma) == "percent" and not named


def _measure_asked(tokens: list[Token], i: int, reading: Reading) -> bool:
    """Is the word at I a unit of measure the answer is asked in ("in kWh", "in litres",
    "(tonnes)"), never one divided by ("per tonne", "US$/oz"), a scale ("in £m") or a word
    of a metric's name?"""
    if not _unit_asked_in(tokens, i, reading.text):
        return False
    return not _in_a_name(tokens, i, reading) and not any(
        tokens[i].lemma in lemmas(h.metric.name) for h in reading.candidates[:1]
    )


def _unit_asked_in(tokens: list[Token], i: int, text: str) -> bool:
    """Is the word at I a unit of measure said as the one asked in ("in kWh", "(tonnes)"),
    never a scale ("in £m"), a word of counting ("units") or one divided by ("US$/oz")?"""
    tok = tokens[i]
    bracketed = text[tok.start - 1 : tok.start] == "(" and text[tok.end : tok.end + 1] == ")"
    if not (bracketed or (i and tokens[i - 1].lemma == "in")) or tok.text.lower() in SCALE_WORDS:
        return False
    if not measured_in(tok.text) or tok.lemma in UNIT_WORDS:
        return False
    return "/" not in text[max(0, tok.start - 2) : tok.start] and text[tok.end : tok.end + 1] != "/"


def _measure_against_money(
    tokens: list[Token], reading: Reading, best: list[MetricHit]
) -> tuple[str, ...]:
    """'Q3 bookings in GW', 'cargo tonnes' where the figure is stated in money only: the
    unit of measure the answer is asked in or counts in ("in GW", "(tonnes)", "cargo
    tonnes"), which a figure in money is not counted in and whose name does not say it, is
    left unexplained, never dropped."""
    if not best or best[0].metric.unit in (None, "units", "percent"):
        return ()
    named = set(lemmas(best[0].metric.name))
    return tuple(
        tok.text
        for i, tok in enumerate(tokens)
        if tok.lemma not in named
        and (
            _unit_asked_in(tokens, i, reading.text)
            or (
                i not in best[0].explained
                and i - 1 in best[0].explained  # ("cargo tonnes" of "cargo revenue")
                and _things_counted_in(tokens, i, reading)
            )
        )
    )


def _things_counted_in(tokens: list[Token], i: int, reading: Reading) -> bool:
    """'cargo tonnes', 'steel tonnes shipped': a unit of measure said as the things
    counted, never one divided by ("per tonne", "EBIT/kg") nor a scale ("£m")."""
    tok = tokens[i]
    if tok.text.lower() in SCALE_WORDS or tok.lemma in UNIT_WORDS or not measured_in(tok.text):
        return False
    before = reading.text[max(0, tok.start - 2) : tok.start]
    # ("revenue per available seat km": what a rate is per, however many words on)
    per = any(t.lemma == "per" for t in tokens[max(0, i - 3) : i])
    return not per and "/" not in before


def _in_a_name(tokens: list[Token], i: int, reading: Reading) -> bool:
    """Is the word at I, with the one before it, words of a metric's name ("exceptional
    items" of "EBITA before exceptional items"), or with the one after it, of a figure in
    another unit ("unit cost" of "unit cost per ounce", in rand; "tonnes milled" stored as
    a count): no unit a figure is counted in ("units sold" of a count still counts)."""
    if i and f"{tokens[i - 1].text} {tokens[i].text}".lower() in _names(reading):
        return True
    if i + 1 == len(tokens):
        return False
    after = f"{tokens[i].text} {tokens[i + 1].text}".lower()
    return after in _names(reading, UNIT_WORDS.get(tokens[i].lemma))


def _names(reading: Reading, other_than: str | None = None) -> str:
    """The candidates' names (of figures in a unit OTHER_THAN that one, where given),
    lower case, one a line: the text a run of the question's words is looked for in."""
    return "\n".join(
        h.metric.name.lower()
        for h in reading.candidates
        if other_than is None or h.metric.unit != other_than
    )


def _agreeing(
    reading: Reading, vocab: Vocabulary, available: set[int] | None, slots: _Slots
) -> list[MetricHit]:
    """The candidates (among AVAILABLE) that agree with every slot the question states."""
    # "did they hit the cc guidance": words that name only changes ask about one
    named = [
        h
        for h in reading.candidates
        if h.coverage >= 0.5 and (available is None or h.metric.id in available)
    ]
    changes_only = bool(named) and all(
        vocab.metric_families.get(h.metric.id) == "growth"  # type: ignore[arg-type]
        for h in named
    )
    growth, kept = slots.growth_said or changes_only, _kept(reading, vocab)
    out = []
    for h in reading.candidates:
        if available is not None and h.metric.id not in available:
            continue
        key = ("agrees", h.metric.id, growth)
        fits = kept.get(key)
        if fits is None:
            fits = kept[key] = _fits(h, reading, vocab, slots, growth)
        if fits:
            out.append(h)
    return out


def _fits(h: MetricHit, reading: Reading, vocab: Vocabulary, slots: _Slots, growth: bool) -> bool:
    """Does candidate H agree with every slot the question states? (kept per reading)"""
    return (
        not (slots.guidance_changed and vocab.metric_families.get(h.metric.id) == "growth")  # type: ignore[arg-type]
        and agrees(h, reading, vocab, growth, slots.units_wanted)
        and not (slots.counted and reporting.measure_of_unit(h.metric.unit or "units") == "money")
        and not (slots.count_asked and counts_money(h, vocab))
        and not undoes(h.metric.name, slots.asked_verbs)
        and not negation_differs(h.metric.name, reading.text)
        # ("hmc drop from Q2 to Q3 in kt": the change in tonnes, never a percentage)
        and not (slots.measure_asked and h.metric.unit == "percent")
    )


def _narrowed(
    agreeing: list[MetricHit],
    reading: Reading,
    vocab: Vocabulary,
    slots: _Slots,
    available: set[int] | None,
) -> list[MetricHit]:
    """The agreeing candidates that can answer: viable, in the measure, currency, rate,
    range end, share or change the question asks for."""
    said, kept = slots.said, _kept(reading, vocab)
    entity_known = available is not None
    # (every figure the question's words reach, whatever its slots say)
    reached = [h for h in reading.candidates if available is None or h.metric.id in available]
    viable = []
    for h in agreeing:
        key = ("viable", h.metric.id)
        found = kept.get(key, ())
        if found == ():  # (None: viable only as a known company's own metric of the region)
            found = kept[key] = viable_by_name(h, reading, vocab)
        if found or (found is None and viable_in_region(h, reading, vocab, entity_known)):
            viable.append(h)
        elif found is None and entity_known and measure_of_the_one_thing(h, reading, agreeing):
            viable.append(h)  # ("production" of "made tea produced", all it produces)
        elif found is None and line_named_alone(h, reading, reached):
            viable.append(h)  # ("hydro 9m": the plant's one figure, its electricity made)
    if not viable and entity_known and (said & EXPECTATION_WORDS or reading.range_end):
        # "Acme's profit guidance", where the profit Acme guides is adjusted operating
        # profit: a word heading several families' names is whichever of them a company
        # guides (a figure reported is asked for by its own level: "income" is never
        # gross income)
        viable = [h for h in agreeing if named_by_genus_word(h, reading)]
    # ("meter sales growth": never "meters and valves unit sales growth", of two lines one
    # unsaid, where a figure of the line said is held)
    joint = [h for h in viable if _one_of_two_lines(h, reading, vocab)]
    if joint:  # (a figure whose name joins two lines, asked by one: "loans to customers"
        # is "loans and advances to customers" where no other figure names the loans)
        plain = [h for h in viable if h not in joint]
        viable = [
            h for h in viable if h not in joint or not _line_named_apart(h, plain, reading)
        ] or viable
    viable = [h for h in viable if not _open_as_opened(h, reading)]
    viable = [h for h in viable if not _another_frequency(h, reading)]
    viable = [h for h in viable if not _things_as_a_modifier(h, reading)]
    if any(t.lemma == "size" for t in reading.tokens):
        viable = [h for h in viable if h.metric.unit != "percent"]  # ("fleet size": a count)
    if asks.HOW_FULL.search(reading.text):
        # "how full were its centres": a share of what could be filled, never a count
        viable = [h for h in viable if h.metric.unit == "percent"]
    viable = [h for h in viable if not _other_of_all(h, reading)]
    viable = without_currency_bases(viable, reading)
    in_currency = kept.get("amount_in_currency")
    if in_currency is None:
        in_currency = kept["amount_in_currency"] = amount_in_currency(reading)
    if in_currency:
        # "how much did order intake rise, in MSEK": an amount, never a percentage, but
        # one the company states in that currency ("net sales growth in CHF"); "what did
        # they sell, in euros": never a count of things
        viable = [h for h in viable if h.metric.unit != "percent" or named_in_currency(h, reading)]
        # (a count whose own name states the amount said is named by it: "$100k ARR
        # customers" are "customers with ARR of $100,000 or more")
        viable = [
            h for h in viable if h.metric.unit != "units" or _names_an_amount_said(h, reading)
        ] or viable
    # ("what did Acme sell": the company's sales, never one brand's packs the measure
    # "sold" would otherwise pick)
    viable = said_measure_first(
        _no_brand_unsaid(viable, reading, vocab), reading, slots.units_wanted
    )
    per = kept.get("per", ())
    if per == ():
        per = kept["per"] = rates.asked_per(reading.text)
    if per is not None:
        # "net revenue per hl", "NR/hl": a rate by that, never the amount it divides
        rated = [h for h in viable if rates.is_rate_by(h, per, vocab)]
        viable = rated or (viable if rates.priced_per(reading.text) else rated)
    elif rates.per_unit_said(reading.text):
        # "unit cash cost": a cost per unit, never the whole cost, where a rate is held
        viable = [h for h in viable if rates.divides(h, vocab)] or viable
    else:
        # "Q3 revenue": the amount, never a rate of it ("revenue per seat mile") the
        # question's words say nothing of dividing by, where the amount is held
        amounts = [h for h in viable if not rates.divides(h, vocab)]
        is_amount = _members(amounts)
        # ("how much steel did they ship (tonnes)": the unit a count is in names no rate
        # per that unit)
        viable = [
            h
            for h in viable
            if id(h) in is_amount or not rates.only_by_its_unit(h, reading, amounts)
        ]
        # (a rate whose words no amount takes in is asked for: "the C1 cost at the
        # mine", where the amounts held only share the mine's name; a growth word the
        # rate's name holds, "revenue per space growth", is any amount's change too)
        changes = {i for i, t in enumerate(reading.tokens) if t.lemma in GROWTH_WORDS}
        viable = [
            h
            for h in viable
            if id(h) in is_amount or not any(h.explained - changes <= a.explained for a in amounts)
        ] or viable
        # ("Nordics revenue": a region's amount, which may not be held, never the region's
        # revenue per member, whose words beside the region's an amount takes in)
        regions = set(reading.region_tokens)
        held = kept.get("held amounts")
        if held is None:  # (the same candidates each settling: kept)
            held = kept["held amounts"] = [
                h for h in reading.candidates if not rates.divides(h, vocab)
            ]
        viable = [
            h
            for h in viable
            if id(h) in is_amount
            or not h.explained & regions
            or not any(h.explained - regions <= a.explained for a in held)
        ]
        if not any(t.lemma in AVERAGE_WORDS or t.lemma == "daily" for t in reading.tokens):
            # ("parcel volume": the parcels delivered, never their average a day, whose
            # words the count takes in too; none, where the count's name is said otherwise)
            viable = [
                h
                for h in viable
                if id(h) in is_amount
                or not _an_average(h.metric.name)
                or not any(h.explained <= a.explained for a in held)
            ]
    lemmas_said = frozenset(t.lemma for t in reading.tokens)
    if lemmas_said & UNADJUSTED_BASIS:
        # "the GAAP net loss": the figure as reported, never its adjusted measure; "GAAP
        # NOI growth": never the cash one (unless that basis is said too: "adjusted EPS
        # vs GAAP EPS")
        other_bases = (ADJUSTED_BASIS | CASH_BASIS) - said
        viable = [h for h in viable if not other_bases.intersection(name_lemmas(h.metric.name))]
    if asks.REPORTED_BASIS.search(reading.text):
        # "reported net revenue growth": never an organic or constant-currency rate; with
        # none as reported held, the change is worked out from the levels
        viable = [h for h in viable if not RESTATED_BASIS.intersection(name_lemmas(h.metric.name))]
    elif asks.RESTATED_BASIS_SAID.search(reading.text) and "report" not in lemmas_said:
        # "organic sales growth", "like-for-like sales": a change on a basis that only a
        # figure stated on one answers, never the growth as reported nor one worked out
        # from the levels (which is that)
        def on_it(h: MetricHit) -> bool:
            return _on_the_basis_said(h, lemmas_said, vocab)

        # (or one whose name the words do not take in whole, "like-to-like net sales
        # growth", that takes in every word a figure as reported does)
        viable = [h for h in viable if on_it(h)] or _as_much_taken_in(agreeing, viable, on_it)
    if reading.range_end is not None:  # "top of the outlook": the high end's own metric
        ends = [h for h in viable if vocab.metric_ends.get(h.metric.id) == reading.range_end]  # type: ignore[arg-type]
        # ("what low end did they give for growth", where the one growth range is on a
        # basis the words leave unsaid: that range, its basis named in the answer)
        ends = ends or _as_much_taken_in(
            agreeing,
            viable,
            lambda h: vocab.metric_ends.get(h.metric.id) == reading.range_end,  # type: ignore[arg-type]
        )
        viable = ends or viable
    if any(t.lemma == "share" for t in reading.tokens):
        # ("school buses' share of deliveries": never the electric share of school bus
        # deliveries, whose part goes unsaid)
        viable = [h for h in viable if _share_part_said(h, reading)]
    if asks.SHARE_OF.search(reading.text) and asks.PERIOD_AS_PART.search(reading.text):
        # ("what share of Q3 revenue came in July": a period's share, never a line's stated
        # share whose line goes unsaid, "automotive share of revenue")
        viable = [h for h in viable if not is_share(h, vocab) or h.coverage == 1] or viable
    if slots.growth_said:
        viable = _no_change_of_less_of_the_line(viable, reading, vocab)
    if not said & SEQUENTIAL_WORDS and asks.against_year_before(reading.text):
        # "growth vs PY": never a rate stated against the quarter before
        viable = [h for h in viable if not is_sequential(h)] or viable
    if said & SEQUENTIAL_WORDS:
        # "qoq cc growth": a change stated against the quarter before, where one is held;
        # a change stated year on year never answers it (growth is worked out instead)
        viable = [h for h in viable if is_sequential(h)] or [
            h for h in viable if not is_change(h, vocab)
        ]
    elif len(reading.periods) == 2:
        viable = _levels_moved_between(viable, reading, vocab)
    elif slots.share_asked:
        # (a share, where one is held; else, where a share of a whole is asked in so many
        # words, the levels to work one out: a change of the figure is never its share)
        shares = [h for h in viable if is_share(h, vocab)]
        if asks.SHARE_OF.search(reading.text):
            levels = [h for h in viable if not is_change(h, vocab) and not is_share(h, vocab)]
            widest = max((len(h.explained) for h in levels), default=0)
            # ("what share of group sales came from supermarkets": the line's level
            # against the whole, never a share of another thing the words half fit)
            viable = [h for h in shares if len(h.explained) >= widest] or levels
        else:
            viable = shares or viable
    elif slots.growth_said and "percent" in slots.units_wanted and len(reading.periods) < 2:
        # "heat pumps shifted yoy Q3 %": a change stated in percent, where the store has one
        viable = _changes_of_the_line_said(viable, reading, vocab) or viable
    # "how much did Acme sell": the company's figure, never one brand's or region's
    return _no_brand_unsaid(viable, reading, vocab)


# "electric share of school bus deliveries": the part a stated share is of its whole
_PART_SHARE = patterns.compile(r"^(?P<part>.+?)\s+share\s+of\s+(?P<whole>\S.*)$", re.IGNORECASE)
# the words after a share's whole that say its part: "what share of deliveries *were*
# school buses", "came from"
_PART_FOLLOWS = COPULAS | {"come", "came", "from"}


def _share_part_said(hit: MetricHit, reading: Reading) -> bool:
    """Unless the question names, as its own share's part, words of a stated share's
    whole ("school buses' share of deliveries", "what share of deliveries were school
    buses" beside "electric share of school bus deliveries"), the stated share is one it
    may mean; where it does, only with the stated part said too ("electric")."""
    m = _PART_SHARE.match(hit.metric.name)
    if m is None:
        return True
    tokens = reading.tokens
    if set(name_lemmas(m["part"])) & {t.lemma for t in tokens}:
        return True
    whole = set(name_lemmas(m["whole"]))
    share = next((i for i, t in enumerate(tokens) if t.lemma == "share"), None)
    if share is None:
        return True
    after = next(
        (i for i in range(share + 1, len(tokens)) if tokens[i].lemma in _PART_FOLLOWS), None
    )
    parts = [*range(share), *(range(after + 1, len(tokens)) if after is not None else ())]
    return not any(tokens[i].lemma in whole for i in parts)


def _change_words(reading: Reading) -> set[int]:
    """The token indexes of the words of growth and of comparison ("change y/y", "vs"),
    and of a "net" before one ("net change in centres"): they name no line."""
    # (by the word said: the "ex" of "Asia ex Japan", read as a part taken out, is none)
    words = GROWTH_WORDS | _COMPARING | {"change"}
    found = {i for i, _ in reading.signals if reading.tokens[i].lemma in words}
    before = {"net"} | PERCENT_WORDS  # ("percentage change in customer contracts")
    return found | {i - 1 for i in found if i and reading.tokens[i - 1].lemma in before}


def _no_change_of_less_of_the_line(
    viable: list[MetricHit], reading: Reading, vocab: Vocabulary
) -> list[MetricHit]:
    """VIABLE without the stated changes that take in less of the line said than a level
    does ("revenue growth" of "cemetery property sales growth", taking in "sales"; of
    "net change in centres", taking in only "net" and "change"): the line's change is
    worked out from its levels, never another line's stated rate."""
    growth = _change_words(reading)
    # (a currency said takes in a level's unit, not more of its line: "pass sales dollar
    # growth %" is the growth of the sales in dollars, stated)
    money = frozenset(i for i, t in enumerate(reading.tokens) if t.lemma in CURRENCY_WORDS)
    reaches = [h.explained - money for h in viable if not is_change(h, vocab)]
    return [
        h
        for h in viable
        if not is_change(h, vocab) or not any(h.explained - growth < r for r in reaches)
    ]


def _one_of_two_lines(hit: MetricHit, reading: Reading, vocab: Vocabulary) -> bool:
    """Does HIT name two lines joined ("meters and valves unit sales") in each of its names,
    where the question says both in none (each word, or one it reads as)? "Meter sales"
    is one line of them at most. Named by its initials ("CAC"), or as a business unit
    ("sales in its meters unit"), it is said whole."""
    if hit.by_short_form or not _joins_lines(hit.metric.name, hit.metric.synonyms):
        return False  # (a name of one line: most metrics, so the words are read only below)
    names = (hit.metric.name, *hit.metric.synonyms)
    if any(t.lemma in BUSINESS_UNITS for t in reading.tokens):
        return False  # ("sales in its mobile unit": the unit both lines are in, named so)
    kept = _kept(reading, vocab)
    said = kept.get("said as")
    if said is None:
        said = kept["said as"] = {
            w for t in reading.tokens for w in (t.lemma, *vocab.metric_words_in(t.text.lower()))
        }
    joined = False
    for name in names:
        # ("FCM" of "Flow Control and Metering (FCM) units shipped": the
        # joint's own initials name it whole)
        if any(w.strip("()").lower() in said for w in name.split() if _initials(w)):
            return False
        words = [w for w in name.lower().split() if w not in ("the", "a")]
        if "and" not in words[1:-1]:
            return False  # (a name of one line)
        k = words.index("and")
        if _said_as(words[k - 1], said) and _said_as(words[k + 1], said):
            return False
        joined = True
    return joined


def _said_as(word: str, said: set[str]) -> bool:
    return word in said or lemma(word) in said  # ("loans" of a name, "loan" as said)


def _line_named_apart(hit: MetricHit, plain: list[MetricHit], reading: Reading) -> bool:
    """Does a figure of one line (among PLAIN) explain a word of HIT's two joined lines
    the question says ("meter sales growth", where a meters figure is held), and the
    words of that line's own it says? ("powdered milk revenue" of "powdered milk and
    nutrition revenue" beside "liquid milk revenue": "powdered" names the joined line.)"""
    words = [w for w in hit.metric.name.lower().split() if w not in ("the", "a")]
    k = words.index("and") if "and" in words[1:-1] else None
    if k is None:
        return True
    lines = {lemma(words[k - 1]), lemma(words[k + 1])}
    said = {i for i in hit.explained if reading.tokens[i].lemma in lines}
    # ("powdered" of "powdered milk and ...": a word of the first line's own, said)
    qualifiers = {lemma(w) for w in words[: k - 1]} - lines
    own = {i for i in hit.explained if reading.tokens[i].lemma in qualifiers}
    return any(said & h.explained and own <= h.explained for h in plain) or not said


@functools.lru_cache(maxsize=4096)  # the same few metrics, candidate after candidate
def _joins_lines(name: str, synonyms: tuple[str, ...]) -> bool:
    """Does every name of the metric join two things with "and"?"""
    return all(" and " in n.lower() for n in (name, *synonyms))


def _initials(word: str) -> bool:
    core = word.strip("()")
    return len(core) >= 3 and core.isupper() and core.isalpha()


def _levels_moved_between(
    viable: list[MetricHit], reading: Reading, vocab: Vocabulary
) -> list[MetricHit]:
    """'sales climbed how much from Q1 to Q2': the two periods' levels compared, never
    the change between two stated growth rates ("revenue growth", year on year each),
    where the rate's only word beyond the level's is the verb of moving."""
    levels = [h for h in viable if not is_change(h, vocab)]
    taken = frozenset().union(*(h.explained for h in levels))

    kept = [
        h
        for h in viable
        if not (is_change(h, vocab) and moved_between(reading, h.explained - taken))
    ]
    return kept if levels and kept else viable


def _periods_a_year_apart(reading: Reading) -> bool:
    """Are the two periods compared a year apart (or maybe so: one named from the other),
    as a growth stated year on year is?"""
    a, b = (m.ref for m in reading.periods)
    if isinstance(a, RelativeRef) or isinstance(b, RelativeRef):
        return True
    if asks.against_year_before(reading.text) or (
        isinstance(a, YearRef) and isinstance(b, YearRef)
    ):
        return True
    if isinstance(a, QuarterRef | HalfRef) and type(a) is type(b):
        part_a = a.quarter if isinstance(a, QuarterRef) else a.half
        part_b = b.quarter if isinstance(b, QuarterRef) else b.half  # type: ignore[union-attr]
        return part_a == part_b
    return False


def moved_between(reading: Reading, indexes: Iterable[int]) -> bool:
    """Does the question ask how a figure moved between two periods that are not a year
    apart, by the verb of moving at INDEXES ("rise", "fell"; one at least, only those)?"""
    if len(reading.periods) != 2 or _periods_a_year_apart(reading):
        return False
    words = [reading.tokens[i] for i in indexes]
    # ("Q3 vs Q2 revenue change": the noun of a figure moving says it too; "the
    # percentage change in sales from Q3 to Q4": the move measured in percent)
    moving = MOVE_VERBS | {"change"} | PERCENT_WORDS
    moves = [t for t in words if t.lemma in moving or verb_lemma(t.text) in moving]
    if len(moves) == len(words):
        return bool(words)
    # ("sales growth from Q3 to Q4", "growth in Q4 over Q3": the growth of the later from
    # the earlier, where nothing else moves; "how did growth change from Q3 to Q4" is a
    # move of the rate itself)
    return not moves and all(t.lemma == "growth" for t in words) and _directed(reading)


_FROM_TO = re.compile(r"^\s*(?:to|until|through|thru)\s*$|^\s*(?:,\s*)?$", re.IGNORECASE)
_OVER = re.compile(r"^\s*(?:over|on)\s*$", re.IGNORECASE)


def _directed(reading: Reading) -> bool:
    """Are the two periods said as a move from one to the other ("from Q3 to Q4",
    "Q4 over Q3"), not set side by side ("Q4 vs Q3")?"""
    first, second = sorted(reading.periods, key=lambda m: m.start)
    between = reading.text[first.end : second.start]
    before = reading.text[: first.start].rstrip().lower()
    if before.endswith("from") and _FROM_TO.match(between):
        return bool(between.strip())  # ("from Q3 to Q4"; "from Q3, Q4" is no move)
    return bool(_OVER.match(between))


def _changes_of_the_line_said(
    viable: list[MetricHit], reading: Reading, vocab: Vocabulary
) -> list[MetricHit]:
    """VIABLE narrowed to the stated changes of the line the words name, where one is held:
    never a change of a narrower line than the words say ("revenue growth %": not "licence
    revenue growth", where plain revenue is held and its growth can be worked out), nor
    one that shares only the word "growth" with the question."""
    growth = _change_words(reading)
    levels = [
        set(name_lemmas(h.metric.name))
        for h in viable
        if not is_change(h, vocab) and h.coverage == 1
    ]

    said = {t.lemma for t in reading.tokens}

    def narrower(h: MetricHit) -> bool:
        # (narrower by words the question does not say: "Glimmer" said names its line)
        line = set(name_lemmas(h.metric.name)) - GROWTH_WORDS - {"change"}
        return h.coverage < 1 and any(level < line and not line - level <= said for level in levels)

    # (a change on a basis the words never say, "organic sales growth" for "sales
    # growth", where a level takes in every word it does: worked out from the levels)
    level_words = frozenset().union(*(h.explained for h in viable if not is_change(h, vocab)))

    def restated(h: MetricHit) -> bool:
        basis = set(name_lemmas(h.metric.name)) & RESTATED_BASIS
        return bool(basis) and h.explained - growth <= level_words

    changes = [h for h in viable if is_change(h, vocab) and not narrower(h) and not restated(h)]
    of_line = [h for h in changes if h.explained - growth]
    return of_line or [h for h in viable if h in changes or not is_change(h, vocab)]


def _as_much_taken_in(
    agreeing: list[MetricHit], viable: list[MetricHit], fits: Callable[[MetricHit], bool]
) -> list[MetricHit]:
    """The agreeing candidates that FIT and take in every word one of VIABLE does: a
    figure the question's words name less than whole, where none viable fits."""
    return [h for h in agreeing if fits(h) and any(h.explained >= v.explained for v in viable)]


def _on_the_basis_said(hit: MetricHit, said: frozenset[str], vocab: Vocabulary) -> bool:
    """Is HIT's figure measured on the basis the question says (SAID, its lemmas):
    "organic" of "comparable net sales growth"; "like-for-like" of a family of such
    changes, "same-store sales"?"""
    named = set(name_lemmas(hit.metric.name))
    family = vocab.metric_families.get(hit.metric.id)  # type: ignore[arg-type]
    if family not in (None, "growth") and reporting.family(family).states_change:
        named |= CHANGE_BASES[0]
    return any(basis & named for basis in CHANGE_BASES if basis & said)


def _metric_claimed(
    best: list[MetricHit],
    agreeing: list[MetricHit],
    reading: Reading,
    vocab: Vocabulary,
    signals: dict[int, str],
    said: frozenset[str],
) -> set[int]:
    """The token indexes the chosen metric accounts for."""
    metric_claimed = set().union(*(h.explained for h in best)) if best else set()
    if reading.amounts and not best and any(w in SOURCE_WORDS for w in said):
        # "source for the 3.25 mn cumulative K3 number": the amount picks the figure; the
        # words of the metrics that could state it are accounted for
        metric_claimed = set().union(*(h.explained for h in agreeing)) if agreeing else set()
    if (
        best
        and is_change_figure(best[0], vocab)
        and len(reading.periods) < 2
        and not said & (_COMPARING - {"yoy"})
    ):
        # "how far did comps fall", "comparable sales were down": a change figure is
        # itself the rise or fall; it is its value that is asked, not its growth
        metric_claimed = set(metric_claimed) | {i for i, w in signals.items() if w in GROWTH_WORDS}
    return metric_claimed


_COME = frozenset({"come", "came"})
_COME_FROM = patterns.guarded(r"\bc[oa]me\s+(?:\w+\s+)?from\b", re.IGNORECASE)


def _intent_settled(
    reading: Reading,
    words: set[str],
    tokens: list[Token],
    signals: dict[int, str],
    dated_revision: bool,
) -> Intent:
    """What is asked of the figure: its source, a target met, growth, a value..."""
    intent = (
        Intent.SOURCE
        if reading.amounts
        and words & SOURCE_WORDS
        # ("did it come in short of the 4.2-4.5bn range": landing, not a source)
        and not (words & SOURCE_WORDS <= _COME and not _COME_FROM.search(reading.text))
        # "X said revenue was £268.9m for H1, what was it the year before": another figure
        and not any(isinstance(m.ref, RelativeRef) and m.ref.base for m in reading.periods)
        else intent_of(
            words,
            tokens,
            signals,
            len(reading.periods),
            reading.trend_phrase,
            dated_revision,
            reading.range_end is not None,
        )
    )
    if (
        intent is Intent.VALUE
        and len(reading.periods) == 1
        and asks.parts_asked(reading.text, _names_of(reading.candidates[:1]))
        and not any(t.lemma in AVERAGE_WORDS for t in tokens)
        and not _latest_of_a_length(reading.periods[0].ref)
    ):
        intent = Intent.TREND  # "quarterly ebitda for 2024": each quarter's of that year
    if intent is Intent.VALUE and words & EXPECTATION_WORDS and _PROGRESS.search(reading.text):
        intent = Intent.TARGET_MET  # "deliveries as a % of its target": progress toward it
    if (
        intent in (Intent.VALUE, Intent.GROWTH)
        and words & EXPECTATION_WORDS
        and len(reading.periods) <= 1
        and asks.EQUATIVE.search(reading.text)
    ):
        intent = Intent.TARGET_MET  # "did they ship as many as they forecast": reached it?
    if (
        intent is Intent.TARGET_MET
        and not words & EXPECTATION_WORDS
        and any(isinstance(m.ref, RelativeRef) for m in reading.periods)
    ):
        intent = Intent.GROWTH  # "beat the year-ago quarter": against a period, not a goal
    versus = asks.VERSUS.search(reading.text)
    if (
        versus
        and intent in (Intent.GROWTH, Intent.VALUE)
        and len(reading.periods) <= 1
        # (an amount is another figure set against it, unless it names the goal: "vs the
        # 68bn goal")
        and (not reading.amounts or asks.GOAL_BY_AMOUNT.search(reading.text))
        and len([t for t in tokens if t.lemma in EXPECTATION_WORDS]) == 1
        and not any(t.lemma in asks.MIDPOINT_WORDS for t in tokens)
        # ("original vs revised outlook": two statements of one goal)
        and not set(lemmas(reading.text[: versus.start()])) & _STATEMENT_WORDS
    ):
        # "FY deliveries against the upper end of the outlook": the actual against one goal, never
        # a growth over periods the question does not have
        intent = Intent.TARGET_MET
    if intent is Intent.GROWTH and len(reading.periods) <= 1 and year_ago_figure(reading.text):
        intent = Intent.VALUE  # "… vs Q3 2025 - what was the year-ago number": that figure
    return intent


_STATEMENT_WORDS = (
    EXPECTATION_WORDS | CURRENT_WORDS | ORIGINAL_WORDS | PREVIOUS_WORDS | CHANGE_VERBS
)


def _net_change_said(reading: Reading, best: MetricHit) -> set[int]:
    """'how many outlets did they add, net', 'net site additions': of a count asked to
    have changed, 'net' (openings less closures) and 'additions' say what the change of
    its level is."""
    if best.metric.unit != "units" or not asks.added(reading.text):
        return set()
    return {
        i
        for i, t in enumerate(reading.tokens)
        if t.lemma == "net" or t.text.lower() in asks.ADDITION_NOUNS
    }


def _volume_of_the_thing(reading: Reading, best: MetricHit) -> set[int]:
    """'test volume', 'tractor export volumes' of a count named by the thing and how it was
    counted ("tests performed", "tractor exports"): "volume" right after the thing's word
    says only that it is counted, which the count is."""
    if best.metric.unit != "units" or not best.explained:
        return set()
    return {
        i
        for i, t in enumerate(reading.tokens)
        if t.lemma in VOLUME_WORDS and i - 1 in best.explained
    }


# "centres open at the end of the year", "stores we have open": the state, said of a count
# at a date, never the openings over a span ("new centres opened")
_OPEN_STATE = patterns.guarded(
    r"\b(?:have|has|had|are|were|is|was|still|now)\s+(?:\w+\s+)?open\b"
    r"|\bopen\s+(?:at|as\s+of|by|on)\b",
    re.IGNORECASE,
)
_OPENED = frozenset({"opened", "opening", "openings"})


def _open_as_opened(hit: MetricHit, reading: Reading) -> bool:
    """Does HIT, a count of openings, explain the word "open" said of a state?"""
    return (
        bool(_OPENED.intersection(hit.metric.name.lower().split()))
        and any(reading.tokens[i].text.lower() == "open" for i in hit.explained)
        and _OPEN_STATE.search(reading.text) is not None
    )


def _latest_of_a_length(ref: object) -> bool:
    """Is REF the latest period of one length ("the latest monthly gmv": one month's
    figure, never each month's)?"""
    return isinstance(ref, LatestRef) and ref.unit is not None


# How often a figure is counted, as a name says it ("daily active users")
_FREQUENCIES = frozenset({"daily", "weekly", "monthly"})


def _another_frequency(hit: MetricHit, reading: Reading) -> bool:
    """'monthly active users' of a company stating its daily active users: a name counting
    at one frequency never answers another said."""
    said = {t.text.lower() for t in reading.tokens} & _FREQUENCIES
    named = set(hit.metric.name.lower().split()) & _FREQUENCIES
    return bool(said and named and not said & named)


# Nouns that say how many of a thing a figure is ("store count", "number of stores")
_HOW_MANY_OF = frozenset({"count", "number", "total", "tally"})


def _things_as_a_modifier(hit: MetricHit, reading: Reading) -> bool:
    """'Number of donations' of "donation centers (opened)": things the question counts (a
    plural noun) that a name says only before the thing it counts (its last noun,
    "centers"), are never that thing. Where the name ends in a measure ("notebook PC
    shipments", "vehicle deliveries", "store count") its words before it are what was
    counted, and an adjective's plural ("actives") is its noun's ("active users")."""
    before_head = _words_before_a_thing(hit.metric.name)
    said = [reading.tokens[i] for i in hit.explained]
    if not said or not before_head:
        return False
    return all(
        tok.text.lower() != tok.lemma
        and tok.text.lower().endswith("s")
        and "ADJ" not in parts_of_speech(tok.lemma)
        and tok.lemma in before_head
        for tok in said
    )


@functools.lru_cache(maxsize=4096)  # (the same few names, candidate after candidate)
def _words_before_a_thing(name: str) -> frozenset[str]:
    """The words of NAME before the thing it counts, where that thing is no measure
    ("donation" of "donation centers opened"); none where it is ("notebook PC shipments")."""
    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]*", unaccented(name))]
    if words and "NOUN" not in parts_of_speech(words[-1]):
        words = words[:-1]  # ("centers opened": what was done to the centers)
    measures = measure_lemmas() | reporting.count_words() | _HOW_MANY_OF
    if len(words) < 2 or lemma(words[-1]) in measures:
        return frozenset()
    return frozenset(words[:-1])


def _other_of_all(hit: MetricHit, reading: Reading) -> bool:
    """'total desks (all cities)': every one of them, never the line named "other cities"."""
    words = hit.metric.name.lower().split()
    others = {words[k + 1] for k in range(len(words) - 1) if words[k] == "other"}
    return bool(others) and any(
        a.text.lower() == "all" and b.text.lower() in others
        for a, b in itertools.pairwise(reading.tokens)
    )


def _an_average(name: str) -> bool:
    """Does a metric's NAME say it is an average ("average daily parcel volume")?"""
    return any(w in AVERAGE_WORDS or w == "daily" for w in name_lemmas(name))


def _per_unit_spelt(reading: Reading, chosen: MetricHit, vocab: Vocabulary) -> set[int]:
    """'cost per available seat mile' of "cost per ASM": the words a rate is per,
    spelling the initials of the unit the chosen metric's name is per, are that unit; and
    "average" beside a rate asked is the rate."""
    per = rates.asked_per(reading.text)
    if per is None or not rates.is_rate_by(chosen, per, vocab):
        return set()
    # ("avg rev per cycle": a rate is an average; the word names no other figure)
    average = {i for i, t in enumerate(reading.tokens) if t.lemma in AVERAGE_WORDS}
    words = per.split()
    if len(words) < 2:
        return average
    return average | {i for i, t in enumerate(reading.tokens) if t.text in words}


def _noun_of_an_adjective(reading: Reading, chosen: MetricHit, explained: set[int]) -> set[int]:
    """'lfl rent growth' of "like-for-like rental growth": the noun an adjective of the
    chosen metric's name is made from ("-al"), said in its place, is that word."""
    words = set(re.findall(r"[a-z]+", chosen.metric.name.lower()))
    return {
        i
        for i, word in reading.open_words
        if i not in explained
        and len(word) >= 3
        and (f"{word.lower()}al" in words or f"{word.lower().removesuffix('e')}al" in words)
    }


def _start_named(reading: Reading) -> set[int]:
    """'since its first crop', 'since the T1 launch', 'since Dunmanus launched home
    delivery': the words naming what a running total runs from say which start, not
    which figure (the answer must be a running total: `decision_steps`)."""
    spans = [m.span() for m in asks.SINCE_LAUNCH.pattern.finditer(reading.text)]
    return {
        i
        for i, t in enumerate(reading.tokens)
        if any(start <= t.start and t.end <= end for start, end in spans)
    }


def _clipped_beside(reading: Reading, chosen: MetricHit, explained: set[int]) -> set[int]:
    """'perm placements', 'billable hrs', 'connected props', 'op ebitda', 'ec. occupancy': a
    word clipped from one word of the chosen metric's name, said right beside a word the
    metric explains, is that word."""
    words = re.findall(r"[a-z]+", chosen.metric.name.lower())  # (as written: "hours")
    found = set()
    tokens = reading.tokens
    for i, word in reading.open_words:
        beside = {i - 1, i + 1}
        if i >= 2 and tokens[i - 1].text in words:
            beside.add(i - 2)  # "revenue from ops": across a small word of the name
        if i in explained or not beside & chosen.explained:
            continue
        full = [w for w in words if clips(word.lower(), w) or _two_letters_kept(word, w)]
        if len(set(full)) == 1:
            found.add(i)
    return found


# The fewest letters of a word that a clipping of two letters ("op", "ec") may stand for
_LONG_WORD = 6


def _two_letters_kept(word: str, full: str) -> bool:
    """Is WORD a clipping of FULL to its first two letters, maybe plural ("op", "ops" of
    "operating", "operations")? Only a word the dictionary lacks: "gas" is no clipping of
    "gaming"."""
    word = word.lower()
    stem = word[:-1] if len(word) == 3 and word.endswith("s") else word
    return (
        len(stem) == 2
        and stem.isalpha()
        and len(full) >= _LONG_WORD
        and full.startswith(stem)
        and not parts_of_speech(word)
    )


def _which_part_asked(before: str) -> bool:
    """Do the two words BEFORE a part of a year ask which, or each, or say it by another
    ("which quarter", "which hanul quarter", "per month", "the best half", "the same
    quarter of fy2024")?"""
    return any(
        w in _ASKS_WHICH_PART or (len(w) > 4 and w.endswith("est"))
        for w in before.lower().split()[-2:]
    )


def _unexplained(
    reading: Reading,
    tokens: list[Token],
    explained: set[int] | frozenset[int],
    best: list[MetricHit],
    intent: Intent,
    share_asked: bool,
    units: Mapping[int, frozenset[str]] | None,
) -> tuple[str, ...]:
    """The words nothing accounted for: a question about something the store does not
    know is never answered with a figure about something else."""
    unexplained = tuple(w for i, w in reading.open_words if i not in explained)
    unexplained += reading.unread
    if share_asked and best and best[0].metric.unit != "percent":
        # a share of the figure (see asks.share), or nothing: never the figure itself
        unexplained += tuple(t.text for t in tokens if UNIT_WORDS.get(t.lemma) == "percent")
    unexplained += currency_unexplained(best, reading, units)
    unexplained += _measure_against_money(tokens, reading, best)
    if intent is Intent.GROWTH and len(reading.periods) == 2:
        # "Q1 FY26 vs Q1 FY25, what's the gap": the difference between the two periods
        unexplained = tuple(w for w in unexplained if w.lower() not in GAP_WORDS)
    if len(reading.periods) > 1 and asks.totals(reading.text):
        # "Q1 and Q3 sales, their sum": the periods' figures added up (answer_steps.selected)
        unexplained = tuple(w for w in unexplained if w.lower() != "sum")
    per_time = _PER_TIME.search(reading.text) if best else None
    if per_time and reporting.adds_up(best[0].metric.name):
        # "orders per day in 2024" where only the year's orders are held: never the total
        unexplained += (per_time.group(),)
    # "net profit half 2025": which half no period reading says; never the year's figure
    # (a part of a year another period names is that one: "holiday quarter fy25 (oct-dec 24)")
    whole_years = all(isinstance(p.ref, YearRef) for p in reading.periods)
    unexplained += tuple(
        m["part"] or m["after"]
        for m in (_PART_BESIDE_YEAR.finditer(reading.text) if whole_years else ())
        if not _which_part_asked(reading.text[: m.start()])
        and not any(
            # (the part's own group, "part" or "after", is the match's last)
            p.start <= m.start(m.lastgroup) and m.end(m.lastgroup) <= p.end
            for p in reading.periods
        )
    )
    # "backlog at 04/05/2024": a date no period reading could place (4 May or 5 April?)
    # is never dropped, which would answer with another date's figure
    dates = list(_NUMERIC_DATE.finditer(reading.text))
    if dates:  # (rare: the grammar is asked again only then; its answer is cached anyway)
        read = find_periods(reading.text)  # a period, or the date a figure was stated
        unexplained += tuple(
            m.group()
            for m in dates
            if not any(p.start <= m.start() and m.end() <= p.end for p in read)
        )
    return unexplained
