"""A count the vocabulary has no word for, named by the subject of its verb: "Inpatient
admissions rose to 48,200", also without a scale word after the number, and when the
subject opens on a word that only says it is the whole company's ("Total lessons ...").
A time that dates when a range was given ("the range we gave you in May") is no period."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Parrowind Clinics", ("Parrowind",), FiscalCalendar.of("12-31", "start"))


def _found(body: str):
    text = f"Parrowind Clinics results\nWire\n2031-02-10\n\n{body}\n"
    return extract(text, published=date(2031, 2, 10), entity=ENTITY).proposals


def _got(body: str) -> set[tuple[str, float, int]]:
    return {(p.metric, p.value, p.period.start.year) for p in _found(body)}


def test_a_bare_count_is_named_by_the_subject_of_its_verb() -> None:
    got = _got("Outpatient referrals rose to 48,200 in 2030 from 45,900.")
    assert ("outpatient referrals", 48_200, 2030) in got


def test_a_bare_count_after_a_copula() -> None:
    got = _got("Referrals were 48,200 in 2030.")
    assert got == {("referrals", 48_200, 2030)}


def test_a_subject_opening_on_total_is_the_whole_company_s_count() -> None:
    got = _got("Total lessons climbed to 6.4 million in 2030.")
    assert ("total lessons", 6_400_000, 2030) in got


def test_a_word_after_the_bare_number_is_left_to_name_it() -> None:
    # "pence" is what the number is: no count of referrals or of anything
    found = _found("Adjusted earnings were 231.6 pence in 2030.")
    assert not any(p.unit == "units" for p in found)


def test_a_bare_number_with_no_subject_is_no_count() -> None:
    assert not _found("In 2030 there were 48,200.")


def test_the_month_a_range_was_given_you_is_no_period() -> None:
    found = _found(
        "Bed days grew 2.2% to 3,705,200 in 2030, which is inside the range we gave you in May."
    )
    got = {(p.metric, p.value, p.period.start.year) for p in found}
    assert ("bed days", 3_705_200, 2030) in got
    assert all(p.period.days > 31 for p in found)
