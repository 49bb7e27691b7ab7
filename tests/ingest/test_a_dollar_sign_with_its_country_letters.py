"""A dollar sign with its country's letters before it ("J$2,140 million", "TT$3.1 billion",
"RD$9,930 million") is that country's currency, in a report that names it. On 5fbc155b
only the signs the quantity reader knew ("US$", "A$", "HK$", "R$") were read, and the
others lost their amounts: the letters glued to "$" hid the figure. Guards: a sign that may
stand for several dollars ("B$": the Bahamas', Bermuda's, Brunei's...) is read only in the
one the report names, and in a report naming none it is no amount."""

from __future__ import annotations

from bot.ingest.local_signs import build
from tests.ingest.invented import OSTRANDER, OSTRANDER_DAY, proposals


def _units(body: str) -> dict[float, str]:
    found = proposals(body, OSTRANDER, OSTRANDER_DAY, "Ostrander Mills results")
    return {p.value: p.unit for p in found if p.unit != "percent"}


def test_letters_before_a_dollar_sign_name_its_country_currency() -> None:
    got = _units(
        "Ostrander Mills, the Jamaican flour miller, said revenue for 2025 rose 7.8% to "
        "J$21,400 million from J$19,850 million a year earlier."
    )
    assert got.get(21_400_000_000) == "JMD"
    assert got.get(19_850_000_000) == "JMD"


def test_a_country_code_before_a_dollar_sign() -> None:
    got = _units(
        "Ostrander Mills, a Trinidad and Tobago company, reported revenue of TT$3.1 billion "
        "for 2025."
    )
    assert got.get(3_100_000_000) == "TTD"  # (CLDR writes the country "Trinidad & Tobago")


def test_a_sign_of_several_dollars_is_the_one_the_report_names() -> None:
    named = _units("Ostrander Mills, based in the Bahamas, had 2025 revenue of B$640 million.")
    assert named.get(640_000_000) == "BSD"
    unnamed = _units("Ostrander Mills had 2025 revenue of B$640 million.")
    assert unnamed.get(640_000_000) in (None, "XXX")


def test_the_dollar_signs_are_in_the_sign_table() -> None:
    table = build()
    assert "JMD" in table["J$"] and "TTD" in table["TT$"] and "DOP" in table["RD$"]
    assert "us$" not in {s.lower() for s in table}  # the quantity reader's own
