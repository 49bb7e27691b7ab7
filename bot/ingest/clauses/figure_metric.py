"""Naming the measure of one figure: the first rule that applies (an event, a list item, a
fleet, a volume, a substance, a rate) else the counted-or-amount chain: a part of an
earlier figure, a verb's subject, the clause's subject, the fallbacks."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from bot.facts import reporting
from bot.facts.model import Kind
from bot.facts.quantities import MEASURE_UNIT, measure_unit
from bot.ingest import lexicon as lx
from bot.ingest.breakdowns import Breakdown
from bot.ingest.breaks import clause_start, subject_clause_start
from bot.ingest.clauses.accounted_parts import accounted_part
from bot.ingest.clauses.capacity_use import capacity_use
from bot.ingest.clauses.changes import TO_LEVEL, grew_to, level_after_change
from bot.ingest.clauses.coined import coined_name
from bot.ingest.clauses.context import Context, Slot
from bot.ingest.clauses.effects import price_volume_effect
from bot.ingest.clauses.headed_parts import headed_amount, headed_part
from bot.ingest.clauses.held import (
    ENDING_VERB,
    ended_at_level,
    ended_with_level,
    held_on_day,
    level_on_day,
)
from bot.ingest.clauses.keyed_bases import keyed_base_metric
from bot.ingest.clauses.kind_parts import kind_part
from bot.ingest.clauses.labelled import labelled_measure
from bot.ingest.clauses.measures import (
    antecedent,
    elided,
    generic_units,
    is_fleet,
    listed_part,
    measured_subject,
    other_sign,
    own_clause_price,
    parallel,
    signed_other_way,
    stock_level_of,
    unit_price,
)
from bot.ingest.clauses.net_adds import moved_after, net_additions
from bot.ingest.clauses.open_subject import (
    item_count,
    joined_subject_amount,
    labelled_count,
    named_before_of,
    names_count,
    qualified_growth,
    subject_amount,
    subject_rate,
    wire_label,
)
from bot.ingest.clauses.parts import part_in_a_span
from bot.ingest.clauses.plan_nouns import planned_measure
from bot.ingest.clauses.power_levels import held_power, in_own_power_unit
from bot.ingest.clauses.rates import KEY_VALUE, percent_metric
from bot.ingest.counts import visitors_counted, visits_counted
from bot.ingest.layout import Sentence
from bot.ingest.measures import measured as measured_amount
from bot.ingest.metric_names import (
    Metric,
    counted_name,
    family_of_unit,
    is_name,
    named_part,
    part_name,
)
from bot.ingest.rate_units import rate_measure, rate_unit
from bot.ingest.subjects import (
    LAUNCHED,
    PRODUCT_SOLD,
    glossed,
    item_label,
    subject_start,
)
from bot.ingest.timing import find_times

_PER_SHARE = re.compile(r"\s*(?:a|per|each)\s+(?:diluted\s+|basic\s+)?share\b", re.IGNORECASE)
_COMPLEMENT_INTRO = re.compile(r"\b(?:to|from|with|across|among|by)\s+(?:some\s+|about\s+)?$", re.I)
_OF_THEM = re.compile(
    r"\s+of\s+(?:them|which|those)\s+(?:were\s+|are\s+)?(?P<noun>[A-Za-z][\w-]*s)\b"
)
# A level counted at a moment, not over a period: "the order backlog at 31 December".
_OF_WHICH_BEFORE = re.compile(r"\bof\s+(?:which|them|those)\s+$", re.IGNORECASE)
_OF_WHICH_KIND = re.compile(
    r"\s+(?:units\s+)?(?:were|are|was|is)\s+(?!(?:in|at|on|from|for|to|by|with|across)\b)"
    r"(?P<adj>[A-Za-z][\w-]*)\b(?!\s+[A-Za-z][\w-]*s\b)"
)
# "..., of which 35,300 were in North America": the same measure, for a place
_OF_WHICH_IN = re.compile(r"\s+(?:units\s+)?(?:were|are|was|is)\s+(?:in|from)\s+")
STOCK = re.compile(
    r"\bbacklog|\border\s+book|\bunfilled\s+orders|\binventor|\bfleet\s+size"
    # (the run-rate of recurring revenue is a level; "recurring revenue" of a quarter a flow)
    r"|\b(?:annual(?:ized|ised)?|monthly)\s+recurring\s+revenue"
    r"|\bperformance\s+obligations"
    # "homes passed", "aircraft in service": what is in place on a day
    r"|\s(?:passed|connected|in\s+service|in\s+operation|under\s+management|in\s+the\s+fleet"
    r"|owned|on\s+hire|installed)$"  # "towers owned", "TEU on hire": held on a day
    # ("net new restaurants": what a period added, never a count on a day)
    r"|(?<!\bnew\s)\b(?:"
    + "|".join(re.escape(w) for w in sorted(lx.LEVEL_PLURAL, key=len, reverse=True))
    + r")$",
    re.IGNORECASE,
)
_LEVEL_AT = re.compile(
    r"(?:^|[\s(•*-])(?P<noun>[A-Za-z][\w-]*)\s+(?:at|of)\s+(?:(?:about|around|nearly|some)\s+)?$"
)
_ENDED_WITH = re.compile(
    # ("will leave the chain with 404 stores", "will end the year with"): the count it will have
    rf"\b(?:{ENDING_VERB}|leave|leaves|leaving)\b[^,;]{{0,60}}"
    r"\bwith\s+"
    r"(?:(?:about|around|some|nearly|roughly|approximately|at\s+least)\s+)?$",
    re.IGNORECASE,
)
_LEVEL_CHANGE = re.compile(
    r"\b(?:net\s+)?(?:additions?|adds|added|reductions?|increase|decrease)\s+of\b", re.IGNORECASE
)
_COPULA = re.compile(
    r"\s(?:stood|was|were|is|are|came|totall?ed|numbered|amounted|reached|hit|rose|fell|grew)"
    r"(?:\s+(?:at|to|in\s+at))?\s+(?:(?:a|an)\s+(?:record|total|all-time\s+high)\s+(?:of\s+)?)?"
    r"(?:(?:about|around|nearly|almost|roughly|some|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
COMPARED = re.compile(
    r"(?:\b(?:up|down|increase|rise|gain|decline|drop)?\s*from|compared\s+(?:with|to)|versus|vs\.?|than|against"
    r"|over|of|\bgoal|\btarget|\bforecast)\b[\w\s’'\"“-]{0,40}$",
    re.IGNORECASE,
)
# A named site or operation as the subject of a verb of handling: "Coolabah Creek is now
# expected to produce", "Mt Yarrin produced", "the North Pit mine poured"
_SITE_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|while|as\s+a\s+result,)\s+)(?:the\s+)?"
    r"(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})(?:\s+\([A-Z]{1,5}\))?"
    r"(?:\s+(?:mine|operation|site|plant|brewery|mill))?\s+"
    r"(?:is|was|are|were|has|have|had)?\s*(?:now\s+|also\s+)?"
    r"(?:expected\s+to\s+|set\s+to\s+|forecast\s+to\s+|on\s+track\s+to\s+)?"
    r"(?:produce|produced|poured|mined|milled|processed|delivered|shipped|sold|contributed)\s+"
    r"(?:(?:about|around|approximately|some|nearly)\s+)?$"
)
# a bare number set against another right after it: "58,910 vs 46,350"
# "58,910 vs 46,350", "1,874 (Q4 2024: 1,867)": a bare figure and its base, the base bare
# too, after a label naming both (the key of a bracket holds a year: it dates the base)
_BARE_VERSUS = re.compile(
    r"\s*(?:(?:vs\.?|versus)\s+\(?[\d.,]+\b|\([^():]{0,20}\d\d[^():]{0,10}:\s*[\d.,]+\b)",
    re.IGNORECASE,
)
COMPARED_WITH = re.compile(r"\bcompared\s+(?:with|to)\b", re.IGNORECASE)
_SELL_BEFORE = re.compile(
    r"\b(?:sold|sell|sells|selling|shipped|ship|ships|shipping|delivered|deliver|delivers)\s+"
    r"(?:(?:a\s+record|about|around|nearly|almost|roughly|some|more\s+than|over|just\s+over)\s+)?$",
    re.IGNORECASE,
)


_OF_OURS = re.compile(r"\s+of\s+(?:our|its|their|the\s+company['’]s)\s+(?=[a-z])")


# "volume of", "the volume totalized", "volume reached": the measure a unit's amount is of
_VOLUME_BEFORE = re.compile(r"\bvolumes?\b[^\d;:()]{0,30}$", re.IGNORECASE)


# A sentence opening with a title of two or more capitalised words ("Ember Hollow kept
# ...", "Legends of the Shattered Crown, which ..."): a product the sentence is about
_TITLE_SUBJECT = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|&)\s+)*[A-Z][\w'’-]*)+)"
    r"(?=,|\s+(?:has|have|had|was|is|kept|sold|shipped|launched|reached|remained|continued"
    r"|passed|topped|crossed)\b)"
)
_NOT_TITLE = frozenset(
    "The A An Our Its Their This That In For At On By Net Total Group Chief Full First Second "
    "Third Fourth Q1 Q2 Q3 Q4 H1 H2 FY".split()
)
_COUNT_VERB = re.compile(r"\b(?:sold|shipped|delivered)\b", re.IGNORECASE)


_FOLLOWED = re.compile(
    r"^\W*(?:that|this|it)\s+(?:followed|came\s+after|compares?\s+with|compared\s+with)\s",
    re.IGNORECASE,
)


_PART_MARGIN = re.compile(
    r"\b(?:the|its|this|that)\s+(?:division|segment|unit|business|subsidiary)['’]s\s+(?:\w+\s+)?margin\b",
    re.IGNORECASE,
)


_PREFERENCE = re.compile(r"(?:\bwould|['’]d)\s+rather\b", re.IGNORECASE)
# an amount followed by the charge it is: "$295.0 million of land-related charges"
_CHARGES_AFTER = re.compile(
    r"\s+of\s+(?P<what>(?:[a-z][\w-]*\s+){0,3}?(?:charges?|costs?|impairments?"
    r"|write-?(?:downs?|offs?)|provisions?))\b",
    re.IGNORECASE,
)


def name_metric(
    s: Sentence,
    text: str,
    slots: list[Slot],
    i: int,
    sl: Slot,
    clause: int,
    event: Metric | None,
    listing: Breakdown | None,
    first_pair: tuple[Slot, Slot, Kind] | None,
    ctx: Context,
) -> bool:
    """Name the measure of SL, first rule that applies: an event counted, an item of a list, a
    part of the list item above, a fleet, a volume, a measured substance, a rate, else a
    count or an amount. False where the figure turns out to be none of ours."""
    f = sl.fig
    listed = listing.items.get(f.start) if listing is not None else None
    if _PREFERENCE.search(text, clause_start(text, f.start), f.start):
        # "I'd rather sell the house at a 21% margin than carry it": a choice, no figure
        sl.skip, sl.note = True, "a preference, not a figure"
        return False
    before = next((p.metric for p in reversed(slots[:i]) if p.metric is not None), None)
    added = net_additions(text, f, clause, before) if event is None else None
    if added is None and moved_after(text, f):
        # "700,000 homes passed added since the end of March": a move of the level over a
        # span the sentence barely names, never the level
        sl.skip, sl.note = True, "a level's move, not the level"
        return False
    if f.unit == "units" and (share := accounted_part(text, slots, i, ctx)) is not None:
        # "Mainland China accounted for 27.96 million TEU, Southeast Asia for 6.41 million TEU":
        # each part's share of the count stated before
        sl.metric, sl.part = share, True
    elif added is not None:
        # "we added 6.1 million paid memberships in the quarter": how much the level moved
        sl.metric = added[0]
        if added[1]:
            sl.value = -abs(f.value)  # "lost 0.6 million subscribers"
    elif event is not None:
        sl.metric = event  # "opened 7 stores and closed 2": store openings, closures
    elif listed is not None:
        # "H1 units by region: AU 84,200 / NZ 19,700": the whole's measure, by item
        if listing.whole_before:
            whole = next(
                (
                    p.metric
                    for p in reversed(slots[:i])
                    if not p.skip
                    and p.metric is not None
                    and listing.whole_start <= p.fig.start < listing.whole_end
                    and p.fig.unit == f.unit
                ),
                None,
            )
        else:
            whole = ctx.metrics.near(text, f, listing.whole_start, listing.whole_end)
        if whole is None:
            sl.skip = True
            return False
        sl.part = True
        if listed.region is not None:
            sl.metric, sl.region = whole, listed.region
        else:
            sl.metric = named_part(whole, listed.label)
    elif (
        ctx.parent is not None
        and s.role == "item"
        and ctx.parent.family == family_of_unit(f.unit)
        and (label := item_label(text, f)) is not None
    ):
        # "    - e-bikes A$110.2m" under "- Q2 revenue: A$166.9m": a part of the parent
        name = part_name(label, ctx.parent.name)
        sl.metric, sl.part = Metric(name, ctx.parent.family, None, (), name), True
    elif s.role == "item" and (headed := headed_amount(text, sl, ctx)) is not None:
        # "- Americas: $1.2 billion" under "Revenue by region:": that part's revenue
        sl.metric, sl.part = headed, True
    elif (held := held_power(text, f)) is not None:
        # "At 31 December the group had 3,780 MW of installed capacity": the power it held
        # on that day, in the unit the text states
        sl.metric, sl.level = Metric(held, "units", None, (), held), True
    elif (rate := rate_unit(text, f)) is not None:
        # "618 thousand barrels of oil equivalent per day", "3.9 gigawatts": a flow or power,
        # in its own unit, never things sold
        name = rate_measure(
            text, clause, f, rate, ctx.rates.get(rate.label), ctx.metrics.is_company
        )
        if name is None and (plan := planned_measure(text, sl, ctx)) is not None:
            name = f"{plan.name} ({rate.label})"  # "its battery shipment target to 108 GWh"
        if name is None:
            sl.skip, sl.note = True, "power of no measure the words name"
            return False
        ctx.rates[rate.label] = name.rsplit(" (", 1)[0]
        sl.fig = replace(
            f, value=f.value * rate.factor, high=f.high * rate.factor if f.high else None
        )
        sl.value = sl.fig.value
        sl.metric = Metric(name, "units", None, (), name)
    elif f.unit == "units" and (keyed := keyed_base_metric(text, slots, i)) is not None:
        # "... to 4,918,640 tonnes (FY24: 5,104,210 tonnes)": the measure it is the base of
        sl.metric = keyed
    elif f.unit == "units" and (who := visitors_counted(text, f.start, f.end)) is not None:
        # "welcomed 6.42 million guests", "7.12 million guests visited": the people who came,
        # a venue's attendance (never "guests sold")
        sl.metric = Metric("attendance", "units", None, (), who)
    elif f.unit == "units" and (visits := visits_counted(text, f.start, f.end)) is not None:
        # "The resorts recorded 9.31 million visits", "Skier visits ... were 4.21 million"
        sl.metric = Metric(visits, "units", None, (), visits)
    elif f.unit == "units" and is_fleet(text, f):
        # "It operated 142 aircraft at March 31", "The fleet stood at 146 aircraft": the
        # fleet it had on a day, never aircraft sold
        sl.metric = Metric("fleet size", "units", None, (), "fleet")
    elif f.unit == "units" and (labelled := labelled_measure(text, sl, ctx)) is not None:
        # "- Harvest: 60,200 tonnes": the line's label names what was measured, its unit only
        # how (never "tonnes sold")
        sl.metric = labelled
    elif (
        f.unit == "units"
        and MEASURE_UNIT.match(text, f.end)
        and _VOLUME_BEFORE.search(text, clause_start(text, f.start), f.start)
    ):
        # "a volume of 38.6 million hectoliters", "the volume totalized 131.4 million hl":
        # the volume the report counts in its unit, named as its tables name it
        sl.metric = Metric("volume", "units", None, (), "volume")
    elif f.unit == "units" and (amount := measured_amount(text, f.start, f.end, sl.left)):
        # "collected 402 million kgMS of milk solids": a substance, not a product
        name, unit = amount
        if name.startswith(unit + " ") and unit in ctx.substances:
            name = ctx.substances[unit] + name[len(unit) :]  # what the report measured so
        elif not name.startswith(unit + " "):
            ctx.substances.setdefault(unit, name.split()[0])
        site = _SITE_SUBJECT.search(text, clause, f.start)
        if (
            site is not None
            and is_name(site["name"])
            and not ctx.names.mentions(site["name"])
            and not ctx.metrics.is_company(site["name"].split()[0])
            and site["name"].split()[0] not in lx.NOT_NAMES
        ):
            # "Coolabah Creek is now expected to produce 285,000-310,000 oz": the site's
            name = f"{site['name']} {name}"
        sl.metric = Metric(name, "units", None, (), f"{unit} {name.split()[-1]}")
        # "Coal stockpiles stood at 1.9 Mt at 30 September 2025": an amount its clause holds
        # on a day it names is a level on that day, as a count of things held is
        sl.level = sl.level or held_on_day(text, subject_clause_start(text, f.start), f)
    elif f.unit not in ("units", "percent") and (price := unit_price(text, f, of_thing=True)):
        # "prices were $70.85 per barrel of oil and $24.10 per barrel of NGLs": each price
        # named by what its unit is of, never by its neighbour's
        sl.metric = price
    elif f.unit not in ("units", "percent") and i and (price := own_clause_price(text, f)):
        # "... was $71.40 a barrel and realized gas was $3.12 per Mcf": a price of its own
        # clause, named by that clause's subject
        sl.metric = price
    elif f.unit not in ("units", "percent") and (charge := _CHARGES_AFTER.match(text, f.end)):
        # "a net loss of $38.6 million after $295.0 million of land-related charges": the
        # amount names what it is right after it, never the loss it explains
        name = " ".join(charge["what"].lower().split())
        sl.metric = Metric(name, "money", None, (), name)
    elif f.unit == "percent":
        sl.metric = (
            percent_metric(text, sl, slots[:i], ctx, first_pair)
            or _compared_too(text, slots, i, sl, ctx)
            or subject_rate(text, sl, ctx)  # "Net yields rose 6.3%": no vocabulary word
            or qualified_growth(text, sl, ctx)  # "organic growth of 2% to 4%"
            or wire_label(text, sl, ctx)  # "Q1 PRIZE PAYOUT RATIO 52.4 PCT VS 51.9 PCT"
            or _same_on_another_day(text, slots, i)  # "78.4% at ... (76.9% at March 31)"
            or planned_measure(text, sl, ctx)  # "its RevPAR growth guidance to 3-5%"
            or price_volume_effect(text, sl)  # "price/mix contributed 8.2%"
            or capacity_use(text, sl)  # "the plants ran at 82% of capacity"
            or headed_part(text, sl, ctx)  # "- Americas: +8.4%" under "Organic growth by region"
        )
        if sl.metric is None:
            sl.skip = True
            return False
        if sl.metric.name == "margin" and _PART_MARGIN.search(text, sl.left, f.start):
            # "lowered the division's margin to 2.2%": a part's margin the sentence does not
            # name, never the company's
            sl.skip, sl.note = True, "an unnamed part's margin"
            return False
    else:
        if not _is_counted_thing(text, clause, sl):
            return False
        _name_part_of_earlier(text, slots, i, sl, ctx)
        _name_by_verb(text, slots, sl, ctx)
        if not _name_from_subject(text, slots, i, sl, ctx):
            return False
        if not _name_by_fallbacks(text, slots, i, sl, first_pair, ctx):
            return False
    return True


_AND_THEN = re.compile(r"\s+and\s+(?:(?:about|around|roughly)\s+)?$", re.IGNORECASE)


def _compared_too(text: str, slots: list[Slot], i: int, sl: Slot, ctx: Context) -> Metric | None:
    """ "margin was 6.31% in Q2, compared with 6.05% a year earlier and 6.12% in the first
    quarter": a second figure joined by "and" to one compared with is compared too, of the
    same measure (its period is its own to say)."""
    if i < 2 or _AND_THEN.search(text, 0, sl.fig.start) is None:
        return None
    before, first = slots[i - 1], slots[i - 2]
    if (
        before.skip
        or before.metric is None
        or before.fig.unit != sl.fig.unit
        or first.metric is None
        or first.metric.name != before.metric.name
        or not COMPARED_WITH.search(text, first.fig.end, before.fig.start)
        or not _AND_THEN.search(text, before.fig.end, sl.fig.start)
        # (with no period of its own it would take the first figure's, and collide)
        or not find_times(text[sl.fig.end : max(sl.right, sl.fig.end)], ctx.published)
    ):
        return None
    return before.metric


def _is_counted_thing(text: str, clause: int, sl: Slot) -> bool:
    """False for a number that counts no sale: places or people ("in over 20 countries"),
    whom it served ("to 91 customers"), or new outlets opened ("opened 14 new stores")."""
    f = sl.fig
    noun = re.match(
        # (past the words that say which: "90 export markets", "12 overseas territories")
        r"\s+(?:(?:[A-Z][\w-]*|more|other|different|export|foreign|overseas|international"
        r"|domestic|new)\s+)*([A-Za-z][\w-]*)",
        text[f.end :],
    )
    if (
        noun
        and noun.group(1).lower() in lx.NOT_PRODUCTS
        # ("ended December with 480 locations", "to end FY26 with 128 showrooms": places
        # held at a period's end, a level of their own)
        and ended_with_level(text, clause, f) is None
    ):
        sl.skip = True  # "in over 20 countries", "5 million people"
        return False
    if (
        noun
        and noun.group(1).lower() in lx.LEVEL_PLURAL
        and _COMPLEMENT_INTRO.search(text, max(0, f.start - 12), f.start)
        # "ended the quarter with 401 stores": the count it had, not whom it served
        and not _ENDED_WITH.search(text, clause, f.start)
    ):
        sl.skip = True  # "delivered 793 aircraft to 91 customers": who, not a figure
        return False
    opened = re.match(r"\s+(?:new\s+)?([A-Za-z][\w-]*)", text[f.end :])
    if (
        opened
        and opened.group(1).lower() in lx.LEVEL_PLURAL
        and (_OPENED.search(text, max(0, f.start - 30), f.start) or "new" in opened.group())
    ):
        sl.skip = True  # "opened 14 new stores": a change in a count, not the count
        return False
    return True


def _name_part_of_earlier(text: str, slots: list[Slot], i: int, sl: Slot, ctx: Context) -> None:
    """A part of the figure before ("1,124 of them widebodies", "of which 21.3 million were
    digital") or of a product named earlier ("we have sold 82,000 of them")."""
    f = sl.fig
    if sl.subject_end is not None:
        sl.metric = ctx.metrics.near(text, f, sl.left, sl.subject_end)
    part = _OF_THEM.match(text, f.end)
    # (never a comparative labelled by its period: "(Q1 2024: 24,000), of which ...")
    earlier = next(
        (p for p in reversed(slots[:i]) if not p.skip and p.metric and not p.keyed), None
    )
    if part is not None and earlier is not None and earlier.metric.family == "units":
        # "8,754 aircraft, 1,124 of them widebodies": a part of the figure before
        sl.metric = ctx.metrics.part_of(earlier.metric, part["noun"])
        sl.of = earlier
    if part is None and part_in_a_span(text, sl, earlier):
        sl.metric = earlier.metric  # "31 ships in nine months, 11 of them in the quarter"
    kind_of = _OF_WHICH_KIND.match(text, f.end)
    if (
        part is None
        and _OF_WHICH_BEFORE.search(text, max(0, f.start - 20), f.start)
        and kind_of is not None
        and earlier is not None
        and earlier.metric.family == "units"
        and earlier.fig.unit == "units"
    ):
        # "48.6 million units, of which 21.3 million were digital": digital ones
        word = kind_of["adj"]
        if word.endswith("s") and not word.endswith("ss"):
            sl.metric = ctx.metrics.part_of(earlier.metric, word)  # "were widebodies"
        else:
            name = f"{word.lower()} {earlier.metric.name}"
            sl.metric = Metric(name, "units", None, (), name)
        sl.of = earlier
    if (
        part is None
        and earlier is not None
        and _OF_WHICH_BEFORE.search(text, max(0, f.start - 20), f.start)
        and _OF_WHICH_IN.match(text, f.end)
        and STOCK.search(earlier.metric.name)
    ):
        sl.metric, sl.of = earlier.metric, earlier  # its region is read apart
    sold = _SELL_BEFORE.search(text[sl.left : f.start])
    launched = LAUNCHED.search(text, 0, f.start)
    if (
        earlier is None
        and part is None
        and sold is not None
        and launched is not None
        and _THEM.match(text, f.end)
    ):
        # "Since we launched the Loop in 2021 we have sold 61,000 of them": sales of
        # the product launched, named as "sales of the Loop" names them
        name = launched["name"]
        counted = counted_name(name)
        sl.metric = Metric(counted, "units", None, (name,), f"{name} sales")
    if (
        sl.metric is None
        and earlier is None
        and part is None
        and sold is not None
        and ctx.last_name
        and _THEM.match(text, f.end)
    ):
        # "The good news is the AeroLine R290 ... we have sold 82,000 of them"
        verb = {"ship": "shipped", "deli": "delivered"}.get(sold.group()[:4].lower(), "sold")
        sl.metric = Metric(f"{ctx.last_name} units {verb}", "units", None, (), ctx.last_name)

    kinded = kind_part(text, slots, i) if sl.of is None else None
    if kinded is not None:
        # "617 of them company-run and 1,063 franchised": each part named by its kind
        whole, word = kinded
        name = f"{word} {whole.metric.name}"
        sl.metric, sl.of = Metric(name, "units", None, (), name), whole


def _name_by_verb(text: str, slots: list[Slot], sl: Slot, ctx: Context) -> None:
    """The measure a copula's subject or a seller's verb names: "the backlog stood at ...",
    "Tarrow sold 12,000 e-bikes", a stock counted on a day."""
    f = sl.fig
    subject = _COPULA.search(text, sl.left, f.start)
    if sl.metric is None and subject is not None:
        # "the order backlog stood at a record 8,754 aircraft": the subject names it;
        # "Open orders (the backlog) stood at ...": a bracket before the verb glosses it
        found = ctx.metrics.near(
            text, f, subject_start(text, sl.left, sl.subject), subject.start() + 1
        )
        # "totalled 97,300", "stood at 18,450 units": the figure names nothing itself
        tail = ctx.metrics.tail(text, f, sl.right)
        bare = tail is None or tail.phrase.lower() in ("unit", "units")
        if found is not None and found.family == "units" and (bare or not found.product):
            sl.metric = glossed(text, sl.left, sl.subject, found)
    level = level_on_day(text, subject_clause_start(text, f.start), f) or ended_at_level(
        text, subject_clause_start(text, f.start), f
    )
    ended = ended_with_level(text, clause_start(text, f.start), f) if level is None else None
    if ended is not None and ended.name.split()[0].lower() in ("net", "new"):
        # "finished the year with 51 net new restaurants": what the year added, a flow
        sl.metric = ended
    elif ended is not None:
        level = ended
    if level is not None:
        # "Fibre homes passed reached 6.1 million at 31 March 2025": the subject's count on
        # that day, whatever noun follows the figure ("homes" is no product sold)
        sl.metric, sl.level = level, True
    elif (
        f.unit == "units"
        and COMPARED.search(text[sl.left : f.start])
        # ("headcount stood at 14,305 at the end of June, a net addition of 1,200": what the
        # span added to the level, a flow, never the level on another day)
        and not _LEVEL_CHANGE.search(text[sl.left : f.start])
    ):
        # "..., up from 52,400 beds at 30 June 2024": the same count on another day
        before = next((p for p in reversed(slots[: slots.index(sl)]) if p.level), None)
        if before is not None and not before.skip:
            sl.metric, sl.level = in_own_power_unit(before.metric, text, f), True
    if f.unit == "units" and (sl.metric is None or generic_units(sl.metric)):
        # "Dealer inventory stood at 38,700 units at April 30", "ended the year at
        # 44,100 units": a level counted on a day, never units sold
        sl.metric = stock_level_of(text, subject_clause_start(text, f.start), f.start) or (
            sl.metric
        )
    if sl.metric is None and f.unit not in ("units", "percent"):
        per_share = _PER_SHARE.match(text, f.end)
        if per_share is not None:  # "or $1.23 per share"
            adjusted = (
                "adjusted " if re.search(r"\badjusted\b", text[sl.left : f.start], re.I) else ""
            )
            per_share = (
                "dividend per share"  # "a final dividend of 12.4p per share"
                if _DIVIDEND.search(text, sl.left, f.start)
                else f"{adjusted}earnings per share"
            )
            sl.metric = Metric(per_share, "money")
    ours = _OF_OURS.match(text, f.end)
    if sl.metric is None and ours is not None:
        # "2.8 million of our jackets": read as "2.8 million jackets"
        sl.metric = ctx.metrics.tail(text, replace(f, end=ours.end() - 1), sl.right)
    sl.metric = sl.metric or ctx.metrics.tail(text, f, sl.right)
    seller = PRODUCT_SOLD.search(text, sl.subject, f.start)
    if (
        seller is not None
        and (sl.metric is None or generic_units(sl.metric))
        and not ctx.names.mentions(seller["name"])  # "Tarrow sold ...": the company
    ):
        # "the Nimbus has sold 41.5 million units": the product is the subject
        name = seller["name"]
        counted = counted_name(name, seller["verb"].lower())
        sl.metric = Metric(counted, "units", None, (name,), name)
    titled = _TITLE_SUBJECT.match(text)
    if (
        titled is not None
        and (sl.metric is None or generic_units(sl.metric) or sl.metric.product)
        and f.unit == "units"
        and sum(1 for o in slots if o.fig.unit == "units") == 1
        and titled["name"].split()[0] not in _NOT_TITLE
        and not ctx.names.mentions(titled["name"])
        and not reporting.regions_in(titled["name"])
        and (verb := _COUNT_VERB.search(text)) is not None
    ):
        # "Ember Hollow kept going strong with 1.3 million units sold": the titled
        # product the sentence is about, not the report's product in general
        name = titled["name"]
        counted = counted_name(name, verb.group().lower())
        sl.metric = Metric(counted, "units", None, (name,), name)


_AVERAGE_PRICE = re.compile(
    r"\b(?P<name>average\s+(?:[a-z]+\s+){0,2}?(?:price|fare|rate))\s+(?:of|was|were|at"
    r"|stood\s+at|came\s+in\s+at)\s+(?:(?:about|around|roughly)\s+)?$",
    re.IGNORECASE,
)
_NO_MONEY = frozenset({"units", "percent"})


def _name_from_subject(text: str, slots: list[Slot], i: int, sl: Slot, ctx: Context) -> bool:
    """The measure the clause's subject names ("Exports were ...", a labelled key, a level
    counted at a day, a rise to a level), else the words before the figure."""
    f = sl.fig
    measured = measured_subject(text, sl)
    if measured is not None:
        sl.metric = measured  # "Exports were 15,300 vehicles": vehicle exports
    if sl.metric is not None and (
        sl.metric.name.startswith("units ") or sl.metric.phrase.lower() in ("units", "unit")
    ):
        # "heat pump sales of around 270,000 units": the phrase before names them
        named = ctx.metrics.near(text, f, sl.left, f.start)
        if named is not None and named.family == "units" and not named.name.startswith("units "):
            sl.metric = named
    risen = level_after_change(text, sl, slots[:i], ctx)
    if risen is not None and (sl.metric is None or generic_units(sl.metric)):
        sl.metric = risen  # "e-bike sales rose 22% to 64,000": e-bike sales
    gapped = elided(text, sl, slots[:i])
    if gapped is not None and (
        sl.metric is None
        or generic_units(sl.metric)
        # "tonnes sold": named by its unit of measure only, what it measures unsaid
        or measure_unit(sl.metric.name.split()[0]) is not None
    ):
        # "18,450 units in the third quarter and 52,300 in the first nine months"
        sl.metric = gapped
    label = KEY_VALUE.match(text)
    if (
        sl.metric is None
        and label is not None
        # (a colon after the figure, "(2024: 4.1%)", labels no figure before it)
        and label.end() <= f.start
        and not text[label.end() : f.start].strip()
    ):
        # "Vehicles delivered: 412,000": the label names the figure
        sl.metric = ctx.metrics.near(text, f, 0, label.end("label"))
    if sl.metric is None and (brand := coined_name(text, f, ctx)) is not None:
        # "- Ostrelva (ostrakimab), for psoriasis: CHF 2.64 billion": what the brand sold
        sl.metric = Metric(f"{brand} revenue", "money", None, (brand,), brand)
    level = _LEVEL_AT.search(text, sl.left, f.start) if f.unit == "units" else None
    if sl.metric is None and level is not None and level["noun"].lower() in lx.LEVEL_PLURAL:
        # "Headcount at 1,48,512 as on December 31": a count named before "at"
        noun = level["noun"].lower()
        sl.metric = Metric(noun, "units", None, (), noun)
    if sl.metric is None and not f.explicit:
        # "We sold 12,500 lifts in Q3 (Q3 2024: 11,900)": the bare count its bracket keys
        sl.metric = keyed_base_metric(text, slots, i)
    if sl.metric is None and not f.explicit:
        sl.metric = parallel(text, sl, slots[:i])
    if sl.metric is None and not f.explicit:
        sl.metric = labelled_count(text, sl, ctx)  # "Cabin nights: 812,000"
    if sl.metric is None and not f.explicit and item_count(text, sl, ctx):
        # "* Q3 engine shop visits 101; 9-mth shop visits 315": a list item's bare count,
        # named by its label
        sl.metric = wire_label(text, sl, ctx)
    if sl.metric is None and not f.explicit and _BARE_VERSUS.match(text, f.end):
        # "H1 retail units 58,910 vs 46,350": a wire's figure and its base after a label,
        # the label names the figure (and through it, its base)
        sl.metric = ctx.metrics.near(text, f, sl.left, f.start)
    if (
        sl.metric is None
        and not f.explicit
        and not COMPARED.search(text[sl.left : f.start])
        and (not _SELL_BEFORE.search(text[sl.left : f.start]))
        # ("Inpatient admissions rose to 111,500": the subject says; named by the fallbacks)
        and not names_count(text, sl, ctx)
    ):
        sl.skip = True  # a bare number with nothing saying what it counts
        return False
    sl.metric = sl.metric or ctx.metrics.near(text, f, sl.left, f.start)
    price = _AVERAGE_PRICE.search(text, sl.left, f.start) if f.unit not in _NO_MONEY else None
    if sl.metric is None and price is not None:
        # "at an average selling price of $478,200": the price of one of what it sells
        name = " ".join(price["name"].lower().split())
        sl.metric = Metric(name, "money", None, (), name)
    if sl.metric is None and COMPARED.search(text[sl.left : f.start]):
        sl.metric = antecedent(slots[:i], f)
    elif (
        sl.metric is not None
        and generic_units(sl.metric)
        and COMPARED_WITH.search(text[sl.left : f.start])
    ):
        # "deliveries totalled 1,240 units, compared with 1,310 units": the same
        sl.metric = antecedent(slots[:i], f) or sl.metric
    if sl.metric is None and (part := listed_part(text, sl, slots[:i])) is not None:
        # "H1 retail revenue DKK 4,310 mln; foodservice DKK 1,710 mln": the part the label
        # before the figure names, of the measure the figure before it names
        # (its label is a part of ours, never another company: "Foods Rs 1,109 crore")
        sl.metric, sl.part, sl.share = part, True, part.phrase
    if sl.metric is None:
        # "Bakery sales were $262.4 million and franchise fees were $38.8 million": a later
        # clause's own subject names its amount, never the measure the sentence opened with
        sl.metric = joined_subject_amount(text, sl, ctx)
    if sl.metric is None:
        sl.metric = ctx.metrics.near(text, f, 0, sl.left)
        if sl.metric is not None and other_sign(text, sl, sl.metric):
            # "the battery unit swung to an operating loss of 48 billion won, while
            # the petrochemicals unit earned 160 billion won": an operating profit
            sl.metric = signed_other_way(sl.metric)
            if sl.metric is None:
                sl.skip, sl.note = True, "a result of the other sign"
                return False
    return True


def _name_by_fallbacks(
    text: str,
    slots: list[Slot],
    i: int,
    sl: Slot,
    first_pair: tuple[Slot, Slot, Kind] | None,
    ctx: Context,
) -> bool:
    """The measure of a figure nothing near it named: what it was sold or planned as, a price
    per unit, a part of the last whole, the sentence's parallel or compared figure."""
    f = sl.fig
    if sl.metric is None and f.unit == "units" and _SELL_BEFORE.search(text[sl.left : f.start]):
        sl.metric = ctx.metrics.sold(text, sl.left, f.start)
    if sl.metric is None and f.unit == "units":
        sl.metric = ctx.metrics.planned(text, sl.left, f.start)
    if (
        sl.metric is None
        and f.unit == "units"
        and first_pair is not None
        and any(sl is x for x in first_pair[:2])
    ):
        # "cut its 2025 delivery target to 190,000 from 210,000": a count of what the
        # target's words say (named after the loop by `with_measure`)
        sl.metric = ctx.metrics.sold(text, 0, f.start)
    if sl.metric is None and f.unit not in ("units", "percent"):
        sl.metric = unit_price(text, f)  # "milk price ... to $9.10 per kgMS"
    if sl.metric is None and f.unit not in ("units", "percent") and ctx.whole:
        # "Snacks delivered $468 million, Frozen Meals $371 million": segments'
        # shares of the money figure the text just stated
        since = sl.subject
        if (
            i
            and slots[i - 1].fig.unit == "percent"
            and TO_LEVEL.fullmatch(text, slots[i - 1].fig.end, f.start)
        ):
            # "International grew 7.4% to $201 million": the part named before its
            # change names the level too
            since = slots[i - 1].subject
        share = _SHARE_LABEL.search(text, since, f.start)
        if (
            share is not None
            and not ctx.names.mentions(share["label"])
            and reporting.family_of(share["label"]) is None  # "Sales reached ..."
        ):
            # (a part is never more than its whole: "Innovative Medicines contributed CHF
            # 27.31 billion" after revenue of 32.47 billion and core operating income of
            # 11.82 billion is revenue's)
            # (the parts a sentence lists are of one whole, as large as all of them)
            parts = sum(abs(o.fig.value) for o in slots if o.fig.unit == f.unit and not o.keyed)
            whole = next(
                (m for m, value in reversed(ctx.wholes) if abs(value) >= 0.99 * parts), ctx.whole
            )
            sl.metric, sl.part = named_part(whole, share["label"]), True
            sl.share = share["label"]
            if since != sl.subject:
                grew_to(text, slots[i - 1], sl.metric)
    if (
        sl.metric is None
        and f.unit not in ("units", "percent")
        and ctx.whole
        and _FOLLOWED.match(text)
        and clause_start(text, f.start) == 0
    ):
        # "That followed $611 million in the January–March quarter": the measure the
        # sentence before stated, for another period
        sl.metric = ctx.whole
    if sl.metric is None and f.unit == "units":
        sl.metric = _done_subject(text, clause_start(text, f.start), f.start)
    if sl.metric is None:
        # "Gross written premiums rose 6.1% to EUR 3.12 billion": a subject no vocabulary
        # word heads, named as written; "* Q2 visitation 2.31 mln vs 2.08 mln": a wire's label
        sl.metric = (
            # "raising our 2026 order target to US$15.0 billion": the plan's own words
            planned_measure(text, sl, ctx)
            or subject_amount(text, sl, ctx)
            or wire_label(text, sl, ctx)
            # "wrote gross written premium of £821.4 million": named right before "of"
            or named_before_of(text, sl, ctx)
        )
    if sl.metric is None:
        # "Excise duty amounted to TZS 412.6 billion in FY25 (FY24: TZS 371.9 billion)": a
        # bracketed figure its period labels is the figure before it, for that period
        sl.metric = keyed_base_metric(text, slots, i)
    if sl.metric is None or sl.metric.family != ("units" if f.unit == "units" else "money"):
        if sl.metric is not None and sl.metric.family == "percent":
            pass
        sl.skip = sl.metric is None or sl.metric.family == "percent"
        if sl.skip:
            return False
    return True


# "Fill rate: 78.4% at September 30, 2025 (76.9% at March 31, 2025)": the figure before,
# on the day its bracket names
_ON_ANOTHER_DAY = re.compile(r"\s+(?:at|as\s+(?:of|at|on)|on)\s+[^()]{4,30}\)")


def _same_on_another_day(text: str, slots: list[Slot], i: int) -> Metric | None:
    """The measure of the figure before, for a figure in brackets that says its own day
    right after it: the same measure, counted on another day."""
    if not i:
        return None
    before, f = slots[i - 1], slots[i].fig
    if (
        before.skip
        or before.metric is None
        or before.fig.unit != f.unit
        or not re.fullmatch(r"[^()]*\(\s*", text[before.fig.end : f.start])
        or _ON_ANOTHER_DAY.match(text, f.end) is None
        or not find_times(text[f.end : text.find(")", f.end)], date.today())
    ):
        return None
    return before.metric


# A clause's subject naming a count by what was done to the things counted: "Room nights
# booked in the quarter were", "Passengers carried reached", "Containers handled of"
_DONE_SUBJECT = re.compile(
    r"^\W*(?:the\s+)?(?P<m>(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*s\s+"
    r"(?:booked|sold|shipped|delivered|carried|handled|processed|installed|served|flown"
    r"|transported|produced|completed|signed|activated))\b"
    r"(?:\s+(?:in|for|during|over)\s+[^\d,;:]{1,40}?)?"
    r"\s+(?:were|was|totall?ed|reached|came\s+(?:in\s+)?(?:at|to)|stood\s+at|of|amounted\s+to"
    r"|(?:rose|fell|grew|increased|decreased|climbed)(?:\s+[\d.,]+\s*%)?\s+to)"
    r"\s+(?:(?:about|around|nearly|some|roughly|a\s+record)\s+)?$",
    re.IGNORECASE,
)


def _done_subject(text: str, start: int, end: int) -> Metric | None:
    """ "Room nights booked in the quarter were 41.6 million": the count the subject names,
    as it names it (a noun no product list knows)."""
    m = _DONE_SUBJECT.search(text[start:end])
    if m is None:
        return None
    words = m["m"].split()
    name = " ".join(w if w[1:].lower() != w[1:] else w.lower() for w in words)  # "NGLs" kept
    return Metric(name, "units", None, (), name)


_THEM = re.compile(r"\s+of\s+them\b(?!\s+(?:were\s+|are\s+)?[A-Za-z][\w-]*s\b)")
# A segment's name and a verb of contributing, or the name alone in a run of such shares
_SHARE_LABEL = re.compile(
    r"(?:^|[,;:]\s*|\band\s+|\bsegments?,?\s+)(?:(?:[Oo]ur|[Ii]ts|[Tt]he)\s+)?"
    r"(?P<label>[A-Z][\w-]*(?:\s+(?:&|and)?\s*[A-Z][\w-]*)*)"
    r"(?:\s+(?:channel|segment|division|unit|business|arm))?"
    # "Europe, where we trade from showrooms in Ireland, contributed £91.7m"
    r"(?:,\s+(?:where|which|whose)\b[^,;]{0,80}(?:,[^,;]{0,40}){0,2},)?"
    r"\s+(?:(?:contributed|delivered|generated|brought\s+in|added|earned|accounted\s+for"
    r"|reached)\s+"
    # "International grew 7.4% to $201 million": the part's level after its change
    r"|(?:grew|rose|increased|climbed|gained|fell|declined|dropped|slipped|decreased)\s+"
    r"(?:by\s+)?[\d.,]+\s*(?:%|per\s?cent|pct)\s+to\s+)?$"
)
_DIVIDEND = re.compile(r"\bdividends?\b", re.IGNORECASE)
_OPENED = re.compile(r"\b(?:opened|closed|added|shut|opening|closing)\s+(?:\w+\s+)?$", re.I)
