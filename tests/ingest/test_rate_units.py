"""Figures in a unit of flow (barrels or cubic feet a day) or of power (megawatts): named
by what flows or is built and by the unit, the flow and power kept in the unit the text states.
Companies and sentences invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 4, 30)
QUARTER = "2025-01-01/2025-03-31"


def rows(name: str, body: str) -> set[tuple]:
    text = f"{name} first-quarter update\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=KnownEntity(name, (name.split()[0],))).proposals
    return {(p.metric, p.period.iso(), p.value, p.value_high, p.unit) for p in found}


def test_a_flow_written_out_keeps_its_number_in_the_short_unit():
    found = rows(
        "Tallgrass Petroleum",
        "Group output averaged 212 thousand barrels of oil equivalent per day in the first "
        "quarter, and gas output was 640 million cubic feet per day (MMcf/d).",
    )
    assert found == {
        ("total production (kboe/d)", QUARTER, 212.0, None, "units"),
        ("gas output (MMcf/d)", QUARTER, 640.0, None, "units"),
    }


def test_a_part_named_on_its_own_is_a_part_of_the_flow_before_it():
    found = rows(
        "Tallgrass Petroleum",
        "Production came in at 212 kboe/d in the first quarter. "
        "The Wolfcamp Shelf contributed 130 kboe/d in the first quarter.",
    )
    assert ("total production (kboe/d)", QUARTER, 212.0, None, "units") in found
    assert ("Wolfcamp Shelf production (kboe/d)", QUARTER, 130.0, None, "units") in found


def test_a_flow_range_is_one_figure_with_both_ends_in_the_unit():
    found = rows(
        "Tallgrass Petroleum",
        "For 2025 Tallgrass expects production of 205 to 215 kboe/d.",
    )
    assert {(m, v, h) for m, _, v, h, _ in found} == {("total production (kboe/d)", 205.0, 215.0)}


def test_power_keeps_the_unit_its_text_states_and_is_named_by_its_measure():
    found = rows(
        "Skarvik Turbines",
        "Skarvik said order intake in the first quarter was 2.4 gigawatts, up from 1.8 GW a "
        "year earlier. We shipped 1,150 MW and commissioned 980 megawatts in the first quarter.",
    )
    assert ("order intake (GW)", QUARTER, 2.4, None, "units") in found
    assert ("order intake (GW)", "2024-01-01/2024-03-31", 1.8, None, "units") in found
    assert ("shipments (MW)", QUARTER, 1150.0, None, "units") in found
    assert ("commissioning (MW)", QUARTER, 980.0, None, "units") in found


def test_energy_is_a_rate_unit_too_kept_as_written():
    found = rows(
        "Skarvik Turbines",
        "Battery shipments rose to 3.4 GWh in the first quarter, and the storage arm "
        "delivered 410 megawatt hours in the first quarter.",
    )
    assert ("battery shipments (GWh)", QUARTER, 3.4, None, "units") in found
    assert ("deliveries (MWh)", QUARTER, 410.0, None, "units") in found


def test_power_whose_measure_the_words_never_name_is_no_figure_of_ours():
    found = rows(
        "Skarvik Turbines",
        "The regulator's spring tender results came out on Friday: 2,210 MW awarded at an "
        "average of 6.1 cents.",
    )
    assert not any(m.endswith("(MW)") for m, *_ in found)


def test_a_table_row_noting_gigawatts_keeps_gigawatts():
    found = rows(
        "Skarvik Turbines",
        "Key figures\n\n"
        "                               Q1 2025     Q1 2024\n"
        "    Order intake (GW)              2.4         1.8\n"
        "    Storage deliveries (MWh)       610         480\n",
    )
    assert ("order intake (GW)", QUARTER, 2.4, None, "units") in found
    assert ("storage deliveries (MWh)", QUARTER, 610.0, None, "units") in found


def test_power_a_company_has_on_a_day_is_no_flow_of_the_period():
    found = rows(
        "Skarvik Turbines",
        "At 31 March 2025 the group had 1,480 MW of installed capacity in operation.",
    )
    assert not any(m.endswith("(MW)") and p == QUARTER for m, p, *_ in found)


def test_bullets_set_apart_by_two_spaces_and_wrapped_are_items_not_table_rows():
    found = rows(
        "Skarvik Turbines",
        "Highlights\n\n"
        "   •  Order intake of 2.4 GW in the first quarter, up from 1.8 GW\n"
        "      a year earlier\n"
        "   •  Battery shipments of 3.4 GWh in the first\n"
        "      quarter\n",
    )
    assert ("order intake (GW)", QUARTER, 2.4, None, "units") in found
    assert ("battery shipments (GWh)", QUARTER, 3.4, None, "units") in found
