"""Currency signs written in letters, as the currency's own country writes them: "R14.62bn"
(South African rand), "kr 1.2 billion" (Swedish, Danish or Norwegian krone), "Rp 5 trillion"
(rupiah), "RM845m" (ringgit), "J$2.1 billion" (a dollar sign with its country's letters,
`dollar_signs`), and the same sign over a table's column ("Rm", "R million").

The signs come from babel's CLDR data (each territory's locale and the symbol it writes for
its own currency), kept in `local_signs.json` beside this module (loading every locale
costs seconds; `python -m bot.ingest.local_signs` writes the file again, and a test checks
it is what babel gives). A letter before a number is often no currency ("Q3 2bn", "R2"), so
a sign is read only:

- before an amount with its scale ("R845m", "kr 1.2 billion"); a one-letter sign glued to
  it, never set apart by a space;
- in a report that names the sign's currency somewhere (its code, its name, its country):
  "kr" in a report that says "Swedish" or "SEK" is the krona, in a report that names none of
  the three it is no amount at all (UNNAMED_CURRENCY, which no fact may hold).
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from bot.facts.quantities import CURRENCY_WORDS, currency_names
from bot.ingest.figures import UNNAMED_CURRENCY, Figure
from bot.ingest.press_signs import PRESS_SIGNS

DATA_FILE = Path(__file__).with_name("local_signs.json")
# the report's currencies hold a local sign's currency under this prefix ("local:R": ZAR)
LOCAL_KEY = "local:"
_SCALES = {
    "k": 1e3, "thousand": 1e3,
    "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6,
    "bn": 1e9, "bln": 1e9, "b": 1e9, "billion": 1e9,
    "tn": 1e12, "trillion": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7,
}  # fmt: skip
# ("R1 420 million", "R6 831": thousands set apart by a space, as South African text writes)
# ("Tk 78.42 crore": South Asia's lakhs and crores after a local sign too)
_SCALE_WORDS = "thousand|million|billion|trillion|lakhs?|crores?|mn|mln|bln|bn|tn|cr|k|m|b"
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?![\d,.])|\d+(?:\.\d+)?"


def build() -> dict[str, dict[str, list[str]]]:
    """Each sign in Latin letters a territory writes for its own currency -> the currencies
    written so -> the territories' English names."""
    import datetime

    from babel import Locale
    from babel.localedata import locale_identifiers
    from babel.numbers import get_territory_currencies

    from bot.facts.quantities import _PREFIX_SIGNS
    from bot.ingest.dollar_signs import dollar_signs

    english = Locale("en").territories
    known = {s.lower() for s in _PREFIX_SIGNS}  # ("Rs": the reader knows it already)
    out: dict[str, dict[str, set[str]]] = {}
    for lid in locale_identifiers():
        loc = Locale.parse(lid)
        if loc.territory is None:
            continue
        in_use = get_territory_currencies(loc.territory, datetime.date(2025, 1, 1))
        if not in_use:
            continue
        code = in_use[0]
        sign = loc.currency_symbols.get(code)
        if sign is None or sign == code or sign.lower() in known:
            continue
        if not _written_sign(sign):
            continue
        out.setdefault(sign, {}).setdefault(code, set()).add(english.get(loc.territory, ""))
    for sign, codes in dollar_signs(known).items():  # "J$", "TT$", "RD$"
        for code, lands in codes.items():
            out.setdefault(sign, {}).setdefault(code, set()).update(lands)
    return {
        sign: {code: sorted(n for n in names if n) for code, names in sorted(codes.items())}
        for sign, codes in sorted(out.items())
    }


def _written_sign(sign: str) -> bool:
    """Whether SIGN is one a report writes before an amount in Latin letters or as a sign of
    its own: letters ("kr", "Rp"), a letter and a slash ("S/" of the sol, "B/." of the
    balboa), or one currency symbol ("₺", "₾", "₸"), which no label is written with."""
    return bool(
        re.fullmatch(r"[A-Za-z][A-Za-z.]{0,3}|[A-Z]/\.?", sign)
        or (len(sign) == 1 and unicodedata.category(sign) == "Sc")
    )


def _label_like(sign: str) -> bool:
    """A one-letter sign ("R", "P"), which is a label as often as a currency; a currency
    symbol of one character is none."""
    return len(sign.rstrip(".")) < 2 and sign[:1].isalpha()


# Signs CLDR does not list in letters: the sign itself where the quantity reader knows none
# ("₦671.4 billion", "₱5.2 billion") and the letter a country's press writes for it where a
# font lacks it ("N671.4 billion" for the naira, "P5.2 billion" for the Philippine peso)
_STAND_INS: dict[str, dict[str, list[str]]] = {
    "N": {"NGN": ["Nigeria"]},
    "₦": {"NGN": ["Nigeria"]},
    "P": {"PHP": ["Philippines"]},
    "₱": {"PHP": ["Philippines"]},
}


@functools.cache
def _table() -> dict[str, dict[str, list[str]]]:
    table = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    for sign, codes in (*_STAND_INS.items(), *PRESS_SIGNS.items()):
        for code, lands in codes.items():
            table.setdefault(sign, {}).setdefault(code, lands)
    return table


@functools.cache
def _signs() -> str:
    """The signs as one alternative of a pattern, the longest first ("Rs." before "R"). A
    sign of three letters or more is a sign in any letter case ("KSh", "KSH" for CLDR's
    "Ksh", "TSH" for "TSh"): the press writes its own capitals, and so many letters make no
    label; a shorter one only as written ("Rs" is no "RS")."""
    return "|".join(
        f"(?i:{re.escape(s)})" if _letters(s) >= 3 else re.escape(s)
        for s in sorted(_table(), key=len, reverse=True)
    )


def _letters(sign: str) -> int:
    return sum(c.isalpha() for c in sign)


@functools.cache
def _by_case() -> dict[str, str]:
    return {s.casefold(): s for s in _table() if _letters(s) >= 3}


def _sign(written: str) -> str:
    """A sign as the table writes it ("KSh" -> "Ksh")."""
    return written if written in _table() else _by_case().get(written.casefold(), written)


@functools.cache
def _signed() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w$.,'’])(?P<sign>{_signs()})(?P<gap>\s?)(?P<n>{_NUMBER})"
        rf"(?:\s?[-–]\s?(?P<hi>{_NUMBER}))?\s?"  # ("R3.2-4.2bn": a range in one scale)
        rf"(?P<scale>{_SCALE_WORDS})(?![\w'’])"
    )


@functools.cache
def _signed_price() -> re.Pattern[str]:
    """A local sign before a price with a decimal comma and no scale: "kr 23,10" (a
    translated Nordic report; a comma before two digits groups no thousands)."""
    return re.compile(rf"(?<![\w$.,'’])(?P<sign>{_signs()})\s?(?P<n>\d+,\d{{2}})(?![\d,.]|\s?%)")


@functools.cache
def _signed_plain() -> re.Pattern[str]:
    """A local sign glued to an amount with no scale: a price or an amount per thing ("RM2,982"
    of revenue per patient day, "R634.7" per requisition, "N3,420 a month", "R6 831")."""
    return re.compile(
        rf"(?<![\w$.,'’])(?P<sign>{_signs()})(?P<n>{_NUMBER})"
        rf"(?![\d\w%'’]|[.,]\d|\s?(?:{_SCALE_WORDS})(?![\w'’]))"
    )


def _plain_figures(text: str) -> list[Figure]:
    out = []
    for m in _signed_plain().finditer(text):
        if _label_like(m["sign"]) and re.fullmatch(r"\d+", m["n"]):
            continue  # a one-letter sign before a bare whole number: a label ("R2", "P5")
        number = m["n"].replace(",", "").replace(" ", "")
        out.append(Figure(m.start(), m.end(), m.group(), float(number), UNNAMED_CURRENCY, True))
    return out


def signed_figures(text: str) -> list[Figure]:
    """The amounts written after a local sign, in no currency yet (the report names it)."""
    out = []
    for m in _signed_price().finditer(text):
        if _label_like(m["sign"]):
            continue  # "R 2,50": a letter alone is a label more often than a rand
        value = float(Decimal(m["n"].replace(",", ".")))
        out.append(Figure(m.start(), m.end(), m.group(), value, UNNAMED_CURRENCY, True))
    for m in _signed().finditer(text):
        if _label_like(m["sign"]) and m["gap"]:
            continue  # "R 2m": a letter set apart is a label more often than a rand
        scale = Decimal(int(_SCALES[m["scale"].lower()]))  # (decimal: 14.62bn is exact)
        value = float(Decimal(m["n"].replace(",", "")) * scale)
        high = float(Decimal(m["hi"].replace(",", "")) * scale) if m["hi"] else None
        if high is not None and high <= value:
            continue  # ("R5-2bn": no range)
        out.append(Figure(m.start(), m.end(), m.group(), value, UNNAMED_CURRENCY, True, high))
    return out + [
        f for f in _plain_figures(text) if not any(f.start < g.end and g.start < f.end for g in out)
    ]


def _named(text: str, code: str, territories: list[str]) -> bool:
    """Whether TEXT names the currency: its code or a name of it ("ZAR", "rand"), its
    country ("South Africa", "South African", "Philippine")."""
    words = [*(w for w, c in CURRENCY_WORDS.items() if c == code), *currency_names().get(code, ())]
    named = (rf"\b{_spelt(w)}\b" for w in words if w)
    # ("the Philippine Stock Exchange": a country named in the plural, as an adjective)
    lands = (rf"\b{_spelt(t.removesuffix('s'))}(?:s|n|ns|an)?\b" for t in territories if t)
    return any(re.search(p, text, re.IGNORECASE) for p in (*named, *lands))


def _spelt(name: str) -> str:
    """A pattern of NAME as prose writes it: CLDR's "Trinidad & Tobago" is also "Trinidad
    and Tobago"."""
    return re.escape(name).replace(r"\&", r"(?:&|and)")


def _city_named(text: str, territories: list[str]) -> bool:
    """Whether TEXT names a city the time-zone database names one of TERRITORIES' clocks
    by, as a dateline writes it ("Johannesburg", "Kuala Lumpur"): weaker than naming the
    currency or the country, so asked only when the report names neither."""
    cities = (c for t in territories for c in _zone_cities().get(t, ()))
    return any(re.search(rf"\b{re.escape(c)}\b", text) for c in cities)


def territory_cities(territory: str) -> tuple[str, ...]:
    """The cities the time-zone database names TERRITORY's clocks by ("Pakistan": Karachi)."""
    return _zone_cities().get(territory, ())


@functools.cache
def _zone_cities() -> dict[str, tuple[str, ...]]:
    """Each territory's cities as CLDR's time zones name them ("South Africa": Johannesburg;
    "Malaysia": Kuching, Kuala Lumpur), from babel's data in its wheel."""
    from babel.core import Locale, get_global

    names = Locale("en").territories
    return {
        names[code]: tuple(zone.split("/")[-1].replace("_", " ") for zone in zones)
        for code, zones in get_global("territory_zones").items()
        if code in names
    }


@functools.lru_cache(maxsize=4)
def report_signs(text: str) -> dict[str, str]:
    """The local signs the report writes amounts with, each in the one currency the report
    names for it ("local:R": ZAR in a report that says "rand" or "South Africa")."""
    out: dict[str, str] = {}
    plain = {_sign(m["sign"]) for m in _signed_plain().finditer(text)}
    for sign in {_sign(m["sign"]) for m in _signed().finditer(text)} | _noted_signs(text) | plain:
        # (a country as its press names it too: "Turkish" for CLDR's "Türkiye")
        named = [
            c for c, lands in _table()[sign].items() if _named(text, c, [*lands, *_press_lands(c)])
        ]
        if not named and sign not in _STAND_INS and sign not in PRESS_SIGNS:
            # "10 March 2026 | Johannesburg" over "Revenue (R million)": the dateline's city
            # (a letter standing in for a missing glyph, "N" for the naira, needs more)
            named = [c for c, lands in _table()[sign].items() if _city_named(text, lands)]
        if len(named) == 1:
            out[LOCAL_KEY + sign] = named[0]
    return out


def _press_lands(code: str) -> list[str]:
    """The countries and adjectives the press signs of CODE are read on ("Turkish": TRY)."""
    return [n for codes in PRESS_SIGNS.values() for n in codes.get(code, ())]


def resolved(f: Figure, named: dict[str, str]) -> Figure:
    """F in the currency its local sign stands for in this report, when the report said."""
    if f.unit != UNNAMED_CURRENCY:
        return f
    m = _signed().match(f.text) or _signed_plain().match(f.text)
    code = named.get(LOCAL_KEY + _sign(m["sign"])) if m is not None else None
    return replace(f, unit=code) if code else f


# a table's unit written with a local sign: "Rm", "R million", "R'000", "kr m"
_NOTE_SCALES = {"m": "m", "mn": "m", "million": "m", "bn": "bn", "billion": "bn", "'000": "k"}
_NOTE_SCALES |= {"millions": "m", "billions": "bn"}  # "(RD$ millions)"
_NOTE_SCALES |= {f"'{k}": v for k, v in _NOTE_SCALES.items() if k[0] != "'"}  # "N'billion"


@functools.cache
def _note() -> re.Pattern[str]:
    return re.compile(
        rf"\(?\s*(?P<sign>{_signs()})\s?(?P<scale>'?(?:m|mn|millions?|bn|billions?)|'000)\s*\)?"
    )


def _noted_signs(text: str) -> set[str]:
    """Signs the report writes alone as a column's unit ("Rm" on a line of its own cells)
    or in a row's note ("EBIT (KSh bn)", "ARPU (KSh per month)")."""
    cells = (c.group() for c in re.finditer(r"(?<!\S)\S+(?:\s\S+)?(?!\S)", text))
    alone = {_sign(m["sign"]) for c in cells if (m := _note().fullmatch(c)) is not None}
    labelled = (
        *_label_note().finditer(text),
        *_scale_first_note().finditer(text),
        *_bracketed_note().finditer(text),  # "(amounts in GH¢'000)"
    )
    return alone | {_sign(m["sign"]) for m in labelled}


def coded_note(cell: str, named: dict[str, str]) -> str:
    """ "Rm" in a report whose R is the rand -> "ZAR m", the note the table reader knows
    ("Key figures (J$ millions)" -> "Key figures (JMD m)": a caption's note in brackets);
    any other cell as it is."""
    m = _note().fullmatch(cell.strip())
    code = named.get(LOCAL_KEY + _sign(m["sign"])) if m is not None else None
    if code is not None:
        return f"{code} {_NOTE_SCALES[m['scale'].lower()]}"
    if not named or "(" not in cell:
        return cell

    def coded(n: re.Match[str]) -> str:
        code = named.get(LOCAL_KEY + _sign(n["sign"]))
        scale = _NOTE_SCALES[n["scale"].lower()]
        return n.group() if code is None else f"({n['lead'] or ''}{code} {scale})"

    return _bracketed_note().sub(coded, cell)


def led_in_note(cell: str) -> bool:
    """Whether CELL holds a local sign's note that says first what it covers ("(amounts in
    GH¢'000)"): a note the table's names never hold, taken off the caption as its code."""
    return any(m["lead"] for m in _bracketed_note().finditer(cell))


@functools.cache
def _bracketed_note() -> re.Pattern[str]:
    # ("(amounts in GH¢'000)", "(figures in KSh m)": the note may say what it covers first)
    return re.compile(
        r"\(\s*(?P<lead>(?i:(?:(?:all\s+)?(?:amounts|figures)\s+)?(?:expressed\s+)?in\s+))?"
        rf"(?P<sign>{_signs()})\s?(?P<scale>'?(?:m|mn|millions?|bn|billions?)|'000)\s*\)"
    )


@functools.cache
def _label_note() -> re.Pattern[str]:
    return re.compile(
        rf"(?<=\()\s*(?P<sign>{_signs()})"
        r"(?=\s?(?:'?(?:m|mn|million|bn|billion)|'000)\s*\)|\s*(?:per|/)\s*[\w-]+\s*\))"
    )


def coded_label(label: str, named: dict[str, str]) -> str:
    """ "EBIT, Group (KSh bn)" -> "EBIT, Group (KES bn)", "ARPU (KSh per month)" -> "ARPU
    (KES per month)": a row's note written with the report's local sign, in the code the
    notes of rows are read in; any other label as it is."""

    def coded(m: re.Match[str]) -> str:
        return named.get(LOCAL_KEY + _sign(m["sign"]), m.group())

    def scale_first(m: re.Match[str]) -> str:
        code = named.get(LOCAL_KEY + _sign(m["sign"]))
        return m.group() if code is None else f"({m['scale']} {code})"

    if not named:
        return label
    return _scale_first_note().sub(scale_first, _label_note().sub(coded, label))


@functools.cache
def _scale_first_note() -> re.Pattern[str]:
    """A row's note with its scale before the sign: "Revenue, IAS 29 (mn TL)"."""
    return re.compile(
        rf"\(\s*(?P<scale>mn|mln|m|million|bn|bln|billion|'000)\s+(?P<sign>{_signs()})\s*\)"
    )


def cents_currency(text: str) -> str | None:
    """The currency whose hundredths a report's bare "cents" are: the one its local signs
    stand for, in a report that writes no dollar ("310 cents" beside "R14.62bn")."""
    codes = set(report_signs(text).values())
    if codes:
        return codes.pop() if len(codes) == 1 and "$" not in text else None
    return _main_coded_currency(text) if re.search(r"\bcents\b", text) else None


# an amount's currency written as its code, the euro sign or a dollar sign: "EUR38 million",
# "€820 million", "$720 a tonne"
_CODED_AMOUNT = re.compile(r"(?:\b(?P<code>[A-Z]{3})\s?|(?P<euro>€)\s?|(?P<dollar>\$)\s?)(?=\d)")


def _main_coded_currency(text: str) -> str | None:
    """The currency nearly all of a report's coded amounts are in ("EUR38 million",
    "€820 million" beside one "$720 a tonne" of fuel), whose hundredths its bare "cents"
    are ("10.11 cents" of revenue per seat in a report in euros)."""
    codes = Counter(
        "EUR" if m["euro"] else "$" if m["dollar"] else m["code"]
        for m in _CODED_AMOUNT.finditer(text)
        if m["euro"] or m["dollar"] or m["code"] in _ISO_CODES
    )
    if not codes:
        return None
    code, n = codes.most_common(1)[0]
    if code == "$" or code in _WHOLE_UNITS or "USD" in code:
        return None  # a dollar's cents are read as the dollar's already
    return code if n >= 3 and n >= 0.8 * sum(codes.values()) else None


_ISO_CODES = frozenset(CURRENCY_WORDS.values())
# currencies with no hundredths in use, whose "cents" no report writes
_WHOLE_UNITS = frozenset({"JPY", "KRW", "CLP", "ISK", "VND", "IDR"})


_CENTS_NOTE = re.compile(r"\(\s*(?:in\s+)?cents\s*\)", re.IGNORECASE)


def cents_note(caption: str, text: str) -> tuple[float, str] | None:
    """ "Per share (cents)" over a table in a report whose cents are the rand's: each cell a
    hundredth of a rand."""
    code = cents_currency(text) if _CENTS_NOTE.search(caption) else None
    return (0.01, code) if code is not None else None


def without_cents_note(caption: str) -> str:
    """The caption less its cents note; "Per share (cents)" says only what its rows are in."""
    rest = " ".join(_CENTS_NOTE.sub(" ", caption).split())
    return "" if re.fullmatch(r"(?i:per\s+share)?", rest) else rest


if __name__ == "__main__":
    DATA_FILE.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {DATA_FILE}")
