"""A part's share of a whole told by a copula after a clause or a report opens ("The company
said online sales were about 12% of revenue", "In the quarter, digital was 32.4% of
revenue"), or by a verb of bringing it in or of moving to it ("Charter generated 39% of
revenue", "Charter rose to 82% of revenue"): the part's share. Before, a part in lower case
needed "made up" or "accounted for", and a verb of bringing in was read into the part's
name ("Charter generated share of revenue"). Guards: an article opens no part ("the payout
was 45% of earnings"), nor does the "and" joining the clause. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 11, 5)


def shares(body: str) -> dict[float, str]:
    text = f"Ostrander Mills results\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Ostrander Mills", ("Ostrander",), CALENDAR)
    found = extract(text, published=DAY, entity=entity).proposals
    return {p.value: p.metric for p in found if p.unit == "percent"}


def test_a_reported_copula():
    found = shares("The company said online sales were about 12% of revenue in the third quarter.")
    assert found[12.0] == "online sales share of revenue", found


def test_a_one_word_part_after_a_comma():
    found = shares(
        "The average bag price was $28.60 in the third quarter, and digital was 32.4% of "
        "flour revenue."
    )
    assert found[32.4] == "digital share of flour revenue", found


def test_a_share_moved_to():
    found = shares("Organic flour rose to 18% of flour revenue in the third quarter.")
    assert found[18.0] == "Organic flour share of flour revenue", found


def test_a_verb_of_bringing_in_is_no_part_of_the_name():
    found = shares("Export bakeries generated 39% of flour revenue in the third quarter.")
    assert found[39.0] == "Export bakeries share of flour revenue", found


def test_an_article_opens_no_part():
    # guard
    assert 45.0 not in shares("In the third quarter, the payout was 45% of earnings.")
