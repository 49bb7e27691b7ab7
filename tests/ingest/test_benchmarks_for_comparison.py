"""A sentence that opens by giving a yardstick ("For comparison, the ...", "For context,
the ...") sets someone else's figure beside the company's: never a fact of its own; the
company's own figure in such a sentence ("For comparison, Q1 revenue was ...", "our ...")
stays (an invented grid operator's quarterly letter)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

LETTER = """Quarterly letter
Velloran Grid investor relations
2025-10-20

Velloran Grid's average realised power price in the third quarter was £81.20/MWh.
For comparison, the regional day-ahead baseload price averaged £74.10/MWh in the quarter.
For context, the US statistics office's estimate of power demand grew 2.9% year on year.

For comparison, second-quarter revenue was £412 million.
For reference, the network revenue we booked was £96 million in the third quarter.
"""


def _values() -> set[float]:
    entity = KnownEntity("Velloran Grid", ("Velloran",), FiscalCalendar())
    return {p.value for p in extract(LETTER, published=date(2025, 10, 20), entity=entity).proposals}


def test_a_yardstick_set_beside_the_companys_figures_is_not_one_of_them():
    values = _values()
    assert 81.2 in values
    assert 74.1 not in values
    assert 2.9 not in values


def test_the_companys_own_figure_after_for_comparison_stays():
    values = _values()
    assert 412_000_000 in values
    assert 96_000_000 in values
