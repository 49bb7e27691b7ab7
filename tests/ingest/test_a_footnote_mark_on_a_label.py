"""A footnote's superscript marker glued to a line's label ("Active members¹: 41,200") is no
part of the label's words: the line reads as it would without it. Before, the marked word
was no word of the language, so the label named nothing and the figure was dropped. Guards:
a unit's power ("1,200 m²") is no footnote, and a bracketed marker ("Gross bookings(2):"),
read before, still is one."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Tovel Boxes", ("Tovel",), FiscalCalendar.of("12-31", "end"))
PUBLISHED = date(2031, 5, 10)


def _found(body: str) -> dict[str, float]:
    head = f"Tovel Boxes first quarter\nSlides\n{PUBLISHED.isoformat()}\n\n"
    text = f"{head}Q1 2031 highlights\n{body}\n"
    found = extract(text, published=PUBLISHED, entity=ENTITY).proposals
    return {p.metric: p.value for p in found}


def test_a_superscript_mark_after_the_label() -> None:
    assert _found("• Active members¹: 41,200") == _found("• Active members: 41,200")
    assert _found("• Active members¹: 41,200")


def test_a_bracketed_number_glued_to_the_label() -> None:
    assert _found("• Gross bookings(2): EUR 81.5 million") == _found(
        "• Gross bookings: EUR 81.5 million"
    )
    assert 81.5e6 in _found("• Gross bookings(2): EUR 81.5 million").values()


def test_a_units_power_is_no_mark() -> None:
    assert 1200 in _found("• Trading space: 1,200 m² at 31 March 2031").values()
