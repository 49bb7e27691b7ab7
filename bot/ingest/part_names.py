"""Figures of one measure told apart by the part each is about.

A sentence that lists a measure by part ("net sales of 185.0 billion yen in Power
Devices, 160.0 billion yen in Factory Automation", "Vallorbe CHF 668.2 million, Maréchal
CHF 409.7 million", "Americas RevPAR up 1.8%; EMEAA up 5.2%") may leave every figure under
the measure's bare name: two figures for one thing, which the extractor then refuses to
propose. Each such figure is named by the part written at it: a proper name right before
it in its own clause, or after it ("in", "at", "for" a name). Only figures that clash are
renamed, and only when the name is no period, no company and no measure word.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import replace

from bot.facts import reporting
from bot.ingest.figures import Figure, find_figures
from bot.ingest.model import Proposal

_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:&\s+|and\s+|of\s+)?[A-Z0-9][\w&'’.-]*){0,3}"
# "185.0 billion yen in Power Devices (PD)": the part after the figure
_AFTER = re.compile(
    r"\s*(?:[a-z]+\s+){0,2}?(?:in|at|for)\s+(?:the\s+|its\s+|our\s+)?(?P<name>" + _NAME + r")"
    r"(?=\s*(?:\([^()]{1,12}\))?\s*(?:[,;.:)]|and\b|$))"
)
# "Maréchal CHF 409.7 million", "EMEAA up 5.2%", "Orvin: 201": the part before it, alone
# in its clause but for a verb of reporting
_BEFORE = re.compile(
    r"^\s*(?:[-–—•*]\s*)?(?:and\s+)?(?:the\s+|its\s+|our\s+)?(?P<name>" + _NAME + r")"
    r"\s*(?:\([^()]{1,12}\))?\s*[:–—-]?\s*"
    # ("Surface Mining orders were", "Asia brought in", "Recorded Music generated"): the
    # part's own measure and verb, a few lower-case words
    r"(?:(?:was|were|rose|fell|grew|reached|totall?ed|came|to|added|contributed|posted|up|down"
    r"|at|of|by|with|sales|revenues?|(?P<words>[a-z][\w-]*))\s+){0,4}"
    r"(?:about\s+|around\s+|nearly\s+|some\s+)?$"
)
_CLAUSE_MARKS = ";,\n•|("
_PERIOD_WORD = re.compile(
    r"^(?:Q[1-4]|[1-4]Q\d*|H[12]|[1-4]H|FY\S*|F\d+|9M|\d{4}s?|\d{1,2}M|YTD|LTM|TTM)$", re.I
)


@functools.lru_cache(maxsize=1)
def _months_and_days() -> frozenset[str]:
    words = [*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name]
    return frozenset(w.lower() for w in words)


def _measure_word(word: str) -> bool:
    return bool(reporting.normalize(word)) and all(
        w in reporting.all_words() for w in reporting.normalize(word)
    )


def _part(name: str, company: tuple[str, ...]) -> str | None:
    """NAME as a part's name, without measure words at its ends ("Americas RevPAR" ->
    "Americas"), or None when it is a period, the company or a measure."""
    words = name.split()
    if words and words[-1].endswith(".") and words[-1].count(".") == 1:
        words[-1] = words[-1][:-1]  # the sentence's full stop ("... in Field Service.")
    if any(
        _PERIOD_WORD.match(w)
        or re.search(r"\d{4}", w)
        or w.lower().strip(".") in _months_and_days()
        for w in words
    ):
        return None  # "in Q3", "at December 31", "at END-2023": a time, no part
    while words and _measure_word(words[-1]) and not reporting.regions_in(words[-1]):
        words.pop()
    while words and _measure_word(words[0]) and not reporting.regions_in(words[0]):
        words.pop(0)
    if not words or words[-1].lower() in ("and", "of", "&"):
        return None
    if words[0].lower() in _NO_PART_WORDS or words[0].lower().endswith("ing"):
        return None
    part = " ".join(words)
    if part.lower() in _WHOLE:
        return None  # "Total revenues were ...": the whole, no part of it
    own = {n.casefold() for n in company} | {n.split()[0].casefold() for n in company}
    if part.casefold() in own or part.lower() in ("we", "it", "they", "the", "our", "its"):
        return None
    return part


# a verb of someone's view between a name and its figure: the name is who holds the view
_VIEW_VERB = re.compile(
    r"\b(?:forecasts?|expects?|expected|sees|estimates?|estimated|projects?|predicts?|puts"
    r"|says|said|thinks|believes|guides?|guided|plans?|targets?|aims?)\b",
    re.IGNORECASE,
)
# a sentence's opening word that names no part: a pronoun, a determiner, an adverb, a
# gerund ("That compares with", "He expects", "Now the plan is", "Keeping income at")
_NO_PART_WORDS = frozenset(
    "that this these those he she they we it its our their his her there now then so but"
    " also still what which here".split()
)


# words that name the whole company's figure, never a part's
_WHOLE = frozenset("total group overall consolidated combined company".split())


def _shouted(text: str) -> bool:
    """A headline in capitals ("ACME RECORD BACKLOG $91.4B"): its capitals name nothing."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 10 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _figure_at(p: Proposal) -> tuple[Figure, list[Figure]] | None:
    """The one figure of P's quote that states P's value, and the quote's figures."""
    figures = find_figures(p.quote)
    hits = [
        f
        for f in figures
        if abs(abs(f.value) - abs(p.value)) <= 1e-6 * max(1.0, abs(p.value))
        and (f.unit == "percent") == (p.unit == "percent")
    ]
    return (hits[0], figures) if len(hits) == 1 else None


def _named_at(p: Proposal, company: tuple[str, ...]) -> str | None:
    found = _figure_at(p) if not _shouted(p.quote) else None
    if found is None:
        return None
    f, figures = found
    text = p.quote
    after = _AFTER.match(text, f.end)
    if after is not None and (part := _part(after["name"], company)):
        return part
    start = max(text.rfind(c, 0, f.start) for c in _CLAUSE_MARKS) + 1
    start = max([start, *(g.end for g in figures if g.end <= f.start)])
    before = _BEFORE.match(text[start : f.start])
    if before is None or _VIEW_VERB.search(text, start, f.start):
        return None  # ("The ETRC itself forecasts 296,000 trucks": someone's view, no part)
    return _part(before["name"], company)


def _statement(p: Proposal) -> tuple:
    return (p.entity.casefold(), p.metric.casefold(), p.kind, p.period, p.as_of)


def parts_apart(proposals: list[Proposal], company: tuple[str, ...]) -> list[Proposal]:
    """PROPOSALS with clashing figures of the prose named by the part written at each
    (COMPANY: the report's company's names, never a part)."""
    values: dict[tuple, set[tuple]] = {}
    for p in proposals:
        values.setdefault(_statement(p), set()).add((round(p.value, 6), p.value_high))
    parts: dict[int, str] = {}
    for i, p in enumerate(proposals):
        if p.from_table or len(values[_statement(p)]) < 2:
            continue
        part = _named_at(p, company)
        if part is not None:
            parts[i] = part
    out = []
    for i, p in enumerate(proposals):
        part = parts.get(i)
        if part is None or part.casefold() in p.metric.casefold():
            out.append(p)
            continue
        # "americas revpar growth" for EMEAA's figure: the other part's name gives way
        others = {
            o
            for j, o in parts.items()
            if j != i and _statement(proposals[j]) == _statement(p) and o != part
        }
        metric = p.metric
        for other in others:
            metric = re.sub(re.escape(other), part, metric, count=1, flags=re.IGNORECASE)
        if metric == p.metric:
            metric = f"{part} {p.metric}"
        renamed = replace(p, metric=metric, metric_synonyms=())
        if values.get(_statement(renamed), set()) - {(round(p.value, 6), p.value_high)}:
            # the name is another figure's already ("Express revenue" from a table): the
            # part's name alone does not say what this one measures ("revenue per piece")
            out.append(p)
            continue
        out.append(renamed)
    return out
