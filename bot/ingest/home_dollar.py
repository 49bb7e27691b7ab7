"""The dollar a report's bare "$" is when the report never says so in words: an Australian
REIT's transcript writes "$98.6 million" for its own revenue and "US$38 million" for its
offshore holders, a newsletter heads its table "(A$m)" and writes "$321.70" in its prose.

A bare "$" is read as the US dollar unless the report converts an amount into US dollars
for its readers ("which for our offshore holders is about US$38 million", "roughly US$131
million at today's exchange rate"): its own amounts are then in another dollar, the one the
report points to by

- a dollar sign of that dollar ("A$", "C$", "NZ$", "HK$", "S$");
- a listing on that country's exchange ("(ASX: PSR)", "TSX: GVL");
- its country's name.

Two such dollars pointed to, or none, leave the bare "$" as it was. (A sign or a listing
alone says nothing of the bare "$": a miner listed in Toronto states its costs in US
dollars with a bare "$", a US company prices a Canadian purchase in "C$".)

A report that never writes a US dollar at all ("US$", "USD", "U.S. dollars") and names one
listing ("(ASX: TAC)", "ASX: TAC", "the ASX-listed operator", "listed on the NZX") is in
that exchange's dollar: an exchange's announcement, a chair's address or a trade story
about a listed company states the company's own amounts with a bare "$". A sign or a
country alone still says nothing.
"""

from __future__ import annotations

import re

# a dollar other than the US one -> its signs, its listing exchanges, its country's names
_DOLLARS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "AUD": (("A$", "AU$"), ("ASX",), ("Australia", "Australian")),
    "CAD": (("C$", "CA$", "CDN$"), ("TSX", "TSX-V", "TSXV"), ("Canada", "Canadian")),
    "NZD": (("NZ$",), ("NZX",), ("New Zealand",)),
    "HKD": (("HK$",), ("HKEX", "HKSE", "SEHK"), ("Hong Kong",)),
    "SGD": (("S$",), ("SGX",), ("Singapore", "Singaporean")),
}
_BARE = re.compile(r"(?<![A-Za-z$])\$\s?\d")
_US_WRITTEN = re.compile(r"\bUS\$|\bUSD\b|\bU\.?S\.?\s+dollars?\b", re.IGNORECASE)
_US = r"(?:US\$|USD\s?)\s?\d"
# an amount put into US dollars for the reader: "about US$38 million", "US$131 million at
# today's exchange rate", "for US readers ... US$131 million"
_CONVERTED_TO_US = re.compile(
    rf"\b(?:about|roughly|approximately|around|some|~)\s+{_US}"
    rf"|{_US}[\d.,]*\s*(?:million|billion|m|bn)?\s+at\s+(?:today'?s|current|the\s+current)\s+"
    r"exchange\s+rates?"
    r"|\bfor\s+(?:our\s+)?(?:offshore|overseas|foreign|us|u\.s\.|international)\s+"
    rf"(?:holders|readers|investors|shareholders|securityholders)\b[^.\n]{{0,80}}{_US}",
    re.IGNORECASE,
)


def _sign(sign: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![A-Za-z]){re.escape(sign)}\s?\d|\(\s*{re.escape(sign)}\s?(?:m|mn|bn)\b"
    )


def _listed(exchange: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(exchange)}\s*:\s*[A-Z0-9]{{2,6}}\b")


def _said_listed(exchange: str) -> re.Pattern[str]:
    """A listing said in words: "the ASX-listed operator", "listed on the NZX"."""
    x = re.escape(exchange)
    return re.compile(rf"\b{x}[-\s]listed\b|\blisted\s+on\s+(?:the\s+)?{x}\b")


def _listing_only(text: str) -> str | None:
    """The one dollar whose exchange TEXT names a listing on, in a report with no US dollar."""
    if _US_WRITTEN.search(text):
        return None
    pointed = {
        code
        for code, (_, exchanges, _) in _DOLLARS.items()
        if any(_listed(x).search(text) or _said_listed(x).search(text) for x in exchanges)
    }
    return pointed.pop() if len(pointed) == 1 else None


def _named(name: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(name)}\b")


def home_dollar(text: str) -> str | None:
    """The one dollar other than the US one that TEXT's bare "$" amounts are in, or None."""
    if not _BARE.search(text):
        return None
    if not _CONVERTED_TO_US.search(text):
        return _listing_only(text)
    pointed = {
        code
        for code, (signs, exchanges, names) in _DOLLARS.items()
        if any(_sign(s).search(text) for s in signs)
        or any(_listed(x).search(text) for x in exchanges)
        or any(_named(n).search(text) for n in names)
    }
    return pointed.pop() if len(pointed) == 1 else None
