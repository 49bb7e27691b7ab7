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


def _key(p: Proposal, spelled: dict[str, str]) -> tuple[str, str]:
    """The measure a name says, spelt one way; a rate kept apart from an amount. A name in
    capitals that is the initials of another name the report uses (SPELLED) is that name:
    a table's "HEPS" row beside the prose's "headline earnings per share"."""
    words = spelled.get(p.metric.strip(), p.metric)
    words = _EPS.sub("earnings per share", " ".join(words.lower().split()))
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
    spelled = _spelled_out({p.metric for p in proposals}) | _whole_qualified(
        {p.metric for p in proposals if p.unit != "percent"}
    )
    names: dict[tuple[str, str], Counter[str]] = {}
    for p in proposals:
        names.setdefault(_key(p, spelled), Counter())[p.metric] += 1
    chosen = {
        key: max(counts, key=lambda n: (counts[n], len(n)))
        for key, counts in names.items()
        if len(counts) > 1
    }
    return [
        replace(p, metric=chosen[key]) if (key := _key(p, spelled)) in chosen else p
        for p in proposals
    ]


_SHORT = re.compile(r"[A-Z]{2,6}")
_NOT_INITIAL = frozenset({"and", "of", "&"})


def _spelled_out(names: set[str]) -> dict[str, str]:
    """Each name in capitals ("HEPS") -> the one other name whose words it is the initials
    of ("headline earnings per share"); a short form two names share is left as it is."""
    found: dict[str, set[str]] = {}
    for name in names:
        words = [w for w in name.split() if w.lower() not in _NOT_INITIAL]
        if len(words) >= 2:
            found.setdefault("".join(w[0] for w in words).upper(), set()).add(name)
    return {
        short: next(iter(found[short]))
        for short in names
        if _SHORT.fullmatch(short) and len(found.get(short, ())) == 1
    }


# words that name the whole of a measure, never a part of it: "the backlog" and "the order
# backlog", "revenue" and "group revenue" are one measure
_WHOLE_WORDS = ("order", "total", "group", "overall", "consolidated")


def _whole_qualified(names: set[str]) -> dict[str, str]:
    """A bare name ("backlog") beside the same name qualified as the whole ("order backlog")
    in one report: the qualified one, so that both figures are one measure's."""
    lowered = {n.lower(): n for n in names}
    out = {}
    for name in names:
        forms = (f"{w} {name.lower()}" for w in _WHOLE_WORDS)
        longer = [lowered[f] for f in forms if f in lowered]
        if len(longer) == 1:
            out[name] = longer[0]
    return out
