"""Comma-separated data packs pasted into a report (a header naming the metric, region and
unit columns, one column per period), over an invented company; and a consensus the
company quotes beside them, which is the market's view and never its own figure."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind
from bot.facts.periods import FiscalCalendar
from bot.ingest.datapack import pack_proposals, pack_spans
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Corvina Tiles", (), FiscalCalendar.of("12-31", "start"))
PUBLISHED = date(2025, 7, 30)

PACK = """Corvina Tiles: second-quarter data pack
test
2025-07-30

Hi all, the numbers for your models are below.

kpi,segment,unit,2Q25,2Q24,1H25,1H24
tile_volume,Group,million m2,4.12,3.98,8.01,7.77
net_revenue,Group,EUR million,"1,204","1,150","2,310","2,200"
net_revenue,Iberia,EUR million,412,398,,
net_revenue,Eliminations,EUR million,(12),(10),,
gross_margin,Group,%,31.5,30.9,31.2,30.4

For reference only, the consensus we compiled before the call had 2Q25 net revenue at
EUR 1,190 million. These are analysts' numbers, not ours.
"""


def _facts() -> dict[tuple[str, str, float], str]:
    out = extract(PACK, published=PUBLISHED, entity=ENTITY).proposals
    return {(p.period.iso(), p.unit, round(p.value, 3)): p.metric for p in out}


def test_each_filled_cell_is_a_figure_in_its_rows_unit_and_scale_for_its_columns_period():
    facts = _facts()
    assert facts[("2025-04-01/2025-06-30", "EUR", 1204e6)] == "net revenue"
    assert facts[("2024-01-01/2024-06-30", "EUR", 2200e6)] == "net revenue"
    assert facts[("2025-04-01/2025-06-30", "units", 4.12e6)] == "tile volume"
    assert facts[("2025-01-01/2025-06-30", "percent", 31.2)] == "gross margin"


def test_a_part_is_named_by_its_region_and_a_reconciling_line_is_no_part():
    facts = _facts()
    assert facts[("2024-04-01/2024-06-30", "EUR", 398e6)] == "Iberia net revenue"
    assert not any(v in (-12e6, -10e6, 12e6, 10e6) for _, _, v in facts)


def test_the_rows_are_never_read_as_prose_and_the_quoted_consensus_is_not_ours():
    facts = _facts()
    assert ("2025-04-01/2025-06-30", "EUR", 1190e6) not in facts
    start, end = pack_spans(PACK)[0]
    assert PACK[start:end].startswith("kpi,segment,unit")
    assert all(
        p.quote.count(",") >= 5 for p in pack_proposals(PACK, published=PUBLISHED, entity=ENTITY)
    )


def test_a_line_of_commas_with_no_metric_column_is_no_pack():
    text = "name,city,country,phone\nAda,Leeds,UK,0113\n"
    assert pack_spans(text) == []


def test_a_name_that_starts_with_its_trade_is_also_called_by_the_rest():
    from bot.ingest.entities import report_aliases

    assert "Pirenaica" in report_aliases("Cementos Pirenaica reported.", "Cementos Pirenaica")
    assert "Grupo" not in report_aliases("Grupo Alvor reported.", "Grupo Alvor")


SEMICOLON_PACK = """Orbela Glass: quarterly data pack
test
2025-07-30

Format: semicolon-separated values
row;item;2Q25;2Q24;change %
1;Revenue, EUR million;1,204;1,150;4.7
2;Float glass shipments, tonnes;310,500;298,000;4.2
3;Average selling price, EUR per tonne;415;402;3.2
4;Gross margin, %;31.5;30.9;n/m
5;Freight costs, EUR million;88;91;-3.3
6;Capex plan for 2025, EUR million;;

row;item;2025
7;Capex plan for 2025, EUR million;240
"""


def test_a_semicolon_pack_names_its_rows_by_the_label_and_takes_the_unit_after_its_comma():
    out = extract(SEMICOLON_PACK, published=PUBLISHED, entity=ENTITY).proposals
    facts = {(p.period.iso(), p.unit, round(p.value, 3)): p for p in out}
    revenue = facts[("2025-04-01/2025-06-30", "EUR", 1204e6)]
    assert revenue.metric == "revenue" and revenue.quote.startswith("1;Revenue")
    assert facts[("2024-04-01/2024-06-30", "units", 298000)].metric == "float glass shipments"
    assert facts[("2025-04-01/2025-06-30", "EUR", 415)].metric == "average selling price per tonne"
    assert facts[("2024-04-01/2024-06-30", "percent", 30.9)].metric == "gross margin"
    # the numbering column is no metric, and the change column is no period
    assert not any(v in (1.0, 2.0, 4.7, 4.2) for _, _, v in facts)


def test_a_pack_row_of_costs_is_no_figure_and_a_plan_row_is_a_target():
    out = extract(SEMICOLON_PACK, published=PUBLISHED, entity=ENTITY).proposals
    assert not any(p.value in (88e6, 91e6) for p in out)
    plan = next(p for p in out if p.value == 240e6)
    assert plan.kind == Kind.TARGET and plan.period.iso() == "2025-01-01/2025-12-31"
    assert plan.metric == "capex"


def test_a_tail_after_a_comma_that_names_no_unit_stays_in_the_label():
    text = "metric;2Q25;2Q24\nSales, Nordic;412;400\n"
    out = pack_proposals(text, published=PUBLISHED, entity=ENTITY)
    assert {(p.metric, p.unit, p.value) for p in out} == {
        ("sales, Nordic", "units", 412.0),
        ("sales, Nordic", "units", 400.0),
    }


PARTS_PACK = """Orbela Glass: data pack
test
2025-07-30

Format: semicolon-separated values; EUR million unless stated
Divisions: FG = Float Glass; CG = Container Glass

[T2] DIVISIONS, 2Q25
line;division;revenue;adjusted EBITDA
1;FG (Float Glass);612;88
2;CG (Container Glass);401;(12)
3;Eliminations and other;-20;-5
"""


def test_a_pack_of_parts_by_measure_takes_its_captions_period_and_the_stated_unit():
    out = pack_proposals(PARTS_PACK, published=PUBLISHED, entity=ENTITY)
    got = {(p.metric, p.period.iso(), p.value, p.unit) for p in out}
    assert got == {
        ("Float Glass revenue", "2025-04-01/2025-06-30", 612e6, "EUR"),
        ("Float Glass adjusted EBITDA", "2025-04-01/2025-06-30", 88e6, "EUR"),
        ("Container Glass revenue", "2025-04-01/2025-06-30", 401e6, "EUR"),
        ("Container Glass adjusted EBITDA", "2025-04-01/2025-06-30", -12e6, "EUR"),
    }


def test_a_pack_of_parts_with_no_stated_unit_or_no_period_is_not_read():
    assert (
        pack_proposals(
            PARTS_PACK.replace("EUR million unless stated", "n/m"),
            published=PUBLISHED,
            entity=ENTITY,
        )
        == []
    )
    assert (
        pack_proposals(PARTS_PACK.replace(", 2Q25", ""), published=PUBLISHED, entity=ENTITY) == []
    )


MINE_PACK = """Corvina Metals: third-quarter workbook
test
2025-10-30

The workbook's production sheet, as sent to analysts:

Metric,Unit,Q3 2025,Q3 2024
Nickel produced,Mlbs,12.4,11.9
Gold produced,koz,61.2,58.7
All-in sustaining cost,US$/oz sold,1310,1275
"""


def test_a_packs_prefixed_masses_and_prices_per_unit_are_read_in_their_units() -> None:
    entity = KnownEntity("Corvina Metals", (), FiscalCalendar.of("12-31", "start"))
    found = pack_proposals(MINE_PACK, published=date(2025, 10, 30), entity=entity)
    got = {(p.value, p.unit, p.period.start.year) for p in found}
    assert (12_400_000, "units", 2025) in got
    assert (61_200, "units", 2025) in got
    assert (1310, "USD", 2025) in got and (1275, "USD", 2024) in got
