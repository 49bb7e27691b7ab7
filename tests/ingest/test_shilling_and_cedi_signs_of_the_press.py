"""The signs East Africa's and Ghana's press write for their currencies, which CLDR does not
list: "UShs 1,920.4 billion" (the shilling's sign with its plural "s"), "KShs 48.2 billion",
"GH¢615.7 million" (a cent sign typed for the cedi's "₵"). Each is the currency in a report
that names its country; before, none was read and the amounts went unproposed. Guard: in a
report that names no such country the sign is no amount. Invented companies (fails on the
code before)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

DAY = date(2025, 3, 20)


def amounts(body: str, name: str) -> set[tuple[float, str]]:
    entity = KnownEntity(name, (name.split()[0],), CALENDAR)
    return {(p.value, p.unit) for p in proposals(body, entity, DAY, f"{name} results")}


def test_a_ugandan_shilling_sign_with_its_plural():
    got = amounts(
        "Kigezi Mobile, Uganda's third operator, said revenue for 2024 rose to UShs 1,920.4 "
        "billion.",
        "Kigezi Mobile",
    )
    assert (1_920.4e9, "UGX") in got


def test_a_kenyan_shilling_sign_with_its_plural():
    got = amounts(
        "Nyandarua Dairies, the Kenyan processor, reported 2024 revenue of KShs 48.2 billion.",
        "Nyandarua Dairies",
    )
    assert (48.2e9, "KES") in got


def test_a_cedi_sign_typed_with_a_cent_sign():
    got = amounts(
        "Volta Crest Bank, a Ghanaian lender, reported profit before tax of GH¢615.7 million "
        "for 2024.",
        "Volta Crest Bank",
    )
    assert (615.7e6, "GHS") in got


def test_no_country_named_no_currency():
    # guard
    got = amounts("Brightwell Tools reported 2024 revenue of UShs 1,920.4 billion.", "Brightwell")
    assert all(unit != "UGX" for _, unit in got)
