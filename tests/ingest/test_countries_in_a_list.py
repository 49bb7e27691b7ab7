"""A country's line in a list ("in Spain EUR 287.4 million and in Italy EUR 94.2 million") is
that country's figure, named by it, even where the shared reporting vocabulary does not
list the country. Companies invented here; the case failed on the engine this session
started from (734c82a): the last country's figure had been proposed as the whole
company's revenue."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 2, 19)


def _found(body: str) -> set[tuple[str, float]]:
    text = f"Orvelle Staffing results\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=KnownEntity("Orvelle Staffing", ())).proposals
    return {(p.metric, p.value) for p in found}


def test_each_country_of_a_list_names_its_own_figure():
    found = _found(
        "Fourth-quarter revenue in France was EUR 412.0 million, in Spain EUR 208.5 million "
        "and in Italy EUR 77.9 million."
    )
    assert ("Spain revenue", 208_500_000) in found
    assert ("Italy revenue", 77_900_000) in found
    assert not any(metric == "revenue" for metric, _ in found)
