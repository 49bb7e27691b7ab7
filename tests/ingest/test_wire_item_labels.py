"""A wire item's label names the figure set against its base, in words no vocabulary has:
"* Q2 visitation 2.31 mln vs 2.08 mln", "Q1 PRIZE PAYOUT RATIO 52.4 PCT VS 51.9 PCT"; the
base is the same quarter a year before. A count in capitals' "T" is tonnes."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity
from bot.ingest.extract import extract as run
from bot.ingest.figures import find_figures

ENTITY = KnownEntity("Sorrel Bay Resorts", ("Sorrel Bay",), FiscalCalendar.of("12-31", "start"))


def _got(body: str) -> set[tuple[str, float, str]]:
    text = f"BRIEF-Sorrel Bay Q2\nWire\n2031-07-28\n\n{body}\n"
    found = run(text, published=date(2031, 7, 28), entity=ENTITY).proposals
    return {(p.metric, p.value, p.period.start.isoformat()) for p in found}


def test_a_wire_label_names_a_count_and_its_base() -> None:
    got = _got("* Q2 guest arrivals 2.31 mln vs 2.08 mln")
    assert got == {
        ("guest arrivals", 2_310_000, "2031-04-01"),
        ("guest arrivals", 2_080_000, "2030-04-01"),
    }


def test_a_wire_label_in_capitals_names_a_rate() -> None:
    got = _got("* Q2 ROOM RETURN RATIO 52.4 PCT VS 51.9 PCT")
    assert ("room return ratio", 52.4, "2031-04-01") in got
    assert ("room return ratio", 51.9, "2030-04-01") in got


def test_an_amount_with_a_wire_label() -> None:
    got = _got("* Q2 spa fees $10.1 mln vs $9.5 mln")
    assert ("spa fees", 10_100_000, "2031-04-01") in got
    assert ("spa fees", 9_500_000, "2030-04-01") in got


def test_a_capital_t_after_a_count_is_tonnes() -> None:
    (f,) = find_figures("Q3 harvest 31,600 T GWT")
    assert (f.value, f.unit) == (31_600, "units")


def test_a_label_and_its_figure_before_a_bracketed_comparative() -> None:
    got = _got("- Q2 guest arrivals 2.31 mln (Q2 2030: 2.08 mln)")
    assert ("guest arrivals", 2_310_000, "2031-04-01") in got


def test_a_label_and_its_figure_before_a_bracketed_change() -> None:
    got = _got("- Q2 ferry crossings 9.87M (+5.2% YoY)")
    assert ("ferry crossings", 9_870_000, "2031-04-01") in got


def test_names_in_a_list_of_changes_are_no_labels() -> None:
    assert not _got("Singapore +0.4%; Jakarta -0.6%; Bangkok +0.2%; Ho Chi Minh City +0.8%.")


def test_a_label_ending_on_a_direction_is_no_label() -> None:
    assert not _got("* Q2 COMPARABLE GUEST ARRIVALS DOWN 1.9 PCT")
