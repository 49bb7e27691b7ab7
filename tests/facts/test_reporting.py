"""The reporting vocabulary: families by phrase, measures breaking ties, regions."""

import pytest

from bot.facts import reporting


@pytest.mark.parametrize(
    ("phrase", "measure", "family"),
    [
        ("turnover", None, "revenue"),
        ("Top-Line", None, "revenue"),
        ("net sales", "money", "revenue"),
        ("smartphone sales", "units", "units_sold"),
        ("Model 3 deliveries", None, "units_delivered"),
        ("handed over", None, "units_delivered"),
        ("EBIT", None, "operating_profit"),
        ("operating loss", None, "operating_profit"),
        ("order book", None, "backlog"),
        ("earnings per share", None, "eps"),
        ("net income change", None, "growth"),
        ("vehicle sales growth", "percent", "growth"),
        # a figure that is a change already keeps its family, whatever word ends it
        ("comparable sales change", "percent", "comparable_sales"),
        ("like-for-like sales growth", "percent", "comparable_sales"),
        ("motorcycles operating margin (high end)", None, "margin"),
        ("smartphone market share", None, "market_share"),
        # an order's average value, and the share of profit paid out (added 2026-12-05:
        # "average order value" and "payout" had named nothing)
        ("average order value", None, "order_value"),
        ("average basket size", None, "order_value"),
        ("dividend payout ratio", None, "payout_ratio"),
        ("payout", None, "payout_ratio"),
        # a payments company's value moved, said as its value (added 2026-12-07: "total
        # payment value" had named nothing, so "TPV" was no word of it)
        ("total payment value", None, "payment_volume"),
        ("payments value", "money", "payment_volume"),
    ],
)
def test_a_phrase_names_its_family(phrase, measure, family):
    assert reporting.family_of(phrase, measure).key == family


def test_varieties_name_their_family_but_are_not_its_synonyms():
    orders = reporting.family("orders")
    assert reporting.family_of("net orders") == orders
    assert "net orders" in orders.narrower
    assert "net orders" not in orders.words


def test_unrelated_words_name_no_family():
    assert reporting.family_of("headcount of engineers") is None
    assert reporting.families_of(("zzz",)) == ()


def test_every_family_has_a_known_measure_and_finds_its_own_words():
    for fam in reporting.families():
        assert fam.measure in reporting.MEASURES
        for word in (*fam.words, *fam.narrower):
            assert fam in reporting.families_of(word), (fam.key, word)


def test_losses_are_marked():
    assert reporting.is_loss("net loss")
    assert reporting.is_loss("Operating losses")
    assert not reporting.is_loss("net profit")


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("US vehicle sales", ["us"]),
        ("sales in the U.S. and Europe", ["us", "europe"]),
        ("tell us the worldwide figure", ["world"]),
        ("North American deliveries", ["north_america"]),
        ("non-US retail sales", ["international"]),
        ("how many did they sell", []),
    ],
)
def test_regions_in_text(text, regions):
    assert [m.region.key for m in reporting.regions_in(text)] == regions


def test_the_whole_company_is_marked():
    assert reporting.region_of("worldwide").whole
    assert not reporting.region_of("Japan").whole


def test_product_nouns_group_ordinary_names_of_one_kind_of_product():
    assert "aircraft" in reporting.product_nouns("jets")
    assert "motorcycle" in reporting.product_nouns("Bikes")
    assert reporting.product_nouns("revenue") == ()


# The idioms of chat and of the financial press, by family: each names its own family.
@pytest.mark.parametrize(
    ("phrase", "measure", "family"),
    [
        ("consolidated revenue", "money", "revenue"),
        ("group sales", "money", "revenue"),
        ("PBT", "money", "pretax_profit"),
        ("earnings before taxes", "money", "pretax_profit"),
        ("after-tax profit", "money", "net_profit"),
        ("earnings a share", "money", "eps"),
        ("net income per share", "money", "eps"),  # a per-share amount is money too
        ("volume sold", "units", "units_sold"),
        ("unit shipments", "units", "units_shipped"),
        ("customer deliveries", "units", "units_delivered"),
        ("production volume", "units", "units_produced"),
        ("order inflow", "units", "orders"),
        ("remaining performance obligations", "money", "backlog"),
        ("return on sales", "percent", "margin"),
        ("volume share", "percent", "market_share"),
        ("like-for-likes", "percent", "comparable_sales"),
        ("organic growth", "percent", "growth"),
    ],
)
def test_chat_and_press_idioms_name_their_family(phrase, measure, family):
    found = reporting.family_of(phrase, measure)
    assert found is not None and found.key == family


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("South Africa merchandise sales", "country_za"),  # a country, not its continent
        ("Africa merchandise sales", "africa"),
        ("sales in Chile", "country_cl"),
        ("United States revenue", "us"),  # a country the list has keeps its own key
        ("Rest of Africa sales", "rest_of_africa"),  # the continent's other countries
        ("rest of the world revenue", "international"),  # everywhere but home
    ],
)
def test_every_country_and_the_rest_of_a_region_is_a_region(text, key):
    assert [m.region.key for m in reporting.regions_in(text)] == [key]


def test_the_country_list_is_cldrs():
    """countries.json is what `python -m bot.facts.country_names` writes from babel (another
    babel's CLDR may rename a country: then every code must still be one it names)."""
    import babel

    from bot.facts import country_names

    written, now = country_names.load(), country_names.from_babel()
    if babel.__version__ == country_names.written_with():
        assert written == now
        assert country_names.alpha3() == country_names.alpha3_from_babel(now)
    else:
        assert set(written) <= set(now)
    assert country_names.alpha3()["AUS"] == "AU" and set(country_names.alpha3().values()) <= set(
        written
    )


def test_the_vocabulary_kept_between_processes_is_the_one_the_file_gives():
    import marshal

    built = reporting._built()
    kept = reporting._from_plain(marshal.loads(marshal.dumps(reporting._plain(built))))
    assert kept == built
    assert kept.families[0].key == built.families[0].key and kept.regions == built.regions


def test_a_later_process_takes_the_kept_vocabulary_until_the_file_changes(tmp_path, monkeypatch):
    import json
    import shutil

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    data = tmp_path / "reporting.json"
    shutil.copy(reporting.DATA_FILE, data)
    made_from = (*reporting._MADE_FROM[:1], data, *reporting._MADE_FROM[2:])
    monkeypatch.setattr(reporting, "DATA_FILE", data)
    monkeypatch.setattr(reporting, "_MADE_FROM", made_from)
    built = reporting._built

    def new_process(build=built) -> None:
        """A process's own cache of the file (its values read anew) and nothing read yet."""
        monkeypatch.setattr(reporting, "_CACHE", reporting.DiskCache("reporting-test.marshal"))
        monkeypatch.setattr(reporting, "_built", build)
        reporting._vocabulary.cache_clear()

    def refuse():
        raise AssertionError("read from the file, not taken from what was kept")

    try:
        new_process()
        first = reporting._vocabulary()
        reporting._CACHE.save()  # (what its exit does)
        new_process(refuse)
        assert reporting._vocabulary() == first and _label("revenue") == "revenue"
        spec = json.loads(data.read_text(encoding="utf-8"))
        spec["families"]["revenue"]["label"] = "takings"
        data.write_text(json.dumps(spec), encoding="utf-8")
        new_process()
        assert _label("revenue") == "takings"
    finally:
        reporting._vocabulary.cache_clear()


def _label(key: str) -> str:
    return next(f.label for f in reporting.families() if f.key == key)
