"""The earlier figure of a revision, introduced by "rather than" / "instead of" ("£1.355
billion rather than the roughly £1.37 billion it guided to"), by a bracket whose earlier
figure is a bound ("(previously: at least EUR 1.15 billion)"), or by a revision word before
"was" in brackets ("(raised; was EUR 7.1 - 7.3 bn, ...)"): an earlier statement of the
same plan, stated before the new one. On 66576eec the two were read as one day's
statements, clashed, and neither was proposed."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Farrowdale Water", ("Farrowdale",), FiscalCalendar.of("12-31", "start"))
PUBLISHED = date(2031, 7, 29)


def _plans(body: str) -> set[tuple[float, float | None, bool]]:
    text = f"Farrowdale Water update\nWire\n{PUBLISHED}\n\n{body}\n"
    found = extract(text, published=PUBLISHED, entity=ENTITY).proposals
    return {(p.value, p.value_high, p.as_of < PUBLISHED) for p in found}


def test_rather_than_an_earlier_forecast() -> None:
    got = _plans(
        "It also expects revenue for 2031 of £1.355 billion rather than the roughly £1.37 "
        "billion it guided to three months ago."
    )
    assert (1_355_000_000, None, False) in got
    assert (1_370_000_000, None, True) in got


def test_a_bound_in_brackets_after_previously() -> None:
    got = _plans(
        "We now target an operating result of EUR 1.20 billion to EUR 1.25 billion for 2031 "
        "(previously: at least EUR 1.15 billion)."
    )
    assert (1_200_000_000, 1_250_000_000, False) in got
    assert (1_150_000_000, None, True) in got


def test_raised_then_was_in_brackets() -> None:
    got = _plans(
        "Outlook 2031 (updated):\n\n- Revenue: EUR 7.2 - 7.4 bn (raised; was EUR 7.1 - 7.3 bn, "
        "set on 4 March 2031)\n- Capital expenditure: about EUR 0.4 bn (unchanged)"
    )
    assert (7_200_000_000, 7_400_000_000, False) in got
    assert (7_100_000_000, 7_300_000_000, True) in got
