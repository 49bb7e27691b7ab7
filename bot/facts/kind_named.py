"""A metric named with its own kind: 'net sales forecast' for forecasts, 'pharmacies target'
for a target. The kind is the fact's, said once; the name is the figure's, so the forecast
and the actual it is set against are one series ('net sales'). Applied where facts come in
(bundles, typed fields), never to names of another kind ('new order target achievement'
is an actual: kept)."""

from __future__ import annotations

import re

from bot.facts.model import Kind

# the words a forecast's or a target's name may end in, before any bracketed tags
_KIND_WORDS = {
    Kind.FORECAST: ("forecast", "guidance", "outlook", "projection", "estimate"),
    Kind.TARGET: ("target", "goal", "objective", "ambition"),
}
_TAGS = re.compile(r"(?:\s*\([^()]*\))*\s*$")


def named_for_kind(metric: str, kind: Kind) -> str:
    """METRIC less a last word naming KIND itself ('net sales forecast' -> 'net sales',
    'shipment guidance (MW) (high end)' -> 'shipment (MW) (high end)'); as it is otherwise,
    or where nothing would be left."""
    words = _KIND_WORDS.get(kind)
    if not words:
        return metric
    tags = _TAGS.search(metric)
    head, tail = metric[: tags.start()], metric[tags.start() :]  # type: ignore[union-attr]
    for word in words:
        if head.lower().endswith(" " + word):
            return head[: -len(word) - 1].rstrip() + tail
    return metric
