"""A measure no reporting vocabulary word names, read from the clause's own subject: an
amount or count after "was", "totalled", "rose ... to", a line's label, and a change a
subject "rose" or "fell" by. Invented companies and sentences."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

CALENDAR_YEARS = FiscalCalendar.of("12-31", "start")
NAME = "Pellworth Ferries"
DAY = date(2025, 10, 22)
Q3 = "2025-07-01/2025-09-30"
Q3_BEFORE = "2024-07-01/2024-09-30"


def rows(body: str) -> set[tuple]:
    text = f"{NAME} third-quarter update\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=KnownEntity(NAME, ("Pellworth",), CALENDAR_YEARS))
    return {(p.metric, p.period.iso(), p.value, p.unit) for p in found.proposals}


def test_an_amount_whose_subject_no_vocabulary_word_heads_is_named_by_the_subject():
    found = rows(
        "Berth charges collected rose by 4.2 percent to 61.5 million euros in the third "
        "quarter, compared with 59.0 million euros in the third quarter of last year."
    )
    assert ("berth charges collected", Q3, 61_500_000.0, "EUR") in found
    assert ("berth charges collected", Q3_BEFORE, 59_000_000.0, "EUR") in found
    assert ("berth charges collected growth", Q3, 4.2, "percent") in found


def test_a_count_after_a_linking_verb_is_the_subject_counted():
    found = rows("Lane-metres sold in the third quarter totalled 3.4 million.")
    assert ("lane-metres sold", Q3, 3_400_000.0, "units") in found


def test_a_fall_the_subject_states_is_a_negative_change():
    found = rows("In the third quarter, freight crossings fell 3.5%.")
    assert ("freight crossings growth", Q3, -3.5, "percent") in found


def test_a_line_label_names_its_figure():
    found = rows("Quarter highlights for the third quarter:\nCabin nights: 812,000\n")
    assert any(r[0] == "cabin nights" and r[2] == 812_000.0 for r in found)


def test_a_balance_stated_at_a_day_is_that_day_s_level():
    found = rows("Harbour deposits held were €212 million at 30 September 2025.")
    assert ("harbour deposits held", "2025-09-30/2025-09-30", 212_000_000.0, "EUR") in found


def test_other_peoples_subjects_name_no_figure_of_ours():
    # a market's benchmark, analysts' consensus and a share's price are nobody's sales
    found = rows(
        "The fuel benchmark was $81 a barrel in the quarter. Consensus was 64 million euros "
        "for the third quarter. Shares rose 6% in the quarter."
    )
    assert not found


def test_a_rate_that_is_of_something_else_is_no_level_of_the_subject():
    # "38% of revenue" is a share, "3% higher" a change: neither is the subject's level
    found = rows("Onboard retail was 38% of revenue in the third quarter.")
    assert not any(r[0] == "onboard retail" for r in found)


def test_a_part_that_did_an_amount_is_a_part_of_the_whole_before_it():
    found = rows(
        "Revenue was 410 million euros in the third quarter. The Baltic routes did 96 million "
        "euros in the third quarter."
    )
    assert ("Baltic routes revenue", Q3, 96_000_000.0, "EUR") in found


def test_a_subject_set_apart_by_a_phrase_about_it_still_names_the_amount():
    found = rows(
        "Revenue was 410 million euros in the third quarter. Skerry Line, our island "
        "service, came in at 58 million euros in the third quarter."
    )
    assert ("Skerry Line revenue", Q3, 58_000_000.0, "EUR") in found


def test_a_part_larger_than_every_whole_before_it_is_no_part():
    found = rows(
        "Revenue was 41 million euros in the third quarter. The Baltic routes did 96 million "
        "euros in the third quarter."
    )
    assert not any(r[2] == 96_000_000.0 for r in found)


def test_a_label_in_compound_words_or_an_acronym_names_its_count():
    found = rows(
        "Volumes in the third quarter:\n- Lanemetres: 3,140 thousand, vs 3,020 thousand in the "
        "third quarter of 2024\n- TEUs: 41,200 in the third quarter\n"
    )
    assert ("lanemetres", Q3, 3_140_000.0, "units") in found
    assert ("TEUs", Q3, 41_200.0, "units") in found


def test_a_quarterly_increase_after_an_amount_is_its_sequential_growth():
    found = rows(
        "Third-quarter ticket revenue was 88.2 million euros, a quarterly increase of 6.1%."
    )
    assert ("sequential ticket revenue growth", Q3, 6.1, "percent") in found
