"""A chat export, over an invented company: the members' messages are claims, never the
company's figures; a forwarded release that names the company is its own words, and its
heading in capitals is no outside speaker's turn."""

from __future__ import annotations

from datetime import date

from bot.ingest.chats import is_chat, official_text
from bot.ingest.extract import KnownEntity, extract

CHAT = """Chat export: "Kestrel Dealers North"
test
2026-02-02

[31/01/26, 9:05:40 PM] Ravi (Agra): my showroom did 412 units in jan, best ever
[31/01/26, 9:06:02 PM] Meena (Kanpur): 412?? we did 380
[01/02/26, 10:12:49 AM] Office (Kestrel Regional Office): *Forwarded*
*KESTREL TRACTORS – SALES PERFORMANCE: JANUARY 2026*
Kestrel Tractors Limited today reported total sales of 52,418 units in January 2026.
[01/02/26, 10:16:20 AM] Meena (Kanpur): my cousin says they will finish the year around 6.5 lakh
"""


def test_only_a_forwarded_text_naming_the_company_is_kept_at_the_same_length():
    assert is_chat(CHAT)
    kept = official_text(CHAT, ["Kestrel Tractors"])
    assert len(kept) == len(CHAT)
    assert "52,418" in kept and "412" not in kept and "6.5 lakh" not in kept
    assert (
        official_text("Revenue rose 5%.\nNothing else.", ["Kestrel"])
        == "Revenue rose 5%.\nNothing else."
    )


def test_members_claims_are_never_proposed_and_the_release_is():
    entity = KnownEntity("Kestrel Tractors", ("Kestrel",))
    values = {p.value for p in extract(CHAT, published=date(2026, 2, 2), entity=entity).proposals}
    assert 52418.0 in values
    assert not values & {412.0, 380.0, 650000.0}
