"""'Revenue from X' names X's revenue even with an aside in brackets before its verb
("Revenue from kiosks (self-service stands in malls) was ..."); the aside had left the
figure named as the whole company's revenue, beside the company's own revenue for the same
year (a wrong answer once approved). Companies invented here; the case failed on the engine
this session started from (734c82a)."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 21)


def test_an_aside_before_the_verb_keeps_the_source_of_revenue():
    text = (
        f"Hollin Snack Machines annual results\nTest Wire\n{DAY.isoformat()}\n\n"
        "Revenue for the year was $388.0 million. Revenue from kiosks (self-service stands in "
        "office lobbies) was $71.4 million for the year.\n"
    )
    found = extract(text, published=DAY, entity=KnownEntity("Hollin Snack Machines", ()))
    named = {(p.metric, p.value) for p in found.proposals}
    assert ("revenue", 388_000_000) in named
    assert ("kiosks revenue", 71_400_000) in named
    assert ("revenue", 71_400_000) not in named
