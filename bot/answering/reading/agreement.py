"""Whether a metric the question's words point to agrees with everything else it says: its
currency and measure, a count or an amount, a share, a change or a level, the company's own
words, a running total; the checks `settle` keeps or drops each candidate by.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot import patterns
from bot.answering.english.lexicon import SHORTHAND, parts_of_speech, verb_lemma
from bot.answering.english.words import (
    ACTUAL_WORDS,
    EXPECTATION_WORDS,
    FILLER,
    GROWTH_WORDS,
    OPPOSITE_VERBS,
    PERCENT_WORDS,
    RESTATED_BASIS,
    SEQUENTIAL_WORDS,
    UNADJUSTED_BASIS,
    Token,
    bases_said_as,
    lemma,
    lemmas,
    name_lemmas,
    name_tokens,
    said_as_its_verb,
    tokenize,
)
from bot.answering.reading import asks
from bot.answering.reading.asks import SHARE_WORDS
from bot.answering.reading.asks.verb_forms import _form_of
from bot.answering.reading.cues import per_text
from bot.answering.reading.word_roles import counted_counterparty
from bot.answering.vocabulary.name_forms import (
    capitalised_words,
    clips,
    measure_lemmas,
    mixed_case_words,
    names_another_family,
    unit_untagged,
    without_range_end,
    without_unit_tag,
)
from bot.answering.vocabulary.vocabulary import MetricHit, Vocabulary, rank_metric
from bot.facts import reporting
from bot.facts.quantities import CURRENCY_WORDS
from bot.facts.unit_scales import respelled

if TYPE_CHECKING:
    from bot.answering.reading.query import Reading

_NEAR = frozenset({"how", "so", "very", "too", "come", "came", "coming", "comes"})


def verbs_of(tokens: Sequence[Token]) -> frozenset[str]:
    """The verbs a question's words are forms of, but for 'close' as in 'how close to'."""
    out = set()
    for i, t in enumerate(tokens):
        if (i + 1 < len(tokens) and tokens[i + 1].text == "to") or (
            i > 0 and tokens[i - 1].text in _NEAR
        ):
            continue
        out.add(verb_lemma(t.text) or t.lemma)
    return frozenset(out)


def undoes(metric: str, asked: frozenset[str]) -> bool:
    """Does the question ask about the opposite of what METRIC counts ('close' beside
    'stores opened'), which the metric's own words do not also say?"""
    return not _opposites(metric).isdisjoint(asked)


@functools.lru_cache(maxsize=4096)
def _opposites(metric: str) -> frozenset[str]:
    """The opposites of METRIC's verbs that its own words do not also say."""
    own = _own_verbs(metric)
    return frozenset(w for v in own for w in OPPOSITE_VERBS.get(v, ()) if w not in own)


_NEGATED = patterns.compile(r"\bnon[\s-]?(?P<w>[a-z]+)", re.IGNORECASE)
# "net sales growth (not organic)", "growth, not at constant currency": a word the
# question rules out, which a metric named with it is not
# "not adjusted", "rather than the organic one": a word the question rules out
RULED_OUT = patterns.compile(
    r"\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+|at\s+)?(?P<w>[a-z]+)",
    re.IGNORECASE,
)


def negation_differs(metric: str, text: str) -> bool:
    """Does the question say a word the metric's name negates, or negate one it says
    ("GAAP operating margin" of "non-GAAP operating margin", and the reverse)? The two
    are different figures, whatever else they share."""
    ruled_out, non_said = _negations_said(text)
    if ruled_out and ruled_out & set(_name_lemmas(metric)):
        return True  # "(not organic)": never the organic rate
    if not non_said and "non" not in metric.lower():
        return False  # (no negation either side: the usual case, asked per candidate)
    negated = {m["w"].lower() for m in _NEGATED.finditer(metric)}
    asked_negated = {m["w"].lower() for m in _NEGATED.finditer(text)}
    said = set(re.findall(r"[a-z]+", _NEGATED.sub(" ", text.lower())))
    named = set(re.findall(r"[a-z]+", _NEGATED.sub(" ", metric.lower())))
    return bool(negated & said - asked_negated) or bool(asked_negated & named - negated)


@functools.lru_cache(maxsize=256)  # (asked per candidate metric: the question's part once)
def _negations_said(text: str) -> tuple[frozenset[str], bool]:
    """The bases TEXT rules out ("not organic"), and whether it says "non" at all."""
    ruled_out = frozenset(lemma(m["w"].lower()) for m in RULED_OUT.finditer(text)) & _BASES
    return ruled_out, "non" in text.lower()


# (a basis only: "revenue that was not cargo" is revenue less cargo's, read by set_aside)
_BASES = RESTATED_BASIS | UNADJUSTED_BASIS | {"report"}


def company_name_words(reading: Reading, vocab: Vocabulary) -> frozenset[str]:
    """The words of the named companies' own names ("Foods" in "Quillon Foods")."""
    ids = reading.entity_ids
    if len(ids) == 1:  # (most questions, several times a settling)
        return vocab.entity_words.get(ids[0], frozenset())
    return frozenset().union(*(vocab.entity_words.get(e, frozenset()) for e in ids))


def made_by_name(
    reading: Reading, chosen: MetricHit, vocab: Vocabulary, available: set[int]
) -> set[int]:
    """Question words naming the product the company's own name says it makes: "how many
    cars did Tolvo Auto deliver" where it states plain "deliveries". Only where none of
    its counts (AVAILABLE) names a kind of product, which would say what each counts
    ("software units" beside plain "units sold": the plain one is not the games)."""
    if reporting.measure_of_unit(chosen.metric.unit or "units") != "units":
        return set()
    made = {
        reporting.normalize(p)
        for w in company_name_words(reading, vocab)
        for p in reporting.product_nouns((w,))
    }
    said = {i for i, _ in reading.open_words if (reading.tokens[i].lemma,) in made}
    if not said:
        return said  # (most questions: no product word, and the counts are never read)
    counts = [vocab.metrics[m] for m in available if m in vocab.metrics]
    if any(
        reporting.product_nouns((w,))
        for m in counts
        if reporting.measure_of_unit(m.unit or "units") == "units"
        for w in _name_lemmas(m.name)
    ):
        return set()
    return said


# What joins two things a question names apart ("sales and profit", "PD vs FA")
_JOINED = patterns.compile(r",|&|\b(?:and|or|vs|versus|than|plus|with|against|to)\b", re.I)


def one_run_split(a: frozenset[int], b: frozenset[int], reading: Reading) -> bool:
    """Are A and B (token indexes two metrics explain) the two halves of one run of words,
    side by side with nothing joining them ("drive units | revenue")? Then they name one
    figure, never two to set against each other."""
    if a & b:
        return False
    first, second = sorted((a, b), key=min)
    if max(first) + 1 != min(second):
        return False
    tokens = reading.tokens
    return not _JOINED.search(reading.text[tokens[max(first)].end : tokens[min(second)].start])


def _own_words_said(family: str, said: list[str]) -> bool:
    """Does the question say a word only FAMILY's phrases begin with ("comps", "like-for-
    like", "same-store")? Verbs never count: "I'd *like* to know" names no figure."""
    own = {w for w in reporting.own_words(family) if "VERB" not in parts_of_speech(w)}
    words = reporting.normalize(" ".join(said))
    return bool(own & set(words)) or reporting.family(family) in reporting.families_of(words)


def growth_expected(signals: dict[int, str]) -> bool:
    """'revenue growth guidance', 'the growth target': a growth word right before an
    expectation names what is expected (a growth rate), not a revision of it."""
    return any(
        w in GROWTH_WORDS and signals.get(i + 1) in EXPECTATION_WORDS for i, w in signals.items()
    )


def kinds_alike(
    best: list[MetricHit], viable: list[MetricHit], tokens: Sequence[Token], own: frozenset[str]
) -> list[MetricHit]:
    """The other metrics that fit as well as the best one but for how much of their names
    the question says, when each adds a kind of its own the question does not name:
    "camera shipments" is neither "compact camera" nor "interchangeable-lens camera"
    shipments more than the other (the shorter name only covers more), so both are
    offered, never the shorter one alone."""
    if not best or not _added_kind(best[0], tokens, own) or _what_the_word_means(best[0], tokens):
        return []
    top = best[0]
    return [
        h
        for h in viable
        if h not in best
        and (h.explained, h.nouns, h.span, h.near) == (top.explained, top.nouns, top.span, top.near)
        and _added_kind(h, tokens, own)
    ]


def _what_the_word_means(hit: MetricHit, tokens: Sequence[Token]) -> bool:
    """Is the metric's name one of the plain words of the family a word of the question
    names ("gross written premiums" of "premiums")? Then it adds no kind: it is what the
    word means."""
    name = reporting.normalize(unit_untagged(_without_range_end(hit.metric.name)))
    return any(
        name in _plain_words(family.key)
        for i in hit.explained
        for family in reporting.families_of((tokens[i].lemma,))
    )


@functools.cache
def _plain_words(family: str) -> frozenset[tuple[str, ...]]:
    return frozenset(reporting.normalize(w) for w in reporting.family(family).words)


def said_as_written(
    best: list[MetricHit], viable: list[MetricHit], tokens: Sequence[Token]
) -> list[MetricHit]:
    """The metrics whose own names hold a word the question says, when the best one takes
    it only as a synonym: "how many stores" of a company with "directly operated stores"
    and "wholesale doors" is never the doors alone (a word said as it is written is as
    good a reading as a synonym covering more of a shorter name)."""
    if not best:
        return []
    top = best[0]
    said = {tokens[i].lemma for i in top.explained}
    # (a product's synonym: "doors" for "stores"; a family's word, "sales" for
    # "revenue", is what it means)
    by_synonym = {w for w in said - set(name_lemmas(top.metric.name)) if reporting.product_nouns(w)}
    if not by_synonym:
        return []
    return [
        h
        for h in viable
        if h not in best
        and h.explained == top.explained
        and by_synonym <= set(name_lemmas(h.metric.name))
        # ("bikes shipped" of "bicycles shipped" and "e-bikes shipped": a name the
        # question says all of is the whole, the one with a word left over a part of it)
        and not (top.coverage >= 1.0 > h.coverage)
    ]


def varieties_alike(
    best: list[MetricHit], viable: list[MetricHit], tokens: Sequence[Token], vocab: Vocabulary
) -> list[MetricHit]:
    """The other metrics of the best one's family that are another variety of it, when
    the question names neither: "Acme's margin", where Acme reports a gross and an
    operating margin (or a vehicle margin), is either, never the one whose name the word
    happens to fit best. A metric named by the family's own word ("revenue") is what
    that word means; an adjusted or segment form of the same variety is no other variety
    (the other checks settle those)."""
    if not best:
        return []
    top = best[0]
    family = vocab.metric_families.get(top.metric.id)  # type: ignore[arg-type]
    if family is None or not reporting.family(family).narrower:
        return []
    name = _name_lemmas(_without_range_end(top.metric.name))
    if name in _family_word_lemmas(family):
        return []
    said, variety = {t.lemma for t in tokens}, _variety(top.metric.name, family)
    return [
        h
        for h in viable
        if h not in best
        and h.explained == top.explained
        and vocab.metric_families.get(h.metric.id) == family  # type: ignore[arg-type]
        and _variety(h.metric.name, family) != variety
        and not said
        & set(name).symmetric_difference(_name_lemmas(_without_range_end(h.metric.name)))
    ]


@functools.cache  # (a family's words are the reporting vocabulary's: asked per candidate)
def _family_word_lemmas(family: str) -> frozenset[tuple[str, ...]]:
    """The lemmas of each of FAMILY's own words ('revenue', 'sales', ...)."""
    return frozenset(lemmas(word) for word in reporting.family(family).words)


@functools.lru_cache(maxsize=1024)
def _variety(name: str, family: str) -> str | None:
    """The narrower phrase of FAMILY a metric's name holds ('gross margin' in "gross
    margin (low end)"), or None for a variety of its own ("vehicle margin")."""
    words = " ".join(_name_lemmas(without_range_end(name)))
    for phrase in reporting.family(family).narrower:
        if re.search(rf"\b{re.escape(' '.join(lemmas(phrase)))}\b", words):
            return phrase
    return None


def _added_kind(hit: MetricHit, tokens: Sequence[Token], own: frozenset[str]) -> bool:
    """Does the metric's name say a kind of thing the question does not ("compact" in
    "compact camera units shipped" asked as "camera shipments")? Reporting words
    ("units", "net"), a region and the company's own words are no kind."""
    said = frozenset(tokens[i].lemma for i in hit.explained)
    return not _kinds_added(hit.metric.name, said) <= own


@functools.lru_cache(maxsize=4096)  # the same few names, said in the same few ways
def _kinds_added(metric: str, said: frozenset[str]) -> frozenset[str]:
    """The words of METRIC's name that say a kind of thing when the question says SAID of
    it (see _added_kind; the company's own words are taken out after, each word apart)."""
    plain = unit_untagged(_without_range_end(metric))
    name = _name_lemmas(plain)
    rest = set(name) - said - _initialled_by(name, said) - FILLER - CURRENCY_WORDS.keys()
    # a region is no kind of thing ("U.S. restaurants" asked as "us restaurants")
    rest -= {w for r in reporting.regions_in(plain) for w in _name_lemmas(plain[r.start : r.end])}
    # a noun the question said as its verb ("opened": "openings") is said
    return frozenset(
        w
        for w in rest
        if not said_as_its_verb(w, said)
        and (w not in reporting.all_words() or _another_product(w, said))
        and not _measures_of(w)
        and not w.isdigit()
    )


def _another_product(word: str, said: set[str]) -> bool:
    """Is WORD a kind of product the question names none of ("notebook" in "notebook PC
    shipments", asked as "PC shipments")?"""
    group = reporting.product_nouns(word)
    return bool(group) and not said & set(group)


def _initialled_by(name: tuple[str, ...], said: set[str]) -> set[str]:
    """The words of NAME the question said by their initials ("cc" for "constant
    currency": see name_forms.initialled)."""
    found: set[str] = set()
    for size in (2, 3):
        for k in range(len(name) - size + 1):
            run = name[k : k + size]
            if "".join(w[0] for w in run) in said:
                found.update(run)
    return found


_name_lemmas = name_lemmas  # (`lemmas` of a metric's name, kept per name)


@functools.lru_cache(maxsize=4096)  # the same few words, question after question
def _measures_of(word: str) -> frozenset[str]:
    """What the reporting families a word names measure ('sold': units; 'sales': both)."""
    return frozenset(f.measure for f in reporting.families_of((word,)))


def said_measure_first(
    hits: list[MetricHit], reading: Reading, units_wanted: tuple[str, ...]
) -> list[MetricHit]:
    """Metrics matched through another family's words (revenue for "how much did they
    sell") after those naming as many things that measure what those words count, and
    only where the question asks "how much" of no unit: "ready meals sold", "crisps
    volume" are counts, never the segment's revenue."""
    said = _measures_said(tuple(t.lemma for t in reading.tokens))
    if not said:
        return hits
    # ("what did they sell, in sterling": the unit asked says the measure too)
    said = said | {reporting.measure_of_unit(u) for u in units_wanted}

    def foreign(h: MetricHit) -> bool:
        return h.near and reporting.measure_of_unit(h.metric.unit or "units") not in said

    how_much = not units_wanted and bool(_HOW_MUCH.search(reading.text))
    kept = [h for h in hits if how_much or not foreign(h)]
    if not kept and not units_wanted:
        kept = hits  # "what did Acme sell" of a company counting no units: its sales in money
    # ("how much did Nefertem sell", no thing named: its sales in money, never the packs
    # it counts; "how much cement did they sell" names what was counted)
    money_first = how_much and all(h.nouns == 0 for h in kept)

    def in_money(h: MetricHit) -> bool:
        return money_first and reporting.measure_of_unit(h.metric.unit or "units") == "money"

    return sorted(
        kept, key=lambda h: (h.nouns, in_money(h), not foreign(h), rank_metric(h)), reverse=True
    )


@functools.lru_cache(maxsize=256)  # (asked in each settling of a question)
def _measures_said(lemmas: tuple[str, ...]) -> frozenset[str]:
    """What the reporting families a question's words (as LEMMAS) name measure."""
    return frozenset(m for w in lemmas for m in _measures_of(w))


_HOW_MUCH = patterns.guarded(r"\bhow\s+much\b", re.IGNORECASE)

_NUMBER_OF = patterns.guarded(r"\b(?:number|count|no\.)\s+of\b", re.IGNORECASE)


def asks_count(reading: Reading, units_wanted: tuple[str, ...]) -> bool:
    """Does the question ask how many things ("how many juices", "number of meals")?"""
    return units_wanted == ("units",) or bool(_NUMBER_OF.search(reading.text))


def counts_money(hit: MetricHit, vocab: Vocabulary) -> bool:
    """Is the metric an amount of money of a money family (a segment's revenue), or of
    goods sold, shipped or made kept in money ("card purchase volume" in yen: never "how
    many cards")? Orders or backlog kept in money are still counts of something: "how
    many orders" may be one."""
    if reporting.measure_of_unit(hit.metric.unit or "units") != "money":
        return False
    family = vocab.metric_families.get(hit.metric.id)  # type: ignore[arg-type]
    return (
        family is None
        or reporting.family(family).measure != "units"
        or family not in _COUNTED_IN_MONEY
    )


# The count families whose figures in money still count something ("how many orders");
# goods sold, shipped or made in money are an amount
_COUNTED_IN_MONEY = frozenset({"orders", "backlog", "inventory"})


@functools.lru_cache(maxsize=4096)
def _own_verbs(metric: str) -> frozenset[str]:
    """A metric name's words as verbs (or lemmas): the same few names every question."""
    return frozenset(verb_lemma(t.text) or t.lemma for t in tokenize(metric))


def _a_share_unsaid(hit: MetricHit, reading: Reading) -> bool:
    """Is the metric a share of something ("electric share of deliveries"), no share word
    said? Its own words ("deliveries") name the whole it is a part of, never itself."""
    name = hit.metric.name.lower()
    if hit.metric.unit != "percent" or "per share" in name:
        return False
    # (only where a growth is asked, "growth in %": "digital % of sales", "what % of
    # deliveries were electric" ask the share)
    lemmas_said = {t.lemma for t in reading.tokens}
    if not lemmas_said & GROWTH_WORDS or _PERCENT_OF.search(reading.text):
        return False
    said = lemmas_said & (_SHARE_SAID - PERCENT_WORDS)
    return "share" in name_lemmas(name) and not said and not asks.SHARE_OF.search(reading.text)


def _a_region_held_by_none(hit: MetricHit, reading: Reading, vocab: Vocabulary) -> bool:
    """Does the question name a second region that neither HIT's name says nor any of
    the store's figures is named by ("Europe deliveries in Canada", no Canada figure)?
    One region said is HIT's own, checked above; a region's words the store's names write
    ("emea" for "EMEAA", "us" of "outside the US") hold it."""
    if len(reading.regions) < 2:
        return False
    named = {r.region.key for r in reporting.regions_in(hit.metric.name)}
    return any(
        not m.region.whole
        and not _COMPLEMENT.match(reading.text, m.start)  # ("outside the US": the rest)
        and m.region.key not in named
        and m.region.key not in vocab.regions_held
        and not any(
            vocab.metric_words_in(w) for w in _WORDS.findall(reading.text[m.start : m.end].lower())
        )
        for m in reporting.regions_in(reading.text)
    )


_WORDS = patterns.compile(r"[a-z]+")
_COMPLEMENT = patterns.compile(r"(?:outside|non|rest|ex|excluding)\b", re.IGNORECASE)


_PERCENT_OF = patterns.compile(r"(?:%|\bper\s*cent|\bpct|\bpercentage)\s+of\b", re.IGNORECASE)


def agrees(
    hit: MetricHit,
    reading: Reading,
    vocab: Vocabulary,
    growth_said: bool,
    units_wanted: tuple[str, ...],
) -> bool:
    """Every slot the question states must fit the metric: a figure about one region never
    answers about another or about the whole company; a change is not a level."""
    metric_id = hit.metric.id
    region = vocab.metric_regions.get(metric_id)  # type: ignore[arg-type]
    if reading.regions:
        if region not in reading.regions and not (region is not None and hit.by_short_form):
            return False  # ("Brazil than LAS": the other region by its initials)
        if _a_region_held_by_none(hit, reading, vocab):
            return False  # ("Germany sales in Antarctica": never Germany's alone)
    elif region is not None and not hit.by_short_form:
        return False  # ("CAC volume": the initials of "Central America and the Caribbean")
    end = vocab.metric_ends.get(metric_id)  # type: ignore[arg-type]
    if reading.range_end is not None and end is not None and end != reading.range_end:
        return False
    if vocab.metric_families.get(metric_id) == "market_share" and not any(  # type: ignore[arg-type]
        t.lemma in _SHARE_SAID for t in reading.tokens
    ):
        return False  # "how much did the market grow": the market's, never the share of it
    if _a_share_unsaid(hit, reading):
        return False  # ("deliveries growth in %": never the "electric share of deliveries")
    is_change = vocab.metric_families.get(metric_id) == "growth"  # type: ignore[arg-type]
    if is_change and not (
        growth_said
        or "percent" in units_wanted
        or _says_own_change(hit, reading)
        or _guided_by_own_words(hit, reading)
        or _basis_of_a_change_said(hit, reading)
    ):
        return False
    if _one_side_of_a_ratio(hit.metric.name, reading):
        return False  # ("net profit": never the "cost/income ratio" its "income" is in)
    if _another_family_named(hit, reading, vocab):
        return False  # ("operating margin": never the gross margin its "margin" reads)
    if _a_source_for_the_whole(hit, reading):
        return False  # ("net income": never "membership fee income", one source of it)
    if _per_share_read_off_a_share_asked(hit, reading):
        return False  # ("what share of its leasing": never a figure "per share")
    if _per_share_for_a_total(hit, reading, vocab):
        return False  # ("the total dividend for H2": the amount paid, never per share)
    if _an_effect_on_the_figure(hit, reading):
        return False  # ("revenue guidance": never the "currency headwind on revenue")
    if _ordered_for_sold(hit, reading, vocab):
        return False  # ("how many were actually sold": never the orders taken)
    if _adjustments_for_the_adjusted(hit, reading):
        return False  # ("the EBITDA adjustments": what was added, never adjusted EBITDA)
    if _a_margin_for_a_count(hit, reading, vocab):
        return False  # ("used cars sold": never the "used-vehicle sales margin")
    if _spent_asked_of_no_money(hit, reading, units_wanted):
        return False  # ("how much did they spend on nuts": never the tonnes bought)
    return not (units_wanted == ("units",) and hit.metric.unit == "percent" and not growth_said)


def _a_margin_for_a_count(hit: MetricHit, reading: Reading, vocab: Vocabulary) -> bool:
    """Is the metric a margin, where the question counts what was sold, shipped or made
    ("used cars sold": a word whose families measure only units) and says no margin, ratio
    or percentage?"""
    if vocab.metric_families.get(hit.metric.id) != "margin":  # type: ignore[arg-type]
        return False
    lemmas = [t.lemma for t in reading.tokens]
    if set(lemmas) & (PERCENT_WORDS | {"ratio", "rate", *reporting.family("margin").words}):
        return False
    return any(_measures_of(w) == {"units"} for w in lemmas)


# verbs of paying out money ("paying" of "paying users" is no payment: see below)
_SPENDING = frozenset({"spend", "pay"})


def _spent_asked_of_no_money(
    hit: MetricHit, reading: Reading, units_wanted: tuple[str, ...]
) -> bool:
    """Does the question ask what was spent or paid ("how much did they spend on imported
    nuts", "what did they pay for Tandem Hearts") where the metric is a count (the tonnes
    bought, the paying users)? A form its own name writes is its own word; "how many
    customers pay $100k+" asks a count, and a payout ratio what was paid out."""
    if hit.metric.unit != "units" or asks_count(reading, units_wanted):
        return False
    # (never a word of the company's name: "Eko Pay")
    said = {
        t.text.lower()
        for i, t in enumerate(reading.tokens)
        if i not in reading.used and _form_of(t.text, _SPENDING)
    }
    return bool(said - {t.text for t in name_tokens(hit.metric.name)})


def _adjustments_for_the_adjusted(hit: MetricHit, reading: Reading) -> bool:
    """Does the question ask for the adjustments themselves ("how much were the EBITDA
    adjustments": adjusted less reported) where the metric is the adjusted figure?"""
    return any(t.text.lower() == "adjustments" for t in reading.tokens) and (
        "adjusted" in hit.metric.name.lower() and "adjustment" not in hit.metric.name.lower()
    )


# what is ordered and not yet sold, against what was sold, delivered or shipped: a figure
# of one never answers a question that names only the other
_ORDERED = frozenset({"orders", "backlog"})
_SOLD = frozenset({"units_sold", "units_delivered", "units_shipped"})


def _ordered_for_sold(hit: MetricHit, reading: Reading, vocab: Vocabulary) -> bool:
    """Is the metric a count of orders where the question says only a selling verb ("how
    many CR 450 X were sold": never its cumulative orders), or of goods sold where it
    says only orders?"""
    family = vocab.metric_families.get(hit.metric.id)  # type: ignore[arg-type]
    if family not in _ORDERED and family not in _SOLD:
        return False
    own, other = (_ORDERED, _SOLD) if family in _ORDERED else (_SOLD, _ORDERED)
    named = {f.key for w in name_lemmas(hit.metric.name) for f in reporting.families_of((w,))}
    if named & other:
        return False  # ("orders delivered": the question's "orders" is its own word)
    said = {
        (f.key, t.text.lower() == t.lemma + "s")
        for t in reading.tokens
        for f in reporting.families_of((t.lemma,))
    }
    # (a plural is a noun, never the other side's verb: "how many ships did they win"
    # counts vessels; but "orders" is the orders' own word)
    return any(k in other and not plural for k, plural in said) and not any(
        k in own for k, _ in said
    )


_PER_SHARE = patterns.compile(r"\bper\s+(?:\w+\s+)?share\b", re.IGNORECASE)


def _per_share_read_off_a_share_asked(hit: MetricHit, reading: Reading) -> bool:
    """Does a per-share figure ("core FFO per share") fit only by the "share" of a share
    asked ("what share of X", "X's share of Y")?"""
    if not _PER_SHARE.search(hit.metric.name):
        return False
    tokens = reading.tokens
    return any(
        tokens[i].lemma == "share" and i + 1 < len(tokens) and tokens[i + 1].lemma == "of"
        for i in hit.explained
    )


def _per_share_for_a_total(hit: MetricHit, reading: Reading, vocab: Vocabulary) -> bool:
    """Is the metric a figure per share ("dividend per share") asked as a total ("the
    total dividend for H2", "total dividends paid"): the amount, never its rate?"""
    family = vocab.metric_families.get(hit.metric.id)  # type: ignore[arg-type]
    per_share = family is not None and reporting.family(family).measure == "per_share"
    if not (per_share or _PER_SHARE.search(hit.metric.name)) or not hit.explained:
        return False
    first = min(hit.explained)
    return first > 0 and reading.tokens[first - 1].lemma == "total"


# "currency headwind on revenue", "FX impact on EBIT": an effect on a figure, named first
_EFFECT_ON = patterns.compile(r"(?P<effect>.+?)\s+on\s+(?P<figure>\S.*)", re.IGNORECASE)


def _an_effect_on_the_figure(hit: MetricHit, reading: Reading) -> bool:
    """Is the metric an effect on a figure ("currency headwind on revenue") that the
    question names only by the figure ("FY26 revenue guidance"), no word of the effect
    said (its basis said any way: "fx" says "currency")?"""
    m = _EFFECT_ON.fullmatch(without_range_end(hit.metric.name))
    if m is None or reporting.family_of(m["figure"]) is None:
        return False  # ("containers on hire", "assets on platform": no figure's effect)
    effect = set(name_lemmas(m["effect"])) - FILLER
    return bool(effect) and not effect & bases_said_as({t.lemma for t in reading.tokens})


def _a_source_for_the_whole(hit: MetricHit, reading: Reading) -> bool:
    """Does the question name a figure by a phrase of two words the reporting vocabulary
    knows ("net income", "operating income"), which the metric reads only by its last
    word, putting a noun of its own before it ("membership fee income", "interest
    income")? A source of revenue, never the figure."""
    words = reporting.normalize(hit.metric.name)
    for i in hit.explained:
        head = reading.tokens[i]
        before = reading.tokens[i - 1].lemma if i else None
        if before is None or before in words:
            continue
        if head.lemma not in _SOURCED or not _known_phrase(before, head.lemma):
            continue
        if head.lemma not in words:
            continue
        k = words.index(head.lemma)
        source = words[k - 1] if k else None
        # (a noun naming no figure of its own: "revenue growth" is a growth of revenue)
        if (
            source
            and source not in FILLER
            and source not in reporting.qualifiers()  # ("net sales": the whole's own)
            and "NOUN" in parts_of_speech(source)
            and reporting.family_of(source) is None
            # ("comparable sales" is a figure of the vocabulary's own, never a source)
            and not _known_phrase(source, head.lemma)
        ):
            return True
    return False


# Heads a noun before names a source of, never a kind of the figure: "fee income",
# "interest income", "rental income" are revenue from a source; a "new-car backlog" is a
# backlog all the same
_SOURCED = frozenset({"income"})


def _known_phrase(first: str, head: str) -> bool:
    """Is "FIRST HEAD" a phrase of the reporting vocabulary ("net income")?"""
    return (first, head) in reporting.family_phrases()


def _another_family_named(hit: MetricHit, reading: Reading, vocab: Vocabulary) -> bool:
    """Does the question name a narrower kind of the metric's family by another qualifier
    than the metric's name ("operating margin" for a "gross margin", "net orders" for
    "gross orders")? The qualifiers are the words of the family's narrower phrases
    ("operating", "gross", "net", "ebitda"), said right before its head word."""
    family = vocab.metric_families.get(hit.metric.id)  # type: ignore[arg-type]
    if family is None:
        return False
    heads, qualifiers = _narrower_words(family)
    if not qualifiers:
        return False
    # (each word as written and as its lemma: "operating" is no "operate" here)
    words = [{t.lemma, *reporting.normalize(t.text)} for t in reading.tokens]
    said: set[str] = set()
    for i in (i for i in hit.explained if words[i] & heads):
        while i and words[i - 1] & qualifiers:  # ("operating profit margin": both)
            said |= words[i - 1] & qualifiers
            i -= 1
    names = (hit.metric.name, *hit.metric.synonyms)
    named = {w for n in names for w in reporting.normalize(n)} & qualifiers
    return bool(said) and bool(named) and not said & named


@functools.cache
def _narrower_words(family: str) -> tuple[frozenset[str], frozenset[str]]:
    """The head words of FAMILY's narrower phrases ("margin") and the qualifiers before
    them ("operating", "gross", "net", "ebitda")."""
    phrases = [reporting.normalize(p) for p in reporting.family(family).narrower]
    heads = {p[-1] for p in phrases if len(p) > 1}
    qualifiers = {w for p in phrases if len(p) > 1 and p[-1] in heads for w in p[:-1]}
    return frozenset(heads), frozenset(qualifiers - heads - _ALONG_ANOTHER_AXIS)


# qualifiers that say a basis or a dilution, which any kind of the figure may be on
# ("adjusted diluted EPS"): never another kind of it
_ALONG_ANOTHER_AXIS = frozenset(
    {"adjusted", "diluted", "basic", "core", "underlying", "reported", "per", "earning"}
)


# A ratio named by its two sides: "cost/income ratio", "debt-to-equity ratio", "cost to
# income ratio" (only beside "ratio": "TC/RC", "price/mix", "like-to-like sales" and
# "direct-to-consumer revenue" are no ratios)
_RATIO_SIDES = patterns.compile(
    r"\b([a-z]+)\s*(?:/|-to-|\s+to\s+)\s*([a-z]+)\b(?=.*\bratio\b)", re.IGNORECASE
)
_BRACKETED = patterns.compile(r"\([^()]*\)")
_RATIO_SAID = frozenset({"ratio", "%", "percent", "percentage", "pct"})


def _one_side_of_a_ratio(name: str, reading: Reading) -> bool:
    """Does the question name a ratio's figure by one side of it alone ("net profit" for
    the "cost/income ratio", its "income" read as profit)? A ratio is asked by its word
    ("c/i ratio", "cost income %") or by both of its sides, never by one."""
    sides = _ratio_sides(name)
    if sides is None:
        return False
    said = {t.lemma for t in reading.tokens} | {t.text.lower() for t in reading.tokens}
    if said & _RATIO_SAID or "/" in reading.text:
        return False
    return not sides <= said


@functools.lru_cache(maxsize=4096)  # (the store's few names, candidate after candidate)
def _ratio_sides(name: str) -> frozenset[str] | None:
    """The lemmas of the two sides of a ratio NAME says ("cost", "income" of "cost/income
    ratio"), a unit tag in brackets ("(kboe/d)") taken out first; None for any other name."""
    m = _RATIO_SIDES.search(_BRACKETED.sub(" ", name))
    return None if m is None else frozenset({lemma(m[1].lower()), lemma(m[2].lower())})


_SHARE_SAID = SHARE_WORDS | {"penetration", "mkt", "position"}


def _guided_by_own_words(hit: MetricHit, reading: Reading) -> bool:
    """'the cc revenue guidance': a change a company guides ("constant currency revenue
    growth"), named by a word of its own that no level has ("cc") beside an expectation."""
    if not any(t.lemma in EXPECTATION_WORDS for t in reading.tokens):
        return False
    return hit.nouns >= 2 and any(
        reading.tokens[i].lemma not in reporting.all_words() for i in hit.explained
    )


def is_change(hit: MetricHit, vocab: Vocabulary) -> bool:
    """Is the metric a change already, in percent (a growth rate, comparable sales)?"""
    family = vocab.metric_families.get(hit.metric.id)  # type: ignore[arg-type]
    return hit.metric.unit == "percent" and (family == "growth" or is_change_figure(hit, vocab))


def is_sequential(hit: MetricHit) -> bool:
    """Does the metric's name say it is against the quarter before ("sequential revenue
    growth", "revenue growth (QoQ)", "quarter-on-quarter")?"""
    words = _name_lemmas(hit.metric.name)
    return bool(set(words) & SEQUENTIAL_WORDS) or "quarter on quarter" in " ".join(words)


def is_share(hit: MetricHit, vocab: Vocabulary) -> bool:
    """Is the metric a percentage that is no change (a share, a margin)?"""
    return hit.metric.unit == "percent" and not is_change(hit, vocab)


def is_change_figure(hit: MetricHit, vocab: Vocabulary) -> bool:
    """Is the metric a change already: a growth rate or comparable (same-store) sales?
    (families marked `states_change` in the reporting vocabulary)"""
    family = vocab.metric_families.get(hit.metric.id)  # type: ignore[arg-type]
    return family is not None and reporting.family(family).states_change


@functools.lru_cache(maxsize=256)
def _spans_of(texts: tuple[str, ...]) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """The question's runs of two to four words (TEXTS: its tokens' texts) that may name a
    family, each as the reporting vocabulary writes phrases, with where they start and
    end: those whose first word begins a phrase of two words or more."""
    words = [_normalized_word(t) for t in texts]
    # how many one-word forms run from each word on (a word may normalize to two)
    runs = [0] * (len(words) + 1)
    for i in range(len(words) - 1, -1, -1):
        runs[i] = runs[i + 1] + 1 if len(words[i]) == 1 else 0
    firsts = _phrase_firsts()
    out = []
    for i, run in enumerate(runs[:-1]):
        if run < 2 or words[i][0] not in firsts:
            continue
        for j in range(i + 2, i + min(run, 4) + 1):
            out.append((i, j, tuple(w[0] for w in words[i:j])))
    return tuple(out)


@functools.cache
def _phrase_firsts() -> frozenset[str]:
    """The words the reporting vocabulary's phrases of two words or more begin with."""
    return frozenset(p[0] for p in reporting.family_phrases() if len(p) >= 2)


@functools.lru_cache(maxsize=256)
def _named_spans_of(
    texts: tuple[str, ...],
) -> tuple[tuple[int, int, tuple[str, ...], tuple[str, ...]], ...]:
    """The runs of `_spans_of` that name families, each with the families' keys: worked
    out once per question, not once per candidate metric."""
    phrases = reporting.family_phrases()
    return tuple(
        (i, j, span, phrases[span]) for i, j, span in _spans_of(texts) if phrases.get(span)
    )


def _basis_of_a_change_said(hit: MetricHit, reading: Reading) -> bool:
    """'Leather goods organic Q3': a basis only a change is measured on ("organic", "like
    for like", "constant currency") said, and held by the change's name, asks for it."""
    said = {t.lemma for t in reading.tokens} & _CHANGE_BASES
    return bool(said and said & set(name_lemmas(hit.metric.name)))


# Bases only a change is measured on ("adjusted", "core" are bases of levels too)
_CHANGE_BASES = frozenset({"organic", "lfl", "like", "comparable", "cc", "cer", "constant"})


def _says_own_change(hit: MetricHit, reading: Reading) -> bool:
    """Does the question name a figure that is a change by itself ('comparable sales',
    'like for like sales') in words the metric's name holds ('comparable sales change')?"""
    own = _normalized(hit.metric.name)
    if any(
        set(span) <= own and any(reporting.family(f).states_change for f in named)
        for _, _, span, named in _named_spans_of(reading.token_texts)
    ):
        return True
    # one word for the whole figure ("digital comps"): the name holds a word only that
    # family's phrases begin with ("comparable digital sales growth")
    phrases = reporting.family_phrases()
    return any(
        f != "growth" and reporting.family(f).states_change and own & reporting.own_words(f)
        for t in reading.tokens
        for f in phrases.get(_normalized_word(t.text), ())
    )


@functools.lru_cache(maxsize=4096)  # the same few metric names, candidate after candidate
def _without_range_end(name: str) -> str:
    """`without_range_end` of a metric's NAME (its pattern tries each character: ~5 us)."""
    return without_range_end(name)


@functools.lru_cache(maxsize=4096)  # the same few metric names, candidate after candidate
def _normalized(name: str) -> frozenset[str]:
    """The words of a metric's NAME as the reporting vocabulary writes them."""
    return frozenset(reporting.normalize(name))


@functools.lru_cache(maxsize=50_000)  # the same words, question after question
def _normalized_word(word: str) -> tuple[str, ...]:
    """`reporting.normalize` of one word of a question."""
    return reporting.normalize(word)


def _phrase_of_another_family(hit: MetricHit, reading: Reading, family: str) -> bool:
    """Does the question hold a whole phrase of two or more words naming another family
    ('comparable sales', 'unit sales', 'operating margin') over a word the metric claims,
    a phrase the metric's own name does not hold? Then the metric answers a figure the
    question did not ask for. A change ('sales growth') is asked of any figure: not one."""
    spans = _named_spans_of(reading.token_texts)
    if not spans:
        return False  # (most questions: no run of words names a family)
    own = _normalized(hit.metric.name)
    # "operating profit margin" is a margin: its "operating profit" names nothing apart
    within = [(i, j) for i, j, span, named in spans if family in named]
    for i, j, span, named in spans:
        if (
            family not in named
            and not any(a <= i and j <= b and (a, b) != (i, j) for a, b in within)
            and not reading.used & set(range(i, j))  # "Zorixa Group profit": the name's
            and "growth" not in named
            # "sell in" is no phrase here ("did they sell in Q3"), but "sell-in" and "like
            # for like" are
            and ((span[0] not in FILLER and span[-1] not in FILLER) or _hyphened(reading, i, j))
            and any(i <= k < j for k in hit.explained)
            and not set(span) <= own  # "retail (motorcycle) sales"
        ):
            return True
    return False


def _hyphened(reading: Reading, i: int, j: int) -> bool:
    """Are the question's tokens I..J-1 written as one hyphened word ("sell-in")?"""
    tokens = reading.tokens
    return all(reading.text[tokens[k].end : tokens[k + 1].start] == "-" for k in range(i, j - 1))


def _widest(hit: MetricHit, reading: Reading) -> bool:
    """Does HIT explain more of the question's words than any other candidate does, its
    name holding no brand the question leaves unsaid ("Kiln sticks" for "sticks")?"""
    said = {t.text.lower() for t in reading.tokens}
    # (never an acronym: "IT", "MW"; nor the brand a gloss in brackets adds, "VFX division
    # revenue (TW Digital)", whose name is whole without it)
    brands = capitalised_words(without_unit_tag(hit.metric.name)) - said
    return not brands and all(
        len(c.explained) < len(hit.explained)
        for c in reading.candidates
        if c.metric.id != hit.metric.id
    )


def viable_by_name(hit: MetricHit, reading: Reading, vocab: Vocabulary) -> bool | None:
    """Can the candidate answer, going by how the question names it: True, False, or None
    where only `viable_in_region` can tell. The same whatever company is asked about, so
    `settle` keeps it per reading (a question is settled twice)."""
    qualifiers = reporting.qualifiers()
    if all(reading.tokens[i].lemma in qualifiers for i in hit.explained) and not (
        hit.coverage == 1 and hit.own  # ("net new money": the whole of a name of its own)
    ):
        return False  # "net" alone names no figure: not net sales, not net loss
    if hit.coverage < 1 and all(
        reading.tokens[i].lemma in ACTUAL_WORDS
        and not reporting.family_phrases().get((reading.tokens[i].lemma,))
        for i in hit.explained
    ):
        return False  # "after the results": an occasion, never half of "net result"
    if all(_counterparty_only(reading.tokens[i].lemma, hit) for i in hit.explained):
        return False  # "1,510 customers": whom a company sells to names no units sold
    if any(
        counted_counterparty(reading.tokens, i) and _counterparty_only(reading.tokens[i].lemma, hit)
        for i in hit.explained
    ):
        return False  # "how many household customers": a count of customers, not volume
    family = vocab.metric_families.get(hit.metric.id)  # type: ignore[arg-type]
    if family is not None:
        # the question's words from the first the metric explains to the last, signals
        # included: "income before tax" holds its "before", "net income" is all there is
        first, last = min(hit.explained), max(hit.explained)
        own = re.findall(r"[a-z]+", hit.metric.name.lower())
        said = [
            _unclipped(SHORTHAND.get(t.text, t.text), own) for t in reading.tokens[first : last + 1]
        ]
        if names_another_family(said, family) and not hit.near:
            # "net income" is net profit: never "net income per share" (a near family's
            # word is another's by design: "sell" of dispatches, where none are sold)
            return False
        if _phrase_of_another_family(hit, reading, family):
            return False  # "UK comparable sales" is no UK revenue
        if (
            family != "growth"
            and reporting.family(family).states_change
            and not _own_words_said(family, said)
        ):
            return False  # "store count grow": a comparable sales change only if said so
    if hit.coverage >= 0.5 or (hit.nouns >= 2 and hit.coverage >= 0.34):
        return True
    if hit.coverage >= 0.34 and len(hit.explained) >= 2 and _widest(hit, reading):
        return True  # "how many MW did they bring online": "new capacity brought into service"
    if _head_said(hit, reading):
        return True  # "outlets" of "active trading outlets": the rest describe it
    if _running_total_said(reading.text) and _running_total_covered(hit, reading):
        return True  # "sold since launch": the name's "cumulative" is said that way
    if _expected_count_covered(hit, reading):
        return True  # "the MLCC target": a target of a product is a count of it
    return None


def _unclipped(word: str, own: list[str]) -> str:
    """WORD, or the one word of the metric's name OWN it is chat's clipping of ("ord" of
    "ordinary"): "ord profit" names ordinary profit, never another family's profit."""
    if _family_word(word):
        return word  # ("comps": comparable sales, never a clipping of "company")
    full = {w for w in own if clips(word, w)}
    return full.pop() if len(full) == 1 else word


def _family_word(word: str) -> bool:
    """Is WORD (or its singular) a word of the reporting vocabulary's phrases?"""
    words = reporting.phrase_words()
    return word in words or word.removesuffix("s") in words


def viable_in_region(
    hit: MetricHit, reading: Reading, vocab: Vocabulary, entity_known: bool
) -> bool:
    """'toyota europe forecast': the entity's one metric about the region named."""
    region = vocab.metric_regions.get(hit.metric.id)  # type: ignore[arg-type]
    return entity_known and hit.nouns >= 1 and region is not None and region in reading.regions


def _head_said(hit: MetricHit, reading: Reading) -> bool:
    """The question says the metric's head noun, its name's last word, and every other
    word of the name only describes it (an adjective, a participle: "active", "trading"):
    the head is what is counted, so "outlets" names "active trading outlets". A
    name with another noun ("home sales gross margin") needs more of its words said."""
    name = tokenize(without_unit_tag(hit.metric.name))
    if len(name) < 3 or not all(w.text.isalpha() for w in name):
        return False
    cut = _head_end(name)
    head = name[cut - 1].lemma
    said = {reading.tokens[i].lemma for i in hit.explained}
    if said != {head}:
        return _counted_head_said(hit, reading, said)
    if cut == len(name) and all(_describes(w.text) for w in name[:-1]):
        return True
    # ... or the one name with that head: "margin" of the company's one margin
    series = {without_unit_tag(h.metric.name) for h in reading.candidates}
    heads = [words[_head_end(words) - 1].lemma for words in map(tokenize, series) if words]
    return heads.count(head) == 1


def _counted_head_said(hit: MetricHit, reading: Reading, said: set[str]) -> bool:
    """'cathode' of "copper cathode produced" (and of its "copper cathode production"
    range): the thing a measure word counts, said alone, where every name counting a
    thing so named names it the same way."""
    own = _counted_thing(without_range_end(hit.metric.name))
    if own is None or said != {own[-1]} or capitalised_words(hit.metric.name):
        return False  # (a brand's or a line's name unsaid: "Kiln" sticks are no sticks)
    named = {_counted_thing(without_range_end(h.metric.name)) for h in reading.candidates}
    return [n for n in named if n and n[-1] == own[-1]] == [own]


def measure_of_the_one_thing(
    hit: MetricHit, reading: Reading, company_hits: Sequence[MetricHit]
) -> bool:
    """'Production', 'volume' said alone of a company whose figures of that measure count
    one thing (its "made tea produced", beside estates' and brands' shares of it, or its
    narrower lines' "offshore wind turbine deliveries"): the measure names that thing's
    figure. Never where two things are counted so ("cathode produced" and "concentrate
    produced"), nor a line's name ("Kapsimbei made tea").
    COMPANY_HITS: the candidates the company asked about has figures of."""
    own = _counted_thing(without_range_end(hit.metric.name))
    if own is None or _named_line(hit.metric.name) or not _measure_alone(hit, reading):
        return False
    things = _things_measured(hit, company_hits)
    # (its narrower lines aside: "offshore wind turbine" deliveries are of the one thing)
    return own in things and all(set(own) <= set(thing) for thing in things)


def _measure_alone(hit: MetricHit, reading: Reading) -> bool:
    """Does the question name HIT only by its measure ("production"), none of its thing?"""
    own = _counted_thing(without_range_end(hit.metric.name)) or ()
    said = {reading.tokens[i].lemma for i in hit.explained}
    return not said & set(own) and said <= measure_lemmas()


def _things_measured(hit: MetricHit, company_hits: Sequence[MetricHit]) -> set[tuple[str, ...]]:
    """The things the company's figures named by the same words as HIT count, its lines'
    names aside ("made tea" of "made tea produced", never "Kapsimbei made tea")."""
    return {
        thing
        for h in company_hits
        if h.explained == hit.explained and not _named_line(h.metric.name)
        for thing in [_counted_thing(without_range_end(h.metric.name))]
        if thing is not None
    }


def _named_line(name: str) -> bool:
    """Does a metric's NAME write a line's, a brand's or a place's name ("Kapsimbei made tea
    produced", "rPET sold")?"""
    return bool(capitalised_words(name) or mixed_case_words(name))


@functools.lru_cache(maxsize=4096)  # (the same few names, candidate after candidate)
def _counted_thing(name: str) -> tuple[str, ...] | None:
    """The words a name counts, before its measure word ("copper cathode" of "copper
    cathode produced"); None for a name ending in no measure word."""
    words = tokenize(without_unit_tag(name))
    if len(words) < 2 or not all(w.text.isalpha() for w in words):
        return None
    if not set(reporting.normalize(words[-1].text)) <= reporting.count_words():
        return None
    return tuple(w.lemma for w in words[:-1])


# Words after a name's head that say what it leaves out or is counted by
_POSTMODIFIERS = frozenset({"before", "excluding", "ex", "per", "after", "including"})


def _head_end(words: list[Token]) -> int:
    """Where a name's head ends: before what follows it ("margin" of "EBITA margin before
    exceptional items"), else at its last word."""
    return next((k for k, w in enumerate(words) if k and w.lemma in _POSTMODIFIERS), len(words))


def _describes(word: str) -> bool:
    """An adjective, or a verb's participle ("loaded", "trading"): a word that describes."""
    classes = parts_of_speech(word)
    return "ADJ" in classes or ("VERB" in classes and word.endswith(("ing", "ed")))


def own_words_said(hit: MetricHit, reading: Reading) -> int:
    """How many of the question's words the hit explains its own name holds (not only its
    vocabulary's forms of it; a unit in its other spelling is its own: "MW" of "megawatts")."""
    name = set(_name_lemmas(hit.metric.name)) | set(_name_lemmas(respelled(hit.metric.name)))
    return sum(1 for i in hit.explained if reading.tokens[i].lemma in name)


# Nouns a percentage is said with beside its name: "the retention rate", "churn ratio"
_PERCENT_NOUNS = frozenset({"rate", "ratio", "percentage", "level"})


def percent_noun_said(reading: Reading, chosen: MetricHit) -> set[int]:
    """'net revenue retention rate' of a metric in percent named "net revenue retention":
    the noun a percentage is said with, right after the words naming it."""
    if chosen.metric.unit != "percent" or not chosen.explained:
        return set()
    last = max(chosen.explained)
    return {
        i
        for i, _ in reading.open_words
        if i == last + 1 and reading.tokens[i].lemma in _PERCENT_NOUNS
    }


def genus_said(reading: Reading, chosen: MetricHit, vocab: Vocabulary) -> set[int]:
    """Question words that say the chosen metric's kind of figure broadly: "profit" in
    "adjusted EBITDA profit", "their profit - underlying EBITDA I mean". Never a word of a
    phrase naming another level ("net profit")."""
    family = vocab.metric_families.get(chosen.metric.id)  # type: ignore[arg-type]
    if family is None:
        return set()
    in_phrase = _in_family_phrase(reading)
    return {
        i
        for i, _ in reading.open_words
        if i not in in_phrase and family in reporting.genus_families(reading.tokens[i].lemma)
    }


def _in_family_phrase(reading: Reading) -> set[int]:
    """The question's words inside a run of two or more naming a family ("net profit")."""
    spans = _named_spans_of(reading.token_texts)
    return {k for i, j, _, _ in spans for k in range(i, j)}


def named_by_genus_word(hit: MetricHit, reading: Reading) -> bool:
    """Does the question name the metric only by a word heading several families' names
    ("profit" of "adjusted profit before tax"), a word its own name holds? A level, never
    a margin or a change in percent."""
    own = _name_lemmas(hit.metric.name)
    # ("operating profit" names its own family: never the company's pre-tax profit)
    in_phrase = _in_family_phrase(reading)
    return (
        bool(hit.explained)
        and hit.metric.unit != "percent"
        and all(
            reading.tokens[i].lemma in reporting.genus_words()
            and reading.tokens[i].lemma in own
            and i not in in_phrase
            for i in hit.explained
        )
    )


def _counterparty_only(word: str, hit: MetricHit) -> bool:
    """WORD names whom a company sells to ("customers", "dealers") and not the metric's
    own name: it was read from a family phrase ("customer deliveries") alone."""
    return _is_counterparty(word) and word not in _name_lemmas(hit.metric.name)


@functools.lru_cache(maxsize=50_000)  # the same words, candidate after candidate
def _is_counterparty(word: str) -> bool:
    return reporting.is_counterparty(word)


def _qualified_otherwise(name: list[str], word: str, noun: str) -> bool:
    """Does NAME set a word other than WORD right before NOUN ("Wound Care ...": "wound"
    before "care", where the question says "acute care")?"""
    return any(
        k and name[k] == noun and name[k - 1] != word and name[k - 1].isalpha()
        for k in range(len(name))
    )


def brand_words(
    reading: Reading, chosen: MetricHit, vocab: Vocabulary, available: set[int]
) -> set[int]:
    """Question words that are a product line's own name set before a noun of the chosen
    metric, the way another metric of the same company writes them: "Aria handheld revenue"
    where the company states "handheld revenue" and "cumulative Aria handheld units sold".
    Another company's metric never vouches ("advertising revenue" is not revenue)."""
    tokens = reading.tokens
    chosen_name = _name_lemmas(chosen.metric.name)
    chosen_words = set(chosen_name)
    raw = [vocab.metrics[m].name for m in available if m in vocab.metrics]
    others = [_name_lemmas(name) for name in raw]
    # (a line's own name is written as one: "Aria handheld"; "tank cars" is what another
    # figure counts, and "tank cars" asked is that figure, never the chosen one's line)
    pairs = {
        (a.lemma, b.lemma)
        for name in raw
        if _name_lemmas(name) != chosen_name
        for a, b in itertools.pairwise(name_tokens(name))
        if _written_as_a_name(name[a.start : a.start + len(a.text)])
    }
    # "Memory revenue" beside the chosen "Mobile Devices revenue": a sibling line's own
    # name, which the question names instead of (or besides) the chosen line's
    siblings = {
        name[0]
        for name in others
        if len(name) > 1
        and len(name) - 1 < len(chosen_name)
        and chosen_name[len(chosen_name) - len(name) + 1 :] == name[1:]
    }
    return {
        i
        for i, _ in reading.open_words
        if i + 1 < len(tokens)
        and tokens[i].lemma not in chosen_words
        and tokens[i].lemma not in siblings
        and tokens[i + 1].lemma in chosen_words
        and (tokens[i].lemma, tokens[i + 1].lemma) in pairs
        # ("acute care margin" of the chosen "Wound Care core operating margin": a word
        # its name sets before that noun already, so another line's, never a brand)
        and not _qualified_otherwise(chosen_name, tokens[i].lemma, tokens[i + 1].lemma)
        # a product's brand sits before a product word; before a measure ("Terminals
        # EBIT" beside the group's "EBIT margin") it names a segment of its own
        and not reporting.family_phrases().get((tokens[i + 1].lemma,))
        # (and before a noun: "cost per kg" beside "EBIT per kg" shares only the "per")
        and tokens[i + 1].lemma not in FILLER
    }


def _written_as_a_name(word: str) -> bool:
    """Is WORD, as a metric's name writes it, a name ("Aria", "X9", "rPET")?"""
    return any(ch.isupper() or ch.isdigit() for ch in word)


# A metric's words that say it is a running total, which a question says as "since launch"
RUNNING_TOTAL_WORDS = frozenset({"cumulative", "lifetime", "total", "accumulate", "cumulatively"})


def _running_total_covered(hit: MetricHit, reading: Reading) -> bool:
    """Half the metric's name or more said, counting its running-total words as said."""
    name = [w for w in _name_lemmas(hit.metric.name) if w not in FILLER]
    rest = [w for w in name if w not in RUNNING_TOTAL_WORDS]
    if len(rest) == len(name) or not rest:
        return False
    said = {reading.tokens[i].lemma for i in hit.explained}
    if sum(1 for w in rest if w in said) / len(rest) >= 0.5:
        return True
    # (its words said by the reporting vocabulary's: "handled" for "throughput")
    return hit.coverage * len(name) + len(name) - len(rest) >= len(name) / 2


def _expected_count_covered(hit: MetricHit, reading: Reading) -> bool:
    """'their MLCC target', 'the X6 goal': a target or forecast of a product is a count
    of it. The words of a units metric that say how it is counted ("MLCC units shipped")
    count as said when an expectation is asked and every other word of its name is."""
    if hit.metric.unit != "units":
        return False
    if not any(t.lemma in EXPECTATION_WORDS for t in reading.tokens):
        return False
    name = [w for w in _name_lemmas(hit.metric.name) if w not in FILLER]
    rest = [w for w in name if w not in reporting.count_words()]
    said = {reading.tokens[i].lemma for i in hit.explained}
    return 0 < len(rest) < len(name) and all(w in said for w in rest)


@per_text
def _running_total_said(text: str) -> bool:
    """Does TEXT say a running total ("since launch", "so far")? (asked per candidate)"""
    return CUMULATIVE.search(text) is not None


# (never "growth in total sales": a name's own "total", said before what it totals)
_IN_TOTAL = (
    r"in\s+total\b(?!\s+(?!(?:in|for|since|over|across|by|through|so|during|from|at|to|as|of|"
    r"last|this|the|that|fy|cy|q[1-4]|h[12]|and|or|vs|versus|till|until|up)\b)[a-z])"
)
CUMULATIVE = patterns.guarded(
    r"\b(?:since|cumulative(?:ly)?|cum\b\.?|cumul|cume|itd|life[\s-]to[\s-]date|lifetime|launch|debut"
    rf"|to\s+date|all[\s-]time|{_IN_TOTAL}|so\s+far|"
    r"by\s+the\s+end|through(?:\s+the)?\s+end|as\s+of|till|until)\b",
    re.IGNORECASE,
)
