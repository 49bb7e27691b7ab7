"""A fact may state a range ("212,000 to 217,000"): model, store, bundle, quantities, JSON."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from bot.facts.bundle import dump_bundle, parse_bundle
from bot.facts.model import Fact, Kind, Period, Quantity, SalesBotError
from bot.facts.quantities import format_quantity, parse_quantity
from bot.facts.schema import migrations
from bot.facts.store import FactStore

OUTLOOK = (
    "Velora Motors expects to ship 212,000 to 217,000 motorcycles in 2024.\n"
    "It forecasts an operating margin of 6% to 7% for the year."
)


def bundle_data(**fact_changes) -> dict:
    fact = {
        "entity": "Velora Motors",
        "metric": "motorcycles shipped",
        "kind": "forecast",
        "period": "2024-01-01/2024-12-31",
        "value": 212000,
        "value_high": 217000,
        "unit": "units",
        "as_of": "2024-02-01",
        "source": "velora-outlook",
        "quote": "Velora Motors expects to ship 212,000 to 217,000 motorcycles in 2024.",
    }
    fact.update(fact_changes)
    return {
        "entities": [{"name": "Velora Motors"}],
        "sources": [
            {"key": "velora-outlook", "title": "Outlook", "published": "2024-02-01",
             "text": OUTLOOK}
        ],
        "facts": [{k: v for k, v in fact.items() if v is not None}],
    }  # fmt: skip


@pytest.fixture
def empty() -> FactStore:
    s = FactStore.in_memory()
    yield s
    s.close()


def test_a_range_goes_through_the_store_and_back_out_as_a_bundle(empty: FactStore) -> None:
    empty.import_bundle(parse_bundle(bundle_data()), actor="t", scope="shared")
    (view,) = empty.list_facts("shared", entity="Velora Motors")
    assert (view.fact.value, view.fact.value_high) == (212000, 217000)
    assert view.fact.quantity == Quantity(212000, "units", 217000)
    exported = dump_bundle(empty.export_bundle("shared"))["facts"][0]
    assert (exported["value"], exported["value_high"]) == (212000, 217000)


def test_a_bundle_without_value_high_imports_single_figures_unchanged(empty: FactStore) -> None:
    empty.import_bundle(parse_bundle(bundle_data(value_high=None)), actor="t", scope="shared")
    (view,) = empty.list_facts("shared")
    assert view.fact.value_high is None
    assert "value_high" not in dump_bundle(empty.export_bundle("shared"))["facts"][0]


def test_a_range_written_as_two_metrics_still_imports_as_two_facts(empty: FactStore) -> None:
    data = bundle_data(value_high=None, metric="motorcycles shipped (low end)")
    high = {**data["facts"][0], "metric": "motorcycles shipped (high end)", "value": 217000}
    data["facts"].append(high)
    report = empty.import_bundle(parse_bundle(data), actor="t", scope="shared")
    assert report.counts["facts"]["added"] == 2
    values = sorted((v.fact.metric, v.fact.value) for v in empty.list_facts("shared"))
    assert values == [
        ("motorcycles shipped (high end)", 217000),
        ("motorcycles shipped (low end)", 212000),
    ]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"value_high": 200000}, "value_high"),  # below the low end
        ({"value_high": "217,000"}, "value_high"),  # not a number
        ({"value_high": 1e300}, "value_high"),
    ],
)
def test_a_bad_upper_value_is_refused_naming_the_field(changes, field) -> None:
    with pytest.raises(SalesBotError, match=field):
        parse_bundle(bundle_data(**changes))


def test_a_range_reversed_or_too_large_is_refused_on_the_write_path(empty: FactStore) -> None:
    empty.import_bundle(parse_bundle(bundle_data()), actor="t", scope="shared")
    fact = empty.list_facts("shared")[0].fact
    for bad in (1.0, 1e19):
        with pytest.raises(SalesBotError):
            empty.add_fact(replace(fact, id=None, as_of=date(2024, 3, 1), value_high=bad),
                           actor="t")  # fmt: skip
    assert len(empty.list_facts("shared")) == 1


def test_an_edit_can_turn_a_range_into_one_figure(empty: FactStore) -> None:
    empty.import_bundle(parse_bundle(bundle_data()), actor="t", scope="shared")
    fact = empty.list_facts("shared")[0].fact
    view = empty.edit_fact(fact.id, {"value": 215000, "value_high": None}, scope="shared",
                           actor="t")  # fmt: skip
    assert (view.fact.value, view.fact.value_high) == (215000, None)
    empty.undo(scope="shared", actor="t")
    assert empty.fact(fact.id, "shared").fact.value_high == 217000


def test_an_older_store_gains_the_column_on_open(tmp_path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    from sqlite_utils import Database

    db = Database(conn)
    old = [m for m in migrations._migrations if m.name != "m003_value_ranges"]
    migrations._migrations, saved = old, migrations._migrations
    try:
        migrations.apply(db)
    finally:
        migrations._migrations = saved
    conn.close()
    store = FactStore.open(path)
    assert "value_high" in store.db["facts"].columns_dict


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("212,000 to 217,000", Quantity(212_000, "units", 217_000)),
        ("6%–7%", Quantity(6, "percent", 7)),
        ("6% - 7%", Quantity(6, "percent", 7)),
        ("$17-17.5 billion", Quantity(17e9, "USD", 17.5e9)),
        ("500,000 to 1.2 million", Quantity(500_000, "units", 1_200_000)),
        ("-3% to -1%", Quantity(-3, "percent", -1)),
        ("-3.2%", Quantity(-3.2, "percent")),
        ("7% to 7%", Quantity(7, "percent")),
    ],
)
def test_ranges_are_read_and_written_back(text: str, expected: Quantity) -> None:
    q = parse_quantity(text)
    assert q == expected
    assert parse_quantity(format_quantity(q)) == q


def test_ranges_are_written_with_each_end_and_one_unit_word() -> None:
    assert format_quantity(Quantity(212_000, "units", 217_000)) == "212,000 to 217,000 units"
    assert format_quantity(Quantity(6, "percent", 7)) == "6% to 7%"
    assert format_quantity(Quantity(17e9, "USD", 17.5e9)) == "$17 billion to $17.5 billion"


@pytest.mark.parametrize("text", ["9 to 7", "6% to 7 USD", "5 to"])
def test_bad_ranges_are_refused(text: str) -> None:
    with pytest.raises(SalesBotError):
        parse_quantity(text)


def test_the_json_answer_carries_the_upper_value(empty: FactStore) -> None:
    from bot.answering.wording.render import fact_json

    empty.import_bundle(parse_bundle(bundle_data()), actor="t", scope="shared")
    view = empty.list_facts("shared")[0]
    assert fact_json(view)["value_high"] == 217000
    single = empty.edit_fact(view.fact.id, {"value_high": None}, scope="shared", actor="t")
    assert "value_high" not in fact_json(single)


def test_a_fact_is_a_single_figure_by_default() -> None:
    fact = Fact(
        entity="E", metric="m", kind=Kind.ACTUAL, period=Period(date(2024, 1, 1),
        date(2024, 12, 31)), value=1, unit="units", as_of=date(2025, 1, 1), source="s",
        quote="q",
    )  # fmt: skip
    assert fact.value_high is None and fact.quantity == Quantity(1, "units")
