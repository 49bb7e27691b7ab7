"""Second thoughts on the metric settled among a company's own: one whose name the question
says in full, a stated change on a basis it does not say, a product word that one company's
synonym stretches over another's product, and the level a change metric is a change of.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from bot.answering.english.lexicon import FUNCTION_WORDS
from bot.answering.english.words import (
    ADD_VERBS,
    ADJUSTED_BASIS,
    MOVE_VERBS,
    OPPOSITE_VERBS,
    PERCENT_WORDS,
    RESTATED_BASIS,
    UNADJUSTED_BASIS,
    bases_said_as,
    name_lemmas,
)
from bot.answering.matching.decision import RANGE_END
from bot.answering.reading import asks, rates
from bot.answering.reading.agreement import RULED_OUT, is_sequential
from bot.answering.reading.currencies import amount_in_currency
from bot.answering.reading.intent import Intent
from bot.answering.reading.opposite_bases import other_side_named
from bot.answering.reading.query import Query
from bot.answering.reading.settle import moved_between, settle
from bot.answering.reading.word_roles import EXCLUDING_IN_NAME
from bot.answering.vocabulary.vocabulary import MetricHit, Vocabulary
from bot.facts import reporting
from bot.facts.model import Kind


def output_counts(vocab: Vocabulary, names: set[str]) -> set[str]:
    """Those of the metrics NAMES that count units sold, shipped, delivered or produced
    (by their family in the reporting vocabulary)."""
    return {
        m.name
        for i, m in vocab.metrics.items()
        if m.name in names and (vocab.metric_families.get(i) or "").startswith("units_")
    }


def named_in_full(query: Query, vocab: Vocabulary, available: set[int]) -> Query:
    """'comparable sales in fiscal 2023' where the store states comparable sales only as a
    change ('comparable sales change', a percentage): the metric that accounts for more of
    the question's words than the level chosen is the one meant, never plain revenue."""
    reading = query.reading
    if reading is None or not query.metrics or query.intent is Intent.HISTORY:
        return query  # "how did the guidance change": its revisions, not a change figure
    if (
        amount_in_currency(reading)
        or asks.LEVEL_REACHED.search(reading.text)
        or asks.SHARE_OF.search(reading.text)
    ):
        # "how much did orders rise, in MSEK", "what did orders rise to": an amount,
        # never a percentage; "Cloud as a percentage of revenue": a part of a whole,
        # never the part's change (a percentage too)
        return query
    claimed = frozenset().union(*(h.explained for h in query.metrics))
    said = {t.lemma for t in reading.tokens}
    expecting = (
        query.kind in (Kind.TARGET, Kind.FORECAST)
        or query.expected
        or query.range_end is not None
        or asks.RANGE_WORD.search(reading.text) is not None
    )
    per = rates.asked_per(reading.text)
    richer = [
        h
        for h in reading.candidates
        if h.metric.id in available
        and h.explained > claimed
        and h.coverage > 0.5  # more than half its name said: never a segment's change
        and vocab.metric_families.get(h.metric.id) == "growth"  # type: ignore[arg-type]
        and vocab.metric_regions.get(h.metric.id) is None  # type: ignore[arg-type]
        and not reading.regions
        # ("sequential sales growth": the change from the quarter before, which a stated
        # growth on no such basis is not)
        and (not query.sequential or is_sequential(h))
        # ("sales climbed how much from Q1 to Q2": the levels compared, never two
        # stated growth rates, where only the verb said more than the level's name)
        and not moved_between(reading, h.explained - claimed)
        # ("revenue growth", "reported revenue growth": never an organic rate's, whose
        # basis goes unsaid; an expectation may be guided on that basis alone)
        and (expecting or not RESTATED_BASIS.intersection(name_lemmas(h.metric.name)) - said)
        # ("revenue growth": never "revenue per space growth", a rate's change, where the
        # question divides by nothing)
        and not (per is None and rates.divides(h, vocab))
        # ("profit before tax growth": never the stated change of profit after tax)
        and other_side_named(h.metric.name, said) is None
    ]
    if not richer:
        return query
    most = max(len(h.explained) for h in richer)
    best = tuple(h for h in richer if len(h.explained) == most)
    if query.range_end is not None:
        # ("the upper end of the GMV growth guidance": that end's figure, never the range)
        ends = tuple(h for h in best if vocab.metric_ends.get(h.metric.id) == query.range_end)  # type: ignore[arg-type]
        best = ends or best
    return replace(query, metrics=best)


def without_unsaid_basis(
    query: Query,
    vocab: Vocabulary,
    available: set[int],
    units: Mapping[int, frozenset[str]] | None = None,
) -> Query:
    """'How much did revenue grow' where the store states 'organic revenue growth': a
    stated change whose qualifier ('organic', 'underlying') the question does not say and
    no level metric of the company carries is measured on another basis, so it never
    answers; the question is read again over the other metrics (the levels' growth)."""
    reading = query.reading
    # (one metric, maybe with its range's ends: "revenue growth (low end)" too)
    if reading is None or len({RANGE_END.sub("", h.metric.name) for h in query.metrics}) != 1:
        return query
    chosen = query.metrics[0].metric
    if vocab.metric_families.get(chosen.id) != "growth":  # type: ignore[arg-type]
        return query
    said = {t.lemma for t in reading.tokens}
    # ("comps": comparable sales, its qualifier said by the family's own shorthand)
    said |= {
        w
        for t in reading.tokens
        for f in reporting.families_of(t.text.lower())
        if f.states_change and f.key != "growth"
        for phrase in f.words
        for w in name_lemmas(phrase)
    }
    said = bases_said_as(said)  # ("organic" says the basis "comparable" names)
    others = [vocab.metrics[i] for i in available if i != chosen.id and i in vocab.metrics]
    carried = {w for m in others for w in name_lemmas(m.name)}
    unsaid = [
        w
        for w in name_lemmas(chosen.name)
        if w in reporting.qualifiers() and w not in said and w not in carried
    ]
    # ("in dollars": an amount, never a percentage; "dollar growth %" the percentage; nor
    # "dollar revenue growth" of "revenue growth in US dollars", whose name says it)
    own = set(name_lemmas(chosen.name))
    amount = (
        chosen.unit == "percent"
        and any(
            not own & set(name_lemmas(m.group()))
            for m in asks.AMOUNT_ASKED.pattern.finditer(reading.text)
        )
        and not said & PERCENT_WORDS
    )
    if not unsaid and not amount:
        return query
    # ... nor does a percentage answer "how many more" or "in dollars": the levels do
    dropped = {chosen.id}
    if amount:
        dropped |= {
            i for i in available if i in vocab.metrics and vocab.metrics[i].unit == "percent"
        }
    return settle(reading, vocab, available - dropped, units)


def basis_said_unheld(query: Query, vocab: Vocabulary, available: set[int]) -> Query:
    """'Underlying NPAT' where the company states its underlying EBITDA and a plain net
    profit after tax: it says which of its figures are on that basis, so a figure named
    without it is the one as reported, never the one asked for. The basis word is left
    unexplained (the question is answered by what is missing), where the metric chosen
    carries no restated basis of its own."""
    reading = query.reading
    if (
        reading is None
        or len(query.metrics) != 1
        or query.intent is not Intent.VALUE
        or query.unexplained
    ):
        return query  # ("underlying earnings as % of revenue": the figures are two)
    said = [t for t in reading.tokens if t.lemma in ADJUSTED_BASIS]
    if not said or any(t.lemma in UNADJUSTED_BASIS for t in reading.tokens):
        return query  # (most questions; "statutory, not the underlying one")
    ruled_out = {m["w"].lower() for m in RULED_OUT.finditer(reading.text)}
    said = [t for t in said if t.text.lower() not in ruled_out]
    chosen = query.metrics[0].metric
    if ADJUSTED_BASIS & {w for n in (chosen.name, *chosen.synonyms) for w in name_lemmas(n)}:
        return query
    adjusted = [
        h
        for h in reading.candidates
        if h.metric.id in available
        and h.metric.name.lower().startswith(chosen.name.lower() + " ")
        and EXCLUDING_IN_NAME.match(h.metric.name, len(chosen.name) + 1)
    ]
    if len(adjusted) == 1:
        # ("adjusted comps", where the company states its comps also "excluding gasoline
        # and FX" and names no figure adjusted: that one, its items taken out)
        return replace(query, metrics=(adjusted[0],))
    others = [vocab.metrics[i] for i in available if i != chosen.id and i in vocab.metrics]
    carried = {w for m in others for w in name_lemmas(m.name)}
    unheld = tuple(t.text for t in said if t.lemma in carried)
    return replace(query, unexplained=query.unexplained + unheld) if unheld else query


# the verbs a flow's name says ("stores opened", "units added"): never a kind of a figure
_FLOW_VERBS = MOVE_VERBS | ADD_VERBS | frozenset(OPPOSITE_VERBS)


def said_in_own_name(query: Query, vocab: Vocabulary, available: set[int]) -> Query:
    """'net income attributable to owners' where the company states its net income and its
    'net income attributable to shareholders': the reporting vocabulary lets both explain
    every word, and the shorter name covers more of itself; the one whose own name says
    more of the words they both explain is the one meant (a qualifier said is never
    explained away by a family's synonym)."""
    reading = query.reading
    if reading is None or len(query.metrics) != 1:
        return query
    chosen = query.metrics[0]
    lemmas = [t.lemma for t in reading.tokens]
    chosen_named = set(name_lemmas(chosen.metric.name))
    claimed = {lemmas[i] for i in chosen.explained}  # (its own name's words, or a synonym's)
    ruled_out = {w for m in RULED_OUT.finditer(reading.text) for w in name_lemmas(m["w"])}
    region = vocab.metric_regions.get(chosen.metric.id)  # type: ignore[arg-type]

    def own(h: MetricHit) -> int:
        # (the words it explains that its own name says: never a function word, which
        # nothing explains)
        named = set(name_lemmas(h.metric.name))
        return sum(lemmas[i] in named for i in h.explained)

    def accounted(h: MetricHit) -> bool:
        # (each word its name adds to the chosen one's that the question does not say
        # stands for one it says in other words: "shareholders" for "owners"; never
        # "Amazon marketplace sales" for "sales" over "revenue", its other words unsaid)
        named = set(name_lemmas(h.metric.name))
        unsaid = named - chosen_named - set(lemmas) - FUNCTION_WORDS
        return len(unsaid) <= sum(lemmas[i] not in named for i in h.explained)

    def qualified(h: MetricHit) -> bool:
        # (a word its name adds that the chosen figure claims through a synonym, not its
        # own name: "attributable"; never a verb of its flow, "open" of "pharmacies open
        # at March 1" for "pharmacies opened", nor a word ruled out, "not organic")
        added = set(name_lemmas(h.metric.name)) - chosen_named
        return not added & ruled_out and bool(added & claimed - _FLOW_VERBS)

    most = own(chosen)
    rivals = [
        h
        for h in reading.candidates
        if h.metric.id in available
        and h.metric.id != chosen.metric.id
        and h.metric.unit == chosen.metric.unit
        # (a region's figure never for the whole: "Germany heat pump sales change")
        and vocab.metric_regions.get(h.metric.id) == region  # type: ignore[arg-type]
        and h.explained >= chosen.explained
        and own(h) > most
        and accounted(h)
        and qualified(h)
    ]
    if not rivals:
        return query
    best = max(own(h) for h in rivals)
    named = [h for h in rivals if own(h) == best]
    return replace(query, metrics=(named[0],)) if len(named) == 1 else query


def by_own_name(query: Query, available: set[int]) -> Query:
    """A store synonym is one company's way of speaking: Sony's 'handset sales' for its
    'smartphones sold' (all its handsets were smartphones) must not make LG's 'handset
    sales' mean LG's smartphones when LG has a figure named for handsets ('mobile phones
    sold'). A product word the chosen metric explains only through a synonym naming
    another kind of product goes to the company's metric whose own name has that word's
    kind, if there is one."""
    reading = query.reading
    if reading is None or len(query.metrics) != 1:
        return query
    chosen = query.metrics[0]
    words = [t.lemma for t in reading.tokens]
    for i in sorted(chosen.explained):
        if reading.tokens[i].text.endswith(("ed", "ing")):
            continue  # ("MW shipped": a verb's form, never the noun "ship", a vessel)
        # the word with a neighbour first: "smart phones" is a smartphone, not a phone
        pairs = [tuple(words[j : j + 2]) for j in (i - 1, i) if j >= 0 and j + 2 <= len(words)]
        kinds = [reporting.product_nouns(p) for p in pairs] + [reporting.product_nouns(words[i])]
        kind = set(next((k for k in kinds if k), ()))
        if not kind or _names_kind(chosen.metric.name, kind):
            continue
        named = [
            h
            for h in reading.candidates
            if h.metric.id in available
            and h.metric.id != chosen.metric.id
            and i in h.explained
            and h.metric.unit == chosen.metric.unit
            and _names_kind(h.metric.name, kind)
        ]
        if named:
            return replace(query, metrics=(named[0],))
    return query


def _names_kind(name: str, kind: set[str]) -> bool:
    """Does the metric's own name use a noun of that kind ('mobile phones sold': phone)?"""
    words = name_lemmas(name)
    # (a kind of three words too: "constant exchange rate" of "… at constant exchange rates")
    grams = {" ".join(words[j : j + n]) for n in (1, 2, 3) for j in range(len(words) - n + 1)}
    return bool(grams & kind)
