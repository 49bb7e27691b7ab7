"""What a company pays out to its owners: a dividend, a buyback. No figure of its business,
and in prose hard to date (declared, proposed or paid, a comparative of another period, a
net of withholding tax), so left unproposed; save a table's row of a dividend per share,
whose column says the period it was declared for ("Total dividend per share (p) | 50.0 |
48.1"), as results tables state it beside earnings per share."""

from __future__ import annotations

import re

from bot.ingest.model import Proposal

# (capital spending is no payout: reports guide it and people ask for it)
_PAID_OUT = re.compile(r"\b(?:dividends?|div|buy-?backs?)\b", re.IGNORECASE)
_PER_SHARE = re.compile(r"\bper\s+share\b", re.IGNORECASE)


def paid_out(p: Proposal) -> bool:
    """Is P a payout to the owners that stays unproposed?"""
    if not _PAID_OUT.search(p.metric):
        return False
    # (an amount of money, or its change in percent: a row read as a bare count is one
    # whose currency went unread, "(HK cents)")
    return not (p.from_table and _PER_SHARE.search(p.metric) and p.unit != "units")
