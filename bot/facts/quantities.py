"""Numbers with units: read them ("$1.25 billion", "39M", "29.6 percent"), find them in
report text, and write them back so they read the same way again.

Units are "units" (things counted), a three-letter currency code, or "percent".
Arithmetic goes through Decimal so "8.8 million" is 8800000 exactly, not 8799999.999….
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from bot import patterns
from bot.facts.model import Quantity, SalesBotError
from bot.facts.periods import PeriodMention, find_periods
from bot.kept import kept_between_runs

# --------------------------------------------------------------------------- units

# A unit of mass, volume, energy or freight, with an optional qualifier written on to it
# ("kgMS": kilograms of milk solids).
_MEASURES = (
    r"(?:kg|kgs|kilo(?:gram|tonne)?s?|tonnes?|tons?|mt|lbs?|litres?|liters?|hl|hectoliters?"
    r"|hectolitres?|barrels?|bbls?|boe|[kMGT]Wh|[kMGT]W|TEUs?|ounces?|oz|m3|bushels?"
    # (power and stored data: "capacity in MW", "data traffic in petabytes")
    r"|(?:kilo|mega|giga|tera)watts?|(?:giga|tera|peta|exa)bytes?"
    # ("cubic metres"; never "meters", which may be what was sold: smart meters)
    r"|metres?|cubic"
    # scaled forms written as one word: thousand or million ounces, hectolitres, tonnes
    r"|[kKmM]oz|[kKmM]hl|kt|Mt|mmbbls?|[kKmM]boe|mmboe)"
)
# (a bare "t" after a figure is tonnes, "6,180 t"; as a word of a question it would read
# "TV" as tonnes qualified "v", so it is a unit only here)
MEASURE_UNIT = patterns.compile(rf"\s*(?P<unit>{_MEASURES}(?:[A-Z]{{1,3}})?|t)(?![\w-])")
_MEASURE_WORD = patterns.compile(
    rf"(?P<base>{_MEASURES})(?P<qualifier>[a-z]{{0,3}})", re.IGNORECASE
)


def measure_unit(word: str) -> tuple[str, str] | None:
    """(the unit, its qualifier) when WORD is a unit of mass, volume, energy or freight
    ("kgms" -> ("kg", "ms"), "tonnes" -> ("tonnes", "")), else None. Such a unit says
    how a figure was measured, not what was counted."""
    m = _MEASURE_WORD.fullmatch(word)
    if m is None or re.search(r"[aeiouy]", m["qualifier"], re.IGNORECASE):
        return None  # a qualifier is letters of an abbreviation ("MS"): "boeing" is no boe
    return m["base"], m["qualifier"]


# fmt: off
_UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "units": (
        "unit", "units", "phone", "phones", "smartphone", "smartphones", "handset",
        "handsets", "device", "devices", "tablet", "tablets", "console", "consoles",
        "camera", "cameras", "tv", "tvs", "television", "televisions", "pc", "pcs",
        "piece", "pieces", "item", "items",
    ),
    "percent": ("%", "percent", "per cent", "pct"),
    "USD": (
        "$", "us$", "usd", "dollar", "dollars", "us dollar", "us dollars", "u.s. dollars",
        "buck", "bucks",
    ),
    "JPY": ("¥", "￥", "yen", "jpy", "japanese yen", "円"),
    "EUR": ("€", "eur", "euro", "euros"),
    "GBP": ("£", "gbp", "pound", "pounds", "pounds sterling", "sterling", "quid"),
    "KRW": ("₩", "won", "krw", "korean won", "원"),
    "CNY": ("yuan", "rmb", "cny", "renminbi", "chinese yuan", "元"),
    "INR": ("₹", "inr", "rupee", "rupees", "indian rupees", "rs", "rs."),
    "CHF": ("chf", "swiss franc", "swiss francs"),
    "CAD": ("c$", "cad", "canadian dollar", "canadian dollars"),
    "AUD": ("a$", "aud", "australian dollar", "australian dollars"),
    "NZD": ("nz$", "nzd", "new zealand dollar", "new zealand dollars"),
    "HKD": ("hk$", "hkd", "hong kong dollars"),
    "TWD": ("nt$", "twd", "new taiwan dollars"),
    "SGD": ("s$", "sgd", "singapore dollars"),
    "BRL": ("r$", "brl", "reais", "brazilian real", "brazilian reais"),
    # ("44.8 billion CFA francs": the Central African franc's, unless the report's
    # countries say the West African one, `bot.ingest.cfa_francs`)
    "XAF": ("cfa franc", "cfa francs"),
}
# fmt: on
_UNIT_OF: dict[str, str] = {word: unit for unit, words in _UNIT_WORDS.items() for word in words}


_CURRENCY_NAMES: dict[str, list[str]] = {}  # code -> its names, from the one read below


# A currency's symbol as its own countries write it, one lower-case word ("rm": MYR, "rp":
# IDR), read only where a question asks "in RM" (currency_table.py)
LOCAL_SYMBOLS: dict[str, str] = {}


def _add_world_currencies() -> None:
    """Every currency in use, from babel's CLDR data (currency_table.py): its names, the
    one-word forms a question may use ("sek", "msek", "kronor") and its symbol ("R$").
    The hand list above comes first: "$" is the U.S. dollar, "yuan" the renminbi."""
    table = json.loads(_CURRENCY_FILE.read_text(encoding="utf-8"))
    for code, known in table.items():
        _CURRENCY_NAMES[code] = known["names"]
        symbol = [known["symbol"]] if known["symbol"] else []
        for word in (*known["names"], *known["words"], *symbol):
            _UNIT_OF.setdefault(word.lower(), code)
        for word in known.get("local", ()):
            if word not in _UNIT_OF:
                LOCAL_SYMBOLS[word] = code


_CURRENCY_FILE = Path(__file__).with_name("currencies.json")


def currency_names() -> dict[str, list[str]]:
    """Each currency code's names in use ("mexican peso", "mexican pesos")."""
    return _CURRENCY_NAMES


_add_world_currencies()
# One-word names of currencies ("yen", "nzd", "euros"): what a question names a unit by
CURRENCY_WORDS: dict[str, str] = {
    word: unit
    for word, unit in _UNIT_OF.items()
    if unit not in ("units", "percent") and word.isalpha()
}
# Currency signs of one character other than the dollar's ("£", "€", "₹"): each names
# its currency wherever it is written ("revenue growth in £")
CURRENCY_SIGNS: dict[str, str] = {
    word: unit
    for word, unit in _UNIT_OF.items()
    if len(word) == 1 and not word.isalnum() and word not in "%$"
}
# Dollar signs by what is written before the "$" ("" for a bare one, "c" for "C$"): each
# country's dollar
DOLLAR_SIGNS: dict[str, str] = {
    word.removesuffix("$"): unit
    for word, unit in _UNIT_OF.items()
    if word.endswith("$") and unit != "units"
}
_CODE = patterns.compile(r"[a-z]{3}")
# "php10.55", "usd10": a currency's code written against an amount
_CODE_GLUED = patterns.compile(r"(?P<code>[a-z]{3})\d[\d.,]*")


def code_glued_to_amount(word: str) -> bool:
    """Is WORD an amount with its currency's code against it ("Php10.55", as `find_quantities`
    reads "Php10.55 billion")?"""
    glued = _CODE_GLUED.fullmatch(word.lower())
    return glued is not None and _UNIT_OF.get(glued["code"]) not in (None, "units", "percent")


# Written before the number; the well-known four are also how amounts are written back.
_SYMBOLS = {"USD": "$", "JPY": "¥", "EUR": "€", "GBP": "£"}


def normalize_unit(text: str) -> str:
    """ "phones" -> "units", "$"/"dollars" -> "USD", "%" -> "percent", "chf" -> "CHF"."""
    key = " ".join(text.strip().lower().split())
    if key in _UNIT_OF:
        return _UNIT_OF[key]
    if _CODE.fullmatch(key):
        return key.upper()  # any other ISO 4217-looking code
    raise SalesBotError(f"unknown unit {text!r}: use units, a currency code like USD, or percent")


# ------------------------------------------------------------------------- grammar

_SCALES: dict[str, Decimal] = {
    "k": Decimal(10**3), "thousand": Decimal(10**3),
    "m": Decimal(10**6), "mn": Decimal(10**6), "mln": Decimal(10**6), "million": Decimal(10**6),
    "b": Decimal(10**9), "bn": Decimal(10**9), "bln": Decimal(10**9), "billion": Decimal(10**9),
    "t": Decimal(10**12), "tn": Decimal(10**12), "trillion": Decimal(10**12),
    # the Indian numbering system: a lakh is 100,000, a crore ten million
    "lakh": Decimal(10**5), "lakhs": Decimal(10**5), "lac": Decimal(10**5),
    "crore": Decimal(10**7), "crores": Decimal(10**7), "cr": Decimal(10**7),
    "lakh crore": Decimal(10**12),
    # East Asian reports count in myriads, even in English: "482億円" is 48.2 billion yen,
    # "1,234억 원" 123.4 billion won (万/만 ten thousand, 億/억 a hundred million, 兆/조 a
    # trillion)
    "万": Decimal(10**4), "億": Decimal(10**8), "兆": Decimal(10**12),
    "만": Decimal(10**4), "억": Decimal(10**8), "조": Decimal(10**12),
}  # fmt: skip

# Units of area and length a name or a bracket may give ("land bank (sq m)", "trading space
# (m²)"), and a currency's symbol may spell ("KM", Bosnia's convertible mark)
AREA_AND_LENGTH = frozenset("sq m ft sqm sqft hectare hectares ha acre acres km mi".split())


def scale_of(word: str) -> Decimal | None:
    """The multiplier a scale word stands for ("bn": 10**9, "lakh": 10**5), or None."""
    return _SCALES.get(word.lower())


# The words of a scale alone, as people say them ("how many crore", "millions of units").
SCALE_WORDS = frozenset(w for w in _SCALES if " " not in w) | {
    "thousands",
    "millions",
    "billions",
    "trillions",
}


def _alternation(words: list[str]) -> str:
    """Longest first, so "us dollars" wins over "us"; spaces match any whitespace."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


# (and the Indian grouping of lakhs and crores: "1,48,512", "12,34,56,789")
_NUMBER = (
    r"(?P<num>\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d+(?:\.\d+)?|\.\d+)"
)
_SIGN = "-−+"
# (and "Rs": the rupee's abbreviation, written before the amount like a sign)
_PREFIX_SIGNS = [w for w in _UNIT_OF if not w.isalpha() and w != "%" and " " not in w] + ["rs"]


@kept_between_runs("facts/currencies.json")  # (writing them out took ~1.2 ms of each start)
def _amount_patterns() -> tuple[str, str]:
    """The sources of _STRICT and _FIND: every unit word and sign as an alternation."""
    scale = rf"(?P<scale>{_alternation(list(_SCALES))})(?![a-z])"
    prefix_signs = _PREFIX_SIGNS
    # Codes written before the number ("USD 1.25 billion"); free text only knows listed ones.
    known_codes = [w for w in _UNIT_OF if _CODE.fullmatch(w) and _UNIT_OF[w] != "percent"]
    suffix_words = [w for w in _UNIT_OF if w not in prefix_signs]
    strict = (
        rf"(?P<sign>[{_SIGN}])?\s*(?P<pre>{_alternation(prefix_signs)}|[a-z]{{3}}(?=\s*[{_SIGN}]?\s*[\d.]))?"
        rf"\s*(?P<sign2>[{_SIGN}])?\s*{_NUMBER}\s*(?:{scale})?\s*(?P<suf>.*?)"
    )
    find = (
        rf"(?<![\w.,/:'‘’#$€£¥￥₩₹{_SIGN}])"
        # (a code glued to its number too: "USD10 million", "Php10.55 billion", "KRW123bn")
        rf"(?P<sign>[-−])?(?P<pre>{_alternation(prefix_signs)}|(?:{_alternation(known_codes)})(?:\s|(?=\d)))?"
        rf"\s?{_NUMBER}(?:\s*{scale})?"
        rf"(?:\s*(?P<suf>%|(?:{_alternation(suffix_words)})(?!\w)))?"
        r"(?!\w|[.,]\d)"
    )
    return strict, find


_STRICT = patterns.compile(_amount_patterns()[0], re.IGNORECASE)

_TRAILING_JUNK = patterns.compile(r"^[.,]|\d")
_FIND = patterns.compile(_amount_patterns()[1], re.IGNORECASE)
# A bare number followed by one of these counts time, not an amount: "12 months".
_TIME_NOUN = patterns.compile(
    r"\s*-?\s*(?:months?|years?|quarters?|weeks?|days?|hours?|minutes?|seconds?)(?!\w)",
    re.IGNORECASE,
)
_RANKING = patterns.compile(r"(?:top|bottom|no\.?|number|rank(?:ed)?)\s*$", re.IGNORECASE)
_LIST_ITEM = patterns.compile(r"[.)](?:\s|$)")


def _value(m: re.Match[str], *signs: str | None) -> Decimal:
    value = Decimal(m["num"].replace(",", ""))
    if m["scale"]:
        value *= _SCALES[m["scale"].lower()]
    negative = sum(1 for s in signs if s and s in "-−") % 2 == 1
    return -value if negative else value


# Figures are stored as doubles and written back as plain digits: beyond this magnitude
# neither reads well (a 1e37 "sales figure" is a typo or an attack, and 400 nines become
# Infinity). A quintillion covers any currency's revenue in its smallest unit.
MAX_MAGNITUDE = 1e18


def check_figure(value: float, high: float | None = None) -> None:
    """Refuse a value (or range) no front door can show: not finite, too large, or a range
    whose ends are reversed. Every write path calls this, so nothing unshowable is stored."""
    for v in (value, high):
        if v is None:
            continue
        if isinstance(v, bool) or not isinstance(v, int | float):
            raise SalesBotError(f"{v!r} is not a number")
        if not math.isfinite(v) or abs(v) >= MAX_MAGNITUDE:
            raise SalesBotError(f"{v!r} is out of range: figures must lie between -10^18 and 10^18")
    if high is not None and high < value:
        raise SalesBotError(f"a range cannot end ({high:g}) below where it starts ({value:g})")


def _one_amount(text: str) -> re.Match[str]:
    m = _STRICT.fullmatch(text.strip())
    if m is None or _TRAILING_JUNK.search(m["suf"]):  # "1.2.3", "1e6": not a unit either
        raise SalesBotError(f"{text!r} is not a number: try 39 million, $1.25 billion or 29.6%")
    if m["sign"] and m["sign2"]:
        raise SalesBotError(f"{text!r} has two signs")
    return m


def _units(text: str, *matches: re.Match[str]) -> set[str]:
    units = {normalize_unit(m[part]) for m in matches for part in ("pre", "suf") if m[part]}
    if len(units) > 1:
        raise SalesBotError(f"{text!r} has two units: {' and '.join(sorted(units))}")
    return units


# Between the two ends of a range: "to", an en or em dash, or a hyphen that is not a
# minus sign (it follows a digit, a scale word or a unit and precedes the next amount).
_RANGE_SEP = patterns.compile(r"\s+to\s+|\s*[–—]\s*|(?<=[\w%])\s*-\s*(?=[\d.$€£¥￥₩₹a-z-−])", re.I)


def _split_range(text: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """The two ends of "212,000 to 217,000", "6%–7%", "$17-17.5 billion", if TEXT is one."""
    for sep in _RANGE_SEP.finditer(text):
        left, right = text[: sep.start()], text[sep.end() :]
        if not left.strip() or not right.strip():
            continue
        try:
            return _one_amount(left), _one_amount(right)
        except SalesBotError:
            continue
    return None


def parse_quantity(text: str, default_unit: str | None = None) -> Quantity:
    """One amount: "39M", "$1.25 billion", "40 billion yen", "29.6%", "-3.2%", "1.2k";
    or a range of two: "212,000 to 217,000", "6%–7%", "$17-17.5 billion" (a scale or unit
    written once applies to both ends).

    The unit comes from the text, else `default_unit`, else "units"."""
    ends = _split_range(text.strip())
    if ends is None:
        m = _one_amount(text)
        units = _units(text, m)
        low, high = _value(m, m["sign"], m["sign2"]), None
    else:
        lo, hi = ends
        units = _units(text, lo, hi)
        low, high = _value(lo, lo["sign"], lo["sign2"]), _value(hi, hi["sign"], hi["sign2"])
        if (
            hi["scale"]
            and not lo["scale"]
            and low <= _value(hi, hi["sign"], hi["sign2"]) / (_SCALES[hi["scale"].lower()])
        ):  # "$17-17.5 billion": the scale covers both ends, but not in "500,000 to 1.2M"
            low *= _SCALES[hi["scale"].lower()]
    if not units:
        units = {normalize_unit(default_unit) if default_unit else "units"}
    value, top = float(low), (float(high) if high is not None else None)
    check_figure(value, top)
    if top == value:
        top = None  # "7% to 7%" is one figure
    return Quantity(value, units.pop(), top)


# ---------------------------------------------------------------------- in text


@dataclass(frozen=True)
class QuantityMention:
    """An amount found in a text, and where it is."""

    quantity: Quantity
    start: int
    end: int
    text: str


def find_quantities(
    text: str, periods: Sequence[PeriodMention] | None = None
) -> list[QuantityMention]:
    """Every amount in a sentence of a report, in order.

    A number with a currency, scale or percent is always an amount. A bare number is
    one (of "units") unless it is a year or part of a period phrase, a list marker,
    a rank ("top 3"), a count of time ("12 months") or a day of a month. PERIODS: the
    text's period phrases, when the caller has found them already."""
    if _DIGIT.search(text) is None:
        # every amount has a digit: a question's words with its periods blanked out mostly
        # have none, and the whole pattern tries each currency at every character (~30 us)
        return []
    spans = [(p.start, p.end) for p in (find_periods(text) if periods is None else periods)]
    found: list[QuantityMention] = []
    for m in _FIND.finditer(text):
        if not (m["pre"] or m["scale"] or m["suf"]) and _is_not_an_amount(text, m, spans):
            continue
        unit = "units"
        for part in (m["suf"], m["pre"]):  # the currency sign before the number wins
            if part:
                unit = normalize_unit(part)
        value = float(_value(m, m["sign"]))
        if unit == "units" and m["scale"] in ("t", "T"):
            # ("the 40,000 t target", a wire's "31,600 T": tonnes; a trillion is money's,
            # "$4t", "KRW 2.7t")
            value = float(_value(m, m["sign"]) / _SCALES["t"])
        if not math.isfinite(value) or abs(value) >= MAX_MAGNITUDE:
            continue  # no figure is that large: a typo, a serial number, or an attack
        found.append(QuantityMention(Quantity(value, unit), m.start(), m.end(), m[0]))
    return found


_DIGIT = patterns.compile(r"\d")  # (what _NUMBER needs at least one of)


# Words before an amount that make it a bound or an estimate, not a count: "close to 50
# million", "more than 10 million", "about 800", "~5%".
_HEDGE = patterns.compile(
    r"(?:\b(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|close\s+to|"
    r"more\s+than|less\s+than|fewer\s+than|over|under|above|below|upwards\s+of|at\s+least|"
    r"at\s+most|up\s+to|in\s+excess\s+of|north\s+of|just\s+(?:over|under|shy\s+of)|"
    r"an?\s+estimated|c\.)|~|>|<)\s*$",
    re.IGNORECASE,
)


# "handed over 441,200 vehicles", "took over 30 stores": a verb's particle, not a bound
_PARTICLE_VERB = patterns.compile(
    r"\b(?:hand|take|took|turn|carr(?:y|i)|pass|roll|h[oe]ld|w[oi]n)\w*\s+(?:over|under)\s*$",
    re.IGNORECASE,
)


_MARKUP = re.compile(r"</?[A-Za-z][^<>]*>")


def is_hedged(quote: str, value: float) -> bool:
    """Is VALUE written in QUOTE as a bound or an estimate ("more than 10 million")?
    A figure worked out from such a one would pass an estimate off as a count. False
    where the quote does not hold the value at all."""
    for mention in find_quantities(quote):
        if math.isclose(mention.quantity.value, value, rel_tol=1e-9, abs_tol=1e-9):
            # ("<td>18,640": a table cell's markup, never "more than")
            before = _MARKUP.sub(" ", quote[max(0, mention.start - 32) : mention.start])
            return bool(_HEDGE.search(before)) and not _PARTICLE_VERB.search(before)
    return False


def _is_not_an_amount(text: str, m: re.Match[str], periods: list[tuple[int, int]]) -> bool:
    if any(start < m.end() and m.start() < end for start, end in periods):
        return True  # "2013", "FY 13", "June 30, 2013", "three months to June 2013"
    number = m["num"]
    if len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2099:
        return True  # a year the period grammar left alone, e.g. "2013-04"
    if _TIME_NOUN.match(text, m.end()) or _RANKING.search(text, 0, m.start()):
        return True
    line_start = text.rfind("\n", 0, m.start()) + 1
    return not text[line_start : m.start()].strip() and bool(_LIST_ITEM.match(text, m.end()))


# ----------------------------------------------------------------------- writing

_WORD_SCALES = (
    ("trillion", Decimal(10**12)),
    ("billion", Decimal(10**9)),
    ("million", Decimal(10**6)),
)
_LETTER_SCALES = (
    ("T", Decimal(10**12)),
    ("B", Decimal(10**9)),
    ("M", Decimal(10**6)),
    ("K", Decimal(10**3)),
)
_TEN_THOUSANDTH = Decimal("0.0001")
_THOUSANDTH = Decimal("0.001")


def _decimal(value: float) -> Decimal:
    if not math.isfinite(value):
        raise SalesBotError(f"{value} is not a number that can be shown")
    return Decimal(repr(value))  # the shortest text that is this float, so 8.8 stays 8.8


def _plain(d: Decimal) -> str:
    """Commas, no exponent, no trailing zeros: 39000000 -> "39,000,000"."""
    text = format(d.normalize(), ",f")
    return "0" if text in ("0", "-0") else text


# A scale an answer may be asked in ("in crore", "in mn"): each way of saying it -> its word
SCALE_NAMES = {
    "k": "thousand", "thousand": "thousand", "thousands": "thousand",
    "mn": "million", "mln": "million", "million": "million", "millions": "million",
    "bn": "billion", "bln": "billion", "billion": "billion", "billions": "billion",
    "lakh": "lakh", "lakhs": "lakh", "lac": "lakh", "lacs": "lakh",
    "cr": "crore", "crore": "crore", "crores": "crore",
    "pence": "pence", "cents": "cents", "paise": "paise",
}  # fmt: skip
# A currency's hundredth part: "EPS growth in pence" is its amount times 100, no symbol
_SUBUNITS = {"pence": Decimal("0.01"), "cents": Decimal("0.01"), "paise": Decimal("0.01")}


@functools.lru_cache(maxsize=4096, typed=True)  # answers write the same few figures again
def format_number(value: float, scale: str | None = None) -> str:
    """ "39 million", "8.8 million", "1.25 billion", "1,200", "29.6", "-0.5".

    Words only when they lose nothing (39,123,456 stays as digits); otherwise digits,
    rounded to three decimals. SCALE (a word of SCALE_NAMES): in that scale, to two
    decimals ("574 crore", "3,486 crore")."""
    d = _decimal(value)
    sign, magnitude = ("-" if d < 0 else ""), abs(d)
    if scale is not None:
        word = SCALE_NAMES[scale]
        divisor = _SUBUNITS.get(word) or _SCALES[word]
        mantissa = (magnitude / divisor).quantize(Decimal("0.01"), ROUND_HALF_UP)
        return f"{sign}{_plain(mantissa)} {word}"
    for word, scale in _WORD_SCALES:
        if magnitude >= scale:
            mantissa = magnitude / scale
            if mantissa == mantissa.quantize(_THOUSANDTH):
                return f"{sign}{_plain(mantissa)} {word}"
            break
    # (a figure below one to four decimals, "0.1375" of a take rate in percent, is never
    # rounded to "0.138": three decimals of it lose its last)
    step = _TEN_THOUSANDTH if magnitude < 1 else _THOUSANDTH
    text = _plain(magnitude.quantize(step, ROUND_HALF_UP))
    return text if text == "0" else sign + text


def _short_number(value: float) -> str:
    """Three significant figures and a letter: "39M", "1.25B", "1.2K", "29.6"."""
    d = _decimal(value)
    sign, magnitude = ("-" if d < 0 else ""), abs(d)
    if magnitude == 0:
        return "0"
    rounded = magnitude.quantize(Decimal(1).scaleb(magnitude.adjusted() - 2), ROUND_HALF_UP)
    for letter, scale in _LETTER_SCALES:
        if rounded >= scale:
            return f"{sign}{_plain(rounded / scale)}{letter}"
    return sign + _plain(rounded)


def format_quantity(q: Quantity, style: str = "long", scale: str | None = None) -> str:
    """ "long": "39 million units", "$1.25 billion", "29.6%", "2.5 trillion KRW".
    "short" (chart labels): "39M", "$1.25B", "¥40B", "29.6%", "2.5T KRW".

    Long form parses back to the same value (up to three decimals); short form rounds
    to three significant figures. SCALE: the long form's numbers in that scale (see
    `format_number`)."""
    if style not in ("long", "short"):
        raise SalesBotError(f"unknown style {style!r}: use long or short")
    if q.high is not None:
        return _format_range(q, style, scale)
    short = style == "short"
    if q.unit == "percent":
        number = _short_number(q.value) if short else _percent_number(q.value)
        return f"{number}%"
    if scale is not None and SCALE_NAMES[scale] in _SUBUNITS:
        if short or q.unit == "units":
            scale = None  # (a hundredth of a count, or on a chart: never)
        else:
            return format_number(q.value, scale)  # "7.6 pence": the subunit says the money
    number = _short_number(q.value) if short else format_number(q.value, scale)
    symbol = _SYMBOLS.get(q.unit)
    if symbol:
        return f"-{symbol}{number[1:]}" if number.startswith("-") else f"{symbol}{number}"
    if q.unit == "units":
        if short:
            return number
        return f"{number} {'unit' if abs(q.value) == 1 else 'units'}"
    return f"{number} {q.unit}"


def _percent_number(value: float) -> str:
    """Digits only: "12 million%" would read oddly. (A rate below one percent to four
    decimals: "0.1375%" of a take rate is never rounded to "0.138%".)"""
    d = _decimal(value)
    step = _TEN_THOUSANDTH if abs(d) < 1 else _THOUSANDTH
    return _plain(d.quantize(step, ROUND_HALF_UP))


def _format_range(q: Quantity, style: str, scale: str | None = None) -> str:
    """ "212,000 to 217,000 units", "6% to 7%", "$17 billion to $17.5 billion": each end as
    `format_quantity` writes it, a trailing unit word written once; parses back."""
    low = format_quantity(Quantity(q.value, q.unit), style, scale)
    high = format_quantity(Quantity(q.high, q.unit), style, scale)  # type: ignore[arg-type]
    for tail in (" units", " unit", f" {q.unit}"):
        if low.endswith(tail) and high.endswith((" units", " unit", f" {q.unit}")):
            low = low[: -len(tail)]
            break
    return f"{low} to {high}"
