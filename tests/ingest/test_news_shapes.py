"""Kinds of language news and press texts use, one capability per test, on invented
companies: a table row whose marker has no words after it, "X on sales of Y" (each figure
its own measure), a part's share of a whole the text names with its period."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

NAME = "Tarrow Group"
CAL = FiscalCalendar.of("12-31", "start")
DAY = date(2025, 11, 5)
Q3 = "2025-07-01/2025-09-30"


def proposals(body: str):
    text = f"{NAME} update\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    return extract(text, published=DAY, entity=KnownEntity(NAME, ("Tarrow",), CAL)).proposals


def rows(body: str) -> set[tuple]:
    return {(p.metric, p.kind.value, p.period.iso(), p.value) for p in proposals(body)}


def test_a_page_diff_of_table_rows_with_bare_markers_is_read_without_failing():
    # a change tracker's "-" / "+" line markers before Markdown rows: a marker with no
    # words after it names no part of the row above (it had raised, failing the report)
    body = (
        "-| Tooling spend ($ million)    | 41 - 44                        |\n"
        "+| Tooling spend ($ million)    | 42 - 44 (previously 41 - 44)   |\n"
        "-| Freight cost ($/unit)        | 3.10 - 3.40                    |\n"
        "\n"
        "Revenue was $1.2 billion in the third quarter of 2025.\n"
    )
    assert any(p.value == 1_200_000_000 for p in proposals(body))


def test_a_result_on_sales_of_keeps_its_own_measure():
    # "on sales of": the measure of the figure after it, never of the one before
    found = rows(
        "In the third quarter of 2025, Tarrow's EBIT was $14.5 million on sales of $88.0 million."
    )
    assert ("EBIT", "actual", Q3, 14_500_000) in found
    assert ("revenue", "actual", Q3, 88_000_000) in found
    found = rows(
        "Tarrow posted net income of $6.1 million on revenue of $71.3 million"
        " in the third quarter of 2025."
    )
    assert {("net income", 6_100_000), ("revenue", 71_300_000)} <= {(m, v) for m, _, _, v in found}


def test_a_part_share_of_a_whole_with_its_year_is_a_share_of_revenue():
    # "accounted for 38% of 2024 revenue": the year belongs to the whole, the part is named
    # in a reported clause ("said ...") and may join two words with "&"
    found = rows("The company said tools & parts accounted for 38% of 2024 revenue.")
    assert ("tools & parts share of revenue", "actual", "2024-01-01/2024-12-31", 38) in found
    # a share of money the vocabulary names is never a share of units sold
    found = rows("In the third quarter of 2025, online orders represented 6.2% of store sales.")
    assert [m for m, *_ in found] and all("units" not in m for m, *_ in found)
    # two names taken together are customers, whose share of sales is no part of ours
    assert not rows("Harlow and Brisk together account for about 41% of group sales in 2024.")


def test_a_count_its_subject_names_on_a_day_the_clause_names_is_a_level_on_that_day():
    # "reached / stood at / were ... at|as at|on <day>": the count the company had that day,
    # named by the subject (never "homes sold" over the quarter), and a figure it is
    # compared with on another day is the same count on that day
    found = rows(
        "Connected households reached 2.4 million at 30 September 2025, up from 2.1 million"
        " households at 30 September 2024."
    )
    assert ("connected households", "actual", "2025-09-30/2025-09-30", 2_400_000) in found
    assert ("connected households", "actual", "2024-09-30/2024-09-30", 2_100_000) in found
    found = rows("Tarrow's selling space stood at 412 300 m² on 27 September 2025.")
    assert ("selling space", "actual", "2025-09-27/2025-09-27", 412_300) in found
    found = rows("Registered riders in Spain were 1.2 million as at September 30, 2025.")
    assert {(p, v) for _, _, p, v in found} == {("2025-09-30/2025-09-30", 1_200_000)}


def test_a_flow_or_a_pronoun_before_a_day_is_no_level():
    # deliveries are counted over a period; "it was" names nothing counted
    assert not rows("Deliveries were 41,000 units at 30 September 2025.")
    assert not rows("It was 41,000 at 30 September 2025.")


QUARTER_LEAD = "Tarrow carried 4.62 million riders in the third quarter of 2025, up 5.5%. "


def test_a_gloss_between_a_subject_and_its_verb_leaves_the_subject_naming_the_figure():
    found = rows(QUARTER_LEAD + "The load factor, a measure of seats filled, improved to 81.3%.")
    assert ("load factor", "actual", Q3, 81.3) in found


def test_a_level_reached_from_a_start_of_no_stated_period_is_a_year_on():
    # "improved to 81.3% from 79.9%": the start is of a period the sentence leaves unsaid,
    # never the quarter of the level reached (the two would collide and both be lost); as
    # reports mean it, the same quarter a year before
    found = rows(QUARTER_LEAD + "The load factor improved to 81.3% from 79.9%.")
    assert ("load factor", "actual", Q3, 81.3) in found
    assert ("load factor", "actual", "2024-07-01/2024-09-30", 79.9) in found
    # a start with its own period is a figure of that period
    found = rows(
        "Revenue rose to $61.0 million in the third quarter of 2025 from $55.2 million"
        " a year earlier."
    )
    assert ("revenue", "actual", "2024-07-01/2024-09-30", 55_200_000) in found
    # a budget raised "to X from Y" is a revision, never a level that moved
    found = rows("Tarrow raised its 2025 tooling budget to $40 million from $35 million.")
    assert not {v for _, k, _, v in found if k == "actual"}


def test_numbered_questions_are_no_quarters_and_state_no_figures_of_ours():
    # an investor Q&A board: "Q4 (user ...)" numbers a question; the answer below it is of
    # the period it names itself (the quarter the page was talking about), and what the
    # asker claims is the asker's
    body = (
        "Q1 (user ab***1, 2025-11-02): What was revenue in the third quarter of 2025?\n"
        "A: Revenue was $61.0 million in the third quarter of 2025.\n\n"
        "Q4 (user cd***2, 2025-11-03): And the service business?\n"
        "A: Service revenue was $12.4 million.\n\n"
        "Q5 (user ef***3, 2025-11-04): A broker says your share of the market is 17%. Agree?\n"
        "A: We do not comment on third-party estimates.\n"
    )
    found = rows(body)
    assert ("Service revenue", "actual", Q3, 12_400_000) in found
    assert not [r for r in found if r[2] == "2025-10-01/2025-12-31"]  # no "Q4" quarter
    assert 17 not in {v for *_, v in found}


def test_a_second_figure_joined_to_a_comparison_is_compared_too_on_its_own_period():
    body = (
        "Gross margin was 7.42% in the third quarter of 2025, compared with 7.10% a year"
        " earlier and 7.25% in the second quarter."
    )
    assert ("gross margin", "actual", "2025-04-01/2025-06-30", 7.25) in rows(body)
    # with no period of its own it is left out, and the margin reached stays
    found = rows(body.replace(" in the second quarter", ""))
    assert ("gross margin", "actual", Q3, 7.42) in found and 7.25 not in {v for *_, v in found}
