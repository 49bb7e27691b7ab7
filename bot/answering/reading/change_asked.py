"""The word "change" beside a figure the question names whole asks how that figure
changed; it names a change metric only where the rest of that metric's name is said too.
("Growth" is left to the engine's stated rates: "sales growth in Swiss francs" is the
company's stated rate, whose basis words a question may leave unsaid.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.answering.reading.query import Reading
    from bot.answering.vocabulary.vocabulary import MetricHit


def change_of_a_whole_name(viable: list[MetricHit], reading: Reading) -> list[MetricHit]:
    """'number of stores change from end-Feb to end-Nov': the stores' change, never
    "existing-store customer count change", which takes in "change" and "stores" but leaves
    "customer count" unsaid. A hit drops out where its change word is all it explains
    beyond what another hit, its whole name said, explains."""
    moves = {i for i, t in enumerate(reading.tokens) if t.lemma == "change"}
    if len(viable) < 2 or not moves:
        return viable
    whole = [h.explained for h in viable if h.coverage >= 1.0 and not h.explained & moves]
    if not whole:
        return viable

    def partial_change(hit: MetricHit) -> bool:
        rest = hit.explained - moves
        return (
            bool(hit.explained & moves)
            and hit.coverage < 1.0
            and bool(rest)
            and any(rest <= w for w in whole)
        )

    kept = [h for h in viable if not partial_change(h)]
    return kept or viable
