"""A report that states its units in a local dollar sign ("Key figures (J$ millions)",
"FJ$m" over a column) and never writes a US dollar writes its own dollar with a bare "$"
in its prose too. On 5fbc155b the prose's "$312 million" was a US dollar amount, and the
caption's "(J$ millions)" no note of the table's units. Guards:
a report that also writes "US$" keeps its bare "$" as it was; a report noting no local sign
too."""

from __future__ import annotations

from tests.ingest.invented import OSTRANDER, OSTRANDER_DAY, proposals

NOTED = """Ostrander Mills, the Jamaican flour miller, reported its results for 2025.

Key figures (J$ millions)        2025       2024
Revenue                          2,140      1,985

Revenue rose 7.8% to $2,140 million, and net profit was $312 million in 2025.
"""


def _units(body: str) -> dict[float, str]:
    found = proposals(body, OSTRANDER, OSTRANDER_DAY, "Ostrander Mills results")
    return {p.value: p.unit for p in found if p.unit != "percent"}


def test_the_bare_dollar_is_the_noted_one() -> None:
    got = _units(NOTED)
    assert got.get(312_000_000) == "JMD"
    assert got.get(2_140_000_000) == "JMD"
    assert got.get(1_985_000_000) == "JMD"  # the table's, under its caption's note


def test_a_report_that_writes_us_dollars_keeps_its_bare_dollar() -> None:
    got = _units(NOTED + "\nExports were US$41 million.\n")
    assert got.get(312_000_000) == "USD"


def test_no_noted_sign_no_change() -> None:
    got = _units(
        "Ostrander Mills, the Jamaican flour miller, had net profit of $312 million in 2025."
    )
    assert got.get(312_000_000) == "USD"
