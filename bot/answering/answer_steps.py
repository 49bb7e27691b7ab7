"""The steps of answering a question that need only the Query, the figures read and what
one answer shares (Asking): rewrites of the query by its wording, and what is worked out when
no stated figure answers. Engine._answer runs them in order beside its own steps that read
the store.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot import patterns
from bot.answering.answer import Answer
from bot.answering.deriving import siblings
from bot.answering.deriving.accounting import accounted
from bot.answering.deriving.goals import progress_to_month, progress_to_range, within_range
from bot.answering.deriving.named_figures import between_named, share_of, sum_named
from bot.answering.deriving.period_sums import sum_of_named
from bot.answering.deriving.restatements import actual_of, between_statements, stated_next
from bot.answering.english.lexicon import is_english
from bot.answering.english.words import (
    ADJUSTED_BASIS,
    CHANGE_VERBS,
    CURRENT_WORDS,
    EXPECTATION_WORDS,
    MOVE_VERBS,
    ORIGINAL_WORDS,
    PERCENT_WORDS,
    PREVIOUS_WORDS,
    SOURCE_WORDS,
    name_lemmas,
)
from bot.answering.matching import spans, statement_months
from bot.answering.matching.decision import RANGE_END, Decision, Miss, Pick
from bot.answering.matching.match import select
from bot.answering.matching.series import current_of
from bot.answering.period_first import select_first
from bot.answering.reading import asks
from bot.answering.reading.code_switching import of_another_language
from bot.answering.reading.currencies import (
    amount_in_unit_asked,
    currencies_said,
    currency_as_basis,
)
from bot.answering.reading.intent import Intent, Revision
from bot.answering.reading.period_folding import (
    month_shares_year,
    quarter_shares_word,
    years_shared,
)
from bot.answering.reading.query import Query
from bot.answering.reading.settle import expectation_moved, settle
from bot.answering.reading.year_ago_asked import year_ago_asked, year_ago_figure
from bot.answering.vocabulary.name_forms import measure_lemmas
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.answering.wording.compose import compose, unknown
from bot.facts import reporting
from bot.facts.model import FactView, Kind, Period
from bot.facts.periods import (
    ExactRef,
    FiscalCalendar,
    HalfRef,
    LatestRef,
    LeadingMonthsRef,
    MonthsEndingRef,
    PeriodMention,
    QuarterRef,
    RelativeRef,
    ToDateRef,
    YearRef,
    find_periods,
    resolve,
)
from bot.facts.periods.arithmetic import is_whole_months, month_count
from bot.facts.quantities import CURRENCY_WORDS


class FigurePool:
    """The named companies' figures of every metric the question's words could mean. Most
    answers read only the chosen series; this wider read happens once, and only when a
    derivation (a share, a gap, a revision's history) needs it."""

    def __init__(self, read: Callable[[], list[FactView]]) -> None:
        self._read = read
        self._facts: list[FactView] | None = None

    def __call__(self) -> list[FactView]:
        if self._facts is None:
            self._facts = self._read()
        return self._facts


@dataclass
class Asking:
    """What the steps of one answer work with besides the Query."""

    text: str  # the question as asked
    said: str  # with its typos mended: what cue patterns read
    scope: str
    vocab: Vocabulary
    names: list[str]  # the companies the query is about, by name
    named: list[int]  # ... and by id
    by_entity: bool  # the metric was settled among the named companies' own
    said_company: bool  # a company was named, not only implied by a metric
    pool: FigurePool  # their figures of every candidate metric, read when a derivation needs it
    midpoint: bool = False  # "vs the midpoint of its guidance"
    # the figures of the candidate metrics of the company a chosen figure is of, and of
    # the figure a range end bounds (its actual: "how far short of the bottom of the range")
    beside: Callable[[FactView], list[FactView]] = lambda _view: []


def names_whose(query: Query) -> bool:
    """Do the words the chosen metrics explain say more than what is counted ("Xperia",
    "A320", "smartphones": a product, a segment), so that they may name whose figure it
    is when no company is named?"""
    if query.reading is None:
        return True
    tokens = query.reading.tokens
    said = {tokens[i].lemma for h in query.metrics for i in h.explained}
    return bool(said - _measure_words())


def _measure_words() -> frozenset[str]:
    """The figure words ('sell', 'revenue') and qualifiers ('net'): words that say what is
    counted, never whose figure it is."""
    return measure_lemmas() | reporting.qualifiers()


def idle_guesses(query: Query) -> tuple[str, ...]:
    """Words read as a misspelt lexicon word that then did nothing: 'comp' taken for
    'come' (a source question) in a question stating no amount names something else."""
    reading = query.reading
    if reading is None or query.amounts:
        return ()
    return tuple(
        reading.tokens[i].text
        for i, word in reading.signals
        if word in SOURCE_WORDS and reading.tokens[i].lemma != word
    )


def periods_folded(query: Query, vocab: Vocabulary) -> Query:
    """Periods the grammar read apart, folded ('in Q2 FY24 than in Q1': one year for both;
    the two ends of a change), and the query settled again on them."""
    if query.reading is not None:
        year_ago = year_ago_asked(query.reading.text, query.reading.periods)
        if year_ago is not None:  # "what was the year-ago number": that figure alone
            return settle(replace(query.reading, periods=(year_ago,)), vocab)
        # ("so far in 2026 through H1": one span, before "H1" is read as 2026's part)
        through = _to_date_through(query, vocab, query.reading.periods)
        if len(through) < len(query.reading.periods):
            return settle(replace(query.reading, periods=through), vocab)
        folded = spans.part_of_year(query.reading.text, query.reading.periods)
        if query.intent is Intent.GROWTH or asks.adds(query.reading.text):
            # "how much did the backlog shrink between end of June and end of September
            # 2025": the two ends of a change; never in a question about one figure
            folded = month_shares_year(query.reading.text, folded)
            folded = quarter_shares_word(query.reading.text, folded)
        if len(folded) == 2:  # "in Q2 FY24 than in Q1": one year for both
            folded = tuple(years_shared(folded))
        folded = _half_year_said_by_months(tuple(folded))
        folded = _said_twice(query, vocab, tuple(folded))
        folded = _to_date_through(query, vocab, tuple(folded))
        if folded != query.reading.periods:
            query = settle(replace(query.reading, periods=folded), vocab)
    return query


def _said_twice(
    query: Query, vocab: Vocabulary, mentions: tuple[PeriodMention, ...]
) -> tuple[PeriodMention, ...]:
    """'Q1 FY2023 sales (Mar-May 2023)': two names of one period in the company's
    calendar, nothing setting them against each other, are one period asked about."""
    if len(mentions) != 2 or len(query.entity_ids) != 1 or query.reading is None:
        return mentions
    text = query.reading.text
    if (
        isinstance(mentions[0].ref, LatestRef | RelativeRef)
        and _in_brackets(text, mentions[1])
        and not spans.COMPARING.search(text[mentions[0].end : mentions[1].start])
    ):
        # "this year's unit goal (2026)": the bracketed period names the other
        return mentions[1:]
    entity = vocab.entities[query.entity_ids[0]]
    cal = FiscalCalendar.of(entity.fiscal_year_end, entity.fiscal_year_named_by)
    first, second = (resolve(m.ref, cal) for m in mentions)
    if len(first) == 1 and not second and getattr(mentions[1].ref, "year", 0) is None:
        # "Q4 2023 sales, the Dec qtr": the yearless name in the other's year
        years = {first[0].start.year, first[0].end.year}
        second = [p for y in years for p in resolve(replace(mentions[1].ref, year=y), cal)]
        second = [p for p in second if p == first[0]]
    rest = text[: mentions[0].start] + " " + text[mentions[1].end :]
    between = text[mentions[0].end : mentions[1].start]
    if (
        len(first) == 1
        and first == second
        and not spans.sets_against(rest + " " + between)
        and not spans.COMPARING.search(between)
    ):
        return mentions[:1]
    return mentions


def _half_year_said_by_months(
    mentions: tuple[PeriodMention, ...],
) -> tuple[PeriodMention, ...]:
    """'Half-year revenue Jul-Dec 2023': a yearless "half-year" beside months that make a
    half says what kind of figure those months hold, no period of its own."""
    bare = [m for m in mentions if isinstance(m.ref, HalfRef) and m.ref.year is None]
    halves = [m for m in mentions if isinstance(m.ref, ExactRef) and _six_months(m.ref.period)]
    if not bare or not halves or not all(_HALF_YEAR.fullmatch(m.text) for m in bare):
        return mentions
    return tuple(m for m in mentions if m not in bare)


def _six_months(period: Period) -> bool:
    """Is PERIOD six whole months (a half, however named)?"""
    return is_whole_months(period) and month_count(period) == 6


_HALF_YEAR = patterns.compile(r"(?:the\s+)?half[\s-]?year", re.I)


def _in_brackets(text: str, mention: PeriodMention) -> bool:
    """Is MENTION all that a pair of brackets holds ("(2025)", "( FY25 )")?"""
    return text[: mention.start].rstrip().endswith("(") and text[mention.end :].lstrip().startswith(
        ")"
    )


_SO_FAR_IN = patterns.compile(
    r"\b(?:so\s+far|to\s+date|year\s+to\s+date|ytd)\s+(?:in|for)\s*$", re.I
)
_THROUGH_PART = patterns.compile(
    r"^\s*(?:thru|through|to|until|till|up\s+to)\s+(?:the\s+end\s+of\s+)?$", re.I
)
# "ytd rtms through Q3 2025", "ytd orders after Q3": words of the figure before the part
_FIGURE_THROUGH_PART = patterns.compile(
    r"^[^,;?]*?\s(?:thru|through|until|till|up\s+to|after)\s+(?:the\s+end\s+of\s+)?$", re.I
)


def _through(gap: str) -> bool:
    """Does GAP run a year to date up to the part after it ("through", "rtms through")?"""
    return bool(_THROUGH_PART.match(gap) or _FIGURE_THROUGH_PART.match(gap))


def _to_date_said_twice(
    mentions: tuple[PeriodMention, ...], text: str
) -> tuple[PeriodMention, ...]:
    """'9m 2025 group sales ytd', 'ggr jan-oct 2025 ytd': "ytd" beside a span from the
    start of a year that says how far is the same period said twice, never two set
    against each other; a comparing word between them keeps both."""
    leading = [
        m
        for m in mentions
        if (isinstance(m.ref, LeadingMonthsRef | MonthsEndingRef) and m.ref.year is not None)
        or (isinstance(m.ref, ExactRef) and m.ref.period.days > 31)
    ]
    said_twice = {
        id(m)
        for m in mentions
        if isinstance(m.ref, ToDateRef)
        and m.ref.until is None
        and any(_side_by_side(m, span, text) for span in leading)
    }
    return tuple(m for m in mentions if id(m) not in said_twice)


def _side_by_side(a: PeriodMention, b: PeriodMention, text: str) -> bool:
    """Are the two mentions next to each other, nothing comparing them or another period
    between?"""
    first, second = sorted((a, b), key=lambda m: m.start)
    return not spans.COMPARING.search(text[first.end : second.start])


def _to_date_through(
    query: Query, vocab: Vocabulary, mentions: tuple[PeriodMention, ...]
) -> tuple[PeriodMention, ...]:
    """'stores closed YTD through Q3 FY25': the year to date up to the end of that quarter
    (or half), from the first day of its year in the company's calendar."""
    if query.reading is None:
        return mentions
    text = query.reading.text
    mentions = _to_date_said_twice(mentions, text)
    if len(mentions) != 2 or len(query.entity_ids) != 1:
        return mentions
    to_date, part = mentions
    if (
        isinstance(to_date.ref, YearRef)
        and isinstance(part.ref, QuarterRef | HalfRef)
        and part.ref.year in (None, to_date.ref.year)
        and _SO_FAR_IN.search(text[: to_date.start])
    ):
        # "so far in 2026 through H1": that year to date, up to the end of its H1
        year = to_date.ref
        part = replace(part, ref=replace(part.ref, year=year.year, fiscal=year.fiscal))
    elif not (
        isinstance(to_date.ref, ToDateRef)
        and to_date.ref.unit == "year"
        and isinstance(part.ref, QuarterRef | HalfRef)
        and part.ref.year is not None
        and _through(text[to_date.end : part.start])
    ):
        return mentions
    if not _through(text[to_date.end : part.start]):
        return mentions
    entity = vocab.entities[query.entity_ids[0]]
    cal = FiscalCalendar.of(entity.fiscal_year_end, entity.fiscal_year_named_by)
    first = (
        replace(part.ref, quarter=1)
        if isinstance(part.ref, QuarterRef)
        else replace(part.ref, half=1)
    )
    ends, starts = resolve(part.ref, cal), resolve(first, cal)
    if not ends or not starts:
        return mentions
    span = Period(starts[0].start, ends[0].end)
    return (PeriodMention(ExactRef(span), to_date.start, part.end, text[to_date.start : part.end]),)


def words_explained(query: Query, said: str) -> Query:
    """Words a period took in, or that name the two statements compared, are explained; a
    word read as a lexicon word that then did nothing is not."""
    if query.unexplained and query.periods:
        # words a period took in after the grammar ("1h" in "1H FY3/25") are explained;
        # a name between its parts is not ("9m ebitda Zentrix 2025": no company's 9M)
        taken = {w for m in query.periods for w in _taken_by(m)}
        query = replace(query, unexplained=tuple(w for w in query.unexplained if w not in taken))
    idle = idle_guesses(query)
    if idle:
        query = replace(query, unexplained=query.unexplained + idle)
    if query.unexplained and asks.two_statements(said):
        # "the August forecast vs the February one": the months and "opening" name
        # the two statements compared (see between_statements)
        naming = asks.statement_words(said)
        query = replace(
            query, unexplained=tuple(w for w in query.unexplained if w.lower() not in naming)
        )
    return query


def _naming_other_figures(query: Query) -> tuple[str, ...]:
    """The words nothing explained that name some figure of the store, a share's aside."""
    reading = query.reading
    if reading is None:
        return ()
    named = {reading.tokens[i].text.lower() for h in reading.candidates for i in h.explained}
    return tuple(
        w for w in query.unexplained if w.lower() not in asks.SHARE_WORDS and w.lower() in named
    )


def _share_of_named(query: Query) -> bool:
    """Are the words nothing explained those of a share, with words naming another of
    the company's figures at most ("npat as % of revenue", revenue chosen: "npat")?"""
    if asks.share(query.unexplained):
        return True
    reading = query.reading
    rest = {w.lower() for w in query.unexplained if w.lower() not in asks.SHARE_WORDS}
    if reading is None or len(rest) == len(query.unexplained):
        return False
    named = {reading.tokens[i].text.lower() for h in reading.candidates for i in h.explained}
    return rest <= named


def _a_held_kind_of_ratio(query: Query, pool: list[FactView]) -> bool:
    """Does the question name a kind of ratio the company states under that name ("loss
    ratio" of "non-life loss ratio"), whatever line it asks it of: never one figure over
    another worked out instead ("life loss ratio": no net loss over life premiums)?"""
    tokens = query.reading.tokens if query.reading is not None else ()
    named = {
        f"{tokens[i - 1].lemma} ratio" for i in range(1, len(tokens)) if tokens[i].lemma == "ratio"
    }
    if not named:
        return False
    names = {" ".join(name_lemmas(metric)) for metric in {v.fact.metric for v in pool}}
    return any(phrase in name for name in names for phrase in named)


def named_figures(query: Query, asking: Asking) -> Query | Answer:
    """Unexplained words that name a second figure of the company: a share of it, a gap
    between the two, or their sum."""
    if (
        query.unexplained
        and asking.by_entity
        and _share_of_named(query)
        and not _a_held_kind_of_ratio(query, asking.pool())
    ):
        # "what share of its 2024 deliveries were K3s": one named figure of another
        share = share_of(query, asking.pool())
        if share is not None:
            return compose(asking.text, share)
        if asks.SHARE_OF.search(asking.said) or (
            asks.AS_SHARE_OF.search(asking.said) and len(query.periods) > 1
        ):
            # "what share of its units came from Europe": the region's share of the
            # whole, worked out below once its figure is chosen ("H1 sales as a % of
            # the H1 before": one period's over the other's, see ratios.py); a word naming
            # another figure of the store ("smartphone" of a healthcare company) stays
            # unexplained
            query = replace(query, unexplained=_naming_other_figures(query))
    if query.unexplained and asking.by_entity and asks.gap_asked(asking.said, query.unexplained):
        # "the gap between gross and net orders", "AHQ vs Tidewater units gap": two
        # named figures, one less the other, which between them explain every word
        apart = between_named(query, asking.pool(), explaining=True)
        if apart is not None:
            return compose(asking.text, apart)
        if (
            (query.kind in (Kind.TARGET, Kind.FORECAST) or query.expected)
            and (asks.ACTUAL_WORD.search(asking.said) or _one_expectation(query))
            # ("how much did they raise the target, midpoint vs the March one": the gap
            # between two statements of it, never the actual's)
            and not revision_asked(query, asking.said)
        ):
            # "actual vs forecast gap", "dec 2025 members vs the original 3.6m goal, gap":
            # one figure's two kinds, the actual against its expectation; a word no
            # language knows stays unexplained ("Zentrix 2026 target vs 2025 actual": a
            # company the store lacks, never answered with the one it has)
            query = replace(
                query, unexplained=possible_names(query.unexplained), intent=Intent.TARGET_MET
            )
    regions = len(set(query.reading.regions)) if query.reading is not None else 0
    if (query.unexplained or regions >= 2) and asking.by_entity and asks.totals(asking.said):
        # "Brazil and LAS volume together", "EMEA plus APAC": the lines named, added up
        summed = sum_named(query, asking.pool())
        if summed is not None:
            return compose(asking.text, summed)
        if regions >= 2 and not query.unexplained:
            # never one region's figure for the two added up
            message = "I can't add up those regions' figures as asked; ask for each one."
            return unknown(asking.text, message)
    return query


def _taken_by(mention: PeriodMention) -> set[str]:
    """The words of MENTION's text, lower case, but for those that may name something
    written between the parts the grammar read."""
    words = mention.text.lower().split()
    read = {w for part in find_periods(mention.text) for w in part.text.lower().split()}
    return {w for w in words if w in read or not _may_name(w)}


def possible_names(words: tuple[str, ...]) -> tuple[str, ...]:
    """Of WORDS, those that may name something the store lacks."""
    return tuple(w for w in words if _may_name(w))


def _may_name(word: str) -> bool:
    """May WORD name something the store lacks: no English word, no word of the reporting
    vocabulary ("capex") or of another language the engine reads ("hvor"), no currency
    ("usd"), no amount or sign ("n600bn", "$")?"""
    word = word.lower().removesuffix("'s").removesuffix("’s")  # ("Zentrix's")
    return (
        word.isalpha()
        and not is_english(word)
        and word not in reporting.phrase_words()
        and word not in CURRENCY_WORDS
        and not of_another_language(word)
    )


def revision_asked(query: Query, said: str) -> bool:
    """Does the question ask how an expectation was revised ("how much did they raise the
    target", "has the midpoint come down"), not about "the raised target" as it stands,
    nor how much "lower" one figure is than another?"""
    if query.reading is None or asks.revised_direction(said) is not None:
        return False
    tokens = query.reading.tokens
    revising = any(
        t.lemma in CHANGE_VERBS
        and t.lemma not in ADJUSTED_BASIS  # ("adj EPS": a basis, never a revision)
        and t.text not in asks.COMPARATIVES  # ("how much lower")
        and not asks.attributive(tokens, i)  # ("the narrowed guidance")
        for i, t in enumerate(tokens)
    )
    return revising or expectation_moved(query.reading)


def _one_expectation(query: Query) -> bool:
    """Does the question name one expectation, once ("the original 3.6m goal", "the top of
    the october range"), never two statements of it ("the current target and the original
    july target", "the old and the new range")? The gap asked is then the actual's."""
    if query.reading is None or query.revision is Revision.ALL:
        return False
    lemmas = {t.lemma for t in query.reading.tokens}
    named = [t for t in query.reading.tokens if t.lemma in _EXPECTATION_NOUNS]
    statements = [words for words in _STATEMENT_WORDS if lemmas & words]
    return len(named) == 1 and len(statements) <= 1


_EXPECTATION_NOUNS = EXPECTATION_WORDS | {"range"}
_STATEMENT_WORDS = (ORIGINAL_WORDS, PREVIOUS_WORDS, CURRENT_WORDS)


_OF_POINT = ("of", "point")  # "the middle of the range", "mid point"


def midpoint_asked(query: Query) -> tuple[Query, bool]:
    """'vs the midpoint of its guidance': the words are explained, the midpoint said below
    (said, whether or not an earlier step took the word for explained)."""
    if query.unexplained and asks.midpoint(query.unexplained):
        return replace(query, unexplained=()), True
    tokens = query.reading.tokens if query.reading is not None else ()
    regions = query.reading.region_tokens if query.reading is not None else frozenset()
    after = [u.lemma for u in tokens[1:]] + [""]
    # ("the midpoint", "the middle of the range"; never "Middle East" nor "mid-term")
    said = any(
        i not in regions
        and (t.lemma == "midpoint" or (t.lemma in asks.MIDPOINT_WORDS and after[i] in _OF_POINT))
        for i, t in enumerate(tokens)
    )
    return query, not query.unexplained and said


def intent_from_wording(query: Query, said: str, text: str) -> Query:
    """An intent said in other words: 'more than a year before' is growth; 'than guided',
    'differ from guidance', 'shortfall' are an actual against its expectation."""
    if query.intent is Intent.VALUE and asks.than_before(said) and not year_ago_figure(said):
        # "how much more did they sell than a year before": one figure against the
        # same figure of an earlier period is growth
        query = replace(query, intent=Intent.GROWTH)
    if (
        query.intent is Intent.VALUE
        and asks.THAN_EXPECTED.search(said)
        and len({m.ref for m in query.periods}) <= 1
    ):
        # "how much more did they sell than they guided for": the actual against its
        # own period's expectation
        query = replace(query, intent=Intent.TARGET_MET)
    if (
        query.intent in (Intent.VALUE, Intent.HISTORY)
        and (query.kind in (Kind.TARGET, Kind.FORECAST) or query.expected)
        and asks.DIFFERED.search(said)
        and len(asks.EXPECTATION.findall(text)) == 1  # not "how did guidance differ from target"
        and len({m.ref for m in query.periods}) <= 1
    ):
        # "how much did revenue differ from guidance": the actual against it, never
        # the guidance alone
        query = replace(query, intent=Intent.TARGET_MET)
    if query.intent is Intent.VALUE and query.kind is None and asks.MISSED.search(said):
        # "Q3 shipment shortfall": the actual against its own period's expectation, or
        # nothing; a level alone does not say how far short it fell
        query = replace(query, intent=Intent.TARGET_MET)
    return query


def two_statements_compared(
    query: Query, facts: list[FactView], said: str, text: str
) -> Answer | None:
    """'The September outlook against the April one': one expectation stated twice."""
    statements = asks.two_statements(said)
    if (
        statements is not None
        and query.revision is not Revision.NTH  # ("after the first revision (May's)")
        and not asks.ACTUAL_WORD.search(said)  # ("what did they actually ...": a hedge)
        # "original vs current" is the history of every statement between them; "the
        # gap between the original and the current" is the amount between the two
        and not (
            query.intent is Intent.HISTORY
            and set(statements) == {"first", "latest"}
            and not asks.asks_difference(said)
        )
    ):
        # "the September outlook against the April one": one expectation stated twice
        pair = between_statements(query, facts, statements)
        if pair is not None:
            return compose(text, pair)
    return None


def intent_for_kinds(query: Query, said: str) -> Query:
    """One period's actual and expectation asked together is a target met; a history asked
    up to a named revision is the statement that revision replaced."""
    both_kinds = (query.intent is Intent.GROWTH and asks.actual(said)) or (
        query.intent is Intent.VALUE and asks.ACTUAL_WORD.search(said)
    )
    if (
        both_kinds
        and len({m.ref for m in query.periods}) <= 1  # "FY2024 ... its FY2024 forecast"
        and (query.kind in (Kind.TARGET, Kind.FORECAST) or query.expected)
    ):
        # "the difference between the FY2024 forecast and the actual", "how far was the
        # actual from the outlook": one period, two kinds — the actual against its
        # expectation, never last year's figure nor one figure of either kind alone
        query = replace(query, intent=Intent.TARGET_MET)
    if (
        query.intent is Intent.HISTORY
        and not asks.BEFORE_AND_AFTER.search(said)
        and (asks.before_change(said) if query.as_of is not None else asks.revision_month(said))
    ):
        # "the guidance before the April 2025 revision": the statement that revision
        # replaced, not the whole history
        query = replace(query, intent=Intent.VALUE, revision=Revision.AS_OF)
    return query


def full_years(query: Query, facts: list[FactView], said: str) -> list[FactView]:
    """'For the full year' with no period: the years' figures only, never the latest quarter."""
    if not query.periods and asks.full_year(said):
        # "comparable sales for the full year": the latest year, never the latest quarter
        facts = [v for v in facts if v.fact.period.months >= 12]
    return facts


def selected(query: Query, facts: list[FactView], asking: Asking) -> Decision:
    """The figures that answer: selected by match.py, or the named lines or periods summed."""
    decision = select_first(query, facts)
    if len(query.periods) < 2 and asks.totals(asking.said) and asking.by_entity:
        # "Brazil and LAS EBITDA together": the figures of the lines named, added up
        decision = sum_named(query, asking.pool()) or decision
    if len(query.periods) >= 2 and _totalled(asking.said) and _adds_up(query):
        # "add up Q1 and Q2 revenue": the named periods summed, never one against another
        decision = sum_of_named(query, facts) or Miss(
            "comparison",
            "I can only add up figures I hold for each period named, none overlapping.",
        )
    return decision


def _adds_up(query: Query) -> bool:
    """Do the chosen figures add up over periods? Never a ratio or a percentage ("Q3 vs Q1
    combined ratio": "combined" is the ratio's own name)."""
    if not query.metrics:
        return True
    metric = query.metrics[0].metric
    return metric.unit != "percent" and reporting.adds_up(metric.name)


def _totalled(said: str) -> bool:
    """'Q1 and Q2 combined', 'Q1 + Q2', 'total bookings for Q1 and Q4' (nothing setting
    one against the other): the periods said added up."""
    return asks.totals(said) or (
        asks.TOTAL.search(said) is not None and not spans.sets_against(said)
    )


def target_met_recovered(
    query: Query, decision: Decision, facts: list[FactView], asking: Asking
) -> Decision:
    """A target met with no figure pair to show: progress toward a range, the revision asked,
    the actual within the range, or against the end named."""
    revising = (query.mentions_change or asks.changed(asking.said)) and not asks.revised_direction(
        asking.said
    )
    if isinstance(decision, Miss) and query.intent is Intent.TARGET_MET:
        as_value = select(replace(query, intent=Intent.VALUE), facts)
        ranged = progress_to_range(query, asking.pool() or facts)
        if ranged is not None and asks.progress(asking.said):
            decision = ranged
        elif revising and (asks.size(asking.said) or asks.revision_month(asking.said)):
            # "how big a cut did they make to the guidance": the revision, not a verdict
            decision = select(replace(query, intent=Intent.VALUE, mentions_change=True), facts)
        elif isinstance(as_value, Pick) and as_value.intent is Intent.RANGE:
            # "did they hit the raised outlook" where the outlook is a range
            decision = within_range(as_value, asking.pool() or facts) or decision
        elif isinstance(as_value, Pick) and RANGE_END.search(as_value.facts[0].fact.metric):
            # "by how much did they beat the top of the outlook": against that end
            end = as_value.facts[0]
            actual = _actual_of_end(end, facts, asking)
            if actual is None and not query.periods and asks.MISSED.search(asking.said):
                # ("did they miss the bottom of the range": of the latest year reported;
                # never "the top end, investor day vs now", two statements compared)
                end, actual = _latest_end_settled(end, facts, asking)
            if actual is not None:
                decision = Pick(Intent.TARGET_MET, (actual, end))
    return decision


def _latest_end_settled(
    end: FactView, facts: list[FactView], asking: Asking
) -> tuple[FactView, FactView | None]:
    """'Did they miss the bottom of the range', no period said, where the latest range is
    for a year not yet reported: the latest range end whose period has its actual."""
    earlier = [
        v
        for v in current_of(facts)
        if v.fact.metric == end.fact.metric and v.fact.period.end < end.fact.period.end
    ]
    for candidate in sorted(earlier, key=lambda v: v.fact.period.end, reverse=True):
        actual = _actual_of_end(candidate, facts, asking)
        if actual is not None:
            return candidate, actual
    return end, None


def _actual_of_end(end: FactView, facts: list[FactView], asking: Asking) -> FactView | None:
    """The actual of a range end's period, among the figures asked about or beside it."""
    return actual_of(end, asking.pool() or facts) or actual_of(end, asking.beside(end))


def stated_and_accounted(
    query: Query, decision: Decision, facts: list[FactView], asking: Asking
) -> Decision:
    """Statements named by their month read, and every derivation the question asks
    accounted for (accounting.py)."""

    def pool() -> list[FactView]:  # (the wider series: read only where a step needs it)
        return asking.pool() or facts

    decision = statement_months.stated_in_month(query, decision, facts) or decision
    decision = statement_months.month_of_statement(query, decision, facts) or decision
    decision = accounted(query, decision, facts, pool, asking.vocab)
    if isinstance(decision, Pick):
        # "after October, how many more did they need": the running total to then
        decision = progress_to_month(query, decision, pool) or decision
    decision = statement_months.goal_stated_in_month(query, decision, pool)
    if isinstance(decision, Pick) and decision.intent is Intent.GROWTH:
        # "operating profit growth in H1": the growth the company stated, where it did
        # ("in euros, reported": a basis the rate is measured on, never an amount)
        amount_said = (
            bool(asks.AMOUNT_ASKED.search(asking.said)) and not currency_as_basis(asking.said)
        ) or amount_in_unit_asked(query.reading, query.text)
        rate_asked = bool(asks.RATE_OF_CHANGE.search(asking.said)) and not amount_said
        comparison_said = (
            query.sequential or len(query.periods) > 1 or bool(asks.SEQUENTIAL.search(asking.said))
        )
        moved = query.reading is not None and any(
            t.lemma in MOVE_VERBS for t in query.reading.tokens
        )
        stated = siblings.stated_growth(
            decision,
            asking.pool() or facts,
            rate_asked,
            comparison_said,
            amount_asked=amount_said,
            moved=moved,
        )
        decision = stated or decision
    elif (
        isinstance(decision, Pick)
        and query.reading is not None
        and not any(t.lemma in PERCENT_WORDS for t in query.reading.tokens)
    ):
        # "revenue growth in Q3, in EUR terms": the stated rate, with the amount it was
        currencies = currencies_said(query.reading)
        if currencies:
            levels = siblings.levels_of_a_stated_growth(decision, pool(), currencies)
            decision = levels or decision
    return decision


# A metric's name that says it counts from the start ("cumulative deliveries", "units sold
# to date", "lifetime sales")
_RUNNING = patterns.compile(r"\b(?:cumulative|since|to\s+date|lifetime|all[\s-]time)\b", re.I)


def running_total(view: FactView) -> bool:
    """Is the figure a running total: named so, or counted over more than a year?"""
    return bool(_RUNNING.search(view.fact.metric)) or view.fact.period.days > 366


def next_statement(decision: Decision, facts: list[FactView]) -> Decision:
    """'the 1.9-3.1bn range: what replaced its top end?': the statement made next in
    place of the one picked, where a later one was made; the pick as it is otherwise."""
    if not isinstance(decision, Pick) or decision.intent is not Intent.VALUE:
        return decision
    named = decision.facts[0].fact
    later = stated_next(facts, {named.revision_key}, named.as_of)
    return replace(decision, facts=(later[0], decision.facts[0])) if later else decision
