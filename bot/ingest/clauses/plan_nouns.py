"""A plan named by what it plans, right before its figure: "our 2026 order target to
US$15.0 billion", "its 2025 battery shipment target to 108 GWh", "our fiscal 2025
admissions guidance to a range of 23.8 million to 24.3 million", "the FY26 EBITDA margin
guidance to 9.5% to 10.5%". The words before the plan's noun name the measure, whether or not
the vocabulary knows them; read where nothing else named the figure."""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

from bot.ingest.breaks import clause_start
from bot.ingest.clauses.context import Context, Slot
from bot.ingest.metric_names import Metric

_PLAN_NOUN = re.compile(
    r"(?P<np>(?:[A-Za-z][\w&'’-]*\s+){1,5}?)"
    r"(?P<noun>target|guidance|outlook|forecast|view|estimate|ambition|projection)"
    r"(?:\s+range)?"
    # "for FY26", "for the full year", "for owned hotels" (no figure between)
    r"(?:\s+for\s+(?P<for>[^\d;:,]{0,30}?(?:(?:19|20)\d\d|FY\s?['’]?\d{2,4})?))?"
    r"\s+(?:(?:was|is|of|at|to)|(?:cut|raised|lowered|trimmed|narrowed|increased|reduced"
    r"|revised|lifted|moved|changed)(?:\s+\w+)?\s+to)"
    r"\s+(?:(?:a\s+range\s+of|between|about|around|approximately|roughly|some)\s+)?$",
    re.IGNORECASE,
)
# words before the measure's own: a plan's owner, a year or span ("our 2026", "the
# Company's FY25", "its full-year"), or a word of another clause
_NOT_MEASURE = re.compile(
    r"^(?:the|a|an|its|our|their|his|her|this|that|these|those|we|it|is|are|was|were|has|have"
    r"|had|to|and|or|of|in|for|on|by|at|with|from|within|inside|above|below|under|over|than"
    r"|against|versus|vs|also|now|today|further|again|full-year|full|annual|year|own|revised"
    r"|previous|prior|original|initial|updated|latest|earlier|preliminary|raises|cuts|lifts"
    r"|medium-term|long-term|mid-term|current|next|\w+['’]s|(?:19|20)\d\d|FY\s?['’]?\d{2,4}|FY"
    r"|fiscal|financial|H[12]|Q[1-4]|\d{4}/\d{2,4}|\d{2,4}-\d{2})$",
    re.IGNORECASE,
)
# what a rate's name must end on to stand for a percentage
_RATE_HEAD = re.compile(
    r"(?:growth|margin|ratio|rate|share|mix|yield|return|utili[sz]ation|occupancy|change"
    r"|payout)$",
    re.IGNORECASE,
)


def planned_measure(text: str, sl: Slot, ctx: Context) -> Metric | None:
    """The measure a plan's own words name right before SL ("order target to"), as
    written; None when no words are left once the plan's owner, verb and year go, when they
    are a company's name, or when a percentage's words name no rate."""
    m = _PLAN_NOUN.search(text, clause_start(text, sl.fig.start), sl.fig.start)
    if m is None or re.search(r"\bend\b", m["for"] or "", re.IGNORECASE):
        return None  # ("its capacity target for end-FY27": a level on a day, read apart)
    words: list[str] = []
    for w in reversed(m["np"].split()):  # the measure's words, read back from the plan's noun
        if _NOT_MEASURE.match(w) or _only_verb(w) or len(words) == 3:
            break
        words.insert(0, w)
    own = {w.casefold() for n in ctx.metrics.entity_names for w in n.split()}
    if not words or any(ctx.metrics.is_company(w) or w.casefold() in own for w in words):
        return None  # ("Acme Private Bank raises AuM ambition": the company's own words)
    name = " ".join(w if w.isupper() else w.lower() for w in words)
    unit = sl.fig.unit
    family = "percent" if unit == "percent" else "units" if unit == "units" else "money"
    if family == "percent" and not _RATE_HEAD.search(name):
        return None
    return Metric(name, family, None, (), name)


def _only_verb(word: str) -> bool:
    """A word only ever a verb ("lowered", "raises"), never a noun or an adjective (a
    gerund names a measure: "capital spending", "lending")."""
    if word.lower().endswith("ing"):
        return False
    lemmas = getAllLemmas(word.lower())
    return "VERB" in lemmas and "NOUN" not in lemmas and "ADJ" not in lemmas
