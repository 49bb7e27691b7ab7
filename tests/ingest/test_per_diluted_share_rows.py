"""Kinds of table rows over invented companies: a row of an amount per share that names the
share's kind between ("Net income per diluted share", "AFFO per basic share") is never in
the thousands or millions of its table's note ("(in thousands, except per share amounts)"),
as "Diluted EPS" is not."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

NAME = "Oakvale Storage Trust"
DAY = date(2025, 7, 30)


def test_per_diluted_share_rows_keep_their_dollars():
    text = (
        f"{NAME} reports second quarter 2025 results\nTest Wire\n{DAY.isoformat()}\n\n"
        "Selected financial data (in thousands, except per share amounts)\n\n"
        "                                                 Three months ended June 30,\n"
        "                                                   2025               2024\n"
        "  Total revenues                                $ 212,604          $ 198,115\n"
        "  Net income per diluted share                  $    0.41          $    0.37\n"
        "  AFFO per basic share                          $    0.62          $    0.58\n"
    )
    found = {
        (p.period.iso(), p.value)
        for p in extract(text, published=DAY, entity=KnownEntity(NAME)).proposals
    }
    assert ("2025-04-01/2025-06-30", 212_604_000) in found
    assert ("2025-04-01/2025-06-30", 0.41) in found
    assert ("2024-04-01/2024-06-30", 0.58) in found
    assert not any(v in (410, 370, 620, 580) for _, v in found)
