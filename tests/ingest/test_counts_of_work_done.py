"""Work a company did a number of times over the period, said with the verb of doing before
the count ("we toured 52,300 guests", "placed 74 new scanners", "trained 3,150 new
dentists", "filled 12.6 million prescriptions", "handed over 9 ferries", "admitted 61,200
inpatients"): a flow of its own over the period, named by the things and the verb
("guests toured"), its base compared with it counted the same way. Before, such counts
were dropped as things that were not sold. Guards: corporate doings (events hosted,
patents filed, acquisitions completed) and a rival's work stay out. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 6)
QUARTER = "2025-04-01/2025-06-30"
YEAR_AGO = "2024-04-01/2024-06-30"


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Tolvik Care quarterly letter\nTest Letters\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Tolvik Care", ("Tolvik",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


LEAD = "Tolvik Care reported its results for the second quarter of 2025. "


def test_guests_toured_and_their_base() -> None:
    got = found(LEAD + "We toured 52,300 guests in the quarter, compared with 48,900 a year ago.")
    assert got[52_300] == ("guests toured", QUARTER)
    assert got[48_900] == ("guests toured", YEAR_AGO)


def test_systems_placed() -> None:
    got = found(LEAD + "The company placed 74 new scanners with hospitals in the quarter.")
    assert got[74] == ("scanners placed", QUARTER)


def test_prescriptions_filled() -> None:
    got = found(LEAD + "Our pharmacies filled 12.6 million prescriptions in the quarter.")
    assert got[12_600_000] == ("prescriptions filled", QUARTER)


def test_ferries_handed_over() -> None:
    got = found(LEAD + "The yard handed over 9 ferries in the quarter.")
    assert got[9] == ("ferries delivered", QUARTER)


def test_patients_admitted() -> None:
    got = found(LEAD + "Our hospitals admitted 61,200 inpatients in the quarter.")
    assert got[61_200] == ("inpatients admitted", QUARTER)


def test_dentists_trained() -> None:
    got = found(LEAD + "Tolvik trained 3,150 new dentists on its aligner system in the quarter.")
    assert got[3_150] == ("dentists trained", QUARTER)


def test_corporate_doings_stay_out() -> None:
    # guard
    got = found(
        LEAD + "In the quarter we hosted 14 events, filed 120 patents and completed 3 acquisitions."
    )
    assert not {14, 120, 3} & set(got)


def test_a_rivals_work_stays_out() -> None:
    # guard
    got = found(
        LEAD + "According to industry data, rival chains filled 80.2 million prescriptions."
    )
    assert 80_200_000 not in got
