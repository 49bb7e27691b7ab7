"""Whether a figure a report proposes is one another report in the store has proposed
already: the same statement repeated by a later report, or the same figure rounded.

Looked up by period and value through the store's `stating`, never by reading every
candidate of the scope.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from bot.facts.rounding import rounds_to
from bot.facts.store import Candidate, FactStore


def stated_elsewhere(
    store: FactStore, scope: str, key: str, drafts: Sequence[Mapping[str, Any]]
) -> dict[tuple, list[dict]]:
    """The figures of DRAFTS that other reports in the store have proposed, by what they
    state: looked up by period and value, never by reading the scope's every candidate."""
    figures = [(str(f.get("period")), float(f.get("value") or 0)) for f in drafts]
    out: dict[tuple, list[dict]] = {}
    for c in store.stating(scope, figures, besides=key):
        out.setdefault(_stated(c.fields), []).append(dict(c.fields))
    return out


def rounded_elsewhere(
    store: FactStore, scope: str, key: str, drafts: Sequence[Mapping[str, Any]]
) -> dict[tuple, list[Candidate]]:
    """Candidates of other reports near DRAFTS' figures (within 5%, what rounding to two
    significant digits may move a figure), by the statement they make."""
    figures = [
        (str(f.get("period")), float(f.get("value") or 0))
        for f in drafts
        if f.get("value_high") is None
    ]
    out: dict[tuple, list[Candidate]] = {}
    for c in store.stating(scope, figures, besides=key, tolerance=0.05):
        if c.fields.get("value_high") is None:
            out.setdefault(statement_of(c.fields), []).append(c)
    return out


def statement_of(fields: Mapping[str, Any]) -> tuple:
    return (
        str(fields.get("entity", "")).casefold(),
        str(fields.get("metric", "")).casefold(),
        fields.get("kind"),
        fields.get("period"),
        fields.get("as_of"),
        fields.get("unit"),
    )


def rounded_pair(one: Mapping[str, Any], other: Mapping[str, Any]) -> bool:
    """Two values of one statement, one the other rounded (either way)."""
    a, b = float(one.get("value") or 0), float(other.get("value") or 0)
    return other.get("value_high") is None and (rounds_to(a, b) or rounds_to(b, a))


def _stated(fields: Mapping[str, Any]) -> tuple:
    return (
        str(fields.get("entity", "")).casefold(),
        fields.get("kind"),
        fields.get("period"),
        round(float(fields.get("value") or 0), 6),
        fields.get("value_high"),
        fields.get("unit"),
    )


def restates(fields: Mapping[str, Any], stated: dict[tuple, list[dict]]) -> bool:
    """A later report repeating a figure an earlier one stated ("the company still sees",
    a news story on yesterday's results, a revision's "previous" column): the figure has its
    own dated report already. A news story may call "net sales" "revenue", so a large
    figure matches whatever its name; a small one (a rate, a count) only under its own."""
    small = fields.get("unit") == "percent" or abs(float(fields.get("value") or 0)) < 1000
    metric = str(fields.get("metric", "")).casefold()
    day = str(fields.get("as_of"))
    return any(
        (str(o.get("as_of")) <= day or _same_month(day, str(o.get("as_of"))))
        and (not small or str(o.get("metric", "")).casefold() == metric)
        for o in stated.get(_stated(fields), ())
    )


def _same_month(month_day: str, other: str) -> bool:
    """ "the $2.55 billion it forecast in February" is dated 1 February: a statement of that
    figure on 6 February is the one it means."""
    return month_day.endswith("-01") and month_day[:7] == other[:7]


def figure_of(fields: Mapping[str, Any]) -> tuple:
    return (
        str(fields.get("entity", "")).casefold(),
        str(fields.get("metric", "")).casefold(),
        fields.get("kind"),
        fields.get("period"),
        float(fields.get("value") or 0),
        fields.get("value_high"),
        fields.get("unit"),
        fields.get("as_of"),
    )
