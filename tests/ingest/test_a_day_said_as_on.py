"""A day written "as on" ("The gold loan book stood at Rs 4,120 crore as on September 30,
2031"), as South Asian reports write "as of", puts a level on that day as "as of" does.
Failed on the engine this session started from (ee4977ea): a ratio "as on" a day had no
period and was left out. Company and wording invented here."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.day_words import as_of_for_as_on
from tests.ingest.invented import KnownEntity, named_and_dated

KOLLAM = KnownEntity("Kollam Gramin Finance", ("Kollam",), CALENDAR)


def test_a_ratio_as_on_a_day_is_that_days() -> None:
    found = named_and_dated(
        "The stage-three asset ratio improved to 1.64 per cent as on September 30, 2031.",
        KOLLAM,
        date(2031, 10, 28),
        "Kollam Gramin Finance Q2 results",
    )
    assert found.get(1.64) == ("stage-three asset ratio", "2031-09-30/2031-09-30"), found


def test_the_words_keep_their_places() -> None:
    text = "Deposits as on 31 March 2032 and as on the day; as one team"
    out = as_of_for_as_on(text)
    assert len(out) == len(text)
    assert out == "Deposits as of 31 March 2032 and as on the day; as one team"
