"""A raised ambition whose old figure ends in ".0" and whose new one in ".5" ("EUR 8.5 billion,
up from the EUR 8.0 billion we set at our strategy day in May 2029"): formatting's
round-half-to-even wrote 8.5 short as "8", so the old figure read as the new one rounded, the
old was dropped and the new one kept the old occasion's day, a wrong figure for the original
target. Halves round up, as reports round them: 8.5 short is 9."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind
from bot.facts.periods import CALENDAR
from bot.facts.rounding import rounds_to
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Velmora Ceramics", ("Velmora",), CALENDAR)
LETTER = """Letter to shareholders: first half of 2031
Velmora Ceramics SE
2031-08-14

With building demand still soft, we now expect sales growth of around 2% for 2031. At the
same time, the Board has lifted our 2034 ambition: we now aim for revenue of EUR 8.5 billion
in 2034, up from the EUR 8.0 billion we set at our strategy day in May 2029.
"""


def test_half_rounds_up() -> None:
    assert rounds_to(8.5e9, 9e9)
    assert not rounds_to(8.5e9, 8e9)
    assert rounds_to(-2.5, -3)
    assert rounds_to(4018.6e6, 4.02e9)  # an ordinary rounding still counts


def test_the_new_ambition_keeps_the_letters_day() -> None:
    found = extract(LETTER, published=date(2031, 8, 14), entity=ENTITY).proposals
    plans = [p for p in found if p.kind is not Kind.ACTUAL and p.period.start.year == 2034]
    new = [p for p in plans if p.value == 8.5e9]
    assert new, plans
    assert all(p.as_of == date(2031, 8, 14) for p in new)
    assert all(p.as_of < date(2031, 8, 14) for p in plans if p.value == 8.0e9)
