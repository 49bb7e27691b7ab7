"""One name per measure within a report. A results release writes the same measure one way
in its prose and another in its tables ("comparable sales growth" beside a "Comparable
sales" row of percentages, "adjusted diluted earnings per share" beside "Adjusted diluted
EPS"): stored under two names, a question about it finds two metrics and asks which was
meant. The forms that differ only in those ways are given the name the report uses most."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from bot.facts import reporting
from bot.ingest.model import Proposal

_EPS = re.compile(r"\beps\b")
_CHANGE_TAIL = re.compile(r"\s+(?:growth|change)$")


def _key(p: Proposal) -> tuple[str, str]:
    """The measure a name says, spelt one way; a rate kept apart from an amount."""
    words = _EPS.sub("earnings per share", " ".join(p.metric.lower().split()))
    if p.unit == "percent":
        base = _CHANGE_TAIL.sub("", words)
        family = reporting.family_of(base) if base != words else None
        if family is not None and family.states_change and family.key != "growth":
            # "comparable sales" is itself a change: its "growth" is the same figure
            words = base
    return words, "percent" if p.unit == "percent" else "other"


def one_name_per_measure(proposals: list[Proposal]) -> list[Proposal]:
    """PROPOSALS with each measure under the name the report gives it most often (the
    longer name on a tie: it says more)."""
    names: dict[tuple[str, str], Counter[str]] = {}
    for p in proposals:
        names.setdefault(_key(p), Counter())[p.metric] += 1
    chosen = {
        key: max(counts, key=lambda n: (counts[n], len(n)))
        for key, counts in names.items()
        if len(counts) > 1
    }
    return [replace(p, metric=chosen[key]) if (key := _key(p)) in chosen else p for p in proposals]
