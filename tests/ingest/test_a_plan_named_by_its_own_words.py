"""A plan named by the words right before its noun, whatever they are ("raising our 2026
contract-award target to EUR 4.2 billion", "trimming our 2026 admissions guidance to a range
of 23.8 million to 24.3 million", "cut its 2026 electrolyser shipment target to 410 MW",
"revising our loan-growth guidance for 2026 to 13 to 15 per cent"): the measure those words
name, for an amount, a count, power or a rate. Before, only a measure the vocabulary knows
named such a plan, and the others were dropped with no name. Guards: a plan for a level at a
period's end ("capacity target for end-2027") is no plan for the year; the words of a
revision ("within revised guidance of") or of the company's name name nothing. Invented
company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 11, 4)


def found(body: str) -> dict[float, tuple[str, str, str]]:
    text = f"Ostrander Works outlook\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Ostrander Works", ("Ostrander",), CALENDAR)
    return {
        p.value: (p.metric, p.kind.value, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_an_amount_planned() -> None:
    got = found(
        "Today we are raising our 2026 contract-award target to EUR 4.2 billion, from the "
        "EUR 3.9 billion we set in February."
    )
    assert got[4_200_000_000] == ("contract-award", "target", "2026-01-01/2026-12-31")
    assert got[3_900_000_000][0] == "contract-award"


def test_a_count_guided_to_a_range() -> None:
    got = found(
        "We are trimming our 2026 admissions guidance to a range of 23.8 million to 24.3 million."
    )
    assert got[23_800_000] == ("admissions", "forecast", "2026-01-01/2026-12-31")


def test_power_planned() -> None:
    got = found("Ostrander cut its 2026 electrolyser shipment target to 410 MW.")
    assert got[410][0] == "electrolyser shipment (MW)"


def test_a_rate_guided() -> None:
    got = found("We are revising our loan-growth guidance for 2026 to 13 to 15 per cent.")
    assert got[13] == ("loan-growth", "forecast", "2026-01-01/2026-12-31")


def test_a_level_at_a_periods_end_is_no_plan_for_the_year() -> None:
    # guard
    got = found("We are raising our capacity target for end-2027 to 75 MTPA.")
    assert got.get(75, ("", "", ""))[2] != "2027-01-01/2027-12-31"


def test_words_of_a_revision_name_nothing() -> None:
    # guard
    got = found("Cathode output was 259.8 kt in 2025, within revised guidance of 255-265 kt.")
    assert all(not name.startswith(("within", "revised")) for name, _, _ in got.values())


def test_the_companys_own_words_name_nothing() -> None:
    # guard
    got = found("Ostrander Works raises order ambition to EUR 5 billion.")
    assert all("ostrander" not in name.lower() for name, _, _ in got.values())
