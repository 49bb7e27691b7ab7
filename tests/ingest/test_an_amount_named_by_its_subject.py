"""An amount in a physical unit named by its clause's subject, with only a verb of being or
of moving to it between ("Clinker despatches fell by 2.9% to 812,400 tonnes", "The group's
total aggregates volumes in the third quarter stood at 2,310,000 tonnes", "Grain intake
remained broadly flat at 96,500 tonnes"), and its base in brackets keyed by its period
("(Q3 2024: 836,600 tonnes)"): named by the subject's words. Before, only a verb of handling
before the figure ("produced", "shipped") named such an amount, and the rest were dropped as
counts of things not sold. Guards: a subject that opens a clause of its own ("..., when
throughput was 4.1 million tonnes") or a pronoun names nothing. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 10, 23)


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Karsholm Materials third-quarter update\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Karsholm Materials", ("Karsholm",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_a_subject_that_fell_to_the_amount_and_its_keyed_base() -> None:
    got = found(
        "Clinker despatches fell by 2.9% to 812,400 tonnes in the third quarter (Q3 2024: "
        "836,600 tonnes)."
    )
    assert got[812_400] == ("clinker despatches", "2025-07-01/2025-09-30")
    assert got[836_600] == ("clinker despatches", "2024-07-01/2024-09-30")


def test_a_possessive_subject_that_stood_at_the_amount() -> None:
    got = found(
        "The group's total aggregates volumes in the third quarter stood at 2,310,000 tonnes."
    )
    assert got[2_310_000] == ("aggregates volumes", "2025-07-01/2025-09-30")


def test_a_subject_that_stayed_flat() -> None:
    got = found("Grain intake remained broadly flat at 96,500 tonnes in the third quarter.")
    assert got[96_500][0] == "grain intake"


def test_a_clause_of_its_own_names_nothing() -> None:
    # guard
    got = found(
        "Karsholm shipped 4.3 million tonnes in the third quarter, 4.9% more than a year "
        "earlier, when throughput was 4.1 million tonnes."
    )
    assert all(not name.startswith("when") for name, _ in got.values())


def test_a_pronoun_names_nothing() -> None:
    # guard
    assert 5_000 not in found("It was 5,000 tonnes in the third quarter.")
