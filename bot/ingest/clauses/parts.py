"""Parts of a whole: "1,124 of them widebodies", named products and segments, counts of a
thing set apart from the sales figure."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.facts import reporting
from bot.facts.model import Kind
from bot.ingest import lexicon as lx
from bot.ingest.breaks import clause_start
from bot.ingest.clauses.context import Context, Slot
from bot.ingest.clauses.measures import LEADING, generic_units
from bot.ingest.metric_names import Metric, is_name, singular

_PART_VERB = re.compile(
    r"\b(?:accounted\s+for|contributed|made\s+up|represented|generated|brought\s+in)\s+"
    r"(?:(?:about|around|nearly|some|roughly|just\s+over|more\s+than|almost)\s+)?$",
    re.IGNORECASE,
)
_WITH = re.compile(r"^[\s,]*with\s+(?:(?:about|around|nearly|some|a\s+record)\s+)?$", re.I)
_GAPPED = re.compile(r"^\s*(?:,\s*)?and\s+(?P<name>[A-Z][\w&+ -]*?)\s*$")
_NAME_RUN = re.compile(r"(?:[A-Z][\w&+-]*|\d[\w-]*)(?:\s+(?:[A-Z][\w&+-]*|\d[\w-]*))*")


def _name_in(text: str, ctx: Context, *, last: bool = True) -> str | None:
    """The proper name (product, family, segment) a stretch of text gives its subject;
    the company, its people's titles and places are no such name."""
    runs = list(_NAME_RUN.finditer(text))
    for m in reversed(runs) if last else runs:
        words = m.group().split()
        while words and (words[0] in LEADING or ctx.metrics.is_company(words[0])):
            words = words[1:]
        phrase = " ".join(words)
        if phrase and is_name(phrase) and not ctx.metrics.is_company(phrase):
            return phrase
    return None


def part_named(text: str, sl: Slot, previous: list[Slot], ctx: Context) -> str | None:
    f = sl.fig
    before = text[sl.left : f.start]
    verb = _PART_VERB.search(before)
    if verb is not None:
        said = text[max(sl.subject, 0) : sl.left + verb.start()]
        relative = _RELATIVE_OPEN.search(said)
        if relative is not None:
            # "Europe, where we trade from showrooms in Ireland and Belgium, contributed":
            # the subject before the relative clause, never a name inside it
            return _name_in(said[: relative.start()], ctx)
        return _name_in(said, ctx) or (
            _name_in(text[sl.subject : sl.left], ctx) if sl.left > sl.subject else None
        )
    prior = previous[-1] if previous else None
    gapped = _GAPPED.match(text[prior.fig.end : f.start]) if prior is not None else None
    if gapped is not None and prior is not None and prior.part and is_name(gapped["name"]):
        return gapped["name"]  # "... $1.58 billion and Cloud Applications $2.29 billion"
    if _WITH.match(before) and sl.left > 0:
        # "The Kestrel Model K3 remained the volume leader, with 1,088,700 deliveries"
        subject = re.match(r"[^,;]*?(?=\s+[a-z])", text)
        return _name_in(subject.group(), ctx, last=False) if subject else None
    if f.unit == "units" and sl.metric is not None and generic_units(sl.metric):
        # "raised its forecast for Skyrunner to 6 million units", "sales of the Skyrunner
        # reached 4.2 million units": the named product a count of bare units is of
        named = list(_NAMED_OBJECT.finditer(text, clause_start(text, f.start), f.start))
        obj = named[-1] if named else None
        # "its sales goal for the U.S.": a region, read apart (`region_named`)
        if obj is not None and not reporting.regions_in(text[obj.start("obj") : obj.end() + 4]):
            return _name_in(obj["obj"], ctx, last=False)
    return None


_RELATIVE_OPEN = re.compile(r",\s+(?:where|which|whose|who)\b")
_NAMED_OBJECT = re.compile(
    r"\b(?:(?:forecasts?|targets?|goals?|plans?|outlook|guidance|estimates?)\s+for"
    r"|(?:sales|shipments|deliveries)\s+of)\s+(?:the\s+|its\s+|their\s+|our\s+)?"
    r"(?P<obj>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|\d[\w-]*))*)"
)


# The words right after a count that say what it counts: "61,300 side-by-side vehicles",
# "6,100 personal watercraft" (up to a preposition, a comma or the end)
_COUNTED_NP = re.compile(
    # ("27,310 Skyline S7 SUVs": a model's name before the noun it counts)
    r"\s+(?P<np>(?:[A-Z][\w-]*\s+(?:[A-Z0-9][\w-]*\s+)?)?(?:[a-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)"
    r"(?=\s+(?:for|in|and|at|during|to|from"
    r"|of|through|over)\b|\s*[,.;:)]|\s*$)"
)
_NP_STOP = frozenset("units unit of the a an and or in for to at".split())


def counted_apart(text: str, slots: list[Slot], paired: set[int]) -> None:
    """Counts of one sentence that the reader gave one name ("vehicles sold" for "61,300
    side-by-side vehicles and 33,900 personal watercraft") are each named by the words
    after them, so that neither is lost to a clash."""
    groups: dict[str, list[Slot]] = {}
    for sl in slots:
        if (
            not sl.skip
            and sl.metric is not None
            and sl.fig.unit == "units"
            and not sl.part
            and id(sl) not in paired  # a revision states one figure twice, in any words
            and sl.kind is Kind.ACTUAL
        ):
            groups.setdefault(sl.metric.name, []).append(sl)
    for name, group in groups.items():
        if len({sl.value for sl in group}) < 2:
            continue
        if len({sl.period for sl in group}) == len(group):
            continue  # "6,050 tonnes for the quarter, or 18,170 tonnes year to date": no clash
        verb = name.rsplit(" ", 1)[-1]
        if verb not in ("sold", "shipped", "delivered", "produced"):
            continue
        nps = []
        for sl in group:
            m = _COUNTED_NP.match(text, sl.fig.end)
            words = m["np"].split() if m else []
            if not words or words[0] in _NP_STOP or words[-1] in lx.NOT_PRODUCTS:
                nps.append(None)
                continue
            nps.append(" ".join(words))
        if None in nps or len(set(nps)) < len(nps):
            continue
        for sl, np in zip(group, nps, strict=True):
            counted = f"{np} {verb}"
            sl.metric = Metric(counted, "units", None, sl.metric.brands, np)


# "; 64 of them were its Lumen low-floor trams": a named part of the count before
_OF_THEM_NAMED = re.compile(
    r"\s+of\s+(?:them|these|those|which)\s+(?:were|was|are)\s+(?:(?:its|the|our|their)\s+)?"
    r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:\s+[a-z][\w-]*)?\s+[a-z][\w-]*s)\b"
)


BASE_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against|from)\b[^,;]{0,40}$", re.IGNORECASE
)


# "The Fjord series alone accounted for 212 of them": a named part, its name the subject
_ACCOUNTED = re.compile(
    r"(?:^|[,;]\s*)(?:[Tt]he\s+|[Ii]ts\s+|[Oo]ur\s+)?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    r"(?:\s+(?!alone\b)[a-z][\w-]*)?)\s+(?:alone\s+)?(?:accounted\s+for|made\s+up|represented)"
    r"\s+(?:(?:about|around|nearly|some|roughly)\s+)?$",
)
_OF_THOSE = re.compile(r"\s+of\s+(?:them|those|these)\b", re.IGNORECASE)


def parts_of_them(text: str, slots: list[Slot], ctx: Context) -> None:
    """A count of "them" is a named part of the count before it (never of a comparison's
    base: "compared with 388 a year earlier"), in this sentence or the one before: its
    period, kind and day, and what was done with them."""
    for i, sl in enumerate(slots):
        m = _OF_THEM_NAMED.match(text, sl.fig.end) if sl.fig.unit == "units" else None
        accounted = (
            _ACCOUNTED.search(text, 0, sl.fig.start)
            if sl.fig.unit == "units" and m is None and _OF_THOSE.match(text, sl.fig.end)
            else None
        )
        whole = next(
            (
                w
                for w in reversed(slots[:i])
                if not w.skip
                and not BASE_BEFORE.search(text, w.left, w.fig.start)
                and w.fig.unit == "units"
                and w.metric is not None
                and w.metric.family == "units"
                and w.period is not None
            ),
            None,
        )
        if whole is None and accounted is not None:
            whole = ctx.count  # "We delivered 431 boats. The Fjord series accounted for ..."
        if (m is None and accounted is None) or whole is None or whole.metric is None:
            continue
        if m is not None:
            done = whole.metric.name.split()[-1]  # "delivered", "sold", "shipped"
            name = f"{' '.join(m['name'].split())} {done}"
            sl.metric = Metric(name, "units", singular(m["name"].split()[-1]), (), m["name"])
        else:
            label = " ".join(accounted["name"].split())
            name = f"{label} {whole.metric.name}"
            sl.metric = Metric(name, "units", whole.metric.product, (), label)
        sl.period, sl.kind, sl.as_of = whole.period, whole.kind, whole.as_of
        sl.entity, sl.part, sl.skip = whole.entity, True, False


def name_product_lines(slots: list[Slot]) -> None:
    """ "shipped 15 Stellar scanners and 55 IWMI systems": counts of several product lines
    side by side are told apart by their names, which a count of one product only carries
    as an alias ("12 million Xperia smartphones": smartphones sold)."""
    counted = [
        sl
        for sl in slots
        if not sl.skip
        and sl.metric is not None
        and sl.metric.family == "units"
        and sl.fig.unit == "units"
    ]
    named = [sl for sl in counted if sl.metric.brands]
    if len(named) < 2 or len({sl.metric.brands for sl in named}) < 2:
        return
    for sl in named:
        lead = " ".join(sl.metric.brands)
        if lead.casefold() not in sl.metric.name.casefold():
            sl.metric = replace(sl.metric, name=f"{lead} {sl.metric.name}")


# "31 ships in the first nine months, 11 of them in the third quarter", "6.10 mn units in
# H1, of which 3.40 mn in Q2": how much of the figure before fell in a shorter span
_OF_THEM_IN_A_SPAN = re.compile(
    r"\s+(?:[a-z]+\s+)?of\s+(?:them|those|these)\s+(?:(?:were|came|was)\s+)?(?:in|during|over)\s+"
    r"|\s+(?:[a-z]+\s+)?(?:in|during|over)\s+"
)
_OF_WHICH_BEFORE = re.compile(r"\bof\s+which\s+$", re.IGNORECASE)


def part_in_a_span(text: str, sl: Slot, earlier: Slot | None) -> bool:
    """SL counts the part of the figure EARLIER that fell in a shorter span the words after
    it name ("11 of them in the third quarter"): the same measure, over that span (its own
    time, read as any figure's)."""
    if earlier is None or earlier.metric is None or earlier.fig.unit != sl.fig.unit:
        return False
    after = _OF_THEM_IN_A_SPAN.match(text, sl.fig.end)
    if after is None:
        return False
    # (the second form only after "of which": "of which 3.40 mn units in Q2")
    return "of" in after.group().split() or bool(
        _OF_WHICH_BEFORE.search(text, max(0, sl.fig.start - 20), sl.fig.start)
    )
