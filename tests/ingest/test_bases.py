"""A growth rate's basis written after it, over an invented company: "on a like-to-like
basis", "like-for-like" name the rate apart from the reported one beside it."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract


def _rates(text: str) -> dict[float, str]:
    out = extract(text, published=date(2025, 7, 30), entity=KnownEntity("Corvina Tiles"))
    return {p.value: p.metric for p in out.proposals if p.unit == "percent"}


def test_a_like_to_like_rate_beside_a_reported_one_is_named_by_its_basis():
    rates = _rates(
        "Corvina Tiles said net sales fell 1.8% reported in the second quarter of 2025 but "
        "grew 2.6% on a like-to-like basis."
    )
    assert rates[2.6].startswith("like-to-like") and "like" not in rates[-1.8]


def test_like_for_like_after_the_rate_names_it_too():
    rates = _rates("Corvina Tiles said second-quarter 2025 revenue was up 4.1% like-for-like.")
    assert rates[4.1].startswith("like-for-like")


def test_underlying_is_a_basis_the_metric_keeps():
    out = extract(
        "Corvina Tiles said underlying operating profit came in at EUR 94.9m in 2025.",
        published=date(2026, 2, 1),
        entity=KnownEntity("Corvina Tiles"),
    ).proposals
    assert [p.metric for p in out if p.value == 94.9e6] == ["underlying operating income"]


def test_a_newsletter_writers_own_numbers_are_not_the_companys():
    text = (
        "Corvina Tiles doesn't break out its stone revenue, but I reckon it is about EUR 140m. "
        "At 5.9x my FY26 revenue, it's cheap for a business with a margin heading to 25%."
    )
    out = extract(text, published=date(2025, 7, 16), entity=KnownEntity("Corvina Tiles"))
    assert not any(p.value in (140e6, 25.0) for p in out.proposals)
