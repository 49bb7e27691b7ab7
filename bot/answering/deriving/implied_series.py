"""The figures a question means when it names no metric but says enough to pick them: a
kind, a revision, a comparison ('what was the original target?'), or a count of the
company's only metric counted in units ('how many xperias in q3 2013?')."""

from __future__ import annotations

from collections.abc import Callable

from bot.answering.matching.metric_refinement import output_counts
from bot.answering.reading.intent import Intent, Revision
from bot.answering.reading.query import Query
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.answering.wording.holdings import store_sample
from bot.facts.model import FactView, Kind
from bot.facts.store import FactStore


def implied_series(
    store: FactStore, vocabulary: Callable[[str], Vocabulary], query: Query, scope: str
) -> list[FactView]:
    """'what was the original target?', 'did they meet the target?': no metric named,
    but the question says enough (a kind, a revision, a comparison) to pick the
    figures that can answer it. Several such series make the answer ambiguous."""
    wants_kind = query.kind not in (None, Kind.ACTUAL) or query.expected
    # (a date alone, "last quarter as of january 2024", says when, never which figure; with
    # a range's end or a change, "the low end lowered in nov 2025", it dates a revision)
    dated_revision = query.revision is Revision.AS_OF and (
        query.range_end is not None or query.mentions_change
    )
    says_enough = (
        wants_kind
        or query.intent is not Intent.VALUE
        or query.revision not in (Revision.CURRENT, Revision.AS_OF)
        or dated_revision
    )
    if says_enough:
        expectation = {Kind.TARGET, Kind.FORECAST} if query.kind is None else {query.kind}
        series = {
            (v.fact.entity, v.fact.metric)
            for v in store_sample(store, scope, query.entity_ids)
            if (v.fact.kind in expectation or (not wants_kind and query.intent is Intent.GROWTH))
            and (query.revision in (Revision.CURRENT, Revision.AS_OF) or v.revisions > 1)
        }
    elif query.units_wanted and query.entity_ids:
        # "how many xperias in q3 2013?": the company's only metric counted in units,
        # if it counts what was sold, shipped, delivered or made; "how many units did
        # they sell" is never answered with the stores they opened
        overview = store_sample(store, scope, query.entity_ids)
        outputs = output_counts(vocabulary(scope), {v.fact.metric for v in overview})
        series = {
            (v.fact.entity, v.fact.metric)
            for v in overview
            if v.fact.unit in query.units_wanted
            and (v.fact.unit != "units" or v.fact.metric in outputs)
        }
        if len(series) != 1:
            return []
    else:
        return []
    series = _fitting_series(vocabulary, series, query, scope)
    if not series:
        return []
    if query.range_end is not None:
        # "original guidance top end": of a range stated as two metrics, that end's
        vocab = vocabulary(scope)
        ends = {
            m.name for i, m in vocab.metrics.items() if vocab.metric_ends.get(i) == query.range_end
        }
        series = {s for s in series if s[1] in ends} or series
    entity_ids = list(query.entity_ids) or list(
        {vocabulary(scope).entity_id(name) for name, _ in series}
    )
    return [
        v
        for v in store.facts_for(scope, entity_ids=entity_ids, limit=5000, keep=True)
        if (v.fact.entity, v.fact.metric) in series
    ]


def _fitting_series(
    vocabulary: Callable[[str], Vocabulary], series: set[tuple[str, str]], query: Query, scope: str
) -> set[tuple[str, str]]:
    """Of series picked with no metric named, those that fit what the question does
    say: its unit ("unit forecast": a count, never net profit) and its region (none
    named: the whole company's, never Europe's)."""
    vocab = vocabulary(scope)

    def fits(metric: str) -> bool:
        i = vocab.metric_id(metric)
        m = vocab.metrics.get(i) if i is not None else None
        if m is None:
            return True
        if query.units_wanted and (m.unit or "units") not in query.units_wanted:
            return False
        region = vocab.metric_regions.get(i)  # type: ignore[arg-type]
        return region in query.regions if query.regions else region is None

    return {s for s in series if fits(s[1])}
