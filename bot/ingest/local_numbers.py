"""Amounts written as reports in other languages write them: a decimal comma ("EUR 1,2
billion", "12,5 Mio. Euro", "4,5 %", "1.234,5 million") and a scale word of the report's
own language after the number ("812,4 Mio. €", "R$ 104,9 milhões", "COP 2.38 billones",
"318.7 mln zł", "6,5 Md€"). The quantity reader knows English scales and a decimal point
only, so it reads such an amount as nothing, or as a bare count; these are read here and
replace whatever overlapped them."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from bot.facts.quantities import DOLLAR_SIGNS

if TYPE_CHECKING:
    from bot.ingest.figures import Figure

# English scales, as wires and translated reports write them after a decimal comma
_ENGLISH_SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
}
# Scales in other languages: German (Mio., Mrd.), Portuguese (milhões, bilhões), Spanish
# (millones; "mil millones" a thousand million; a billón is a million million), French
# (milliards), Italian (milioni, miliardi), Dutch (miljoen, miljard), Polish (mln, mld)
_FOREIGN_SCALES = {
    "tsd": 1e3,
    # (Czech writes its million and thousand with a point: "4,70 mil. hl", "812 tis.")
    "mil.": 1e6,
    "tis.": 1e3,
    "mio": 1e6,
    "mrd": 1e9,
    "mia": 1e9,
    "mld": 1e9,
    "milhão": 1e6,
    "milhao": 1e6,
    "milhões": 1e6,
    "milhoes": 1e6,
    "bilhão": 1e9,
    "bilhao": 1e9,
    "bilhões": 1e9,
    "bilhoes": 1e9,
    "trilhão": 1e12,
    "trilhões": 1e12,
    "millón": 1e6,
    "millon": 1e6,
    "millones": 1e6,
    "mil millones": 1e9,
    "billón": 1e12,
    "billon": 1e12,
    "billones": 1e12,
    "milliard": 1e9,
    "milliards": 1e9,
    "milioni": 1e6,
    "miliardi": 1e9,
    "miljoen": 1e6,
    "miljard": 1e9,
    # Vietnamese: "31.860 tỷ đồng" (billions of dong), "1,2 nghìn tỷ", "450 triệu"
    "tỷ": 1e9,
    "nghìn tỷ": 1e12,
    "ngàn tỷ": 1e12,
    "triệu": 1e6,
}
# Mexican and Central American shorthand for a scale and its currency in one word: "$10,050
# mdp" (millones de pesos), "mmdp" (miles de millones: a thousand million), "mdd" (dollars)
_SCALE_AND_CURRENCY = {"mdp": 1e6, "mmdp": 1e9, "mdd": 1e6, "mmdd": 1e9}
# the currency word each stands for: "pesos" is the report's own peso (`home_pesos.py`)
CURRENCY_OF_SCALE = {"mdp": "pesos", "mmdp": "pesos", "mdd": "USD", "mmdd": "USD"}
# A currency named after a Spanish or Portuguese scale: "2,690 millones de pesos", "de dólares"
_OF_CURRENCY = {
    "pesos": "pesos",
    "dólares": "USD",
    "dolares": "USD",
    "euros": "EUR",
    "reais": "BRL",
    "soles": "PEN",
}
_FOREIGN_SCALES.update(_SCALE_AND_CURRENCY)
# A scale's letters written against the euro sign: "212,4 M€", "6,5 Md€", "812 k€"
_GLUED_SCALES = {"k": 1e3, "m": 1e6, "md": 1e9, "mds": 1e9, "mrd": 1e9}
# Currencies written after the amount in the language of their country
_SUFFIX_CURRENCIES = {
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "zł": "PLN",
    "kč": "CZK",
    "reais": "BRL",
    "đồng": "VND",
    "$": "USD",
    "£": "GBP",
    "¥": "JPY",
    "dollar": "USD",
    "dollars": "USD",
    "usd": "USD",
    "pound": "GBP",
    "pounds": "GBP",
    "gbp": "GBP",
}
_PREFIX_SIGNS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY"}


def _words(words) -> str:
    """An alternation of WORDS, longest first, a space matching any run of spaces."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_AMOUNT = re.compile(
    r"(?<![\w.,$])(?<!\d[ \u00a0\u202f])"
    r"(?P<pre>(?:[€$£¥]|(?P<dollar>[A-Z]{1,2})\$|(?P<code>[A-Z]{3}))\s?)?"
    # a decimal comma ("1.234,5", "12,5"; "0,156": a zero before the comma groups no
    # thousands; "1 067,4": spaces grouping them), else points grouping thousands or a
    # decimal point
    r"(?P<n>\d{1,3}(?:[. \u00a0\u202f]\d{3})+,\d{1,2}|\d+,\d{1,2}|0,\d{3,6}"
    r"|\d{1,3}(?:\.\d{3})+|\d+\.\d+"
    # commas grouping thousands, a point the decimal one, as Mexico writes them: read only
    # before a scale word of another language ("$2,690 millones")
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+)"
    r"(?![\d,])\s*"
    rf"(?:(?P<glued>(?i:{_words(_GLUED_SCALES)}))(?=\s?€)"
    rf"|(?P<foreign>(?i:{_words(_FOREIGN_SCALES)}))\.?(?![\w])"
    rf"(?:\s+de\s+(?P<of>(?i:{_words(_OF_CURRENCY)}))(?![\w]))?"
    rf"|(?P<scale>(?i:{_words(_ENGLISH_SCALES)}))(?![\w]))?"
    r"\s*(?P<suf>%|(?i:percent|per\s+cent|zł|kč|reais|đồng|euros?|eur|dollars?|usd|pounds?|gbp)(?!\w)"
    r"|[€$£¥]|[A-Z]{3}(?![\w]))?",
)


# Scales of languages that group thousands with a space, never a point (Polish, Czech):
# "1.634 mld zł" is 1.634 billion, as a report in English with Polish scales writes it
_SPACE_GROUPING = frozenset({"mld", "mil.", "tis."})


def _groups_with_points(m: re.Match[str]) -> bool:
    """The scale word after M's number is of a language that may group thousands with a
    point ("1.320 Mio."): a German, Spanish, Portuguese, Italian, French or Dutch one."""
    word = " ".join((m["foreign"] or m["glued"] or "").lower().split())
    return bool(word) and word not in _SPACE_GROUPING


_COMMA_GROUPS = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?")


def _number(n: str, foreign: bool) -> Decimal:
    """N as written: a comma is the decimal point (points group thousands); without one,
    points group thousands after a scale word of another language ("1.320 Mio.") and are a
    decimal point otherwise ("2.38 billones")."""
    if foreign and _COMMA_GROUPS.fullmatch(n):
        return Decimal(n.replace(",", ""))  # "2,690 millones": Mexico's thousands
    if "," in n:
        return Decimal(re.sub(r"[. \u00a0\u202f]", "", n).replace(",", "."))
    if foreign and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", n):
        return Decimal(n.replace(".", ""))
    return Decimal(n)


def _unit(pre: re.Match[str], suf: str) -> str:
    """The unit a sign or code before the amount, or a word after it, names."""
    if suf.lower() in ("%", "percent") or suf.lower().startswith("per"):
        return "percent"
    if pre["dollar"]:
        return DOLLAR_SIGNS.get(pre["dollar"].lower(), "units")
    written = (pre["pre"] or "").strip()
    if written in _PREFIX_SIGNS:
        return _PREFIX_SIGNS[written]
    if written:
        return written.upper()
    if suf.lower() in _SUFFIX_CURRENCIES:
        return _SUFFIX_CURRENCIES[suf.lower()]
    return suf.upper() if len(suf) == 3 else "units"


def _read(m: re.Match[str]) -> tuple[float, str] | None:
    """(value, unit) of an amount written the local way, or None when M is an amount the
    quantity reader reads as well ("1.5 million", "12") or no amount at all ("1,2")."""
    n, suf = m["n"], (m["suf"] or "").strip()
    local = m["foreign"] or m["glued"] or suf.lower() in ("zł", "kč", "reais")
    if "," not in n and not local:
        return None
    if not (m["foreign"] or m["glued"] or m["scale"] or suf or m["pre"]):
        return None  # "1,2": a list or a thousands group, not a decimal
    if _COMMA_GROUPS.fullmatch(n) and "." in n and not m["foreign"]:
        return None  # "1,234.5 million": the quantity reader's own notation
    if re.fullmatch(r"[1-9]\d{0,2}(?:,\d{3})+", n) and not m["foreign"]:
        return None  # "$1,234 million": thousands grouped as in English
    word = (m["foreign"] or m["glued"] or m["scale"] or "").lower()
    word = " ".join(word.split())
    scale = _FOREIGN_SCALES.get(word) or _GLUED_SCALES.get(word) or _ENGLISH_SCALES.get(word, 1)
    value = _number(n, _groups_with_points(m)) * Decimal(int(scale))
    named = _OF_CURRENCY.get((m["of"] or "").lower()) or CURRENCY_OF_SCALE.get(word)
    if named == "pesos":
        from bot.ingest.figures import UNNAMED_CURRENCY

        return float(value), UNNAMED_CURRENCY  # whose peso: the report's (`home_pesos.py`)
    return float(value), named or _unit(m, suf)


# The low end of a range the scale after its high end covers: "1.320 to 1.380 Mio. €"
_LOW_END = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:\.\d{3})+,\d{1,2}|\d+,\d{1,2}|\d{1,3}(?:\.\d{3})+|\d+\.\d+|\d+)"
    r"\s*(?:to|bis|a|até|–|-)\s*$"
)


def _low_end(text: str, m: re.Match[str], value: float) -> tuple[int, float] | None:
    """(where it starts, its value) of the low end written before the amount M (of VALUE)
    when M is a range's high end in the same notation, else None."""
    if m["pre"] or not (m["foreign"] or m["glued"] or "," in m["n"]):
        return None
    low = _LOW_END.search(text, max(0, m.start() - 24), m.start())
    if low is None or re.search(
        r"\b(?:from|von|de)\s*$", text[max(0, low.start() - 8) : low.start()]
    ):
        return None  # "rose from 8,2 to 9,5 %": a change, no range
    number = _number(low["n"], _groups_with_points(m))
    scale = Decimal(str(value)) / _number(m["n"], _groups_with_points(m))
    low_value = float(number * scale)
    return (low.start(), low_value) if low_value < value else None


def local_amounts(text: str, found: list[Figure]) -> list[Figure]:
    """FOUND with the amounts TEXT writes the local way, each in place of any figure it
    overlaps (a range's two ends as one figure)."""
    from bot.ingest.figures import Figure

    out = list(found)
    for m in _AMOUNT.finditer(text):
        read = _read(m)
        if read is None:
            continue
        value, unit = read
        start, high = m.start(), None
        if (low := _low_end(text, m, value)) is not None:
            (start, value), high = low, value
        word = m.end("foreign") if m["foreign"] else m.end("glued") if m["glued"] else None
        end = m.end() if m["suf"] or unit != "units" else word or m.end("scale") or m.end("n")
        if m["foreign"] and text[end : end + 1] == "." and not m["suf"]:
            end += 1  # "Mio.": the abbreviation's point
        out = [f for f in out if not (f.start < end and start < f.end)]
        out.append(Figure(start, end, text[start:end], value, unit, True, high))
    return out
