"""A metric named with its own kind: 'net sales forecast' for forecasts, 'pharmacies target'
for a target, beside the figure's own name ('net sales'). The kind is the fact's, said
once; the name is the figure's, so the forecast and the actual it is set against are one
series. Applied where facts come in (bundles, typed fields), only where the figure's
name is held too, never to names of another kind ('new order target achievement' is an
actual: kept)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from bot.facts.model import NAMED_RANGE_END, Kind

# the words a forecast's or a target's name may end in, before any bracketed tags
_KIND_WORDS = {
    Kind.FORECAST: ("forecast", "guidance", "outlook", "projection", "estimate"),
    Kind.TARGET: ("target", "goal", "objective", "ambition"),
}
_TAGS = re.compile(r"(?:\s*\([^()]*\))*\s*$")


def named_for_kind(metric: str, kind: Kind, held: Collection[str]) -> str:
    """METRIC less a last word naming KIND itself ('net sales forecast' -> 'net sales',
    'items forecast (low end)' -> 'items (low end)'), where HELD (the metric names held
    beside it, casefolded: see `casefolded`) holds the figure's name; as it is otherwise."""
    words = _KIND_WORDS.get(kind)
    if not words:
        return metric
    tags = _TAGS.search(metric)
    head, tail = metric[: tags.start()], metric[tags.start() :]  # type: ignore[union-attr]
    for word in words:
        if head.lower().endswith(" " + word):
            figure = head[: -len(word) - 1].rstrip()
            named = figure + NAMED_RANGE_END.sub("", tail)
            return figure + tail if named.casefold() in held else metric
    return metric


def casefolded(names: Iterable[str]) -> frozenset[str]:
    """NAMES as `named_for_kind` compares them (built once for every fact of a bundle)."""
    return frozenset(n.casefold() for n in names)
