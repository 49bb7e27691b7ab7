"""Two figures joined into one range: "212,000 to 217,000", "6% to 7%", "between $1 billion
and $1.2 billion", "6-7%" (a figure with a low and a high end), told apart from a change from
one level to another ("from X to Y") and a change with its new level ("by X to Y")."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.ingest.figures import Figure

_RANGE_GAP = re.compile(
    r"\s*(?:to|-|–|—|and)\s*(?:(?:about|around|roughly|approximately|some)\s+)?[\"“”']?\s*$",
    re.IGNORECASE,
)
_CHANGE_FROM = re.compile(r"\bfrom\s+(?:(?:about|around|roughly|approximately)\s+)?[\"“”']?$", re.I)
# "raised its forecast by 20 billion yen to 300 billion yen": a change and the new level
_CHANGE_BY = re.compile(
    r"\bby\s+(?:(?:another|a\s+further|an\s+additional|about|around|some|roughly)\s+)?[\"“”']?$",
    re.I,
)
# "from $5.10 to $5.30 previously": the earlier range, not a change from one to the other
_PREVIOUSLY_AFTER = re.compile(
    r"\s*(?:[a-z]+\s+){0,2}?(?:previously|earlier|before|originally)\b", re.IGNORECASE
)
# "narrowed its goal to 190,000 to 200,000 from 185,000 to 205,000", "now sees $1.24 billion to
# $1.26 billion, up from $1.22 billion to $1.25 billion": after a range, "from X to Y" is the
# range it replaced, not a change from one end to the other
_FROM_AFTER_RANGE = re.compile(
    r"\s*(?:[a-z]+\s*)?[\s,]*(?:(?:up|down|revised\s+(?:up|down)|(?:raised|lowered|cut|narrowed|widened|trimmed)"
    r")\s+)?from\s+(?:(?:its|the|an?)\s+)?(?:(?:earlier|previous|prior|original)\s+)?"
    r"(?:(?:range|guidance|goal|target|forecast|outlook)\s+(?:of\s+)?)?"
    r"(?:(?:about|around|roughly|approximately)\s+)?[\"“”']?$",
    re.I,
)
_DOWN_FROM = re.compile(
    r"\b(?:down|lower|cut|reduced|lowered|trimmed)\s+from\s+(?:(?:about|around|roughly)\s+)?$",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\bbetween\s+(?:(?:about|around|roughly|approximately)\s+)?$", re.I)
SCALE_WORD = re.compile(
    r"(thousand|million|billion|trillion|mln|bln|trln|mn|bn|tn|lakhs?|crores?)\b", re.I
)


def join_ranges(text: str, figures: list[Figure]) -> list[Figure]:
    """ "212,000 to 217,000", "6% to 7%", "between $1 billion and $1.2 billion", "6-7%": one
    figure with a low and a high end. "from X to Y" is a change, not a range."""
    out: list[Figure] = []
    i = 0
    while i < len(figures):
        f = figures[i]
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        if (
            nxt is not None
            and nxt.value < 0
            and re.fullmatch(r"\s?[-–]\s?", text[f.end : nxt.start + 1])
        ):
            # "5.10-5.30 dlrs": a hyphen between two numbers joins them, it is no minus
            nxt = replace(nxt, start=nxt.start + 1, text=nxt.text[1:], value=-nxt.value)
        if nxt is not None:
            gap = _unit_repeated(text, nxt, text[f.end : nxt.start])
            before = text[max(0, f.start - 40) : f.start]
            joined = _RANGE_GAP.fullmatch(gap) is not None and (
                gap.strip().lower() != "and" or _BETWEEN.search(before) is not None
            )
            low, unit = f.value, nxt.unit
            if (
                f.unit not in ("units", "percent")
                and nxt.unit == "units"
                and (nxt.explicit or gap.strip() in ("-", "–", "—"))
            ):
                # ("A$2,250–2,400/oz": a dash between an amount and a bare number joins them)
                unit = f.unit  # "EUR 4.4 to 4.6 billion": the currency of the low end
                if not SCALE_WORD.search(f.text) and SCALE_WORD.search(nxt.text):
                    low = scaled_low(f.value, nxt)
            elif (
                f.unit != nxt.unit
                and f.unit == "units"
                and (not f.explicit or nxt.unit != "percent")
            ):
                pass  # "6 to 7%", "6.55 bln-6.65 bln dlrs": the low end takes the high end's unit
            elif f.unit != nxt.unit:
                joined = False
            scale = SCALE_WORD.search(nxt.text)
            if (
                joined
                and unit == nxt.unit
                and scale
                and not SCALE_WORD.search(f.text)
                and low * 1000 <= nxt.value
            ):
                low = scaled_low(low, nxt)  # "1 to 2 million": 1 million
            previously = _PREVIOUSLY_AFTER.match(text, nxt.end) is not None or (
                bool(out)
                and out[-1].high is not None
                and _FROM_AFTER_RANGE.fullmatch(text, out[-1].end, f.start) is not None
            )
            # "down from 10.5% to 11%": no fall ends higher, so it is the range it came from
            downward = _DOWN_FROM.search(before) is not None and low < nxt.value
            if (
                joined
                # "from $1.48 bln-$1.52 bln": a dash joins a range even after "from"
                and (
                    not _CHANGE_FROM.search(before)
                    or previously
                    or downward
                    or gap.strip() in "-–—"
                )
                and (not _CHANGE_BY.search(before) or _range_of_change(before, f, nxt, gap))
                and 0 <= low < nxt.value
            ):
                span = text[f.start : nxt.end]
                out.append(
                    replace(
                        f,
                        end=nxt.end,
                        text=span,
                        value=low,
                        unit=unit,
                        explicit=True,
                        high=nxt.value,
                    )
                )  # (an "EUR" low end with a bare high end: the high end's amount, in EUR)
                i += 2
                continue
        out.append(f)
        i += 1
    return out


# a unit written after both ends ("500 MW to 540 MW", "14.5 Mt to 15.0 Mt", "212,000 units to
# 217,000 units"): the low end's, before the word that joins them
_LOW_END_UNIT = re.compile(r"\s*(?P<unit>[A-Za-z][\w/²³-]{0,12})(?=\s*(?:to|and)\b|\s*[-–—])")


def _unit_repeated(text: str, high: Figure, gap: str) -> str:
    """GAP between two figures without the unit the low end repeats from after the HIGH end,
    so "500 MW to 540 MW" joins as "500 to 540 MW" does; GAP as it is otherwise."""
    m = _LOW_END_UNIT.match(gap)
    if m is None or not re.match(rf"\s*{re.escape(m['unit'])}(?!\w)", text[high.end :]):
        return gap
    return gap[m.end() :]


def scaled_low(low: float, high: Figure) -> float:
    """LOW in the scale of HIGH ("4.4" of "4.4 to 4.6 billion"), in decimal arithmetic."""
    scale = Decimal(repr(high.value)) / Decimal(repr(_bare(high)))
    return float(Decimal(repr(low)) * scale)


def _bare(f: Figure) -> float:
    """The number as written, without its scale: 2 for "2 million"."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", f.text)
    return float(m.group().replace(",", "")) if m else f.value


# a verb in the past right before "by": "rose by 2% to 15%" is a change and its new level
_PAST_BY = re.compile(
    r"\b(?:\w+ed|rose|fell|grew|gained|was|were)\s+(?:\w+ly\s+)?by\s+"
    r"(?:(?:about|around|some|roughly|between)\s+)?$",
    re.IGNORECASE,
)
_DASHES = ("-", "–", "—")


def _range_of_change(before: str, f: Figure, nxt: Figure, gap: str) -> bool:
    """Are F and NXT after "by" the range a change falls within ("expects sales to grow by 4%
    to 6%", "by 16–18%"), not a change and the level it reached? Only rates: a dash joins
    them always, "to" when the verb before "by" is not in the past (an outlook's "to grow
    by", "growing by"; "rose by 2% to 15%" stays a change to a level)."""
    if nxt.unit != "percent" or f.unit not in ("percent", "units"):
        return False
    return gap.strip() in _DASHES or _PAST_BY.search(before) is None
