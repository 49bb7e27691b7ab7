"""Prior-year figures in parentheses: "Net sales rose to MSEK 13,940 (13,510)", "a margin of
18.9% (18.3)", "SEK 31.4 bn on 30 September 2025 (30.6)". Nordic and German reports write the
same period of the year before as a bare number in brackets right after a figure, and say so
once ("Figures in parentheses refer to the same period of the previous year"). The bracketed
number is written in the figure's scale and unit, and stands for the figure's period a year
earlier: a fact of its own, never a figure to read a metric for.

A report that never states the convention still uses it when it writes three or more such
pairs; one stray pair ("14 (see note 3)") is no convention.
"""

from __future__ import annotations

import itertools
import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date

from bot.facts.model import Period
from bot.ingest.figures import Figure

# "Figures in parentheses refer to the same period of the previous year", "Amounts in
# brackets relate to the corresponding period last year", "prior-year figures in brackets"
_CONVENTION = re.compile(
    r"\b(?:figures|amounts|numbers|values|comparatives?)\s+(?:with)?in\s+(?:parenthes[ie]s"
    r"|brackets)\s+(?:refer|relate|are|show|denote|indicate|represent|give)[^.]{0,60}?"
    r"\b(?:previous|prior|preceding|last|same|corresponding|comparable)\b"
    r"|\b(?:previous|prior|last)[\s-]year(?:'s)?\s+(?:figures|amounts|comparatives?)\s+"
    r"(?:are\s+)?(?:(?:shown|given|stated)\s+)?in\s+(?:parenthes[ie]s|brackets)",
    re.IGNORECASE,
)
# Between a figure and its bracket: nothing, or the day a level is stated for
# ("SEK 31.4 bn on 30 September 2025 (30.6)")
_BETWEEN = re.compile(
    r"(?:\s+(?:on|at|as\s+(?:of|at))\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)"
    r"\s+(?:19|20)\d\d)?\s*\(\s*$"
)
# Between a count and its bracket: the things it counts ("402,115 passengers (395,086)",
# "13,720 trucks (14,410)"), a word or three and no clause of their own
_THINGS_BETWEEN = re.compile(
    r"(?:\s+(?!(?:in|at|on|of|to|from|for|and|or|by|than|vs|versus|against|compared|"
    r"with|was|were|is|are)\b)[a-z][a-z-]*){1,3}\s*\(\s*$"
)
# the bracketed number alone: digits in the figure's own notation, a sign at most
_BARE = re.compile(r"\(\s*(?P<n>[-−–]?\d[\d,.]*)\s*\)")
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_ENOUGH = 3  # pairs that make a convention of a report that never states it


@dataclass(frozen=True)
class Comparative:
    """The bracketed prior-year number of the figure at `of` (its start)."""

    of: int
    start: int
    end: int
    value: float  # in the figure's scale and unit
    # a bracket that names its own day ("(31 December 2024: 17)"): the level on that day,
    # and the day the figure itself stood at ("19 lines at 30 June 2025"), when named
    day: date | None = None
    figure_day: date | None = None


def states_convention(text: str) -> bool:
    """Whether a report writes prior-year figures in brackets: it says so, or it writes
    enough "figure (number)" pairs to make it its style."""
    if _CONVENTION.search(text):
        return True
    pairs = 0
    for m in _BARE.finditer(text):
        before = text[max(0, m.start() - 40) : m.start() + 1]
        if re.search(r"(?:%|\d\s?(?:bn|m|mn|k|billion|million)?|[A-Z]{3}\s?[\d,.]+)\s*\($", before):
            pairs += 1
            if pairs >= _ENOUGH:
                return True
    return False


def _scale(fig: Figure) -> float | None:
    """What the figure's written number is multiplied by: 1e6 for "MSEK 14,820"."""
    m = _DIGITS.search(fig.text)
    if m is None:
        return None
    written = float(m.group().replace(",", ""))
    return fig.value / written if written else None


def split(text: str, figs: list[Figure]) -> tuple[list[Figure], dict[int, Comparative]]:
    """FIGS less the bracketed prior-year numbers, and each of those by the start of the
    figure it follows."""
    found: dict[int, Comparative] = {}
    dropped: set[int] = set()
    for a, b in itertools.pairwise(figs):
        if b.explicit or a.high is not None:
            continue  # "(€4.6bn)", "(+5%)": a conversion or a change, never a comparative
        opened = text.rfind("(", a.end, b.start + 1)
        bare = _BARE.match(text, opened) if opened >= 0 else None
        if bare is None or bare.end() < b.end:
            continue
        if not _BETWEEN.fullmatch(text, a.end, bare.start() + 1) and not (
            a.unit == "units" and _THINGS_BETWEEN.fullmatch(text, a.end, bare.start() + 1)
        ):
            continue
        scale = _scale(a)
        if scale is None or re.fullmatch(r"(?:19|20)\d\d", bare["n"]):
            continue  # "(2024)": a year, not a figure
        value = float(bare["n"].replace(",", "").replace("−", "-").replace("–", "-")) * scale
        found[a.start] = Comparative(a.start, bare.start(), bare.end(), float(f"{value:.12g}"))
        dropped.add(b.start)
    return [f for f in figs if f.start not in dropped], found


def year_before(period: Period) -> Period:
    """The same span a year earlier (a month's last day stays its last day)."""
    return Period(_back(period.start, False), _back(period.end, True))


def _back(day: date, end: bool) -> date:
    last = monthrange(day.year - 1, day.month)[1]
    if end and day.day == monthrange(day.year, day.month)[1]:
        return date(day.year - 1, day.month, last)
    return date(day.year - 1, day.month, min(day.day, last))


# an amount in brackets right after another in the same currency: "SEK 1.08 billion (SEK 1.01
# billion)" (no conversion: a conversion is in another currency)
_SAME_BRACKET = re.compile(r"\s*\(\s*")
_CLOSED = re.compile(r"\s*\)")


def same_currency_brackets(
    text: str, figs: list[Figure]
) -> tuple[list[Figure], dict[int, Comparative]]:
    """FIGS less the amounts bracketed right after an amount in the same currency, each the
    same figure a year earlier, as the Nordic style writes it even where the report never
    states the convention ("Net sales rose to SEK 1.08 billion (SEK 1.01 billion)")."""
    found: dict[int, Comparative] = {}
    dropped: set[int] = set()
    for a, b in itertools.pairwise(figs):
        if (
            a.unit in ("units", "percent")
            or a.unit != b.unit
            or a.high is not None
            or b.high is not None
            or not _SAME_BRACKET.fullmatch(text, a.end, b.start)
            or not _CLOSED.match(text, b.end)
            # ("R$ 21,436 million (BRL 21.4 billion)": the same amount written again)
            or abs(b.value - a.value) <= 0.01 * abs(a.value)
        ):
            continue
        found[a.start] = Comparative(a.start, b.start, b.end, b.value)
        dropped.add(b.start)
    return [f for f in figs if f.start not in dropped], found


# "(31 December 2024: 17)", "(June 30, 2024: 2.02M)", "(30 September 2024: 1,162,000; ...)":
# the bracket opens on a day and a colon, then the number
_DAY_COLON = re.compile(r"\s*:\s*$")
_OPENS = re.compile(r"\(\s*$")
# what may stand between a level and its bracket: its noun and the day it stood at ("lines in
# operation at 30 June 2025", "showrooms"), no clause of its own
_LEVEL_WORDS = re.compile(r"[^()\n;:]{0,60}")
# between a day and the figure that stood at it: "at 30 March 2025 was £186.3m", ": 61,240"
_DAY_THEN = re.compile(
    r"\s*[:,]?\s*(?:(?:was|were|stood\s+at|of|totall?ed|came\s+to|amounted\s+to|reached)\s+)?",
    re.IGNORECASE,
)
# the day a figure stands at, just before it: "Clients at August 31, 2025: 61,240"
_AT_DAY_BEFORE = re.compile(r"\b(?:at|on|as\s+(?:of|at))\s+$", re.IGNORECASE)


def dated_brackets(
    text: str, figs: list[Figure], times: list
) -> tuple[list[Figure], dict[int, Comparative]]:
    """FIGS less the numbers of brackets that open on a day ("19 lines in operation at 30
    June 2025 (31 December 2024: 17)", "Clients at August 31, 2025: 61,240 (August 31,
    2024: 58,910)"), each the same level on its bracket's day: a level's earlier reading,
    in the figure's scale and unit."""
    days = [t for t in times if t.mode == "day" and t.day is not None]
    found: dict[int, Comparative] = {}
    dropped: set[int] = set()
    for a, b in itertools.pairwise(figs):
        if a.high is not None or b.high is not None or a.start in found:
            continue
        opened = text.rfind("(", a.end, b.start)
        if opened < 0 or not _LEVEL_WORDS.fullmatch(text, a.end, opened):
            continue
        day = next(
            (
                t
                for t in days
                if _OPENS.search(text, a.end, t.start) is not None
                and text.rfind("(", 0, t.start + 1) == opened
                and _DAY_COLON.fullmatch(text, t.end, b.start)
            ),
            None,
        )
        if day is None:
            continue
        if b.explicit and b.unit != a.unit:
            continue  # "(31 March 2024: 58%)" beside a count: another measure
        scale = 1.0 if b.explicit else _scale(a)
        if scale is None:
            continue
        # the day the figure stood at: right after it ("... at 30 June 2025 (") or just
        # before it ("Clients at August 31, 2025: 61,240")
        own = next(
            (
                t.day
                for t in days
                if (a.end <= t.start and t.end <= opened)
                or (
                    t.end <= a.start
                    and _DAY_THEN.fullmatch(text, t.end, a.start)
                    and _AT_DAY_BEFORE.search(text, max(0, t.start - 8), t.start)
                )
            ),
            None,
        )
        value = float(f"{b.value * scale:.12g}")
        found[a.start] = Comparative(a.start, b.start, b.end, value, day.day, own)
        dropped.add(b.start)
    return [f for f in figs if f.start not in dropped], found
