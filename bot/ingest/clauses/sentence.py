"""One sentence -> proposals: each figure gets its own clause (the stretch between clause
breaks), and its roles are read nearest first: metric, kind, period, entity, statement date;
a "to X from Y" revision pairs two figures."""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import replace
from datetime import date, timedelta

from bot.facts import reporting
from bot.facts.model import Kind, Period
from bot.facts.periods import FiscalCalendar
from bot.facts.quantities import MEASURE_UNIT, measure_unit
from bot.ingest import comparatives
from bot.ingest import lexicon as lx
from bot.ingest.asides import no_sales_fact, theirs
from bot.ingest.breakdowns import Breakdown, breakdown
from bot.ingest.breaks import clause_start, subject_clause_start
from bot.ingest.capitals import uncapped
from bot.ingest.clauses.changes import TO_LEVEL, change_amounts, grew_to, level_after_change
from bot.ingest.clauses.context import Context, Slot
from bot.ingest.clauses.cumulative import END_DAY, LAUNCH, LIFETIME, cumulative_total, since_time
from bot.ingest.clauses.kinds import first_issued, kind_near, other_kind_between
from bot.ingest.clauses.lists import over_bars, read_respectively
from bot.ingest.clauses.measures import (
    COMPARATIVE,
    antecedent,
    counted_event,
    elided,
    generic_units,
    is_fleet,
    lead_level,
    lower_first,
    measure_of,
    measured_subject,
    other_sign,
    parallel,
    past_possessive,
    price_per,
    product_name,
    qualified_like,
    said_once,
    signed_other_way,
    stock_level_of,
    timeless,
    unit_price,
    with_topic,
)
from bot.ingest.clauses.owners import entity_of
from bot.ingest.clauses.parts import (
    BASE_BEFORE,
    counted_apart,
    name_product_lines,
    part_named,
    parts_of_them,
)
from bot.ingest.clauses.periods import (
    KEYED,
    dates_figure_before,
    elliptical_periods,
    keyed_year_period,
    moment_of,
    pick_time,
    same_day_year_before,
    sentence_anchor,
    statement_date,
    update_anchor,
)
from bot.ingest.clauses.rates import KEY_VALUE, SIGNED_VS, base_of_rate, percent_metric, rate_basis
from bot.ingest.clauses.regions import may_name_region, region_named, with_region
from bot.ingest.clauses.revisions import (
    CHANGE_OBJECT,
    EARLIER,
    PREVIOUSLY,
    day_named_after,
    earlier_date,
    labelled_revisions,
    month_named,
    note_announcement,
    replaced_before,
    revision_pair,
    stated_revisions,
)
from bot.ingest.clauses.stretches import stretches, unapposed
from bot.ingest.counts import no_product
from bot.ingest.figures import UNNAMED_CURRENCY, Figure, find_figures, in_currency
from bot.ingest.layout import FIGURE_WORDS, Sentence
from bot.ingest.measures import measured as measured_amount
from bot.ingest.metrics import (
    Metric,
    counted_name,
    family_of_unit,
    is_name,
    named_part,
    part_name,
    with_measure,
)
from bot.ingest.model import Proposal
from bot.ingest.subjects import (
    LAUNCHED,
    PRODUCT_SOLD,
    glossed,
    item_label,
    subject_owner,
    subject_start,
)
from bot.ingest.thresholds import bar_of
from bot.ingest.timing import TimeMention, find_times, fiscal_year, resolve_time

_log = logging.getLogger(__name__)
_EXPLICIT = frozenset({"absolute", "span", "month", "quarter", "half", "part", "to-date"})
_GROWTH_LEVEL = re.compile(r"\bgrowth\s+(?:of|at|to)\s+(?:(?:about|around)\s+)?$", re.I)
# A period named as what a change is measured against: "fell 6.4% against the second quarter
# of 2017", "from the same quarter a year ago", "than in the year-ago period".
_BASE_INTRO = re.compile(
    r"(?:\bagainst|\bcompared\s+(?:with|to)|\bfrom|\bthan(?:\s+in)?|\bover|\bversus|\bvs\.?"
    r"|\bon)(?:\s+the\s+(?:same|corresponding|comparable|prior[\s-]year|year[\s-]ago)\s+"
    r"(?:period|quarter|months?|half|weeks?)(?:\s+(?:of|in))?)?\s+$",
    re.IGNORECASE,
)
# "over the nine months", "over the quarter": a span the figure covers, never its base
_OVER_SPAN = re.compile(r"\bover\s+$", re.IGNORECASE)
_SPAN_OVER = re.compile(
    r"the\s+(?:(?:first|last|past)\s+)?(?:\w+\s+)?(?:months|weeks|quarter|half|period)\b"
    r"(?!.*\b(?:same|prior|previous|year[\s-]ago|comparable|corresponding)\b)",
    re.IGNORECASE,
)
_MONTHS_TOKEN = re.compile(r"[1-9]M")  # "9M 2025": the first nine months, no 9 million
_UP_WORDS = frozenset("more higher up".split())
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
_STOCK = re.compile(
    r"\bbacklog|\border\s+book|\bunfilled\s+orders|\binventor|\brecurring\s+revenue|\bfleet\s+size"
    r"|\bperformance\s+obligations|\b(?:"
    + "|".join(re.escape(w) for w in sorted(lx.LEVEL_PLURAL, key=len, reverse=True))
    + r")$",
    re.IGNORECASE,
)
_LEVEL_AT = re.compile(
    r"(?:^|[\s(•*-])(?P<noun>[A-Za-z][\w-]*)\s+(?:at|of)\s+(?:(?:about|around|nearly|some)\s+)?$"
)
# The rest of a list of counts after one of them: "snowmobiles, 61,300 side-by-side vehicles
# and 33,900" (nouns, figures, commas and one "and"; no verb, no time)
_IN_LIST = re.compile(
    r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?:,\s+[\d,.]+\s+[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*){0,2})*,?\s+and\s+"
)
_CONVERSION = re.compile(
    r"\bfor\s+readers\b|\bthink\s+in\b|\b(?:translated|converted)\s+(?:in)?to\b"
    r"|\bat\s+(?:average|current|today['’]s|prevailing)\s+exchange\s+rates?\b",
    re.IGNORECASE,
)
_ENDED_WITH = re.compile(
    r"\b(?:ended|ends|ending|finished|closed|exited)\b[^,;]{0,60}\bwith\s+"
    r"(?:(?:about|around|some|nearly)\s+)?$",
    re.IGNORECASE,
)
_NET_CHANGE = re.compile(
    r"\b(?:a\s+)?(?:net\s+)?(?:(?P<up>additions?|increase|gain)|(?P<down>reductions?|decline"
    r"|decrease|loss))\s+of\s+(?:(?:about|around|nearly|some|roughly|approximately)\s+)?$",
    re.IGNORECASE,
)
_COPULA = re.compile(
    r"\s(?:stood|was|were|is|are|came|totall?ed|numbered|amounted|reached|hit|rose|fell|grew)"
    r"(?:\s+(?:at|to|in\s+at))?\s+(?:(?:a|an)\s+(?:record|total|all-time\s+high)\s+(?:of\s+)?)?"
    r"(?:(?:about|around|nearly|almost|roughly|some|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
# a period of its own right after a figure: "$2.88 in fiscal 2025", "2.1 million in 2024"
_OWN_PERIOD = re.compile(
    r"^\s*(?:in|for|during)\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?|financial\s+year\s+|FY\s?)?"
    r"(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_BRINGING = re.compile(
    r"\b(?:bringing|taking|lifting|pushing)\s+"
    # "lifting the range to ...": a plan revised, not a total run up
    r"(?!(?:the|its|our|their)\s+(?:range|forecast|guidance|target|outlook|view|estimate)\b)"
    r"(?:[\w'’-]+\s+){1,5}?to\s+"
    r"(?:(?:about|around|nearly|some|more\s+than|over|a\s+record)\s+)?$",
    re.IGNORECASE,
)
_COMPARED = re.compile(
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
# A second measure joined by "and" with its own verb and no time of its own: ", and the
# net revenue per hectoliter (NR/hl) was of"
_JOINED_WAS = re.compile(
    r"\s*\)?\s*,?\s*and\s+(?:the\s+|its\s+)?[a-z][^,;.()\d]{1,60}?\s+(?:\([^()\d]{1,12}\)\s*)?"
    r"(?:was|were|reached|stood\s+at|came\s+(?:in\s+)?at|totall?ed|totali[sz]ed)(?:\s+of)?"
    r"\s+(?:(?:about|around|roughly|nearly)\s+)?",
    re.IGNORECASE,
)
# A list line opened by a named part with its initials and a colon: "- Upland North (UPN):"
_LABELLED_PART = re.compile(
    r"\s*[-•*–]?\s*(?P<name>[A-Z][\w&'’-]*(?:\s+(?:(?:and|&)\s+(?:the\s+)?)?[A-Z][\w&'’-]*){0,4})"
    r"\s+\((?P<abbr>[A-Z]{2,6})\)\s*:\s"
)
# ", with a normalized EBITDA margin of": a ratio appended to the level before it
_WITH_RATIO = re.compile(
    r"\s*,?\s*with\s+(?:an?\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:margin|share|ratio"
    r"|rate)\s+(?:of|at)\s+(?:(?:about|around|roughly|nearly)\s+)?",
    re.IGNORECASE,
)
_RANGE_REVISED = re.compile(
    r"\b(?:tighten|narrow|widen|raise|lift|lower|cut|trim|revise)\w*\s+(?:its|the|our)\s+"
    r"[^.;:]{0,60}?\b(?:range|guidance|outlook)\s+to\s+(?:(?:about|around)\s+)?$",
    re.IGNORECASE,
)
_CHANGE_AFTER_LEVEL = re.compile(
    r"\s*(?:[a-z]+\s*){0,2}?,?\s*(?:(?:a|an)\s+)?(?:growth|increase|rise|decline|decrease|fall"
    r"|drop|gain|plus)\s+of\s+|\s*(?:[a-z]+\s*){0,2}?,?\s*(?:up|down)\s+",
    re.IGNORECASE,
)
_JOINED_MEASURE = re.compile(
    r"(?:\s+(?:[A-Za-z][\w-]*)){0,3}[\s,]*(?:and|while)\s+(?:an?\s+|its\s+|the\s+)?(?!(?:year|prior|previous|earlier)\b)"
    r"(?:[\w-]+\s+){0,4}?(?:of|at)\s+(?:(?:about|around|roughly|nearly)\s+)?",
    re.IGNORECASE,
)
_WHEN_BACK = re.compile(r",?\s+when\b[^.;]*", re.IGNORECASE)
_COMPARED_WITH = re.compile(r"\bcompared\s+(?:with|to)\b", re.IGNORECASE)
_SELL_BEFORE = re.compile(
    r"\b(?:sold|sell|sells|selling|shipped|ship|ships|shipping|delivered|deliver|delivers)\s+"
    r"(?:(?:a\s+record|about|around|nearly|almost|roughly|some|more\s+than|over|just\s+over)\s+)?$",
    re.IGNORECASE,
)


_TIME_HINT = re.compile(
    r"\d|quarter|\bqtr|year|\bhalf|month|fiscal|\bFY|\bQ[1-4]|week|season|period|ago|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec",
    re.IGNORECASE,
)
_FIGURE_HINT = re.compile(FIGURE_WORDS, re.IGNORECASE)


_OF_OURS = re.compile(r"\s+of\s+(?:our|its|their|the\s+company['’]s)\s+(?=[a-z])")


# "volume of", "the volume totalized", "volume reached": the measure a unit's amount is of
_VOLUME_BEFORE = re.compile(r"\bvolumes?\b[^\d;:()]{0,30}$", re.IGNORECASE)


_TO_AFTER_BASE = re.compile(r"[\s,]*to\b", re.IGNORECASE)


_BASE_AFTER = re.compile(
    r"\s*(?:(?:more|fewer|less|higher|lower|up|down|above|below)\s+)?(?:than|from|compared\s+"
    r"(?:with|to)|versus|vs\.?|against|on)\b[^,;%$€£¥\d]*",
    re.IGNORECASE,
)
_YEAR_TO_DATE = re.compile(
    r"\byear[\s-]to[\s-]date\b|\bYTD\b|\bso\s+far\s+this\s+year\b", re.IGNORECASE
)
_UNIT_SUBJECT = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:while|whereas|and|but)\s+)(?:the|its|our|their)\s+"
    # "unit" of a business, never the "unit" of "unit sales" (a count of what was sold)
    r"(?P<seg>(?:[\w&-]+\s+){1,3}?)(?:unit(?!\s+(?:sales|shipments|deliveries|volumes?)\b)"
    r"|division|segment|business|arm)\b(?!\s+of\b)",
    re.IGNORECASE,
)
# "driven by the snacks division, where sales climbed 9.1%": the division's sales
_WHERE_SEGMENT = re.compile(
    r"\b(?:the|its|our|their)\s+(?P<seg>(?:[\w&-]+\s+){1,3}?)(?:unit|division|segment|business"
    r"|arm),?\s+where$",
    re.IGNORECASE,
)


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


def _own_times(
    text: str, times: list[TimeMention], stated: tuple[date, TimeMention] | None, sl: Slot
) -> list[TimeMention]:
    """The time phrases in a figure's own stretch that may be its period."""
    return [
        t
        for t in times
        if sl.left <= t.start < max(sl.right, sl.fig.end + 1)
        and not (stated and t.day == stated[0])
        and t.mode != "day"
        and not (sl.fig.unit == "percent" and _is_base(text, t))
        # "1.4% more than in the first ten months of 2024": all of it is the base
        and not (
            sl.fig.unit == "percent"
            and t.start >= sl.fig.end
            and _BASE_AFTER.fullmatch(text, sl.fig.end, t.start)
        )
        # "fell 41% from a year earlier to 212 billion won": the base of the change
        # before the level is not the level's period
        and not (t.end <= sl.fig.start and _is_base(text, t) and _TO_AFTER_BASE.match(text, t.end))
    ]


def _is_base(text: str, t: TimeMention) -> bool:
    """A time phrase that is what a change is set against ("from a year earlier")."""
    if _OVER_SPAN.search(text, max(0, t.start - 10), t.start) and _SPAN_OVER.match(t.text):
        return False  # "rose 2.2% over the nine months": when, not what it is set against
    return _BASE_INTRO.search(text, max(0, t.start - 30), t.start) is not None


def _framing(
    times: list[TimeMention], stated: tuple[date, TimeMention] | None, slots: list[Slot]
) -> list[TimeMention]:
    """Time phrases no figure owns frame them all; a figure left out (a count of
    customers, a third party's figure) owns nothing."""
    owned = [(sl.left, sl.right) for sl in slots if not sl.skip]
    return [
        t
        for t in times
        if not any(a <= t.start < b for a, b in owned)
        and t.mode != "day"
        and not (stated and t.day == stated[0])
    ]


def read_sentence(s: Sentence, ctx: Context) -> list[Proposal]:
    text = unapposed(uncapped(s.text))  # ("RHEINAU FY SALES ...": read as written small)
    # cheap checks first: most sentences of a long report state no figure
    figs = find_figures(text) if _FIGURE_HINT.search(text) else []
    times = find_times(text, ctx.published) if _TIME_HINT.search(text) else []
    figs, bracketed = _sentence_figures(text, times, figs, ctx)
    note_announcement(text, times, ctx)
    if not figs:
        update_anchor(ctx, times, s)
        ctx.last_name = product_name(text, ctx)
        return []
    stated = statement_date(text, times, ctx.published)
    slots = [Slot(f, a, b) for f, (a, b) in zip(figs, stretches(text, figs), strict=True)]
    for before, sl in itertools.pairwise(slots):
        sl.subject = before.fig.end
    keyed = _key_labels(text, times, slots)
    mentions = ctx.names.mentions(text)

    listing = (
        breakdown(text, [f.start for f in figs], [f.end for f in figs]) if len(figs) > 1 else None
    )
    first_pair = revision_pair(text, slots)
    pairs = [first_pair] if first_pair is not None else []

    for i, sl in enumerate(slots):
        _read_roles(s, text, times, slots, i, sl, listing, first_pair, ctx)
    pairs, labelled = _pair_revisions(text, slots, pairs)
    # -- earlier statements restated: "the range Orbis had guided to in August"
    paired = {id(x) for p in pairs for x in p[:2]}
    partner = {id(o): n for n, o, _ in pairs} | {id(n): o for n, o, _ in pairs}
    for sl in slots:
        if (
            id(sl) not in paired
            and not sl.skip
            and _HAD_GUIDED.search(text, sl.left, max(sl.right, sl.fig.end))
        ):
            sl.skip, sl.note = True, "an earlier statement, restated"
    # -- entities, periods and dates
    for i, sl in enumerate(slots):
        _read_when(s, text, times, stated, slots, i, sl, pairs, partner, mentions, keyed, ctx)
    read_respectively(text, slots, times, ctx)
    elliptical_periods(text, slots, times, ctx)
    base_of_rate(text, slots)
    _date_earlier_statements(text, times, stated, slots, pairs, labelled, ctx)
    update_anchor(ctx, times, s, [sl for sl in slots if not sl.skip])
    ctx.last_name = product_name(text, ctx)
    regions = _regions(text, slots, pairs, mentions)
    counted_apart(text, slots, {id(x) for p in pairs for x in p[:2]})
    over_bars(text, slots)
    change_amounts(text, slots)
    parts_of_them(text, slots, ctx)
    name_product_lines(slots)
    _remember_for_next(text, slots, ctx)
    out = _proposals(s, text, slots, regions, bracketed, ctx)
    return first_issued(text, times, out, ctx.published)


def _sentence_figures(
    text: str, times: list[TimeMention], figs: list[Figure], ctx: Context
) -> tuple[list[Figure], dict[int, comparatives.Comparative]]:
    """The sentence's figures less days of dates, month counts ("9M") and points, in the
    report's currencies, and the bracketed prior-year comparatives set apart."""
    # "the nine weeks to 4 January": a day of a date is no figure; "1.7 percentage points"
    # is a change of a rate, not a figure of ours
    figs = [
        f
        for f in figs
        if (f.explicit or not any(t.start <= f.start < t.end for t in times))
        # "9M hardware sales": the first nine months, no figure of nine million
        and not any(
            (t.mode == "to-date" or _MONTHS_TOKEN.fullmatch(f.text.strip()))
            and t.start <= f.start + len(f.text) - len(f.text.lstrip())  # (" 9M": its space)
            and f.end <= t.end
            for t in times
        )
        and not _POINTS.match(text, f.end)
    ]
    # a bare "francs" after "Swiss francs": the report's; one it never named stays a figure
    # with a stretch of its own (its time phrases are not the sentence's), and is no fact
    figs = [in_currency(f, ctx.currencies) for f in figs]
    # "MSEK 13,940 (13,510)": the bracketed prior-year figure is the same fact a year earlier
    figs, bracketed = comparatives.split(text, figs) if ctx.comparatives else (figs, {})
    return figs, bracketed


def _key_labels(text: str, times: list[TimeMention], slots: list[Slot]) -> set[int]:
    """Time phrases that label one figure ("(H1 2023: EUR 1,15 billion)", "(PY 29.8%)"):
    each widens its figure's stretch and keys it; the starts of those phrases."""
    keyed: set[int] = set()  # time phrases that label one figure: "(H1 2023: EUR 1,15 billion)"
    for sl in slots:
        for t in times:
            if (
                t.end <= sl.fig.start
                and (
                    KEYED.fullmatch(text, t.end, sl.fig.start)
                    # "(PY -2.2%)", "(PY 29.8%)": a bracketed label and its figure
                    or (
                        text[t.start - 1 : t.start] == "("
                        and _BLANK.fullmatch(text, t.end, sl.fig.start)
                    )
                )
            ):
                sl.left = min(sl.left, t.start)
                sl.keyed = True
                keyed.add(t.start)
                if t.mode == "day":
                    sl.keyed_day = t.day  # "(30 April 2024: EUR 498.3 million)"
                if re.fullmatch(r"(?:19|20)\d\d", t.text.strip()):
                    sl.keyed_year = int(t.text.strip())
    return keyed


def _pair_revisions(
    text: str, slots: list[Slot], pairs: list[tuple[Slot, Slot, Kind]]
) -> tuple[list[tuple[Slot, Slot, Kind]], list[tuple[Slot, Slot, Kind]]]:
    """All revision pairs (new figure, the one it replaced, kind): "to X from Y" ones, stated
    and labelled ones; a figure with its own period is never the earlier statement. The
    pair shares a metric and kind; a growth moved "by" so much is no level."""
    # -- revisions: "raised A to X from Y and B to Z from W" holds two
    paired = {id(x) for p in pairs for x in p[:2]}
    pairs += stated_revisions(text, slots, paired)
    paired = {id(x) for p in pairs for x in p[:2]}
    labelled = labelled_revisions(text, slots, paired)
    pairs += labelled
    # "expects $3.10 to $3.25, compared with $2.88 in fiscal 2025": a figure with a period
    # of its own is another period's, never the earlier statement of the same one
    pairs = [
        (new, old, kind)
        for new, old, kind in pairs
        if not _OWN_PERIOD.search(text[old.fig.end : max(old.right, old.fig.end)])
    ]
    for _, old, _ in pairs:
        # "up from around £555m in April and around £540m when the year began": a still
        # earlier statement of the same figure, on a day the text does not give
        for sl in slots:
            if (
                sl.fig.start > old.fig.end
                and sl.fig.unit == old.fig.unit
                and not any(sl is x for p in pairs for x in p[:2])
                and _AND_EARLIER.fullmatch(text, old.fig.end, sl.fig.start)
            ):
                sl.skip, sl.note = True, "an earlier statement, restated"
    for new, old, kind in pairs:
        if old.metric is None and new.metric is not None and not old.note:
            old.metric, old.skip = new.metric, False  # "compared with the 8% it had forecast"
        if new.metric is None and old.metric is not None and not new.note:
            new.metric, new.skip = old.metric, False  # "from 820 aircraft to 790"
        changed = CHANGE_OBJECT.search(text)
        if changed is not None and new.metric is not None:
            # "its full-year delivery target": the words of the target name the measure
            new.metric = with_measure(new.metric, changed["obj"])
            old.metric = new.metric if old.metric is not None else None
        previously = PREVIOUSLY.search(text, new.fig.end, old.fig.start) is not None
        # "expects revenue growth of 12% to 14%, up from a previous range of 10% to 13%": a
        # stated rate of growth, not how much a figure was raised by
        previously = previously or (
            _GROWTH_LEVEL.search(text, max(0, new.fig.start - 30), new.fig.start) is not None
            and EARLIER.search(text, new.fig.end, old.fig.start) is not None
        )
        # "lifted its growth guidance to 2.0%–4.0% from 1.5%–3.5%": rates moved to a new
        # level (a range, or "to" a rate), not the size of the move
        previously = previously or new.fig.high is not None
        for sl in (new, old):
            sl.kind = kind
            if sl.metric is None or (sl.metric.name.endswith("growth") and not previously):
                sl.skip = True  # "raised its forecast by 5%": a change, not a level
        if old.metric is not None and new.metric is not None and not old.skip:
            old.metric = new.metric
    return pairs, labelled


def _read_roles(
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
    if f.unit not in ("units", "percent") and _CONVERSION.search(text):
        # "For readers who think in U.S. dollars, our revenue was roughly US$2.6 billion":
        # an amount converted for the reader, not a figure the company reports
        sl.skip, sl.note = True, "a conversion"
        return
    clause = clause_start(text, f.start)
    whose = theirs(text, f, sl.left, sl.right, clause, ctx.names)
    event = counted_event(text, f, slots[:i]) if whose is None else None
    # "Dealer inventory stood at 38,700 units": a stock the rules below name as one
    stock = (
        stock_level_of(text, subject_clause_start(text, f.start), f.start)
        or (Metric("fleet size", "units", None, (), "fleet") if is_fleet(text, f) else None)
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
    if (
        f.unit == "units"
        and event is None
        and not stock
        and no_product(text, f.end, text[: f.start], ctx.metrics.learned)
        and not measured_amount(text, f.start, f.end, sl.left)  # "3.2 million tonnes"
    ):
        # "hosted 14 events", "filed 120 patents": counted, but nothing sold
        sl.skip, sl.note = True, "a count of things, not of sales"
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
    if not _name_metric(s, text, slots, i, sl, clause, event, listing, first_pair, ctx):
        return
    if not _refine_metric(s, text, slots, i, sl, ctx):
        return
    # -- kind
    _read_kind(s, text, times, slots, i, sl, ctx)
    if sl.kind is not Kind.ACTUAL and past_possessive(text, f, times, ctx):
        # "expects second-half revenue to be similar to the first half's $1.4 billion":
        # the first half's figure is what it was, whatever the sentence expects
        sl.kind = Kind.ACTUAL


def _name_metric(
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
    if event is not None:
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
                    and p.fig.start < listing.whole_end
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
    elif f.unit == "units" and is_fleet(text, f):
        # "It operated 142 aircraft at March 31", "The fleet stood at 146 aircraft": the
        # fleet it had on a day, never aircraft sold
        sl.metric = Metric("fleet size", "units", None, (), "fleet")
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
    elif f.unit == "percent":
        sl.metric = percent_metric(text, sl, slots[:i], ctx, first_pair)
        if sl.metric is None:
            sl.skip = True
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
        if level is None or not _STOCK.search(level):
            sl.skip, sl.note = True, "a change in a count"
            return False
        word = "reduction" if net["down"] else "addition"
        name = f"net {level} {word}"
        sl.metric = Metric(name, "units", None, (), name)
    if sl.metric is not None and i:
        sl.metric = qualified_like(text, sl, slots[i - 1]) or sl.metric
    part = part_named(text, sl, slots[:i], ctx)
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
        segment = _UNIT_SUBJECT.search(text, clause, f.start) or _WHERE_SEGMENT.search(
            text, max(0, clause - 80), clause + 5
        )
        if segment is not None and sl.metric.family in ("money", "percent"):
            # "The battery materials unit swung to an operating loss of 48 billion won",
            # "the continence care business grew 6%": the segment's own measure, never
            # another segment's named in a clause before
            name = f"{segment['seg'].strip()} {measure_of(sl.metric.name)}"
            sl.metric, sl.part = Metric(name, sl.metric.family, None, (), name), True
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
        or Kind.ACTUAL
    )
    if (
        i
        and _COMPARED.search(text[sl.left : f.start])
        and slots[i - 1].kind is not None
        and not (kind_near(text, sl.left, f, sl.right))
    ):
        sl.kind = (
            slots[i - 1].kind
            if re.search(r"\bprevious|\bearlier|\boriginal", text[sl.left : f.start])
            else sl.kind
        )


def _is_counted_thing(text: str, clause: int, sl: Slot) -> bool:
    """False for a number that counts no sale: places or people ("in over 20 countries"),
    whom it served ("to 91 customers"), or new outlets opened ("opened 14 new stores")."""
    f = sl.fig
    noun = re.match(
        r"\s+(?:(?:[A-Z][\w-]*|more|other|different)\s+)*([A-Za-z][\w-]*)", text[f.end :]
    )
    if noun and noun.group(1).lower() in lx.NOT_PRODUCTS:
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
        and _STOCK.search(earlier.metric.name)
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
    if sl.metric is None and label is not None and not text[label.end() : f.start].strip():
        # "Vehicles delivered: 412,000": the label names the figure
        sl.metric = ctx.metrics.near(text, f, 0, label.end("label"))
    level = _LEVEL_AT.search(text, sl.left, f.start) if f.unit == "units" else None
    if sl.metric is None and level is not None and level["noun"].lower() in lx.LEVEL_PLURAL:
        # "Headcount at 1,48,512 as on December 31": a count named before "at"
        noun = level["noun"].lower()
        sl.metric = Metric(noun, "units", None, (), noun)
    if sl.metric is None and not f.explicit:
        sl.metric = parallel(text, sl, slots[:i])
    if (
        sl.metric is None
        and not f.explicit
        and not _COMPARED.search(text[sl.left : f.start])
        and (not _SELL_BEFORE.search(text[sl.left : f.start]))
    ):
        sl.skip = True  # a bare number with nothing saying what it counts
        return False
    sl.metric = sl.metric or ctx.metrics.near(text, f, sl.left, f.start)
    if sl.metric is None and _COMPARED.search(text[sl.left : f.start]):
        sl.metric = antecedent(slots[:i], f)
    elif (
        sl.metric is not None
        and generic_units(sl.metric)
        and _COMPARED_WITH.search(text[sl.left : f.start])
    ):
        # "deliveries totalled 1,240 units, compared with 1,310 units": the same
        sl.metric = antecedent(slots[:i], f) or sl.metric
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
            sl.metric, sl.part = named_part(ctx.whole, share["label"]), True
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
    if sl.metric is None or sl.metric.family != ("units" if f.unit == "units" else "money"):
        if sl.metric is not None and sl.metric.family == "percent":
            pass
        sl.skip = sl.metric is None or sl.metric.family == "percent"
        if sl.skip:
            return False
    return True


def _read_when(
    s: Sentence,
    text: str,
    times: list[TimeMention],
    stated: tuple[date, TimeMention] | None,
    slots: list[Slot],
    i: int,
    sl: Slot,
    pairs: list[tuple[Slot, Slot, Kind]],
    partner: dict[int, Slot],
    mentions: list[tuple[int, int, str, str]],
    keyed: set[int],
    ctx: Context,
) -> None:
    """Whose figure SL is, when it was stated and the period it is for."""
    if sl.skip:
        return
    f = sl.fig
    if not _read_entity(text, slots, i, sl, mentions, ctx):
        return
    cal = ctx.names.calendar(sl.entity)
    if (
        ctx.fiscal is not None
        and sl.entity == ctx.names.main.name
        and f.unit != "units"
        and (sl.metric is None or sl.metric.family != "units")
    ):
        # a company's accounts follow its fiscal year even in a story that never says
        # "fiscal" ("revenue of 412 billion yen for the year"); only a count may be
        # planned by calendar year (a carmaker's "sales plan for this year")
        cal = ctx.fiscal
    sl.as_of = stated[0] if stated else ctx.published
    if stated and f.start >= stated[1].end and dates_figure_before(text, stated[1], slots):
        # "down from the $3.0 billion it forecast in September, and comparable sales of
        # 2% to 3%": the month dates the figure its clause is about, not those after it
        sl.as_of = ctx.published
    anchor = sentence_anchor(text, slots[:i], times, f.start, ctx, cal, sl)
    candidates = _own_times(text, times, stated, sl)
    if any(sl is o for _, o, _ in pairs) and not candidates:
        candidates = _own_times(text, times, stated, partner[id(sl)])
    if not _no_running_total(text, times, slots, sl, candidates, cal, anchor, ctx):
        return
    period = _own_period(text, times, stated, slots, sl, candidates, partner, cal, anchor)
    if sl.skip:
        return
    period = _period_from_neighbours(text, times, slots, i, sl, period, cal, anchor)
    if sl.skip:
        return
    period = _period_from_context(
        s, text, times, stated, slots, i, sl, period, cal, anchor, keyed, ctx
    )
    if sl.skip:
        return
    _settle_period(text, times, stated, slots, i, sl, period, cal, anchor, ctx)


def _read_entity(
    text: str,
    slots: list[Slot],
    i: int,
    sl: Slot,
    mentions: list[tuple[int, int, str, str]],
    ctx: Context,
) -> bool:
    """Whose figure SL is; False where it is compared with a figure that has no period."""
    f = sl.fig
    base = next((p for p in reversed(slots[:i]) if p.fig.unit == f.unit), None)
    if (
        base is not None
        and base.note == "no period"
        and COMPARATIVE.search(text, max(0, f.start - 40), f.start)
    ):
        # "came to $88 million, against $102 million a year earlier" with no period for
        # the $88 million: "a year earlier" counts from nothing the text gives
        sl.skip, sl.note = True, "compared with a figure of no period"
        return False
    sl.entity = entity_of(text, sl, mentions, ctx)
    if (
        f.high is not None
        and sl.kind in (None, Kind.ACTUAL)
        and _RANGE_REVISED.search(text, clause_start(text, f.start), f.start)
    ):
        # "has tightened its full-year gold output range to 490,000-505,000 ounces": a
        # range revised is a plan, never a result
        sl.kind = Kind.FORECAST
    if sl.share is not None and sl.entity in ctx.names.new:
        sl.entity = ctx.names.main.name  # "Snacks delivered $468 million": our segment
    return True


def _no_running_total(
    text: str,
    times: list[TimeMention],
    slots: list[Slot],
    sl: Slot,
    candidates: list[TimeMention],
    cal: FiscalCalendar,
    anchor: Period | None,
    ctx: Context,
) -> bool:
    """False where SL is a running total ("since launch", "has shipped ... as of"): its
    period is then set from the start to the day named, or it is skipped for want of one."""
    f = sl.fig
    # a stock is counted on a day, never summed from a start: "the leanest position we
    # have had since fiscal 2021" compares, it starts no running total
    stock_level = sl.metric is not None and _STOCK.search(sl.metric.name) is not None
    since = since_time(text, times) if f.unit != "percent" and not stock_level else None
    if since is not None and ";" in text[since.end : f.start]:
        since = None  # "Since launching X in 2022, it has sold ...; Y had 8.1 million"
    if since is not None and not sl.left <= since.start < max(sl.right, f.end + 1):
        owner = next((o for o in slots if o.left <= since.start < o.right), None)
        if owner is not None and owner is not sl:
            # "4.2 million in the six months to September, and 11.5 million since its
            # launch": the lifetime phrase is the other figure's
            since = None
    if (
        since is None
        and f.unit != "percent"
        and (
            LIFETIME.search(text, sl.left, max(sl.right, f.end))
            or LIFETIME.match(text)  # "Since launch, the Aero has sold ..."
        )
        # "In the January–October period, cumulative sales reached ...": the span named
        # (a launch's date is no such span: "the line introduced in April 2022 reached
        # cumulative sales of ...")
        and not (
            _CUMULATIVE_WORD.search(text)
            and any(
                t.mode in _EXPLICIT and not LAUNCH.search(text, max(0, t.start - 70), t.start)
                for t in times
            )
        )
    ):
        # "lifetime sales of 32.3 million units as of December 31": from the launch the
        # report states elsewhere; none stated, no period
        period = cumulative_total(text, times, None, sl, cal, anchor, ctx.launch)
        if period is None:
            sl.skip, sl.note = True, "cumulative total with no start date"
            return False
        sl.period, sl.cumulative = period, True
        return False
    if (
        since is None
        and f.unit == "units"
        and _PERFECT_SOLD.search(text, clause_start(text, f.start), f.start)
        and any(
            t.mode == "day" and END_DAY.search(text, max(0, t.start - 25), t.start)
            for t in times
            if t.start > f.end
        )
    ):
        # "X, released on July 24, has shipped 3.2 million units as of October 31": a
        # running total from the launch the sentence or the report names, never the
        # period talked about; with no launch, no period
        launched = next(
            (t for t in times if LAUNCH.search(text, max(0, t.start - 70), t.start)), None
        )
        period = cumulative_total(text, times, launched, sl, cal, anchor, ctx.launch)
        if period is None:
            sl.skip, sl.note = True, "cumulative total with no start date"
            return False
        sl.period, sl.cumulative = period, True
        return False
    if since is not None:
        # "since its launch in March 2021 ... at the end of the year": a total from
        # the launch to the day the text names; with no end stated, no period
        period = cumulative_total(text, times, since, sl, cal, anchor)
        if period is None:
            sl.skip, sl.note = True, "cumulative total with no end date"
            return False
        sl.period, sl.cumulative = period, True
        return False
    if not candidates and _BRINGING.search(text, clause_start(text, f.start), f.start):
        # "..., bringing series sales to 28 million units": a running total from a start
        # the sentence does not give; the period of the figure before is not its own
        sl.skip, sl.note = True, "a running total with no start"
        return False
    return True


def _own_period(
    text: str,
    times: list[TimeMention],
    stated: tuple[date, TimeMention] | None,
    slots: list[Slot],
    sl: Slot,
    candidates: list[TimeMention],
    partner: dict[int, Slot],
    cal: FiscalCalendar,
    anchor: Period | None,
) -> Period | None:
    """The period SL's own time phrases give, else its whole's or its partner's, else the
    sentence's framing phrases. None with SL skipped where its own period is unreadable."""
    f = sl.fig
    period = pick_time(candidates, f, cal, sl, anchor)
    if sl.of is not None and f.unit != "percent":
        period = sl.of.period  # a part has the period of its whole
        sl.kind = sl.of.kind or sl.kind
    if period is None and sl.of is not None:
        period = sl.of.period  # a change is for the period of the figure it is of
        sl.kind = sl.of.kind or sl.kind
    if period is None and sl.kind is Kind.ACTUAL and any(t.mode in _EXPLICIT for t in candidates):
        # "shipments in the April-September half rose to 8.6 million": a period of its
        # own the text names and we cannot read is not another figure's
        sl.skip, sl.note = True, "its own period not read"
        return None
    if period is None:
        period = pick_time(
            [
                t
                for t in _framing(times, stated, slots)
                if not (f.unit == "percent" and _is_base(text, t))
                # "£268.9m, +7.4% vs. PY": what a later change is measured against is
                # never the period of a level stated before it
                and not (_is_base(text, t) and t.start > f.end)
                and not other_kind_between(text, f, t, sl.kind)
            ],
            f,
            cal,
            sl,
            anchor,
        )
    if period is None and id(sl) in partner:
        period = partner[id(sl)].period
    # "fell 41% from a year earlier to $212 million": the level the change reached
    return period


def _period_from_neighbours(
    text: str,
    times: list[TimeMention],
    slots: list[Slot],
    i: int,
    sl: Slot,
    period: Period | None,
    cal: FiscalCalendar,
    anchor: Period | None,
) -> Period | None:
    """PERIOD, else the period a neighbouring figure fixes: the level a change reached, a
    margin of the amount before, the figure a comparison is set against."""
    f = sl.fig
    reached = any(
        sl.left <= t.start and t.end <= f.start and _is_base(text, t) for t in times
    ) and re.search(r"\bto\s+(?:(?:about|around|roughly|nearly)\s+)?$", text[sl.left : f.start])
    if (
        period is None
        and i
        and slots[i - 1].note == "its own period not read"
        and TO_LEVEL.fullmatch(text, slots[i - 1].fig.end, f.start)
    ):
        # "rose 24% to 8.6 million units" after an unread period: the level's is unread too
        sl.skip, sl.note = True, "its own period not read"
        return None
    if (
        period is None
        and i
        and not slots[i - 1].skip
        and slots[i - 1].period is not None
        and _WITH_RATIO.fullmatch(text, slots[i - 1].fig.end, f.start)
    ):
        # "EBITDA of 4Q25 was R$ 4.1 bn, with a margin of 33.2%": the ratio appended to
        # a level is of that level's period, whatever the sentence before talked about
        period = slots[i - 1].period
        level = slots[i - 1].metric
        if (
            sl.metric is not None
            and sl.metric.name == "margin"
            and level is not None
            and level.family == "money"
        ):
            # "EBITDA reached R$ 14 bn, with a margin of 31%": that level's margin
            name = f"{level.name} margin"
            sl.metric = Metric(name, "percent", None, (), name)
    if period is None:
        # "in 2007, when the company sold 9.37 million vehicles": the time just named
        back = [
            t
            for t in times
            if t.end <= f.start
            and _WHEN_BACK.fullmatch(text, t.end, f.start)
            and not any(o is not sl and t.end <= o.fig.start < f.start for o in slots)
        ]
        period = pick_time(back[-1:], f, cal, sl, anchor) if back else None
    if (
        period is None
        and i
        and (
            reached
            or not _COMPARED.search(text[sl.left : f.start])
            # "posted 1Q25 revenue of KRW 2.7 trillion and operating profit of KRW 201.5
            # billion": a second measure joined to the first, of the same period
            or _JOINED_MEASURE.fullmatch(text, slots[i - 1].fig.end, f.start)
            # "..., and the net revenue per hectoliter (NR/hl) was of R$ 331.6"
            or _JOINED_WAS.fullmatch(text, slots[i - 1].fig.end, f.start)
        )
    ):
        prior = next(
            (
                p
                for p in reversed(slots[:i])
                if not p.skip
                and p.period is not None
                and (p.kind is sl.kind or sl.kind is None)
                and not p.keyed
                and not COMPARATIVE.search(text, max(0, p.fig.start - 40), p.fig.start)
            ),
            None,
        )  # never a comparative's: "compared with 341 a year ago, and ... rose 17%"
        if prior is not None:  # "climbed 18% to $1.1 billion": the same period
            period = prior.period
    return period


def _period_from_context(
    s: Sentence,
    text: str,
    times: list[TimeMention],
    stated: tuple[date, TimeMention] | None,
    slots: list[Slot],
    i: int,
    sl: Slot,
    period: Period | None,
    cal: FiscalCalendar,
    anchor: Period | None,
    keyed: set[int],
    ctx: Context,
) -> Period | None:
    """PERIOD, else the period the context gives: the next figure's ("from X to Y in 2025"),
    a plan's own year or the last plan's, the anchor for a stock, the sentence's framing.
    None with SL skipped where no period can be read."""
    f = sl.fig
    if (
        period is None
        and i + 1 < len(slots)
        and re.fullmatch(r"\s*to\s*", text[f.end : slots[i + 1].fig.start], re.IGNORECASE)
    ):
        # "rose 9% to $15.8 billion in fiscal 2024": the period of the level it rose to
        period = pick_time(_own_times(text, times, stated, slots[i + 1]), f, cal, sl, anchor)
    if (
        sl.kind is not Kind.ACTUAL
        and period is not None
        and period.end < sl.as_of
        and _COMPARED_WITH.search(text[sl.left : f.start])
        and kind_near(text, sl.left, f, sl.right) is None
    ):
        # "plans 1% growth in 2008, compared with a rise of 6% in 2007": what a plan is
        # compared with, for a period already over, is the result (its own words would
        # say "its 2007 target")
        sl.kind = Kind.ACTUAL
    if (
        period is None
        and sl.kind in (Kind.TARGET, Kind.FORECAST)
        and _LONG_TERM.search(text, clause_start(text, f.start), f.start)
    ):
        # "its long-term target of an EBIT margin above 10%": a plan for no year at all
        sl.skip, sl.note = True, "a long-term plan has no period"
        return None
    if period is None and sl.kind in (Kind.TARGET, Kind.FORECAST):
        if ctx.short_plan is not None and ctx.short_plan[1] == s.paragraph:
            # "For the fourth quarter, it expects deliveries of 150,000 to 160,000. Total
            # revenues are expected to be ...": the quarter the paragraph plans for
            period = ctx.short_plan[0]
        elif ctx.plan_period is not None:
            period = ctx.plan_period  # the plan the report was just talking about
        else:
            # a company's target or forecast with no period is for its current fiscal year
            own = ctx.fiscal if ctx.fiscal and sl.entity == ctx.names.main.name else cal
            period = fiscal_year(own, sl.as_of)
            sl.note = sl.note or "period not stated: the current fiscal year assumed"
    elif period is not None and sl.kind in (Kind.TARGET, Kind.FORECAST) and period.months == 12:
        ctx.plan_period = period
        ctx.short_plan = None
    elif period is not None and sl.kind in (Kind.TARGET, Kind.FORECAST) and period.months in (3, 6):
        ctx.short_plan = (period, s.paragraph)
    if period is None and sl.metric is not None and _STOCK.search(sl.metric.name):
        period = moment_of(text, times, sl, None)
    if period is None:
        # times another figure owns ("the EUR 2.11 billion of the first half of last
        # year") say nothing of this one: the period talked about is its period
        named = [
            t
            for t in _framing(times, stated, slots)
            if not _is_base(text, t)
            and t.start not in keyed
            and not other_kind_between(text, f, t, sl.kind)
        ]
        period = ctx.anchor if not named else None
        final = [
            t
            for t in times
            if t.start > slots[-1].fig.end
            and not _is_base(text, t)
            and t.mode not in ("day", "anaphoric")  # "..., against $102m a year earlier"
            and not COMPARATIVE.search(text, max(0, slots[-1].fig.start - 40), slots[-1].fig.start)
            and re.fullmatch(r"[\s.,;:!?\"”')]*", text[t.end :])
        ]
        final = [t for t in final if not other_kind_between(text, f, t, sl.kind)]
        listed = sl is not slots[-1] and _IN_LIST.fullmatch(text, sl.fig.end, slots[-1].fig.start)
        if final and listed and period is not None:
            # "came to 58,400 snowmobiles, 61,300 side-by-sides and 33,900 watercraft
            # for the year": the time ending a list of counts is the list's
            period = None
        if period is None and final and sl is not slots[-1]:
            # "A swung to a loss of 48 billion won, while B earned 160 billion won in
            # the second quarter": a time phrase ending the sentence frames it all
            period = pick_time(final, f, cal, sl, anchor)
        if period is None:
            sl.skip, sl.note = True, "no period"
            return None
    return period


def _settle_period(
    text: str,
    times: list[TimeMention],
    stated: tuple[date, TimeMention] | None,
    slots: list[Slot],
    i: int,
    sl: Slot,
    period: Period,
    cal: FiscalCalendar,
    anchor: Period | None,
    ctx: Context,
) -> None:
    """The period read, made exact and set on SL: a part named by a label line, a price per
    unit, a stock's day, a year to date, a keyed year; a result for a period not yet begun
    (or a range for one still running) is a forecast."""
    f = sl.fig
    part_line = _LABELLED_PART.match(text)
    if (
        part_line is not None
        and sl.metric is not None
        and not sl.part
        and sl.region is None
        and part_line["name"].lower() not in sl.metric.name.lower()
        and not ctx.names.mentions(part_line["name"])
    ):
        # "- Upland North (UPN): volume of 6.4 mhl": a segment's line, its figures the
        # segment's (a label with its initials in brackets names a part, not a topic)
        name = f"{part_line['name']} {sl.metric.name}"
        sl.metric, sl.part = Metric(name, sl.metric.family, None, (), name), True
    per = price_per(text, sl, slots[:i])
    if per is not None:
        # "the net revenue per hectoliter (NR/hl) was R$ 331.6": a price a unit, never
        # the revenue; "... per hectoliter rose 4.1%": that price's growth
        growth = sl.metric.family == "percent"
        base = sl.metric.name.removesuffix(" growth")
        name = f"{base} per {per}" + (" growth" if growth else "")
        sl.metric = Metric(name, sl.metric.family, None, (), name)
    if sl.metric is not None and _STOCK.search(sl.metric.name):
        if period is not None and any(
            _SINCE_BARE.search(text, 0, t.start)
            and resolve_time(t, cal=cal, as_of=sl.as_of, kind=Kind.ACTUAL, anchor=None) == period
            for t in times
        ):
            period = anchor  # "the leanest since fiscal 2021": no day of this level
        period = moment_of(text, times, sl, period)
        before = next((p for p in reversed(slots[:i]) if not p.skip and p.period), None)
        if (
            before is not None
            and before.period.days == 1
            and COMPARATIVE.search(text, max(0, f.start - 40), f.start)
            and _YEAR_EARLIER.match(text, f.end)
        ):
            # "a backlog of 32.5 billion at 31 December 2025, against 38.4 billion a
            # year earlier": the same day a year before
            day = same_day_year_before(before.period.end)
            period = Period(day, day)
        if sl.keyed_day is not None:
            period = Period(sl.keyed_day, sl.keyed_day)  # the day its label names
    elif sl.keyed_day is not None:
        sl.skip, sl.note = True, "a day labels a figure of a period"
        return
    if (
        _YEAR_TO_DATE.search(text, clause_start(text, f.start), max(sl.right, f.end))
        and not any(t.mode == "to-date" for t in _own_times(text, times, stated, sl))
        and (begin := fiscal_year(cal, period.end).start) < period.start
    ):
        # "Year-to-date sales reached 402,100" in a report about October: from the
        # start of that year to the end of the period talked about
        period = Period(begin, period.end)
    if sl.keyed_year is not None:
        period = keyed_year_period(sl.keyed_year, slots[:i]) or period
    sl.period = period
    if sl.kind is Kind.ACTUAL and period.start > sl.as_of:
        sl.kind = Kind.FORECAST  # a period that had not begun cannot have a result yet
    elif sl.kind is Kind.ACTUAL and f.high is not None and period.end > sl.as_of:
        # "Outlook for 2025/26: ...; boats delivered 4,500-4,700": a range for a period
        # still running is what the company expects, never a result
        sl.kind = Kind.FORECAST


def _date_earlier_statements(
    text: str,
    times: list[TimeMention],
    stated: tuple[date, TimeMention] | None,
    slots: list[Slot],
    pairs: list[tuple[Slot, Slot, Kind]],
    labelled: list[tuple[Slot, Slot, Kind]],
    ctx: Context,
) -> None:
    """The day each replaced figure (and the one it replaced in turn) was stated, and plans
    the text says stood before this report."""
    for new, old, _ in pairs:
        if (
            stated
            and new.fig.end < old.fig.start < old.fig.end <= stated[1].start
            and new.as_of == stated[0]
        ):
            # "expects £95 million, down from the £110 million it forecast in September":
            # September dates the earlier figure; the new one is the report's
            new.as_of = ctx.published
        if not new.skip and not old.skip and new.as_of is not None:
            announced = (
                ctx.announced
                if any(o is old for _, o, _ in labelled)
                and ctx.announced is not None
                and ctx.announced < new.as_of
                else None
            )
            old.as_of = (
                earlier_date(text, old, times, new.as_of)
                or month_named(text, new.fig.end, old.fig.start, new.as_of)
                or announced
                or new.as_of - timedelta(days=1)
            )
            old.period = new.period
            old.note = f"replaced by {new.fig.text.strip()} on {new.as_of.isoformat()}"
    for new, old, _ in list(pairs):
        earlier = replaced_before(text, old, slots, pairs)
        if earlier is None or old.skip or old.as_of is None or old.metric is None:
            continue
        # "3–5% (previously 2–4%, raised with the half-year report on 17 July 2025 from the
        # 1–3% given in the year-end report on 6 February 2025)": the figure the old one
        # replaced, of the same thing, stated before it
        earlier.skip, earlier.metric, earlier.kind = False, old.metric, old.kind
        earlier.period, earlier.entity, earlier.value = old.period, old.entity, earlier.fig.value
        earlier.as_of = earlier_date(text, earlier, times, old.as_of) or old.as_of - timedelta(
            days=1
        )
        earlier.note = f"replaced by {old.fig.text.strip()} on {old.as_of.isoformat()}"
        pairs.append((old, earlier, new.kind or Kind.FORECAST))
    paired = {id(x) for p in pairs for x in p[:2]}
    for sl in slots:
        if sl.skip or id(sl) in paired or sl.kind is Kind.ACTUAL or sl.as_of != ctx.published:
            continue
        if _PLUPERFECT_PLAN.search(text, clause_start(text, sl.fig.start), sl.fig.start):
            # "The group had previously guided to profit of £130 million to £135 million":
            # the plan as it stood before this report, on the day the text names, else the
            # day before (never beside the new plan on one day, where neither would stand)
            sl.as_of = day_named_after(text, sl, times) or ctx.published - timedelta(days=1)
            sl.note = sl.note or "an earlier statement"


def _regions(
    text: str,
    slots: list[Slot],
    pairs: list[tuple[Slot, Slot, Kind]],
    mentions: list[tuple[int, int, str, str]],
) -> dict[int, str | None]:
    """The region each figure is for (by id of its slot), shared along a change and the
    level it reached, and a growth named as its level's part."""
    named_regions = [
        r
        for r in (
            reporting.regions_in(text)
            if any(not sl.skip for sl in slots) and may_name_region(text)
            else []
        )
        if not _NATIONALITY_OF_MAKER.match(text, r.end)  # "the German maker of trains"
        and not ((dateline := _DATELINE.match(text)) and r.end <= dateline.end())
    ]
    regions = {id(sl): sl.region or region_named(text, named_regions, sl, mentions) for sl in slots}
    for new, old, _ in pairs:
        if regions.get(id(old)) is None:
            regions[id(old)] = regions.get(id(new))  # "down from 2.64 million": the same
    for before, sl in itertools.pairwise(slots):
        if (
            regions.get(id(sl)) is None
            and before.fig.unit == "percent"
            and TO_LEVEL.fullmatch(text, before.fig.end, sl.fig.start)
        ):
            regions[id(sl)] = regions.get(id(before))  # "US revenue grew 11% to $201.3m"
        elif (
            regions.get(id(sl)) is None
            and sl.fig.unit == "percent"
            and before.fig.unit != "percent"
            and _CHANGE_AFTER_LEVEL.fullmatch(text, before.fig.end, sl.fig.start)
        ):
            # "Brazil: a volume of 24.9 mhl, a growth of 2.3%": the growth of Brazil's level
            regions[id(sl)] = regions.get(id(before))
            own = sl.metric.name.removesuffix(" growth") if sl.metric is not None else ""
            if (
                before.metric is not None
                and sl.metric is not None
                and sl.metric.name.endswith(" growth")
                and before.metric.name != own
                and before.metric.name.endswith(" " + own)
            ):
                name = f"{before.metric.name} growth"  # the part's, as its level is named
                sl.metric = Metric(name, "percent", None, (), name)
    return regions


def _remember_for_next(text: str, slots: list[Slot], ctx: Context) -> None:
    """What the next sentences may refer back to: the last count ("... of them") and the
    last whole money figure (whose parts may follow)."""
    counts = [
        sl
        for sl in slots
        if not sl.skip
        and not sl.part
        and sl.fig.unit == "units"
        and sl.metric is not None
        and sl.period is not None
        and not BASE_BEFORE.search(text, sl.left, sl.fig.start)
    ]
    ctx.count = counts[-1] if counts else ctx.count if not slots else None
    wholes = [
        sl.metric
        for sl in slots
        if not sl.skip and sl.metric is not None and sl.metric.family == "money" and not sl.part
    ]
    if wholes:
        ctx.whole = wholes[-1]


def _proposals(
    s: Sentence,
    text: str,
    slots: list[Slot],
    regions: dict[int, str | None],
    bracketed: dict[int, comparatives.Comparative],
    ctx: Context,
) -> list[Proposal]:
    """The proposals of the figures whose roles were all read, each with its bracketed
    prior-year comparative."""
    out = []
    for sl in slots:
        if _log.isEnabledFor(logging.DEBUG):  # why a figure was or was not proposed
            _log.debug(
                "%r skip=%s note=%r metric=%s kind=%s period=%s entity=%s",
                sl.fig.text,
                sl.skip,
                sl.note,
                sl.metric and sl.metric.name,
                sl.kind,
                sl.period and sl.period.iso(),
                sl.entity,
            )
        if sl.skip or sl.metric is None or sl.period is None or sl.entity is None:
            continue
        # a brand the metric's name carries ("Stellar EUV scanners shipped") names the
        # product line, not the company: "Stellar revenue" is no question about the company
        brands = tuple(
            b
            for b in (sl.metric.brands if sl.metric.family == "units" else ())
            if b.casefold() not in sl.metric.name.casefold()
        )
        aliases = tuple(sorted({*brands, *sl.aliases}))
        out.append(
            Proposal(
                entity=sl.entity,
                metric=rate_basis(
                    text,
                    sl,
                    with_region(
                        lower_first(
                            timeless(said_once(sl.metric.name), ctx.published),
                            text,
                            sl.metric.brands,
                        ),
                        regions.get(id(sl)),
                    ),
                    slots,
                ),
                kind=sl.kind or Kind.ACTUAL,
                period=sl.period,
                value=abs(sl.value) if sl.metric.name.endswith("loss") else sl.value,
                value_high=sl.fig.high,
                unit=sl.fig.unit,
                as_of=sl.as_of or ctx.published,
                quote=s.text,
                start=s.start,
                headline=s.role == "title",
                entity_aliases=aliases,
                note=sl.note,
                # a phrase without the region the metric has is a broader measure, never
                # its synonym: "dealer inventory" is not "North America dealer inventory"
                metric_synonyms=(sl.metric.phrase,)
                if sl.metric.phrase
                and not (regions.get(id(sl)) and not reporting.regions_in(sl.metric.phrase))
                else (),
            )
        )
        earlier = bracketed.get(sl.fig.start)
        if earlier is not None and out[-1].kind is Kind.ACTUAL and sl.value == sl.fig.value:
            out.append(
                replace(
                    out[-1],
                    period=comparatives.year_before(sl.period),
                    value=abs(earlier.value) if sl.metric.name.endswith("loss") else earlier.value,
                    value_high=None,
                    note="",
                )
            )
    return out


# A part of a whole, named by its subject: "the Model K3, accounted for 276,500 of the
# quarter's deliveries", "Cloud Infrastructure contributed $1.58 billion".
_LONG_TERM = re.compile(r"\b(?:long|longer|medium|mid)[\s-]+(?:term|range)\b", re.IGNORECASE)


_SINCE_BARE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)


# "has sold", "have now shipped": a running total to the day the sentence names
_PERFECT_SOLD = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+)?(?:sold|shipped|delivered)\b", re.IGNORECASE
)
_CUMULATIVE_WORD = re.compile(r"\bcumulative(?:ly)?\b", re.IGNORECASE)


_THEM = re.compile(r"\s+of\s+them\b(?!\s+(?:were\s+|are\s+)?[A-Za-z][\w-]*s\b)")
_CHANGE_LABEL = re.compile(
    r"(?:^|[;:(,]\s*|\b(?:and|with)\s+)(?:the\s+)?(?:net\s+)?(?:change|difference|variance"
    r"|increase\s*\(decrease\)|increase|decrease)\s*(?:of|was|is|:)?\s*(?:\(\w+\)\s*)?$",
    re.IGNORECASE,
)
_BLANK = re.compile(r"\s+")
# "the German maker of regional trains": where the company is from, not a figure's region
_NATIONALITY_OF_MAKER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:maker|manufacturer|company|group|firm|producer|supplier|retailer"
    r"|publisher|operator|builder|carmaker|automaker|chipmaker|co-operative|cooperative|miner"
    r"|brewer)s?"
    # "the German maker of trains", "Swedish equipment maker Ekholm": the company's home
    r"(?:\s+of\b|\s+[A-Z])"
)
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
_POINTS = re.compile(
    r"\s*(?:percentage[\s-]points?|points?|pp|pts|bps|basis[\s-]points?)\b", re.IGNORECASE
)
_DIVIDEND = re.compile(r"\bdividends?\b", re.IGNORECASE)
_OPENED = re.compile(r"\b(?:opened|closed|added|shut|opening|closing)\s+(?:\w+\s+)?$", re.I)
_DELTA = re.compile(
    r"\b(?:" + "|".join(sorted(lx.CHANGE_VERBS, key=len, reverse=True)) + r")\b[^,;]{0,60}?"
    r"\bby\s+(?:another|a\s+further|an\s+additional|some|about|around|nearly|roughly)?\s*[\"“]?$",
    re.IGNORECASE,
)
# An earlier statement restated: "the range Orbis had guided to", "the £2.05bn it guided in
# March" (a figure the company gave before, compared with, not stated again)
_HAD_GUIDED = re.compile(
    r"\bhad\s+(?:been\s+)?(?:guided|forecast|projected|expected|targeted|predicted|estimated"
    r"|promised|pencilled|penciled)\b"
    # "the goal of at least €4 billion that the chief executive had set a year earlier"
    r"|\bhad\s+(?:set|given|issued|announced|laid\s+out)\b[^.;]{0,40}?\b(?:earlier|ago|before"
    r"|previously)\b"
    r"|\b(?:it|we|they|the\s+(?:company|group)|management)\s+(?:previously\s+)?(?:guided"
    r"|forecast|projected|expected|targeted|predicted|estimated|promised)\s+(?:to\s+)?(?:in|on|at"
    r"|back|last|earlier|before|for)\b",
    re.IGNORECASE,
)


_PLUPERFECT_PLAN = re.compile(
    r"\bhad\s+(?:previously|earlier|originally|initially)\s+(?:guided|forecast|projected"
    r"|expected|targeted|predicted|estimated|promised|said|announced|set)\b",
    re.IGNORECASE,
)


_AND_EARLIER = re.compile(
    r"[^.;\d]{0,60}?\band\s+(?:(?:around|about|approximately|roughly|c\.|some)\s*)?",
    re.IGNORECASE,
)


# "Toulouse, France, 12 January 2026 — ", "MILWAUKEE, March 12, 2025 -- ": where the report
# was filed, not a region of its figures
_DATELINE = re.compile(
    r"^\s*[A-Z][\w.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,40}){0,2},\s*"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)"
    r"\s*(?:[—–]|--|-\s)\s*"
)


_YEAR_EARLIER = re.compile(r"\s+(?:a|one)\s+year\s+(?:earlier|before|ago)\b", re.IGNORECASE)
