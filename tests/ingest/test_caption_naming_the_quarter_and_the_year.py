"""A table captioned with both its periods ("Fourth quarter and full year 2030 highlights")
over columns of each ("Q4 2030 | Q4 2029 | FY 2030 | FY 2029"): the year's columns are the
years, never the caption's quarter of each year (on 3f25a2a they were, the rows' two
figures for one quarter clashed and most rows were lost), and the caption's words name no
metric ("and full vehicles sold"). Guard: a caption naming only the quarter ("Fiscal fourth
quarter") over year columns still reads that quarter of each year."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Tallowmere Auctions", ("Tallowmere",), FiscalCalendar.of("12-31", "start"))


def _found(caption: str, heads: str) -> set[tuple[str, float, str]]:
    text = (
        "Tallowmere Auctions results\nWire\n2031-02-26\n\n"
        "Tallowmere Auctions today announced its results for 2030.\n\n"
        f"{caption}\n\n"
        f"                                   {heads}\n"
        "Vehicles sold (units)               56,120     54,300    238,400    221,900\n"
        "Adjusted EBITDA ($M)                  21.9       19.8      101.3       88.6\n"
    )
    found = extract(text, published=date(2031, 2, 26), entity=ENTITY).proposals
    return {(p.metric, p.value, f"{p.period.start}/{p.period.end}") for p in found}


def test_the_year_columns_under_a_caption_naming_the_quarter_and_the_year() -> None:
    got = _found(
        "Fourth quarter and full year 2030 highlights", "Q4 2030    Q4 2029    FY 2030    FY 2029"
    )
    assert ("vehicles sold", 238_400, "2030-01-01/2030-12-31") in got
    assert ("vehicles sold", 221_900, "2029-01-01/2029-12-31") in got
    assert ("vehicles sold", 56_120, "2030-10-01/2030-12-31") in got
    assert ("adjusted EBITDA", 101_300_000, "2030-01-01/2030-12-31") in got
    assert not any(metric.startswith("and") for metric, *_ in got)


def test_a_caption_naming_the_quarter_alone_reads_it_in_each_year() -> None:
    got = _found("Fiscal fourth quarter", "FY 2030    FY 2029")
    assert any(period == "2030-10-01/2030-12-31" for *_, period in got)
    assert not any(period == "2030-01-01/2030-12-31" for *_, period in got)
