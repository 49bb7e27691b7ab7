"""The first pass over a sentence's figures: whether each is a figure of ours, its metric
(named, then made exact) and its kind."""

from __future__ import annotations

import re

from bot.facts import reporting
from bot.facts.model import Kind
from bot.facts.quantities import MEASURE_UNIT
from bot.ingest import lexicon as lx
from bot.ingest.asides import no_sales_fact, theirs
from bot.ingest.breakdowns import Breakdown
from bot.ingest.breaks import clause_start, subject_clause_start
from bot.ingest.clauses.accounted_parts import accounted_part
from bot.ingest.clauses.context import Context, Slot
from bot.ingest.clauses.cumulative import running_count
from bot.ingest.clauses.deals import one_deal
from bot.ingest.clauses.figure_metric import COMPARED, STOCK, name_metric
from bot.ingest.clauses.held import ended_at_level, ended_with_level, level_on_day
from bot.ingest.clauses.keyed_bases import keyed_base_metric
from bot.ingest.clauses.kinds import kind_near
from bot.ingest.clauses.labelled import labelled_measure
from bot.ingest.clauses.measures import (
    counted_event,
    generic_units,
    is_fleet,
    lead_level,
    measure_of,
    past_possessive,
    planned_event,
    qualified_like,
    result_said_as,
    stock_level_of,
    with_topic,
)
from bot.ingest.clauses.net_new import net_new_count
from bot.ingest.clauses.outlets import held_before, outlet_event
from bot.ingest.clauses.parts import (
    part_named,
)
from bot.ingest.clauses.planned_counts import planned_count
from bot.ingest.clauses.planned_levels import planned_holding
from bot.ingest.clauses.rates import KEY_VALUE, SIGNED_VS
from bot.ingest.clauses.work_done import corporate_deed, done_count
from bot.ingest.conversions import (
    CONVERTED_SENTENCE,
    approximate_conversion,
    bracketed_conversion,
    exchange_rate,
)
from bot.ingest.counts import no_product
from bot.ingest.figures import UNNAMED_CURRENCY, Figure
from bot.ingest.layout import Sentence
from bot.ingest.measures import measured as measured_amount
from bot.ingest.metric_names import Metric, named_part
from bot.ingest.rate_units import rate_unit
from bot.ingest.subjects import (
    subject_owner,
)
from bot.ingest.thresholds import bar_of
from bot.ingest.timing import TimeMention, find_times
from bot.ingest.writers import writers_aside

# "..., roughly US$800 million at today's exchange rate": the rate converts the amount right
# before it (read apart as a figure of its own), not the sentence's
# (the amount may name its currency after it: "about 8.7 bln yuan at current rates")
_RATE_AFTER_AMOUNT = re.compile(
    r"(?:\d|million|billion|bn|bln|mln|m)(?:\s+(?:[a-z]+\s+)?(?:dollars?|euros?|yen|yuan"
    r"|renminbi|pounds?|francs?|kronor|kroner|krona|krone|won|rupees?|reais|real|pesos?))?"
    r"\s*,?\s*$",
    re.IGNORECASE,
)


_PER_BEFORE = re.compile(r"\bper\s+$|\bfor\s+every\s+$", re.IGNORECASE)
_AFTER_PERCENT = re.compile(r"(?:%|\bper\s?cent|\bpct)\s*,?\s*$", re.IGNORECASE)


def _converted_sentence(text: str) -> bool:
    return any(
        not (
            m.group().lower().startswith(("at", "using"))
            and (
                _RATE_AFTER_AMOUNT.search(text, 0, m.start())
                # "up 3.7% at current exchange rates": the basis of a growth rate
                or _AFTER_PERCENT.search(text, 0, m.start())
            )
        )
        for m in CONVERTED_SENTENCE.finditer(text)
    )


_NET_CHANGE = re.compile(
    r"\b(?:a\s+)?(?:net\s+)?(?:(?P<up>additions?|increase|gain)|(?P<down>reductions?|decline"
    r"|decrease|loss))\s+of\s+(?:(?:about|around|nearly|some|roughly|approximately)\s+)?$",
    re.IGNORECASE,
)
_UNIT_SUBJECT = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:while|whereas|and|but|with)\s+)(?:the|its|our|their)\s+"
    # "unit" of a business, never the "unit" of "unit sales" (a count of what was sold)
    r"(?P<seg>(?:[\w&-]+\s+){1,3}?)(?:unit(?!\s+(?:sales|shipments|deliveries|volumes?)\b)"
    r"|division|segment|business|arm)\b(?!\s+of\b)",
    re.IGNORECASE,
)


def _last_unit_subject(text: str, start: int, end: int) -> re.Match[str] | None:
    """The segment named last before END: "with the milling segment at EUR 300 million and
    the baking segment at EUR 112 million" names the baking segment for the second amount."""
    matches = list(_UNIT_SUBJECT.finditer(text, start, end))
    return matches[-1] if matches else None


# "driven by the snacks division, where sales climbed 9.1%": the division's sales
_WHERE_SEGMENT = re.compile(
    r"\b(?:the|its|our|their)\s+(?P<seg>(?:[\w&-]+\s+){1,3}?)(?:unit|division|segment|business"
    r"|arm),?\s+where$",
    re.IGNORECASE,
)


# "Net sales in the Japan Generics segment were", "Revenue of the Pumps division, ..., rose
# to": the part named right after the measure, in its subject
_SEGMENT_AFTER_MEASURE = re.compile(
    r"\b(?:in|of|at|from|for)\s+(?:the|its|our|their)\s+"
    r"(?P<seg>(?-i:[A-Z][\w&-]*)(?:\s+(?:&\s+)?(?-i:[A-Z][\w&-]*)){0,3})\s+"
    r"(?:segment|division|business|arm)\b(?!\s+of\b)[^\d]{0,100}$"
)
_SENTENCE_HEAD = re.compile(
    r"^\W*(?:[A-Za-z][\w-]*\s+){0,3}?(?:sales|revenues?|profit|income|EBITDA|EBIT|orders)\s+$", re.I
)


def _segment_after_measure(text: str, end: int) -> re.Match[str] | None:
    """ "Net sales in the Japan Generics segment were ¥141.2 billion": the segment named
    after the measure that opens the sentence, with no figure between it and END."""
    m = _SEGMENT_AFTER_MEASURE.search(text, 0, end)
    if m is None or not _SENTENCE_HEAD.match(text[: m.start()]):
        return None
    return m


# "What I can say is that in Machine Tools, orders ...", "In the Drive Systems division,
# revenue ...": a named part framing the clause after it
_IN_PART = re.compile(
    r"(?:^|\bthat\s+|[.;:]\s+)in\s+(?:the\s+)?"
    r"(?P<seg>(?-i:[A-Z][\w&-]*)(?:\s+(?-i:[A-Z][\w&-]*)){0,3})"
    r"(?:\s+(?:division|segment|business|unit|arm))?\s*,\s*$",
    re.IGNORECASE,
)


_WILL_END_WITH = re.compile(
    r"\bwill\s+(?:leave|end|finish|close|exit)\b[^,;]{0,60}\bwith\s+"
    r"(?:(?:about|around|some|nearly)\s+)?$",
    re.IGNORECASE,
)


# a bracketed label of the reported basis right before a figure: "(GAAP: $1.98)"
_BASIS_LABEL = re.compile(
    r"\(\s*(?:GAAP|IFRS|reported|statutory|unadjusted|as\s+reported)\s*:?\s*$", re.IGNORECASE
)
_ADJUSTED_WORD = re.compile(
    r"^(?:adjusted|non-gaap|underlying|core|normali[sz]ed)\s+", re.IGNORECASE
)
# a plan moved "from" a figure, no figure it moved to in between
_MOVED_FROM = re.compile(
    r"\b(?:guidance|forecast|outlook|target|range)\s+(?:is|was|has\s+been|have\s+been|is\s+being)?\s*"
    r"(?:raised|lowered|cut|increased|reduced|narrowed|lifted|upgraded|downgraded|trimmed"
    r"|revised\s+(?:up|down)(?:wards?)?)\b[^.;\d]{0,40}?\bfrom\s+(?:the\s+|its\s+)?"
    r"(?:previous\s+|earlier\s+|original\s+)?$",
    re.IGNORECASE,
)
_OPEN_BRACKET = re.compile(
    r"(?:\s*/\s*[a-z]{1,6})?\s*[(\[]\s*(?:(?:about|around|approx\.?|approximately|roughly|some"
    r"|c\.|~|≈)\s*)?$",
    re.IGNORECASE,
)


# "$44 million of it in the fourth quarter": a part of the sentence's first amount
_PERIOD_WORD = re.compile(r"^(?:full[\s-]year|annual|yearly|half[\s-]year|nine[\s-]month)\s+", re.I)
_OF_IT = re.compile(r"\s+of\s+(?:it|that|this)\b", re.IGNORECASE)
# "the segment's", "the division's": a part the clause points back to without naming it
_UNNAMED_PART = re.compile(
    r"\b(?:the|this|that)\s+(?:segment|division|unit|business|arm)['’]s\b", re.IGNORECASE
)


# "EUR 7,742 million (2024: EUR 7,803 million), or about SEK 85 billion": the same amount
# put in another currency, after a comma and "or"
_OR_ABOUT = re.compile(
    r"\)?(?:\s+(?:in|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?\s*,?\s+or\s+"
    r"(?:(?:about|around|approximately|roughly|some|nearly|almost|c\.)\s*)?",
    re.IGNORECASE,
)


def _converted(text: str, before: Figure, f: Figure) -> bool:
    """F, in brackets right after an amount in another currency, or after it and ", or
    about", is that amount converted."""
    money = before.unit not in ("units", "percent") and f.unit not in ("units", "percent")
    return (
        money
        and before.unit != f.unit
        and (
            _OPEN_BRACKET.fullmatch(text, before.end, f.start) is not None
            or _OR_ABOUT.fullmatch(text, before.end, f.start) is not None
        )
    )


def _framed_part(text: str, clause: int, ctx: Context) -> re.Match[str] | None:
    """The part of the company an "In <Part>," frame names for the clause at CLAUSE; never
    a region, a time, or a company."""
    m = _IN_PART.search(text, max(0, clause - 80), clause + 1)
    if m is None:
        return None
    seg = m["seg"]
    if (
        reporting.regions_in(seg)
        or find_times(seg, ctx.published)
        or ctx.names.mentions(seg)
        or ctx.metrics.is_company(seg)
    ):
        return None
    return m


def _level_compared(text: str, slots: list[Slot], i: int, sl: Slot) -> Metric | None:
    """ "..., up from 2.1 million households at 30 September 2024": the level before it,
    counted on another day."""
    if not COMPARED.search(text[sl.left : sl.fig.start]):
        return None
    return next((p.metric for p in reversed(slots[:i]) if p.level and not p.skip), None)


# "compared with", "against", "up from" right before a base ("..., against 49 800 tonnes")
_BASE_LEAD = re.compile(
    r"(?:\bcompared\s+(?:with|to)|\bagainst|\bversus|\bvs\.?|\bfrom)\s+"
    r"(?:(?:about|around|some|roughly|nearly|the|a|an)\s+)*$",
    re.IGNORECASE,
)


def _measured_base(text: str, slots: list[Slot], i: int) -> bool:
    """Slot I is the base an amount in a physical unit is compared with, in that unit:
    "harvested 54 200 tonnes in the quarter, against 49 800 tonnes a year earlier"."""
    f = slots[i].fig
    unit = MEASURE_UNIT.match(text, f.end)
    if not i or unit is None or _BASE_LEAD.search(text, slots[i].left, f.start) is None:
        return False
    before = slots[i - 1]
    first = MEASURE_UNIT.match(text, before.fig.end)
    return (
        not before.skip
        and first is not None
        and first["unit"].lower() == unit["unit"].lower()
        and measured_amount(text, before.fig.start, before.fig.end, before.left) is not None
    )


def _nothing_sold(text: str, slots: list[Slot], i: int, ctx: Context) -> bool:
    """Slot I is a count of things that are neither sold nor measured nor a rate nor a
    revision's base: "hosted 14 events", "filed 120 patents"."""
    sl, f = slots[i], slots[i].fig
    return (
        f.unit == "units"
        and no_product(
            text,
            f.end,
            text[: f.start],
            ctx.metrics.learned,
            (ctx.names.main.name, *ctx.names.main.aliases),
        )
        and not measured_amount(text, f.start, f.end, sl.left)  # "3.2 million tonnes"
        and labelled_measure(text, sl, ctx) is None  # "Harvest: 60,200 tonnes"
        and not _measured_base(text, slots, i)  # "..., against 49 800 tonnes a year earlier"
        and rate_unit(text, f) is None  # "618 thousand barrels per day", "3.9 GW"
        and not _revised_from(text, slots, i)
        # "... to 4,918,640 tonnes (FY24: 5,104,210 tonnes)": the base its bracket keys
        and keyed_base_metric(text, slots, i) is None
        # "Mainland China accounted for 27.96 million TEU": a part of the count before
        and accounted_part(text, slots, i, ctx) is None
    )


def read_roles(
    s: Sentence,
    text: str,
    times: list[TimeMention],
    slots: list[Slot],
    i: int,
    sl: Slot,
    listing: Breakdown | None,
    first_pair: tuple[Slot, Slot, Kind] | None,
    ctx: Context,
) -> None:
    """Whether SL is a figure of ours at all, and if so its metric and kind."""
    f = sl.fig
    if f.unit == UNNAMED_CURRENCY:
        sl.skip, sl.note = True, "a currency the report never names"
        return
    if ctx.outside_writer and writers_aside(text, f.start):
        # "(we estimate the extra week added about $230 million)": a research note's own
        sl.skip, sl.note = True, "the writer's own estimate"
        return
    if one_deal(text, f):
        # "The $1.28 billion Sabre modification ... was booked in the first quarter"
        sl.skip, sl.note = True, "one deal's value"
        return
    if f.unit not in ("units", "percent") and _converted_sentence(text):
        # "For readers who think in U.S. dollars, our revenue was roughly US$2.6 billion":
        # an amount converted for the reader, not a figure the company reports
        sl.skip, sl.note = True, "a conversion"
        return
    if exchange_rate(text, f):
        # "at A$1 = US$0.65": a rate, no amount of anyone's
        sl.skip, sl.note = True, "an exchange rate"
        return
    if approximate_conversion(text, f):
        # "In euro terms the quarter's sales came to about EUR 3.3 billion"
        sl.skip, sl.note = True, "a conversion"
        return
    if i and _converted(text, slots[i - 1].fig, f):
        # "US$412 million (A$629 million)": the same amount at a day's exchange rate
        sl.skip, sl.note = True, "a conversion in brackets"
        return
    if bracketed_conversion(text, f, [p.fig for p in slots[:i]]):
        # "CHF 32.47 billion for 2025 (around US$40.3 billion)": the same amount restated
        sl.skip, sl.note = True, "a conversion in brackets"
        return
    clause = clause_start(text, f.start)
    whose = theirs(text, f, sl.left, sl.right, clause, ctx.names)
    if whose is None and corporate_deed(text, f):
        # "completed 3 acquisitions": the company's doing for itself, no figure of its business
        sl.skip, sl.note = True, "a corporate doing"
        return
    # ("opened 131 new clubs": outlets the vocabulary does not list, opened or closed)
    held = held_before(slots, i, ctx)
    event = (
        # ("130 net new stores": what the period added, before the stores' noun is read alone)
        (net_new_count(text, f) or counted_event(text, f, slots[:i]) or outlet_event(text, f, held))
        if whose is None
        else None
    )
    if event is None and whose is None and (done := done_count(text, f)) is not None:
        # "toured 118,400 guests": work done on things, counted over the period (the things
        # are counted when named again: "... across 6.04 billion transactions")
        event, thing = done
        ctx.metrics.learned.add(thing)
    if event is None and whose is None:
        # "has carried more than 250 million guests since its first flight in March 2012": a
        # running total of things, whatever they are
        event = running_count(text, f, times)
    # "Dealer inventory stood at 38,700 units": a stock the rules below name as one
    stock = (
        stock_level_of(text, subject_clause_start(text, f.start), f.start)
        or level_on_day(text, subject_clause_start(text, f.start), f)
        or ended_with_level(text, clause_start(text, f.start), f)
        or ended_at_level(text, subject_clause_start(text, f.start), f)
        or _level_compared(text, slots, i, sl)
        or (Metric("fleet size", "units", None, (), "fleet") if is_fleet(text, f) else None)
        # "targets 31,000 machines in operation by 30 June 2026": a plan's level on a day
        or planned_holding(text, f)
        if f.unit == "units"
        else None
    )
    aside = whose or (no_sales_fact(text, f, clause) if event is None and not stock else None)
    if aside is not None:
        sl.skip, sl.note = True, aside
        return
    if bar_of(text, f) is not None:
        # "customers with ARR of $100,000 or more": the bar they pass, no ARR of ours
        sl.skip, sl.note = True, "a threshold customers pass"
        return
    if event is None and not stock and _nothing_sold(text, slots, i, ctx):
        # "we now target 19,000 pupils for FY28": a count the company plans, whatever it counts
        own = (ctx.names.main.name, *ctx.names.main.aliases)
        event = planned_count(text, clause, f, own)
        if event is None:
            # "hosted 14 events", "filed 120 patents": counted, but nothing sold
            sl.skip, sl.note = True, "a count of things, not of sales"
            return
    if f.unit == "units" and _PER_BEFORE.search(text, max(0, f.start - 12), f.start):
        # "€512 per 1,000 litres": the quantity a price is counted per, no amount of its own
        sl.skip, sl.note = True, "what a rate is per"
        return
    sl.value = f.value
    if _CHANGE_LABEL.search(text, sl.left, f.start):
        # "Net sales: previous forecast 182,000; revised forecast 191,500; change 9,500
        # (5.2%)": how much a figure changed, labelled so
        sl.skip, sl.note = True, "a change, not a level"
        return
    if f.unit != "percent" and _DELTA.search(text, max(0, f.start - 120), f.start):
        # "view cut by another 70,000 units to 2.01 mln": how much it changed, not a
        # level; the level after "to" is read from the same subject
        sl.skip, sl.note = True, "a change, not a level"
        nxt = slots[i + 1] if i + 1 < len(slots) else None
        if nxt is not None and re.match(
            r"\s*(?:units?\s+|[a-z]+\s+)?to\b", text[f.end : nxt.fig.start]
        ):
            delta = _DELTA.search(text, max(0, f.start - 120), f.start)
            by = text.rfind(" by", 0, f.start)
            nxt.left, nxt.subject_end = sl.left, by if delta and by > delta.start() else f.start
        return
    # -- metric
    if not name_metric(s, text, slots, i, sl, clause, event, listing, first_pair, ctx):
        return
    if not _refine_metric(s, text, slots, i, sl, ctx):
        return
    if _MOVED_FROM.search(text, max(0, f.start - 120), f.start):
        # "MtO gold guidance is lowered from 180,000 – 200,000 ounces": the plan it replaced,
        # stated on a day the sentence does not give, beside no new figure of its own
        sl.skip, sl.note = True, "a replaced plan with no figure replacing it"
        return
    # -- kind
    _read_kind(s, text, times, slots, i, sl, ctx)
    if sl.kind is not Kind.ACTUAL and past_possessive(text, f, times, ctx):
        # "expects second-half revenue to be similar to the first half's $1.4 billion":
        # the first half's figure is what it was, whatever the sentence expects
        sl.kind = Kind.ACTUAL


def _refine_metric(
    s: Sentence, text: str, slots: list[Slot], i: int, sl: Slot, ctx: Context
) -> bool:
    """The named measure made exact: a level owned by a subject, a net change in a count, a
    part or segment the clause names, a lead-in's level on its day. False for a change in a
    count, which is no figure of its own."""
    f = sl.fig
    if sl.metric is not None and f.unit == "units":
        sl.metric = ctx.metrics.owned_level(sl.metric, text, clause_start(text, f.start), f.start)
    if f.unit == "units" and f.text[:1] in "+-−" and SIGNED_VS.match(text, f.end):
        # "7.4M at year end, +0.6M YoY": how much a count changed, not the count
        sl.skip, sl.note = True, "a change in a count"
        return False
    net = _NET_CHANGE.search(text, max(0, f.start - 40), f.start) if f.unit == "units" else None
    if net is not None:
        # "a net addition of 2,318": how much a count changed over the period, never
        # the count at its end
        level = sl.metric.name if sl.metric is not None else None
        if level is None or not STOCK.search(level):
            sl.skip, sl.note = True, "a change in a count"
            return False
        word = "reduction" if net["down"] else "addition"
        name = f"net {level} {word}"
        sl.metric = Metric(name, "units", None, (), name)
    # ("revenue rose to $2.87 billion and EBITDA was a profit of $118 million, against a
    # loss of $89 million in 2024, with $44 million of it in the fourth quarter": the
    # nearest amount stated, not one it was compared with)
    whole = next(
        (
            p
            for p in reversed(slots[:i])
            if not p.skip
            and p.fig.unit == f.unit
            and p.metric is not None
            and not p.metric.name.endswith("loss")
        ),
        None,
    )
    of_it = whole is not None and whole.metric is not None and _OF_IT.match(text, f.end)
    if of_it:
        # "a profit of $118 million, ..., with $44 million of it in the fourth quarter"
        name = _PERIOD_WORD.sub("", whole.metric.name)  # (its own period: no "full-year")
        sl.metric = Metric(name, whole.metric.family, None, whole.metric.brands, name)
    said = result_said_as(text, clause_start(text, f.start), f.start)
    if said is not None and sl.metric is not None and sl.metric.family == "money":
        sl.metric = said  # "adjusted EBITDA was still a loss of $89 million"
    elif sl.metric is not None and i:
        sl.metric = qualified_like(text, sl, slots[i - 1]) or sl.metric
    if sl.metric is not None and _BASIS_LABEL.search(text, max(0, f.start - 20), f.start):
        # "adjusted diluted EPS of $2.43 (GAAP: $1.98)": the bracketed figure is the measure
        # as reported, without the adjustment
        name = _ADJUSTED_WORD.sub("", sl.metric.name).strip()
        if name and name != sl.metric.name:
            sl.metric = Metric(name, sl.metric.family, sl.metric.product, sl.metric.brands, name)
    part = part_named(text, sl, slots[:i], ctx)
    if of_it and part is not None and part.lower() in lx.EMPTY_MODIFIERS:
        part = None  # "Full-year EBITDA was ..., with $44 million of it in Q4": no part
    if part is not None and sl.metric is not None and sl.metric.family != "percent":
        sl.metric, sl.part = named_part(sl.metric, part), True
    owner = subject_owner(text, f, ctx.metrics.is_company) if part is None else None
    if (
        owner is not None
        and sl.metric is not None
        and sl.metric.name == measure_of(sl.metric.name)
        and owner.casefold() not in sl.metric.name.casefold()
    ):
        # "Parts & Equipment (P&E) led with revenue of EUR 80m": the subject's revenue
        name = f"{owner} {sl.metric.name}"
        brands = (*sl.metric.brands, owner)
        sl.metric, sl.part = Metric(name, sl.metric.family, None, brands, name), True
    if sl.metric is not None and not sl.part:
        sl.metric = with_topic(text, sl.metric, ctx)
        clause = clause_start(text, f.start)
        segment = (
            _last_unit_subject(text, clause, f.start)
            or _WHERE_SEGMENT.search(text, max(0, clause - 80), clause + 5)
            or _segment_after_measure(text, f.start)
        )
        if segment is None and sl.region is None:
            segment = _framed_part(text, clause, ctx)
        if segment is not None and sl.metric.family in ("money", "percent"):
            # "The battery materials unit swung to an operating loss of 48 billion won",
            # "the continence care business grew 6%": the segment's own measure, never
            # another segment's named in a clause before
            name = f"{segment['seg'].strip()} {measure_of(sl.metric.name)}"
            sl.metric, sl.part = Metric(name, sl.metric.family, None, (), name), True
        elif _UNNAMED_PART.search(text, clause, f.start):
            # "the segment's adjusted EBITDA loss narrowed to $38 million": a part's measure,
            # and the clause does not say which part; never the company's whole
            sl.skip, sl.note = True, "an unnamed part's figure"
            return False
    if (
        s.role == "item"
        and ctx.lead_in
        and f.unit == "units"
        and (sl.metric is None or generic_units(sl.metric))
        and (level := lead_level(ctx.lead_in, ctx.published)) is not None
    ):
        # "Dealer inventory at July 31, 2025:" over "- North America: 36,200 units": the
        # level the lead-in names, on its day, for the item's part
        measure, day = level
        label = KEY_VALUE.match(text)
        part = label["label"].strip() if label is not None else ""
        region = reporting.region_of(part) if part else None
        sl.metric = Metric(measure, "units", None, (), measure)
        if part and region is None:
            sl.metric, sl.part = named_part(sl.metric, part), True
        sl.region = region.label if region is not None else sl.region
        sl.keyed_day = day
    return True


def _read_kind(
    s: Sentence,
    text: str,
    times: list[TimeMention],
    slots: list[Slot],
    i: int,
    sl: Slot,
    ctx: Context,
) -> None:
    """The kind of SL (actual, forecast, target, ...): the words nearest it, a list's lead-in,
    the figure it is compared with, else an actual."""
    f = sl.fig
    sl.kind = (
        kind_near(text, sl.left, f, sl.right)
        or kind_near(text, 0, f, sl.left)
        or (ctx.list_kind if s.role == "item" else None)  # "2025 outlook:" over the list
        or (Kind.TARGET if planned_event(text, f) else None)  # "stores it is shutting"
        # "the closings will leave the chain with 404 stores": the level it will have
        or (Kind.FORECAST if _WILL_END_WITH.search(text, sl.left, f.start) else None)
        or Kind.ACTUAL
    )
    if (
        i
        and COMPARED.search(text[sl.left : f.start])
        and slots[i - 1].kind is not None
        and not (kind_near(text, sl.left, f, sl.right))
    ):
        sl.kind = (
            slots[i - 1].kind
            if re.search(r"\bprevious|\bearlier|\boriginal", text[sl.left : f.start])
            else sl.kind
        )
    if sl.kind is Kind.FORECAST and _EXPECT_TO_ACT.search(text, sl.left, f.start):
        # "we now expect to open between 140 and 150 new stores": what the company means to
        # do itself is its plan, as "plans to open" is
        sl.kind = Kind.TARGET
    if sl.kind is Kind.ACTUAL and f.high is not None and _EXPECTED.search(text, 0, f.start):
        # "were expected to be between 5% and 15% higher than the 269.8 cents reported ...,
        # being between 283 and 310 cents": a result is one figure; a range in a sentence of
        # expectations is the expectation, whatever word stands nearer it
        sl.kind = Kind.FORECAST


_EXPECT_TO_ACT = re.compile(
    r"\b(?:we|it|the\s+(?:group|company))\s+(?:now\s+|still\s+)?expects?\s+to\s+(?:open|close"
    r"|add|shut|refurbish|relocate)\s+(?:(?:about|around|some|between|up\s+to)\s+)?$",
    re.IGNORECASE,
)
_EXPECTED = re.compile(
    r"\b(?:(?:is|are|was|were)\s+expected\s+to|expects?\s+(?:to|that)|anticipated\s+to"
    r"|estimated\s+to\s+be)\b",
    re.IGNORECASE,
)
_CHANGE_LABEL = re.compile(
    r"(?:^|[;:(,]\s*|\b(?:and|with)\s+)(?:the\s+)?(?:net\s+)?(?:change|difference|variance"
    r"|increase\s*\(decrease\)|increase|decrease)\s*(?:of|was|is|:)?\s*(?:\(\w+\)\s*)?$",
    re.IGNORECASE,
)
_DELTA = re.compile(
    r"\b(?:" + "|".join(sorted(lx.CHANGE_VERBS, key=len, reverse=True)) + r")\b[^,;]{0,60}?"
    r"\bby\s+(?:another|a\s+further|an\s+additional|some|about|around|nearly|roughly)?\s*[\"“]?$",
    re.IGNORECASE,
)


# "... outlook to 7.3 million to 7.5 million liters, from 7.6 million to 7.8 million liters":
# the figure a revision replaced, right after the new one
_FROM_BEFORE = re.compile(
    r",?\s*(?:down\s+|up\s+)?from\s+(?:the\s+)?(?:previous(?:ly)?\s+|prior\s+)?$", re.I
)


def _revised_from(text: str, slots: list[Slot], i: int) -> bool:
    """Slot I is the old figure of a revision whose new figure, the slot before, was read:
    it counts what the new one counts."""
    if i == 0 or slots[i - 1].skip or slots[i - 1].fig.unit != slots[i].fig.unit:
        return False
    before = text[slots[i - 1].fig.end : slots[i].fig.start]
    return _FROM_BEFORE.search(before) is not None and len(before) < 40
