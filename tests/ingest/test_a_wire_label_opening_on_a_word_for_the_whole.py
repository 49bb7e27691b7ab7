"""A wire item whose label opens on a word for the whole company ("* Total deposits $49.52
bln at Sept 30", "* Group bookings ...") names the company's own measure: "total" is no
part, as "Europe" is. Before, any region word in the label, the whole's words too, made the
item a part's and nothing was proposed (the test fails on the code before). Invented bank."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

TARAPOTO = KnownEntity("Caja Tarapoto", ("Tarapoto",), CALENDAR)


def found(body: str) -> dict[float, tuple[str, str]]:
    got = proposals(body, TARAPOTO, date(2025, 11, 6), "Caja Tarapoto 3Q25 brief")
    return {p.value: (p.metric.casefold(), p.period.iso()) for p in got}


def test_a_total_label_is_the_companys_own():
    got = found(
        "Caja Tarapoto posted its third-quarter figures on Thursday.\n\n"
        "* Total deposits $12.75 bln at Sept 30\n"
        "* Total assets $19.40 bln at Sept 30\n"
    )
    assert got[12_750_000_000] == ("total deposits", "2025-09-30/2025-09-30")
    assert got[19_400_000_000] == ("total assets", "2025-09-30/2025-09-30")


def test_a_part_in_the_label_is_still_no_figure_of_the_company():
    got = found(
        "Caja Tarapoto posted its third-quarter figures on Thursday.\n\n"
        "* Europe deposits $1.75 bln at Sept 30\n"
    )
    assert not any(name == "deposits" for name, _ in got.values())
