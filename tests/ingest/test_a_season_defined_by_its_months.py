"""A season the report defines by its months ("the 2024-25 season (November 2024 – March
2025)") is those months of whichever years the text names a season by: "the 2023-24 season"
later on is November 2023 – March 2024, not the company's fiscal year the bare split year
would be (before, both were read as fiscal years to June). Guards: a bracket giving the
months of a quarter of the season ("the second quarter of the 2025/26 crop year (July to
September 2025)") defines no season, and a report that never defines one keeps the fiscal
year. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

JUNE_YEARS = FiscalCalendar.of("06-30", "end")
NAME = "Tamsin Valley Apples"


def periods(body: str, day: date = date(2025, 4, 10)) -> dict[float, str]:
    text = f"Season report to growers\nTest Corpus\n{day.isoformat()}\n\n{body}\n"
    entity = KnownEntity(NAME, ("Tamsin Valley",), JUNE_YEARS)
    return {p.value: p.period.iso() for p in extract(text, published=day, entity=entity).proposals}


def test_a_season_named_after_its_definition_is_its_months():
    found = periods(
        "The 2024-25 season (November 2024 – March 2025) is over.\n\n"
        "Tamsin Valley sold 2,418,600 boxes in the 2024-25 season, against 2,250,100 boxes "
        "in the 2023-24 season.\n\n"
        "In season 2024-25 Tamsin Valley sold 611,200 boxes to Europe."
    )
    assert found[2_418_600] == "2024-11-01/2025-03-31"
    assert found[2_250_100] == "2023-11-01/2024-03-31"
    assert found[611_200] == "2024-11-01/2025-03-31"


def test_a_quarter_of_a_crop_year_bracketed_defines_no_season():
    # guard
    found = periods(
        "In the second quarter of the 2024/25 crop year (October to December 2024) revenue "
        "was $41.2 million.\n\n"
        "Tamsin Valley sold 2,418,600 boxes in the 2023/24 crop year.",
    )
    assert found.get(2_418_600) != "2023-10-01/2023-12-31"


def test_a_fiscal_year_beside_a_defined_season_stays_the_fiscal_year():
    found = periods(
        "The 2024-25 season (November 2024 – March 2025) is over.\n\n"
        "Tamsin Valley sold 2,250,100 boxes in FY2023-24."
    )
    assert found[2_250_100] == "2023-07-01/2024-06-30"


def test_without_a_definition_a_season_is_never_given_months():
    found = periods(
        "Tamsin Valley sold 2,250,100 boxes in the 2023-24 season (fiscal 2024: 2,250,100)."
    )
    assert found.get(2_250_100) in (None, "2023-07-01/2024-06-30")


def test_a_season_keying_a_bracketed_figure_leaves_the_season_talked_about():
    # "(2023-24 season: ...)" labels the figures in its bracket, as "(2024: ...)" does; the
    # sentence after is about the season the text was talking about (before: the earlier one)
    found = periods(
        "The 2024-25 season (November 2024 – March 2025) is over.\n\n"
        "Tamsin Valley sold 2,418,600 boxes in the 2024-25 season. Europe received 611,200 "
        "boxes, 25.3% of our sales (2023-24 season: 587,300 boxes, 24.9%).\n\n"
        "The average price was US$ 21.40 per box."
    )
    assert found[21.4] == "2024-11-01/2025-03-31"


def test_a_season_the_grammar_reads_whole_takes_the_defined_months():
    # a period reader that reads "the 2023-24 season" whole gives a reference that knows its
    # years (`as_years`); the defined months apply to it as to a bare split year
    from dataclasses import dataclass

    from bot.facts.periods import ExactRef, SplitYearRef
    from bot.ingest.seasons import seasons_named
    from bot.ingest.timing import TimeMention

    @dataclass(frozen=True)
    class WholeSeason:
        first_year: int
        last_year: int

        def as_years(self) -> SplitYearRef:
            return SplitYearRef(self.first_year, self.last_year)

    text = "boxes in the 2023-24 season"
    said = TimeMention(9, 27, text[9:27], "absolute", WholeSeason(2023, 2024))
    (read,) = seasons_named(text, [said], (11, 5))
    assert isinstance(read.ref, ExactRef)
    assert read.ref.period.iso() == "2023-11-01/2024-03-31"
