"""Kinds of language over invented companies: what a survey found ("a survey by the
growers' council found that members paid an average of $4.10 per bushel", "A survey of 90
fleet managers showed orders up 6%") is the surveyors' figure, never the company's, while
the company's own figures in the same report are read as before."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

NAME = "Harrowmead Seeds"
DAY = date(2026, 2, 18)


def values(body: str) -> set[float]:
    text = f"{NAME} newsletter\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    return {p.value for p in extract(text, published=DAY, entity=KnownEntity(NAME)).proposals}


def test_a_surveys_findings_are_no_figure_of_the_company():
    found = values(
        "Harrowmead Seeds said revenue rose 7.1% in 2025. A survey by the Prairie Growers "
        "Council found that members paid an average of $4.10 per bushel for seed in the "
        "fourth quarter, down from $4.35 a year earlier. A survey of 90 fleet managers "
        "showed planter orders up 6% in 2025."
    )
    assert 7.1 in found
    assert not found & {4.10, 4.35, 6.0}
