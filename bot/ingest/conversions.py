"""Amounts put in another currency for the reader: never a figure the company reports.

One place for the wording of a conversion, so that the sentence reader (which drops the
converted amount) and the role reader (which drops every amount of a sentence converted as
a whole) agree on what an exchange rate is called.
"""

from __future__ import annotations

import re
from functools import cache

from bot.facts.quantities import currency_names
from bot.ingest.figures import Figure

# the day or basis an exchange rate is taken on: "today's", "year-end", "average"
_RATE_BASIS = (
    r"(?:the\s+)?(?:today['’]s|current|prevailing|period['’]s|day['’]s|latest|spot|closing"
    r"|average|year[\s-]end|period[\s-]end|quarter[\s-]end|month[\s-]end)"
)
# "at today's exchange rate", "at average rates", "using year-end exchange rates"
RATE_PHRASE = rf"(?:at|using)\s+{_RATE_BASIS}\s+(?:average\s+)?(?:exchange\s+|fx\s+)?rates?\b"

# a sentence converted as a whole: "At today's rates the quarter's revenue is about €398
# million", "For readers who think in dollars, ..."
CONVERTED_SENTENCE = re.compile(
    r"\bfor\s+readers\b|\bthink\s+in\b|\b(?:translated|converted)\s+(?:in)?to\b"
    # "Translated at the period's average rate of $1.31 to the pound, ... was £391m"
    r"|\b(?:translated|converted)\s+(?:\w+\s+){0,3}?at\b|\bconvenience\s+translations?\b"
    rf"|\b{RATE_PHRASE}",
    re.IGNORECASE,
)

_APPROX = r"(?:about|around|approx\.?|approximately|roughly|some|nearly|c\.|~|≈)"
# "(about US$62.5 billion)", "(≈ USD 6.6 bn at average rates)": an amount alone in brackets
_BRACKET_OPEN = re.compile(rf"[(\[]\s*(?:{_APPROX}\s*)?$", re.IGNORECASE)
_BRACKET_CLOSE = re.compile(rf"\s*(?:,?\s*{RATE_PHRASE}[^)\]]{{0,20}})?[)\]]", re.IGNORECASE)


def bracketed_conversion(text: str, f: Figure, earlier: list[Figure]) -> bool:
    """F stands alone in brackets after an amount of the same sentence in another currency:
    "NT$1,874.0 billion for the second quarter (about US$62.5 billion)" restates that
    amount, even with words between the two."""
    if f.unit in ("units", "percent"):
        return False
    if not (_BRACKET_OPEN.search(text, max(0, f.start - 20), f.start)):
        return False
    if not _BRACKET_CLOSE.match(text, f.end):
        return False
    money = [e for e in earlier if e.unit not in ("units", "percent") and e.end <= f.start]
    return bool(money) and money[-1].unit != f.unit


# a currency's sign or code: "$", "A$", "US$", "€", "EUR" (an ISO 4217 code in use, as
# currencies.json holds them: "TON" or "MWH" after a slash is a unit, never a currency)
_SIGN = r"(?:[A-Z]{0,3}[$€£¥₩₹])"


@cache
def _currency_sign() -> str:
    codes = "|".join(sorted(currency_names()))
    return rf"(?:{_SIGN}|\b(?:{codes})\b)"


@cache
def _rate_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], str]:
    """An exchange rate written out: one unit of a currency set equal to an amount of
    another ("A$1 = US$0.65", "€1 = £0.87"), an amount over a pair of currencies ("0.87 £/€",
    "1.08 USD/EUR"), an amount per a currency's sign ("R$ 5.38 per US$"). The patterns: the
    words before the right side of '=', after the '1' of its left side, after an amount over
    a pair; and one alternation of all three for a sentence search."""
    sign = _currency_sign()
    one = rf"{sign}\s?1(?:\.0+)?\s*="
    # (a sign after the slash, never an amount: "RMB 1.2 billion/US$167 million")
    pair = rf"\s*{sign}?\s*/\s*{sign}(?!\s?\d)|\s+(?:per|to\s+the)\s+(?:US\s?)?[$€£¥](?![\w$])"
    written = rf"{one}\s*{sign}\s?\d|\d(?:{pair})"
    return (
        re.compile(rf"{one}\s*$"),
        re.compile(rf"\s*=\s*{sign}\s?\d"),
        re.compile(pair),
        written,
    )


def exchange_rate(text: str, f: Figure) -> bool:
    """F is an exchange rate's side, never an amount: the "US$0.65" of "A$1 = US$0.65", the
    "A$1" itself, the "0.87" of "0.87 £/€"."""
    if f.unit == "percent":
        return False
    before, after_one, pair, _ = _rate_patterns()
    return bool(
        before.search(text, max(0, f.start - 12), f.start)
        or (f.value == 1 and after_one.match(text, f.end))
        or pair.match(text, f.end)
    )


def rate_written(text: str) -> bool:
    """The sentence writes an exchange rate out ("At 0.87 £/€, ...")."""
    return re.search(_rate_patterns()[3], text) is not None


# words that put a sentence's amounts in a currency for the reader: "in euro terms", "In US
# dollars, ...", "At ¥150 to the dollar", "for convenience", "at an average rate of 1.27",
# "equal roughly ..."
_CURRENCY_WORD = (
    r"(?:dollars?|euros?|yen|pounds?|sterling|francs?|won|rupees?|yuan|renminbi|kron[aeo]r?"
    r"|reals?|reais|pesos?|rand|ringgit|baht|rupiah|lira|zloty|forint)"
)
_CURRENCY_BASIS = re.compile(
    rf"\bin\s+(?:[A-Za-z.$]{{1,6}}\s+)?{_CURRENCY_WORD}\s+terms\b"
    rf"|(?:^|[.;:]\s+|\n\W*)in\s+(?:US\s+|U\.S\.\s+)?{_CURRENCY_WORD}\s*,"
    rf"|\bat\s+(?:[A-Za-z]{{1,4}}\s)?\S{{1,12}}\s+to\s+(?:the|one|a|1)\s+(?:US\s+|U\.S\.\s+)?{_CURRENCY_WORD}\b"
    r"|\bfor\s+(?:the\s+)?convenience\b"
    r"|\bat\s+an?\s+(?:average\s+|closing\s+|spot\s+)?(?:exchange\s+|fx\s+)?rate\s+of\b",
    re.IGNORECASE,
)
# "9M sales equal roughly US$5.6 billion": a figure said to equal an amount it restates
_EQUALS_ROUGHLY = re.compile(rf"\bequal(?:s|led|ling)?\s+{_APPROX}\s*$", re.IGNORECASE)
_APPROX_BEFORE = re.compile(rf"\b{_APPROX}\s*$|[~≈]\s*$", re.IGNORECASE)


def approximate_conversion(text: str, f: Figure) -> bool:
    """F is an amount given roughly in a sentence that says it puts amounts in a currency
    for the reader ("In euro terms the quarter's sales came to about EUR 3.3 billion", "At
    ¥150 to the dollar, revenue is about US$692 million"): a conversion, never a figure the
    company reports. An exact amount in a second currency stays ("In US dollar terms,
    revenue was US$2,284 million": a company may report in two)."""
    if f.unit in ("units", "percent"):
        return False
    if not _APPROX_BEFORE.search(text, max(0, f.start - 20), f.start):
        return False
    if _EQUALS_ROUGHLY.search(text, max(0, f.start - 30), f.start) or rate_written(text):
        return True  # (an amount given roughly beside a rate written out: "At 0.87 £/€")
    return any(
        m.end() <= f.start
        or m.group().lower().startswith(("at ", "for "))  # a rate said after the amount
        for m in _CURRENCY_BASIS.finditer(text, 0, f.start + 1)
    ) or bool(_CURRENCY_BASIS.search(text, f.end))
