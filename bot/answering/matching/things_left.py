"""A figure that fits the question but leaves a thing it names to a series that did not.

"Home care revenue FY25" names two of a company's series alike: its homes (a count held
at dates) and its revenue. The homes have no FY25 figure and drop out; the revenue that
is left is the whole company's, and "home" says the question asks for a part of it the
store does not hold. Answering with the whole is a wrong figure, so where every figure
that fits leaves a word naming a thing (no measure, qualifier, company or region word)
to the series that did not fit, the question is answered with what is missing instead.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from bot.answering.english.dictionary import all_lemmas
from bot.answering.english.words import lemma, lemmas
from bot.answering.matching.decision import Miss
from bot.answering.phrases import possessive
from bot.answering.reading.query import Query
from bot.facts import reporting

SeriesKey = tuple[str, str]  # (entity, metric)


def thing_left_unanswered(
    query: Query, picked: Sequence[SeriesKey], others: Sequence[SeriesKey]
) -> Miss | None:
    """A Miss naming the words only the OTHER series account for, where they name a
    thing and no PICKED series accounts for them; None where the picks answer it all."""
    reading = query.reading
    if reading is None or not picked or not others:
        return None
    hits = {h.metric.name: h for h in query.metrics}
    picked_hits = [hits[m] for _, m in picked if m in hits]
    other_hits = [hits[m] for _, m in others if m in hits]
    if len(picked_hits) != len(picked) or not other_hits:
        return None
    answered = frozenset().union(*(h.explained for h in picked_hits))
    left = frozenset().union(*(h.explained for h in other_hits)) - answered
    # (a word of any figure measured as the picks are is how they are asked: "sales" of
    # units sold; a word of a count is a thing when money is picked: "home" of homes)
    ignored = reporting.qualifiers().union(
        *(_measure_words(reporting.measure_of_unit(h.metric.unit or "units")) for h in picked_hits)
    )
    # (and a noun of the other figure's name: "leases" of "IT capacity leased" says how
    # the capacity is measured, as "new leases signed" are new bookings; "homes" are things)
    nouns = {lemma(w) for h in other_hits for w in _name_words(h.metric.name) if _is_noun(w)}
    things = [
        reading.tokens[i].text
        for i in sorted(left)
        if i not in reading.used
        and i not in reading.region_tokens
        and reading.tokens[i].lemma not in ignored
        and reading.tokens[i].lemma in nouns
        and reading.tokens[i].text.isalpha()
    ]
    if not things:
        return None
    entity, metric = picked[0]
    words = ", ".join(f"“{w}”" for w in things)
    return Miss("words", f"I have {possessive(entity)} {metric}, but not for {words}.")


@functools.cache
def _measure_words(measure: str) -> frozenset[str]:
    """The lemmas of the words of every reporting family measured in MEASURE ("revenue",
    "sale", "turnover" of money)."""
    words = (
        w
        for f in reporting.families()
        if f.measure == measure
        for p in f.words
        for w in reporting.normalize(p)
    )
    return frozenset(lemmas(" ".join(words)))


def _name_words(name: str) -> list[str]:
    return [w for w in name.lower().replace("-", " ").split() if w.isalpha()]


def _is_noun(word: str) -> bool:
    return "NOUN" in all_lemmas(word)
