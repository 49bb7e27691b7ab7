"""The Engine: the one way every front door asks a question.

    engine = Engine(store)
    answer = engine.ask("sony handsets, fy12", scope="shared")

It reads the store but never writes to it, except to log questions it could not answer
when asked to (`log_misses`), so admins can see what people want that the store lacks.
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

from bot.answering import period_first
from bot.answering.answer import Answer, Status
from bot.answering.answer_steps import (
    Asking,
    FigurePool,
    full_years,
    intent_for_kinds,
    intent_from_wording,
    midpoint_asked,
    named_figures,
    names_whose,
    next_statement,
    periods_folded,
    possible_names,
    revision_asked,
    selected,
    stated_and_accounted,
    target_met_recovered,
    two_statements_compared,
    words_explained,
)
from bot.answering.decision_steps import (
    additions_from_levels,
    another_metric_holding,
    checked,
    derived_on_miss,
    kind_held_elsewhere,
    older_than_the_latest,
)
from bot.answering.deriving import rankings, statement_history
from bot.answering.deriving.across_companies import across_asked, across_companies
from bot.answering.deriving.averages import average_asked, averaged, named_as_the_average
from bot.answering.deriving.by_amount import answer_by_amount
from bot.answering.deriving.implied_series import implied_series
from bot.answering.deriving.margins import MARGIN, margin_of_levels, profit_of_margin
from bot.answering.deriving.midpoints import (
    against_range,
    from_midpoint,
    midpoint_against,
    midpoint_of_other_period,
)
from bot.answering.deriving.named_amount import (
    amount_unlike_name,
    asked_of_named,
    change_from_named,
    named_as_figure,
    named_elsewhere,
)
from bot.answering.deriving.named_figures import (
    between_named,
)
from bot.answering.deriving.named_range import range_named
from bot.answering.deriving.period_named_by_amount import asking_clause, period_named
from bot.answering.deriving.profit_levels import LEVELS as PROFIT_LEVELS
from bot.answering.deriving.profit_levels import with_other_levels
from bot.answering.deriving.ratios import (
    per_unit_of_figures,
    ratio_named,
    ratio_of_families,
    words_before_per,
    worked_as_named,
)
from bot.answering.deriving.records import RECORD, called_a_record
from bot.answering.deriving.said_amounts import against_said, sets_against_said, verdict_said
from bot.answering.deriving.share_left import share_left_out
from bot.answering.deriving.stated_amounts import a_year, year_like
from bot.answering.deriving.two_figure_ratios import ratio_of_named_figures
from bot.answering.english.chat_markup import without_markup
from bot.answering.english.lexicon import FUNCTION_WORDS
from bot.answering.english.words import (
    EXPECTATION_WORDS,
    GROWTH_WORDS,
    MOVE_VERBS,
    PERCENT_WORDS,
    RANGE_WORDS,
    lemmas,
    name_lemmas,
)
from bot.answering.matching import (
    described,
    guided,
    names_elsewhere,
    occasions,
    owners,
    spans,
    statement_months,
)
from bot.answering.matching.decision import RANGE_END, Decision, Miss, Pick
from bot.answering.matching.launch_spans import from_launch
from bot.answering.matching.match import select
from bot.answering.matching.metric_refinement import (
    basis_said_unheld,
    by_own_name,
    named_in_full,
    said_in_own_name,
    without_unsaid_basis,
)
from bot.answering.matching.period_fit import find_period
from bot.answering.matching.series import period_mention
from bot.answering.memo import Memo, today
from bot.answering.phrases import amounts_in, bare_amount, points_in_basis_points, possessive
from bot.answering.reading import (
    asks,
    code_switching,
    defined_terms,
    dictated,
    net_change,
    spoken_numbers,
)
from bot.answering.reading.correction import speller
from bot.answering.reading.currencies import currencies_said
from bot.answering.reading.intent import Intent
from bot.answering.reading.query import Query, Reading
from bot.answering.reading.rates import names_a_rate
from bot.answering.reading.settle import settle
from bot.answering.reading.understand import MAX_QUESTION_LENGTH, understand
from bot.answering.vocabulary import index_cache
from bot.answering.vocabulary.name_forms import level_named
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.answering.wording.compose import (
    compose,
    sign_as_asked,
    unknown,
    verdict_as_asked,
    with_verdict,
    without_unasked_verdict,
)
from bot.answering.wording.holdings import (
    MAX_ENTITIES_WITHOUT_NAME,
    store_sample,
    suggest,
    unknown_with_holdings,
)
from bot.answering.wording.period_asked import led_by_its_period
from bot.answering.wording.units_asked import in_unit_asked
from bot.facts import reporting
from bot.facts.model import SHARED_SCOPE, FactView, Kind, SalesBotError
from bot.facts.periods import FiscalCalendar
from bot.facts.store import FactStore


def _changes_or_goals_said(query: Query) -> bool:
    """Does the question say a word of growth or of an expectation ("growth", "range",
    "target", "midpoint")?"""
    said = {t.lemma for t in query.reading.tokens} if query.reading is not None else set()
    return bool(said & _CHANGES_OR_GOALS)


# (words of setting against, "vs", "difference", "better", are no change of a figure)
_CHANGES_OR_GOALS = (
    (
        GROWTH_WORDS
        - asks.GAP_WORDS
        - {"against", "compare", "comparison", "differ", "vs"}
        - {"bad", "better", "worse", "stronger", "weaker", "wider", "narrower", "up", "down"}
    )
    | EXPECTATION_WORDS
    | asks.MIDPOINT_WORDS
    | RANGE_WORDS
)


class QuestionError(SalesBotError):
    """The question itself cannot be asked (empty, too long)."""


def check_question(question: str) -> str:
    """QUESTION as it is read: its spaces run together, and the chat client's marks and
    quoted lines read off while its lines are still lines (a bare mention asks nothing)."""
    length = len(" ".join((question or "").split()))
    if length > MAX_QUESTION_LENGTH:
        raise QuestionError(
            f"That question is too long ({length} characters; the limit is {MAX_QUESTION_LENGTH})."
        )
    text = without_markup(question or "")
    if not text:
        raise QuestionError(
            "Ask a question, for example: how many phones did Sony sell in fiscal 2013?"
        )
    return text


# Questions whose understanding, and whose whole answer, an Engine keeps (`memo.Memo`),
# measured at ~8 kB an understanding (its tokens and candidate metrics) and ~1.4 kB an
# answer beyond the facts the store's series cache holds anyway: ~10 MB at most. An
# answer is kept only while its question's understanding is (it is matched by identity).
UNDERSTOOD_SIZE = 1024
ANSWERS_SIZE = 1024
_versions = itertools.count(1)  # one number per vocabulary state, in any Engine


# A question about one period of one company's figure reads that period's figures first
# (period_first.py); off, every answer reads the whole series (the same answers, slower).
READ_PERIOD_FIRST = True

# How many of the metrics a question's words could mean name the companies whose terms
# are read, when it names none
_TERM_CANDIDATES = 10
# How many of a company's reports are read for the terms they define (a word unexplained)
_TERM_SOURCES = 40
# How many companies' terms are kept (`Engine._company_terms`)
_TERMS_KEPT = 256


def _terms_of(
    views: list[FactView], unexplained: tuple[str, ...], kept: defined_terms.CompanyTerms
) -> Iterator[dict[str, str]]:
    """The terms a company's figures may be asked by, nearest first: those its quotes define;
    those its reports define outside any quote ("Mt Ossa (MtO)" in a heading) and its
    measures' initials ("MARs"); the words its quotes say of one figure. Each read only
    when the ones before it did not explain the question, and only once while KEPT holds."""
    if kept.quotes is None:
        kept.quotes = defined_terms.definitions(v.fact.quote for v in views)
    yield kept.quotes
    if kept.reports is None:
        sources = {v.source.id: v.source for v in views}
        kept.reports = defined_terms.definitions(
            s.text for s in list(sources.values())[:_TERM_SOURCES]
        ) | defined_terms.initials({v.fact.metric for v in views})
    yield kept.reports
    yield kept.quoted_words(views, unexplained)


def _names_the_figure(query: Query, occasion: occasions.Occasion) -> bool:
    """Is the occasion's phrase the name of the figure the question reads ("Oakmere's UK
    pupil numbers": its event word a word of the name, after words the figure is read
    by), never an event whose word a name only shares ("the Q3 earnings" of a "net
    earnings" figure, "revenue per day" at the investor day)?"""
    if query.reading is None or query.said != query.reading.text:
        return False
    tokens = query.reading.tokens
    inside = [i for i, t in enumerate(tokens) if occasion.start <= t.start < occasion.end]
    if not inside:
        return False
    word = tokens[inside[-1]].text.lower()
    return any(
        word in h.metric.name.lower().split() and set(inside[:-1]) & h.explained
        for h in query.metrics
    )


# The words a count's additions are named with ("active wallets added", "net adds")
_ADDED_WORDS = asks.ADDITION_NOUNS | {"added"}


class Engine:
    def __init__(self, store: FactStore, *, answers: int = ANSWERS_SIZE) -> None:
        """ANSWERS: how many whole answers to keep (0: none; the understanding of
        questions and the store's reads are kept either way)."""
        self.store = store
        # scope -> (the store's generation, its stamp of the names read, the vocabulary,
        # the vocabulary's version: a new one whenever its names may have changed)
        self._vocabularies: dict[str, tuple[int, tuple[int, ...] | None, Vocabulary, int]] = {}
        self._lock = threading.Lock()
        # (scope, text) -> Query, while the scope's vocabulary is the same version
        self._understood: Memo[Query] = Memo(UNDERSTOOD_SIZE)
        # (scope, text) -> (the Query answered, its Answer), while the store's generation
        # is the same: any write, by any process, and the question is answered anew
        self._answers: Memo[tuple[Query, Answer]] = Memo(answers)
        # (scope, the reading's id) -> (the Reading, the metrics its companies have, the
        # Query settled among them, its metric refined), while the scope's vocabulary is
        # the same version: a question answered anew (the store written since) settles as
        # it did
        self._settled: Memo[tuple[Reading, tuple, Query]] = Memo(UNDERSTOOD_SIZE)
        # (scope, the understood Query's id) -> (that Query, its periods folded), while the
        # scope's vocabulary is the same version (`periods_folded`: a pure function of them)
        self._folded: Memo[tuple[Query, Query]] = Memo(UNDERSTOOD_SIZE)
        # (scope, the understood Query's id) -> (that Query, as read against the store's
        # reports), while the vocabulary's version and the store's generation are the same
        self._in_store: Memo[tuple[Query, Query]] = Memo(UNDERSTOOD_SIZE)
        # (scope, company ids) -> the terms read of its figures, while the store's
        # generation is the same (`_terms_of`)
        self._terms: Memo[defined_terms.CompanyTerms] = Memo(_TERMS_KEPT)

    def vocabulary(self, scope: str = SHARED_SCOPE) -> Vocabulary:
        """The scope's names, brought up to date when the store has changed since: only
        the companies and metrics added or changed are indexed again."""
        return self._vocabulary(scope)[0]

    def _vocabulary(self, scope: str) -> tuple[Vocabulary, int, int]:
        """The scope's vocabulary, its version, and the store's generation it is of."""
        generation = self.store.generation()
        with self._lock:
            cached = self._vocabularies.get(scope)
            if cached is None:  # the index a previous process saved, if still true
                loaded = index_cache.load(self.store, scope)
                if loaded is not None:
                    cached = (loaded[0], None, loaded[1], next(_versions))
                    self._vocabularies[scope] = cached
            if cached is None or cached[0] != generation:
                changes = self.store.names_since(scope, cached[1] if cached else None)
                version = cached[3] if cached else 0
                if cached is not None and cached[1] is None and changes.whole:
                    vocab = cached[2]  # loaded: catch up with what was added since
                    if not index_cache.catch_up(vocab, changes):
                        vocab = Vocabulary(changes.entities, changes.metrics)
                    version = next(_versions)
                elif cached is None or changes.whole:
                    vocab = Vocabulary(changes.entities, changes.metrics)
                    index_cache.save(self.store, scope, generation, vocab)
                    version = next(_versions)
                else:
                    vocab = cached[2]
                    if changes.entities or changes.metrics:
                        vocab.update(changes.entities, changes.metrics)
                        version = next(_versions)
                cached = (generation, changes.stamp, vocab, version)
                self._vocabularies[scope] = cached
            return cached[2], cached[3], cached[0]

    def understand(self, question: str, scope: str = SHARED_SCOPE) -> Query:
        """QUESTION read against SCOPE's names: a pure function of its text, the
        vocabulary and today's date ("this year"), so kept per vocabulary version and day
        (a write of facts alone keeps it). A statement named by its occasion is read
        against the store's sources each time (see _at_occasion)."""
        text = check_question(question)
        vocab, version, generation = self._vocabulary(scope)
        key, stamp = (scope, text), (version, today())
        query = self._understood.get(key, stamp)
        if query is None:
            query = _read_in_english(understand(text, vocab), vocab)
            query = _read_as_dictated(query, text, vocab)
            self._understood.put(key, stamp, query)
        return self._read_in_store(query, scope, vocab, (*stamp, generation))

    def _read_in_store(
        self, query: Query, scope: str, vocab: Vocabulary, stamp: tuple[int, date, int]
    ) -> Query:
        """QUERY read against the store's reports (its occasion, its defined terms): a
        pure function of QUERY and the store, kept while STAMP (the vocabulary's version,
        the day, the store's generation) is the same; nothing kept inside a transaction
        (what is read may yet roll back)."""
        if self.store.conn.in_transaction:
            return self._read_against_reports(query, scope, vocab)
        key = (scope, id(query))
        held = self._in_store.get(key, stamp)
        if held is not None and held[0] is query:
            return held[1]
        read = self._read_against_reports(query, scope, vocab)
        self._in_store.put(key, stamp, (query, read))
        return read

    def _read_against_reports(self, query: Query, scope: str, vocab: Vocabulary) -> Query:
        query = names_elsewhere.slip_named_otherwise(
            query, vocab, lambda company: self._names_written(scope, company, vocab)
        )
        read = self._at_occasion(self._described_company(query, scope, vocab), scope, vocab)
        read = self._as_a_net_change(self._in_defined_terms(read, scope, vocab), scope, vocab)
        return self._additions_unheld(read, scope)

    def _names_written(self, scope: str, company: int, vocab: Vocabulary) -> frozenset[str]:
        """The names COMPANY's reports write (kept per company while the store is unchanged)."""
        terms = self._company_terms(scope, [company])
        if terms.names is None:
            texts = [s.text for s in self.store.sources_quoted_for(scope, [company])]
            own = names_elsewhere.plain_words(vocab.name_words_of(company))
            terms.names = names_elsewhere.names_written(texts, own)
        return terms.names

    def _described_company(self, query: Query, scope: str, vocab: Vocabulary) -> Query:
        """'the club's wage ratio': no company named, and a word nothing explains that the
        reports of exactly one company the other words could be about call it ("the club";
        described.py): the question read again with that company's name in its place."""
        if query.entity_ids or not query.unexplained or query.reading is None:
            return query
        ids = [h.metric.id for h in query.reading.candidates[:_TERM_CANDIDATES]]
        companies = self.store.entities_having(scope, ids, limit=3)  # type: ignore[arg-type]
        for word in query.unexplained:
            noun = described.bare(word)
            if vocab.is_metric_word(noun) or occasions.names_an_event(noun):
                # ("the Permian": a line of the store's; "the Q2 letter": an occasion)
                continue
            if described.describes_no_company(noun):
                continue  # ("the broker", "the highest", "the Netherlands")
            where = described.described_as(query.said, noun)
            if where is None:
                continue
            owner = described.company_so_called(
                noun, companies, lambda c, n: self._called(scope, c, n)
            )
            if owner is None:
                continue
            name = vocab.entities[owner].name + ("'s" if where["own"] else "")
            better = understand(
                query.said[: where.start()] + name + query.said[where.end() :], vocab
            )
            if better.entity_ids == (owner,) and len(better.unexplained) < len(query.unexplained):
                return better
        return query

    def _called(self, scope: str, company: int, noun: str) -> bool:
        """Do COMPANY's reports call it "the NOUN"? (kept per company while the store is
        unchanged)"""
        terms = self._company_terms(scope, [company])
        if noun not in terms.called:
            texts = [s.text for s in self.store.sources_quoted_for(scope, [company])]
            terms.called[noun] = described.called_so(texts, noun)
        return terms.called[noun]

    def _in_defined_terms(self, query: Query, scope: str, vocab: Vocabulary) -> Query:
        """'pwc retail q2': a word nothing explains read as the other form of a term the
        company's reports define ("Personal watercraft (PWC)"; defined_terms.py), or as the
        figure whose quotes say it ("how many aircraft" of a fleet "of 62 aircraft"), where
        the question so read leaves no word unexplained. A word asking for a derivation
        ("what share of") is never a term: read as one, the share asked is lost."""
        words = tuple(w for w in query.unexplained if w.lower() not in asks.DERIVING_WORDS)
        if not words:
            return query
        entity_ids = query.entity_ids or self._implied_company(query, scope).entity_ids
        if entity_ids:
            companies = [list(entity_ids)]
        elif query.reading is not None and query.reading.candidates:
            # no company named nor implied: each of the few whose figures the other words
            # could mean, one at a time ("the FY25 cc guide" of the one defining "cc")
            ids = [h.metric.id for h in query.reading.candidates[:_TERM_CANDIDATES]]
            companies = [[e] for e in self.store.entities_having(scope, ids, limit=3)]  # type: ignore[arg-type]
        else:
            return query
        version = self._vocabulary(scope)[1]
        for company in companies:
            views = self.store.facts_for(scope, entity_ids=company, keep=True)
            for terms in _terms_of(views, words, self._company_terms(scope, company)):
                found = defined_terms.rewritten(query.said, words, terms)
                if found is None:
                    continue
                said, forms = found
                better = understand(said, vocab)
                own = self._settled_for(better, scope, company, vocab, version)
                if not own.unexplained and any(
                    defined_terms.names_all(h.metric.name, forms) for h in own.metrics[:1]
                ):
                    # (its occasion read again: "at the Q3 results" of a company now known)
                    return self._at_occasion(replace(better, text=query.text), scope, vocab)
        return query  # a term read in part, or read as a figure not named with it

    def _as_a_net_change(self, query: Query, scope: str, vocab: Vocabulary) -> Query:
        """'Net adds in Q3', 'net store additions in FY25' of a company stating no such
        figure: read in plain words as what its count gained (reading/net_change.py), where
        they leave no word unexplained and name a count the company states at dates (never
        a rate: "net change in the fleet" is no change of fleet utilization)."""
        net_unread = "net" in (w.lower() for w in query.unexplained)
        if not net_unread and not asks.net_additions(query.said):
            return query
        company = list(query.entity_ids or self._implied_company(query, scope).entity_ids)
        if not company:
            return query
        stated = self._net_additions_stated(query, scope, company, vocab)
        if stated is not None:
            return stated
        said = net_change.said_as_a_change(query.said)
        if said is None or not (net_unread or self._read_as_no_level(query, scope, company)):
            return query
        better = understand(said, vocab)
        own = self._settled_for(better, scope, company, vocab, self._vocabulary(scope)[1])
        if own.unexplained or not own.metrics:
            return query
        metric = own.metrics[0].metric
        views = self.store.facts_for(scope, entity_ids=company, metric_ids=[metric.id])
        if not views or metric.unit == "percent" or any(v.fact.period.days != 1 for v in views):
            return query
        return replace(better, text=query.text)

    def _additions_unheld(self, query: Query, scope: str) -> Query:
        """'Wallets added in Q4' of a company stating "active wallets added" for Q3 only,
        and its active wallets at each quarter's end: the count's change over the span
        asked (the count read instead of the additions it does not state for it)."""
        if len(query.metrics) != 1 or query.reading is None:
            return query
        metric = query.metrics[0].metric
        words = metric.name.lower().split()
        if not _ADDED_WORDS.intersection(words) or "net" in words:
            return query  # ("net additions" name no count of their own words)
        mention = period_mention(query)
        company = list(query.entity_ids or self._implied_company(query, scope).entity_ids)
        if mention is None or not company:
            return query
        views = self.store.facts_for(scope, entity_ids=company, metric_ids=[metric.id])
        if find_period(mention, views, query.anchor) is not None:
            return query
        level = " ".join(w for w in words if w not in _ADDED_WORDS)
        count = next((h for h in query.reading.candidates if h.metric.name.lower() == level), None)
        if count is None:
            return query
        held = self.store.facts_for(scope, entity_ids=company, metric_ids=[count.metric.id])
        if not held or any(v.fact.period.days != 1 for v in held):
            return query
        # (the additions left out of the reading: settled again among the company's own
        # metrics, they would be chosen again)
        others = tuple(h for h in query.reading.candidates if h.metric.id != metric.id)
        return replace(query, metrics=(count,), reading=replace(query.reading, candidates=others))

    def _additions_stated(self, query: Query, scope: str) -> Query:
        """'How many fibre subs did they add in Q3' of a company stating "fibre broadband
        net additions" for Q3 beside its subscribers at each quarter's end: the additions
        it states, quoted in its own words, before a change worked out from two counts.
        (The additions name the count's own kind, "fibre broadband", and no other.)"""
        if len(query.metrics) != 1 or query.reading is None:
            return query
        if query.intent is not Intent.VALUE and not (
            query.intent is Intent.GROWTH and not PERCENT_WORDS & set(query.reading.token_texts)
        ):
            return query  # ("by what % did subs grow": the count's change as a rate)
        count = query.metrics[0].metric
        words = frozenset(count.name.lower().split())
        if _ADDED_WORDS & words or not asks.added(query.said, words):
            return query
        mention = period_mention(query)
        company = list(query.entity_ids or self._implied_company(query, scope).entity_ids)
        if mention is None or len(query.periods) > 1 or not company:
            return query  # ("between end of q2 and end of q3": the change between two days)
        held = self.store.facts_for(scope, entity_ids=company, metric_ids=[count.id])
        if not held or any(v.fact.period.days != 1 for v in held):
            return query
        stated = []
        for h in query.reading.candidates:
            named = h.metric.name.lower().split()
            kind = set(named) - _ADDED_WORDS - {"net"}
            if not _ADDED_WORDS.intersection(named) or not kind <= words:
                continue
            if len(words - kind) > 1:
                continue  # (the count's noun and no more: "postpaid subscribers" no "net adds")
            views = self.store.facts_for(scope, entity_ids=company, metric_ids=[h.metric.id])
            if find_period(mention, views, query.anchor) is not None:
                stated.append(h)
        if len(stated) != 1:
            return query
        others = tuple(h for h in query.reading.candidates if h is not stated[0])
        reading = replace(query.reading, candidates=others)
        return replace(query, metrics=(stated[0],), reading=reading, intent=Intent.VALUE)

    def _read_as_no_level(self, query: Query, scope: str, company: list[int]) -> bool:
        """Is the figure read for a net change asked neither a count held at days nor named
        as a net one? "Net new stores" read as "store sales" (whose family says net sales)
        or as "new store openings" asks the count's change; "subscribers" and "net store
        openings" are read right."""
        if not query.metrics:
            return False
        metric = query.metrics[0].metric
        if "net" in metric.name.lower().split():
            return False
        views = self.store.facts_for(scope, entity_ids=company, metric_ids=[metric.id])
        return not views or any(v.fact.period.days > 1 for v in views)

    def _net_additions_stated(
        self, query: Query, scope: str, company: list[int], vocab: Vocabulary
    ) -> Query | None:
        """'Net new postpaid subs in H1' of a company stating "postpaid net additions": that
        figure, read in its own words, before any worked out from two counts."""
        for said in net_change.said_as_additions(query.said):
            better = understand(said, vocab)
            own = self._settled_for(better, scope, company, vocab, self._vocabulary(scope)[1])
            if own.unexplained or not own.metrics:
                continue
            metric = own.metrics[0].metric
            if not asks.ADDITION_NOUNS.intersection(metric.name.lower().split()):
                continue
            views = self.store.facts_for(scope, entity_ids=company, metric_ids=[metric.id])
            mention = period_mention(better)
            # (only where it is stated for the period asked: "in 9m" of a company stating
            # H1 and Q3 additions is the count's change)
            if mention is None or find_period(mention, views, better.anchor) is not None:
                return replace(better, text=query.text)
        return None

    def _settled_for(
        self, query: Query, scope: str, company: list[int], vocab: Vocabulary, version: int
    ) -> Query:
        """QUERY settled among the metrics COMPANY has figures for (another company's
        metric, "smartphones sold", must never explain a question's words; which ones it
        has is a probe per metric), a currency said checked against the units it states
        each in ("in euros"): "pat" read as "profit after tax" is that company's figure,
        though another company's "profit" ranks first in the whole vocabulary."""
        if query.reading is None:
            return query
        ids = list(query.candidate_metric_ids)
        available = self.store.metrics_having(scope, company, ids)
        said = currencies_said(query.reading)
        units = self.store.units_having(scope, company, ids) if said else None
        settled = self._settle(query.reading, vocab, available, scope, version, units)
        if not settled.metrics or not guided.expectation_asked(settled):
            return settled
        settled = guided.with_range_ends(settled, available)
        # "did they land inside their revenue range": the company's metric it guides
        # ("net service revenue"), where the one its words fit first ("total revenue")
        # has no target or forecast
        held = self.store.metrics_having(scope, company, ids, (Kind.TARGET, Kind.FORECAST))
        if not held or guided.guided_already(settled, held):
            return settled
        refit = self._settle(query.reading, vocab, available & held, scope, version, units)
        return refit if guided.fits_as_well(refit, settled, vocab) else settled

    def _company_terms(self, scope: str, company: list[int]) -> defined_terms.CompanyTerms:
        """What is kept of the terms of COMPANY's figures at the store's generation (kept
        nothing inside a transaction: what is read may yet roll back)."""
        if self.store.conn.in_transaction:
            return defined_terms.CompanyTerms()
        key, generation = (scope, tuple(company)), self.store.generation()
        kept = self._terms.get(key, generation)
        if kept is None:
            kept = defined_terms.CompanyTerms()
            self._terms.put(key, generation, kept)
        return kept

    def _at_occasion(self, query: Query, scope: str, vocab: Vocabulary) -> Query:
        """'the unit target set at the investor day': the question as of the date of the
        one source that event names (occasions.py), or as it was written."""
        if not occasions.mentioned(query.said) or asks.BEFORE_AND_AFTER.search(query.said):
            return query  # ("before and after the September update": both, never as of it)
        entity_ids = query.entity_ids or self._implied_company(query, scope).entity_ids
        if entity_ids:
            occasion = self._occasion_of(query, scope, vocab, entity_ids)
        elif query.metrics:
            # no company named nor implied: the one company among the few holding the
            # figure whose reports name that occasion ("the margin goal from the capital
            # markets day")
            owners = self.store.entities_having(
                scope, [h.metric.id for h in query.metrics], limit=MAX_ENTITIES_WITHOUT_NAME
            )  # type: ignore[misc]
            named = [n for n in (self._occasion_of(query, scope, vocab, (o,)) for o in owners) if n]
            occasion = named[0] if len(named) == 1 else None
        else:
            occasion = None
        if occasion is not None and _names_the_figure(query, occasion):
            # ("Oakmere's UK pupil numbers": the figure's own name, though a report titled
            # "... UK pupils ... numbers" fits it as "the Q3 numbers" would)
            return query
        if occasion is None:
            # "at its investor day in May 2022", of which no report is held: the month says
            # when, the event's name only what it was
            dated = occasions.by_its_month(query.said)
            if dated is None or not query.unexplained:
                return query
            better = understand(dated, vocab)
            return query if better.unexplained else replace(better, text=query.text)
        if entity_ids and asks.BEFORE.match(query.said, occasion.start):
            # ("before the Nov update" of a story printed the day after the announcement:
            # before the day its figures were stated, not the day it was printed)
            said_on = self.store.latest_statement_reported_on(scope, entity_ids, occasion.stated)
            occasion = replace(occasion, stated=said_on or occasion.stated)
        return replace(understand(occasions.as_of(query.said, occasion), vocab), text=query.text)

    def _occasion_of(
        self, query: Query, scope: str, vocab: Vocabulary, entity_ids: tuple[int, ...]
    ) -> occasions.Occasion | None:
        """The occasion the question names among these companies' reports, if one."""
        sources = self.store.sources_quoted_for(scope, entity_ids)
        occasion = occasions.find(query.said, sources)
        if occasion is None and query.reading is not None and len(entity_ids) == 1:
            entity = vocab.entities[entity_ids[0]]  # (the vocabulary holds every entity)
            cal = FiscalCalendar.of(entity.fiscal_year_end, entity.fiscal_year_named_by)
            # (a range's end is an expectation's: "the guidance floor given at the Q3 results")
            expecting = (
                query.kind in (Kind.TARGET, Kind.FORECAST)
                or query.expected
                or query.range_end is not None
            )
            occasion = occasions.after_period(
                query.said,
                query.reading.periods,
                sources,
                cal,
                expecting=expecting,
                stated=functools.cache(lambda: self.store.statement_dates_for(scope, entity_ids)),
            )
        return occasion

    def ask(
        self,
        question: str,
        scope: str = SHARED_SCOPE,
        *,
        log_misses: bool = False,
        kept: bool = True,
    ) -> Answer:
        """Answer QUESTION from what SCOPE can see. Raises QuestionError for an unaskable one."""
        with self.store.one_generation():  # one read of the store's generation, not five
            query = self.understand(question, scope)
            return self.answer(query, scope, log_misses=log_misses, kept=kept)

    def answer(
        self,
        query: Query,
        scope: str = SHARED_SCOPE,
        *,
        log_misses: bool = False,
        kept: bool = True,
    ) -> Answer:
        """Answer a question already understood (front doors that look at the Query first
        need not have it understood twice). The answer to a question as this engine
        understood it (not a follow-up completed from a conversation) is kept until the
        store changes: the same question again is answered without reading anything.
        KEPT=False answers it anew all the same (the benchmark's measure of the work)."""
        key = (scope, query.text)
        vocab, version, generation = self._vocabulary(scope)  # one read of the generation
        if self.store.conn.in_transaction:
            generation = None  # what is read may yet roll back without a new generation
        stamp = (generation, today())  # ("this year" moves at midnight too)
        held = self._answers.get(key, stamp) if generation is not None and kept else None
        if held is not None and held[0] is query:
            answer = held[1]
        else:
            # "… in crore", "… in bps": its amounts, and its rates' gaps, so
            in_bps = bool(asks.BASIS_POINTS.search(query.text))
            with amounts_in(asks.scale_asked(query.text)), points_in_basis_points(in_bps):
                answer = self._answer(query, scope, vocab, version)
            said = query.said
            answer = with_verdict(answer, asks.direction_asked(said), asks.change_bar(said))
            answer = without_unasked_verdict(verdict_as_asked(answer, query.said), query.said)
            answer = _one_figure_for_two(sign_as_asked(answer, query.said), query)
            answer = _a_level_for_a_percentage(answer, query)
            answer = with_other_levels(
                answer, query.said, lambda view: self._profit_levels(view, scope, vocab)
            )
            if generation is not None and self._understood.peek(key) is query:
                self._answers.put(key, stamp, (query, answer))
        if log_misses and answer.status is not Status.ANSWERED:
            self.store.log_question(query.text, scope=scope, status=answer.status.value)
        return answer

    def _profit_levels(self, view: FactView, scope: str, vocab: Vocabulary) -> list[FactView]:
        """The figures of VIEW's company at any level of profit (one read, those metrics
        only)."""
        entity = vocab.entity_id(view.fact.entity)
        metrics = [m for m, family in vocab.metric_families.items() if family in PROFIT_LEVELS]
        if entity is None or not metrics:
            return []
        return self.store.facts_for(scope, entity_ids=[entity], metric_ids=metrics, keep=True)

    def _answer(self, query: Query, scope: str, vocab: Vocabulary, version: int) -> Answer:
        """QUERY answered from what SCOPE holds: each step rewrites the query, or answers."""
        per = average_asked(query.said)
        if per is not None and not (
            query.metrics and named_as_the_average(query.metrics[0].metric.name, per)
        ):
            # "avg quarterly revenue 2024": the year's figure over its quarters
            whole = self.understand(per.rest, scope)
            found = averaged(query.text, self._steps(whole, scope, vocab, version), per)
            if found is not None:
                return found
        # ("was the guidance ever cut", "when did they raise it": from the statements cited)
        return statement_history.with_history(query.said, self._steps(query, scope, vocab, version))

    def _steps(self, query: Query, scope: str, vocab: Vocabulary, version: int) -> Answer:
        """QUERY answered step by step: each step rewrites the query, or answers."""
        text, said = query.text, query.said  # cues read the question with its typos mended
        if query.others_named:
            # ("farmavita h1 sales": a rival its reports name, never the company's figure)
            names = [vocab.entities[i].name for i in query.entity_ids]
            return self._unexplained(
                text, replace(query, unexplained=query.others_named), names, scope
            )
        query = self._periods_folded(query, scope, vocab, version)
        across = self._across_unnamed(query, scope, vocab, version)
        if across is not None:
            return across
        unclear = self._company_unclear(query, text, scope, vocab)
        if unclear is not None:
            return unclear
        query, asking = self._among_own_metrics(query, text, said, scope, vocab, version)
        query = self._additions_stated(query, scope)
        across = self._across_companies(query, asking)
        if across is not None:
            return across
        named_period = self._asked_of_a_period_named_by_amount(query, asking)
        if named_period is not None:
            return named_period
        margin = self._margin_worked_out(query, asking) or self._ratio_worked_out(query, asking)
        if margin is not None:
            return margin
        explained = named_figures(words_explained(query, said), asking)
        if isinstance(explained, Answer):
            return explained
        query, asking.midpoint = midpoint_asked(explained)
        query = range_named(query, asking.pool)
        refused = self._unanswerable(query, asking)
        if refused is not None:
            return refused
        query = intent_from_wording(query, said, text)
        from_named = change_from_named(self.store, self.vocabulary, query, asking.scope)
        if from_named is not None:
            return from_named
        compared = self._two_figures_compared(query, asking)
        if compared is not None:
            return compared
        query = asked_of_named(self.store, self.vocabulary, query, asking.scope)
        if isinstance(query, Answer):
            return query
        by_amount = self._by_amount_asked(query, asking)
        if by_amount is not None:
            return by_amount
        facts = self._facts_read(query, asking)
        if isinstance(facts, Answer):
            return facts
        left = share_left_out(query, facts)
        if left is not None:
            # "revenue from customers outside the top five, % share": what is left of it
            stated, rest = left
            answer = compose(asking.text, Pick(Intent.VALUE, (stated,)))
            stated_text = answer.text.rstrip(".")
            return replace(
                answer,
                text=f"The rest came to {rest:g}%, 100% less the share stated: {stated_text}.",
            )
        between = two_statements_compared(query, facts, said, text)
        if between is not None:
            return between
        spanned = self._spans_settled(intent_for_kinds(query, said), facts, asking)
        if isinstance(spanned, Answer):
            return spanned
        query, facts = spanned, full_years(spanned, facts, said)
        decision = target_met_recovered(query, selected(query, facts, asking), facts, asking)
        decision = derived_on_miss(self.store, query, decision, facts, asking)
        decision = another_metric_holding(query, decision, asking)
        decision = additions_from_levels(self.store, query, decision, asking)
        decision = checked(
            self.store, query, stated_and_accounted(query, decision, facts, asking), facts, asking
        )
        decision = kind_held_elsewhere(query, decision, asking)
        decision = older_than_the_latest(self.store, query, decision, asking)
        if asks.REPLACED.search(said):
            decision = next_statement(decision, facts)
        if RECORD.search(said):
            decision = called_a_record(said, decision, facts, bool(query.periods))
        named = named_elsewhere(self.store, self.vocabulary, query, decision, asking.scope)
        if named is not None:
            return named
        if sets_against_said(query) and len(query.periods) <= 1:
            # "how far short of 75% was occupancy in H1": the figure against the amount
            # said, never against the year before
            if not (isinstance(decision, Pick) and decision.intent is Intent.VALUE):
                level = select(replace(query, intent=Intent.VALUE), facts)
                # ("did they hit the 700 store target", due in 2028: the goal the amount
                # names is no level reached, and whether it was hit is not known yet; an
                # expectation set against the goal is one: "its own FY26 expectation")
                reached = isinstance(level, Pick) and not (
                    query.intent is Intent.TARGET_MET
                    and level.facts[0].fact.kind is Kind.TARGET
                    and any(q.value == level.facts[0].fact.value for q in query.amounts)
                )
                decision = level if reached else decision
            beside = against_said(query, decision)
            if beside is not None:
                answer = self._composed(query, decision, facts, asking)
                yes_no = verdict_said(query, decision)
                lead = f"{yes_no}: " if yes_no else ""
                return replace(answer, text=f"{lead}{answer.text} {beside}")
        return self._composed(query, decision, facts, asking)

    def _across_companies(self, query: Query, asking: Asking) -> Answer | None:
        """'Who sold more tea in 2025, Tindiret or Kirinyaga': one figure of two named
        companies set against each other (deriving/across_companies.py)."""
        if not query.metrics or not across_asked(asking.said, len(asking.named)):
            return None
        facts = self._facts_read(query, asking)
        if isinstance(facts, Answer):
            return None
        companies = [(query, [v for v in facts if v.fact.entity == n]) for n in asking.names]
        return across_companies(query, companies, select, compose, asking.names)

    def _across_unnamed(
        self, query: Query, scope: str, vocab: Vocabulary, version: int
    ) -> Answer | None:
        """'Combined tea sold by both packers', 'Kirinyaga as a % of the tea sold by
        both': two companies meant, one or none named; the two whose own figures answer
        it, each settled among its own metrics as a question about it alone would be."""
        named = len(query.entity_ids)
        if named > 1 or not query.metrics or not across_asked(query.said, named):
            return None
        ids = list(query.candidate_metric_ids)
        entity_ids = self.store.entities_having(scope, ids, MAX_ENTITIES_WITHOUT_NAME)
        if len(entity_ids) < 2 or not set(query.entity_ids) <= set(entity_ids):
            return None
        companies = []
        for entity in entity_ids:
            own = self._settled_for(
                replace(query, entity_ids=(entity,)), scope, [entity], vocab, version
            )
            own = replace(own, entity_ids=(entity,))
            metric_ids = [h.metric.id for h in own.metrics]
            views = (
                self.store.facts_for(scope, entity_ids=[entity], metric_ids=metric_ids)
                if metric_ids
                else []
            )
            companies.append((own, views))
        names = [vocab.entities[i].name for i in query.entity_ids]
        return across_companies(query, companies, select, compose, names)

    def _company_unclear(
        self, query: Query, text: str, scope: str, vocab: Vocabulary
    ) -> Answer | None:
        """No company named, and the metric's words single out none: ask which, never pick one."""
        if query.entity_ids:
            return None
        # "by how much did the low end move": no company, and only a verb of what is
        # counted ("move", "sell"): never one company's figure by default
        only_verbs = (
            not query.unexplained  # ("Samsung": a company the store lacks, said so)
            and query.metrics
            and not any(h.nouns for h in query.metrics)
            and not names_whose(query)
        )
        # "the net profit forecast before the revision": one company's "group profit"
        # and another's "profit attributable to owners" fit alike; never pick one
        if only_verbs or self._owned_by_several(query, scope, vocab):
            message = "I couldn't tell which company you mean: name it and I'll look."
            return unknown_with_holdings(self.store, text, message, scope, ())
        return None

    def _among_own_metrics(
        self, query: Query, text: str, said: str, scope: str, vocab: Vocabulary, version: int
    ) -> tuple[Query, Asking]:
        """The query settled among the metrics the named companies have figures for, and what
        the rest of the answer works with."""
        said_company = bool(query.entity_ids)
        query = owners.implied_company(self.store, query, scope, vocab)
        if query.entity_ids and not said_company:
            # "Q4 2024 sales, the Dec quarter": one period in the calendar of the company
            # the metric implies
            query = periods_folded(query, vocab)
        names = [vocab.entities[i].name for i in query.entity_ids]
        candidate_ids = list(query.candidate_metric_ids)
        named = list(query.entity_ids)  # (a follow-up's settled query may name none)
        by_entity = bool(named and query.reading is not None and candidate_ids)
        pool = FigurePool(list)  # no company named: derivations work on the chosen series alone
        if by_entity:
            # Choose the metric among those the named companies have figures for: another
            # company's metric ("smartphones sold") must never explain a question's words.
            # Which ones those are is a probe per metric; only the chosen series is read.
            pool = FigurePool(
                lambda: self.store.facts_for(
                    scope, entity_ids=named, metric_ids=candidate_ids, keep=True
                )
            )
            query = self._settled_for(query, scope, named, vocab, version)
        beside = functools.partial(
            self._beside, candidate_ids=candidate_ids, scope=scope, vocab=vocab
        )
        return query, Asking(
            text, said, scope, vocab, names, named, by_entity, said_company, pool, beside=beside
        )

    def _beside(
        self, view: FactView, candidate_ids: list[int], scope: str, vocab: Vocabulary
    ) -> list[FactView]:
        """The figures of VIEW's company of the question's candidate metrics, of the
        figure its range end bounds ("items dispensed" of "items dispensed (low end)") and
        of the level a change is of ("total throughput" of "total throughput growth")."""
        entity = vocab.entity_id(view.fact.entity)
        bound = RANGE_END.sub("", view.fact.metric)
        named = (vocab.metric_id(bound), vocab.metric_id(level_named(bound)))
        held = {i for i in named if i is not None}
        ids = [*candidate_ids, *held]
        if entity is None or not ids:
            return []
        return self.store.facts_for(scope, entity_ids=[entity], metric_ids=ids)

    def _margin_worked_out(self, query: Query, asking: Asking) -> Answer | None:
        """'Net profit margin FY25' of a company stating no such margin: its net profit as
        a share of its revenue for the period (deriving/margins.py), where the words
        asked leave the margin or the profit unexplained."""
        if not query.unexplained or not MARGIN.search(asking.said):
            return None
        if not asking.named:
            # ("op margin fy25", no company named: the one whose profit its words name)
            for words in profit_of_margin(asking.said):
                asking = self._owner_of(words, query, asking)
                if asking.named:
                    break
            else:
                return None
        found = margin_of_levels(query, *self._own_readers(asking))
        return compose(asking.text, found) if found is not None else None

    def _own_readers(
        self, asking: Asking
    ) -> tuple[Callable[[str], Query], Callable[[list[int]], list[FactView]]]:
        """For a figure worked out of others: a reader of a text as a question settled
        among the named companies' own figures, and a reader of their figures of some
        metrics."""
        scope, named, vocab = asking.scope, asking.named, asking.vocab
        version = self._vocabulary(scope)[1]
        return (
            lambda text: self._settled_for(understand(text, vocab), scope, named, vocab, version),
            lambda ids: self.store.facts_for(scope, entity_ids=named, metric_ids=ids, keep=True),
        )

    def _ratio_worked_out(self, query: Query, asking: Asking) -> Answer | None:
        """'Book-to-bill 2025' of a company stating orders and revenue but no such ratio:
        the one over the other (deriving/ratios.py), never one of them alone ("book to
        bill" reads as orders booked); 'sales per employee' of two stated figures. A
        company's own ratio is answered as stated, and only when its name is said."""
        if not asking.named:
            asking = self._owner_of_amount_per(query, asking)
            if not asking.named:
                return None
        ratio = ratio_named(asking.said)
        stated = ratio_named(query.metrics[0].metric.name) if query.metrics else None
        if stated is not None:
            if ratio is not None:
                return None  # (the company's own, as stated)
            # "how much did they book in orders": a word of a ratio's name is no ratio asked
            metric = query.metrics[0].metric.name
            return compose(
                asking.text,
                Miss(
                    "comparison",
                    f"I have {possessive(asking.names[0])} {metric}, but "
                    f"your question asks for no {stated[0].label}.",
                ),
            )
        if ratio is None:
            # "the loan-to-deposit ratio at end-2025": the two figures its name says. A rate
            # read whole that the company states for other periods only ("revenue per ride"
            # in Q1, "rev / rides") is worked out too, but only of the figures its name says
            unheld = not query.unexplained and self._rate_unheld(query, asking)

            def as_named(worked: Pick) -> bool:
                return not unheld or worked_as_named(query.metrics[0].metric.name, worked)

            sides = replace(query, metrics=()) if unheld else query
            named = ratio_of_named_figures(sides, asking.names[0], *self._own_readers(asking))
            if named is not None and as_named(named):
                return compose(asking.text, named)
            if not query.unexplained and not unheld:
                return None
            # "sales per employee in 2024": two stated figures, one over the other (also a
            # rate the company states for other periods only: "revenue per ride in Q1")
            per_unit = per_unit_of_figures(
                query, asking.names[0], *self._own_readers(asking), self._counts_in(asking)
            )
            if per_unit is None or not as_named(per_unit):
                return None
            return compose(asking.text, per_unit)
        found = ratio_of_families(query, *self._own_readers(asking))
        label, of, over = ratio[0].label, ratio[0].of, ratio[0].over
        when = f" for {query.periods[0].text}" if query.periods else ""
        missing = (
            f"I have no {label} of {asking.names[0]}{when}, nor both its "
            f"{reporting.family(of).label} and {reporting.family(over).label} to work it out."
        )
        return compose(asking.text, found or Miss("comparison", missing))

    def _owner_of_amount_per(self, query: Query, asking: Asking) -> Asking:
        """'Net sales per order in Q3', no company named: the one company whose figures the
        words before "per" name, as if it had been said; ASKING as it was when none or
        several do."""
        return self._owner_of(words_before_per(asking.said), query, asking)

    def _owner_of(self, words: str | None, query: Query, asking: Asking) -> Asking:
        """The one company whose figures WORDS name, as if it had been said, where QUERY
        leaves a word unexplained ("net sales" of "net sales per order"); ASKING as it was
        when none or several do."""
        if words is None or not query.unexplained:
            return asking
        amount = understand(words, asking.vocab)
        owned = owners.implied_company(self.store, amount, asking.scope, asking.vocab)
        if len(owned.entity_ids) != 1:
            return asking
        named = list(owned.entity_ids)
        names = [asking.vocab.entities[i].name for i in named]
        return replace(asking, names=names, named=named)

    def _rate_unheld(self, query: Query, asking: Asking) -> bool:
        """Is the figure chosen a rate ("revenue per ride") the named companies state for
        other periods but not for the one asked?"""
        if not query.metrics or not names_a_rate(query.metrics[0].metric.name):
            return False
        mention = period_mention(query)
        if mention is None:
            return False
        views = self.store.facts_for(
            asking.scope, entity_ids=asking.named, metric_ids=[query.metrics[0].metric.id]
        )
        return bool(views) and find_period(mention, views, query.anchor) is None

    def _counts_in(self, asking: Asking) -> Callable[[str], list[FactView]]:
        """A reader of the named companies' counts whose metric's name holds a unit word
        ("tonne": "volume sold (tonnes)"), for a rate per a unit no figure is named by."""

        held = FigurePool(
            lambda: [
                v
                for v in self.store.facts_for(asking.scope, entity_ids=asking.named, keep=True)
                if v.fact.unit == "units"
            ]
        )  # (read once, however many unit words a rate tries)

        def counts(word: str) -> list[FactView]:
            unit = set(lemmas(word.lower()))  # ("egg-freezing": both its words)
            return [v for v in held() if unit <= set(name_lemmas(v.fact.metric.lower()))]

        return counts

    def _unanswerable(self, query: Query, asking: Asking) -> Answer | None:
        """A ranking or a line asked (answered here where the company's figures rank or
        hold the amount), words nothing explained, or a period whose year went unread: said
        so, never answered with another figure."""
        company = FigurePool(  # (read only for a line or a ranking asked, and once)
            lambda: self.store.facts_for(asking.scope, entity_ids=asking.named, keep=True)
        )
        one = len(asking.named) == 1
        strangers = possible_names(query.unexplained)
        if strangers and not asking.said_company:
            # "which region had the biggest sales at Zentrix": a company the store lacks,
            # never the one it holds ranked
            return self._unexplained(
                asking.text, replace(query, unexplained=strangers), [], asking.scope
            )
        if one and query.amounts and rankings.line_asked(asking.said):
            # "which region had about 390 stores": the line whose figure is that amount
            found = rankings.line_by_amount(query, company(), asking.vocab, asking.text)
            if found is not None:
                return found
        ranking = rankings.ranking_asked(asking.said)
        if one and ranking is not None:
            # "which region brought in the most revenue": the company's lines (or quarters)
            # ranked, never its total
            found = rankings.ranked(query, ranking, company(), asking.vocab, asking.text)
            if found is not None:
                return found
        if ranking is not None or asks.RANKED.search(asking.said):
            # "which region grew fastest", where the lines cannot be ranked: no one figure
            # answers it
            message = "I can't rank those figures against each other; ask for each one."
            return unknown_with_holdings(
                self.store, asking.text, message, asking.scope, query.entity_ids
            )
        if query.unexplained:
            # (a company only implied by a metric is not said to be the one asked about:
            # "how much did Samsung ship" is about none the store has)
            return self._unexplained(
                asking.text, query, asking.names if asking.said_company else [], asking.scope
            )
        unlike = amount_unlike_name(query)
        if unlike is not None:
            owner = f"{possessive(asking.names[0])} " if asking.names else ""
            message = f"I have {owner}{unlike}, not a figure for the amount you name."
            return unknown_with_holdings(
                self.store, asking.text, message, asking.scope, query.entity_ids
            )
        unread = spans.unread_year(query)
        if unread is not None:
            # "H1 FY3/25" read as a bare "H1": the latest first half would be some other
            # year's. Better to say so than to answer about the wrong year.
            message = f"I couldn't tell which period “{unread}” names."
            return unknown_with_holdings(
                self.store, asking.text, message, asking.scope, query.entity_ids
            )
        return None

    def _two_figures_compared(self, query: Query, asking: Asking) -> Answer | None:
        """Two named figures compared ('its revenue and its defence revenue', 'how many more
        cars did they build than they delivered'): worked out, or said to be beyond it."""
        two_regions = (
            query.reading is not None
            and len(set(query.reading.regions)) >= 2
            and spans.sets_against(asking.said)
            # ("Asia ex-Korea": one region left out of the other, never their gap)
            and not asks.leaves_out(asking.said)
        )
        if (
            query.intent is Intent.GROWTH
            and asking.by_entity
            and (
                asks.BETWEEN_TWO.search(asking.said)
                or two_regions
                # "tonnes produced vs tonnes sold, difference", "underlying vs statutory
                # PBT FY26": two figures of one period (never two rates of change, nor
                # an actual against an expectation: those are set against as they are)
                or (asks.VERSUS.search(asking.said) and not _changes_or_goals_said(query))
                or asks.TIMES_ASKED.search(asking.said)
            )
            and len({m.ref for m in query.periods}) <= 1
        ):
            # "difference between its revenue and its defence revenue in 2025", "South
            # Africa vs Rest of Africa": two named figures of one period, not one figure's
            # change over time
            apart = between_named(query, asking.pool())
            if apart is not None:
                return compose(asking.text, apart)
        outdid = asks.OUTDID.search(asking.said)
        if (
            outdid is not None
            and query.intent in (Intent.VALUE, Intent.TARGET_MET)
            and query.kind is None
            and not query.expected
            and asking.by_entity
        ):
            # "by how much did US sales exceed Mexico's": two named figures, no goal
            apart = between_named(query, asking.pool(), before=outdid.start())
            if apart is not None:
                return compose(asking.text, apart)
        if query.intent is Intent.VALUE and asks.compares(asking.said) and asking.by_entity:
            apart = between_named(query, asking.pool(), before=asking.said.lower().rfind(" than "))
            if apart is not None:  # "how many more cars did they build than they delivered"
                return compose(asking.text, apart)
        if query.intent is Intent.VALUE and asks.chooses_between_two(asking.said):
            # "which was bigger, voice or data revenue": both figures set side by side,
            # never the first one alone
            apart = between_named(query, asking.pool()) if asking.by_entity else None
            if apart is not None:
                return compose(asking.text, apart)
        if query.intent is Intent.VALUE and (
            asks.compares(asking.said) or asks.chooses_between_two(asking.said)
        ):
            # "how many more cars did they build than they delivered": a comparison read as
            # one figure would answer with half of it. Say so rather than cite a figure.
            message = "I can't compare those two figures yet; ask for each one on its own."
            return unknown_with_holdings(
                self.store, asking.text, message, asking.scope, query.entity_ids
            )
        return None

    def _asked_of_a_period_named_by_amount(self, query: Query, asking: Asking) -> Answer | None:
        """'In the quarter when it produced 72.4 kt, what was its C1 cash cost?': the asking
        clause answered for the period of the one figure stating that amount, that figure
        cited after; None where no one figure is named so, or the clause finds nothing."""
        named = period_named(self.store, query, asking.scope, asking.named)
        clause = asking_clause(query.said) if named is not None else None
        if named is None or clause is None:
            return None
        period = named.fact.period
        asked = f"{named.fact.entity} {clause} {period.start.isoformat()}/{period.end.isoformat()}"
        answer = self.ask(asked, asking.scope)
        if answer.status is not Status.ANSWERED or answer.facts[0].fact == named.fact:
            return None  # (nothing more than the named figure itself: asked as usual)
        that = "That day's" if period.days == 1 else "That period's"
        return replace(
            answer,
            question=asking.text,
            text=f"{answer.text} ({that} {named.fact.metric}: {bare_amount(named)}.)",
            facts=(*answer.facts, named),
        )

    def _by_amount_asked(self, query: Query, asking: Asking) -> Answer | None:
        """A figure asked by its amount ('the 820-jet target', 'which quarter were its $701.3m
        sales for'): found by that amount."""
        if query.amounts and (
            query.intent is Intent.SOURCE
            or not query.metrics
            # "which month did they hit 41,200 deliveries": the amount names the figure
            or (
                query.intent is Intent.VALUE
                and asks.WHICH_PERIOD.search(asking.said)
                and query.kind is None
                and not query.expected
                and (not query.periods or asks.WHICH_PART_OF.search(asking.said))
                and not any(a_year(q, asking.said) for q in query.amounts)
            )
            # "the 2.4bn budget: and the one before it?": the statement it replaced
            or (asks.PRECEDED.search(asking.said) and named_as_figure(query))
        ):
            found = answer_by_amount(self.store, self.vocabulary, asking.text, query, asking.scope)
            if asks.WHICH_PERIOD.search(asking.said):
                found = led_by_its_period(found)  # "which month …": "September 2025: …"
            return found
        if asks.REPLACED.search(asking.said) and (
            named_as_figure(query) or (query.reading and query.reading.ranges)
        ):
            # "the 215-235kt guide: what did it become?": the statement that replaced it,
            # where one statement is named (else the series' own next statement)
            found = answer_by_amount(self.store, self.vocabulary, asking.text, query, asking.scope)
            return found if found.status is Status.ANSWERED else None
        if query.intent is Intent.TARGET_MET and any(
            not year_like(q, asking.said) for q in query.amounts
        ):
            # "the 820-jet target": the amount names the statement compared, never another
            found = answer_by_amount(self.store, self.vocabulary, asking.text, query, asking.scope)
            if found.status is Status.UNKNOWN and sets_against_said(query):
                return None  # "how far short of 75% was occupancy": the asker's own amount
            return found
        return None

    def _facts_read(self, query: Query, asking: Asking) -> list[FactView] | Answer:
        """The figures of the chosen metrics (or of a series the words imply) for the named
        companies, else for the few that have them."""
        if query.metrics:
            metric_ids = [h.metric.id for h in query.metrics]
            if asking.by_entity:
                facts = self._series_read(query, asking, metric_ids)
            else:
                entity_ids = list(query.entity_ids) or self.store.entities_having(
                    asking.scope, metric_ids, limit=MAX_ENTITIES_WITHOUT_NAME
                )  # type: ignore[arg-type]
                facts = self.store.facts_for(
                    asking.scope, entity_ids=entity_ids, metric_ids=metric_ids
                )  # type: ignore[arg-type]
        else:
            facts = implied_series(self.store, self.vocabulary, query, asking.scope)
            if not facts:
                return self._no_metric(asking.text, query, asking.names, asking.scope)
        if not facts:
            metric = query.metrics[0].metric.name
            who = possessive(asking.names[0]) + " " if asking.names else ""
            return unknown(
                asking.text,
                f"I don't have {who}{metric} figures.",
                suggest(store_sample(self.store, asking.scope, query.entity_ids)),
            )
        return facts

    def _series_read(self, query: Query, asking: Asking, metric_ids: list[int]) -> list[FactView]:
        """The named companies' series of METRIC_IDS; of one company's one metric asked
        for one period, that period's figures first, the rest when a step looks at them
        (period_first.py)."""

        def whole() -> list[FactView]:
            return self.store.facts_for(
                asking.scope,
                entity_ids=asking.named,
                metric_ids=metric_ids,  # type: ignore[arg-type]
            )

        if READ_PERIOD_FIRST and len(asking.named) == 1 and len(metric_ids) == 1:
            period = period_first.period_asked(query, asking.named[0], asking.vocab)
            if period is not None:
                narrow = self.store.facts_for(
                    asking.scope, entity_ids=asking.named, metric_ids=metric_ids, period=period
                )
                if narrow:
                    return period_first.FirstPeriod.of(period, narrow, whole)
        return whole()

    def _spans_settled(self, query: Query, facts: list[FactView], asking: Asking) -> Query | Answer:
        """Spans named by weeks or less a part, and a month a goal is for, read against the
        facts; a part taken from the middle of a period is said to be beyond it."""
        query = statement_months.month_an_actual_is_at(
            statement_months.month_a_goal_is_for(query, facts), facts
        )
        query = spans.weeks_to(query, facts)
        counted = spans.in_weeks(query, facts)
        if counted is None:
            # "the first 12 weeks": a span of weeks the store holds no figure for
            message = "I don't have a figure for that span of weeks."
            return unknown_with_holdings(
                self.store, asking.text, message, asking.scope, query.entity_ids
            )
        # ("its first week": from the day its figures begin, where no year's weeks are)
        query = spans.less_a_part(from_launch(counted, facts), facts)
        if spans.takes_out(query):
            # "FY25 excluding Q2": a part from inside a period leaves two spans; the one
            # figure less the other, never the growth of one period against the other
            middle = spans.middle_part_taken_out(query, facts)
            if middle is not None:
                return compose(asking.text, middle)
            message = "I can take a quarter or a half out of a period only where I hold both."
            return unknown_with_holdings(
                self.store, asking.text, message, asking.scope, query.entity_ids
            )
        return query

    def _composed(
        self, query: Query, decision: Decision, facts: list[FactView], asking: Asking
    ) -> Answer:
        """The answer's text from the decision, with the midpoint said where it was asked."""
        one_range = isinstance(decision, Pick) and (
            decision.intent is Intent.VALUE and decision.facts[0].fact.value_high is not None
        )
        # ("the guidance midpoint before vs after the cut": each revision of a range says
        # its midpoint's move)
        ranges_revised = isinstance(decision, Pick) and (
            decision.intent is Intent.HISTORY
            and any(v.fact.value_high is not None for v in decision.facts)
        )
        against_middle = None
        if (
            asking.midpoint
            and not (
                isinstance(decision, Pick)
                # (a level a range's midpoint implies has its midpoint taken already)
                and (
                    decision.intent in (Intent.RANGE, Intent.IMPLIED) or one_range or ranges_revised
                )
            )
            # ("how much did they raise the target's midpoint": its statements, never the
            # actual against it)
            and not revision_asked(query, asking.said)
        ):
            # "2025 revenue vs the midpoint of its guidance": the actual against the range
            # of the same period, its midpoint said; never a figure without a range
            # (two periods named: the range of one against the actual of the other first,
            # "the midpoint of the 2026 guide vs 2025 actual sales", never 2025's range)
            two = len({m.ref for m in query.periods}) == 2
            other = midpoint_of_other_period(query, facts, asking.pool() or facts) if two else None
            against_middle = None if other else against_range(query, facts, asking.pool())
            if other is None and against_middle is None and not two:
                other = midpoint_of_other_period(query, facts, asking.pool() or facts)
            if other is not None:
                # "the 2026 guide's midpoint against 2025's actual": the range, and how far
                # its midpoint is from that actual
                expecting, actual = other
                answer = compose(asking.text, expecting)
                return replace(
                    answer,
                    text=f"{answer.text} {midpoint_against(expecting, actual)}",
                    facts=(*answer.facts, actual),
                )
            decision = against_middle or Miss(
                "comparison", "I have no range for that figure to take a midpoint of."
            )
        answer = compose(asking.text, decision)
        if against_middle is not None:
            # no verdict was asked for ("Yes: …within its range"): where it fell, and by how
            # much from the midpoint
            stated = re.sub(r"^(?:Yes|No): ", "", answer.text)
            answer = replace(answer, text=f"{stated} {from_midpoint(against_middle)}")
        if asking.midpoint and one_range:
            # a range stated as one fact: its midpoint said, worked out from its two ends
            main = decision.facts[0]  # type: ignore[union-attr]
            middle = (main.fact.value + main.fact.value_high) / 2  # type: ignore[operator]
            answer = replace(
                answer, text=f"{answer.text} Its midpoint is {bare_amount(main, middle)}."
            )
        if isinstance(decision, Miss):
            nearby = list(decision.nearby) or facts
            return unknown(asking.text, answer.text, suggest(nearby))
        return (
            in_unit_asked(asking.text, decision, answer) if isinstance(decision, Pick) else answer
        )

    def _settle(
        self,
        reading: Reading,
        vocab: Vocabulary,
        available: set[int],
        scope: str,
        version: int,
        units: dict[int, frozenset[str]] | None = None,
    ) -> Query:
        """READING settled among AVAILABLE and its metric refined (`settle`, then the
        metric_refinement steps): a pure function of READING, VOCAB, AVAILABLE and UNITS,
        kept while VOCAB is the same VERSION (the memo holds READING, so its id names no
        other reading). A question answered anew refines as it did."""
        key, stamp = (scope, id(reading)), (version, today())
        having = (frozenset(available), frozenset((units or {}).items()))
        held = self._settled.get(key, stamp)
        if held is not None and held[0] is reading and held[1] == having:
            return held[2]
        query = settle(reading, vocab, available, units)
        query = named_in_full(query, vocab, available)
        query = by_own_name(query, available)
        query = said_in_own_name(query, vocab, available)
        query = without_unsaid_basis(query, vocab, available, units)
        query = basis_said_unheld(query, vocab, available)
        self._settled.put(key, stamp, (reading, having, query))
        return query

    def _periods_folded(self, query: Query, scope: str, vocab: Vocabulary, version: int) -> Query:
        """`periods_folded(QUERY, VOCAB)`, kept while VOCAB is the same VERSION (the memo
        holds QUERY, so its id names no other query)."""
        key, stamp = (scope, id(query)), (version, today())
        held = self._folded.get(key, stamp)
        if held is not None and held[0] is query:
            return held[1]
        folded = periods_folded(query, vocab)
        self._folded.put(key, stamp, (query, folded))
        return folded

    def _owned_by_several(self, query: Query, scope: str, vocab: Vocabulary) -> bool:
        return owners.owned_by_several(self.store, query, scope, vocab)

    def _implied_company(self, query: Query, scope: str) -> Query:
        return owners.implied_company(self.store, query, scope, self._vocabulary(scope)[0])

    def _unexplained(self, text: str, query: Query, names: list[str], scope: str) -> Answer:
        words = ", ".join(f"“{w}”" for w in query.unexplained)
        if names and query.metrics:
            metric = query.metrics[0].metric.name
            message = f"I have {possessive(names[0])} {metric}, but nothing about {words}."
        elif names:
            message = f"I don't have anything about {words} for {names[0]}."
        else:
            message = f"I don't have anything about {words}."
        return unknown_with_holdings(self.store, text, message, scope, query.entity_ids)

    def _no_metric(self, text: str, query: Query, names: list[str], scope: str) -> Answer:
        if names:
            message = f"I couldn't tell which of {possessive(names[0])} figures you mean."
        else:
            message = "I couldn't find a company or a figure I know in that question."
        return unknown_with_holdings(self.store, text, message, scope, query.entity_ids)


def _read_in_english(query: Query, vocab: Vocabulary) -> Query:
    """'cuántas unidades vendieron el año pasado': a question partly in another language
    read in English (code_switching.py), kept only where that leaves no word unexplained
    (a word neither reading knows keeps it refused, never answered for the whole)."""
    if not query.unexplained:
        return query
    english = code_switching.in_english(query.text)
    if english is None:
        return query
    better = understand(english, vocab)
    return query if better.unexplained else replace(better, text=query.text)


def _read_as_dictated(query: Query, question: str, vocab: Vocabulary) -> Query:
    """'pathology sails queue three fy twenty five': a QUESTION dictated to a phone read
    again with every number said in words written in digits (spoken_numbers.py), kept
    only where that leaves no word unexplained, and reads a period where none was read.
    Where it shows it was dictated (numbers in words, none in digits), each word nothing
    explains is also replaced by the one word of the store's figures' names that sounds
    the same (dictated.py): "pathology sales q3 fy 25". A typed question's unknown word
    is a name the store lacks ("honda", "vale", "soles"), never one heard for another."""
    said_aloud = spoken_numbers.number_said(question)
    if not said_aloud:
        return query
    if not query.unexplained and query.periods:
        return query
    text = spoken_numbers.every_number_in_digits(question)
    if not any(c.isdigit() for c in question):
        spell, named = speller(vocab), _named_words(vocab)
        for word in query.unexplained:
            # (a word the store or the engine knows, "data" of "data ARPU", is meant)
            if spell.knows(word.lower()):
                continue
            heard = dictated.sounds_alike(word, named)
            if heard is not None:
                text = re.sub(rf"\b{re.escape(word)}\b", heard, text, flags=re.IGNORECASE)
    if text == question:
        return query
    better = understand(text, vocab)
    if better.unexplained or (not query.unexplained and not better.periods):
        return query
    return replace(better, text=query.text)


def _named_words(vocab: Vocabulary) -> tuple[str, ...]:
    """The words of the store's figures' own names, sorted: what a word heard for another
    may be (never a synonym's verb, "rise", "fall", nor a word of English's grammar)."""
    words = {w for m in vocab.metrics.values() for w in _NAME_WORD.findall(m.name.lower())}
    return tuple(sorted(words - FUNCTION_WORDS - MOVE_VERBS))


_NAME_WORD = re.compile(r"[a-z]{4,}")


def _one_figure_for_two(answer: Answer, query: Query) -> Answer:
    """'how much faster did A grow than B', 'by how much did A exceed B', 'attributable
    minus deducted net profit': a question that works two figures into one is never
    answered with one of them (one operand found, the other not: the one found was given
    as the answer). An amount the asker states is the other figure ("did sales exceed 5
    million?")."""
    if answer.status is not Status.ANSWERED or query.amounts:
        return answer
    one_figure = len(answer.facts) == 1 and asks.two_figures_worked(query.said)
    # (a figure with its revisions or its growth's levels is one figure still)
    unworked = answer.intent in _ONE_FIGURE_INTENTS and all(
        _arithmetic_unworked(query.said, metric, answer.intent == Intent.GROWTH.value)
        for metric in {view.fact.metric for view in answer.facts}
    )
    if not (one_figure or unworked):
        return answer
    return unknown(
        answer.question,
        f"That needs two figures and I found only one: {answer.title.rstrip('.')}.",
    )


def _a_level_for_a_percentage(answer: Answer, query: Query) -> Answer:
    """'What % of its kilos were exported', 'Japan's share of 9M sales': a percentage asked
    is never answered with a level alone (the part found, its share not worked out: the
    part was given as the answer)."""
    if (
        answer.status is not Status.ANSWERED
        or "%" in answer.text
        or not asks.PERCENT_ASKED.search(query.said)
    ):
        return answer
    return unknown(
        answer.question,
        f"That asks for a percentage, and I could not work it out: I have only "
        f"{answer.title.rstrip('.')}.",
    )


# the answers that give one figure, however many facts they cite
_ONE_FIGURE_INTENTS = frozenset(
    {Intent.VALUE.value, Intent.HISTORY.value, Intent.GROWTH.value, Intent.RANGE.value}
)


# a figure's name that is itself a sum ("proved plus probable reserves", "hardware and
# software revenue", "combined sales")
_NAMED_AS_A_SUM = re.compile(r"\bplus\b|\+|&|\band\b|\bcombined\b|\btotal\b", re.I)


def _arithmetic_unworked(said: str, metric: str, between_periods: bool) -> bool:
    """Does the question spell out a sum or a difference that one figure, METRIC, does not
    already hold? "attributable minus deducted net profit" is never one figure, unless
    named with the part left out ("revenue excluding fuel surcharge" holds "revenue
    minus fuel surcharge", never "total minus ex-fuel surcharge"); "cloud + term license"
    is never one of its parts ("cloud subscription revenue"), while "premium cards (gold +
    platinum)" is the whole it names. An answer worked out BETWEEN_PERIODS (a growth)
    holds "pat fy2025 minus pat fy2024", never "organic minus reported growth"."""
    named = set(name_lemmas(metric))
    for joined in asks.arithmetic_said(said):
        if joined.operator == "minus":
            if between_periods and joined.dated:
                continue
            if not asks.leaves_out(metric) or asks.leaves_out(joined.after):
                return True
        elif not _NAMED_AS_A_SUM.search(metric) and named & {
            *lemmas(joined.before),
            *lemmas(joined.after),
        }:
            return True
    return False
