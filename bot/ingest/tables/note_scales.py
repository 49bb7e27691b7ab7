"""A table's units note written with another language's scale word: "(tis. hl)" (Czech
thousands of hectolitres), "(mil. Kč)" (Czech millions of korunas), "(Mio. EUR)", "(Tsd.
Stück)", "(tys. zł)", "(mld zł)". The note readers know English scales only, so such a note
said nothing and the table's bare numbers were read as written; here its scale word is put
in English ("(thousand hl)") for them to read. Only a bracket's first word is changed, and a
bare "mil" (Spanish and Portuguese thousands) is left alone."""

from __future__ import annotations

import re

# the scale words of notes in other languages, each with its English word (a Czech or
# Slovak "mil." is a million; a Spanish or Portuguese "mil" without its point a thousand,
# never read here)
_WORDS = {
    "tis.": "thousand",
    "tys.": "thousand",
    "tsd.": "thousand",
    "tsd": "thousand",
    "mil.": "million",
    "mio.": "million",
    "mio": "million",
    "mrd.": "billion",
    "mrd": "billion",
    "mld.": "billion",
    "mld": "billion",
    "milj.": "million",
}
# the word opens a bracket (after "in"), and a unit or currency follows it
_OPENING = re.compile(
    r"(?P<open>\(\s*(?:in\s+)?)(?P<word>tis\.|tys\.|tsd\.?|mil\.|mio\.?|mrd\.?|mld\.?|milj\.)"
    r"(?=\s*[^\W\d_])",
    re.IGNORECASE,
)


# Whole scale words of other languages inside a note's brackets ("(en millions de FCFA)",
# "(USD millones)", "(Rp triliun)", "(in Millionen Euro)"), each with its English word; a
# Spanish "miles" only with its "de" ("(miles)" is a distance)
_FULL_WORDS = {
    "milliers": "thousands",
    "milliards": "billions",
    "miles de millones": "billions",
    "miles": "thousands",
    "millones": "millions",
    "milhares": "thousands",
    "milhões": "millions",
    "milhoes": "millions",
    "bilhões": "billions",
    "bilhoes": "billions",
    "migliaia": "thousands",
    "milioni": "millions",
    "miliardi": "billions",
    "tausend": "thousand",
    "millionen": "million",
    "milliarden": "billion",
    "duizend": "thousand",
    "miljoen": "million",
    "miljoenen": "millions",
    "miljard": "billion",
    "miljarden": "billions",
    "ribu": "thousand",
    "juta": "million",
    "miliar": "billion",
    "triliun": "trillion",
    "milyon": "million",
    "milyar": "billion",
    "nghìn": "thousand",
    "triệu": "million",
    "tỷ": "billion",
}
_FULL = re.compile(
    r"(?<![\w])(?P<word>miles\s+de\s+millones|miles(?=\s+de\b)|"
    + "|".join(sorted((w for w in _FULL_WORDS if not w.startswith("miles")), key=len, reverse=True))
    + r")(?![\w])",
    re.IGNORECASE,
)
# the small words of such a note: "en"/"em" (in) opening it, "de"/"d'"/"di" (of) after a scale
_IN = re.compile(r"(?<=\()\s*(?:en|em)\s+(?=\w)", re.IGNORECASE)
_OF = re.compile(
    r"(?P<scale>\b(?:thousand|million|billion|trillion)s?)\s+(?:de\s+|d'|d’|di\s+)",
    re.IGNORECASE,
)
# a currency a note names in its own language: the rupiah's "Rp", Vietnam's "đồng"
_NOTE_SIGNS = {"rp": "IDR", "đồng": "VND", "dong": "VND"}
_SIGN = re.compile(r"(?<![\w])(?P<sign>Rp|đồng)(?![\w])", re.IGNORECASE)
# a scale's letters glued to the euro sign ("M€", "Md€", "k€") or before a Nordic code
# ("MSEK", "TNOK", "MDKK"): the code and its English scale, as the note readers know them
_GLUED = re.compile(
    r"(?<![\w])(?P<scale>k|M|Md|Mds|Mrd)€|(?<![\w])(?P<letter>[TM])(?P<code>SEK|NOK|DKK|EUR|ISK)\b"
)
_GLUED_WORDS = {
    "k": "thousand",
    "t": "thousand",
    "m": "million",
    "md": "billion",
    "mds": "billion",
    "mrd": "billion",
}


def _glued(m: re.Match[str]) -> str:
    """ "M€" -> "EUR million", "MSEK" -> "SEK million"."""
    if m["scale"]:
        return f"EUR {_GLUED_WORDS[m['scale'].lower()]}"
    return f"{m['code']} {_GLUED_WORDS[m['letter'].lower()]}"


def _bracket_in_english(m: re.Match[str]) -> str:
    """One bracketed note with its whole foreign scale words and small words in English."""
    note = _FULL.sub(lambda w: _FULL_WORDS[" ".join(w["word"].lower().split())], m.group())
    # ("(en millions de FCFA)": a French million is spelled as the English one)
    note = _OF.sub(lambda o: o["scale"] + " of ", note)
    if note == m.group():
        return note  # no scale word of another language: its "en" is no note's
    return _SIGN.sub(lambda s: _NOTE_SIGNS[s["sign"].lower()], _IN.sub("in ", note))


def in_english(cell: str) -> str:
    """CELL with a note's foreign scale words put in English: "Beer volume by market (tis.
    hl)" -> "Beer volume by market (thousand hl)", "(en millions de FCFA)" -> "(in millions
    of FCFA)", "(Rp triliun)" -> "(IDR trillion)", "Revenues (M€)" -> "Revenues (EUR
    million)", "Net sales, MSEK" -> "Net sales, SEK million"."""
    cell = _OPENING.sub(lambda m: m["open"] + _WORDS[m["word"].lower()], cell)
    cell = re.sub(r"\([^()\n]*\)", _bracket_in_english, cell)
    return _GLUED.sub(_glued, cell)
