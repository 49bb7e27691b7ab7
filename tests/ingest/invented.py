"""Reports invented inside an ingestion test: a body of text under a title, a publisher
and a day, extracted for one company. Shared by the rule tests so that each states only
its text and what must be proposed from it."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, Proposal, extract


def proposals(
    body: str, entity: KnownEntity, day: date, title: str, publisher: str = "Test Wire"
) -> list[Proposal]:
    """What the ingester proposes from BODY, published on DAY under TITLE."""
    text = f"{title}\n{publisher}\n{day.isoformat()}\n\n{body}\n"
    return extract(text, published=day, entity=entity).proposals


def named_and_dated(
    body: str, entity: KnownEntity, day: date, title: str, publisher: str = "Test Wire"
) -> dict[float, tuple[str, str]]:
    """Each proposed value -> its metric and period ("2025-01-01/2025-12-31")."""
    found = proposals(body, entity, day, title, publisher)
    return {p.value: (p.metric, p.period.iso()) for p in found}


# the company most rule tests invent, on calendar years, and the day its results came out
OSTRANDER = KnownEntity("Ostrander Mills", ("Ostrander",), CALENDAR)
OSTRANDER_DAY = date(2026, 2, 12)


def ostrander_facts(body: str) -> dict[float, tuple[str, str]]:
    """Ostrander Mills' results wire of BODY: value -> (metric, period)."""
    return named_and_dated(body, OSTRANDER, OSTRANDER_DAY, "Ostrander Mills results")
