"""A sentence opening with a measure of a segment named after it ("Net sales in the Japan
Generics segment were ¥141.2 billion (FY2023: ¥136.0 billion)", "... in the Other segment,
comprising contract manufacturing, were ...") states the segment's figures, never the
group's: on bdd7c25b they were the group's net sales, clashed with its total and were lost.
A segment named after the figure ("with strong growth in the Pumps division") names none."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Sakuragi Seiyaku", ("Sakuragi",), FiscalCalendar.of("03-31", "start"))


def _named(body: str) -> set[tuple[str, float]]:
    text = f"Sakuragi Seiyaku annual results\nRelease\n2031-05-14\n\n{body}\n"
    found = extract(text, published=date(2031, 5, 14), entity=ENTITY).proposals
    return {(p.metric, p.value) for p in found}


def test_the_segment_after_the_measure() -> None:
    got = _named(
        "Net sales for the year were ¥318.4 billion. Net sales in the Hospital Products "
        "segment were ¥141.2 billion (FY2029: ¥136.0 billion)."
    )
    assert ("revenue", 318_400_000_000) in got
    assert ("Hospital Products revenue", 141_200_000_000) in got
    assert ("Hospital Products revenue", 136_000_000_000) in got


def test_past_an_aside() -> None:
    got = _named(
        "Net sales for the year were ¥318.4 billion. Net sales in the Other segment, comprising "
        "contract manufacturing, were ¥24.6 billion."
    )
    assert ("Other revenue", 24_600_000_000) in got


def test_a_segment_after_the_figure_names_none() -> None:
    got = _named(
        "Net sales for the year were ¥318.4 billion, led by the Hospital Products segment."
    )
    assert ("revenue", 318_400_000_000) in got
