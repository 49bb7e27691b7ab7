"""A bracketed figure its period labels, after a figure whose subject no vocabulary word
heads ("Pilot levy amounted to NOK 212.6 million in FY31 (FY30: NOK 190.4 million)"), is
the figure before it for that period. Before, the base took its name from the vocabulary
alone, so a measure named as written ("pilot levy") lost its base, while "revenue" kept
it. Guard: a labelled figure after one of another unit ("rose 4.1% (FY30: NOK 190.4
million)") takes no name from it."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Skarnes Havn", ("Skarnes",), FiscalCalendar.of("06-30", "end"))
PUBLISHED = date(2031, 8, 20)
FY31 = Period(date(2030, 7, 1), date(2031, 6, 30))
FY30 = Period(date(2029, 7, 1), date(2030, 6, 30))


def _found(body: str) -> list[tuple[str, float, Period]]:
    text = f"Skarnes Havn annual results\nSlides\n{PUBLISHED.isoformat()}\n\n{body}\n"
    found = extract(text, published=PUBLISHED, entity=ENTITY).proposals
    return [(p.metric, p.value, p.period) for p in found]


def test_the_base_of_a_measure_named_as_written() -> None:
    got = _found("Pilot levy amounted to NOK 212.6 million in FY31 (FY30: NOK 190.4 million).")
    assert ("pilot levy", 212.6e6, FY31) in got
    assert ("pilot levy", 190.4e6, FY30) in got


def test_a_base_after_a_figure_of_another_unit() -> None:
    got = _found("Pilot levy rose 4.1% in FY31 (FY30: NOK 190.4 million).")
    assert not [g for g in got if g[1] == 190.4e6 and g[0] == "pilot levy growth"]
