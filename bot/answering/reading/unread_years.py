"""A year the question names in a numbering the period grammar does not read ("revenue in
1403", "net profit 1401 vs 1402", of a company counting Iranian years): left out, the
question would be answered with the latest figure held, which is another year's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot import patterns
from bot.facts.periods import PeriodMention

# Four bare digits where a year stands: at the end, or before a word that sets two
# periods side by side; never a count ("1403 stores"), money ("$1,403") or a percentage
_YEAR_LIKE = patterns.compile(
    r"(?<![\w$€£¥₹#.,/-])(?:(?:fy|year)\s*)?(?P<year>1\d{3}|2[1-9]\d{2})"
    r"(?=\s*(?:[?!.,;:)]\s*)*$|\s*[?!,;:)]|\s+(?:vs\.?|versus|and|or|to|against"
    r"|compared|yoy|y/y)\b|(?:\s+in)?\s*%\s*[?!.]*\s*$)"
    # ("h1 1404", "ytd 1404": a part of a year, then the year)
    r"|\b(?:[hq][1-4]|ytd)\s(?P<after_part>1\d{3}|2[1-9]\d{2})\b",
    re.IGNORECASE,
)
# Words before an amount that make it one: a bar ("did sales pass 1500?") or a figure
# named by its value ("the 1403 figure")
_AMOUNT_BEFORE = frozenset(
    "than pass over above below under hit beat top least most about around reach exceed the".split()
)
# The years the grammar reads as the common era's ("2013", "FY1999")
_READ = range(1900, 2100)


def year_unread(text: str, mentions: Sequence[PeriodMention]) -> str | None:
    """The first number TEXT says where a year stands that no period read covers and the
    grammar reads as no year of ours ("1403"), as written; None where there is none."""
    for m in _YEAR_LIKE.finditer(text):
        group = "year" if m["year"] else "after_part"
        before = text[: m.start()].split()[-1:]
        if int(m[group]) in _READ or (before and before[0].lower() in _AMOUNT_BEFORE):
            continue
        if not any(p.start <= m.start(group) < p.end for p in mentions):
            return m[group]
    return None
