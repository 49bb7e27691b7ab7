"""A word ending in -ing or -ed that opens the phrase of a measure ("Recurring revenue was",
"Financing revenue, the interest ..., was", "our contracted sales reached", "Paying users
were") describes the measure and stays in its name: before, it was read as a verb and
dropped, so "recurring revenue" became "revenue", clashed with the report's revenue and
neither figure was proposed. Guards: after a subject the participle is the verb ("the
company reported revenue of"), and recurring revenue of a quarter is a flow over it, not a
level like annual recurring revenue. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2032, 2, 26)
ENTITY = KnownEntity("Brackenmoor Mills", ("Brackenmoor",), CALENDAR)


def _found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Brackenmoor Mills results\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=ENTITY).proposals
    return {p.value: (p.metric, p.period.iso()) for p in found}


def test_a_participle_opening_the_sentence() -> None:
    got = _found(
        "Recurring revenue was EUR 42 million in the fourth quarter of 2031. Revenue was "
        "EUR 95 million in the fourth quarter of 2031."
    )
    assert got[42_000_000] == ("recurring revenue", "2031-10-01/2031-12-31")
    assert got[95_000_000][0] == "revenue"


def test_a_participle_after_an_owner() -> None:
    got = _found(
        "In 2031 Brackenmoor's contracted sales reached EUR 2.7 billion, while revenue was "
        "EUR 2.4 billion."
    )
    assert "contracted" in got[2_700_000_000][0]
    assert got[2_400_000_000][0] == "revenue"


def test_a_participle_before_an_aside() -> None:
    got = _found(
        "Financing revenue, the interest earned on loans to customers, was EUR 8.6 million "
        "in 2031. Revenue was EUR 300 million in 2031."
    )
    assert got[8_600_000][0] == "financing revenue"
    assert got[300_000_000][0] == "revenue"


def test_a_participle_after_its_subject_is_the_verb() -> None:
    # guard: "reported" is what the company did
    got = _found("In 2031 the company reported revenue of EUR 300 million.")
    assert got[300_000_000][0] == "revenue"
