"""A list of brands, each a coined name before a colon and its amount right after, over an
invented drug maker's nine-month memo: what the brand sold, when the line says for when;
a line without a time of its own, a word of the language ("Net debt:", "Dividend:") or the
company's own name is no brand's figure."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.clauses.coined import _coined
from bot.ingest.extract import KnownEntity, extract

MEMO = """Field force memo: nine-month update
Bernina Therapeutics internal memo
2025-10-20

Brand performance:
- Telvamir (telvamab), for lupus: CHF 640 million in Q3 2025, +18% cc.
- Quoraxin: CHF 410 million in the first nine months of 2025.
- Pelunor: CHF 380 million, -4% cc.
- Net debt: CHF 2.1 billion at 30 September 2025.
- Bernina: CHF 9.9 billion in the first nine months of 2025.
"""


def test_a_coined_name_is_no_word_of_the_language():
    assert _coined("Telvamir") and _coined("L-DXd")
    assert not _coined("Dividend") and not _coined("Galaxy") and not _coined("Net")


def test_a_brand_before_a_colon_names_the_amount_after_it():
    entity = KnownEntity("Bernina Therapeutics", ("Bernina",), FiscalCalendar())
    found = extract(MEMO, published=date(2025, 10, 20), entity=entity).proposals
    facts = {(p.value, p.period.iso()): p.metric for p in found}
    assert facts[(640_000_000, "2025-07-01/2025-09-30")] == "Telvamir revenue"
    assert facts[(410_000_000, "2025-01-01/2025-09-30")] == "Quoraxin revenue"
    # no time of its own: unread, never dated by the line before it
    assert not any(v == 380_000_000 for v, _ in facts)
    # the company's own name, a word of the language: no brand
    assert not any(m == "Bernina revenue" or m.startswith("Net debt") for m in facts.values())
