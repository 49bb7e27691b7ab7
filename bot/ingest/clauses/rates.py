"""Percentages: what a rate measures (growth, margin, share) and the base it is set
against (a year earlier, the quarter before)."""

from __future__ import annotations

import re

from bot.facts import reporting
from bot.facts.model import Kind
from bot.facts.periods.words import MONTH_NUMBERS, MONTH_PATTERN
from bot.ingest import comparatives
from bot.ingest import lexicon as lx
from bot.ingest.breaks import clause_start
from bot.ingest.clauses.context import Context, Slot
from bot.ingest.clauses.joined_rates import joined_rate
from bot.ingest.clauses.measures import (
    antecedent,
    grown_subject,
    growth_from_phrase,
    lower_first,
    measure_named,
)
from bot.ingest.clauses.stretches import without_relative
from bot.ingest.figures import Figure
from bot.ingest.metric_names import Metric
from bot.ingest.subjects import (
    MEASURE_GREW,
    RETAIL_GREW,
    part_before_where,
    share_of,
)

_GROWTH_VERB = re.compile(
    r"\b(?P<verb>increased|increase|increases|rose|rise|rises|grew|grow|grows|jumped|jumps|climbed"
    r"|surged|soared|gained|up|decreased|decrease|fell|falls|declined|declines|dropped|drops|slipped"
    r"|slid|plunged|slumped|down|lost|shrank|(?:a|an)\s+(?:(?:quarterly|sequential|monthly|annual"
    r"|yearly|year[\s-](?:on|over)[\s-]year)\s+)?(?:decline|drop|fall|decrease|rise|increase"
    r"|gain|jump|climb|slide|slump|growth|plus)\s+of|growth(?:\s+of)?|(?:a\s+)?rise\s+of"
    # "Revenue growth was 6%", "Volume growth for the quarter came in at 4%": the measure's
    # growth, said with a copula
    r"|growth(?:\s+\([A-Z]{2,6}\))?(?:\s+(?:for|in|during|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?"
    r"\s+(?:was|were|is|came\s+in\s+at|stood\s+at|amounted\s+to|totall?ed))"
    r"(?:\s+by)?\s*(?:(?:only|just|about|around|nearly|almost|some|roughly|more\s+than)\s+)*$",
    re.IGNORECASE,
)
# "11.3% fewer than in the year-ago period", "5% higher year on year"
_GROWTH_AFTER = re.compile(
    r"\s*(?P<word>fewer|more|less|lower|higher|up|down|below|above)\b(?=\s+(?:than|from|on|year"
    r"|y/y|yoy|over|compared|versus|vs|against|in\s+the\s+year|the|its|last|a\s+year))",
    re.IGNORECASE,
)
_DOWN_AFTER = frozenset("fewer less lower down below".split())
_GROWTH_NOUN = re.compile(
    r"\s*(?P<noun>increase|rise|jump|growth|gain|climb|surge|decline|drop|fall|decrease|slide|slump)"
    r"\s+(?:in|of)\s+",
    re.IGNORECASE,
)
# "organic growth in orders was", "growth in net sales of": a measure's growth named after it
_GROWTH_IN = re.compile(
    r"\b(?:(?P<basis>organic|underlying|comparable|like[\s-]for[\s-]like|constant[\s-]currency)\s+)?"
    r"growth\s+in\s+(?:the\s+|its\s+|our\s+)?(?P<measure>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"\s+(?:was|were|of|came\s+(?:in\s+)?at|stood\s+at|reached|amounted\s+to)\s+"
    r"(?:(?:about|around|roughly)\s+)?$",
    re.IGNORECASE,
)
# Between a level and its bracketed change: at most a short time phrase ("in the quarter")
_BRACKETED_AFTER = re.compile(
    r"(?:\s+(?:in|for|during)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s*\(\s*"
)
# after a level, a colon or comma that opens a list of its signed rates
_LISTED_AFTER = re.compile(r"(?:\s+(?:in|for|during)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s*[:,]\s*")
# what may follow a signed rate of the level before it: the basis it is stated on ("cc",
# "at CER", "in CHF", "at constant exchange rates", "organic", "reported", "y/y"), then the
# end of the bracket, clause or sentence
_TAGGED_RATE_END = re.compile(
    r"\s*(?:(?:at\s+)?(?:cc|cer|constant\s+(?:exchange\s+rates?|currenc(?:y|ies)))"
    r"|in\s+(?:[A-Z]{3}|(?:local\s+)?currency|euros?|dollars?|francs?|pounds?|yen|reported\s+terms)"
    r"|organic(?:ally)?|reported|like[\s-]for[\s-]like)?\s*(?:\)|,|;|\.(?!\d)|$)",
    re.IGNORECASE,
)
# the close of a level's bracketed base, then the rate: "(2024: £2,488m), +5.0%"
_AFTER_BASE = re.compile(r"\s*\)\s*,?\s*")
KEY_VALUE = re.compile(r"^\s*(?P<label>[^:]{2,80}?)\s*:\s*")


# A sentence that opens by pointing back at the figure before: "That followed ...",
# "This compares with ...", "It came after ..."
# "- Comparable sales: +1.8%", "Net sales +2.6% YoY": a measure, then its signed change
_SIGNED_CHANGE = re.compile(
    r"(?:^|(?<=[,;(]))\s*[•*-]*\s*(?P<label>[A-Za-z][\w&' -]{2,40}?)\s*:?\s*$"
)
SIGNED_VS = re.compile(
    r"\s*(?:(?:vs\.?|versus|against|on|over|compared\s+(?:with|to))\s+(?:the\s+)?"
    r"(?:PY|LY|prior\s+year|last\s+year|previous\s+year|year\s+before|a\s+year\s+(?:ago|earlier))"
    r"|YoY|y/y|year[\s-](?:on|over)[\s-]year"
    # "CHF 19.02 billion: +7% at CER, +2% reported": the level's change on a stated basis
    r"|(?:at|in)\s+(?:CER|constant\s+(?:currency|currencies|exchange\s+rates?))|reported|organic)\b",
    re.IGNORECASE,
)
_CHANGE_MEASURE_OF = re.compile(
    r"(?P<label>[A-Za-z][\w&'-]*(?:\s+[A-Za-z][\w&'-]*){0,3}?)\s+(?:of|at)\s+"
    r"(?:(?:about|around|roughly|approximately)\s+)?$",
    re.IGNORECASE,
)


_GROWTH_PLAN = re.compile(
    r"\b(?P<measure>(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*)\s+growth\s+(?:guidance|forecast|outlook"
    r"|target|expectations?)\b[^.;%]{0,60}$",
    re.IGNORECASE,
)
# An outlook's rate, the measure named before it: "expects consolidated volume growth for
# fiscal year 2025 in the range of", "sees organic sales growth this year of"; or after
# "growth of": "expects ... a growth of the normalized EBITDA between"
_EXPECTED_GROWTH = re.compile(
    r"\b(?:expects?|expected|expecting|sees|forecasts?|projects?|anticipates?|guides?|outlook"
    r"|guidance)\b[^.;%]{0,40}?(?:\b(?P<measure>(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*)\s+growth\b"
    r"(?!\s+of\b)[^.;%]{0,70}?|\bgrowth\s+of\b[^.;%]*?)"
    r"(?:of|at|between|to|in\s+the\s+range\s+of|in\s+a\s+range\s+of)\s*$",
    re.IGNORECASE,
)
_EXPECT_TO_GROW = re.compile(
    r"\b(?:expects?|expected|sees|forecasts?|projects?|anticipates?)\s+(?:its\s+|the\s+)?"
    r"(?:full[\s-]year\s+)?(?:(?:19|20)\d\d\s+)?(?P<measure>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"(?:\s*\([^)]{1,20}\))?\s+to\s+(?P<dir>be\s+up|be\s+down|grow|rise|increase|climb|fall"
    r"|decline|shrink)\s+(?:by\s+)?(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
_GROWTH_OF = re.compile(
    r"\bgrowth\s+of\s+(?:the\s+|its\s+|our\s+)?(?P<measure>(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)"
    r"\s+(?:of|at|between|to|in\s+the\s+range\s+of)\s*$",
    re.IGNORECASE,
)
_WHOLE_WORDS = frozenset({"consolidated", "total", "group", "overall", "the"})
# a verb, what it changed, then "by": "increased the group sales by", "rose in the first half
# year by"
_BY_RATE = re.compile(
    r"\b(?P<verb>increased|raised|grew|lifted|boosted|rose|reduced|lowered|decreased|fell"
    r"|declined)\b(?P<mid>[^.;%\d]{0,60}?)\bby\s+(?:about\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_DOWN_BY = frozenset("reduced lowered decreased fell declined".split())


# What a rate of growth is measured against, said after it: "2.1% QoQ", "1.9% in constant
# currency (CC)", "YoY CC growth of 5.6%"
_SEQUENTIAL_AFTER = re.compile(
    r"\s*(?:\(|,)?\s*(?:QoQ|q/q|MoM|m/m|sequential(?:ly)?|quarter[\s-](?:on|over)[\s-]quarter"
    r"|month[\s-](?:on|over)[\s-]month|over\s+the\s+(?:previous|prior|preceding)\s+quarter"
    # "up 6.2% from the second quarter's $660.6 million": the quarter before as the base
    r"|(?:from|on|over|versus|vs\.?)\s+the\s+(?:previous|prior|preceding|first|second|third)"
    r"\s+quarter['’]s)\b",
    re.IGNORECASE,
)
_SEQUENTIAL_BEFORE = re.compile(
    r"\b(?:QoQ|q/q)\s+(?:\w+\s+)?(?:growth|change|increase)\s+(?:of\s+)?$"
    # "a quarterly increase of 5.4%" beside "an annual increase of 11.7%"
    r"|\b(?:a|an)\s+(?:quarterly|sequential|monthly)\s+(?:increase|decrease|rise|fall|decline"
    r"|growth|gain|drop)\s+of\s+$",
    re.IGNORECASE,
)
_LIKE_FOR_LIKE = re.compile(r"\blike[\s-](?:for|to)[\s-]like\b", re.IGNORECASE)
_CONSTANT_CURRENCY = re.compile(
    r"\b(?:in\s+)?constant[\s-]currency\b|\bCC\b|\bconstant\s+exchange\s+rates?\b|\bCER\b"
    # ("+12% cc": written small right after a rate, never "a 125 cc engine")
    r"|(?<=%)\s*(?:at\s+)?cc\b"
)


_BASIS_AFTER = re.compile(
    r"\s+(?:at|in)\s+constant\s+(?:exchange\s+rates?|currenc(?:y|ies))(?:\s*\([A-Z]{2,3}\))?",
    re.IGNORECASE,
)


_OWN_BASIS = re.compile(
    r"\s*(?:(?:at|in)\s+constant\s+(?:exchange\s+rates?|currenc(?:y|ies))(?:\s*\([A-Z]{2,3}\))?"
    r"|(?:at\s+)?(?:cc|cer)\b)",
    re.IGNORECASE,
)


def _basis_window(text: str, sl: Slot, slots: list[Slot]) -> tuple[int, int, int]:
    """Where a rate's basis words may be: from the figure before it (or its clause, at most
    40 characters back) to the figure after it (at most 25 characters on, or the basis
    phrase right after it: "7 percent at constant exchange rates (CER)")."""
    k = next(i for i, o in enumerate(slots) if o is sl)
    begin = max(clause_start(text, sl.fig.start), sl.fig.start - 40)
    if k:
        begin = max(begin, slots[k - 1].fig.end)
        if begin == slots[k - 1].fig.end and (own := _OWN_BASIS.match(text, begin)):
            # "up 7% at constant exchange rates and up 3% in Swiss francs": the basis right
            # after the rate before is that rate's, never this one's
            begin = own.end()
    stated = _BASIS_AFTER.match(text, sl.fig.end) or _SEQUENTIAL_AFTER.match(text, sl.fig.end)
    end = max(sl.fig.end + 25, stated.end() if stated else 0)
    if k + 1 < len(slots):
        end = min(end, slots[k + 1].fig.start)
    return begin, sl.fig.start, end


# a basis named by its own word, right after the rate or among the words just before it
_NAMED_BASIS = re.compile(r"\b(?:organic(?:ally)?|currency[\s-]neutral)\b", re.IGNORECASE)
_NAMED_BASIS_AFTER = re.compile(
    r"\s*(?:pct|per\s?cent)?\s*(?:on\s+an?\s+)?(?:organic(?:ally)?|currency[\s-]neutral)\b",
    re.IGNORECASE,
)


_EACH_AT_CC = re.compile(
    r",?\s*(?:each|both|all)\s+(?:at|in)\s+constant\s+(?:currency|currencies|exchange\s+rates?)"
    r"\s*[.;]?\s*$",
    re.IGNORECASE,
)


def rate_basis(text: str, sl: Slot, name: str, slots: list[Slot]) -> str:
    """A growth rate's basis in its name: "sequential revenue growth" (against the quarter
    before), "constant currency revenue growth" (without exchange rate effects). A rate
    joined to one before it shares the basis written before that one ("QoQ growth of 1.4% in
    reported terms and 1.9% in constant currency"), never the basis written after it."""
    if sl.fig.unit != "percent" or not name.endswith(("growth", "change")):
        return name
    begin, start, end = _basis_window(text, sl, slots)
    befores = [(begin, start)]
    if sl.lead is not None:
        lead_begin, lead_start, _ = _basis_window(text, sl.lead, slots)
        befores.append((lead_begin, lead_start))
    # (a joined rate's own words before it are the rate before's: "6% at CER, 2% in CHF")
    own = befores[1:] if sl.lead is not None else befores
    near = any(_CONSTANT_CURRENCY.search(text, a, b) for a, b in own)
    near = near or _CONSTANT_CURRENCY.search(text, sl.fig.end, end) is not None
    # "... 5 to 7 percent and ... 8 to 10 percent, each at constant exchange rates"
    near = near or _EACH_AT_CC.search(text, sl.fig.end) is not None
    if near and "constant currency" not in name:
        name = f"constant currency {name}"
    # "grew 2.6% on a like-to-like basis", "up 4.1% like-for-like": the same shops, plants
    # or businesses in both periods, a basis of its own (the words as the report writes them)
    like = _LIKE_FOR_LIKE.search(text, sl.fig.end, end) or next(
        (m for a, b in own if (m := _LIKE_FOR_LIKE.search(text, a, b))), None
    )
    if like is not None and "like" not in name:
        name = f"{'-'.join(like.group().lower().split())} {name}"
    # "up 1.4% organically", "-0.8% organic at constant exchange rates", "organic growth 8.1
    # pct", "rose 1% on a currency-neutral basis": a basis of its own, beside the reported rate
    basis = _NAMED_BASIS_AFTER.match(text, sl.fig.end) or next(
        (m for a, b in own if (m := _NAMED_BASIS.search(text, max(a, b - 25), b))), None
    )
    if basis is not None:
        word = "currency-neutral" if "neutral" in basis.group().lower() else "organic"
        if word not in name:
            name = f"{word} {name.removeprefix('constant currency ')}"
    sequential = _SEQUENTIAL_AFTER.match(text[:end], sl.fig.end) or any(
        _SEQUENTIAL_BEFORE.search(text[max(a, b - 30) : b]) for a, b in befores
    )
    sequential = (
        sequential or _against_quarter_before(text, sl, end) or _against_month_before(text, sl, end)
    )
    if sequential and not name.startswith("sequential"):
        name = f"sequential {name}"
    return name


# "up 3% on the September quarter": a base quarter named by its last month, right after
_ON_MONTH_QUARTER = re.compile(
    r"\s*(?:on|over|from|versus|vs\.?|compared\s+(?:with|to)|against)\s+the\s+"
    rf"(?P<month>{MONTH_PATTERN})\s+quarter\b(?!\s*(?:of\s+)?(?:FY|fiscal|financial|(?:19|20)?\d\d\b))",
    re.IGNORECASE,
)


def _against_quarter_before(text: str, sl: Slot, end: int) -> bool:
    """A quarter's rate against the quarter just before it, named by its month ("December
    quarter output up 3% on the September quarter"): a sequential rate, never the year's."""
    m = _ON_MONTH_QUARTER.match(text[:end], sl.fig.end)
    if m is None or sl.period is None or sl.period.months != 3:
        return False
    month = MONTH_NUMBERS.get(m["month"].lower()[:3])
    return month is not None and (sl.period.end.month - 3 - 1) % 12 + 1 == month


# "increased by 8.52% compared with September 2025 revenue": a base month, right after
_AGAINST_MONTH = re.compile(
    r"\s*(?:on|over|from|versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:the\s+)?"
    rf"(?P<month>{MONTH_PATTERN})(?:\s+(?P<year>(?:19|20)\d\d))?\b(?!\s+quarter)",
    re.IGNORECASE,
)


def _against_month_before(text: str, sl: Slot, end: int) -> bool:
    """A month's rate against the month just before it ("October revenue increased by 8.52%
    compared with September 2025 revenue"): a sequential rate, never the year's."""
    m = _AGAINST_MONTH.match(text[:end], sl.fig.end)
    if m is None or sl.period is None or sl.period.months != 1:
        return False
    month = MONTH_NUMBERS.get(m["month"].lower()[:3])
    before = (sl.period.start.month - 2) % 12 + 1
    year = sl.period.start.year - (sl.period.start.month == 1)
    return month == before and (m["year"] is None or int(m["year"]) == year)


_COMPARED_LEVEL = re.compile(
    # ("improved to 8.2% from 6.8% a year earlier": the same rate, for another period)
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against|(?:(?:up|down)\s+)?from)\s+"
    r"(?:(?:about|around|roughly)\s+)?$",
    re.IGNORECASE,
)


def percent_metric(
    text: str,
    sl: Slot,
    previous: list[Slot],
    ctx: Context,
    pair: tuple[Slot, Slot, Kind] | None,
) -> Metric | None:
    f = sl.fig
    before = text[sl.left : f.start]
    ruled, ruled_metric = _rate_by_pairing(text, before, sl, previous, ctx, pair)
    if ruled:
        return ruled_metric
    ruled, ruled_metric = _rate_by_grown_subject(text, sl)
    if ruled:
        return ruled_metric
    ruled, ruled_metric = _rate_named_nearby(text, sl, ctx)
    if ruled:
        return ruled_metric
    planned = _PLANNED_AMOUNT.search(text, max(0, f.start - 80), f.start)
    if planned is not None and lx.MONEY_HEADS.get(planned["head"].lower()) is not None:
        # "raised the service revenue range to 5% to 7%": a plan for an amount, stated as a
        # percentage, is a plan for its growth
        name = f"{' '.join(planned['mods'].split())} {lx.MONEY_HEADS[planned['head'].lower()]}"
        return Metric(f"{name.strip()} growth", "percent", None, (), "")
    rate = _PLANNED_RATE.search(text, max(0, f.start - 100), f.start)
    if rate is not None:
        fam = reporting.family_of(rate["what"])
        if fam is not None and fam.states_change:
            # "cut its outlook for company-operated same-restaurant sales to 1.5% to 2.5%":
            # a plan for a measure that is itself a rate of change
            what = " ".join(rate["what"].lower().split())
            name = what if what.endswith(("growth", "change")) else f"{what} growth"
            return Metric(name, "percent", None, (), what)
    return _rate_of_growth_words(text, before, sl, previous, ctx) or _named_rate(before)


# "its fiscal 2024 outlook for company-operated same-restaurant sales to 1.5% to 2.5%"
_PLANNED_RATE = re.compile(
    r"\b(?:outlook|guidance|forecast|target|range|expectations?)\s+for\s+"
    r"(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?)\s+(?:to|of|at)\s+"
    r"(?:(?:between|about|around)\s+)?$",
    re.IGNORECASE,
)


# "the cancellation rate was 13.8%", "a capture rate of 81%", "the attach ratio stood at":
# a rate the company names, by its name
# ("The net combined ratio improved to", "The Solvency II ratio was": a ratio's name may
# have three words, a proper one capitals, and its verb say which way it went)
_NAMED_RATE = re.compile(
    r"\b(?P<name>(?:[a-z][\w-]*\s+){1,2}(?:rate|ratio)|(?:[A-Za-z][\w-]*\s+){1,3}ratio)\s+"
    r"(?:was|were|is|of|stood\s+at|came\s+in\s+at|reached|averaged"
    r"|(?:came|improved|rose|fell|increased|decreased|declined|deteriorated|eased)\s+to)"
    r"\s+(?:(?:about|around|roughly|approximately)\s+)?$"
)
# rates of a market or an economy, never of the company; and words that say only which
_NOT_OWN_RATE = frozenset(
    "interest exchange mortgage inflation unemployment policy repo base discount prime bank"
    " savings funds fixed variable lending borrowing deposit coupon yield growth run tax the a"
    " an its our their this that".split()
)


def _named_rate(before: str) -> Metric | None:
    m = _NAMED_RATE.search(before)
    if m is None:
        return None
    words = [w if w.isupper() else w.lower() for w in m["name"].split()]  # "Solvency II"
    words = [w for w in words if w.lower() not in ("the", "a", "an", "its", "our", "their")]
    if len(words) < 2 or any(w.lower() in _NOT_OWN_RATE or "'" in w for w in words[:-1]):
        return None
    name = " ".join(words)
    return Metric(name, "percent", None, (), name)


# "the service revenue range to", "its revenue guidance of", "sales outlook at"
_PLANNED_AMOUNT = re.compile(
    r"\b(?:the|its|our|their)\s+(?:\d{4}\s+)?(?P<mods>(?:[a-z]+\s+){0,2}?)"
    r"(?P<head>revenues?|sales|net\s+sales|turnover)\s+(?:growth\s+)?(?:range|guidance|outlook"
    r"|target|forecast)\s+(?:to|of|at)\s+(?:(?:between|about|around)\s+)?$",
    re.IGNORECASE,
)


def _based(text: str, base: Slot, previous: list[Slot]) -> bool:
    """Whether BASE is the bracketed base of the level just before it: "£2,612m (2024:
    £2,488m", the same measure inside brackets opened after the level."""
    if len(previous) < 2 or previous[-2].metric is None or base.metric is None:
        return False
    level = previous[-2]
    opened = text.find("(", level.fig.end, base.fig.start)
    return (
        level.metric.name == base.metric.name
        and opened >= 0
        and ")" not in text[opened : base.fig.start]
    )


def _rate_by_pairing(
    text: str,
    before: str,
    sl: Slot,
    previous: list[Slot],
    ctx: Context,
    pair: tuple[Slot, Slot, Kind] | None,
) -> tuple[bool, Metric | None]:
    """A rate read from its neighbours: a change of a revised forecast (none), a keyed
    comparative, a margin or growth of the level before, a share; (True, metric) once a
    rule decides."""
    f = sl.fig
    if pair is not None or (
        re.search(r"\b(?:" + "|".join(lx.KIND_NOUNS) + r")\b", before, re.IGNORECASE)
        and (re.search(r"\bby\s*$", before))
    ):
        return True, None  # "cut its forecast by 40%": how much a forecast changed, not a figure
    if sl.keyed and (base := antecedent(previous, f)) is not None and base.family == "percent":
        return True, base  # "+1.8% (PY -2.2%)": the same rate, for the period its label names
    level = previous[-1] if previous else None
    if (
        level is not None
        and not level.skip
        and level.metric is not None
        and level.metric.family in ("money", "units")
        and f.text[:1] in "+-−–"
        and (
            (
                _BRACKETED_AFTER.fullmatch(text, level.fig.end, f.start)
                and _TAGGED_RATE_END.match(text, f.end, min(len(text), f.end + 45))
            )
            or (
                _LISTED_AFTER.fullmatch(text, level.fig.end, f.start)
                and _TAGGED_RATE_END.match(text, f.end, min(len(text), f.end + 45))
                and _TAGGED_RATE_END.match(text, f.end)[0].strip(" ,;.")
            )
            or (
                # "Revenue £2,612m (2024: £2,488m), +5.0%": after the level's base in its
                # brackets, the rate to the item's end is the level's change
                _AFTER_BASE.fullmatch(text, level.fig.end, f.start)
                and _based(text, level, previous)
                and _TAGGED_RATE_END.match(text, f.end, min(len(text), f.end + 45))
            )
        )
    ):
        # "revenue reached R$ 9.3 billion in the quarter (+4.2%)": a signed rate alone in
        # brackets after a level is that level's change; so is one tagged with its basis
        # after a colon or comma ("CHF 8.06 billion: +9% cc, +4% in CHF")
        name = f"{level.metric.name} growth"
        return True, Metric(name, "percent", None, (), name)
    grown = _GROWTH_IN.search(text, clause_start(text, f.start), f.start)
    if grown is not None and reporting.family_of(grown["measure"]) is not None:
        # "organic growth in orders was 8%": the growth of the measure named after "in"
        basis = " ".join((grown["basis"] or "").lower().replace("-", " ").split())
        # named as written: "organic order intake growth" (the level's name) had the engine
        # answer "organic order growth" with the reported 6% instead of asking
        name = " ".join(f"{basis} {grown['measure'].lower()} growth".split())
        return True, Metric(name, "percent", None, (), name)
    share = share_of(text, f, ctx.metrics)
    if share is not None:
        return True, share
    return False, None


def _rate_by_grown_subject(text: str, sl: Slot) -> tuple[bool, Metric | None]:
    """A growth whose clause names what grew ("retail sales in X grew 5%", a planned or
    expected growth, "by 5%"); (True, metric) once a rule decides."""
    f = sl.fig
    opening = clause_start(text, f.start)
    grew = MEASURE_GREW.search(text[opening : f.start])
    if grew is not None:
        name = f"{grew['measure'].lower()} growth"
        if (grew["opener"] or "").lower() == "where":
            # "Latin Region North (LRN), where volume fell 2%": that part's rate, never the
            # whole's; with no part named before it, the rate is no one's we can name
            part = part_before_where(text, opening)
            if part is None:
                return True, None
            name = f"{part} {name}"
        if re.search(r"\b(?:fell|decreased|declined|dropped|slipped|down)\b", grew.group(), re.I):
            sl.value = -f.value
        return True, Metric(name, "percent", None, (), name)
    retail = RETAIL_GREW.search(text, max(sl.subject, clause_start(text, f.start)), f.start)
    if retail is not None:
        thing = [
            w
            for w in retail["thing"].split()
            if w.lower() not in ("total", "overall", "and", "while", "but", "whereas")
        ]
        if thing and not any(w.lower() in lx.EMPTY_MODIFIERS for w in thing):
            name = f"{' '.join(thing)} retail sales growth"
            if retail["dir"].lower() in (
                "down",
                "fell",
                "declined",
                "decreased",
                "dropped",
                "slipped",
            ):
                sl.value = -f.value
            return True, Metric(name, "percent", None, (), name)
    subject = grown_subject(text, f)
    if subject is not None:
        return True, subject
    planned = _GROWTH_PLAN.search(text, max(0, f.start - 90), f.start)
    if planned is not None and reporting.family_of(planned["measure"]) is not None:
        # "its FY26 constant-currency revenue growth guidance to 2.0%–4.0%": a planned rate
        name = (
            f"{planned['measure'].lower().replace('constant-currency', 'constant currency')} growth"
        )
        return True, Metric(name, "percent", None, (), name)
    by = _BY_RATE.search(text, max(sl.left, clause_start(text, f.start)), f.start)
    if by is not None:
        # "increased the group sales by 7 percent", "The core operating profit rose in the
        # first half year by 11 percent": the measure the verb's object or subject names
        named = measure_named(by["mid"]) or measure_named(
            text[clause_start(text, by.start()) : by.start()]
        )
        if named is not None:
            if by["verb"].lower() in _DOWN_BY:
                sl.value = -f.value
            return True, Metric(f"{named} growth", "percent", None, (), f"{named} growth")
    to_grow = _EXPECT_TO_GROW.search(text, max(0, f.start - 120), f.start)
    if to_grow is not None:
        # "expects full-year 2025 capacity (ASMs) to grow 4.5% to 5.5%": what it expects to
        # grow, named as written
        if to_grow["dir"].lower().split()[-1] in ("down", "fall", "decline", "shrink"):
            sl.value = -f.value
        name = f"{to_grow['measure'].lower()} growth"
        return True, Metric(name, "percent", None, (), name)
    return False, None


def _rate_named_nearby(text: str, sl: Slot, ctx: Context) -> tuple[bool, Metric | None]:
    """A rate named by an expected growth, a signed label, a "change in" phrase, the words
    around it or a labelled key; (True, metric) once a rule decides."""
    f = sl.fig
    expected = _EXPECTED_GROWTH.search(text, max(0, f.start - 140), f.start)
    if expected is None or expected["measure"] is None:
        expected = _GROWTH_OF.search(text, max(0, f.start - 90), f.start)
    if expected is not None and reporting.family_of(expected["measure"]) is not None:
        # "expects consolidated volume growth for fiscal year 2025 in the range of 0.5% to
        # 1.5%", "expects ... a growth of the normalized EBITDA between 5% and 8%": the rate
        # the outlook names, of the measure as a question names it (the whole's, unqualified)
        words = [
            w if w.isupper() and len(w) > 1 else w.lower()  # "EBITDA" keeps its capitals
            for w in expected["measure"].split()
            if w.lower() not in _WHOLE_WORDS
        ]
        name = f"{' '.join(words)} growth"
        return True, Metric(name, "percent", None, (), name)
    signed = (
        _SIGNED_CHANGE.search(text, max(0, f.start - 60), f.start) if f.text[:1] in "+-−–" else None
    )
    if signed is not None and _negative_margin(signed["label"], f):
        # "Operating margin was -2.3%": a loss's margin, the level itself (a margin's change
        # is written in points)
        signed = None
    if signed is not None and reporting.family_of(signed["label"]) is not None:
        # "Comparable sales +2.6% YoY", "Net sales: -1.2%": a measure's change, its sign
        # written before it
        label = " ".join(signed["label"].lower().split())
        # ("Volume growth for 2023 was -1.5%": the measure, not its time or its verb)
        label = re.sub(r"\s+(?:growth|change)\b.*$|\s+(?:for|in|during|over)\s.*$", "", label)
        label = re.sub(r"\s+(?:was|were|is|are|came\s+in\s+at|stood\s+at)$", "", label)
        return True, Metric(f"{label} growth", "percent", None, (), f"{label} growth")
    changed = _CHANGE_MEASURE_OF.search(text, max(sl.left - 1, f.start - 60), f.start)
    if changed is not None:
        family = reporting.family_of(changed["label"])
        grown = any(f.key == "growth" for f in reporting.families_of(changed["label"]))
        if family is not None and family.states_change and family.key != "growth" and not grown:
            # "comparable sales of flat to up 1%", "like-for-like sales of 4.1%": a measure
            # that is a change already, the figure its rate
            return True, Metric(f"{family.label} growth", "percent", None, (), f"{family.label}")
    own = ctx.metrics.tail(text, f, sl.right)
    if own is not None and own.family == "percent":
        return True, own
    m = ctx.metrics.near(text, f, sl.left, f.start)
    if m is not None and m.family == "percent":
        return True, m
    label = KEY_VALUE.match(text)
    if label is not None and label.end("label") <= sl.left:
        # "(c) EBITDA margin: expected to be 11% to 12%": the label names the figure
        m = ctx.metrics.near(text, f, 0, label.end("label"))
        if m is not None and m.family == "percent":
            return True, m
        # "Same-store sales (existing stores, year on year): Q1 FY2025 +3.0%": a measure that
        # is a change already, its rate labelled by the period
        said = " ".join(re.sub(r"\([^)]*\)", " ", label["label"]).split())
        fam = reporting.family_of(said) if said else None
        if fam is not None and fam.states_change and fam.key != "growth":
            name = f"{said[:1].lower()}{said[1:]} growth"
            return True, Metric(name, "percent", None, (), name)
    return False, None


# "Underlying volume growth (UVG) was 4%": a measure's initials in brackets, which end the
# figure's stretch of the sentence though the measure named before them is its subject
_INITIALS_OPEN = re.compile(r"\((?-i:[A-Z][A-Za-z&]{1,6})$")


def _before_initials(text: str, left: int) -> int:
    """Where the clause begins when a figure's stretch opens right after bracketed initials
    (LEFT at the closing bracket); LEFT itself otherwise."""
    if text[left : left + 1] != ")":
        return left
    m = _INITIALS_OPEN.search(text, max(0, left - 8), left)
    if m is None:
        return left
    stop = max(text.rfind(c, 0, m.start()) for c in ",;:")
    return stop + 1


COMPARED_BEFORE = re.compile(
    r"(?:\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst|\b(?:up|down)\s+from)\s+"
    r"(?:[\w$€£¥-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _rate_of_growth_words(
    text: str, before: str, sl: Slot, previous: list[Slot], ctx: Context
) -> Metric | None:
    """The measure a growth verb or noun beside the rate names ("revenue rose 4%", "growth of
    4% in revenue"), else the figure it is compared with; None for a change of another
    measure."""
    f = sl.fig
    left = _before_initials(text, sl.left)
    verb = _GROWTH_VERB.search(text, left, f.start)
    after = _GROWTH_AFTER.match(text, f.end)
    noun = _GROWTH_NOUN.match(text, f.end)
    if verb is None and noun is None and after is None and SIGNED_VS.match(text, f.end):
        # "Group revenue £268.9m, +7.4% vs. PY": the change of the level just stated
        earlier = next(
            (p for p in reversed(previous) if not p.skip and p.metric and not p.keyed), None
        )
        if f.text[:1] in "+-−–" and earlier is not None and earlier.metric.family != "percent":
            sl.of = earlier
            return Metric(f"{earlier.metric.name} growth", "percent", None, (), "")
    if verb is None and noun is None and after is None:
        joined = joined_rate(text, sl, previous, ctx.published)
        if joined is not None:
            return joined
        level = next((p for p in reversed(previous) if not p.skip and p.metric), None)
        if (
            level is not None
            and level.metric.family == "percent"
            and not level.metric.name.endswith(("growth", "change"))
            and _COMPARED_LEVEL.search(before)
        ):
            return level.metric  # "margin was 58.2%, compared with 57.4% a year earlier"
        return None
    if verb is not None and verb["verb"].lower().startswith("growth"):
        word = "growth"  # "growth was 6%": its sign is the figure's own
    elif verb is not None and re.search(r"\bof\s*$|^(?:a|an)\s", verb["verb"], re.IGNORECASE):
        word = verb["verb"].split()[-2 if verb["verb"].lower().endswith("of") else -1].lower()
    elif verb is not None:
        word = verb["verb"].lower().split()[-1]
    elif noun is not None:
        word = noun["noun"].lower()
    else:
        word = after["word"].lower()  # type: ignore[index]
    if noun is not None and verb is None:
        base = ctx.metrics.growth(text, noun.end(), min(len(text), noun.end() + 80))
        if base is None:
            base = growth_from_phrase(text, noun.end())
    else:
        # ("Volume growth for 2024 came in at 4%": what grew is named before "growth")
        said = verb is not None and verb["verb"].lower().startswith("growth")
        base = ctx.metrics.growth(
            text, left if said else sl.left, verb.start("verb") + 6 if said else f.start
        )
        earlier = next(
            (
                p
                for p in reversed(previous)
                if not p.skip
                and p.metric
                and not p.keyed
                # ("R$ 21,436 million in 2025, compared with R$ 19,870 million in 2024, an
                # increase of 7.9%": the change of the first, not of the one compared with)
                and not COMPARED_BEFORE.search(text, max(0, p.fig.start - 40), p.fig.start)
            ),
            None,
        )  # "£1,284.6m (fiscal 2023: £1,231.0m), up 4.4%": the change of the first, not the base
        if base is None and earlier is not None and earlier.metric.family != "percent":
            # ", a decline of 3.6% from ...", ", up 4% on the year before": the change of
            # the figure just stated, for its period
            base = Metric(f"{earlier.metric.name} growth", "percent", None, (), "")
            sl.of = earlier
        if base is None:
            part = _ABSOLUTE_PART.search(text, max(0, f.start - 60), f.start)
            # "Sales of e-bikes, which make up 60% of volume, rose 11%": the subject before
            # the relative clause grew, not a noun inside it
            subject = without_relative(text)
            # "sales were up 6.2%, with online sales up 14.5% and stores up 2.1%": the part
            # is of the whole before "with", never of the part named before it
            whole_end = _WITH_PARTS.search(subject, 0, sl.left)
            base = ctx.metrics.growth(
                subject, 0, whole_end.start() if part is not None and whole_end else sl.left
            ) or ctx.metrics.growth(subject, 0, sl.left)
            if part is not None and _NOT_A_PART.match(part["part"]):
                return None  # "revenue rose 4%, with prices up 2%": another measure's change
            if base is not None and part is not None:
                # "sales fell 2.3%, with food up 1.2% and clothing down 6.1%": the food part
                whole = re.sub(r"^(?:group|total|overall)\s+", "", lower_first(base.name, text))
                name = f"{part['part']} {whole}"  # "stores": a part of the group's figure
                base = Metric(name, "percent", None, (), name)
        if base is None:
            # "growth of 6 percent in 2007, when the company sold 9.37 million vehicles":
            # the sentence's level names what grew
            base = ctx.metrics.counted_later(text, f.end)
    if base is None:
        return None
    if word in lx.DOWN_WORDS or word in _DOWN_AFTER:
        sl.value = -f.value
    return base


_ABSOLUTE_PART = re.compile(
    r"(?:\bwith|\band|\bwhile|,)\s+(?:the\s+)?(?!(?:with|and|while|the)\b)"
    r"(?P<part>[A-Za-z][\w&-]*(?:\s+(?!(?:was|were|is|are)\b)[A-Za-z][\w&-]*)?)"
    r"\s+(?:(?:was|were|is|are)\s+)?(?:up|down|rising|falling|growing|declining|gaining|dropping)\s+(?:by\s+)?"
    r"(?:(?:about|around|nearly|roughly|some|just)\s+)?$",
    re.IGNORECASE,
)


_WITH_PARTS = re.compile(r",?\s+with\s+", re.IGNORECASE)
_NOT_A_PART = re.compile(
    r"(?:it|they|this|that|which|sales|revenue|revenues|volumes?|prices?|demand|profits?|"
    r"margins?|earnings|shares|the\s+\w+)$",
    re.IGNORECASE,
)


# "operating profit was 26.9 billion yen, up 11.6% from 24.1 billion yen": the level a
# stated change was measured from
_RATE_FROM = re.compile(
    r"\b(?:up|down|rose|fell|increased|decreased|grew|declined|gained|dropped|climbed|higher"
    r"|lower|an?\s+(?:increase|decrease|rise|fall|decline|growth)\s+of)\s+(?:by\s+)?"
    r"(?:about\s+|around\s+)?[+\-−]?[\d.,]+\s?%\s+"
    # ("rose 5.5% to 4.62 million from": the level it rose to, then its base)
    # (its currency a sign, a code or a sign in letters; its scale a word: "to Rs 98.6
    # crore from", "to N742.5 billion from")
    r"(?:to\s+(?:[A-Z]{0,3}[$€£¥₹₦]|[A-Z][A-Za-z]{0,2}\.?\s?)?[\d.,]+"
    r"(?:\s*(?:million|billion|thousand|crores?|lakhs?|bn|mn|mln|m))?\s+)?"
    r"(?:from|on|over|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SEQUENTIAL_CUE = re.compile(
    r"\b(?:sequential(?:ly)?|qoq|q/q|mom|m/m|(?:quarter|month)[\s-](?:on|over)[\s-](?:quarter|month)"
    r"|(?:previous|prior|preceding"
    r"|last)\s+(?:quarter|month|half))\b",
    re.IGNORECASE,
)


def base_of_rate(text: str, slots: list[Slot]) -> None:
    """The level after "up 11.6% from" is the same measure a year before the level stated
    just before it (a year-on-year change, unless the sentence says it is sequential), not a
    second figure for the same period."""
    if _SEQUENTIAL_CUE.search(text):
        return
    for i, sl in enumerate(slots):
        if sl.skip or sl.period is None or sl.metric is None or sl.kind is not Kind.ACTUAL:
            continue
        if sl.fig.unit == "percent" or not _RATE_FROM.search(
            text, max(0, sl.fig.start - 60), sl.fig.start
        ):
            continue
        level = next(
            (
                p
                for p in reversed(slots[:i])
                if not p.skip and p.metric is not None and p.fig.unit == sl.fig.unit
            ),
            None,
        )
        if (
            level is not None
            and level.metric.name == sl.metric.name
            and level.period == sl.period
            and level.value != sl.value
        ):
            sl.period = comparatives.year_before(sl.period)


def _negative_margin(label: str, f: Figure) -> bool:
    """Is F a margin below zero that LABEL names ("EBIT margin: -2.3%")?"""
    found = reporting.family_of(label)
    return found is not None and found.key == "margin" and f.value < 0
