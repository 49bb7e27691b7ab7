"""What a count names, and a word that begins a compound of a figure's name, over three
companies invented here (Hollin Mills, a garment exporter with knitwear and woven
export lines; Pelorus Line, a container carrier whose volume is lifted, not shipped;
Dolgarrow Yards, a shipbuilder):

- "hollin knit exports 2025": "knit", a verb, is the head of "knitwear" (the rest a noun
  of its own), so the knitwear line is asked, never the whole of exports;
- "how many ships did pelorus operate": the plural counted after "how many" is a noun,
  never the verb of shipping that the units family reads it as.

On the engine of 2026-12-06 the first gave total export receipts and the second the
lifting volume (wrong answers of development sets); "ships" delivered gave the container
ships'. Guards: the whole of exports asked
without a line; "how many teu did pelorus ship" is the volume shipped.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, values

H, P, D = "Hollin Mills", "Pelorus Line", "Dolgarrow Yards"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(H, "export receipts", "actual", Y25, 640e6, "USD", "2026-02-01"),
    fact(H, "knitwear export receipts", "actual", Y25, 410e6, "USD", "2026-02-01"),
    fact(H, "woven export receipts", "actual", Y25, 230e6, "USD", "2026-02-01"),
    fact(P, "lifting volume", "actual", Y25, 2_360_000, "units", "2026-02-05"),
    fact(P, "revenue", "actual", Y25, 3.1e9, "USD", "2026-02-05"),
    fact(D, "vessels delivered", "actual", Y25, 33, "units", "2026-02-05"),
    fact(D, "container ship deliveries", "actual", Y25, 11, "units", "2026-02-05"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {"name": H, "aliases": ["Hollin"]},
        {"name": P, "aliases": ["Pelorus"]},
        {"name": D, "aliases": ["Dolgarrow"]},
    ]
    return engine_over(seed, bundle(entities, FACTS, "2026-02-05"))


def test_a_verb_heading_a_compound_names_its_line(engine: Engine):
    assert values(engine, "hollin knit exports 2025") == [410e6]
    assert values(engine, "hollin exports 2025") == [640e6]


def test_a_plural_counted_is_a_noun(engine: Engine):
    answer = engine.ask("how many ships did pelorus operate at end-2025")
    assert answer.status is not Status.ANSWERED, answer.text
    assert values(engine, "how many teu did pelorus ship in 2025") == [2_360_000]


def test_ships_are_vessels(engine: Engine):
    """'Ships' is another noun of vessels (the reporting vocabulary's products): the
    whole count of vessels, never the container ships' that say "ship" in their name."""
    assert values(engine, "how many ships did dolgarrow deliver in 2025") == [33]
    assert values(engine, "dolgarrow container ship deliveries 2025") == [11]
