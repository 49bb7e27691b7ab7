"""A quarter's result set against a base with no time of its own ("Revenue for the quarter
was $612.4 million, down from $640.1 million", "Adjusted EBITDA rose to $88.3 million from
$81.0 million"): the base is the same quarter a year before, as results are compared
unless the text says "sequentially". Before, the base was dropped as a figure whose period
the text never says. Guard: a sequential comparison still takes the quarter before.
Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 7)
LEAD = "Tolland Marine reported its results for the second quarter of 2025. "


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Tolland Marine letter\nTest Letters\n{DAY.isoformat()}\n\n{LEAD}{body}\n"
    entity = KnownEntity("Tolland Marine", ("Tolland",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_a_quarters_bare_base_is_the_year_ago_quarter() -> None:
    got = found("Revenue for the quarter was $612.4 million, down from $640.1 million.")
    assert got[640_100_000] == ("revenue", "2024-04-01/2024-06-30")


def test_a_level_reached_from_a_bare_base() -> None:
    got = found("Second-quarter adjusted EBITDA rose to $88.3 million from $81.0 million.")
    assert got[81_000_000][1] == "2024-04-01/2024-06-30"


def test_a_sequential_base_is_the_quarter_before() -> None:
    # guard
    got = found(
        "Revenue for the quarter was $612.4 million, up 4% sequentially from $588.9 million."
    )
    assert got.get(588_900_000, ("", "2025-01-01/2025-03-31"))[1] == "2025-01-01/2025-03-31"
