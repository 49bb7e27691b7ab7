"""Reports in other styles and other fiscal calendars (tests/ingest/reports/): a press
release (fiscal year ends June 30, named by its end year), a table-like summary in
Markdown, and a news story in HTML with navigation, related links and comments (fiscal
year ends January 31)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.facts.periods import FiscalCalendar
from bot.ingest.documents import read_document
from bot.ingest.extract import KnownEntity, extract
from tests.ingest.conftest import REPORTS


def _facts(name: str, published: date | None, entity: KnownEntity | None) -> tuple[set, object]:
    doc = read_document(REPORTS / name)
    ex = extract(doc.text, published=published or doc.published, entity=entity)
    got = {
        (p.entity, p.metric, p.kind.value, p.period.iso(), p.value, p.unit) for p in ex.proposals
    }
    return got, ex


def test_press_release_with_a_june_fiscal_year():
    got, ex = _facts(
        "northwind_press_release.txt",
        date(2024, 7, 25),
        KnownEntity("Northwind Devices", (), FiscalCalendar.of("06-30", "end")),
    )
    n, q4, fy24 = "Northwind Devices", "2024-04-01/2024-06-30", "2023-07-01/2024-06-30"
    expected = {
        (n, "revenue", "actual", q4, 4.2e9, "USD"),
        (n, "revenue growth", "actual", q4, 12, "percent"),
        (n, "tablets shipped", "actual", q4, 3.1e6, "units"),
        (n, "tablets shipped", "actual", "2023-04-01/2023-06-30", 2.6e6, "units"),
        (n, "net income", "actual", q4, 610e6, "USD"),
        (n, "revenue", "actual", fy24, 15.8e9, "USD"),
        (n, "revenue growth", "actual", fy24, 9, "percent"),
        # "shipped" in the quarter and "sold" in the year are two measures, as stated
        (n, "tablets sold", "actual", fy24, 11.5e6, "units"),
        (n, "tablets sold", "actual", "2022-07-01/2023-06-30", 10.2e6, "units"),
        (n, "revenue", "forecast", "2024-07-01/2025-06-30", 17e9, "USD"),
        (n, "tablets sold", "target", "2024-07-01/2025-06-30", 13e6, "units"),
    }
    assert got == expected  # nothing from "About", "Forward-looking statements", quotes
    assert ex.title.startswith("Northwind Devices Reports")


def test_table_summary_in_markdown():
    got, ex = _facts("contoso_summary.md", date(2024, 10, 24), None)
    assert ex.entity == "Contoso Motors"
    c, q3, q3_ly = "Contoso Motors", "2024-07-01/2024-09-30", "2023-07-01/2023-09-30"
    assert got == {
        (c, "vehicles delivered", "actual", q3, 412000, "units"),
        (c, "vehicles delivered", "actual", q3_ly, 388000, "units"),
        (c, "revenue", "actual", q3, 21.4e9, "USD"),
        (c, "revenue", "actual", q3_ly, 19.9e9, "USD"),
        (c, "operating margin", "actual", q3, 8.1, "percent"),
        (c, "operating margin", "actual", q3_ly, 7.6, "percent"),
        (c, "vehicles delivered", "target", "2024-01-01/2024-12-31", 1.7e6, "units"),
    }


def test_news_story_in_html_drops_navigation_related_links_and_comments():
    doc = read_document(REPORTS / "tailspin_news.html")
    assert doc.published == date(2024, 3, 5)
    for boilerplate in ("Deals: save 20%", "Related Articles", "skyfan", "All rights reserved"):
        assert boilerplate not in doc.text
    got, ex = _facts(
        "tailspin_news.html",
        None,
        KnownEntity("Tailspin Toys", (), FiscalCalendar.of("01-31", "end")),
    )
    t, q4 = "Tailspin Toys", "2023-11-01/2024-01-31"
    assert got == {
        (t, "drones sold", "actual", q4, 2.3e6, "units"),
        (t, "drones sold", "actual", "2022-11-01/2023-01-31", 1.9e6, "units"),
        (t, "revenue growth", "actual", q4, 18, "percent"),
        (t, "revenue", "actual", q4, 1.1e9, "USD"),  # not the analysts' 1.05 billion
        (t, "revenue", "forecast", "2024-02-01/2025-01-31", 4.6e9, "USD"),
        (t, "drones shipped", "actual", "2023-02-01/2024-01-31", 7.4e6, "units"),
    }  # not the rival Wingtip's 900,000 drones: a comparison, not this report's fact
    assert ex.new_entities == ()


@pytest.mark.parametrize(
    "name", ["northwind_press_release.txt", "contoso_summary.md", "tailspin_news.html"]
)
def test_every_quote_is_verbatim(name):
    doc = read_document(REPORTS / name)
    ex = extract(doc.text, published=doc.published or date(2024, 7, 25), entity=None)
    for p in ex.proposals:
        assert p.quote in doc.text
