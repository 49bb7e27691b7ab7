"""A level stated with its reading on an earlier day in brackets, the UK and filing style:
"19 lines in operation at 30 June 2031 (31 December 2030: 17)", "Net debt at 30 June 2031
was £186.3m (31 December 2030: £171.8m)", "Clients at June 30, 2031: 61,240 (June 30,
2030: 58,910)". Each figure is the level on its own day (on 3f25a2a the bracket's number
was lost, the label form proposed nothing, and net debt was read over the half). Guards: a
bracket in another unit ("(31 December 2030: 58%)") is no reading of a count, and a
bracket labelling a period's figure ("Revenue £412m (30 April 2030: £398m)") still reads
no level."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Bramblewood plc", ("Bramblewood",), FiscalCalendar.of("12-31", "start"))


def _found(body: str) -> set[tuple[str, float, str]]:
    text = (
        "Bramblewood plc interim results\nRNS\n2031-08-06\n\n"
        f"Bramblewood results for the half year ended 30 June 2031.\n\n{body}\n"
    )
    found = extract(text, published=date(2031, 8, 6), entity=ENTITY).proposals
    return {(p.metric, p.value, f"{p.period.start}/{p.period.end}") for p in found}


def test_a_count_and_its_bracketed_earlier_day() -> None:
    got = _found("We had 19 lines in operation at 30 June 2031 (31 December 2030: 17).")
    assert ("lines", 19, "2031-06-30/2031-06-30") in got
    assert ("lines", 17, "2030-12-31/2030-12-31") in got


def test_an_amount_at_a_day_and_its_bracket() -> None:
    got = _found("Net debt at 30 June 2031 was £186.3m (31 December 2030: £171.8m).")
    assert ("net debt", 186_300_000, "2031-06-30/2031-06-30") in got
    assert ("net debt", 171_800_000, "2030-12-31/2030-12-31") in got


def test_a_label_with_its_day_before_the_colon() -> None:
    got = _found("Clients at June 30, 2031: 61,240 (June 30, 2030: 58,910)")
    assert ("clients", 61_240, "2031-06-30/2031-06-30") in got
    assert ("clients", 58_910, "2030-06-30/2030-06-30") in got


def test_a_bracket_in_another_unit_is_no_earlier_reading() -> None:
    got = _found("We had 19 lines in operation at 30 June 2031 (31 December 2030: 58%).")
    assert not any(value == 58 for _, value, _ in got)


def test_a_period_s_figure_labelled_by_a_day_reads_no_level() -> None:
    got = _found("Revenue for the half was £412m (30 June 2030: £398m).")
    assert not any(period.split("/")[0] == period.split("/")[1] for *_, period in got)
