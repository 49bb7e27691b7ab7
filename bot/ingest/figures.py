"""Figures in a sentence: numbers with their unit ("39 million", "$1.25 billion", "29.6%",
"three million"), and the words around them."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from bot.facts import reporting
from bot.facts.model import SalesBotError
from bot.facts.quantities import (
    CURRENCY_WORDS,
    MEASURE_UNIT,
    currency_names,
    find_quantities,
    normalize_unit,
)
from bot.ingest.breakdowns import listing_cue
from bot.ingest.figure_ranges import SCALE_WORD, join_ranges, scaled_low
from bot.ingest.local_numbers import CURRENCY_OF_SCALE, local_amounts
from bot.ingest.number_words import number_words
from bot.ingest.plus_minus import with_tolerances
from bot.ingest.points import in_points

_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|hundred)"
)
_WORDED = re.compile(
    rf"(?<![\w-])(?P<n>a|an|{_NUMBER_WORD}(?:[\s-]+(?:and\s+)?{_NUMBER_WORD})*)\s+"
    r"(?:(?P<scale>thousand|million|billion|trillion)\b|(?P<pct>percent\b|per\s+cent\b))",
    re.IGNORECASE,
)
_NUMBER_PART = re.compile(
    r"[-−]?\s*[\d.,]+(?:\s*(?:thousand|million|billion|trillion|mln|mn|bn|tn|k|m|b|t"
    r"|lakh\s+crore|lakhs?|lac|crores?|cr)(?![a-z]))?",
    re.IGNORECASE,
)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_ACROSS_LINES = re.compile(r"[A-Za-z]\s*\n\s*[\d(]")
# a small count written out before what it counts, after a verb of opening or closing:
# "opened six stores", "closed three outlets", "added twelve new branches"
_SMALL_COUNT = re.compile(
    r"\b(?:opened|closed|added|shut|opening|closing|adding|relocated|refurbished)\s+"
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:new\s+)?(?P<noun>[a-z]+)\b",
    re.IGNORECASE,
)


# a label that introduces an identifier: the number after it names something, counts nothing
_LABELLED_ID = re.compile(
    r"\b(?:number|no\.|ref(?:erence)?|code|id|isin|cin|symbol)\s*[:#]\s*$", re.IGNORECASE
)


# "1,296 MLN DLRS VS 1,151 MLN", "EUR 4.1 billion, up from 3.9 billion": a base written
# with the scale alone, after the amount in a currency it is compared with
_COMPARED_GAP = re.compile(
    r"^[\s,;(]*(?:(?:up|down|rising|falling|rose|fell)\s+(?:\S+\s+)?)?(?:vs\.?|versus|from"
    r"|against|compared\s+(?:with|to))\s+(?:the\s+)?(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
_SCALE_OF = re.compile(r"(?i)(thousand|million|billion|trillion|mln|bln|mn|bn|tn|m)\b")
# "SEK 8,954m (Q2 2024: 8,702m)": a base in brackets after its period's label
_LABELLED_BASE_GAP = re.compile(r"^\s*\([^():]{1,30}:\s*$")
# "3,702 MLN DLRS, NET SALES 3,318 MLN": the next amount of a list of money measures
_MEASURE_GAP = re.compile(
    r"^\s*[,;]\s*(?P<words>[A-Za-z][A-Za-z&-]*(?:\s+[A-Za-z][A-Za-z&-]*){0,2})\s+$"
)


# "EUR 9,845 million in the quarter, up 7.2% from 9,184 million": the change between an
# amount and its base, said with the amount's verb or noun of change
_CHANGE_BETWEEN = re.compile(
    r"^[^.;:\n]{0,60}?\b(?:up|down|rising|falling|rose|fell|increased|decreased|grew"
    r"|(?:an?\s+)?(?:increase|decrease|rise|fall|drop|decline|gain)(?:\s+of)?)\s+(?:by\s+)?$",
    re.IGNORECASE,
)


def _compared_amount(text: str, found: list[Figure], i: int) -> Figure:
    """The amount the figure FOUND[i] may be compared with: the one before it, or, where
    that one is the rate of change between them ("EUR 9,845 million in the third quarter,
    up 7.2% from 9,184 million"), the amount before the rate."""
    before = found[i - 1]
    if before.unit != "percent" or i < 2:
        return before
    amount = found[i - 2]
    if _CHANGE_BETWEEN.match(text[amount.end : before.start]) is None:
        return before
    return amount


def _compared_in_currency(text: str, found: list[Figure]) -> list[Figure]:
    """Each bare scaled amount compared with the amount before it takes that one's currency."""
    out = list(found)
    for i in range(1, len(out)):
        f, before = out[i], _compared_amount(text, out, i)
        if f.unit != "units" or before.unit in ("units", "percent"):
            continue
        scale, scale_before = _SCALE_OF.search(f.text), _SCALE_OF.search(before.text)
        if scale is None or scale_before is None:
            continue
        if scale[1].lower() != scale_before[1].lower():
            continue
        if re.search(r"[A-Za-z]", _SCALE_OF.sub("", f.text)):
            continue  # ("3.9 million units": the count says what it is)
        gap = text[out[i - 1].end : f.start]  # (after the rate of change, if one)
        if (
            _COMPARED_GAP.match(gap) is None
            and _LABELLED_BASE_GAP.match(gap) is None
            and not _money_measure_named(gap)
        ):
            continue
        out[i] = replace(f, unit=before.unit)
    return out


def _money_measure_named(gap: str) -> bool:
    """Does GAP name a measure of money alone (", NET SALES ")? The amount after it is in
    the currency of the amount before, written once for the list."""
    m = _MEASURE_GAP.match(gap)
    if m is None:
        return False
    found = reporting.family_of(m["words"].lower())
    return found is not None and found.measure == "money"


# a page reference or a telephone line before the number
_PAGE_OR_PHONE_BEFORE = re.compile(
    r"\b(?:pages?|pp?\.|tel(?:ephone)?\.?|phone|fax)\s*:?\s*[+\d()\s-]*$", re.IGNORECASE
)
_MONTH_AFTER = re.compile(
    r"\s*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?!\s*\d{1,2}\b)",
    re.IGNORECASE,
)


def _no_amount(text: str, f: Figure) -> bool:
    """F is a page, a telephone number's part, or days of a month ("28-29 March")."""
    if f.unit != "units" or re.search(r"[A-Za-z]", f.text):
        return False  # ("12 million", "400 units": an amount says what it is)
    if _PAGE_OR_PHONE_BEFORE.search(text, max(0, f.start - 30), f.start):
        return True
    days = (f.value, f.high if f.high is not None else f.value)
    return (
        all(float(d).is_integer() and 1 <= d <= 31 for d in days)
        and _MONTH_AFTER.match(text, f.end) is not None
    )


@functools.cache
def _level_plurals() -> frozenset[str]:
    from bot.ingest.lexicon import LEVEL_PLURAL

    return frozenset(LEVEL_PLURAL)


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    text: str
    value: float
    unit: str
    explicit: bool  # a currency, percent or scale says it is an amount
    high: float | None = None  # a range's upper end: "212,000 to 217,000"


# Marks that only point elsewhere, blanked to the same length so every offset stays: a
# footnote marker after a figure ("+5.2%¹") and the "c." of circa glued to an amount
# ("c.£555m")
_MARKERS = re.compile(r"(?<=[\d%a-zA-Z)])[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<![\w.])c\.(?=[$€£¥]?\d)")


_CENTS_NUMBER = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?"
_US_CENTS = re.compile(
    rf"(?<![\w.,])(?P<n>{_CENTS_NUMBER})(?:\s?[-–]\s?(?P<hi>{_CENTS_NUMBER}))?\s?US\s?¢"
)


# A list's bullet before a figure that opens its item ("> - 197'300 watches delivered"):
# a dash set apart by a space at a line's start marks the item, no minus
_BULLET = re.compile(r"(?m)^(?P<lead>[ \t>]*)-(?=[ \t]+\d)")


# a single line break inside a sentence: its text wrapped, never a new line of a list
_WRAPPED = re.compile(r"(?<=[A-Za-z$€£¥₹])\n(?=[\d$€£¥₹])")


_HYPHENED_SCALE = re.compile(r"(?<=\d)-(?=(?:thousand|million|billion|trillion)\b)", re.IGNORECASE)
# "N1.96trn", "$4.2 trln": the press's longer abbreviations of a trillion, which the readers
# of signs and codes know as "tn" only (rewritten in place, padded, so every offset holds)
_LONG_TRILLION = re.compile(r"(?<=\d)(\s?)(trln|trn)\b", re.IGNORECASE)


def _short_trillion(m: re.Match) -> str:
    return f"{m[1]}tn{' ' * (len(m[2]) - 2)}"


def find_figures(text: str) -> list[Figure]:
    written = text  # (with its superscripts: "m²" is no footnote)
    # ("in Norway EUR\n402.3 million": a line wrapped between a currency and its amount;
    # one space for one break keeps every offset)
    text = _WRAPPED.sub(" ", text)
    # "$1,204-million", "$185.3-billion": a newspaper's scale joined to its figure
    text = _HYPHENED_SCALE.sub(" ", text)
    text = _LONG_TRILLION.sub(_short_trillion, text)
    text = _MARKERS.sub(lambda m: " " * len(m.group()), text)
    text = _BULLET.sub(lambda m: f"{m['lead']} ", text)
    text = space_grouped(text)  # "2 214 stores": thousands set apart by spaces
    out = []
    # "RMB27.84 billion", "KRW2.7 trillion": a currency code glued to its amount
    glued = {
        m.end(): (m.start(), CURRENCY_WORDS[m["code"].lower()])
        for m in _GLUED_CODE.finditer(text)
        if m["code"].lower() in CURRENCY_WORDS
    }
    plain = _GLUED_CODE.sub(lambda m: " " * len(m.group()), text) if glued else text
    # "MSEK 5,720", "TEUR 812": a scale letter glued before the currency code (Nordic and
    # German reports), read here because the quantity reader takes the number for a count
    # ("1,671.9 MEUR", "812 TEUR": the same code after its amount, as Finnish releases write it)
    scaled = [
        m
        for pattern in (_SCALED_CODE, _CODE_SCALED_AFTER)
        for m in pattern.finditer(plain)
        if m["code"].lower() in CURRENCY_WORDS
    ]
    for m in scaled:
        value = float(m["n"].replace(",", "")) * _CODE_SCALES[m["scale"]]
        unit = CURRENCY_WORDS[m["code"].lower()]
        out.append(Figure(m.start(), m.end(), text[m.start() : m.end()], value, unit, True))
    for m in scaled:
        plain = plain[: m.start()] + " " * (m.end() - m.start()) + plain[m.end() :]
    # "R14.62bn", "kr 1.2 billion": a currency's local sign in letters (in the currency the
    # report names for it, `local_signs.resolved`)
    from bot.ingest.local_signs import signed_figures

    signed = signed_figures(plain)
    out += signed
    for f in signed:
        plain = plain[: f.start] + " " * (f.end - f.start) + plain[f.end :]
    # "236 US¢/lb", "225–245 US¢/lb": US cents, a dollar's hundredths (a bare "¢" may be
    # any dollar's)
    for m in _US_CENTS.finditer(plain):
        low = float(m["n"].replace(",", "")) / 100
        high = float(m["hi"].replace(",", "")) / 100 if m["hi"] else None
        if high is not None and high <= low:
            continue
        out.append(Figure(m.start(), m.end(), text[m.start() : m.end()], low, "USD", True, high))
        plain = plain[: m.start()] + " " * (m.end() - m.start()) + plain[m.end() :]
    # "%9,4", "%10,0–%11,5", "-%7,2": a percentage with its sign first (Turkish reports)
    from bot.ingest.sign_first import sign_first_percents

    first, plain = sign_first_percents(text, plain)
    out += first
    # "+45 3311 0000": a telephone number, no figure of any kind
    plain = _PHONE.sub(lambda m: " " * len(m.group()), plain)
    # "+3.9%": a plus sign says up, and the quantity reader does not take it
    for q in find_quantities(re.sub(r"(?<![\w.])\+(?=\d)", " ", plain)):
        number = _NUMBER_PART.match(q.text)
        start, end, unit = q.start, q.end, q.quantity.unit
        if unit == "units" and number is not None:
            end = q.start + number.end()  # "39 million smartphones": the noun is read separately
        code = next(
            (v for k, v in glued.items() if k >= q.start and not plain[q.start : k].strip()), None
        )
        if unit == "units" and code is not None:
            start, unit = code
        explicit = unit != "units" or bool(re.search(r"[a-zA-Z]", text[start:end]))
        out.append(Figure(start, end, text[start:end], q.quantity.value, unit, explicit))
    for m in _WORDED.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in out):
            continue
        try:
            from text_to_num import text2num

            n = 1 if m["n"].lower() in ("a", "an") else text2num(m["n"].lower(), "en")
        except ValueError:
            continue
        if m["pct"]:
            out.append(Figure(m.start(), m.end(), m.group(), float(n), "percent", True))
        else:
            out.append(
                Figure(
                    m.start(),
                    m.end(),
                    m.group(),
                    float(n) * _SCALES[m["scale"].lower()],
                    "units",
                    True,
                )
            )
    for m in _SMALL_COUNT.finditer(text):
        # "opened six stores and closed none": a count written out, of a level's things
        if m["noun"].lower() not in _level_plurals() or any(
            f.start < m.end() and m.start() < f.end for f in out
        ):
            continue
        from text_to_num import text2num

        n = text2num(m["n"].lower(), "en")
        out.append(Figure(m.start("n"), m.end("n"), m["n"], float(n), "units", False))
    for m in _WIRE.finditer(text):
        if m["scale"] is None and m["cur"] is None:
            continue
        # decimal arithmetic: "2.01 mln" is 2,010,000, not 2,009,999.9999999998
        value = float(
            Decimal(m["n"].replace(",", ""))
            * Decimal(int(_WIRE_SCALES.get((m["scale"] or "").lower(), 1)))
        )
        unit = _WIRE_CURRENCIES[m["cur"].lower().rstrip("s")] if m["cur"] else "units"
        overlapping = [f for f in out if f.start < m.end() and m.start() < f.end]
        if unit == "units" and any(f.unit not in ("units", "percent") for f in overlapping):
            continue  # "€3.4bn": the quantity reader already has its currency
        out = [f for f in out if f not in overlapping]
        end = m.end() if m["cur"] or unit != "units" else m.end("scale")
        out.append(Figure(m.start(), end, text[m.start() : end], value, unit, True))
    for m in _PLURAL_SCALE.finditer(text):
        # "4,018 millions of dollars": a translated report's scale in the plural
        out = [f for f in out if not (f.start < m.end() and m.start() < f.end)]
        scale = Decimal(int(_SCALES[m["scale"].lower()[:-1]]))
        value = float(Decimal(m["n"].replace(",", "")) * scale)
        high = None
        if m["lo"]:
            # "between 3,250 and 3,450 millions of dollars": both ends in the scale
            value, high = float(Decimal(m["lo"].replace(",", "")) * scale), value
        cur = m["cur"].lower()
        if cur == "pesos":
            # a peso is Mexico's when the sentence says so; another peso is none we name
            unit = "MXN" if re.search(r"\bMexic", text) else UNNAMED_CURRENCY
        else:
            unit = _WIRE_CURRENCIES[cur.rstrip("s")]
        out.append(Figure(m.start(), m.end(), m.group(), value, unit, True, high))
    # "EUR 1,2 billion", "812,4 Mio. €", "R$ 104,9 milhões": amounts written the local way
    out = local_amounts(text, out)
    # "RNS Number : 4471T", "Scrip Code: 532914", "Ref: 118": an identifier, no amount
    out = [f for f in out if not _LABELLED_ID.search(text, max(0, f.start - 24), f.start)]
    for m in _PENCE.finditer(text):  # "21.4p": pence, a hundredth of a pound
        out = [f for f in out if not (f.start < m.end() and m.start() < f.end)]
        value = float(Decimal(m["n"]) / 100)
        out.append(Figure(m.start(), m.end(), m.group(), value, "GBP", True))
    for m in _CENTS.finditer(text):  # "45 to 60 cents per share": hundredths of a dollar
        out = [f for f in out if not (f.start < m.end() and m.start() < f.end)]
        high = float(Decimal(m["hi"]) / 100) if m["hi"] else None
        unit = "EUR" if m["euro"] else "USD"  # a bare cent is the report's dollar's
        value = float(Decimal(m["n"]) / 100)
        out.append(Figure(m.start(), m.end(), m.group(), value, unit, True, high))
    # "we opened nineteen and closed five": a small count in words, where nothing else is
    out += [
        Figure(a, b, words, float(n), "units", False)
        for a, b, words, n in number_words(text)
        if not any(f.start < b and a < f.end for f in out)
    ]
    out = [_tonnes(f) for f in out]
    out = [_named_currency(text, _coded(text, f)) for f in out]
    out = [_in_hundred_millions(text, f) for f in out]
    out.sort(key=lambda f: f.start)
    out = [f for f in out if not _is_label(text, f)]
    # a currency's letters end one line, the next line's number is no amount of it
    # ("... AT CER\n07:01 *..."; "CHF\n07")
    out = [f for f in out if not _ACROSS_LINES.search(f.text)]
    # "1 284 600 m²": square (or cubic) metres, never a million of anything ("600m")
    out = [_in_square_metres(f) if _SQUARE_METRES.match(written, f.end - 1) else f for f in out]
    out = [f for f in out if f is not None]
    # a conversion is read past: "between RMB 30.1 billion (US$4.2 billion) and RMB 32.5
    # billion (US$4.6 billion)" is one range in RMB
    kept, joined = without_conversions(text, out)
    ranged = [
        _scaled_measure(text, replace(f, text=text[f.start : f.end]))
        for f in join_ranges(joined, kept)
    ]
    found = _compared_in_currency(text, [_low_end_scaled(f) for f in _flat_ranges(text, ranged)])
    found = [_minus_worded(text, f) for f in found]
    # "75 basis points", "added 3.9 percentage points": hundredths of a percent, or percents
    found = [in_points(text, f) for f in found]
    # "$1.90 billion ± $75 million", "47%, plus or minus a percentage point": a range
    found = with_tolerances(text, found)
    # "(pages 10-15)", "TEL: 03-5555-0142", "on 28-29 March": a page, a telephone, days
    return [f for f in found if not _no_amount(text, f)]


# "a margin of minus 2.3 percent", "like-for-like sales of minus 1.4%": a minus in words
_MINUS_WORD = re.compile(r"\bminus\s+$", re.IGNORECASE)


def _minus_worded(text: str, f: Figure) -> Figure:
    """F below zero when the word "minus" is written right before it (a rate or an amount,
    never a range: "minus 2 to minus 4" reads each end)."""
    if f.value <= 0 or f.high is not None or not _MINUS_WORD.search(text, 0, f.start):
        return f
    return replace(f, value=-f.value)


# "KRW 178,000 (100 million)": an amount in units of a hundred million, as Korean and
# Japanese reports count won and yen; the note after the number is its scale
_HUNDRED_MILLION_NOTE = re.compile(
    r"\s*\(\s*(?:unit\s*:\s*)?(?:100|one\s+hundred|a\s+hundred)\s+millions?"
    r"(?:\s+(?:won|yen|krw|jpy))?\s*\)",
    re.IGNORECASE,
)


def _in_hundred_millions(text: str, f: Figure) -> Figure:
    """F scaled by the "(100 million)" note right after it, if its amount has none of its own."""
    if f.unit in ("units", "percent") or SCALE_WORD.search(f.text):
        return f
    if _HUNDRED_MILLION_NOTE.match(text, f.end) is None:
        return f
    high = f.high * 1e8 if f.high is not None else None
    return replace(f, value=float(Decimal(str(f.value)) * 100_000_000), high=high)


# "290-305k", "12-14m": a range whose scale letter follows its high end only
_SUFFIXED_RANGE = re.compile(
    r"(?P<lo>\d[\d,]*(?:\.\d+)?)\s?[-–]\s?\d[\d,]*(?:\.\d+)?\s?(?:k|m|mn|bn)\b", re.I
)


def _low_end_scaled(f: Figure) -> Figure:
    """A range written with one scale letter after both numbers: the low end in that scale
    too ("290-305k" is 290,000 to 305,000)."""
    m = _SUFFIXED_RANGE.search(f.text)
    if f.high is None or m is None or f.value * 1000 > f.high:
        return f
    written = float(m["lo"].replace(",", ""))
    if written != f.value:
        return f
    return replace(
        f, value=scaled_low(f.value, replace(f, value=f.high, text=f.text[m.end("lo") :]))
    )


# A unit written with its scale: "118 koz" (thousand ounces), "24 kt", "1.02 Mt", "24.9 mhl",
# a brewer's "3,306 kHL" (thousand hectolitres)
_SCALED_UNIT = re.compile(r"\s*(?P<p>k|M|m)(?P<u>oz|t|hl|HL)(?![\w-])")
_UNIT_SCALES = {"k": 1e3, "M": 1e6, "m": 1e6}


def _scaled_measure(text: str, f: Figure) -> Figure:
    m = _SCALED_UNIT.match(text, f.end)
    if f.unit != "units" or m is None or (m["p"] == "m" and m["u"].lower() != "hl"):
        return f  # ("mt" is a metric tonne, no million)
    value = float(Decimal(repr(f.value)) * Decimal(int(_UNIT_SCALES[m["p"]])))
    high = (
        None
        if f.high is None
        else float(Decimal(repr(f.high)) * Decimal(int(_UNIT_SCALES[m["p"]])))
    )
    return replace(f, value=value, high=high, explicit=True)


def _tonnes(f: Figure) -> Figure:
    """ "6,180 t", a wire's "31,600 T": a count in tonnes (find_quantities reads it so, never
    6,180 trillion), its unit read after the figure, as "tonnes" is."""
    m = re.search(r"\d\s?[tT]$", f.text)
    if f.unit != "units" or m is None:
        return f
    end = f.start + m.start() + 1
    return replace(f, end=end, text=f.text[: m.start() + 1])


_PHONE = re.compile(r"(?<![\w.])\+\d{1,3}(?:[ -]\(?\d{2,4}\)?){2,5}(?![\w%.,]|\s?%)")
_SQUARE_METRES = re.compile(r"m[²³23](?!\d)")


def _in_square_metres(f: Figure) -> Figure | None:
    """ "1,284,600 m²" read as millions ("600 m"): the count of square metres it is; None
    for any other figure before a square metre."""
    m = re.fullmatch(r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s?m", f.text)
    if m is None or f.unit != "units":
        return None
    value = float(m["n"].replace(",", ""))
    return replace(f, end=f.start + m.end("n"), text=m["n"], value=value, explicit=False)


# Thousands set apart by a space (or a no-break or thin space), as South African, French and
# Nordic reports write them: "2 214 stores", "1 284 600 m²" (read apart, "906" would be a
# figure of its own and a wrong one). A run of groups that is part of a longer run of
# numbers ("021 555 0100") is no such amount.
_SPACE_GROUPED = re.compile(
    r"(?<![\d.,/])(?<!\d[ \u00a0\u202f])[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+"
    r"(?:\.\d+)?"  # ("2 112.0": a decimal point after the groups, as a table writes them)
    r"(?![\d.,]\d|\d|[ \u00a0\u202f]\d)"
)


# Thousands set apart by an apostrophe, as Swiss reports write them: "425'000 watches",
# "CHF 1'318.5 million" (read apart, the figure would be 425 or 1, a wrong answer).
_APOSTROPHE_GROUPED = re.compile(r"(?<![\w.,'’])[1-9]\d{0,2}(?:['’]\d{3})+(?![\d'’])")


def space_grouped(text: str) -> str:
    """TEXT with thousands set apart by spaces or apostrophes written with commas, at the
    same length."""
    text = _APOSTROPHE_GROUPED.sub(lambda m: re.sub("['’]", ",", m.group()), text)
    return _SPACE_GROUPED.sub(lambda m: re.sub(r"[ \u00a0\u202f]", ",", m.group()), text)


_SCALED_CODE = re.compile(
    r"(?<![\w$.,])(?P<scale>[MTK])(?P<code>[A-Z]{3})\s?(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,.]*\d)"
)
_CODE_SCALED_AFTER = re.compile(
    r"(?<![\w$.,])(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?P<scale>[MTK])"
    r"(?P<code>[A-Z]{3})\b"
)
_CODE_SCALES = {"M": 1e6, "T": 1e3, "K": 1e3}
_GLUED_CODE = re.compile(r"(?<![\w$])(?P<code>[A-Z]{3})(?=\d)")


_APPROX = r"(?:about|around|approximately|approx\.?|roughly|some|c\.|~)"
_CONVERSION_GAP = re.compile(
    # ("A$2,336 an ounce (about US$1,530)": a price restated, its unit between)
    rf"(?:\s+(?:an?|per)\s+[a-z]+|\s*/\s*[a-z]+)?"
    rf"\s*(?P<open>[(\[])\s*(?:(?:{_APPROX}|or|equivalent\s+to)\s*)?"
    # "RMB 1.2 billion, or US$167 million", "RMB 3.1 billion/US$432 million", "RMB 21.3
    # billion, roughly US$2.97 billion": the same amount restated in another currency
    r"|\s*/\s*"
    rf"|\s*,?\s*(?:or|i\.e\.|equivalent\s+to|equal\s+to|which\s+(?:is|equals"
    rf"|translates\s+(?:in)?to|comes\s+to))\s+(?:{_APPROX}\s*)?"
    rf"|\s*,\s*{_APPROX}\s*",
    re.IGNORECASE,
)
_CLOSE = re.compile(r"\s*[)\]]")


def without_conversions(text: str, figures: list[Figure]) -> tuple[list[Figure], str]:
    """Figures less those restating the amount before them in another currency ("£2.84
    billion ($3.6 billion)", "RMB 1.2 billion, or US$167 million"): a conversion for the
    reader, never a figure of the company's own. Also TEXT with each conversion blanked
    (offsets kept), so what it interrupted reads on."""
    money = [f for f in figures if f.unit not in ("units", "percent")]
    kept, blanks = [], []
    for f in figures:
        before = next((b for b in reversed(money) if b.end <= f.start), None)
        gap = (
            _CONVERSION_GAP.fullmatch(text, before.end, f.start)
            if before is not None and f.unit not in ("units", "percent") and f.unit != before.unit
            else None
        )
        if gap is None:
            kept.append(f)
            continue
        close = _CLOSE.match(text, f.end) if gap["open"] else None
        blanks.append((before.end, close.end() if close else f.end))
    for a, b in blanks:
        text = text[:a] + " " * (b - a) + text[b:]
    return kept, text


# "flat to up 1%", "flat to +2%", "flat to down 3%": a range of rates one end of which is no
# change at all
_FLAT_TO = re.compile(
    r"\bflat\s+to\s+(?:(?P<up>up|growth\s+of|an?\s+increase\s+of|\+)|(?P<down>down|-|−|–))\s*$",
    re.IGNORECASE,
)


def _flat_ranges(text: str, figures: list[Figure]) -> list[Figure]:
    out = []
    for f in figures:
        m = _FLAT_TO.search(text, max(0, f.start - 40), f.start)
        if f.unit == "percent" and f.high is None and m is not None:
            size = abs(f.value)
            low, high = (0.0, size) if m["up"] else (-size, 0.0)
            f = Figure(m.start(), f.end, text[m.start() : f.end], low, f.unit, True, high)
        out.append(f)
    return out


_CENTS = re.compile(
    r"(?<![\w.,$€£¥])(?P<n>\d{1,3}(?:\.\d+)?)(?:\s*(?:to|-|–|(?<=\bbetween\s\d{3}\s)and"
    r"|(?<=\bbetween\s\d{2}\s)and|(?<=\bbetween\s\d\s)and)\s*(?P<hi>\d{1,3}(?:\.\d+)?))?"
    # ("6 US cents": the dollar named between)
    r"\s*(?P<euro>euro\s+)?(?:(?:US|U\.S\.)\s+)?(?:cents?|¢)(?![\w'’-])",
    re.IGNORECASE,
)
_PENCE = re.compile(r"(?<![\w.,])(?P<n>\d{1,4}(?:\.\d+)?)\s?p(?![\w'’-])")


# "SEK 4.2 billion", "CHF 310 million": an ISO code before the number is its currency.
_CODE_BEFORE = re.compile(r"\b(?P<code>[A-Z]{3})\s?$")
_NOT_CODES = frozenset({"THE", "AND", "FOR", "CEO", "CFO", "EPS", "YOY", "NEW", "ALL", "TOP"})


def _coded(text: str, f: Figure) -> Figure:
    if f.unit != "units":
        return f
    m = _CODE_BEFORE.search(text, max(0, f.start - 5), f.start)
    if m is None or m["code"] in _NOT_CODES or not re.match(r"[\d.]", f.text):
        return f
    if m["code"].startswith(("FY", "Q")) or not re.search(r"[a-zA-Z]", f.text + "x"):
        return f
    code = _WIRE_CODES.get(m["code"], m["code"])
    try:
        known = normalize_unit(code) in currency_names()
    except SalesBotError:
        known = False
    if not known:
        return f  # "SET MAY 29" in a capitals headline: a month, never a currency "MAY"
    return Figure(m.start(), f.end, text[m.start() : f.end], f.value, code, True, f.high)


# a news wire's own code for a currency: "STG 206.7 MLN" is sterling
_WIRE_CODES = {"STG": "GBP"}


# Currencies named by a word after the amount: "5.2 billion Swedish crowns", "3.1 billion
# yuan". A word several countries use ("crowns", "pesos", "francs") with no country is an
# amount in a currency the text does not name: UNNAMED_CURRENCY, which no fact may hold.
UNNAMED_CURRENCY = "XXX"  # ISO 4217's "no currency"
_NATION = {
    "swedish": "SEK",
    "norwegian": "NOK",
    "danish": "DKK",
    "czech": "CZK",
    "icelandic": "ISK",
    "swiss": "CHF",
    "mexican": "MXN",
    "chilean": "CLP",
    "colombian": "COP",
    "argentine": "ARS",
    "philippine": "PHP",
    "indian": "INR",
    "pakistani": "PKR",
    "turkish": "TRY",
}
_ONE_COUNTRY = {
    "kronor": "SEK",
    "krona": "SEK",
    "koruna": "CZK",
    "korunas": "CZK",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rand": "ZAR",
    "reais": "BRL",
    "real": "BRL",
    "zloty": "PLN",
    "zlotys": "PLN",
    "forint": "HUF",
    "forints": "HUF",
    "ringgit": "MYR",
    "baht": "THB",
    "rupiah": "IDR",
    "lira": "TRY",
    "rouble": "RUB",
    "roubles": "RUB",
    "rubles": "RUB",
}
# a currency named in full, with or without its nation ("Mexican pesos", "kronor")
CURRENCY_NAME = (
    r"(?:(?P<nation>" + "|".join(_NATION) + r")\s+)?(?P<word>crowns?|kroner|krone|pesos?|francs?"
    r"|rupees?|dinars?|" + "|".join(_ONE_COUNTRY) + r")"
)
_CURRENCY_NAME = re.compile(
    r"\s*(?P<nation>" + "|".join(_NATION) + r")?\s*(?P<word>crowns?|kroner|krone|pesos?|francs?"
    r"|rupees?|dinars?|" + "|".join(_ONE_COUNTRY) + r")\b",
    re.IGNORECASE,
)
# the same, searched anywhere: no leading blanks, which over a long run of them (a chat's
# blanked messages) would be retried at every one
_CURRENCY_NAME_ANYWHERE = re.compile(CURRENCY_NAME + r"\b", re.IGNORECASE)


def currency_named(nation: str | None, word: str) -> str | None:
    """A currency by its word and nation ("Mexican", "pesos": MXN); None for a shared word."""
    return _ONE_COUNTRY.get(word.lower()) or (_NATION[nation.lower()] if nation else None)


def national_currencies(text: str) -> dict[str, str]:
    """The currency words a report qualifies with a nation ("Swiss francs" -> franc: CHF),
    so that its later bare "2.4 billion francs" is in that currency."""
    out: dict[str, str] = {}
    for m in _CURRENCY_NAME_ANYWHERE.finditer(text):
        if m["nation"]:
            out.setdefault(m["word"].lower().rstrip("s"), _NATION[m["nation"].lower()])
    dollar = stated_dollar(text)
    if dollar is not None and dollar != "USD":
        out["$"] = dollar
    return out


@functools.cache
def _dollars() -> dict[str, str]:
    """ "new zealand dollars": NZD, for every dollar CLDR names (babel ships the data)."""
    from babel.numbers import get_currency_name, list_currencies

    names = {c: get_currency_name(c, count=2, locale="en").lower() for c in list_currencies()}
    return {n: c for c, n in names.items() if n.endswith(" dollars")}


def dollar_codes() -> frozenset[str]:
    return frozenset(_dollars().values())


# "Highlights (all figures in New Zealand dollars):", "amounts are stated in Australian
# dollars": the report says what its bare "$" is
_STATED_DOLLAR = re.compile(
    r"(?:\b(?:figures|amounts|numbers|values|results|sums|currency)\b[^.;()\n]{0,30}?"
    # "(Expressed in Canadian dollars unless otherwise stated)": a filing's own words
    r"|\b(?:expressed|presented|reported|stated)\s+)"
    r"\b(?:in|into)\s+(?P<name>(?:[\w.&]+\s+){1,3}dollars)\b",
    re.IGNORECASE,
)


def stated_dollar(text: str) -> str | None:
    """The one dollar the report says its figures are in, when it says so."""
    found = {
        _dollars().get(" ".join(m["name"].lower().replace("u.s.", "us").split()))
        for m in _STATED_DOLLAR.finditer(text)
    }
    found.discard(None)
    return found.pop() if len(found) == 1 else None


# the currency whose hundredths a report's bare "cents" are, when it writes no dollar
CENTS_KEY = "cents"
# a report that never writes sterling: its "pounds" are a weight ("16.8 million pounds of
# U3O8", "sold 9.84 billion pounds of chicken"), counted as the noun after the figure
POUNDS_KEY = "pounds of weight"
_POUNDS_AFTER = re.compile(r"\s+pounds?$", re.IGNORECASE)


def in_currency(f: Figure, named: dict[str, str]) -> Figure:
    """F in the currency the report named for its bare currency word, when it did."""
    if f.unit == "USD" and "$" in named and re.match(r"[-−+\s]*\$|.*(?:cents?|¢)$", f.text):
        return replace(f, unit=named["$"])  # a bare "$" in a report stated in another dollar
    if (
        f.unit == "USD"
        and CENTS_KEY in named
        and re.search(r"(?:cents?|¢)$", f.text)
        and not re.search(r"U\.?S\.?\s+cents?$", f.text)  # "6 US cents" say whose they are
    ):
        return replace(f, unit=named[CENTS_KEY])  # "310 cents" in a report in rand
    if f.unit == "GBP" and POUNDS_KEY in named and (pounds := _POUNDS_AFTER.search(f.text)):
        end = f.end - (len(f.text) - pounds.start())  # the figure; "pounds" is what it counts
        return replace(f, end=end, text=f.text[: pounds.start()], unit="units")
    if f.unit != UNNAMED_CURRENCY:
        return f
    word = re.search(r"([a-z]+)\s*$", f.text.lower())
    said = CURRENCY_OF_SCALE.get(word.group(1), word.group(1)) if word else None  # "mdp"
    code = named.get(said.rstrip("s")) if said else None
    return replace(f, unit=code) if code else f


def _named_currency(text: str, f: Figure) -> Figure:
    if f.unit != "units":
        return f
    m = _CURRENCY_NAME.match(text, f.end)
    if m is None or (m["word"].lower() == "real" and not m["nation"]):
        return f  # "real" alone is an adjective far more often than Brazil's currency
    word = m["word"].lower()
    unit = (
        _ONE_COUNTRY.get(word)
        or (_NATION[m["nation"].lower()] if m["nation"] else None)
        or UNNAMED_CURRENCY
    )
    return Figure(f.start, m.end(), text[f.start : m.end()], f.value, unit, True, f.high)


# Wire-service abbreviations the quantity reader does not know: "6.91 bln dlrs", "2.01 mln".
_WIRE = re.compile(
    r"(?<![\w.])(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>trln|trn|bln|mln|bn|mn)?\b"
    r"(?:\s*(?P<cur>dlrs|dlr|dollars|dollar|yen|euros|euro|pounds|pound|won))?(?![\w])",
    re.IGNORECASE,
)
_PLURAL_SCALE = re.compile(
    r"(?<![\w.])(?:(?P<lo>\d[\d,]*(?:\.\d+)?)\s+(?:to|and|-|–)\s+)?"
    r"(?P<n>\d[\d,]*(?:\.\d+)?)\s+(?P<scale>thousands|millions|billions)\s+of\s+"
    r"(?:(?:US|U\.S\.|American|Mexican)\s+)?(?P<cur>dollars|pesos|euros|pounds|yen)\b",
    re.IGNORECASE,
)
_WIRE_SCALES = {"trln": 1e12, "trn": 1e12, "bln": 1e9, "bn": 1e9, "mln": 1e6, "mn": 1e6}
_WIRE_CURRENCIES = {
    "dlr": "USD",
    "dollar": "USD",
    "yen": "JPY",
    "euro": "EUR",
    "pound": "GBP",
    "won": "KRW",
}


# A count written with thousands separators after a place in a list by place ("by region: AU
# 84,200"), or in chat shorthand
# with two or more digits before a lower-case k ("250k"), is an amount; "4K", "Lumia 520" are
# names.
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
_CHAT_THOUSANDS = re.compile(r"\d{2,}(?:\.\d+)?k")


def _place(word: str) -> bool:
    """A region of the vocabulary, or a country code in capitals ("AU", "NZ")."""
    return bool(reporting.regions_in(word)) or re.fullmatch(r"[A-Z]{2}", word) is not None


_WIRE_RANGE_AFTER = re.compile(r"\s?[-–]\s?\d[\d,.]*\s*(?:BLN|MLN|TRLN|BN|MN)\b")


# a place listed after the part before it: ", North America ", " and the Americas "
_LISTED_PLACE = re.compile(
    r"\d[^.;:\n]*?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s$"
)


def _listed_place(text: str, f: Figure) -> bool:
    """F follows a place listed after an earlier count of the sentence, its verb and things
    said once for the list ("Europe booked 9,350 trucks, North America 4,120 and South
    America 2,550"): a count of that place, never a model's number."""
    m = _LISTED_PLACE.search(text, max(0, f.start - 160), f.start)
    return m is not None and _place(m["place"])


def _is_label(text: str, f: Figure) -> bool:
    """ "Xperia Z2", "Lumia 520", "4K": numbers in names, not amounts."""
    if f.unit != "units":
        return False
    if _CHAT_THOUSANDS.fullmatch(f.text.strip()):
        return False  # "250k": chat shorthand for thousands; "4K" has one digit
    before = text[max(0, f.start - 20) : f.start]
    name = re.search(r"[A-Z][\w-]*\s$", before)
    if (
        name
        and _GROUPED.fullmatch(f.text.strip())
        and _place(name.group().strip())
        and listing_cue(text)
    ):
        return False  # "by region: AU 84,200 / Europe 28,000": counts by place, no models
    if name and _GROUPED.fullmatch(f.text.strip()) and MEASURE_UNIT.match(text, f.end):
        return False  # "and Mt Kell 47,460 oz": an amount in a physical unit, no model
    if name and re.fullmatch(r"[\d,]+", f.text.strip()) and _listed_place(text, f):
        return False  # "Europe booked 9,350 trucks, North America 4,120": a place's count
    if name and _WIRE_RANGE_AFTER.match(text, f.end):
        # "CUTS FY25 NET SALES VIEW TO 4.50-4.58 BLN DLRS", "... From 4.55-4.70 BLN" (a wire
        # line read in lower case but for its first letters): a word before a range's low
        # end in a wire's scale, no model's name
        return False
    if name and not f.explicit and reporting.family_of(name.group().strip()) is None:
        return True  # "Lumia 520", but not "EPS 5.10"
    return bool(re.fullmatch(r"\d+\s*[kK]", f.text.strip()))


_WORD = re.compile(r"[A-Za-z][A-Za-z'’&.-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*%?")


def words_in(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    end = len(text) if end is None else end
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
