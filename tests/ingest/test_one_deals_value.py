"""One deal's value is no figure of a period ("The $2.05 billion Halyard modification announced
by the Navy on March 11 was booked in the first quarter", "that's after the $31.5 million
settlement"): it had been proposed as the quarter's orders, and as net income, wrong figures
for the whole. The period's own totals stay."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Varden Aerospace", ("Varden",), CALENDAR)
CALL = """Varden Aerospace first-quarter call, summary
Varden Aerospace Corp
2031-04-24

Orders were $6.4 billion in the first quarter. The $2.05 billion Halyard modification announced
by the Navy on March 11 was booked in the first quarter. Net income for the quarter was $212.8
million, and that's after the $31.5 million settlement of the pension claim.
"""


def test_a_deals_value_is_left_out() -> None:
    found = extract(CALL, published=date(2031, 4, 24), entity=ENTITY).proposals
    values = {p.value for p in found}
    assert not values & {2_050_000_000, 31_500_000}, values
    assert {6_400_000_000, 212_800_000} <= values
