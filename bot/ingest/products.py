"""The product a report's bare "units" count: the one kind of thing it counts, when it
counts one (a report counting e-bikes and e-scooters side by side has none).
"""

from __future__ import annotations

import re
from collections import Counter

from bot.ingest import lexicon as lx
from bot.ingest.layout import Layout
from bot.ingest.metric_names import singular
from bot.ingest.metrics import HEAD


def main_product(layout: Layout) -> str | None:
    """The product a report's bare "units" count, when it counts one kind of thing; a report
    that counts several kinds side by side ("39,100 e-bikes, 10,300 e-scooters") has none:
    its "units" are the total across them."""
    counts: Counter[str] = Counter()
    for s in layout.sentences:
        for m in HEAD.finditer(s.text):
            if m["product"] and m.group().lower() not in ("unit", "units"):
                counts[singular(m.group())] += 1
    if not counts or len(_counted_kinds(layout)) > 1:
        return None
    return counts.most_common(1)[0][0]


# A figure and the product noun it counts, compound or hyphenated: "8,900 cargo bikes",
# "10,300 e-scooters"; the last part of the noun is its kind ("bike", "scooter").
_COUNTED_PRODUCT = re.compile(
    r"\d(?:[\d,.]*\d)?(?:\s+(?:thousand|million|billion))?\s+(?:[a-z]+\s+)?"
    r"(?:[a-z]+-)?(?P<kind>[a-z]{3,}s)\b"
)


_ROW_PRODUCT = re.compile(r"\s*(?:[A-Za-z]+[- ])?(?P<kind>[A-Za-z]{3,}s)\s*(?:\([^)]*\))?\s+\d")


def _counted_kinds(layout: Layout) -> set[str]:
    """The kinds of product the report counts by a figure, a kind and its broader names
    (a smartphone is a phone, a car a vehicle) being one."""
    kinds: set[str] = set()
    for s in layout.sentences:
        found = list(_COUNTED_PRODUCT.finditer(s.text))
        if s.role == "row":  # a table's "E-scooters   10,900" row counts them too
            found += [m for m in [_ROW_PRODUCT.match(s.text)] if m is not None]
        for m in found:
            one = singular(m["kind"].lower())
            if one in lx.PRODUCTS and one != "unit":
                kinds.add(one)
    broader = {k: {k, *(h.lower() for h in lx.HYPERNYMS.get(k, ()))} for k in kinds}
    return {
        k
        for k in kinds
        if not any(o != k and k in broader[o] for o in kinds)  # "phone" beside "smartphone"
        and not any(o != k and broader[k] & broader[o] for o in kinds if o < k)
    }
