"""A person named with a courtesy title ("Ms Haddad said", "Mr. Okafor said") is no company:
the figures they give are the reporting company's, while a company named as the subject of
its own figure stays another's. Company, people and sentences invented here."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 3, 5)
FY25 = "2025-01-01/2025-12-31"


def found(sentence: str) -> set[tuple]:
    name = "Delta Mills"
    text = (
        f"{name} full-year call\nMill Wire\n{DAY.isoformat()}\n\n"
        f"{name} held its full-year 2025 results call on Thursday. {sentence}\n"
    )
    out = extract(text, published=DAY, entity=KnownEntity(name, ("Delta",))).proposals
    return {(p.entity, p.period.iso(), p.value) for p in out}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms Haddad said 2025 revenue was EGP 12.4 billion, against EGP 10.1 billion in 2024.",
        "Revenue was EGP 12.4 billion in 2025, Mr. Okafor said.",
        "Dr Lindqvist said revenue reached EGP 12.4 billion in 2025.",
    ],
)
def test_a_person_with_a_courtesy_title_speaks_for_the_company(sentence: str):
    assert ("Delta Mills", FY25, 12.4e9) in found(sentence)


def test_another_company_named_as_its_figures_subject_stays_another():
    rows = found("Hartwell Foods sold 12,000 tonnes of flour in 2025, Ms Haddad said.")
    assert not any(entity == "Delta Mills" and value == 12000 for entity, _, value in rows)
