"""A report's own dollar, amounts in cents, and the period a list item's comparison is
against: companies and sentences invented here, one capability per test."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

JUNE_YEARS = FiscalCalendar.of("06-30", "end")
NAME = "Harrow Timber"
DAY = date(2025, 2, 25)


def proposals(body: str, *, dollar: str | None = None):
    text = f"{NAME} update\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity(NAME, ("Harrow",), JUNE_YEARS, dollar=dollar)
    return extract(text, published=DAY, entity=entity).proposals


def rows(body: str, **kw) -> set[tuple]:
    return {(p.period.iso(), p.value, p.value_high, p.unit) for p in proposals(body, **kw)}


def pending_after(tmp_path, reports: tuple[tuple[str, str], ...]) -> list[dict]:
    """The candidates pending after ingesting REPORTS ((publication day, body), in order)
    into a new store, each as the bundle writes a fact."""
    from bot.facts.store import FactStore
    from bot.ingest.candidates import fact_json
    from bot.ingest.documents import Document
    from bot.ingest.service import ingest

    store = FactStore.open(tmp_path / "s.db")
    try:
        for day, body in reports:
            text = f"{NAME} update\nTest Wire\n{day}\n\n{body}\n"
            ingest(
                store,
                Document(text),
                published=date.fromisoformat(day),
                scope="shared",
                actor="test",
                entity=NAME,
                fiscal_year_end="06-30",
            )
        return [fact_json(c) for c in store.candidates("shared", status="pending")]
    finally:
        store.close()


H1 = "2024-07-01/2024-12-31"
H1_BEFORE = "2023-07-01/2023-12-31"


def test_a_comparison_base_in_a_list_item_does_not_become_the_lists_period():
    # the first item's figures are unread (a measure the reader does not know); its "in
    # 1H FY24" is what it was compared with, and the next items are still about 1H FY25
    found = rows(
        "Highlights for 1H FY25:\n"
        "- Logs hauled of 41 million zorbs, compared with 39 million zorbs in 1H FY24.\n"
        "- Revenue of $2.40 billion, up from $2.10 billion in 1H FY24.\n"
    )
    assert (H1, 2.4e9, None, "USD") in found
    assert (H1_BEFORE, 2.1e9, None, "USD") in found


def test_a_report_stated_in_another_dollar_gives_its_bare_dollar_sign_that_currency():
    found = rows(
        "Highlights for 1H FY25 (all amounts in Canadian dollars):\n"
        "- Revenue of $2.40 billion, up from $2.10 billion in 1H FY24.\n"
    )
    assert (H1, 2.4e9, None, "CAD") in found
    assert all(unit == "CAD" for *_, unit in found)


def test_a_passing_mention_of_another_dollar_changes_nothing():
    found = rows(
        "A weaker Australian dollar helped exports. Revenue for 1H FY25 was $2.40 billion."
    )
    assert found == {(H1, 2.4e9, None, "USD")}


def test_the_companys_known_dollar_reads_a_bare_dollar_sign_unless_the_report_says():
    body = "Revenue for 1H FY25 was $2.40 billion."
    assert rows(body, dollar="NZD") == {(H1, 2.4e9, None, "NZD")}
    stated = "Revenue for 1H FY25 was $2.40 billion (all figures in US dollars)."
    assert rows(stated, dollar="NZD") == {(H1, 2.4e9, None, "USD")}


def test_cents_are_hundredths_of_the_reports_dollar_and_a_range_stays_one_figure():
    found = proposals("Harrow expects FY25 earnings of 30 to 42 cents per share.", dollar="NZD")
    assert [(p.metric, p.value, p.value_high, p.unit) for p in found] == [
        ("earnings per share", 0.3, 0.42, "NZD")
    ]


def test_a_table_row_in_cents_is_money_in_the_reports_dollar():
    found = proposals(
        "Harrow revised its FY25 forecasts (all figures in Australian dollars).\n\n"
        "FY25 forecasts                 Previous forecast    Revised forecast\n"
        "Earnings per share (cents)     30 - 42              35 - 45\n",
    )
    eps = {(p.value, p.value_high, p.unit) for p in found if "per share" in p.metric}
    assert eps == {(0.3, 0.42, "AUD"), (0.35, 0.45, "AUD")}


def test_segments_named_after_a_money_figure_are_its_parts():
    found = {
        (p.entity, p.metric, p.value)
        for p in proposals(
            "Revenue for 1H FY25 was $2.40 billion. Turning to the segments, Sawlogs "
            "delivered $1.50 billion, Pulp $600 million and Panels $300 million."
        )
    }
    assert {v for *_, v in found} == {2.4e9, 1.5e9, 6e8, 3e8}
    assert all(e == NAME for e, _, _ in found)
    assert {m for _, m, v in found if v == 6e8} == {"Pulp revenue"}


def test_a_name_with_a_money_figure_and_no_whole_before_it_is_no_segment():
    assert proposals("Sawlogs delivered $1.50 billion in 1H FY25.") == ()


def test_a_level_compared_with_one_on_another_day_takes_that_day():
    found = rows(
        "The order backlog stood at $8.10 billion on December 31, 2024, up from $7.60 "
        "billion at the end of the previous fiscal year on June 30, 2024."
    )
    assert found == {
        ("2024-12-31/2024-12-31", 8.1e9, None, "USD"),
        ("2024-06-30/2024-06-30", 7.6e9, None, "USD"),
    }


def test_a_level_a_year_earlier_is_the_same_day_a_year_before():
    found = rows(
        "Harrow ended the half with a backlog of $8.10 billion at 31 December 2024, against "
        "$7.20 billion a year earlier."
    )
    assert found == {
        ("2024-12-31/2024-12-31", 8.1e9, None, "USD"),
        ("2023-12-31/2023-12-31", 7.2e9, None, "USD"),
    }


def test_our_named_channel_earning_a_share_of_the_whole_is_a_segment():
    found = {
        p.metric: p.value
        for p in proposals(
            "Revenue for 1H FY25 was $2.40 billion. Our Sawlogs channel earned $1.50 billion "
            "of that and our Pulp & Paper channel $900 million."
        )
    }
    assert found["Sawlogs revenue"] == 1.5e9
    assert found["Pulp & Paper revenue"] == 9e8


def test_a_plan_for_the_year_ending_in_a_month_is_the_year_not_yet_over():
    # stated in February, a plan for "the fiscal year ending in June" is for the coming June
    found = rows("Harrow now expects revenue of $5.10 billion for the fiscal year ending in June.")
    assert found == {("2024-07-01/2025-06-30", 5.1e9, None, "USD")}


def test_a_split_year_running_to_the_end_of_a_month_is_that_year():
    found = rows(
        "For the 2025/26 financial year, which runs to the end of June 2026, Harrow expects "
        "revenue of $5.10 billion to $5.40 billion."
    )
    assert found == {("2025-07-01/2026-06-30", 5.1e9, 5.4e9, "USD")}


def test_a_later_report_stating_its_dollar_restates_earlier_pending_bare_dollars(tmp_path):
    pending = pending_after(
        tmp_path,
        (
            ("2024-08-20", "Harrow said revenue for 1H FY25 would be about $2.40 billion."),
            (
                "2025-02-25",
                "Harrow revenue for 1H FY25 was $2.50 billion (all figures in "
                "New Zealand dollars).",
            ),
        ),
    )
    assert [f["unit"] for f in pending] == ["NZD", "NZD"]


def test_an_earlier_bare_dollar_figure_restated_in_the_named_dollar_is_not_proposed_again(
    tmp_path,
):
    pending = pending_after(
        tmp_path,
        (
            ("2024-11-14", "Harrow expects revenue of $2.40 billion for FY25."),
            (
                "2025-03-20",
                "Harrow now expects revenue of $2.55 billion for FY25, up from $2.40 billion "
                "(all figures in New Zealand dollars).",
            ),
        ),
    )
    found = sorted((f["value"], f["unit"], f["as_of"]) for f in pending)
    # the $2.40 billion once, from the report that first stated it
    assert found == [(2.4e9, "NZD", "2024-11-14"), (2.55e9, "NZD", "2025-03-20")]


def test_a_figure_it_forecast_in_a_month_is_the_statement_that_month_made(tmp_path):
    pending = pending_after(
        tmp_path,
        (
            ("2025-02-06", "Harrow now expects FY25 revenue of $2.55 billion."),
            (
                "2025-08-07",
                "Harrow now expects FY25 revenue of $2.42 billion, down from the $2.55 billion "
                "it forecast in February.",
            ),
        ),
    )
    found = sorted((f["value"], f["as_of"]) for f in pending)
    assert found == [(2.42e9, "2025-08-07"), (2.55e9, "2025-02-06")]


def test_the_companys_nationality_in_an_apposition_is_no_region_of_its_figure():
    found = [
        (p.metric, p.value)
        for p in proposals(
            "Harrow Timber, the Canadian maker of sawn timber, reported revenue of $2.40 "
            "billion for 1H FY25 on Tuesday."
        )
    ]
    assert found == [("revenue", 2.4e9)]


def test_bare_cents_in_a_report_whose_amounts_are_in_euros_are_euro_cents():
    body = (
        "Harrow's EBIT was EUR 38 million in the first half, against €61 million a year"
        " earlier, on revenue of EUR 900 million. Revenue per available seat-kilometre (RASK)"
        " came in at 10.11 cents in the first half."
    )
    got = {p.metric: (p.value, p.unit) for p in proposals(body)}
    # a rate per a hyphenated unit keeps its whole name, never clashing with the revenue
    assert got["revenue per available seat-kilometre"] == (0.1011, "EUR")
    assert got.get("revenue") != (0.1011, "EUR")


def test_bare_cents_beside_a_dollar_sign_stay_the_dollars():
    body = (
        "Harrow's revenue was EUR 900 million in the first half (about $1.0 billion);"
        " revenue per seat was 10.11 cents."
    )
    assert all(p.unit != "EUR" for p in proposals(body) if p.value < 1)


def test_a_dollar_price_of_fuel_beside_many_euro_amounts_leaves_the_cents_in_euros():
    body = (
        "Harrow's EBIT was EUR 38 million in the first half, against €61 million a year"
        " earlier, on revenue of EUR 900 million and costs of €850 million; it hedged fuel at"
        " $720 a tonne. Revenue per available seat-kilometre (RASK) came in at 10.11 cents in"
        " the first half, and the dividend will be 6 US cents."
    )
    got = {(p.value, p.unit) for p in proposals(body)}
    assert (0.1011, "EUR") in got
    assert (0.06, "EUR") not in got
