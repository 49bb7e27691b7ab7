"""An exchange's company announcement wraps its text in a "QUOTE" line and an "UNQUOTE"
line: the article, never a forum's "Quote" button that starts the comments below one."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract
from bot.ingest.layout import analyse

NAME = "Birgu Pharmacies"
DAY = date(2026, 5, 14)
ANNOUNCEMENT = f"""{NAME.upper()} P.L.C. - COMPANY ANNOUNCEMENT BP/12
Test Exchange
{DAY.isoformat()}

COMPANY ANNOUNCEMENT

Approval of the Annual Financial Statements

QUOTE

The Board of Directors of {NAME} p.l.c. approved the financial statements for 2025. Group
revenue for 2025 rose 6.1% to EUR48.3 million.

UNQUOTE

By order of the Board.
"""


def test_the_text_between_quote_and_unquote_is_read():
    found = extract(ANNOUNCEMENT, published=DAY, entity=KnownEntity(NAME)).proposals
    assert (48_300_000, "EUR") in {(p.value, p.unit) for p in found}


def test_a_forums_quote_button_still_ends_the_article():
    page = (
        f"{NAME} results\nTest Forum\n{DAY.isoformat()}\n\n"
        f"{NAME} said revenue for 2025 rose to EUR48.3 million, up 6.1%, and the board "
        "proposed a higher payout to shareholders at the annual meeting in June.\n\n"
        "Reply\nQuote\n\nI think they will reach EUR60 million next year.\n"
    )
    layout = analyse(page)
    assert layout.excluded_from is not None
    assert layout.excluded_from < page.index("I think")
