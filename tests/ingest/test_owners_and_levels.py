"""Whose figure a clause states and what kind of figure it is, one capability per test, over
companies and sentences invented here: names joined by "&" or "and" stay whole, a segment
or banner that opens a clause owns its figure, a part of the year singled out in passing
leaves the paragraph on the year, and a stock counted on a day is a level, not units sold."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

CALENDAR_YEARS = FiscalCalendar.of("12-31", "start")
FY_SEPTEMBER = FiscalCalendar.of("09-30", "end")
DAY = date(2025, 7, 15)
H1 = "2025-01-01/2025-06-30"


def proposals(body: str, *, name="Corran & Finch", cal=CALENDAR_YEARS, day=DAY):
    text = f"{name} update\nTest Wire\n{day.isoformat()}\n\n{body}\n"
    return extract(text, published=day, entity=KnownEntity(name, (), cal)).proposals


def rows(body: str, **kw) -> set[tuple]:
    return {(p.metric, p.period.iso(), p.value, p.unit) for p in proposals(body, **kw)}


def test_a_name_joined_by_an_ampersand_or_and_keeps_every_word():
    found = rows("Gable & Stone revenue was €80m in the first half.")
    assert found == {("Gable & Stone revenue", H1, 80e6, "EUR")}
    found = rows("Gable and Stone revenue was €80m in the first half.")
    assert found == {("Gable and Stone revenue", H1, 80e6, "EUR")}


def test_the_companys_own_name_with_an_ampersand_names_no_part():
    assert rows("Corran & Finch revenue was €300m in the first half.") == {
        ("revenue", H1, 300e6, "EUR")
    }
    assert rows("Corran & Finch Europe revenue was €90m in the first half.") == {
        ("Europe revenue", H1, 90e6, "EUR")
    }


def test_a_segment_opening_the_clause_owns_the_figure_it_leads_with():
    # never the company's revenue: a banner named (with its initials) as the subject
    found = rows("Gable & Stone (G&S) led with revenue of €80m in the first half.")
    assert found == {("Gable & Stone revenue", H1, 80e6, "EUR")}
    found = rows("The Mercer Tools segment posted revenue of €80m in the first half.")
    assert ("revenue", H1, 80e6, "EUR") not in found


def test_the_company_opening_the_clause_still_owns_its_figure():
    assert rows("Corran & Finch posted revenue of €300m in the first half.") == {
        ("revenue", H1, 300e6, "EUR")
    }
    assert rows("In the first half, Europe posted revenue of €90m.") == {
        ("Europe revenue", H1, 90e6, "EUR")
    }


def test_a_quarter_singled_out_in_a_paragraph_about_the_year_leaves_it_on_the_year():
    body = (
        "Revenue for fiscal 2025 was $912 million, compared with $870 million in fiscal 2024. "
        "In the fourth quarter (July through September) revenue was $251 million. "
        "Diluted earnings per share were $2.14, against $1.96 a year earlier."
    )
    found = rows(body, cal=FY_SEPTEMBER, day=date(2025, 11, 20))
    assert ("revenue", "2025-07-01/2025-09-30", 251e6, "USD") in found
    eps = {(period, value) for metric, period, value, _ in found if "per share" in metric}
    assert eps == {("2024-10-01/2025-09-30", 2.14), ("2023-10-01/2024-09-30", 1.96)}


def test_a_quarter_that_opens_a_paragraph_becomes_its_topic():
    body = (
        "Revenue for fiscal 2025 was $912 million.\n\n"
        "In the fourth quarter revenue was $251 million. "
        "Diluted earnings per share were $0.61."
    )
    found = rows(body, cal=FY_SEPTEMBER, day=date(2025, 11, 20))
    assert ("diluted earnings per share", "2025-07-01/2025-09-30", 0.61, "USD") in {
        (m.lower(), p, v, u) for m, p, v, u in found
    } or ("earnings per share", "2025-07-01/2025-09-30", 0.61, "USD") in found


def test_a_stock_counted_on_a_day_is_a_level_with_its_parts():
    found = rows("European dealer inventory stood at 12,300 units at March 31.")
    assert found == {("Europe dealer inventory", "2025-03-31/2025-03-31", 12_300, "units")}
    found = rows(
        "Revenue for the first half was €300m. Dealer inventory ended the half at 20,400 units, "
        "of which 9,100 were in Europe."
    )
    assert ("dealer inventory", "2025-06-30/2025-06-30", 20_400, "units") in found
    assert ("Europe dealer inventory", "2025-06-30/2025-06-30", 9_100, "units") in found
    assert not any("sold" in m for m, *_ in found)


def test_a_change_in_a_stock_on_a_day_is_dated_that_day_never_a_quarter():
    found = rows("Dealer inventory stood at 12,300 units at March 31, down 12% on a year earlier.")
    assert {p for _, p, _, _ in found} == {"2025-03-31/2025-03-31"}


def test_a_stock_compared_with_a_past_year_is_no_running_total():
    found = rows(
        "Revenue for the first half was €300m. Dealer inventory ended the half at 20,400 units, "
        "the leanest position since 2021."
    )
    assert ("dealer inventory", "2025-06-30/2025-06-30", 20_400, "units") in found


def test_an_order_book_glossed_in_brackets_closes_with_a_level_on_its_day():
    found = rows(
        'For next season, the pre-order book ("Early Commit") closed with 8,200 units ordered '
        "by dealers as of June 30, 2025."
    )
    assert found == {("pre-order book", "2025-06-30/2025-06-30", 8_200, "units")}


def test_a_regions_level_never_takes_the_whole_networks_name_as_a_synonym():
    # approving the region's figure must not make the network's total its synonym: the
    # total stated later would be filed as the region's
    (found,) = proposals("North American dealer inventory stood at 12,300 units at March 31.")
    assert found.metric == "North America dealer inventory"
    assert "dealer inventory" not in found.metric_synonyms


def test_a_year_marked_e_is_a_brokers_estimate_not_the_companys_figure():
    assert not proposals("Our view: we raise FY26E revenue to €1,240m and FY27E to €1,310m.")
    assert rows("Corran & Finch expects FY26 revenue of €1,240m.") == {
        ("revenue", "2026-01-01/2026-12-31", 1_240e6, "EUR")
    }


def test_what_a_sentence_about_an_estimate_adds_is_the_estimates_too():
    found = proposals(
        "Our view: we raise FY26E revenue to €1,240m (about US$1.4bn at €0.88 per US$)."
    )
    assert not found


def test_a_products_retail_is_its_retail_sales_and_a_fall_is_negative():
    found = rows(
        "In the first half, e-bike retail was down 4% and cargo bike retail down 9%, while "
        "scooter retail grew 6%."
    )
    assert found == {
        ("e-bike retail sales growth", H1, -4, "percent"),
        ("cargo bike retail sales growth", H1, -9, "percent"),
        ("scooter retail sales growth", H1, 6, "percent"),
    }
