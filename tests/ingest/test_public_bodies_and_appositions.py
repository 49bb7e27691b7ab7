"""Figures of someone other than the company, named in ways 3f25a2a read as the company's:
a public body as the clause's subject ("Indonesia's energy ministry has set a national
output quota of about 740 Mt", "The council expects European demand to grow 2% to 3%"),
or set beside a name in apposition ("The Harbour Board of Qessa, the state port authority
whose berths ..., handled 3.9 million tonnes"); and another company that "said it" sold,
with an apposition between its name and the verb ("Daejin Energy, Korea's largest cell
maker, said it shipped 142 GWh"). Guards: the company's own board ("The Board expects"),
a segment named "Government", "government-funded hours" of the company's own revenue."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Bramblewood Cells", ("Bramblewood",), FiscalCalendar.of("12-31", "start"))


def _values(body: str) -> set[float]:
    text = (
        "Bramblewood Cells annual review\nWire\n2031-02-10\n\n"
        f"Bramblewood shipped 80 GWh in 2030.\n\n{body}\n"
    )
    found = extract(text, published=date(2031, 2, 10), entity=ENTITY).proposals
    return {p.value for p in found} - {80}


def test_a_ministry_as_the_subject_is_no_company_fact() -> None:
    body = "Indonesia's energy ministry has set a national output quota of about 740 Mt for 2031."
    assert _values(body) == set()


def test_a_council_s_expectation_is_no_company_fact() -> None:
    assert _values("The council expects European demand to grow 2% to 3% this year.") == set()


def test_a_name_set_beside_a_public_body_is_no_company() -> None:
    body = (
        "The Harbour Board of Qessa, the state port authority whose berths receive our "
        "trains, handled 3.9 million tonnes in 2030."
    )
    assert _values(body) == set()


def test_another_company_said_it_after_an_apposition() -> None:
    body = "Daejin Energy Solution, Korea's largest cell maker, said it shipped 142 GWh in 2030."
    assert _values(body) == set()


def test_the_company_s_board_and_its_own_segments_stay() -> None:
    assert 120_000_000 in _values("The Board expects revenue of $120 million in 2031.")
    assert 41 in _values("Government-funded hours made up 41% of revenue in 2030.")
