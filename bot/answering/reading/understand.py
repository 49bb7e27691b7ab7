"""From a question's text to a Query: which entity, metric, period, kind and intent it asks.

Order matters and is the heart of robust matching: grammar first (dates, periods), then
names the store knows (entities), then the small lexicons (kind, intent, revision), then
metrics scored with rapidfuzz on what is left, and last filler words. Whatever no step
explains is kept in `unexplained`: a question about something the store does not know
("TV revenue", "Samsung", "PCs") must not be answered with a figure about something else.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date

from bot import patterns
from bot.answering.english.lexicon import parts_of_speech, typos_of, verb_lemma
from bot.answering.english.words import (
    ACTUAL_WORDS,
    CHANGE_VERBS,
    EXPECTATION_WORDS,
    EXPECTED_WORDS,
    GROWTH_WORDS,
    POSITION_WORDS,
    RANGE_WORDS,
    SEQUENTIAL_WORDS,
    SOURCE_WORDS,
    TARGET_MET_WORDS,
    TARGET_WORDS,
    UNIT_WORDS,
    Token,
    mask,
    tokenize,
)
from bot.answering.reading import asks, rates
from bot.answering.reading.agreement import (
    CUMULATIVE,
    agrees,
    asks_count,
    brand_words,
    company_name_words,
    counts_money,
    growth_expected,
    is_change,
    is_change_figure,
    is_sequential,
    is_share,
    is_viable,
    kinds_alike,
    negation_differs,
    said_measure_first,
    undoes,
    verbs_of,
)
from bot.answering.reading.asks import GAP_WORDS
from bot.answering.reading.correction import correct_words, spell_out_amounts
from bot.answering.reading.currencies import (
    DOLLAR_SIGN,
    amount_in_currency,
    currency_unexplained,
    in_currency_said,
)
from bot.answering.reading.intent import (
    Intent,
    Revision,
    intent_of,
    kind_of,
    lexicon_word,
    opening_statement,
    range_end_of,
    revision_of,
)
from bot.answering.reading.period_folding import fold_end_dates, fold_relative, fold_seasons
from bot.answering.reading.statement_dates import (
    bare_month,
    cut_as_of,
    runs_up_to,
    statement_month,
    to_date_until,
)
from bot.answering.reading.word_roles import (
    after_determiner,
    before_metric_word,
    business_unit,
    capitalised,
    is_filler,
    lowercase_us,
    narrows,
    predicative,
    set_aside,
    verb_context,
)
from bot.answering.vocabulary.vocabulary import MetricHit, Vocabulary, rank_metric
from bot.facts import reporting
from bot.facts.model import Kind, Period, Quantity
from bot.facts.periods import NUMERIC_DATE, PeriodMention, RelativeRef, find_periods
from bot.facts.quantities import QuantityMention, find_quantities

MAX_QUESTION_LENGTH = 500

# Words that name an action rather than a thing: they never decide which metric is meant.
VERBS = (
    GROWTH_WORDS
    | TARGET_MET_WORDS
    | frozenset(
        {
            "sell",
            "ship",
            "make",
            "earn",
            "post",
            "report",
            "lose",
            "deliver",
            "generate",
            "register",
            "achieve",
            "move",
            "bring",
            "book",
        }
    )
)

# Growth words a metric's own name may contain ("sales growth"): offered to metrics first.
# "deliver": deliveries; "current" of "current remaining performance obligations"
_METRIC_MAY_CLAIM = GROWTH_WORDS | CHANGE_VERBS | ACTUAL_WORDS | {"current"}

_TREND_PHRASE = patterns.compile(
    r"\b(?:over\s+(?:the\s+)?(?:time|years|quarters)|by\s+(?:year|quarter)|each\s+(?:year|quarter)"
    r"|per\s+(?:year|quarter)|year\s+by\s+year|quarter\s+by\s+quarter|over\s+the\s+years)\b",
    re.IGNORECASE,
)

_COUNTED = frozenset({"units", "copies", "pieces", "items"})

_PARTICLES = frozenset({"up", "down"})
_ARITHMETIC = frozenset({"minus", "plus", "subtract", "subtracting", "deduct", "deducting"})

_TO_DATE_CODE = patterns.compile(r"\b(?:LTD|ITD)\b")  # life / inception to date, in capitals only
_COMPARING = frozenset({"vs", "compare", "comparison", "against", "yoy", "difference"})
_PROGRESS = patterns.compile(r"(?:%|\bper\s?cent(?:age)?)\s+of\b", re.IGNORECASE)


_NUMERIC_DATE = patterns.compile(rf"(?<![\d.]){NUMERIC_DATE}")


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


@dataclass(frozen=True)
class Query:
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
    reading: Reading | None = field(default=None, compare=False, repr=False)

    @property
    def candidate_metric_ids(self) -> tuple[int, ...]:
        return tuple(h.metric.id for h in self.reading.candidates) if self.reading else ()  # type: ignore[misc]

    @property
    def said(self) -> str:
        """The question with its typos mended: what cue patterns and period spans read
        ("beofre the cut" is "before the cut"); `text` is the question as asked."""
        return self.reading.text if self.reading is not None else self.text


def understand(question: str, vocab: Vocabulary) -> Query:
    return settle(read(question, vocab), vocab)


def read(question: str, vocab: Vocabulary) -> Reading:
    """What QUESTION says before a metric is chosen: its periods and dates, amounts,
    companies, regions, lexicon signals, the metrics its words could mean, and the words
    no step explains."""
    said, text, as_of, periods = _dated(question, vocab)
    masked, amounts, trend_phrase = _masked(text, periods)
    tokens = tokenize(masked)

    entity_hits = vocab.find_entities(tokens, skip=set())
    entity_ids = tuple(dict.fromkeys(h.entity_id for h in entity_hits))
    used = {i for h in entity_hits for i in range(h.first, h.last + 1)}
    regions, region_of_token = _regions(masked, tokens)
    region_tokens = frozenset(region_of_token)

    signals = _lexicon_signals(tokens, used, vocab)
    for i in _arithmetic(tokens, used, vocab):
        signals[i] = "difference"
    _drop_particles(tokens, signals, used)
    range_end = range_end_of(tokens, signals)
    for i, tok in enumerate(tokens):
        if tok.lemma in RANGE_WORDS and i not in used:
            signals.setdefault(i, tok.lemma)  # "what range did they give": both ends

    # "(ex restructuring costs)", ", not shipments": what the figure leaves out
    aside, minus = set_aside(masked, tokens, vocab)
    aside -= used
    for i in minus:
        signals[i] = "difference"  # "total sales excluding online": total less online
    # "excluding China": the rest of the world, which no region figure is
    left_out = aside & region_tokens
    aside -= region_tokens
    region_tokens -= left_out
    # (the whole company's words, "consolidated", "group", name no metric's region)
    named_regions = {
        i: k for i, k in region_of_token.items() if i in region_tokens and k in regions
    }
    ranked = _ranked(tokens, masked, used, aside | left_out, signals, vocab, named_regions)
    used |= _own_words_misspelt(tokens, used, ranked, entity_ids, vocab)
    open_words = _open_words(text, tokens, used, signals, aside, left_out, region_tokens, ranked)
    return Reading(
        text=said,
        question=question,
        as_of=as_of,
        periods=periods,
        amounts=amounts,
        trend_phrase=trend_phrase,
        tokens=tuple(tokens),
        entity_ids=entity_ids,
        used=frozenset(used),
        signals=tuple(signals.items()),
        regions=regions,
        region_tokens=region_tokens,
        range_end=range_end,
        candidates=tuple(ranked),
        open_words=open_words,
    )


def _dated(
    question: str, vocab: Vocabulary
) -> tuple[str, str, date | None, tuple[PeriodMention, ...]]:
    """The question mended (SAID), its text with any statement date blanked out, that
    date, and the periods it names."""
    said = text = correct_words(spell_out_amounts(question.strip(), vocab), vocab)
    as_of, text = cut_as_of(text)
    found = fold_end_dates(text, find_periods(text))
    periods = fold_seasons(fold_relative(text, found))
    # a period restated by another ("H1 orders (Jan-Jun 2023)") names nothing more
    text = mask(text, [(m.start, m.end) for m in found if not _within(m, periods)])
    if as_of is None:
        as_of, kept = statement_month(text, periods)
        dated = [(m.start, m.end) for m in periods if m not in kept]
        periods = kept or bare_month(text)
        text = mask(text, dated)
    if as_of is not None:
        periods, as_of = to_date_until(periods, as_of)
    return said, text, as_of, periods


def _within(m: PeriodMention, periods: tuple[PeriodMention, ...]) -> bool:
    return any(p.start <= m.start and m.end <= p.end for p in periods)


def _masked(
    text: str, periods: tuple[PeriodMention, ...]
) -> tuple[str, tuple[Quantity, ...], bool]:
    """TEXT with its periods, amounts' country prefixes and trend phrase blanked out; the
    amounts it states; whether it says a trend in so many words."""
    masked = mask(text, [(m.start, m.end) for m in periods])
    amounts = _units_shared(masked, find_quantities(masked, periods=()))  # blanked out
    # "NZ$", "US$": a currency (currencies_said reads it), never the country or a word
    masked = DOLLAR_SIGN.sub(lambda m: " " * len(m.group()) if m["prefix"] else m.group(), masked)
    trend_phrase = bool(_TREND_PHRASE.search(masked))
    masked = _TREND_PHRASE.sub(lambda m: " " * len(m.group()), masked)
    return masked, amounts, trend_phrase


# "5 to 7 percent", "5-7%", "between 5 and 7 percent": a range's ends
_RANGE_JOIN = patterns.compile(r"\s*(?:to|-|–|—|and)\s*", re.IGNORECASE)


def _units_shared(text: str, found: list[QuantityMention]) -> tuple[Quantity, ...]:
    """The amounts FOUND in TEXT, a bare number before 'to' and a measured one taking its
    unit: the low end of '5 to 7 percent' is 5 percent, not five of something."""
    amounts = [m.quantity for m in found]
    for i, (a, b) in enumerate(itertools.pairwise(found)):
        bare = a.quantity.unit == "units" and a.text.replace(",", "").replace(".", "").isdigit()
        if bare and b.quantity.unit != "units" and _RANGE_JOIN.fullmatch(text[a.end : b.start]):
            amounts[i] = replace(a.quantity, unit=b.quantity.unit)
    return tuple(amounts)


def _regions(masked: str, tokens: list[Token]) -> tuple[tuple[str, ...], dict[int, str]]:
    """The regions named (not the whole company), by key, and the tokens that name them,
    each with its region's key."""
    region_spans = [(m.region, m.start, m.end) for m in reporting.regions_in(masked)]
    region_spans += lowercase_us(masked, tokens, region_spans)
    regions = tuple(dict.fromkeys(r.key for r, _, _ in region_spans if not r.whole))
    region_of_token = {
        i: r.key
        for i, tok in enumerate(tokens)
        for r, start, end in region_spans
        if tok.start >= start and tok.end <= end
    }
    return regions, region_of_token


def _lexicon_signals(tokens: list[Token], used: set[int], vocab: Vocabulary) -> dict[int, str]:
    """Token index -> the lexicon word it stands for, for the tokens no company took."""
    signals: dict[int, str] = {}
    for i, tok in enumerate(tokens):
        if i not in used:
            word = lexicon_word(tok.lemma)
            if word in TARGET_WORDS and i + 1 < len(tokens) and tokens[i + 1].text == "out":
                continue  # "push out", "pump out": shipped, not aimed for
            if i + 1 < len(tokens) and tokens[i + 1].lemma in _WISHES:
                continue  # "I would like to know": asking politely, not what is expected
            if (
                word == "report"
                and tok.text in ("report", "reports")
                and after_determiner(tokens, i)
            ):
                continue  # "with its year-end report": the occasion, not an actual figure
            if tok.text in reporting.qualifiers() and before_metric_word(tokens, i, vocab):
                continue  # "adjusted EPS": a kind of figure, not a revision of one
            if (
                word in POSITION_WORDS
                and verb_lemma(tok.text) == word
                and (tok.text != word or verb_context(tokens, i) == "did")
            ):
                continue  # "stores closed", "did they close": not how close to a target
            if word == tok.lemma or (word is not None and not vocab.is_metric_word(tok.lemma)):
                signals[i] = word  # a slip into the lexicon, unless a metric's own word
            elif opening_statement(tokens, i, vocab):
                signals[i] = "original"
    return signals


def _arithmetic(tokens: list[Token], used: set[int], vocab: Vocabulary) -> list[int]:
    """'total sales less online sales', 'stores minus online': the tokens that make a
    difference of two figures, never answered with one of them."""
    found = []
    for i, tok in enumerate(tokens):
        after = tokens[i + 1].text if i + 1 < len(tokens) else None
        if (
            i not in used
            and not vocab.is_metric_word(tok.lemma)
            and (  # "Care+": "care plus"
                tok.text in _ARITHMETIC or (tok.text == "less" and after not in (None, "than"))
            )
        ):
            found.append(i)
    return found


def _drop_particles(tokens: list[Token], signals: dict[int, str], used: set[int]) -> None:
    """'did they ring up', 'before they bumped it up': a verb's particle is no signal; it
    moves from SIGNALS to USED."""
    for i in [i for i, w in signals.items() if w in _PARTICLES and i > 0]:
        if verb_lemma(tokens[i - 1].text) and verb_context(tokens, i - 1) == "did":
            del signals[i]
            used.add(i)


def _ranked(
    tokens: list[Token],
    masked: str,
    used: set[int],
    set_apart: set[int],
    signals: dict[int, str],
    vocab: Vocabulary,
    regions: dict[int, str],
) -> list[MetricHit]:
    """The metrics the remaining words could mean, best first. Metrics get every remaining
    word, growth words included: "sales growth" may be a name. REGIONS: the tokens naming
    a region, which name a metric by any of that region's names."""
    offered = {
        i
        for i in range(len(tokens))
        if i not in used
        and i not in set_apart
        and (i not in signals or signals[i] in _METRIC_MAY_CLAIM)
        and not predicative(tokens, i, vocab)
        and not _moves_the_subject(tokens, i)
        and not _after_its_subject(tokens, i)
    }
    capitals = frozenset(
        i for i, t in enumerate(tokens) if len(t.text) > 1 and masked[t.start : t.end].isupper()
    )
    return vocab.score_metrics(tokens, offered, VERBS, capitals, regions)


def _moves_the_subject(tokens: list[Token], i: int) -> bool:
    """'how much did group sales *change* from Q2 to Q3': the verb an auxiliary waits for,
    of a figure moving, says the subject changed; it names no growth figure of its own
    (a growth rate stated year on year is no answer to a change from the quarter before)."""
    tok = tokens[i]
    return (
        tok.text == tok.lemma  # the bare verb "did" waits for, never "growth" or "changes"
        and tok.lemma in _SUBJECT_MOVES
        and verb_context(tokens, i) == "did"
    )


_SUBJECT_MOVES = frozenset({"change"})  # ("move", "shift": verbs of selling too)


# Verbs of wishing after "would": a polite request ("would like", "would love")
_WISHES = frozenset({"like", "love", "appreciate", "want", "prefer"})

# A conditional before a word makes it a verb of asking politely: "I'd *like* to know"
# ("they sell" may name what was sold; "they'd like" never does)
_SUBJECT_BEFORE = frozenset("i'd we'd you'd they'd would".split())


def _after_its_subject(tokens: list[Token], i: int) -> bool:
    """'I'd like to know Huasteca net sales': a verb right after a conditional names no
    figure, whatever metric name holds the word ("like-to-like net sales growth")."""
    return (
        bool(i)
        and tokens[i - 1].text in _SUBJECT_BEFORE
        and "VERB" in parts_of_speech(tokens[i].text)
    )


def _own_words_misspelt(
    tokens: list[Token],
    used: set[int],
    ranked: list[MetricHit],
    entity_ids: tuple[int, ...],
    vocab: Vocabulary,
) -> set[int]:
    """'Airbus commercial jets', 'Orbis Sofware': the named companies' own second words,
    even misspelt, name nothing else (unless a metric explains them)."""
    own_words = set().union(*(vocab.entity_words.get(e, frozenset()) for e in entity_ids))
    own_list = sorted(own_words)
    return {
        i
        for i, tok in enumerate(tokens)
        if i not in used
        and (tok.lemma in own_words or (len(tok.lemma) >= 4 and typos_of(tok.lemma, own_list)))
        and not any(i in h.explained for h in ranked)
    }


def _open_words(
    text: str,
    tokens: list[Token],
    used: set[int],
    signals: dict[int, str],
    aside: set[int],
    left_out: set[int],
    region_tokens: frozenset[int],
    ranked: list[MetricHit],
) -> tuple[tuple[int, str], ...]:
    """The words that name something, should nothing else explain them: settle() keeps
    those its metric does not account for as unexplained."""
    metric_words = ranked[0].explained if ranked else set()
    deriving = {i for i, tok in enumerate(tokens) if tok.lemma in asks.DERIVING_WORDS}
    accounted = used | region_tokens | set(signals) | metric_words | deriving
    return tuple(
        (i, tok.text)
        for i, tok in enumerate(tokens)
        if i not in used
        and i not in signals
        and i not in aside
        and (
            i in left_out
            or capitalised(text, tok)
            or not is_filler(tok, verb_context(tokens, i, accounted))
            or (i + 1 in metric_words and narrows(tok))
        )
    )


def settle(reading: Reading, vocab: Vocabulary, available: set[int] | None = None) -> Query:
    """The Query: the best metric among those that agree with every slot the question
    states (region, range end, growth or level, count or not) and, when AVAILABLE is
    given, that its entities have figures for."""
    tokens = list(reading.tokens)
    signals = dict(reading.signals)
    slots = _slots(reading, tokens, signals, vocab)
    agreeing = _agreeing(reading, vocab, available, slots)
    viable = _narrowed(agreeing, reading, vocab, slots, entity_known=available is not None)
    best = [h for h in viable if rank_metric(h) == rank_metric(viable[0])] if viable else []
    best = in_currency_said(best, reading)
    metric_claimed = _metric_claimed(best, agreeing, reading, vocab, signals, slots.said)
    for i in metric_claimed:
        signals.pop(i, None)
    # A region is explained when the metric chosen is about it; "worldwide" always is.
    region_ok = set(reading.region_tokens) if best or not reading.regions else set()

    words = set(signals.values())
    dated_revision = asks.revision_month(reading.text) is not None  # "the July revision"
    intent = _intent_settled(reading, words, tokens, signals, dated_revision)
    if slots.revising and intent is Intent.GROWTH:
        intent = Intent.VALUE
        words.add("change")
    explained = reading.used | metric_claimed | set(signals) | region_ok
    if best and available:
        explained |= brand_words(reading, best[0], vocab, available)
    unexplained = _unexplained(reading, tokens, explained, best, intent, slots.share_asked)
    if intent is Intent.VALUE and not asks.derive(reading.text) and not words & GAP_WORDS:
        # a figure asked for, not worked out: two metrics as alike are asked about
        # ("which one did you mean?"), never taken as two figures to compare
        best = in_currency_said(
            best + kinds_alike(best, viable, tokens, company_name_words(reading, vocab)), reading
        )
    return Query(
        text=reading.question or reading.text,
        entity_ids=reading.entity_ids,
        metrics=tuple(best),
        kind=kind_of(words),
        # "what range did they give": ranges are targets and forecasts
        expected=bool(words & EXPECTED_WORDS) or ("range" in words and kind_of(words) is None),
        periods=reading.periods,
        intent=intent,
        revision=revision_of(words, tokens, signals, reading.as_of, dated_revision),
        as_of=reading.as_of,
        sequential=bool(words & SEQUENTIAL_WORDS),
        unexplained=unexplained,
        amounts=reading.amounts,
        mentions_change=bool(words & CHANGE_VERBS),
        units_wanted=slots.units_wanted,
        regions=reading.regions,
        range_end=reading.range_end,
        cumulative=bool(CUMULATIVE.search(reading.text) or _TO_DATE_CODE.search(reading.text))
        or runs_up_to(reading),
        reading=reading,
    )


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


def _slots(
    reading: Reading, tokens: list[Token], signals: dict[int, str], vocab: Vocabulary
) -> _Slots:
    """What the question states besides its metric's words: growth or a revision of an
    expectation, the units wanted, a count, a share."""
    said = set(signals.values())
    # "the size of the increase in its guidance": a revision of an expectation, not growth
    revising = (
        bool(said & GROWTH_WORDS)
        # "the May 2024 outlook cut: how far did its floor fall": a statement
        # dated and a revision named are an expectation revised as much as its name is
        and (
            bool(said & EXPECTATION_WORDS)
            or (reading.as_of is not None and bool(said & CHANGE_VERBS))
        )
        and len(reading.periods) < 2
        and not said & _COMPARING
        and not growth_expected(signals)
    )
    # "retail sales change in Q2": with no target or forecast about, a change is growth
    changed = "change" in said and not said & EXPECTATION_WORDS
    growth_said = (bool(said & GROWTH_WORDS) or changed) and not revising
    units_wanted = tuple(
        dict.fromkeys(
            UNIT_WORDS[t.lemma]
            for i, t in enumerate(tokens)
            if t.lemma in UNIT_WORDS and not business_unit(tokens, i, vocab)
        )
    )
    # "EMEA units", "cloud units": units counted in so many words are never a money figure
    # (the region's or segment's revenue), though "how many orders" may be one; the plural
    # only, as "the cloud unit's revenue" names a business unit
    counted = any(t.text.lower() in _COUNTED for t in tokens)
    # "how did the revenue guidance change": the guidance's revisions, never a metric
    # that is itself a change ("Outdoor Gear revenue change")
    guidance_changed = (
        "change" in said
        and bool(said & EXPECTATION_WORDS)
        and not said & (GROWTH_WORDS - {"change"})
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
    return [
        h
        for h in reading.candidates
        if (available is None or h.metric.id in available)
        and not (slots.guidance_changed and vocab.metric_families.get(h.metric.id) == "growth")  # type: ignore[arg-type]
        and agrees(h, reading, vocab, slots.growth_said or changes_only, slots.units_wanted)
        and not (slots.counted and reporting.measure_of_unit(h.metric.unit or "units") == "money")
        and not (slots.count_asked and counts_money(h, vocab))
        and not undoes(h.metric.name, slots.asked_verbs)
        and not negation_differs(h.metric.name, reading.text)
    ]


def _narrowed(
    agreeing: list[MetricHit],
    reading: Reading,
    vocab: Vocabulary,
    slots: _Slots,
    *,
    entity_known: bool,
) -> list[MetricHit]:
    """The agreeing candidates that can answer: viable, in the measure, currency, rate,
    range end, share or change the question asks for."""
    said = slots.said
    viable = [h for h in agreeing if is_viable(h, reading, vocab, entity_known)]
    viable = said_measure_first(viable, reading, slots.units_wanted)
    if amount_in_currency(reading):
        # "how much did order intake rise, in MSEK": an amount, never a percentage
        viable = [h for h in viable if h.metric.unit != "percent"]
    per = rates.asked_per(reading.text)
    if per is not None:
        # "net revenue per hl", "NR/hl": a rate by that, never the amount it divides
        viable = [h for h in viable if rates.is_rate_by(h, per, vocab)]
    else:
        # "Q3 revenue": the amount, never a rate of it ("revenue per seat mile") the
        # question's words say nothing of dividing by, where the amount is held
        amounts = [h for h in viable if not rates.divides(h, vocab)]
        viable = amounts or viable
    if reading.range_end is not None:  # "top of the outlook": the high end's own metric
        ends = [h for h in viable if vocab.metric_ends.get(h.metric.id) == reading.range_end]  # type: ignore[arg-type]
        viable = ends or viable
    if not said & SEQUENTIAL_WORDS and asks.against_year_before(reading.text):
        # "growth vs PY": never a rate stated against the quarter before
        viable = [h for h in viable if not is_sequential(h)] or viable
    if said & SEQUENTIAL_WORDS:
        # "qoq cc growth": a change stated against the quarter before, where one is held;
        # a change stated year on year never answers it (growth is worked out instead)
        viable = [h for h in viable if is_sequential(h)] or [
            h for h in viable if not is_change(h, vocab)
        ]
    elif slots.share_asked:
        viable = [h for h in viable if is_share(h, vocab)] or viable
    elif slots.growth_said and "percent" in slots.units_wanted and len(reading.periods) < 2:
        # "heat pumps shifted yoy Q3 %": a change stated in percent, where the store has one
        viable = [h for h in viable if is_change(h, vocab)] or viable
    return viable


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
        # "X said revenue was £268.9m for H1, what was it the year before": another figure
        and not any(isinstance(m.ref, RelativeRef) and m.ref.base for m in reading.periods)
        else intent_of(
            words, tokens, signals, len(reading.periods), reading.trend_phrase, dated_revision
        )
    )
    if intent is Intent.VALUE and words & EXPECTATION_WORDS and _PROGRESS.search(reading.text):
        intent = Intent.TARGET_MET  # "deliveries as a % of its target": progress toward it
    if (
        intent is Intent.TARGET_MET
        and not words & EXPECTATION_WORDS
        and any(isinstance(m.ref, RelativeRef) for m in reading.periods)
    ):
        intent = Intent.GROWTH  # "beat the year-ago quarter": against a period, not a goal
    return intent


def _unexplained(
    reading: Reading,
    tokens: list[Token],
    explained: set[int] | frozenset[int],
    best: list[MetricHit],
    intent: Intent,
    share_asked: bool,
) -> tuple[str, ...]:
    """The words nothing accounted for: a question about something the store does not
    know is never answered with a figure about something else."""
    unexplained = tuple(w for i, w in reading.open_words if i not in explained)
    if share_asked and best and best[0].metric.unit != "percent":
        # a share of the figure (see asks.share), or nothing: never the figure itself
        unexplained += tuple(t.text for t in tokens if UNIT_WORDS.get(t.lemma) == "percent")
    unexplained += currency_unexplained(best, reading)
    if intent is Intent.GROWTH and len(reading.periods) == 2:
        # "Q1 FY26 vs Q1 FY25, what's the gap": the difference between the two periods
        unexplained = tuple(w for w in unexplained if w.lower() not in GAP_WORDS)
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
