"""One sentence -> proposals: each figure gets its own clause (the stretch between clause
breaks), and its roles are read nearest first: metric, kind, period, entity, statement date;
a "to X from Y" revision pairs two figures."""

from __future__ import annotations

import functools
import itertools
import logging
import re
from calendar import monthrange
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from bot.facts import reporting
from bot.facts.model import Kind, Period
from bot.facts.periods import CALENDAR, MONTH_NUMBERS, MONTH_PATTERN, FiscalCalendar
from bot.facts.quantities import MEASURE_UNIT, measure_unit
from bot.ingest import comparatives
from bot.ingest import lexicon as lx
from bot.ingest.asides import no_sales_fact, theirs
from bot.ingest.breakdowns import breakdown
from bot.ingest.breaks import BREAK, clause_start, subject_clause_start
from bot.ingest.capitals import uncapped
from bot.ingest.counts import no_product
from bot.ingest.entities import Names
from bot.ingest.figures import UNNAMED_CURRENCY, Figure, find_figures, in_currency, words_in
from bot.ingest.layout import FIGURE_WORDS, Sentence
from bot.ingest.measures import measured as measured_amount
from bot.ingest.metrics import (
    Metric,
    MetricReader,
    counted_name,
    family_of_unit,
    is_name,
    named_part,
    part_name,
    singular,
    with_measure,
)
from bot.ingest.model import Proposal
from bot.ingest.subjects import (
    LAUNCHED,
    MEASURE_GREW,
    PRODUCT_SOLD,
    RETAIL_GREW,
    glossed,
    item_label,
    part_before_where,
    share_of,
    subject_owner,
    subject_start,
)
from bot.ingest.thresholds import bar_of, compact, counted_over
from bot.ingest.timing import TimeMention, find_times, fiscal_year, resolve_time

_log = logging.getLogger(__name__)

_CONNECTORS = re.compile(
    r"\b(?:from|to|compared|versus|vs|than|against|up|down|and|or|with|over|while)\b", re.IGNORECASE
)


@dataclass
class Context:
    published: date
    names: Names
    metrics: MetricReader
    anchor: Period | None = None  # the period the text was just talking about
    anchor_paragraph: int | None = None  # the paragraph that set it
    # the company's own fiscal calendar, for a target with no period ("its current year")
    # when the report names its periods in calendar years
    fiscal: FiscalCalendar | None = None
    plan_period: Period | None = None  # the year of the last target or forecast stated
    # the quarter or half the last plan was for, and the paragraph that stated it
    short_plan: tuple[Period, int] | None = None
    launch: date | None = None  # the one launch date the report states, for lifetime totals
    last_name: str | None = None  # the product the sentence before named ("the AeroLine R290")
    # "revised the forecast ..., which was announced on May 13": the day the earlier figures
    # of a "previous forecast / revised forecast" notice were stated
    announced: date | None = None
    parent: Metric | None = None  # the metric of the list item this item is nested under
    currencies: dict[str, str] = field(default_factory=dict)  # "franc": CHF ("Swiss francs")
    list_kind: Kind | None = None  # the kind a list's lead-in gives its items ("2025 outlook:")
    lead_in: str | None = None  # the line a list hangs from ("Dealer inventory at July 31:")
    substances: dict[str, str] = field(default_factory=dict)  # "kgMS": "milk", as measured
    whole: Metric | None = None  # the last money figure's metric, whose parts may follow
    # the last count stated (its slot), whose named parts may follow: "... of them"
    count: _Slot | None = None
    comparatives: bool = False  # the report writes prior-year figures in brackets


@dataclass
class _Slot:
    fig: Figure
    left: int  # own stretch [left, right)
    right: int
    metric: Metric | None = None
    kind: Kind | None = None
    period: Period | None = None
    entity: str | None = None
    as_of: date | None = None
    value: float = 0.0
    skip: bool = False
    note: str = ""
    aliases: tuple[str, ...] = ()
    of: _Slot | None = None  # the figure a change is of ("72,593 ..., 11.3% fewer")
    subject: int = 0  # where its subject may start: after the figure before it
    share: str | None = None  # the segment a share of the whole is labelled with
    part: bool = False  # named for a product or segment it is a part of the whole
    subject_end: int | None = None  # "Japan sales view| cut by 70,000 to 2.01 mln"
    keyed: bool = False  # a comparative labelled by its period: "(fiscal 2023: £1,231.0m)"
    cumulative: bool = False  # a total since a launch: no period for the next sentence
    region: str | None = None  # an item of a list by region: "AU 84,200"
    keyed_day: date | None = None  # a comparative labelled by a day: "(30 April 2024: ...)"
    keyed_year: int | None = None  # a comparative labelled by a bare year: "(2024: £130.0m)"
    lead: _Slot | None = None  # the rate this one is joined to: "2.1% QoQ and 6.8% YoY"


def _stretches(text: str, figs: list[Figure]) -> list[tuple[int, int]]:
    breaks = [m.start() for m in BREAK.finditer(text)]
    out = []
    for i, f in enumerate(figs):
        left = max([b for b in breaks if b < f.start] or [0])
        if i:
            left = max(left, out[-1][1])
        after = [b for b in breaks if b >= f.end]
        right = after[0] if after else len(text)
        if i + 1 < len(figs) and figs[i + 1].start < right:
            # no break before the next figure: keep only the noun and time after this one
            conn = _CONNECTORS.search(text, f.end, figs[i + 1].start)
            right = conn.start() if conn else figs[i + 1].start
        out.append((left, max(right, f.end)))
    return out


def _kind_near(text: str, start: int, fig: Figure, end: int) -> Kind | None:
    """The kind the words around a figure give it, nearest first."""
    before = text[start : fig.start]
    m = re.search(
        r"\b(?P<noun>[a-z]+)\s+(?:of|at|to|for)\s+(?:(?:around|about|approximately|roughly|nearly|almost"
        r"|some|just|over|under|more\s+than|less\s+than|up\s+to|at\s+least)\s+)*$",
        before,
        re.IGNORECASE,
    )
    if m and m["noun"].lower() in lx.KIND_NOUNS:
        return lx.KIND_NOUNS[m["noun"].lower()]
    ws = words_in(text, start, fig.start)
    i = len(ws) - 1
    while i >= 0:
        w = ws[i][0].lower()
        prev = ws[i - 1][0].lower() if i else ""
        prev2 = ws[i - 2][0].lower() if i > 1 else ""
        if prev.endswith(("'ll", "’ll")):
            prev = "will"  # "we'll ship": a modal, contracted
        if prev in ("than", "had") or prev2 == "than":
            i -= 1
            continue
        if w in lx.KIND_NOUNS and w not in ("plan", "plans", "view", "aim"):
            return lx.KIND_NOUNS[w]
        if w in ("plan", "view") and reporting.family_of(prev) is not None:
            return lx.KIND_NOUNS[w]  # "sales view", "delivery plan": nouns, not verbs
        following = ws[i + 1][0].lower() if i + 1 < len(ws) else ""
        if (
            w in ("plan", "plans")
            and prev
            and prev not in _DETERMINERS
            and prev not in _PLANNERS
            and prev not in lx.EMPTY_MODIFIERS  # "the revised plan", "its new plan"
            and prev not in _PLAN_WORDS
            and prev.isalpha()
            and following != "to"
        ):
            i -= 1  # "the Care+ service plan", "a pension plan": a product, not a target
            continue
        cue = lx.kind_of_cue(w)
        if cue is not None:
            return cue
        if w == "to" and prev in ("is", "are") and following not in ("be", ""):
            return Kind.TARGET  # "Industrial Service is to grow to SEK 15 billion": a goal
        if w in ("reported", "recorded", "organic") and prev in _DETERMINERS:
            i -= 1
            continue  # "a reported EBIT margin of around 28%": an adjective, not a verb
        if w == "be" and prev in lx.MODALS:
            return Kind.FORECAST  # "margin should be around 21%", "will be about $2 billion"
        if w in lx.ACTUAL_CUES:
            if prev in lx.MODALS or (prev in ("to", "be") and prev2 in lx.MODALS):
                return Kind.FORECAST
            if prev == "to":
                i -= 1
                continue  # "hopes to sell": the word before decides
            if w.endswith("ing") and lx.kind_of_cue(prev) is not None:
                return lx.kind_of_cue(prev)  # "anticipates shipping", "plans selling"
            if w.endswith("ing") and prev == "of" and prev2 in lx.KIND_NOUNS:
                return lx.KIND_NOUNS[prev2]  # "a goal of shipping 30 million"
            if prev in ("is", "are") and w.endswith("ing"):
                return Kind.FORECAST  # "is selling" ... rare; treat as expected
            return Kind.ACTUAL
        i -= 1
    for w, _, _ in words_in(text, fig.end, end):
        lw = w.lower()
        cue = lx.kind_of_cue(lw)
        if cue is not None:
            return cue
        if lw in ("reported", "posted", "recorded", "registered", "sold", "shipped", "booked"):
            return Kind.ACTUAL
    return None


# Who plans: "we plan 5,000", "the company plans": a verb after them, not a product's noun.
_PLANNERS = frozenset(
    "we i it they you he she also still now further company group firm management board".split()
)
_PLAN_WORDS = frozenset(
    "business strategic growth expansion production updated earlier annual medium long term"
    " five three multi year".split()
)
_EXPLICIT = frozenset({"absolute", "span", "month", "quarter", "half", "part", "to-date"})
_GROWTH_LEVEL = re.compile(r"\bgrowth\s+(?:of|at|to)\s+(?:(?:about|around)\s+)?$", re.I)
_DETERMINERS = frozenset("a an the its our their this that".split())
_GROWTH_VERB = re.compile(
    r"\b(?P<verb>increased|increase|increases|rose|rise|rises|grew|grow|grows|jumped|jumps|climbed"
    r"|surged|soared|gained|up|decreased|decrease|fell|falls|declined|declines|dropped|drops|slipped"
    r"|slid|plunged|slumped|down|lost|shrank|(?:a|an)\s+(?:decline|drop|fall|decrease|rise|increase"
    r"|gain|jump|climb|slide|slump|growth|plus)\s+of|growth(?:\s+of)?|(?:a\s+)?rise\s+of)"
    r"(?:\s+by)?\s*(?:(?:only|just|about|around|nearly|almost|some|roughly|more\s+than)\s+)*$",
    re.IGNORECASE,
)
# "11.3% fewer than in the year-ago period", "5% higher year on year"
_GROWTH_AFTER = re.compile(
    r"\s*(?P<word>fewer|more|less|lower|higher|up|down|below|above)\b(?=\s+(?:than|from|on|year"
    r"|y/y|yoy|over|compared|versus|vs|against|in\s+the\s+year|the|its|last|a\s+year))",
    re.IGNORECASE,
)
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
# "opened 7 stores", "closed 2", "16 new stores", "5 closures": how a count changed
_EVENT_VERB = re.compile(
    r"\b(?:(?P<open>opened|opens|added|adds)|(?P<close>closed|closes|shut|shuts))\s+"
    r"(?:(?:about|around|some|nearly|a\s+net\s+of|a\s+further)\s+)?~?$",
    re.IGNORECASE,
)
_EVENT_AFTER = re.compile(
    r"\s+(?:(?P<new>new)\s+(?P<noun>[a-z]+)|(?P<closures>closures|closings)|(?P<openings>openings)"
    r"|(?P<plain>[a-z]+))?",
    re.IGNORECASE,
)
_NET_CHANGE = re.compile(
    r"\b(?:a\s+)?(?:net\s+)?(?:(?P<up>additions?|increase|gain)|(?P<down>reductions?|decline"
    r"|decrease|loss))\s+of\s+(?:(?:about|around|nearly|some|roughly|approximately)\s+)?$",
    re.IGNORECASE,
)
_AT_DAY = re.compile(r"\b(?:at|as\s+of|as\s+at|on)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
_COPULA = re.compile(
    r"\s(?:stood|was|were|is|are|came|totall?ed|numbered|amounted|reached|hit|rose|fell|grew)"
    r"(?:\s+(?:at|to|in\s+at))?\s+(?:(?:a|an)\s+(?:record|total|all-time\s+high)\s+(?:of\s+)?)?"
    r"(?:(?:about|around|nearly|almost|roughly|some|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
_DOWN_AFTER = frozenset("fewer less lower down below".split())
_GROWTH_NOUN = re.compile(
    r"\s*(?P<noun>increase|rise|jump|growth|gain|climb|surge|decline|drop|fall|decrease|slide|slump)"
    r"\s+(?:in|of)\s+",
    re.IGNORECASE,
)
_CHANGE_OBJECT = re.compile(
    r"\b(?P<verb>" + "|".join(sorted(lx.CHANGE_VERBS, key=len, reverse=True)) + r")\b"
    r"(?P<obj>(?:\s+[\w’'&-]+){0,8}?\s+(?:"
    + "|".join(sorted(lx.KIND_NOUNS, key=len, reverse=True))
    + r"))\b",
    re.IGNORECASE,
)
_TO = re.compile(
    r"\bto\s+[\"“]?(?:(?:around|about|approximately|roughly|nearly|some|just)\s+)?$",
    re.IGNORECASE,
)
_FROM = re.compile(r"\bfrom\b(?:\s+[\w’'\"“-]+){0,5}?\s*[\"“]?$", re.IGNORECASE)
# The earlier figure of a revision: "down from 2.64 million", "revised down from its earlier
# target of 30 million", "against an original estimate of 150 million", "below its original
# estimate of 217,000", "compared with the 8.0% it had forecast before".
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_EARLIER = re.compile(
    r"(?P<intro>\bfrom|\bagainst|\bbelow|\babove|\bcompared\s+(?:with|to)|\bversus|\bvs\.?)\s+"
    r"(?:(?:its|the|their|an?|his|her)\s+)?(?P<which>(?:earlier|original|previous|prev\.?|prior|initial|old)"
    r"\s+)?(?P<month>" + _MONTHS + r"\s+)?"
    # a noun, never the hedge before the figure ("up from about 4.4 million")
    r"(?:(?!(?:around|about|approximately|roughly|nearly)\b)(?P<noun>[a-z]+)\s+(?:of\s+)?)?"
    r"(?:(?:around|about|approximately|roughly|nearly)\s+)?[\"“]?$",
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
_EARLIER_NAMED = re.compile(
    r"\b(?:its|the|their|our)\s+(?:earlier|previous|prior|original|initial|old)\s+"
    r"(?:range|forecast|guidance|target|outlook|estimate|view|goal|plan)\s+(?:of\s+)?"
    r"(?:(?:about|around|roughly)\s+)?$",
    re.IGNORECASE,
)
_DISCLOSED_BEFORE = re.compile(
    r"\s*,?\s*(?:(?:that|which)\s+)?(?:(?:was|were|it\s+had|we\s+had)\s+)?(?:(?:disclosed|announced"
    r"|given|issued|published|provided|communicated)\s+previously|previously\s+(?:disclosed"
    r"|announced|given|issued|published|provided|communicated))\b",
    re.IGNORECASE,
)
_HAD_STATED = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}(?:it|they|the\s+company|\w+)\s+had\s+(?:been\s+)?"
    r"(?:forecast|expected|projected|targeted|planned|guided|estimated|predicted)",
    re.IGNORECASE,
)
_SAID_BEFORE = re.compile(
    r"\s+(?:that\s+)?(?:it|we|they|the\s+(?:company|group)|management)\s+(?:had\s+)?"
    r"(?:previously\s+)?(?:guided|forecast|projected|expected|targeted|predicted|estimated"
    r"|promised)\b",
    re.IGNORECASE,
)
_NOW = re.compile(r"\bnow\b|\brevis", re.IGNORECASE)
_NOW_WORD = re.compile(r"\bnow\b", re.IGNORECASE)
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
_PRICE_PER = re.compile(
    r"\b(?:revenues?|sales|costs?|price|ebitda|income|profit)\s+(?:per|/)\s*"
    # "per hectoliter", "per available seat mile": up to three words, never the verb after
    r"(?P<unit>[a-z]{2,}(?:\s+(?!(?:was|were|is|are|rose|fell|climbed|increased|decreased"
    r"|reached|came|stood|totaled|totalled|amounted|grew|declined|dropped|jumped|in|at|of|for"
    r"|and|to)\b)[a-z]{2,}){0,2})\b",
    re.IGNORECASE,
)
# What lies between "net revenue per hectoliter" and its figure: its initials in brackets and
# a verb ("(NR/hl) was of", "rose 4.1% to"), no other measure
_PER_GAP = re.compile(
    r"\s*(?:\([^()\d]{1,12}\)\s*)?,?\s*(?:(?:[a-z]+|[+-]?\d+(?:[.,]\d+)?\s?%)\s+){0,4}$"
)


def _price_per(text: str, sl: _Slot, before: list[_Slot]) -> str | None:
    """The unit a money figure (or its growth) is a price of: "net revenue per hectoliter
    (NR/hl) was of R$ 331.6" -> "hectoliter". Read back to the clause's subject, past a
    bracket of initials and the verb, never past another figure's own words."""
    if sl.metric is None or " per " in sl.metric.name:
        return None
    money = sl.metric.family == "money" or (
        sl.metric.family == "percent" and sl.metric.name.endswith(" growth")
    )
    if not money:
        return None
    f = sl.fig
    prior = next((b for b in reversed(before) if b.metric is not None and not b.skip), None)
    if (
        prior is not None
        and prior.fig.unit == f.unit
        and " per " in prior.metric.name
        and _COMPARED_TO.search(text, prior.fig.end, f.start)
    ):
        # "climbed to 14.43 cents in the third quarter, from 14.35 cents in the second"
        return prior.metric.name.split(" per ", 1)[1]
    floor = max([0, f.start - 90] + [b.fig.end for b in before if b.fig.unit != "percent"])
    for m in _PRICE_PER.finditer(text, floor, f.start):
        if _PER_GAP.fullmatch(text, m.end(), f.start) and m["unit"].lower() not in _NO_UNIT:
            return m["unit"].lower()
    return None


_NO_UNIT = frozenset("share cent percent the".split())
_COMPARED_TO = re.compile(
    r"\b(?:from|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:about\s+)?$", re.IGNORECASE
)
# A second measure joined by "and" with its own verb and no time of its own: ", and the
# net revenue per hectoliter (NR/hl) was of"
_JOINED_WAS = re.compile(
    r"\s*\)?\s*,?\s*and\s+(?:the\s+|its\s+)?[a-z][^,;.()\d]{1,60}?\s+(?:\([^()\d]{1,12}\)\s*)?"
    r"(?:was|were|reached|stood\s+at|came\s+(?:in\s+)?at|totall?ed|totali[sz]ed)(?:\s+of)?"
    r"\s+(?:(?:about|around|roughly|nearly)\s+)?",
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
# A list line opened by a named part with its initials and a colon: "- Upland North (UPN):"
_LABELLED_PART = re.compile(
    r"\s*[-•*–]?\s*(?P<name>[A-Z][\w&'’-]*(?:\s+(?:(?:and|&)\s+(?:the\s+)?)?[A-Z][\w&'’-]*){0,4})"
    r"\s+\((?P<abbr>[A-Z]{2,6})\)\s*:\s"
)
# Between a level and its bracketed change: at most a short time phrase ("in the quarter")
_BRACKETED_AFTER = re.compile(
    r"(?:\s+(?:in|for|during)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s*\(\s*"
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
_KEY_VALUE = re.compile(r"^\s*(?P<label>[^:]{2,80}?)\s*:\s*")
_SELL_BEFORE = re.compile(
    r"\b(?:sold|sell|sells|selling|shipped|ship|ships|shipping|delivered|deliver|delivers)\s+"
    r"(?:(?:a\s+record|about|around|nearly|almost|roughly|some|more\s+than|over|just\s+over)\s+)?$",
    re.IGNORECASE,
)
_STATEMENT_VERB = re.compile(
    r"\b(?:said|says|announced|reported|lowered|raised|cut|revised|set|forecast|predicted|expected"
    r"|issued|unveiled|trimmed|lifted|slashed|reduced|increased|updated|told|warned)\b",
    re.IGNORECASE,
)


_TIME_HINT = re.compile(
    r"\d|quarter|\bqtr|year|\bhalf|month|fiscal|\bFY|\bQ[1-4]|week|season|period|ago|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec",
    re.IGNORECASE,
)
_FIGURE_HINT = re.compile(FIGURE_WORDS, re.IGNORECASE)


_OF_OURS = re.compile(r"\s+of\s+(?:our|its|their|the\s+company['’]s)\s+(?=[a-z])")
# what a fleet is counted in, and the verbs and subject that make a count of them a fleet
_FLEET_NOUN = re.compile(
    r"\s+(?:(?:[A-Z][\w-]*\s+){0,2})?(?:aircraft|airplanes|planes|jets|ships|vessels|trucks"
    r"|buses|locomotives|railcars|tankers)\b"
)
_OPERATED_BEFORE = re.compile(
    r"\b(?:operated|operates|operating|flew|flies|had|has|ran|runs)\s+(?:a\s+fleet\s+of\s+)?"
    r"(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
_FLEET_BEFORE = re.compile(r"\bfleet\b[^.;\d]{0,40}$", re.IGNORECASE)


def _fleet(text: str, f: Figure) -> bool:
    """A count of aircraft, ships or trucks operated, or the fleet's: the fleet's size."""
    return _FLEET_NOUN.match(text, f.end) is not None and (
        _OPERATED_BEFORE.search(text, max(0, f.start - 40), f.start) is not None
        or _FLEET_BEFORE.search(text, clause_start(text, f.start), f.start) is not None
    )


# "volume of", "the volume totalized", "volume reached": the measure a unit's amount is of
_VOLUME_BEFORE = re.compile(r"\bvolumes?\b[^\d;:()]{0,30}$", re.IGNORECASE)
_ELLIPSIS = re.compile(
    # ("6,050 tonnes for the quarter, or 18,170 tonnes year to date": the same measure again)
    r"(?:\band|,\s*or)\s+(?:(?:about|around|nearly|some|roughly|another|a\s+further|just)\s+)?$",
    re.IGNORECASE,
)
_COMPARATIVE_AFTER = re.compile(
    r"\s*(?:units\s+)?(?:more|fewer|less|higher|lower|above|below|up|down|over|under)\b", re.I
)


_TO_AFTER_BASE = re.compile(r"[\s,]*to\b", re.IGNORECASE)
_TO_LEVEL = re.compile(r"\s*to\s+(?:(?:about|around|nearly|some|roughly|almost)\s+)?", re.I)


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
_PROFIT_VERB = re.compile(
    r"\b(?:earned|made|generated|turned\s+a\s+profit|returned\s+to\s+profit)\b"
)
_LOSS_VERB = re.compile(r"\b(?:lost|swung\s+to\s+a\s+loss|slipped\s+into\s+the\s+red)\b")


def _other_sign(text: str, sl: _Slot, metric: Metric) -> bool:
    """A result named from another clause whose sign the figure's own verb contradicts."""
    own = text[clause_start(text, sl.fig.start) : sl.fig.start]
    if metric.name.endswith("loss"):
        return _PROFIT_VERB.search(own) is not None
    if metric.name.endswith(("profit", "income", "earnings")):
        return _LOSS_VERB.search(own) is not None
    return False


def _signed_other_way(metric: Metric) -> Metric | None:
    """The same result with the other sign: "operating loss" -> "operating income"."""
    q = _RESULT_QUALIFIED.match(metric.name)
    if q is None:
        return None
    word = "loss" if not metric.name.endswith("loss") else "profit"
    phrase = f"{q['q'].lower()} {word}"
    return Metric(lx.MONEY_HEADS.get(phrase, phrase), metric.family, None, (), phrase)


_MEASURE_SUBJECT = re.compile(
    r"^[\s,;:(]*(?:(?:and|while|but)\s+)?(?:(?:the|its|our|their|total|overall|group)\s+)*"
    r"(?P<measure>exports|imports|production|output|orders|deliveries|shipments|registrations"
    r"|bookings|wholesales|retail\s+sales)\s+(?:were|was|totall?ed|reached|came\s+to|stood\s+at"
    r"|amounted\s+to|(?:rose|fell|grew|climbed|increased|decreased|declined|dropped|jumped"
    r"|slipped)\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent)\s+to)"  # "rose 0.9% to 28,360"
    r"\s+(?:(?:about|around|nearly|some|a\s+record)\s+)?$",
    re.IGNORECASE,
)


def _measured_subject(text: str, sl: _Slot) -> Metric | None:
    """A count of products whose subject names the measure: "Exports were 15,300
    vehicles" counts vehicles exported, not sold."""
    m = sl.metric
    if m is None or m.family != "units" or not m.name.endswith(" sold"):
        return None
    subject = _MEASURE_SUBJECT.search(text[clause_start(text, sl.fig.start) : sl.fig.start])
    if subject is None:
        return None
    thing = singular(m.name[: -len(" sold")].split()[-1]) if m.name != "units sold" else ""
    name = f"{thing} {subject['measure'].lower()}".strip()
    return Metric(name, "units", m.product, m.brands, name)


_MEASURE_START = frozenset(
    "sales revenue revenues orders shipments deliveries operating net ebit ebitda gross profit"
    " income loss earnings organic comparable like-for-like underlying adjusted".split()
)


def _measure_of(name: str) -> str:
    """ "wound care products revenue growth" -> "revenue growth": the measure without
    the part a name gives it."""
    words = name.split()
    start = next((k for k, w in enumerate(words) if w.lower() in _MEASURE_START), 0)
    return " ".join(words[start:])


_KIND_NOUN_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(lx.KIND_NOUNS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def _past_possessive(text: str, f: Figure, times: list[TimeMention], ctx: Context) -> bool:
    """ "the first half's $1.4 billion", "last year's $3 billion": a figure its period owns,
    a period that has ended (and no "target" or "forecast" after the figure)."""
    t = next((t for t in times if re.fullmatch(r"['’]s\s*", text[t.end : f.start])), None)
    if t is None or _KIND_NOUN_AFTER.match(text, f.end):
        return False
    cal = ctx.fiscal or CALENDAR
    period = resolve_time(t, cal=cal, as_of=ctx.published, kind=Kind.ACTUAL, anchor=ctx.anchor)
    return period is not None and period.end <= ctx.published


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


_PER_UNIT = re.compile(r"\s*(?:per|a|/)\s*[A-Za-z][\w-]*(?![\w-])", re.IGNORECASE)
_PRICE_PHRASE = re.compile(r"((?:[A-Za-z][\w-]*\s+){0,4})(price)\b", re.IGNORECASE)
_PRICE_LEAD = frozenset(
    "the a an its our their this that new revised forecast opening final previous current "
    "expected estimated lower higher raised lowered lift lifting of for to from at".split()
)


def _unit_price(text: str, f: Figure) -> Metric | None:
    """ "the forecast Farmgate Milk Price ... to $9.10 to $9.70 per kgMS": an amount a unit
    is a price, named by the price the sentence speaks of before it."""
    if _PER_UNIT.match(text, f.end) is None or re.match(r"\s*per\s+share", text[f.end :], re.I):
        return None
    found = list(_PRICE_PHRASE.finditer(text, 0, f.start))
    if not found:
        return None
    words = [*found[-1].group(1).split(), found[-1].group(2)]
    while words[:-1] and words[0].lower() in _PRICE_LEAD:
        words.pop(0)
    if any(w.lower() in _PRICE_LEAD for w in words[:-1]):
        words = words[max(k for k, w in enumerate(words[:-1]) if w.lower() in _PRICE_LEAD) + 1 :]
    name = " ".join(words)
    return Metric(name, "money", None, (), name)


_LEAD_LEVEL = re.compile(
    r"^\W*(?P<measure>(?:[A-Za-z][\w-]*\s+){0,3}?(?:inventory|inventories|backlog|order\s+book"
    r"|stores|members|subscribers|customers|headcount))\s+(?:at|as\s+(?:of|at|on))\s+",
    re.IGNORECASE,
)


def _lead_level(lead: str, published: date) -> tuple[str, date] | None:
    """A lead-in naming a counted level on a day: ("network dealer inventory", July 31)."""
    m = _LEAD_LEVEL.match(lead)
    if m is None:
        return None
    days = [t.day for t in find_times(lead, published) if t.mode == "day" and t.day]
    if len(days) != 1 or days[0] > published:
        return None
    return " ".join(m["measure"].lower().split()), days[0]


# a stock the clause's subject names, then the verb that gives its level
_STOCK_SUBJECT = re.compile(
    r"(?P<measure>(?:[A-Za-z][\w-]*\s+){0,3}?(?:[A-Za-z]+-)?(?:inventory|inventories|backlog"
    r"|order\s+book|headcount))(?:\s*\([^()]{1,40}\))?\s+(?:stood|was|were|is|are|totall?ed|amounted"
    r"|came\s+in|(?:ended|closed|finished)(?:\s+the\s+(?:year|quarter|period|half|month))?)"
    r"\s+(?:at|to|with)?\s*(?:(?:about|around|nearly|some|roughly|just\s+over|a\s+record)\s+)?$",
    re.IGNORECASE,
)


def _stock_level(text: str, start: int, end: int) -> Metric | None:
    """ "North American dealer inventory stood at": the level's measure, its region read
    apart (`_region`) and its determiners dropped."""
    m = _STOCK_SUBJECT.search(text, start, end)
    if m is None:
        return None
    words = [
        w.lower()
        for w in m["measure"].split()
        if w.lower() not in lx.EMPTY_MODIFIERS
        and w.lower() not in _DETERMINERS
        and w.lower() not in _region_words()
        and w.lower() not in ("total", "our", "its", "their")
    ]
    name = " ".join(words)
    return Metric(name, "units", None, (), name) if words else None


def _generic_units(metric: Metric) -> bool:
    """ "23.4 million units": a count that names nothing it counts."""
    return metric.name.startswith("units ") or metric.phrase.lower() in ("units", "unit")


# A sentence that opens by pointing back at the figure before: "That followed ...",
# "This compares with ...", "It came after ..."
# "- Comparable sales: +1.8%", "Net sales +2.6% YoY": a measure, then its signed change
_SIGNED_CHANGE = re.compile(
    r"(?:^|(?<=[,;(]))\s*[•*-]*\s*(?P<label>[A-Za-z][\w&' -]{2,40}?)\s*:?\s*$"
)
_SIGNED_VS = re.compile(
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
_GREW_SUBJECT = re.compile(
    r"(?P<words>[A-Za-z][\w&'-]*(?:\s+[A-Za-z][\w&'-]*){0,4})\s*,?\s+(?P<verb>rose|grew|climbed"
    r"|increased|decreased|declined|fell|dropped|jumped|slipped|edged\s+up|(?:was|were)\s+"
    r"(?:up|down))\s+(?:by\s+)?(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)


_CLAUSE_OPENERS = frozenset("and but while whereas the where when which whose".split())


def _grown_subject(text: str, f: Figure) -> Metric | None:
    """ "like-for-like sales, which leave out showrooms opened or closed, grew 4.1%": the
    measure that is the verb's subject, past a relative clause, names the rate."""
    blank = _without_relative(text)
    if blank == text:
        return None  # (no relative clause: the other readings see the subject already)
    m = _GREW_SUBJECT.search(blank, clause_start(blank, f.start), f.start)
    if m is None or re.search(r"\b(?:shares|stock)\b", m["words"], re.IGNORECASE):
        return None  # (a stock's price is no measure of the business)
    words = m["words"].split()
    for k in range(len(words)):
        phrase = " ".join(words[k:]).lower()
        family = reporting.family_of(phrase)
        # a conjunction or relative word opens the clause, never the measure's name
        if family is not None and phrase.split()[0] not in _CLAUSE_OPENERS:
            name = phrase if phrase.endswith(("growth", "change")) else f"{phrase} growth"
            return Metric(name, "percent", None, (), name)
    return None


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
_ARTICLES = frozenset("the its our their a an".split())


def _measure_named(words: str) -> str | None:
    """The measure a few words name ("the group sales" -> revenue, "the core operating
    profit" as written), when the vocabulary knows it; never a part or a time."""
    kept = [w for w in words.split() if w.lower() not in _ARTICLES]
    for k in range(len(kept)):
        phrase = " ".join(kept[k:])
        if (
            phrase
            and reporting.family_of(phrase) is not None
            and not find_times(phrase, date(2000, 1, 1))
        ):
            # ("group sales": revenue, as its level is named)
            return lx.MONEY_HEADS.get(phrase.lower()) or " ".join(
                w if w.isupper() and len(w) > 1 else w.lower() for w in kept[k:]
            )
    return None


_FOLLOWED = re.compile(
    r"^\W*(?:that|this|it)\s+(?:followed|came\s+after|compares?\s+with|compared\s+with)\s",
    re.IGNORECASE,
)
_FELL = re.compile(r"\b(?:fell|declined|dropped|slipped|decreased)\b", re.IGNORECASE)


def _grew_to(text: str, change: _Slot, level: Metric) -> None:
    """ "International grew 7.4% to $201 million": the change is the named part's growth,
    stated as a result (a fall is negative), never the whole's growth read from before."""
    name = f"{level.name} growth"
    change.metric, change.skip, change.part = Metric(name, "percent", None, (), name), False, True
    change.share = level.name
    change.kind = Kind.ACTUAL
    falling = _FELL.search(text, change.subject, change.fig.start) is not None
    change.value = -change.fig.value if falling else change.fig.value


def _level_after_change(text: str, sl: _Slot, previous: list[_Slot], ctx: Context) -> Metric | None:
    """The thing that grew, for the level it grew to: "e-bike sales rose 22% to 64,000"."""
    before = previous[-1] if previous else None
    if (
        before is None
        or before.fig.unit != "percent"
        or before.skip
        or before.metric is None
        or not before.metric.name.endswith(("growth", "change"))
        or not _TO_LEVEL.fullmatch(text, before.fig.end, sl.fig.start)
    ):
        return None
    subject = _without_relative(text)  # "Sales of e-bikes, which make up 60% of volume, rose"
    grown = ctx.metrics.near(
        subject, sl.fig, clause_start(subject, before.fig.start), before.fig.start
    )
    counted = _COUNT_DONE_GROWTH.fullmatch(before.metric.name)
    if grown is None and counted is not None and sl.fig.unit == "units":
        # "Passengers carried rose 5.5% to 4.62 million": the count its verb names
        return Metric(counted["count"], "units", None, (), counted["count"])
    if grown is None or grown.family != ("units" if sl.fig.unit == "units" else "money"):
        return None
    # named as the change was ("e-bike sales growth"): the reader's own name may be a
    # generic "units sold" that another figure of the sentence holds
    name = re.sub(r"\s+(?:growth|change)$", "", before.metric.name)
    return Metric(name, grown.family, grown.product, grown.brands, name)


_COUNT_DONE_GROWTH = re.compile(
    r"(?P<count>[a-z]+s\s+(?:carried|handled|transported|flown|served))\s+(?:growth|change)"
)
_BARE_RESULT = frozenset({"profit", "loss", "income"})
_RESULT_QUALIFIED = re.compile(
    r"^(?P<q>(?:adjusted\s+)?(?:operating|net|pre-?tax|gross|underlying))\s+(?:profit|loss|income)$",
    re.IGNORECASE,
)


def _qualified_like(text: str, sl: _Slot, before: _Slot) -> Metric | None:
    """ "an operating loss of $12 million, compared with a profit of $30 million": the bare
    result compared with a qualified one is of the same kind (an operating profit)."""
    if sl.metric is None or sl.metric.name.lower() not in _BARE_RESULT:
        return None
    if (
        before.skip
        or before.metric is None
        or not _COMPARATIVE.search(text, max(0, sl.fig.start - 40), sl.fig.start)
    ):
        return None
    q = _RESULT_QUALIFIED.match(before.metric.name)
    if q is None:
        return None
    phrase = f"{q['q'].lower()} {sl.metric.name.lower()}"
    name = lx.MONEY_HEADS.get(phrase, phrase)  # the reader's own name: "operating income"
    return Metric(name, sl.metric.family, sl.metric.product, sl.metric.brands, sl.metric.phrase)


def _elided(text: str, sl: _Slot, previous: list[_Slot]) -> Metric | None:
    """ "18,450 units in the third quarter and 52,300 in the first nine months": a figure
    joined to the one before by "and" with no noun of its own counts what that one counts."""
    before = next((p for p in reversed(previous) if not p.skip and p.metric is not None), None)
    if before is None or before is not previous[-1] or before.fig.unit != sl.fig.unit:
        return None
    gap = text[before.fig.end : sl.fig.start]
    if (
        not _ELLIPSIS.search(gap)
        or re.search(r"[;:.]", gap)
        or len(gap) > 80
        or _COMPARATIVE_AFTER.match(text, sl.fig.end)  # "and 250,000 below its plan"
    ):
        return None
    if before.metric.family == "percent" or sl.fig.unit == "percent":
        return None
    return before.metric


# "The service business, Field Support, is to grow to ...": a common-noun lead glossed by a
# name in commas, then the verb; the name is the subject
_APPOSED_SUBJECT = re.compile(
    r"^(?P<lead>(?:The|Its|Our)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3},\s+)"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&'’-]*){0,4})(?P<comma>,)\s+"
    r"(?=(?:is|was|are|were|will|has|have|had|grew|rose|fell|posted|reported|expects?|aims?)\b)"
)


def _unapposed(text: str) -> str:
    """TEXT read with an appositive subject's lead and commas blanked, at the same length
    (the quote stays the sentence as written)."""
    m = _APPOSED_SUBJECT.match(text)
    if m is None:
        return text
    return " " * len(m["lead"]) + m["name"] + " " + text[m.end("comma") :]


def read_sentence(s: Sentence, ctx: Context) -> list[Proposal]:
    text = _unapposed(uncapped(s.text))  # ("RHEINAU FY SALES ...": read as written small)
    # cheap checks first: most sentences of a long report state no figure
    figs = find_figures(text) if _FIGURE_HINT.search(text) else []
    times = find_times(text, ctx.published) if _TIME_HINT.search(text) else []
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
    _note_announcement(text, times, ctx)
    if not figs:
        _update_anchor(ctx, times, s)
        ctx.last_name = _product_name(text, ctx)
        return []
    stated = _statement_date(text, times, ctx.published)
    slots = [_Slot(f, a, b) for f, (a, b) in zip(figs, _stretches(text, figs), strict=True)]
    for before, sl in itertools.pairwise(slots):
        sl.subject = before.fig.end
    keyed: set[int] = set()  # time phrases that label one figure: "(H1 2023: EUR 1,15 billion)"
    for sl in slots:
        for t in times:
            if (
                t.end <= sl.fig.start
                and (
                    _KEYED.fullmatch(text, t.end, sl.fig.start)
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
    mentions = ctx.names.mentions(text)

    def own_times(sl: _Slot) -> list[TimeMention]:
        return [
            t
            for t in times
            if sl.left <= t.start < max(sl.right, sl.fig.end + 1)
            and not (stated and t.day == stated[0])
            and t.mode != "day"
            and not (sl.fig.unit == "percent" and _is_base(t))
            # "1.4% more than in the first ten months of 2024": all of it is the base
            and not (
                sl.fig.unit == "percent"
                and t.start >= sl.fig.end
                and _BASE_AFTER.fullmatch(text, sl.fig.end, t.start)
            )
            # "fell 41% from a year earlier to 212 billion won": the base of the change
            # before the level is not the level's period
            and not (t.end <= sl.fig.start and _is_base(t) and _TO_AFTER_BASE.match(text, t.end))
        ]

    def _is_base(t: TimeMention) -> bool:
        if _OVER_SPAN.search(text, max(0, t.start - 10), t.start) and _SPAN_OVER.match(t.text):
            return False  # "rose 2.2% over the nine months": when, not what it is set against
        return _BASE_INTRO.search(text, max(0, t.start - 30), t.start) is not None

    def framing() -> list[TimeMention]:
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

    listing = (
        breakdown(text, [f.start for f in figs], [f.end for f in figs]) if len(figs) > 1 else None
    )
    first_pair = _revision_pair(text, slots)
    pairs = [first_pair] if first_pair is not None else []

    for i, sl in enumerate(slots):
        f = sl.fig
        if f.unit == UNNAMED_CURRENCY:
            sl.skip, sl.note = True, "a currency the report never names"
            continue
        if f.unit not in ("units", "percent") and _CONVERSION.search(text):
            # "For readers who think in U.S. dollars, our revenue was roughly US$2.6 billion":
            # an amount converted for the reader, not a figure the company reports
            sl.skip, sl.note = True, "a conversion"
            continue
        clause = clause_start(text, f.start)
        whose = theirs(text, f, sl.left, sl.right, clause, ctx.names)
        event = _counted_event(text, f, slots[:i]) if whose is None else None
        # "Dealer inventory stood at 38,700 units": a stock the rules below name as one
        stock = (
            _stock_level(text, subject_clause_start(text, f.start), f.start)
            or (Metric("fleet size", "units", None, (), "fleet") if _fleet(text, f) else None)
            if f.unit == "units"
            else None
        )
        aside = whose or (no_sales_fact(text, f, clause) if event is None and not stock else None)
        if aside is not None:
            sl.skip, sl.note = True, aside
            continue
        if bar_of(text, f) is not None:
            # "customers with ARR of $100,000 or more": the bar they pass, no ARR of ours
            sl.skip, sl.note = True, "a threshold customers pass"
            continue
        if (
            f.unit == "units"
            and event is None
            and not stock
            and no_product(text, f.end, text[: f.start], ctx.metrics.learned)
            and not measured_amount(text, f.start, f.end, sl.left)  # "3.2 million tonnes"
        ):
            # "hosted 14 events", "filed 120 patents": counted, but nothing sold
            sl.skip, sl.note = True, "a count of things, not of sales"
            continue
        sl.value = f.value
        if _CHANGE_LABEL.search(text, sl.left, f.start):
            # "Net sales: previous forecast 182,000; revised forecast 191,500; change 9,500
            # (5.2%)": how much a figure changed, labelled so
            sl.skip, sl.note = True, "a change, not a level"
            continue
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
            continue
        # -- metric
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
                continue
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
        elif f.unit == "units" and _fleet(text, f):
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
            sl.metric = _percent_metric(text, sl, slots[:i], ctx, first_pair)
            if sl.metric is None:
                sl.skip = True
                continue
        else:
            noun = re.match(
                r"\s+(?:(?:[A-Z][\w-]*|more|other|different)\s+)*([A-Za-z][\w-]*)", text[f.end :]
            )
            if noun and noun.group(1).lower() in lx.NOT_PRODUCTS:
                sl.skip = True  # "in over 20 countries", "5 million people"
                continue
            if (
                noun
                and noun.group(1).lower() in lx.LEVEL_PLURAL
                and _COMPLEMENT_INTRO.search(text, max(0, f.start - 12), f.start)
                # "ended the quarter with 401 stores": the count it had, not whom it served
                and not _ENDED_WITH.search(text, clause, f.start)
            ):
                sl.skip = True  # "delivered 793 aircraft to 91 customers": who, not a figure
                continue
            opened = re.match(r"\s+(?:new\s+)?([A-Za-z][\w-]*)", text[f.end :])
            if (
                opened
                and opened.group(1).lower() in lx.LEVEL_PLURAL
                and (_OPENED.search(text, max(0, f.start - 30), f.start) or "new" in opened.group())
            ):
                sl.skip = True  # "opened 14 new stores": a change in a count, not the count
                continue
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
                verb = {"ship": "shipped", "deli": "delivered"}.get(
                    sold.group()[:4].lower(), "sold"
                )
                sl.metric = Metric(
                    f"{ctx.last_name} units {verb}", "units", None, (), ctx.last_name
                )
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
            if f.unit == "units" and (sl.metric is None or _generic_units(sl.metric)):
                # "Dealer inventory stood at 38,700 units at April 30", "ended the year at
                # 44,100 units": a level counted on a day, never units sold
                sl.metric = _stock_level(text, subject_clause_start(text, f.start), f.start) or (
                    sl.metric
                )
            if sl.metric is None and f.unit not in ("units", "percent"):
                per_share = _PER_SHARE.match(text, f.end)
                if per_share is not None:  # "or $1.23 per share"
                    adjusted = (
                        "adjusted "
                        if re.search(r"\badjusted\b", text[sl.left : f.start], re.I)
                        else ""
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
                and (sl.metric is None or _generic_units(sl.metric))
                and not ctx.names.mentions(seller["name"])  # "Tarrow sold ...": the company
            ):
                # "the Nimbus has sold 41.5 million units": the product is the subject
                name = seller["name"]
                counted = counted_name(name, seller["verb"].lower())
                sl.metric = Metric(counted, "units", None, (name,), name)
            titled = _TITLE_SUBJECT.match(text)
            if (
                titled is not None
                and (sl.metric is None or _generic_units(sl.metric) or sl.metric.product)
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
            measured = _measured_subject(text, sl)
            if measured is not None:
                sl.metric = measured  # "Exports were 15,300 vehicles": vehicle exports
            if sl.metric is not None and (
                sl.metric.name.startswith("units ") or sl.metric.phrase.lower() in ("units", "unit")
            ):
                # "heat pump sales of around 270,000 units": the phrase before names them
                named = ctx.metrics.near(text, f, sl.left, f.start)
                if (
                    named is not None
                    and named.family == "units"
                    and not named.name.startswith("units ")
                ):
                    sl.metric = named
            risen = _level_after_change(text, sl, slots[:i], ctx)
            if risen is not None and (sl.metric is None or _generic_units(sl.metric)):
                sl.metric = risen  # "e-bike sales rose 22% to 64,000": e-bike sales
            gapped = _elided(text, sl, slots[:i])
            if gapped is not None and (
                sl.metric is None
                or _generic_units(sl.metric)
                # "tonnes sold": named by its unit of measure only, what it measures unsaid
                or measure_unit(sl.metric.name.split()[0]) is not None
            ):
                # "18,450 units in the third quarter and 52,300 in the first nine months"
                sl.metric = gapped
            label = _KEY_VALUE.match(text)
            if sl.metric is None and label is not None and not text[label.end() : f.start].strip():
                # "Vehicles delivered: 412,000": the label names the figure
                sl.metric = ctx.metrics.near(text, f, 0, label.end("label"))
            level = _LEVEL_AT.search(text, sl.left, f.start) if f.unit == "units" else None
            if sl.metric is None and level is not None and level["noun"].lower() in lx.LEVEL_PLURAL:
                # "Headcount at 1,48,512 as on December 31": a count named before "at"
                noun = level["noun"].lower()
                sl.metric = Metric(noun, "units", None, (), noun)
            if sl.metric is None and not f.explicit:
                sl.metric = _parallel(text, sl, slots[:i])
            if (
                sl.metric is None
                and not f.explicit
                and not _COMPARED.search(text[sl.left : f.start])
                and (not _SELL_BEFORE.search(text[sl.left : f.start]))
            ):
                sl.skip = True  # a bare number with nothing saying what it counts
                continue
            sl.metric = sl.metric or ctx.metrics.near(text, f, sl.left, f.start)
            if sl.metric is None and _COMPARED.search(text[sl.left : f.start]):
                sl.metric = _antecedent(slots[:i], f)
            elif (
                sl.metric is not None
                and _generic_units(sl.metric)
                and _COMPARED_WITH.search(text[sl.left : f.start])
            ):
                # "deliveries totalled 1,240 units, compared with 1,310 units": the same
                sl.metric = _antecedent(slots[:i], f) or sl.metric
            if sl.metric is None:
                sl.metric = ctx.metrics.near(text, f, 0, sl.left)
                if sl.metric is not None and _other_sign(text, sl, sl.metric):
                    # "the battery unit swung to an operating loss of 48 billion won, while
                    # the petrochemicals unit earned 160 billion won": an operating profit
                    sl.metric = _signed_other_way(sl.metric)
                    if sl.metric is None:
                        sl.skip, sl.note = True, "a result of the other sign"
                        continue
            if (
                sl.metric is None
                and f.unit == "units"
                and _SELL_BEFORE.search(text[sl.left : f.start])
            ):
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
                sl.metric = _unit_price(text, f)  # "milk price ... to $9.10 per kgMS"
            if sl.metric is None and f.unit not in ("units", "percent") and ctx.whole:
                # "Snacks delivered $468 million, Frozen Meals $371 million": segments'
                # shares of the money figure the text just stated
                since = sl.subject
                if (
                    i
                    and slots[i - 1].fig.unit == "percent"
                    and _TO_LEVEL.fullmatch(text, slots[i - 1].fig.end, f.start)
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
                        _grew_to(text, slots[i - 1], sl.metric)
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
                    continue
        if sl.metric is not None and f.unit == "units":
            sl.metric = ctx.metrics.owned_level(
                sl.metric, text, clause_start(text, f.start), f.start
            )
        if f.unit == "units" and f.text[:1] in "+-−" and _SIGNED_VS.match(text, f.end):
            # "7.4M at year end, +0.6M YoY": how much a count changed, not the count
            sl.skip, sl.note = True, "a change in a count"
            continue
        net = _NET_CHANGE.search(text, max(0, f.start - 40), f.start) if f.unit == "units" else None
        if net is not None:
            # "a net addition of 2,318": how much a count changed over the period, never
            # the count at its end
            level = sl.metric.name if sl.metric is not None else None
            if level is None or not _STOCK.search(level):
                sl.skip, sl.note = True, "a change in a count"
                continue
            word = "reduction" if net["down"] else "addition"
            name = f"net {level} {word}"
            sl.metric = Metric(name, "units", None, (), name)
        if sl.metric is not None and i:
            sl.metric = _qualified_like(text, sl, slots[i - 1]) or sl.metric
        part = _named_part(text, sl, slots[:i], ctx)
        if part is not None and sl.metric is not None and sl.metric.family != "percent":
            sl.metric, sl.part = named_part(sl.metric, part), True
        owner = subject_owner(text, f, ctx.metrics.is_company) if part is None else None
        if (
            owner is not None
            and sl.metric is not None
            and sl.metric.name == _measure_of(sl.metric.name)
            and owner.casefold() not in sl.metric.name.casefold()
        ):
            # "Parts & Equipment (P&E) led with revenue of EUR 80m": the subject's revenue
            name = f"{owner} {sl.metric.name}"
            brands = (*sl.metric.brands, owner)
            sl.metric, sl.part = Metric(name, sl.metric.family, None, brands, name), True
        if sl.metric is not None and not sl.part:
            sl.metric = _topic(text, sl.metric, ctx)
            clause = clause_start(text, f.start)
            segment = _UNIT_SUBJECT.search(text, clause, f.start) or _WHERE_SEGMENT.search(
                text, max(0, clause - 80), clause + 5
            )
            if segment is not None and sl.metric.family in ("money", "percent"):
                # "The battery materials unit swung to an operating loss of 48 billion won",
                # "the continence care business grew 6%": the segment's own measure, never
                # another segment's named in a clause before
                name = f"{segment['seg'].strip()} {_measure_of(sl.metric.name)}"
                sl.metric, sl.part = Metric(name, sl.metric.family, None, (), name), True
        if (
            s.role == "item"
            and ctx.lead_in
            and f.unit == "units"
            and (sl.metric is None or _generic_units(sl.metric))
            and (level := _lead_level(ctx.lead_in, ctx.published)) is not None
        ):
            # "Dealer inventory at July 31, 2025:" over "- North America: 36,200 units": the
            # level the lead-in names, on its day, for the item's part
            measure, day = level
            label = _KEY_VALUE.match(text)
            part = label["label"].strip() if label is not None else ""
            region = reporting.region_of(part) if part else None
            sl.metric = Metric(measure, "units", None, (), measure)
            if part and region is None:
                sl.metric, sl.part = named_part(sl.metric, part), True
            sl.region = region.label if region is not None else sl.region
            sl.keyed_day = day
        # -- kind
        sl.kind = (
            _kind_near(text, sl.left, f, sl.right)
            or _kind_near(text, 0, f, sl.left)
            or (ctx.list_kind if s.role == "item" else None)  # "2025 outlook:" over the list
            or Kind.ACTUAL
        )
        if (
            i
            and _COMPARED.search(text[sl.left : f.start])
            and slots[i - 1].kind is not None
            and not (_kind_near(text, sl.left, f, sl.right))
        ):
            sl.kind = (
                slots[i - 1].kind
                if re.search(r"\bprevious|\bearlier|\boriginal", text[sl.left : f.start])
                else sl.kind
            )
        if sl.kind is not Kind.ACTUAL and _past_possessive(text, f, times, ctx):
            # "expects second-half revenue to be similar to the first half's $1.4 billion":
            # the first half's figure is what it was, whatever the sentence expects
            sl.kind = Kind.ACTUAL
    # -- revisions: "raised A to X from Y and B to Z from W" holds two
    paired = {id(x) for p in pairs for x in p[:2]}
    pairs += _stated_revisions(text, slots, paired)
    paired = {id(x) for p in pairs for x in p[:2]}
    labelled = _labelled_revisions(text, slots, paired)
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
        changed = _CHANGE_OBJECT.search(text)
        if changed is not None and new.metric is not None:
            # "its full-year delivery target": the words of the target name the measure
            new.metric = with_measure(new.metric, changed["obj"])
            old.metric = new.metric if old.metric is not None else None
        previously = _PREVIOUSLY.search(text, new.fig.end, old.fig.start) is not None
        # "expects revenue growth of 12% to 14%, up from a previous range of 10% to 13%": a
        # stated rate of growth, not how much a figure was raised by
        previously = previously or (
            _GROWTH_LEVEL.search(text, max(0, new.fig.start - 30), new.fig.start) is not None
            and _EARLIER.search(text, new.fig.end, old.fig.start) is not None
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
        if sl.skip:
            continue
        f = sl.fig
        base = next((p for p in reversed(slots[:i]) if p.fig.unit == f.unit), None)
        if (
            base is not None
            and base.note == "no period"
            and _COMPARATIVE.search(text, max(0, f.start - 40), f.start)
        ):
            # "came to $88 million, against $102 million a year earlier" with no period for
            # the $88 million: "a year earlier" counts from nothing the text gives
            sl.skip, sl.note = True, "compared with a figure of no period"
            continue
        sl.entity = _entity_of(text, sl, mentions, ctx)
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
        if stated and f.start >= stated[1].end and _dates_figure_before(text, stated[1], slots):
            # "down from the $3.0 billion it forecast in September, and comparable sales of
            # 2% to 3%": the month dates the figure its clause is about, not those after it
            sl.as_of = ctx.published
        anchor = _sentence_anchor(text, slots[:i], times, f.start, ctx, cal, sl)
        candidates = own_times(sl)
        if any(sl is o for _, o, _ in pairs) and not candidates:
            candidates = own_times(partner[id(sl)])
        # a stock is counted on a day, never summed from a start: "the leanest position we
        # have had since fiscal 2021" compares, it starts no running total
        stock_level = sl.metric is not None and _STOCK.search(sl.metric.name) is not None
        since = _since_time(text, times) if f.unit != "percent" and not stock_level else None
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
                _LIFETIME.search(text, sl.left, max(sl.right, f.end))
                or _LIFETIME.match(text)  # "Since launch, the Aero has sold ..."
            )
            # "In the January–October period, cumulative sales reached ...": the span named
            # (a launch's date is no such span: "the line introduced in April 2022 reached
            # cumulative sales of ...")
            and not (
                _CUMULATIVE_WORD.search(text)
                and any(
                    t.mode in _EXPLICIT and not _LAUNCH.search(text, max(0, t.start - 70), t.start)
                    for t in times
                )
            )
        ):
            # "lifetime sales of 32.3 million units as of December 31": from the launch the
            # report states elsewhere; none stated, no period
            period = _cumulative(text, times, None, sl, cal, anchor, ctx.launch)
            if period is None:
                sl.skip, sl.note = True, "cumulative total with no start date"
                continue
            sl.period, sl.cumulative = period, True
            continue
        if (
            since is None
            and f.unit == "units"
            and _PERFECT_SOLD.search(text, clause_start(text, f.start), f.start)
            and any(
                t.mode == "day" and _END_DAY.search(text, max(0, t.start - 25), t.start)
                for t in times
                if t.start > f.end
            )
        ):
            # "X, released on July 24, has shipped 3.2 million units as of October 31": a
            # running total from the launch the sentence or the report names, never the
            # period talked about; with no launch, no period
            launched = next(
                (t for t in times if _LAUNCH.search(text, max(0, t.start - 70), t.start)), None
            )
            period = _cumulative(text, times, launched, sl, cal, anchor, ctx.launch)
            if period is None:
                sl.skip, sl.note = True, "cumulative total with no start date"
                continue
            sl.period, sl.cumulative = period, True
            continue
        if since is not None:
            # "since its launch in March 2021 ... at the end of the year": a total from
            # the launch to the day the text names; with no end stated, no period
            period = _cumulative(text, times, since, sl, cal, anchor)
            if period is None:
                sl.skip, sl.note = True, "cumulative total with no end date"
                continue
            sl.period, sl.cumulative = period, True
            continue
        if not candidates and _BRINGING.search(text, clause_start(text, f.start), f.start):
            # "..., bringing series sales to 28 million units": a running total from a start
            # the sentence does not give; the period of the figure before is not its own
            sl.skip, sl.note = True, "a running total with no start"
            continue
        period = _pick_time(candidates, f, cal, sl, anchor)
        if sl.of is not None and f.unit != "percent":
            period = sl.of.period  # a part has the period of its whole
            sl.kind = sl.of.kind or sl.kind
        if period is None and sl.of is not None:
            period = sl.of.period  # a change is for the period of the figure it is of
            sl.kind = sl.of.kind or sl.kind
        if (
            period is None
            and sl.kind is Kind.ACTUAL
            and any(t.mode in _EXPLICIT for t in candidates)
        ):
            # "shipments in the April-September half rose to 8.6 million": a period of its
            # own the text names and we cannot read is not another figure's
            sl.skip, sl.note = True, "its own period not read"
            continue
        if period is None:
            period = _pick_time(
                [
                    t
                    for t in framing()
                    if not (f.unit == "percent" and _is_base(t))
                    # "£268.9m, +7.4% vs. PY": what a later change is measured against is
                    # never the period of a level stated before it
                    and not (_is_base(t) and t.start > f.end)
                    and not _other_kind_between(text, f, t, sl.kind)
                ],
                f,
                cal,
                sl,
                anchor,
            )
        if period is None and id(sl) in partner:
            period = partner[id(sl)].period
        # "fell 41% from a year earlier to $212 million": the level the change reached
        reached = any(
            sl.left <= t.start and t.end <= f.start and _is_base(t) for t in times
        ) and re.search(r"\bto\s+(?:(?:about|around|roughly|nearly)\s+)?$", text[sl.left : f.start])
        if (
            period is None
            and i
            and slots[i - 1].note == "its own period not read"
            and _TO_LEVEL.fullmatch(text, slots[i - 1].fig.end, f.start)
        ):
            # "rose 24% to 8.6 million units" after an unread period: the level's is unread too
            sl.skip, sl.note = True, "its own period not read"
            continue
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
            period = _pick_time(back[-1:], f, cal, sl, anchor) if back else None
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
                    and not _COMPARATIVE.search(text, max(0, p.fig.start - 40), p.fig.start)
                ),
                None,
            )  # never a comparative's: "compared with 341 a year ago, and ... rose 17%"
            if prior is not None:  # "climbed 18% to $1.1 billion": the same period
                period = prior.period
        if (
            period is None
            and i + 1 < len(slots)
            and re.fullmatch(r"\s*to\s*", text[f.end : slots[i + 1].fig.start], re.IGNORECASE)
        ):
            # "rose 9% to $15.8 billion in fiscal 2024": the period of the level it rose to
            period = _pick_time(own_times(slots[i + 1]), f, cal, sl, anchor)
        if (
            sl.kind is not Kind.ACTUAL
            and period is not None
            and period.end < sl.as_of
            and _COMPARED_WITH.search(text[sl.left : f.start])
            and _kind_near(text, sl.left, f, sl.right) is None
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
            continue
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
        elif (
            period is not None
            and sl.kind in (Kind.TARGET, Kind.FORECAST)
            and period.months in (3, 6)
        ):
            ctx.short_plan = (period, s.paragraph)
        if period is None and sl.metric is not None and _STOCK.search(sl.metric.name):
            period = _moment(text, times, sl, None)
        if period is None:
            # times another figure owns ("the EUR 2.11 billion of the first half of last
            # year") say nothing of this one: the period talked about is its period
            named = [
                t
                for t in framing()
                if not _is_base(t)
                and t.start not in keyed
                and not _other_kind_between(text, f, t, sl.kind)
            ]
            period = ctx.anchor if not named else None
            final = [
                t
                for t in times
                if t.start > slots[-1].fig.end
                and not _is_base(t)
                and t.mode not in ("day", "anaphoric")  # "..., against $102m a year earlier"
                and not _COMPARATIVE.search(
                    text, max(0, slots[-1].fig.start - 40), slots[-1].fig.start
                )
                and re.fullmatch(r"[\s.,;:!?\"”')]*", text[t.end :])
            ]
            final = [t for t in final if not _other_kind_between(text, f, t, sl.kind)]
            listed = sl is not slots[-1] and _IN_LIST.fullmatch(
                text, sl.fig.end, slots[-1].fig.start
            )
            if final and listed and period is not None:
                # "came to 58,400 snowmobiles, 61,300 side-by-sides and 33,900 watercraft
                # for the year": the time ending a list of counts is the list's
                period = None
            if period is None and final and sl is not slots[-1]:
                # "A swung to a loss of 48 billion won, while B earned 160 billion won in
                # the second quarter": a time phrase ending the sentence frames it all
                period = _pick_time(final, f, cal, sl, anchor)
            if period is None:
                sl.skip, sl.note = True, "no period"
                continue
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
        per = _price_per(text, sl, slots[:i])
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
                and resolve_time(t, cal=cal, as_of=sl.as_of, kind=Kind.ACTUAL, anchor=None)
                == period
                for t in times
            ):
                period = anchor  # "the leanest since fiscal 2021": no day of this level
            period = _moment(text, times, sl, period)
            before = next((p for p in reversed(slots[:i]) if not p.skip and p.period), None)
            if (
                before is not None
                and before.period.days == 1
                and _COMPARATIVE.search(text, max(0, f.start - 40), f.start)
                and _YEAR_EARLIER.match(text, f.end)
            ):
                # "a backlog of 32.5 billion at 31 December 2025, against 38.4 billion a
                # year earlier": the same day a year before
                day = _same_day_year_before(before.period.end)
                period = Period(day, day)
            if sl.keyed_day is not None:
                period = Period(sl.keyed_day, sl.keyed_day)  # the day its label names
        elif sl.keyed_day is not None:
            sl.skip, sl.note = True, "a day labels a figure of a period"
            continue
        if (
            _YEAR_TO_DATE.search(text, clause_start(text, f.start), max(sl.right, f.end))
            and not any(t.mode == "to-date" for t in own_times(sl))
            and (begin := fiscal_year(cal, period.end).start) < period.start
        ):
            # "Year-to-date sales reached 402,100" in a report about October: from the
            # start of that year to the end of the period talked about
            period = Period(begin, period.end)
        if sl.keyed_year is not None:
            period = _keyed_year(sl.keyed_year, slots[:i]) or period
        sl.period = period
        if sl.kind is Kind.ACTUAL and period.start > sl.as_of:
            sl.kind = Kind.FORECAST  # a period that had not begun cannot have a result yet
        elif sl.kind is Kind.ACTUAL and f.high is not None and period.end > sl.as_of:
            # "Outlook for 2025/26: ...; boats delivered 4,500-4,700": a range for a period
            # still running is what the company expects, never a result
            sl.kind = Kind.FORECAST
    _respectively(text, slots, times, ctx)
    _elliptical_periods(text, slots, times, ctx)
    _base_of_rate(text, slots)
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
                _earlier_date(text, old, times, new.as_of)
                or _month_named(text, new.fig.end, old.fig.start, new.as_of)
                or announced
                or new.as_of - timedelta(days=1)
            )
            old.period = new.period
            old.note = f"replaced by {new.fig.text.strip()} on {new.as_of.isoformat()}"
    for new, old, _ in list(pairs):
        earlier = _replaced_before(text, old, slots, pairs)
        if earlier is None or old.skip or old.as_of is None or old.metric is None:
            continue
        # "3–5% (previously 2–4%, raised with the half-year report on 17 July 2025 from the
        # 1–3% given in the year-end report on 6 February 2025)": the figure the old one
        # replaced, of the same thing, stated before it
        earlier.skip, earlier.metric, earlier.kind = False, old.metric, old.kind
        earlier.period, earlier.entity, earlier.value = old.period, old.entity, earlier.fig.value
        earlier.as_of = _earlier_date(text, earlier, times, old.as_of) or old.as_of - timedelta(
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
            sl.as_of = _day_named_after(text, sl, times) or ctx.published - timedelta(days=1)
            sl.note = sl.note or "an earlier statement"
    _update_anchor(ctx, times, s, [sl for sl in slots if not sl.skip])
    ctx.last_name = _product_name(text, ctx)
    named_regions = [
        r
        for r in (
            reporting.regions_in(text)
            if any(not sl.skip for sl in slots) and _may_name_region(text)
            else []
        )
        if not _NATIONALITY_OF_MAKER.match(text, r.end)  # "the German maker of trains"
        and not ((dateline := _DATELINE.match(text)) and r.end <= dateline.end())
    ]
    regions = {id(sl): sl.region or _region(text, named_regions, sl, mentions) for sl in slots}
    for new, old, _ in pairs:
        if regions.get(id(old)) is None:
            regions[id(old)] = regions.get(id(new))  # "down from 2.64 million": the same
    for before, sl in itertools.pairwise(slots):
        if (
            regions.get(id(sl)) is None
            and before.fig.unit == "percent"
            and _TO_LEVEL.fullmatch(text, before.fig.end, sl.fig.start)
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
    _counted_apart(text, slots, {id(x) for p in pairs for x in p[:2]})
    _over_bars(text, slots)
    _change_amounts(text, slots)
    _parts_of_them(text, slots, ctx)
    _name_product_lines(slots)
    counts = [
        sl
        for sl in slots
        if not sl.skip
        and not sl.part
        and sl.fig.unit == "units"
        and sl.metric is not None
        and sl.period is not None
        and not _BASE_BEFORE.search(text, sl.left, sl.fig.start)
    ]
    ctx.count = counts[-1] if counts else ctx.count if not slots else None
    wholes = [
        sl.metric
        for sl in slots
        if not sl.skip and sl.metric is not None and sl.metric.family == "money" and not sl.part
    ]
    if wholes:
        ctx.whole = wholes[-1]
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
                metric=_rate_basis(
                    text,
                    sl,
                    _with_region(
                        _lower_first(
                            _timeless(_once(sl.metric.name), ctx.published), text, sl.metric.brands
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
    return _first_issued(text, times, out, ctx.published)


_CONFIRMS = re.compile(r"\b(?:confirm|reaffirm|reiterat|maintain|uphold)\w*\b", re.IGNORECASE)
_FIRST_ISSUED = re.compile(
    r"\b(?:first|originally|initially)\s+(?:issued|given|published|released|announced|set"
    r"|presented)\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)


def _first_issued(
    text: str, times: list[TimeMention], found: list[Proposal], published: date
) -> list[Proposal]:
    """ "confirms its outlook for 2024/25, first issued on June 18, 2024: ... expects revenue
    of ...": the plans were stated on that day too, and are confirmed on this one. FOUND
    with the earlier statements added."""
    if not _CONFIRMS.search(text):
        return found
    day = next(
        (
            t.day
            for t in times
            if t.is_date
            and t.day is not None
            and t.day < published
            and _FIRST_ISSUED.search(text, max(0, t.start - 40), t.start)
        ),
        None,
    )
    if day is None:
        return found
    plans = [p for p in found if p.kind is not Kind.ACTUAL and p.as_of == published]
    return [
        *(replace(p, confirmed=True) if p in plans else p for p in found),
        *(replace(p, as_of=day) for p in plans if p.period.end >= day),
    ]


def _other_kind_between(text: str, f: Figure, t: TimeMention, kind: Kind | None) -> bool:
    """ "Gross margin came in at 38.5%, and we expect it to be 39% in the second half": a
    time after a clause of another kind ("we expect") is that clause's, not the result's."""
    if t.start <= f.end or kind is not Kind.ACTUAL:
        return False
    return any(
        lx.kind_of_cue(w) is not None or w.lower() in lx.MODALS
        for w, _, _ in words_in(text, f.end, t.start)
    )


def _once(name: str) -> str:
    """ "Underlying EBIT EBIT", "Adjusted EBITDA adjusted EBITDA": words the reader gave
    twice in a row, once."""
    return re.sub(r"\b([\w-]+(?:\s+[\w-]+)*?)(?:\s+\1\b)+", r"\1", name, flags=re.IGNORECASE)


def _timeless(name: str, published: date) -> str:
    """A metric names what was counted, never when: "13 weeks to 2 November sales growth"
    is "sales growth" (the period is the proposal's own)."""
    # a phrase of several words: a bare year may be part of a product's name ("Office 2021")
    times = [
        t
        for t in find_times(name, published)
        if t.mode in ("absolute", "span", "to-date", "quarter") and " " in t.text.strip()
    ]
    for t in sorted(times, key=lambda t: -t.start):
        name = name[: t.start] + name[t.end :]
    cleaned = " ".join(name.split())
    return cleaned if cleaned else name


# A part of a whole, named by its subject: "the Model K3, accounted for 276,500 of the
# quarter's deliveries", "Cloud Infrastructure contributed $1.58 billion".
_LONG_TERM = re.compile(r"\b(?:long|longer|medium|mid)[\s-]+(?:term|range)\b", re.IGNORECASE)
_PART_VERB = re.compile(
    r"\b(?:accounted\s+for|contributed|made\s+up|represented|generated|brought\s+in)\s+"
    r"(?:(?:about|around|nearly|some|roughly|just\s+over|more\s+than|almost)\s+)?$",
    re.IGNORECASE,
)
_WITH = re.compile(r"^[\s,]*with\s+(?:(?:about|around|nearly|some|a\s+record)\s+)?$", re.I)
_GAPPED = re.compile(r"^\s*(?:,\s*)?and\s+(?P<name>[A-Z][\w&+ -]*?)\s*$")
_NAME_RUN = re.compile(r"(?:[A-Z][\w&+-]*|\d[\w-]*)(?:\s+(?:[A-Z][\w&+-]*|\d[\w-]*))*")
_LEADING = frozenset("The Its Their Our His Her This That These Those A An".split())


def _name_in(text: str, ctx: Context, *, last: bool = True) -> str | None:
    """The proper name (product, family, segment) a stretch of text gives its subject;
    the company, its people's titles and places are no such name."""
    runs = list(_NAME_RUN.finditer(text))
    for m in reversed(runs) if last else runs:
        words = m.group().split()
        while words and (words[0] in _LEADING or ctx.metrics.is_company(words[0])):
            words = words[1:]
        phrase = " ".join(words)
        if phrase and is_name(phrase) and not ctx.metrics.is_company(phrase):
            return phrase
    return None


def _named_part(text: str, sl: _Slot, previous: list[_Slot], ctx: Context) -> str | None:
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
    if f.unit == "units" and sl.metric is not None and _generic_units(sl.metric):
        # "raised its forecast for Skyrunner to 6 million units", "sales of the Skyrunner
        # reached 4.2 million units": the named product a count of bare units is of
        named = list(_NAMED_OBJECT.finditer(text, clause_start(text, f.start), f.start))
        obj = named[-1] if named else None
        # "its sales goal for the U.S.": a region, read apart (`_region`)
        if obj is not None and not reporting.regions_in(text[obj.start("obj") : obj.end() + 4]):
            return _name_in(obj["obj"], ctx, last=False)
    return None


_RELATIVE_OPEN = re.compile(r",\s+(?:where|which|whose|who)\b")
_NAMED_OBJECT = re.compile(
    r"\b(?:(?:forecasts?|targets?|goals?|plans?|outlook|guidance|estimates?)\s+for"
    r"|(?:sales|shipments|deliveries)\s+of)\s+(?:the\s+|its\s+|their\s+|our\s+)?"
    r"(?P<obj>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|\d[\w-]*))*)"
)
_SINCE = re.compile(
    r"\bsince\s+(?:(?:its|their|the|his|her)\s+)?(?:(?:market\s+)?(?:launch|debut|introduction"
    r"|release|premiere|start\s+of\s+sales|inception)\s+)?(?:(?:in|on)\s+|\()?$"
    # "since launching buy-online-pickup-in-store in March 2022"
    r"|\bsince\s+(?:first\s+)?(?:launching|introducing|releasing|opening|starting)"
    r"(?:\s+[\w+-]+){0,4}\s+(?:in|on)\s+$"
    r"|\bsince\s+(?:it|they|the\s+\w+)\s+(?:went|came|was|were|first\s+went)\s+\w+(?:\s+\w+)?"
    r"(?:\s+(?:in|on))?\s+$"
    # "since we launched the Loop in September 2021": a launch told as a clause
    r"|\bsince\s+(?:we|it|they|the\s+company)\s+(?:first\s+)?(?:launched|introduced|released"
    r"|debuted|unveiled|started\s+selling)(?:\s+(?:the|our|its|their)?\s*[\w+-]+(?:\s+[\w+-]+)?)?"
    r"\s+(?:in|on)\s+$"
    # "since the company's first deliveries in June 2019", "since its founding in 2014"
    r"|\bsince\s+(?:(?:its|their|our|the\s+company['’]s|the)\s+)?(?:first\s+(?:deliveries"
    r"|delivery|shipments?|sales|orders)|founding|foundation|establishment)\s+(?:in|on)\s+$"
    r"|\bsince\s+(?:it|we|they|the\s+company)\s+(?:was|were)\s+(?:founded|established)"
    r"\s+(?:in|on)\s+$",
    re.IGNORECASE,
)
_PERIOD_END = re.compile(
    r"\b(?:at|by|as\s+of|through|to)\s+the\s+end\s+of\s+(?:the|this|that|last)\s+"
    r"(?P<unit>year|quarter|period|half|month|fiscal\s+year)\b",
    re.IGNORECASE,
)
_END_DAY = re.compile(r"\b(?:as\s+of|as\s+at|through|to|at|by|on)\s+(?:the\s+end\s+of\s+)?$", re.I)


def _since_time(text: str, times: list[TimeMention]) -> TimeMention | None:
    for t in times:
        if t.mode in ("absolute", "day", "month") and _SINCE.search(
            text, max(0, t.start - 70), t.start
        ):
            return t
    return None


_SINCE_BARE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_LIFETIME = re.compile(
    r"\b(?:lifetime|cumulative(?:ly)?|since\s+(?:its\s+|their\s+)?(?:launch|debut|release"
    r"|introduction)|all[\s-]time\s+sales|(?<!year[\s-])(?<!life[\s-])to[\s-]date)\b"
    r"|^\W*since\s+(?:its\s+|their\s+)?(?:launch|debut|release|introduction)\b",
    re.IGNORECASE,
)


# "has sold", "have now shipped": a running total to the day the sentence names
_PERFECT_SOLD = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+)?(?:sold|shipped|delivered)\b", re.IGNORECASE
)
_CUMULATIVE_WORD = re.compile(r"\bcumulative(?:ly)?\b", re.IGNORECASE)
_LAUNCH = re.compile(
    r"\b(?:launch(?:ed)?|debut(?:ed)?|went\s+on\s+sale|released|introduced|first\s+shipped)\b"
    r"[^.;]{0,40}?\b(?:in|on)\s+$"
    r"|\bsince\s+(?:its|their|the)\s+$",
    re.IGNORECASE,
)


def launch_date(text: str, published: date) -> date | None:
    """The one launch date a report states ("launched the Kira in March 2021", "since its
    March 2017 launch"): the start of a lifetime total it gives without one."""
    found = set()
    for t in find_times(text, published) if _LIFETIME.search(text) else []:
        if t.mode not in ("absolute", "day", "month"):
            continue
        before = text[max(0, t.start - 70) : t.start]
        after = text[t.end : t.end + 12]
        if _LAUNCH.search(before) or (
            re.search(r"\bsince\s+(?:its|their|the)\s+$", before, re.I)
            and re.match(r"\s+(?:launch|debut|release)", after, re.I)
        ):
            p = resolve_time(t, cal=CALENDAR, as_of=published, kind=Kind.ACTUAL, anchor=None)
            if p is not None:
                found.add(p.start)
            elif t.day is not None:
                found.add(t.day)
    return found.pop() if len(found) == 1 else None


_SO_FAR = re.compile(
    r"\b(?:has|have)\s+(?:now\s+)?[a-z]+(?:ed|ld|wn|nt)\b|\bsold\s+since\b", re.IGNORECASE
)


def _cumulative(
    text: str,
    times: list[TimeMention],
    since: TimeMention | None,
    sl: _Slot,
    cal: FiscalCalendar,
    anchor: Period | None,
    launch: date | None = None,
) -> Period | None:
    if since is not None and since.mode == "day" and since.day is not None:
        begin = Period(since.day, since.day)  # "released on July 24, 2025"
    elif since is not None:
        begin = resolve_time(
            since, cal=cal, as_of=sl.as_of or date.today(), kind=Kind.ACTUAL, anchor=None
        )
    else:
        begin = Period(launch, launch) if launch is not None else None
    if begin is None:
        return None
    end = None
    for t in times:
        if t is since or (since is not None and t.start < since.end and t.mode != "day"):
            continue
        if since is None and t.mode != "day":
            continue  # with no "since" phrase, only a day ends the total ("as of Dec 31")
        if t.mode == "day" and t.day is not None:
            if _END_DAY.search(text, max(0, t.start - 25), t.start):
                end = t.day
        elif t.start > since.end:
            p = resolve_time(
                t, cal=cal, as_of=sl.as_of or date.today(), kind=Kind.ACTUAL, anchor=anchor
            )
            end = p.end if p is not None else end
    stated = _PERIOD_END.search(text)
    if end is None and stated is not None and anchor is not None:
        end = anchor.end  # "at the end of the year": the year the report is about
    if (
        end is None
        and anchor is not None
        and _SO_FAR.search(text)
        and anchor.end - begin.start > timedelta(days=400)
    ):
        # "has fulfilled 9.6 million since launching it in March 2022", "212k units sold
        # since launch (Mar 2023)": up to the end of the period the report is about (never
        # a span a quarter or a year could be mistaken for)
        end = anchor.end
    if end is None or end <= begin.start:
        return None
    return Period(begin.start, end)


# "On heat pumps: we sold 125,900 units", "For heat pumps, our target ... 300,000 units"
_TOPIC = re.compile(
    r"^\W*(?i:on|for|as\s+for|regarding|in)\s+(?:(?:the|our|its)\s+)?"
    r"(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s*[:,]",
)
# "Industrial Cooling, on the other hand, keeps growing: revenue of EUR 776 million"
# (never a place: "The Columbus, Ohio-based chain said net sales ...")
_SEGMENT_SUBJECT = re.compile(
    r"^\W*(?P<name>(?:[A-Z][\w&-]*\s+){1,3}[A-Z][\w&-]*)"
    r"(?!\s*,\s*(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*-based\b)(?=\s*,|\s+(?:is|was|were|are|has|had"
    r"|keeps|kept|continued|continues|grew|rose|fell|posted|reported|saw|remained|remains)\b)"
)
_BARE_MONEY = frozenset(lx.MONEY_HEADS.values())


_SET_AGAINST = re.compile(r"(?:^|[,;])\s*(?:while|whereas|but|and)\b", re.IGNORECASE)


def _parallel(text: str, sl: _Slot, before: list[_Slot]) -> Metric | None:
    """ "Deliveries in China reached 151,200 vehicles, while U.S. customers took 88,900":
    a bare number in a clause set against the figure before it, one region against
    another, counts what that figure counts (its region is read later, as for any)."""
    prior = before[-1] if before else None
    if prior is None or prior.skip or prior.metric is None or prior.fig.unit != sl.fig.unit:
        return None
    between = text[prior.fig.end : sl.fig.start]
    if not _SET_AGAINST.search(between) or not reporting.regions_in(between):
        return None
    if not reporting.regions_in(text[prior.left : max(prior.right, prior.fig.end)]):
        return None
    return prior.metric


def _topic(text: str, metric: Metric, ctx: Context) -> Metric:
    """A sentence's topic names what a generic figure counts: the product of "units", the
    segment of a bare "revenue"."""
    if metric.family == "units" and (
        metric.phrase.lower() in ("units", "unit") or metric.name.startswith("units ")
    ):
        m = _TOPIC.match(text)
        if m is not None and m["np"].split()[-1].lower() not in lx.NOT_PRODUCTS:
            verb = metric.name.rsplit(" ", 1)[-1]
            return Metric(f"{m['np'].lower()} {verb}", "units", None, metric.brands, m["np"])
    base = metric.name[: -len(" growth")] if metric.name.endswith(" growth") else metric.name
    if base in _BARE_MONEY:
        m = _SEGMENT_SUBJECT.match(text)
        name = m["name"] if m is not None else None
        if name and is_name(name) and not any(ctx.metrics.is_company(w) for w in name.split()):
            return Metric(f"{name} {metric.name}", metric.family, None, (), name)
    return metric


_THEM = re.compile(r"\s+of\s+them\b(?!\s+(?:were\s+|are\s+)?[A-Za-z][\w-]*s\b)")
_MODEL_NAME = re.compile(r"(?:[A-Z][\w-]*\s+)+(?:[A-Z]+\d[\w-]*|\d+[\w-]*)")


def _product_name(text: str, ctx: Context) -> str | None:
    """A model's name in a sentence ("the AeroLine R290", "Model K3"): capitalised words
    ending in a model number, not the company's."""
    for m in reversed(list(_MODEL_NAME.finditer(text))):
        words = [w for w in m.group().split() if not ctx.metrics.is_company(w)]
        while words and words[0] in _LEADING:
            words = words[1:]
        name = " ".join(words)
        if len(words) >= 2 and is_name(name):
            return name
    return None


# "increased $17.3 million, or 2.5%, to $701.3 million": the change, its rate, the level
_CHANGE_VERB_BEFORE = re.compile(
    r"\b(?P<verb>increased|decreased|rose|fell|grew|declined|dropped|climbed|gained|slipped"
    r"|was\s+up|was\s+down|were\s+up|were\s+down)\s+(?:by\s+)?$",
    re.IGNORECASE,
)
_OR_RATE = re.compile(r"\s*,?\s*or\s+(?:about\s+|nearly\s+|some\s+)?$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\bto\s+(?:about\s+|nearly\s+|a\s+record\s+)?$", re.IGNORECASE)


def _change_amounts(text: str, slots: list[_Slot]) -> None:
    """ "Net sales increased $17.3 million, or 2.5%, to $701.3 million": the first amount is
    how much the level changed (no figure of the level), the rate is the level's growth."""
    for i, sl in enumerate(slots):
        verb = _CHANGE_VERB_BEFORE.search(text, max(0, sl.fig.start - 30), sl.fig.start)
        if verb is None or sl.fig.unit == "percent":
            continue
        level = next(
            (
                b
                for b in slots[i + 1 :]
                if b.fig.unit == sl.fig.unit
                and _TO_AFTER.search(text, max(0, b.fig.start - 20), b.fig.start)
            ),
            None,
        )
        if level is None or level.skip or level.metric is None or level.period is None:
            continue
        sl.skip, sl.note = True, "how much a figure changed, not its level"
        rate = next(
            (
                r
                for r in slots[i + 1 : slots.index(level)]
                if r.fig.unit == "percent" and _OR_RATE.fullmatch(text, sl.fig.end, r.fig.start)
            ),
            None,
        )
        if rate is None:
            continue
        name = f"{level.metric.name} growth"
        rate.metric = Metric(name, "percent", None, (), name)
        rate.period, rate.kind, rate.as_of = level.period, level.kind, level.as_of
        rate.entity, rate.skip = level.entity, False
        falling = re.search(r"decreas|fell|declin|dropp|slipp|down", verb["verb"], re.I)
        rate.value = -abs(rate.fig.value) if falling else rate.fig.value


# What a rate of growth is measured against, said after it: "2.1% QoQ", "1.9% in constant
# currency (CC)", "YoY CC growth of 5.6%"
_SEQUENTIAL_AFTER = re.compile(
    r"\s*(?:\(|,)?\s*(?:QoQ|q/q|sequential(?:ly)?|quarter[\s-]on[\s-]quarter|over\s+the\s+"
    r"(?:previous|prior|preceding)\s+quarter"
    # "up 6.2% from the second quarter's $660.6 million": the quarter before as the base
    r"|(?:from|on|over|versus|vs\.?)\s+the\s+(?:previous|prior|preceding|first|second|third)"
    r"\s+quarter['’]s)\b",
    re.IGNORECASE,
)
_SEQUENTIAL_BEFORE = re.compile(
    r"\b(?:QoQ|q/q)\s+(?:\w+\s+)?(?:growth|change|increase)\s+(?:of\s+)?$", re.IGNORECASE
)
_LIKE_FOR_LIKE = re.compile(r"\blike[\s-](?:for|to)[\s-]like\b", re.IGNORECASE)
_CONSTANT_CURRENCY = re.compile(
    r"\b(?:in\s+)?constant[\s-]currency\b|\bCC\b|\bconstant\s+exchange\s+rates?\b|\bCER\b"
)


# Words that say only on what basis a rate is stated, between two rates of one measure:
# "2.1% QoQ and 6.8% YoY", "1.4% in reported terms and 1.9% in constant currency (CC)"
_BASIS_ONLY = frozenset(
    """qoq yoy q/q y/y sequentially sequential in reported terms constant currency cc
    local organic organically dollar year-on-year year-over-year quarter-on-quarter on a
    basis the at cer exchange rates rate""".split()
)
_JOIN = re.compile(
    r"(?P<words>[^\d;]{0,60}?)\s*(?:,\s*)?\b(?:and|or)\s+|(?P<list>[^\d;]{0,40}?),\s*"
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


def _counted_apart(text: str, slots: list[_Slot], paired: set[int]) -> None:
    """Counts of one sentence that the reader gave one name ("vehicles sold" for "61,300
    side-by-side vehicles and 33,900 personal watercraft") are each named by the words
    after them, so that neither is lost to a clash."""
    groups: dict[str, list[_Slot]] = {}
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


def _counted_event(text: str, f: Figure, previous: list[_Slot]) -> Metric | None:
    """ "opened 7 stores and closed 2", "~16 new stores, ~5 closures": the openings or
    closures of a counted level, over the period; None for anything else."""
    if f.unit != "units" or f.explicit:
        return None
    verb = _EVENT_VERB.search(text, max(0, f.start - 30), f.start)
    after = _EVENT_AFTER.match(text, f.end)
    noun = (after["noun"] or after["plain"] or "").lower() if after else ""
    levels = [m.lower() for m in re.findall(r"[A-Za-z]+", text) if m.lower() in lx.LEVEL_PLURAL]
    if noun not in lx.LEVEL_PLURAL:
        noun = ""
    if not noun:
        # "and closed 2", "5 closures": the count the sentence names elsewhere
        before = [p for p in previous if p.metric is not None and _EVENT_NAME.search(p.metric.name)]
        noun = levels[0] if levels else ""
        if not noun and before:
            return None
    if not noun or noun in ("employees", "headcount", "customers", "users", "members"):
        return None  # people and accounts come and go with no opening
    single = lx.LEVEL_PLURAL[noun]
    if verb is not None and not (after and (after["closures"] or after["openings"])):
        word = "openings" if verb["open"] else "closures"
        if after and after["plain"] and after["plain"].lower() != noun:
            return None  # "opened 3 distribution centres": not the level named elsewhere
    elif after and after["new"]:
        word = "openings"
    elif after and (after["closures"] or after["openings"]):
        word = "closures" if after["closures"] else "openings"
    else:
        return None
    name = f"{single} {word}"
    return Metric(name, "units", None, (), name)


_EVENT_NAME = re.compile(r"\b(?:openings|closures)$")


def _joined_rate(text: str, sl: _Slot, previous: list[_Slot]) -> Metric | None:
    """A rate joined by "and" / "or" to the rate just before it, with only basis words
    between them, is the same measure on another basis: "growth of 2.1% QoQ and 6.8% YoY"."""
    lead = previous[-1] if previous else None
    if lead is None or lead.skip or lead.metric is None or lead.fig.unit != "percent":
        return None
    if not lead.metric.name.endswith(("growth", "change")):
        return None
    between = _JOIN.fullmatch(text, lead.fig.end, sl.fig.start)
    if between is None:
        return None
    words = re.findall(r"[\w/-]+", (between["words"] or between["list"] or "").lower())
    if not all(w in _BASIS_ONLY for w in words):
        return None
    sl.lead = lead.lead or lead
    if lead.value < 0 < lead.fig.value:
        sl.value = -sl.fig.value  # "fell 2.4% QoQ and 1.1% YoY": both falls
    return lead.metric


_BASIS_AFTER = re.compile(
    r"\s+(?:at|in)\s+constant\s+(?:exchange\s+rates?|currenc(?:y|ies))(?:\s*\([A-Z]{2,3}\))?",
    re.IGNORECASE,
)


def _basis_window(text: str, sl: _Slot, slots: list[_Slot]) -> tuple[int, int, int]:
    """Where a rate's basis words may be: from the figure before it (or its clause, at most
    40 characters back) to the figure after it (at most 25 characters on, or the basis
    phrase right after it: "7 percent at constant exchange rates (CER)")."""
    k = next(i for i, o in enumerate(slots) if o is sl)
    begin = max(clause_start(text, sl.fig.start), sl.fig.start - 40)
    if k:
        begin = max(begin, slots[k - 1].fig.end)
    stated = _BASIS_AFTER.match(text, sl.fig.end) or _SEQUENTIAL_AFTER.match(text, sl.fig.end)
    end = max(sl.fig.end + 25, stated.end() if stated else 0)
    if k + 1 < len(slots):
        end = min(end, slots[k + 1].fig.start)
    return begin, sl.fig.start, end


def _rate_basis(text: str, sl: _Slot, name: str, slots: list[_Slot]) -> str:
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
    if near and "constant currency" not in name:
        name = f"constant currency {name}"
    # "grew 2.6% on a like-to-like basis", "up 4.1% like-for-like": the same shops, plants
    # or businesses in both periods, a basis of its own (the words as the report writes them)
    like = _LIKE_FOR_LIKE.search(text, sl.fig.end, end) or next(
        (m for a, b in own if (m := _LIKE_FOR_LIKE.search(text, a, b))), None
    )
    if like is not None and "like" not in name:
        name = f"{'-'.join(like.group().lower().split())} {name}"
    sequential = _SEQUENTIAL_AFTER.match(text[:end], sl.fig.end) or any(
        _SEQUENTIAL_BEFORE.search(text[max(a, b - 30) : b]) for a, b in befores
    )
    sequential = sequential or _against_quarter_before(text, sl, end)
    if sequential and not name.startswith("sequential"):
        name = f"sequential {name}"
    return name


# "up 3% on the September quarter": a base quarter named by its last month, right after
_ON_MONTH_QUARTER = re.compile(
    r"\s*(?:on|over|from|versus|vs\.?|compared\s+(?:with|to)|against)\s+the\s+"
    rf"(?P<month>{MONTH_PATTERN})\s+quarter\b(?!\s*(?:of\s+)?(?:FY|fiscal|financial|(?:19|20)?\d\d\b))",
    re.IGNORECASE,
)


def _against_quarter_before(text: str, sl: _Slot, end: int) -> bool:
    """A quarter's rate against the quarter just before it, named by its month ("December
    quarter output up 3% on the September quarter"): a sequential rate, never the year's."""
    m = _ON_MONTH_QUARTER.match(text[:end], sl.fig.end)
    if m is None or sl.period is None or sl.period.months != 3:
        return False
    month = MONTH_NUMBERS.get(m["month"].lower()[:3])
    return month is not None and (sl.period.end.month - 3 - 1) % 12 + 1 == month


# "; 64 of them were its Lumen low-floor trams": a named part of the count before
_OF_THEM_NAMED = re.compile(
    r"\s+of\s+(?:them|these|those|which)\s+(?:were|was|are)\s+(?:(?:its|the|our|their)\s+)?"
    r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:\s+[a-z][\w-]*)?\s+[a-z][\w-]*s)\b"
)


_BASE_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against|from)\b[^,;]{0,40}$", re.IGNORECASE
)


# "The Fjord series alone accounted for 212 of them": a named part, its name the subject
_ACCOUNTED = re.compile(
    r"(?:^|[,;]\s*)(?:[Tt]he\s+|[Ii]ts\s+|[Oo]ur\s+)?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    r"(?:\s+(?!alone\b)[a-z][\w-]*)?)\s+(?:alone\s+)?(?:accounted\s+for|made\s+up|represented)"
    r"\s+(?:(?:about|around|nearly|some|roughly)\s+)?$",
)
_OF_THOSE = re.compile(r"\s+of\s+(?:them|those|these)\b", re.IGNORECASE)


def _parts_of_them(text: str, slots: list[_Slot], ctx: Context) -> None:
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
                and not _BASE_BEFORE.search(text, w.left, w.fig.start)
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


def _name_product_lines(slots: list[_Slot]) -> None:
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


def _lower_first(name: str, sentence: str, brands: tuple[str, ...] = ()) -> str:
    """ "Group revenue" from a bullet "- Group revenue £1,284.6m": the capital is the
    sentence's, not the name's (a brand or an acronym keeps its capitals)."""
    first, *rest = name.split(" ")
    lead = re.sub(r"^[\s*•·\-–—]+", "", sentence)
    # "Climate Solutions revenue": a name; "Underlying EBIT": a word before an acronym
    # "Hearth & Loom revenue", "Parts and Equipment revenue": a joined name
    joined = rest[1:] if rest and rest[0] in ("&", "and") else rest
    proper = bool(joined) and joined[0][:1].isupper() and not joined[0].isupper()
    if (
        first[:1].isupper()
        and first[1:].islower()
        and lead.startswith(first)
        and not proper
        and not any(b.split()[0] == first for b in brands)  # "Care+ subscribers": a name
    ):
        return first.lower() + name[len(first) :]
    return name


def _antecedent(previous: list[_Slot], f: Figure) -> Metric | None:
    for sl in reversed(previous):
        # "$195.63 million, or $1.23 per share, compared with $242.34 million": the
        # comparison is with the total, not the per-share aside
        if sl.metric is not None and sl.fig.unit == f.unit and "per share" not in sl.metric.name:
            return sl.metric
    return None


_COMPARED_LEVEL = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:(?:about|around|roughly)\s+)?$",
    re.IGNORECASE,
)


def _percent_metric(
    text: str,
    sl: _Slot,
    previous: list[_Slot],
    ctx: Context,
    pair: tuple[_Slot, _Slot, Kind] | None,
) -> Metric | None:
    f = sl.fig
    before = text[sl.left : f.start]
    if pair is not None or (
        re.search(r"\b(?:" + "|".join(lx.KIND_NOUNS) + r")\b", before, re.IGNORECASE)
        and (re.search(r"\bby\s*$", before))
    ):
        return None  # "cut its forecast by 40%": how much a forecast changed, not a figure
    if sl.keyed and (base := _antecedent(previous, f)) is not None and base.family == "percent":
        return base  # "+1.8% (PY -2.2%)": the same rate, for the period its label names
    level = previous[-1] if previous else None
    if (
        level is not None
        and not level.skip
        and level.metric is not None
        and level.metric.family in ("money", "units")
        and f.text[:1] in "+-−–"
        and _BRACKETED_AFTER.fullmatch(text, level.fig.end, f.start)
        and re.match(r"\s*\)", text[f.end :])
    ):
        # "revenue reached R$ 9.3 billion in the quarter (+4.2%)": a signed rate alone in
        # brackets after a level is that level's change
        name = f"{level.metric.name} growth"
        return Metric(name, "percent", None, (), name)
    grown = _GROWTH_IN.search(text, clause_start(text, f.start), f.start)
    if grown is not None and reporting.family_of(grown["measure"]) is not None:
        # "organic growth in orders was 8%": the growth of the measure named after "in"
        basis = " ".join((grown["basis"] or "").lower().replace("-", " ").split())
        # named as written: "organic order intake growth" (the level's name) had the engine
        # answer "organic order growth" with the reported 6% instead of asking
        name = " ".join(f"{basis} {grown['measure'].lower()} growth".split())
        return Metric(name, "percent", None, (), name)
    share = share_of(text, f, ctx.metrics)
    if share is not None:
        return share
    opening = clause_start(text, f.start)
    grew = MEASURE_GREW.search(text[opening : f.start])
    if grew is not None:
        name = f"{grew['measure'].lower()} growth"
        if (grew["opener"] or "").lower() == "where":
            # "Latin Region North (LRN), where volume fell 2%": that part's rate, never the
            # whole's; with no part named before it, the rate is no one's we can name
            part = part_before_where(text, opening)
            if part is None:
                return None
            name = f"{part} {name}"
        if re.search(r"\b(?:fell|decreased|declined|dropped|slipped|down)\b", grew.group(), re.I):
            sl.value = -f.value
        return Metric(name, "percent", None, (), name)
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
            return Metric(name, "percent", None, (), name)
    subject = _grown_subject(text, f)
    if subject is not None:
        return subject
    planned = _GROWTH_PLAN.search(text, max(0, f.start - 90), f.start)
    if planned is not None and reporting.family_of(planned["measure"]) is not None:
        # "its FY26 constant-currency revenue growth guidance to 2.0%–4.0%": a planned rate
        name = (
            f"{planned['measure'].lower().replace('constant-currency', 'constant currency')} growth"
        )
        return Metric(name, "percent", None, (), name)
    by = _BY_RATE.search(text, max(sl.left, clause_start(text, f.start)), f.start)
    if by is not None:
        # "increased the group sales by 7 percent", "The core operating profit rose in the
        # first half year by 11 percent": the measure the verb's object or subject names
        named = _measure_named(by["mid"]) or _measure_named(
            text[clause_start(text, by.start()) : by.start()]
        )
        if named is not None:
            if by["verb"].lower() in _DOWN_BY:
                sl.value = -f.value
            return Metric(f"{named} growth", "percent", None, (), f"{named} growth")
    to_grow = _EXPECT_TO_GROW.search(text, max(0, f.start - 120), f.start)
    if to_grow is not None:
        # "expects full-year 2025 capacity (ASMs) to grow 4.5% to 5.5%": what it expects to
        # grow, named as written
        if to_grow["dir"].lower().split()[-1] in ("down", "fall", "decline", "shrink"):
            sl.value = -f.value
        name = f"{to_grow['measure'].lower()} growth"
        return Metric(name, "percent", None, (), name)
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
        return Metric(name, "percent", None, (), name)
    signed = (
        _SIGNED_CHANGE.search(text, max(0, f.start - 60), f.start) if f.text[:1] in "+-−–" else None
    )
    if signed is not None and reporting.family_of(signed["label"]) is not None:
        # "Comparable sales +2.6% YoY", "Net sales: -1.2%": a measure's change, its sign
        # written before it
        label = " ".join(signed["label"].lower().split())
        label = re.sub(r"\s+(?:growth|change)$", "", label)
        return Metric(f"{label} growth", "percent", None, (), f"{label} growth")
    changed = _CHANGE_MEASURE_OF.search(text, max(sl.left - 1, f.start - 60), f.start)
    if changed is not None:
        family = reporting.family_of(changed["label"])
        grown = any(f.key == "growth" for f in reporting.families_of(changed["label"]))
        if family is not None and family.states_change and family.key != "growth" and not grown:
            # "comparable sales of flat to up 1%", "like-for-like sales of 4.1%": a measure
            # that is a change already, the figure its rate
            return Metric(f"{family.label} growth", "percent", None, (), f"{family.label}")
    own = ctx.metrics.tail(text, f, sl.right)
    if own is not None and own.family == "percent":
        return own
    m = ctx.metrics.near(text, f, sl.left, f.start)
    if m is not None and m.family == "percent":
        return m
    label = _KEY_VALUE.match(text)
    if label is not None and label.end("label") <= sl.left:
        # "(c) EBITDA margin: expected to be 11% to 12%": the label names the figure
        m = ctx.metrics.near(text, f, 0, label.end("label"))
        if m is not None and m.family == "percent":
            return m
        # "Same-store sales (existing stores, year on year): Q1 FY2025 +3.0%": a measure that
        # is a change already, its rate labelled by the period
        said = " ".join(re.sub(r"\([^)]*\)", " ", label["label"]).split())
        fam = reporting.family_of(said) if said else None
        if fam is not None and fam.states_change and fam.key != "growth":
            name = f"{said[:1].lower()}{said[1:]} growth"
            return Metric(name, "percent", None, (), name)
    verb = _GROWTH_VERB.search(text, sl.left, f.start)
    after = _GROWTH_AFTER.match(text, f.end)
    noun = _GROWTH_NOUN.match(text, f.end)
    if verb is None and noun is None and after is None and _SIGNED_VS.match(text, f.end):
        # "Group revenue £268.9m, +7.4% vs. PY": the change of the level just stated
        earlier = next(
            (p for p in reversed(previous) if not p.skip and p.metric and not p.keyed), None
        )
        if f.text[:1] in "+-−–" and earlier is not None and earlier.metric.family != "percent":
            sl.of = earlier
            return Metric(f"{earlier.metric.name} growth", "percent", None, (), "")
    if verb is None and noun is None and after is None:
        joined = _joined_rate(text, sl, previous)
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
    if verb is not None and re.search(r"\bof\s*$|^(?:a|an)\s", verb["verb"], re.IGNORECASE):
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
            base = _growth_from_phrase(text, noun.end())
    else:
        base = ctx.metrics.growth(text, sl.left, f.start)
        earlier = next(
            (p for p in reversed(previous) if not p.skip and p.metric and not p.keyed), None
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
            subject = _without_relative(text)
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
                whole = re.sub(r"^(?:group|total|overall)\s+", "", _lower_first(base.name, text))
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
_RELATIVE = re.compile(r",\s*(?:which|who)\b[^,;]*,")


def _without_relative(text: str) -> str:
    """TEXT with its non-restrictive relative clauses blanked (same length, same offsets)."""
    return _RELATIVE.sub(lambda m: " " * len(m.group()), text)


_WITH_PARTS = re.compile(r",?\s+with\s+", re.IGNORECASE)
_NOT_A_PART = re.compile(
    r"(?:it|they|this|that|which|sales|revenue|revenues|volumes?|prices?|demand|profits?|"
    r"margins?|earnings|shares|the\s+\w+)$",
    re.IGNORECASE,
)


def _growth_from_phrase(text: str, start: int) -> Metric | None:
    m = re.match(r"(?P<np>(?:[\w’'&-]+\s+){0,4}?(?:[\w-]+))(?=[\s,.;]|$)", text[start:])
    if not m:
        return None
    return Metric(f"{m['np']} growth", "percent", None, (), m["np"])


def _revision_pair(text: str, slots: list[_Slot]) -> tuple[_Slot, _Slot, Kind] | None:
    """ "lowered its target to 40 million from 42 million", "cut its forecast from 50
    billion yen to 40 billion yen": (new, old, kind of the changed figure)."""
    change = _CHANGE_OBJECT.search(text)
    if change is None:
        return None
    kind = lx.KIND_NOUNS[change["obj"].split()[-1].lower()]
    new = old = None
    for sl in slots:
        if sl.fig.start < change.end() or sl.fig.unit == "percent":
            continue
        before = text[max(change.end(), sl.left - 40) : sl.fig.start]
        if new is None and _TO.search(before):
            new = sl
        elif old is None and _FROM.search(before):
            old = sl
    if new is None or old is None or new.fig.unit != old.fig.unit:
        return None
    return new, old, kind


def _stated_revisions(
    text: str, slots: list[_Slot], paired: set[int]
) -> list[tuple[_Slot, _Slot, Kind]]:
    """ "Its goal is now 2.44 million, down from 2.64 million", "now aims to sell 24 million,
    revised down from its earlier target of 30 million": a target or forecast stated with
    the earlier one it replaces (an actual "up from 33 million" compares two periods)."""
    out: list[tuple[_Slot, _Slot, Kind]] = []
    for i, old in enumerate(slots):
        if i == 0 or old.note or id(old) in paired:  # a third party's is no statement of ours
            continue
        new = next((sl for sl in reversed(slots[:i]) if not sl.skip), None)
        if new is None or id(new) in paired:
            continue
        if new is None or new.kind not in (Kind.TARGET, Kind.FORECAST):
            continue
        if new.fig.unit != old.fig.unit or new.metric is None:
            continue
        m = _EARLIER.search(text, new.fig.end, old.fig.start)
        if m is None and (
            _PREVIOUSLY.search(text, new.fig.end, old.fig.start)
            # "at the top end of its earlier range of EUR 460 million to EUR 500 million"
            or _EARLIER_NAMED.search(text, new.fig.end, old.fig.start)
        ):
            out.append((new, old, new.kind))  # "3–5 % (previously: 2–4 %)"
            paired |= {id(new), id(old)}
            continue
        if m is None:
            continue
        noun = (m["noun"] or "").lower()
        # "compared with the range of 2.0% to 4.0% disclosed previously on February 27"
        disclosed = _DISCLOSED_BEFORE.match(text, old.fig.end) is not None
        if (
            noun
            and noun not in lx.KIND_NOUNS
            and not (m["which"] and noun in _LEVEL_NOUNS)
            and not disclosed
        ):
            continue  # "from its previous range of ...": a stated level, whatever its noun
        said = (
            disclosed
            or bool(m["which"] or m["month"] or noun)
            or _HAD_STATED.match(text[old.fig.end :]) is not None
            or _SAID_BEFORE.match(text, old.fig.end) is not None  # "the £110m it forecast"
        )
        if said or _NOW.search(text[: new.fig.start]) or _CHANGE_WORD.search(text):
            out.append((new, old, new.kind))
            paired |= {id(new), id(old)}
    return out


# Figures labelled as the earlier and the revised statement of one thing, in prose: "Net
# sales: previous forecast 182,000 million yen; revised forecast 191,500 million yen".
_LABEL = re.compile(
    r"\b(?P<which>previous(?:ly)?|prior|original|initial|earlier|old|revised|new|updated"
    r"|current|latest)\s+(?P<noun>forecasts?|guidance|targets?|plans?|estimates?|outlook"
    r"|projections?|goals?|figures?|view)?\s*(?:was|is|of|at|:)?\s*(?:\(\w+\)\s*)?$",
    re.IGNORECASE,
)
_EARLIER_WORDS = frozenset("previous previously prior original initial earlier old".split())
_CHANGE_LABEL = re.compile(
    r"(?:^|[;:(,]\s*|\b(?:and|with)\s+)(?:the\s+)?(?:net\s+)?(?:change|difference|variance"
    r"|increase\s*\(decrease\)|increase|decrease)\s*(?:of|was|is|:)?\s*(?:\(\w+\)\s*)?$",
    re.IGNORECASE,
)


_ANNOUNCED_ON = re.compile(
    r"\b(?:announced|published|issued|released|disclosed)\s+(?:on\s+)?$", re.IGNORECASE
)
_PLAN_NOUN = re.compile(r"\b(?:forecasts?|guidance|outlook|targets?|plans?|projections?)\b", re.I)


def _note_announcement(text: str, times: list[TimeMention], ctx: Context) -> None:
    for t in times:
        if (
            t.day is not None
            and t.day < ctx.published
            and _ANNOUNCED_ON.search(text, max(0, t.start - 40), t.start)
            and _PLAN_NOUN.search(text)
        ):
            ctx.announced = t.day


_MONTH_OF_VIEW = re.compile(
    r"\b(?:its|the|their|our)\s+(?P<month>" + _MONTHS + r")\s+(?:guidance|forecasts?|targets?"
    r"|outlook|estimates?|projections?|views?|plans?)\b"
)


def _month_named(text: str, start: int, end: int, new_date: date) -> date | None:
    """ "compared with its August guidance of ...": the first day of the last August before
    the new figure's date."""
    m = _MONTH_OF_VIEW.search(text, start, end)
    if m is None:
        return None
    month = datetime.strptime(m["month"], "%B").month
    year = new_date.year if month < new_date.month else new_date.year - 1
    return date(year, month, 1)


def _labelled_revisions(
    text: str, slots: list[_Slot], paired: set[int]
) -> list[tuple[_Slot, _Slot, Kind]]:
    """(new, old, kind) for a figure labelled "revised forecast" and one labelled "previous
    forecast" of the same unit in one sentence: the earlier one is an earlier statement."""
    new = old = None
    noun = ""
    for sl in slots:
        if sl.skip or id(sl) in paired:
            continue
        # the label may end in the colon that opens the figure's stretch: "(previous forecast:"
        m = _LABEL.search(text, max(0, sl.left - 40), sl.fig.start)
        if m is None:
            continue
        noun = noun or (m["noun"] or "").lower()
        if m["which"].lower() in _EARLIER_WORDS:
            old = old or sl
        else:
            new = new or sl
    if new is None and old is not None:
        # "forecast at ¥41.5 billion (previous forecast: ¥35.0 billion)": the figure the
        # label comments on is the new one
        new = next(
            (
                o
                for o in reversed(slots[: slots.index(old)])
                if not o.skip and id(o) not in paired and o.fig.unit == old.fig.unit
            ),
            None,
        )
    if new is None or old is None or new.fig.unit != old.fig.unit:
        return []
    kind = lx.KIND_NOUNS.get(noun) or new.kind or Kind.FORECAST
    return [(new, old, kind)]


_KEYED = re.compile(r"\s*:\s*")
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
# A time after a comparison and the figure compared with: the figure's base period
_BASE_OF_FIGURE = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against|(?:up|down|rising|falling)\s+from)\s+"
    r"[^.;:()]*\d[^.;:()]*\b(?:in|for|of|during)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_POINTS = re.compile(
    r"\s*(?:percentage[\s-]points?|points?|pp|pts|bps|basis[\s-]points?)\b", re.IGNORECASE
)
_DIVIDEND = re.compile(r"\bdividends?\b", re.IGNORECASE)
_OPENED = re.compile(r"\b(?:opened|closed|added|shut|opening|closing)\s+(?:\w+\s+)?$", re.I)
_COMPARATIVE = re.compile(
    r"(?:\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst|\bfrom|\bthan)\s+"
    r"(?:[\w$€£¥-]+\s+){0,3}$",
    re.IGNORECASE,
)
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
_LEVEL_NOUNS = frozenset("range level figure number mark band".split())
_PREVIOUSLY = re.compile(
    r"\(\s*(?:previously|previous|prior|before|earlier|old|formerly)\s*:?\s*"
    r"(?:(?:c\.|ca\.|~|about|around|approximately)\s*)?$",
    re.IGNORECASE,
)
# "the EUR 5.3 billion we guided in March", "its forecast of 30 million announced on Jan. 10"
_SAID_WHEN = re.compile(
    r"^\s*(?:that\s+|which\s+|when\s+)?(?:(?:we|it|they|the\s+company|management|\w+)\s+)?"
    r"(?:had\s+)?(?:previously\s+)?(?:guided|announced|issued|gave|given|set|forecast|published"
    r"|predicted|projected|stated|targeted|expected|spoke|talked|reported|updated|disclosed"
    r"|provided|communicated)\s+(?:previously\s+)?(?:(?:back\s+)?(?:in|on)\s+)?$",
    re.IGNORECASE,
)


_PLUPERFECT_PLAN = re.compile(
    r"\bhad\s+(?:previously|earlier|originally|initially)\s+(?:guided|forecast|projected"
    r"|expected|targeted|predicted|estimated|promised|said|announced|set)\b",
    re.IGNORECASE,
)
# "... for 2025/26 in its Q3 statement of 12 March 2025", "... in March"
_STATEMENT_OF = re.compile(
    r"\b(?:in|with)\s+(?:its|their|the|our)\s+(?:[\w-]+\s+){0,3}?(?:statement|report|update"
    r"|release|announcement|results|call)\s+(?:of|on|in|from)\s+$|\b(?:in|on)\s+$",
    re.IGNORECASE,
)


def _day_named_after(text: str, sl: _Slot, times: list[TimeMention]) -> date | None:
    """The day (or month's first day) a statement after the figure names."""
    for t in times:
        if t.start < sl.fig.end or t.day is None or t.day >= sl.as_of:
            continue
        if _STATEMENT_OF.search(text, sl.fig.end, t.start):
            return t.day
    return None


# "2–4%, raised with the half-year report on", "1–3% given in the year-end report on": the
# occasion that set a figure, right after it, then its day
_SET_ON_OCCASION = re.compile(
    r"\s*,?\s*(?:(?:raised|lifted|increased|upgraded|lowered|cut|reduced|narrowed|widened"
    r"|downgraded|set|given|issued|published|announced|provided|introduced|first\s+given)\s+)?"
    r"(?:with|in|at)\s+(?:its|their|the|our)\s+(?:[\w-]+\s+){0,3}?(?:statement|report|update"
    r"|release|announcement|results|call|presentation)\s+(?:of|on|in|from)\s+$",
    re.IGNORECASE,
)
_FROM_THE = re.compile(
    r"\bfrom\s+(?:the|its|their|an?)?\s*(?:(?:earlier|previous|prior|original|initial)\s+)?$",
    re.IGNORECASE,
)


def _replaced_before(
    text: str, old: _Slot, slots: list[_Slot], pairs: list[tuple[_Slot, _Slot, Kind]]
) -> _Slot | None:
    """The figure a revision's old figure itself replaced, named after it with "from":
    "(previously 2–4%, raised ... on 17 July from the 1–3% given ...)"."""
    paired = {id(x) for p in pairs for x in p[:2]}
    after = [sl for sl in slots if sl.fig.start > old.fig.end]
    if not after or id(after[0]) in paired or after[0].fig.unit != old.fig.unit:
        return None
    nxt = after[0]
    between = text[old.fig.end : nxt.fig.start]
    if not _FROM_THE.search(between) or re.search(r"[;.]", between) or len(between) > 120:
        return None
    return nxt


# "operating profit was 26.9 billion yen, up 11.6% from 24.1 billion yen": the level a
# stated change was measured from
_RATE_FROM = re.compile(
    r"\b(?:up|down|rose|fell|increased|decreased|grew|declined|gained|dropped|climbed|higher"
    r"|lower|an?\s+(?:increase|decrease|rise|fall|decline|growth)\s+of)\s+(?:by\s+)?"
    r"(?:about\s+|around\s+)?[+\-−]?[\d.,]+\s?%\s+"
    # ("rose 5.5% to 4.62 million from": the level it rose to, then its base)
    r"(?:to\s+[$€£¥]?[\d.,]+(?:\s*(?:million|billion|thousand|bn|m))?\s+)?"
    r"(?:from|on|over|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SEQUENTIAL_CUE = re.compile(
    r"\b(?:sequential(?:ly)?|qoq|q/q|quarter[\s-]on[\s-]quarter|(?:previous|prior|preceding"
    r"|last)\s+(?:quarter|month|half))\b",
    re.IGNORECASE,
)


# "$17.6 million in the second", "from 14.35 cents in the second": an ordinal whose noun
# the sentence gave before ("in the first quarter", "in the third quarter")
_ELLIPTICAL = re.compile(
    r"\s+in\s+the\s+(?P<n>first|second|third|fourth)\b(?!\s*(?:-|quarter|half|nine|six|three"
    r"|nine-month|quarters|halves))",
    re.IGNORECASE,
)
_SET_BESIDE = re.compile(
    r"\b(?:and|from|versus|vs\.?|against|compared\s+with)\s+(?:about\s+)?[$€£¥]?$", re.IGNORECASE
)
_PART_NOUN = re.compile(r"\b(?P<noun>quarter|half)\b", re.IGNORECASE)


def _elliptical_periods(
    text: str, slots: list[_Slot], times: list[TimeMention], ctx: Context
) -> None:
    """A figure "in the second" is of the second part of the kind the sentence named before
    it ("After losses of $38.2 million in the first quarter and $17.6 million in the
    second"), in that part's year."""
    for sl in slots:
        m = _ELLIPTICAL.match(text, sl.fig.end)
        if (
            m is None
            or sl.skip
            or not _SET_BESIDE.search(text, max(0, sl.fig.start - 14), sl.fig.start)
        ):
            continue  # (only a figure set beside the one before: "and ...", "from ...")
        named = [t for t in times if t.end <= sl.fig.start and _PART_NOUN.search(t.text)]
        if not named:
            continue  # (no part named before it: the ordinal is read as it was)
        noun = _PART_NOUN.search(named[-1].text)["noun"].lower()  # type: ignore[index]
        phrase = f"the {m['n'].lower()} {noun}"
        found = find_times(phrase, ctx.published)
        cal = ctx.fiscal or CALENDAR
        period = (
            resolve_time(
                found[0], cal=cal, as_of=sl.as_of or ctx.published, kind=Kind.ACTUAL, anchor=None
            )
            if found
            else None
        )
        if period is None:
            sl.skip, sl.note = True, "an ordinal of no named part"
        else:
            sl.period = period


def _base_of_rate(text: str, slots: list[_Slot]) -> None:
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


def _earlier_date(text: str, old: _Slot, times: list[TimeMention], new_date: date) -> date | None:
    """The day an earlier figure was stated, when the text names it: that month's first day
    for a month ("in March"), else the day."""
    for t in times:
        if t.start < old.fig.end or t.day is None or t.day >= new_date:
            continue
        between = text[old.fig.end : t.start]
        if _SAID_WHEN.match(between) or _SET_ON_OCCASION.fullmatch(between):
            return t.day
    return None


_CHANGE_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(lx.CHANGE_VERBS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)


_TELLER = re.compile(
    r"\s*(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})(?:,[^,]{0,60},)?\s+(?:posted"
    r"|reported|said|announced|raised|cut|lowered|reaffirmed|forecast|expects|guided)\b"
)
_SAID_IT = re.compile(
    r"(?:^|[.;:]\s+)(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){1,3})\s+(?:said|says|reported"
    r"|announced|told\s+\w+)\s+(?:that\s+)?(?:it|its)\b"
)
_NAME_BEFORE_COMMA = re.compile(r"(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}),\s*$")
_RIVAL_OF = re.compile(
    r"['’]s\s+(?:(?:closest|nearest|biggest|largest|main|chief|key|smaller|larger|listed)\s+)?"
    r"(?:rival|competitor|peer|challenger)s?\b",
    re.IGNORECASE,
)


def _entity_of(
    text: str, sl: _Slot, mentions: list[tuple[int, int, str, str]], ctx: Context
) -> str:
    """The subject: the nearest company name before the figure, in its own stretch first."""
    f = sl.fig
    # "Ashby Living, Wrenfield's closest rival, reported ...": a company named in an
    # apposition that calls the subject its rival is not the subject
    teller = _TELLER.match(text)
    if (
        teller is not None
        and sl.metric is not None
        and sl.metric.name.startswith(teller["name"] + " ")
        and not ctx.names.mentions(teller["name"])
    ):
        # "Cobalt Home posted net sales of $1.2 billion": a company reporting its own
        # figure, named in the metric only because the reader took it for a part of ours
        return teller["name"]
    said = _SAID_IT.search(text, 0, f.start)
    if (
        said is not None
        and not ctx.names.mentions(said["name"])
        and not ctx.metrics.is_company(said["name"].split()[0])
        and said["name"].split()[0] not in lx.NOT_NAMES
        and not lx.PERSON_TITLES.search(text, max(0, said.start() - 30), said.start() + 1)
    ):
        # "Polar Trail said it sold 12,000 sleds": "it" is the company that said so
        return said["name"]
    rivals = [m for m in mentions if _RIVAL_OF.match(text, m[1])]
    for m in rivals:
        named = _NAME_BEFORE_COMMA.search(text, 0, m[0])
        if named is not None and named.end() <= f.start:
            return named["name"]  # the rival, a company the report does not report on
    mentions = [m for m in mentions if m not in rivals]
    own = [m for m in mentions if sl.left <= m[0] and m[1] <= f.start]
    before = [m for m in mentions if m[1] <= sl.left]
    after = [m for m in mentions if m[0] >= f.end]
    chosen = own[-1] if own else before[-1] if before else after[0] if after else None
    if chosen is None:
        return ctx.names.main.name
    name = chosen[2]
    # "Sony Group", "Sony Mobile Communications": longer names the report gives it
    sl.aliases = tuple(
        w
        for _, _, n, w in mentions
        if n == name
        and w != name
        and w.casefold().startswith(name.casefold() + " ")
        and len(w.split()) <= 4
    )
    return name


def _keyed_year(year: int, previous: list[_Slot]) -> Period | None:
    """ "Revenue for the year ended 31 August 2025 was £1,234.5m (2024: £1,180.2m)": a bare
    year labelling a comparative names the same span as the figure compared, in that year
    (a fiscal year, when the figure's is one), not the calendar year."""
    base = next(
        (p for p in reversed(previous) if not p.skip and p.period is not None and not p.keyed),
        None,
    )
    if base is None or base.period.days < 360 or base.period.start.month == 1:
        return None
    shift = year - base.period.end.year
    return Period(_years_on(base.period.start, shift), _years_on(base.period.end, shift))


def _years_on(day: date, years: int) -> date:
    """DAY moved by whole YEARS; a month's last day stays its month's last day."""
    last = monthrange(day.year, day.month)[1]
    target = day.year + years
    days = monthrange(target, day.month)[1]
    return date(target, day.month, days if day.day == last else min(day.day, days))


def _sentence_anchor(
    text: str,
    previous: list[_Slot],
    times: list[TimeMention],
    before: int,
    ctx: Context,
    cal: FiscalCalendar,
    sl: _Slot,
) -> Period | None:
    dated = [p for p in previous if p.period is not None and not p.skip and not p.cumulative]
    # "EUR 5.4 billion, against EUR 3.9 billion in the first quarter and EUR 4.6 billion a
    # year earlier": a year before the figure compared, not before another comparison's base
    subjects = [p for p in dated if not _BASE_BEFORE.search(text, p.left, p.fig.start)]
    if subjects and dated[-1] is not subjects[-1]:
        return subjects[-1].period
    if dated:
        return dated[-1].period
    for t in reversed([t for t in times if t.end <= before and t.mode == "absolute"]):
        resolved = resolve_time(
            t, cal=cal, as_of=sl.as_of or ctx.published, kind=Kind.ACTUAL, anchor=None
        )
        if resolved is not None and resolved.months in (3, 6, 12):
            return resolved
    return ctx.anchor


def _pick_time(
    options: list[TimeMention], f: Figure, cal: FiscalCalendar, sl: _Slot, anchor: Period | None
) -> Period | None:
    if not options:
        return None
    rank = {
        "absolute": 0,
        "to-date": 0,
        "part": 0,
        "half": 1,
        "year": 1,
        "deictic": 1,
        "anaphoric": 1,
        "quarter": 2,
        "month": 3,
    }

    def distance(t: TimeMention) -> int:
        return f.start - t.end if t.end <= f.start else t.start - f.end

    for t in sorted(options, key=lambda t: (rank.get(t.mode, 4), distance(t))):
        p = resolve_time(
            t, cal=cal, as_of=sl.as_of or date.today(), kind=sl.kind or Kind.ACTUAL, anchor=anchor
        )
        if p is not None:
            return p
    return None


# "A were $566 million and B $135 million, compared with $559 million and $125 million,
# respectively, in the quarter a year before": the second list is the first's, for another
# period
_COMPARED_LIST = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_BY_PART = re.compile(r"^\W*by\s+(?P<noun>[a-z]+)\s*,", re.IGNORECASE)


def _respectively(text: str, slots: list[_Slot], times: list[TimeMention], ctx: Context) -> None:
    """Pair the figures of a "compared with X and Y, respectively" list with the figures
    stated before it, in order: each takes its partner's metric and the period the
    comparison names; the figures before it keep the period talked about (they state no
    period of their own), and one named by the company itself in a list of its parts is
    the part of that name ("By banner, Wrenfield net sales were ...")."""
    said = _RESPECTIVELY.search(text)
    compared = _COMPARED_LIST.search(text)
    if said is None or compared is None or compared.start() > said.start():
        return
    firsts = [sl for sl in slots if sl.fig.end <= compared.start() and not sl.skip]
    seconds = [sl for sl in slots if compared.end() <= sl.fig.start < said.start()]
    if len(firsts) < 2 or len(firsts) != len(seconds):
        return
    if any(
        a.fig.unit != b.fig.unit or a.metric is None for a, b in zip(firsts, seconds, strict=True)
    ):
        return
    own = [t for t in times if t.end <= compared.start() and t.mode != "day"]
    if not own and ctx.anchor is None:
        for sl in (*firsts, *seconds):
            sl.skip, sl.note = True, "a listed figure with no period"
        return
    base = next((b.period for b in seconds if b.period is not None), None)
    by = _BY_PART.match(text)
    for a, b in zip(firsts, seconds, strict=True):
        parts = [o for o in firsts if o.metric and o.metric.name != a.metric.name]
        if by is not None and any(o.metric.name.endswith(a.metric.name) for o in parts):
            # "By banner, Wrenfield net sales were ...": the company's name as one part
            name = _company_named(text[a.subject : a.fig.start], ctx)
            if name is None:
                a.skip = b.skip = True
                a.note = b.note = "a part named like the company"
                continue
            a.metric = named_part(a.metric, f"{name} {by['noun'].lower()}")
            a.part = True
        if not own:
            a.period = ctx.anchor
        b.metric, b.part, b.skip = a.metric, a.part, False
        b.kind, b.entity = a.kind, a.entity
        b.period = base if base is not None else b.period
        if b.period is None or a.period is None or b.period == a.period:
            a.skip = b.skip = True
            a.note = b.note = "a listed figure with no period of its own"


def _over_bars(text: str, slots: list[_Slot]) -> None:
    """Counts of customers over a bar ("1,140 customers with ARR of $100,000 or more, up
    from 962 a year ago"): each count of that noun in the sentence is named by the bar."""
    bars = [b for sl in slots if (b := bar_of(text, sl.fig)) is not None]
    if not bars:
        return
    named = {}
    for sl in slots:
        if not sl.skip and sl.metric is not None and sl.fig.unit == "units":
            name = counted_over(text, sl.fig, bars)
            if name is not None:
                named[sl.metric.name] = name
    for sl in slots:
        if sl.skip or sl.metric is None or sl.metric.name not in named:
            continue
        name = named[sl.metric.name]
        bar = name.rsplit(" ", 1)[-1]
        short = compact(bar)
        noun = name.split()[0]
        phrase = f"{noun} over {short}" if short else name
        sl.metric = Metric(name, "units", None, (), phrase)


def _company_named(words: str, ctx: Context) -> str | None:
    """The company's name as written in WORDS ("Wrenfield net sales were"), or None."""
    for w in re.findall(r"[A-Z][\w&'’-]*", words):
        if ctx.metrics.is_company(w):
            return re.sub(r"['’]s$", "", w)
    return None


_AND_EARLIER = re.compile(
    r"[^.;\d]{0,60}?\band\s+(?:(?:around|about|approximately|roughly|c\.|some)\s*)?",
    re.IGNORECASE,
)
_IT_SAID = re.compile(
    r"\s*(?:that\s+|which\s+)?(?:it|we|they|the\s+company|management)\s+(?:had\s+)?"
    r"[a-z]+\s+(?:(?:in|on)\s+)?",
    re.IGNORECASE,
)


def _dates_figure_before(text: str, t: TimeMention, slots: list[_Slot]) -> bool:
    """Is T the date of a relative clause about the figure just before it ("the $3.0
    billion it forecast in September")?"""
    before = [sl for sl in slots if sl.fig.end <= t.start]
    return bool(before) and _IT_SAID.fullmatch(text, before[-1].fig.end, t.start) is not None


def _statement_date(
    text: str, times: list[TimeMention], published: date
) -> tuple[date, TimeMention] | None:
    """ "In February, Sony lowered ...", "On Jan. 30 the company said ...": when it was said."""
    for t in times:
        if not t.is_date or t.day is None or t.day > published:
            continue
        lead = text[: t.start].strip()
        after = text[t.end : t.end + 60]
        leading = not lead or (
            re.fullmatch(r"(?:[\w’'-]+\s*){0,3}", lead) is not None and t.start < 25
        )
        attached = re.search(
            r"(?:said|announced|lowered|raised|cut|revised|reported|forecast|warned"
            r"|told|trimmed|lifted|slashed|updated|set)\s+(?:on\s+|in\s+)?$",
            text[: t.start],
            re.IGNORECASE,
        )
        if attached and _RELATIVE_STATED.search(text, 0, t.start):
            # "inside the 480-520 koz range it set in January": the day an earlier figure was
            # set (`_earlier_date`), never the day of the sentence's own statement
            attached = None
        # "When we reported our results on 21 August, we set a target of ...": a clause
        # dating the occasion, then the statement
        occasion = _OCCASION.fullmatch(lead + " ") is not None and _STATEMENT_VERB.search(
            text, t.end, t.end + 60
        )
        if (leading and _STATEMENT_VERB.search(after + text[t.end :])) or attached or occasion:
            return t.day, t
    return None


# a reduced relative clause after a noun: "the range it set in", "the forecast we gave on"
_RELATIVE_STATED = re.compile(
    r"\b(?!(?:and|but|as|when|after|before|because|since|so|then|while|said|says|that)\b)"
    r"[a-z]+\s+(?:that\s+|which\s+)?(?:it|we|they|the\s+company)\s+(?:had\s+)?[a-z]+\s+"
    r"(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
_OCCASION = re.compile(
    r"(?:when|as|at\s+the\s+time)\s+(?:we|it|the\s+company|management|the\s+board)\s+"
    r"[^,;.]{0,60}?\b(?:on|in)\s+",
    re.IGNORECASE,
)


_ALONE = re.compile(r"\balone\b", re.IGNORECASE)
# a sentence that opens on a part of a year: "In the fourth quarter (...), revenue was ..."
_ASIDE_PART = re.compile(
    r"\s*(?:In|During|For)\s+the\s+(?:first|second|third|fourth|final|last)\s+"
    r"(?:quarter|half|three\s+months)\b"
)
_SPAN_NAMED = re.compile(r"\b(?:weeks?|months?)\s+(?:to|ended|ending|through)\b", re.I)


def _update_anchor(
    ctx: Context, times: list[TimeMention], s: Sentence, slots: list[_Slot] | None = None
) -> None:
    """The period a following "same period last year" counts from."""
    if slots:
        for sl in slots:
            if (
                ctx.anchor is not None
                and sl.period is not None
                and ctx.anchor.start <= sl.period.start <= sl.period.end <= ctx.anchor.end
                and (
                    _ALONE.search(s.text)
                    # "Revenue for fiscal 2025 was ... In the fourth quarter (August through
                    # October) revenue was ...": a part of the year the paragraph is about,
                    # singled out in passing; the paragraph goes on about the year
                    or (
                        _ASIDE_PART.match(s.text)
                        and ctx.anchor.months == 12
                        and ctx.anchor_paragraph == s.paragraph
                        and sl.period.months < 12
                    )
                )
            ):
                return  # "The fourth quarter alone brought in ...": a part of the year
            if (
                sl.period is not None
                and sl.kind is Kind.ACTUAL
                and sl.period.days > 1
                and not sl.cumulative
                and not sl.keyed
            ):
                ctx.anchor = sl.period  # any span stated: "the nine weeks to 4 January" too
                ctx.anchor_paragraph = s.paragraph
                return
        if all(sl.kind in (Kind.TARGET, Kind.FORECAST) for sl in slots):
            # "it now expects full-year profit of about £142 million": a plan for another
            # period; the text goes on about the one it was talking about
            return
    cal = ctx.names.main.calendar
    for mode in ("quarter", "absolute") if s.role == "heading" else ("absolute", "quarter"):
        for t in times:
            keyed = _KEYED.match(s.text, t.end)
            if keyed is not None and not s.text[keyed.end() :].strip():
                keyed = None  # "Highlights of the first half (26 weeks to 31 August):" heads a list
            if _BASE_OF_FIGURE.search(s.text, max(0, t.start - 80), t.start):
                continue  # "..., compared with 786 million in 1H FY24": the base, not the topic
            if t.mode == mode and keyed is None:  # "(fiscal 2023: 19.8p)" labels one figure
                p = resolve_time(t, cal=cal, as_of=ctx.published, kind=Kind.ACTUAL, anchor=None)
                # a quarter, half or year; or a span the text counts itself ("the 18 weeks
                # to 4 January"), which later sentences call "the 18 weeks" or "the period"
                if p is not None and (
                    p.months in (3, 6, 12)
                    or (
                        t.mode == "absolute"
                        and t.text[:1].isalpha()
                        and _SPAN_NAMED.search(t.text)
                        and p.days > 7
                    )
                ):
                    ctx.anchor = p
                    ctx.anchor_paragraph = s.paragraph
                    return


def _region(
    text: str,
    named: list[reporting.RegionMention],
    sl: _Slot,
    mentions: list[tuple[int, int, str, str]],
) -> str | None:
    """The region a figure is about, named in its own clause: "its goal for the U.S. is
    2.44 million vehicles", "2.82 million in North America". The whole company ("worldwide",
    "global") is no region; nor is a region inside a company's name."""
    found = [
        r
        for r in named
        if sl.left <= r.start
        and r.end <= max(sl.right, sl.fig.end)
        and not any(s <= r.start < e for s, e, _, _ in mentions)
    ]
    if not found:
        # "Sales in China, the company's biggest market, came to 168,400": the subject's
        found = [
            r
            for r in named
            if sl.subject <= r.start
            and r.end <= sl.fig.start
            and not any(s <= r.start < e for s, e, _, _ in mentions)
        ]
    # "Central America and the Caribbean", "Latin America South": a longer name of a place
    # or segment, never the region its last word alone would name
    found = [
        r
        for r in found
        if not re.search(
            r"\b(?:Central|South|North|East|West|Latin)\s+$", text[max(0, r.start - 9) : r.start]
        )
        and not re.match(r"\s+(?:South|North|East|West|Central)\b", text[r.end :])
    ]
    # "South Korea's Hanbit Chemical": the company's home, not where the figure is from;
    # "Swiss francs": a currency's nation, not the figure's region
    found = [
        r
        for r in found
        if not _CURRENCY_AFTER.match(text, r.end)
        and not (
            re.match(r"['’]s\s", text[r.end : r.end + 3])
            and any(s == r.end + 3 for s, _, _, _ in mentions)
        )
    ]
    labels = {r.region.label for r in found if not r.region.whole}
    if len(labels) != 1 or any(r.region.whole for r in found):
        return None  # none, or several: the clause does not say which one
    return labels.pop()


# "Toulouse, France, 12 January 2026 — ", "MILWAUKEE, March 12, 2025 -- ": where the report
# was filed, not a region of its figures
_DATELINE = re.compile(
    r"^\s*[A-Z][\w.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,40}){0,2},\s*"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)"
    r"\s*(?:[—–]|--|-\s)\s*"
)
_CURRENCY_AFTER = re.compile(
    # "US$", "A$", "HK$": a dollar sign glued to a country's letters is that country's dollar
    r"\$|\s*(?:francs?|dollars?|crowns?|kron(?:or|er|a|e)|pounds?|yen|yuan|won|rupees?|pesos?"
    r"|euros?|rand|reais|lira|zlot(?:y|ys))\b",
    re.IGNORECASE,
)


def _with_region(metric: str, region: str | None) -> str:
    def bare(name: str) -> str:  # "U.S." and "U.S" and "US" are one region
        return re.sub(r"[.\s]", "", name).casefold()

    if region is None or bare(region) in bare(metric):
        return metric
    return f"{region} {metric}"


_YEAR_EARLIER = re.compile(r"\s+(?:a|one)\s+year\s+(?:earlier|before|ago)\b", re.IGNORECASE)


def _same_day_year_before(day: date) -> date:
    """31 December 2025 -> 31 December 2024; 29 February -> 28 February."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def _moment(text: str, times: list[TimeMention], sl: _Slot, period: Period | None) -> Period | None:
    """A backlog is counted on a day: the day the sentence names ("at 31 December 2025"),
    else the last day of the period it names ("at the end of 2024")."""
    days = [
        t
        for t in times
        if t.mode == "day"
        and t.day is not None
        and _AT_DAY.search(text, max(0, t.start - 20), t.start)
        and (sl.as_of is None or t.day <= sl.as_of)
    ]
    own = [t for t in days if sl.left <= t.start < max(sl.right, sl.fig.end + 1)]
    if own:
        days = own  # "up from 11.85 billion at the end of the year on April 30": its own day
    if days:
        near = min(days, key=lambda t: abs(t.start - sl.fig.start))
        return Period(near.day, near.day)  # type: ignore[arg-type]
    if sl.as_of is not None and _NOW_WORD.search(
        text, clause_start(text, sl.fig.start), sl.fig.start
    ):
        return Period(sl.as_of, sl.as_of)  # "members, who now number 21 million": today's
    return Period(period.end, period.end) if period is not None else None


@functools.cache
def _region_words() -> frozenset[str]:
    """Every word of every region phrase, lower case: a sentence with none names no region."""
    return frozenset(
        w.lower().strip(".")
        for r in reporting.regions()
        for phrase in r.words
        for w in re.split(r"[\s-]+", phrase)
        if w
    )


def _may_name_region(text: str) -> bool:
    words = _region_words()
    return any(w.lower().strip(".") in words for w in re.findall(r"[\w.]+", text))
