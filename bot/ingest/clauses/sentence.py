"""One sentence -> proposals: each figure gets its own clause (the stretch between clause
breaks), and its roles are read nearest first: metric, kind, period, entity, statement date;
a "to X from Y" revision pairs two figures."""

from __future__ import annotations

import itertools
import logging
import re
from calendar import monthrange
from dataclasses import replace
from datetime import date

from bot.facts import reporting
from bot.facts.model import Kind, Period
from bot.ingest import comparatives
from bot.ingest import lexicon as lx
from bot.ingest.after_cue import after_as_versus
from bot.ingest.breakdowns import Breakdown, breakdown, list_note
from bot.ingest.breaks import clause_start
from bot.ingest.capitals import uncapped
from bot.ingest.clauses.bases import span_year_before
from bot.ingest.clauses.benchmarks import plans_set_against
from bot.ingest.clauses.capacity import unnamed_capacities
from bot.ingest.clauses.changes import TO_LEVEL, change_amounts, levels_reached
from bot.ingest.clauses.context import Context, Slot
from bot.ingest.clauses.dated_bases import bases_on_their_days
from bot.ingest.clauses.elided import elided_parts
from bot.ingest.clauses.joined_measures import joined_measures, joined_periods
from bot.ingest.clauses.kinds import first_issued
from bot.ingest.clauses.level_parts import level_parts
from bot.ingest.clauses.lists import over_bars, read_respectively
from bot.ingest.clauses.measures import (
    loss_below_zero,
    lower_first,
    product_name,
    said_once,
    timeless,
)
from bot.ingest.clauses.other_times import frames_nothing
from bot.ingest.clauses.pairing import date_earlier_statements, pair_revisions
from bot.ingest.clauses.parts import (
    BASE_BEFORE,
    counted_apart,
    name_product_lines,
    parts_of_them,
)
from bot.ingest.clauses.periods import (
    KEYED,
    elliptical_periods,
    labelled_forward,
    statement_date,
)
from bot.ingest.clauses.rates import base_of_rate, rate_basis
from bot.ingest.clauses.reached_totals import reached_totals
from bot.ingest.clauses.regions import may_name_region, region_named, with_region
from bot.ingest.clauses.revisions import (
    note_announcement,
    revision_pair,
)
from bot.ingest.clauses.roles import read_roles
from bot.ingest.clauses.stretches import stretches, unapposed, without_originals
from bot.ingest.clauses.sub_spans import figures_of_part_spans
from bot.ingest.clauses.topic import back_to_the_year, update_anchor
from bot.ingest.clauses.when import read_when
from bot.ingest.clauses.which_parts import which_parts
from bot.ingest.conversions import RATE_PHRASE
from bot.ingest.countries import countries_in
from bot.ingest.day_words import as_of_for_as_on
from bot.ingest.figures import Figure, find_figures, in_currency
from bot.ingest.layout import FIGURE_WORDS, Sentence
from bot.ingest.local_signs import resolved
from bot.ingest.metric_names import Metric, is_name, named_part
from bot.ingest.model import Proposal
from bot.ingest.question_labels import label_end
from bot.ingest.seasons import seasons_named
from bot.ingest.signs import signed_currency
from bot.ingest.speakers import unlabelled
from bot.ingest.tables.cells import NOTE_TEXT
from bot.ingest.tables.placement import unit_note
from bot.ingest.timing import TimeMention, find_times

_log = logging.getLogger(__name__)
_MONTHS_TOKEN = re.compile(r"[1-9]M")  # "9M 2025": the first nine months, no 9 million
_CHANGE_AFTER_LEVEL = re.compile(
    r"\s*(?:[a-z]+\s*){0,2}?,?\s*(?:(?:a|an)\s+)?(?:growth|increase|rise|decline|decrease|fall"
    r"|drop|gain|plus)\s+of\s+|\s*(?:[a-z]+\s*){0,2}?,?\s*(?:up|down)\s+",
    re.IGNORECASE,
)


_TIME_HINT = re.compile(
    r"\d|quarter|\bqtr|year|\bhalf|month|fiscal|\bFY|\bQ[1-4]|week|season|period|ago|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec",
    re.IGNORECASE,
)
_FIGURE_HINT = re.compile(FIGURE_WORDS, re.IGNORECASE)


# a plus or minus written before a count ("+50K", "−1,200"): the change, never the count
_SIGN_BEFORE = re.compile(r"(?:^|[\s(])[+−]$|(?:^|[\s(])-$")


def _signed_count(text: str, fig: Figure) -> bool:
    """FIG is a count written with its sign, or its text opens with one."""
    if fig.unit != "units":
        return False
    return fig.text.lstrip()[:1] in "+−" or bool(
        _SIGN_BEFORE.search(text[max(0, fig.start - 2) : fig.start])
    )


# a verb of change right before an amount ("increased $32.5 million", "was down 1,200
# units", "fell by about EUR 4m"): the amount is what changed, never the level reached
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|risen|increased|grew|grown|climbed|jumped|gained|fell|fallen|declined|decreased"
    r"|dropped|slipped|(?:was|were|is|are)\s+(?:up|down))\s+(?:by\s+)?"
    r"(?:(?:about|around|nearly|some|roughly|almost|approximately|over|more\s+than)\s+)?$",
    re.IGNORECASE,
)


_AVERAGE = re.compile(r"\b(?:avg\b\.?|average)", re.IGNORECASE)
# "Avg fleet 81,400", "Average daily traffic across the network was": what the average is
# of, the words after it up to the first word of another kind
_NOT_NAMING = r"(?:of|was|were|is|are|the|in|at|for|across|on|per|over|to|from|and|rose|fell)\b"
_AVERAGE_OF = re.compile(
    rf"\b(?:avg\b\.?|average)\s+(?!{_NOT_NAMING})"
    rf"(?P<what>[A-Za-z][\w-]*(?:\s+(?!{_NOT_NAMING})[A-Za-z][\w-]*){{0,3}})",
    re.IGNORECASE,
)


def _averaged(text: str, sl: Slot) -> bool:
    """SL is a count its clause calls an average, under the name of a flow sold."""
    if sl.fig.unit != "units" or sl.metric is None or not sl.metric.name.endswith(" sold"):
        return False
    return _AVERAGE.search(text, sl.left, sl.fig.start) is not None


def _changed_by(text: str, sl: Slot) -> bool:
    """SL's amount (no rate) is the size of a change its verb states."""
    if sl.fig.unit == "percent":
        return False
    return _CHANGE_BEFORE.search(text, 0, sl.fig.start) is not None


def read_sentence(s: Sentence, ctx: Context) -> list[Proposal]:
    text = without_originals(
        unapposed(uncapped(unlabelled(after_as_versus(as_of_for_as_on(s.text)))))
    )  # ("ACME FY SALES ...": read as written small; "CFO NAME (CFO):" who speaks, blank)
    # cheap checks first: most sentences of a long report state no figure
    figs = find_figures(text) if _FIGURE_HINT.search(text) else []
    times = find_times(text, ctx.published) if _TIME_HINT.search(text) else []
    times = seasons_named(text, times, ctx.seasons)  # "the 2023-24 season": its months
    if ctx.questions and (label := label_end(text)):
        # "Q4 (user ...):" numbers a question, no quarter; what a question says ("a
        # consultancy says your share is 41%") is the asker's, never the company's figure
        times = [t for t in times if t.start >= label]
        figs = []
    ctx.metrics.learn_short_forms(text)  # "gross gaming revenue (GGR)": GGR, from now on
    figs, bracketed = _sentence_figures(text, times, figs, ctx)
    note_announcement(text, times, ctx)
    back_to_the_year(ctx, s.paragraph)
    if not figs:
        update_anchor(ctx, times, s)
        ctx.last_name = product_name(text, ctx)
        ctx.last_figure = None
        return []
    stated = statement_date(text, times, ctx.published)
    spans = [(t.start, t.end) for t in times]
    slots = [Slot(f, a, b) for f, (a, b) in zip(figs, stretches(text, figs, spans), strict=True)]
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
        read_roles(s, text, times, slots, i, sl, listing, first_pair, ctx)
    _plans_for_a_part(text, slots, ctx)
    unnamed_capacities(text, slots)  # "handling capacity stood at 16.5 million TEUs"
    figures_of_part_spans(text, slots, times)  # "The 53rd week contributed 11.2 million parcels"
    _parts_by_their_names(text, slots, ctx)
    elided_parts(text, slots, ctx)  # "... of revenue in the year and Wholesale $788.6 million"
    joined = joined_measures(text, slots, ctx)  # "fell to 2.4% and the write-off ratio to 0.9%"
    pairs, labelled = pair_revisions(text, slots, pairs)
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
        read_when(s, text, times, stated, slots, i, sl, pairs, partner, mentions, keyed, ctx)
    joined_periods(joined)  # "... to 2.07 per cent and the net ratio to 0.63 per cent as on ..."
    _said_after(text, times, slots, ctx)  # "$1,215 million ..., provided on September 3"
    labelled_forward(text, times, slots, ctx)  # "£186.4m (2024: £171.0m)"
    _list_period(text, times, slots, listing)  # "... by model in September: 17,902 X9, ..."
    plans_set_against(text, times, slots, ctx.published)  # "above its guidance of ..."
    read_respectively(text, slots, times, ctx)
    elliptical_periods(text, slots, times, ctx)
    bases_on_their_days(text, times, slots)  # "..., against 811 stores at December 29, 2024"
    levels_reached(text, slots)  # "up 5.9% in the quarter to $27.5 billion"
    reached_totals(text, times, slots, ctx)  # "..., bringing the nine-month total to 228.7m"
    base_of_rate(text, slots)
    date_earlier_statements(text, times, stated, slots, pairs, labelled, ctx)
    update_anchor(ctx, times, s, [sl for sl in slots if not sl.skip])
    ctx.last_name = product_name(text, ctx)
    regions = _regions(text, slots, pairs, mentions)
    counted_apart(text, slots, {id(x) for p in pairs for x in p[:2]})
    over_bars(text, slots)
    change_amounts(text, slots)
    parts_of_them(text, slots, ctx)
    which_parts(text, slots, ctx)  # "..., of which mills EUR 4.1bn and bakeries EUR 2.3bn"
    level_parts(text, slots)  # "203 stores at the end of June — 61 hypermarkets and 142 ..."
    name_product_lines(slots)
    _remember_for_next(text, slots, ctx)
    _unstated_starts(text, times, slots)
    out = _proposals(s, text, slots, regions, bracketed, ctx)
    return first_issued(text, times, _named_alike(out, slots, pairs), ctx.published)


_MONTH_NAMES = {
    m: n
    for n, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for m in names
}  # fmt: skip
# "101,493 vehicles (July 31,870; August 33,415; September 36,208)": a total and its months
_MONTHS_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}\s*\((?P<pairs>\s*[A-Z][a-z]{2,8}\.?\s+\d[\d,]*"
    r"(?:\s*[;/,]\s*[A-Z][a-z]{2,8}\.?\s+\d[\d,]*)+)\s*\)"
)
_PAIR = re.compile(r"(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<n>\d[\d,]*)")


def _month_split(text: str, sl: Slot, whole: Proposal) -> list[Proposal]:
    """The months a count is split into in brackets right after it, each its own figure of
    the same measure: "Q4 2025 deliveries: 108,400 (Oct 35,010 / Nov 36,285 / Dec 37,105)".
    Only months inside the count's period, in its own plain numbers, adding up to it."""
    m = _MONTHS_AFTER.match(text, sl.fig.end)
    if m is None or whole.unit != "units" or not re.fullmatch(r"[\d,]+", sl.fig.text.strip()):
        return []
    out = []
    for pair in _PAIR.finditer(m["pairs"]):
        month = _MONTH_NAMES.get(pair["month"].lower())
        if month is None:
            return []
        year = (
            whole.period.start.year if month >= whole.period.start.month else whole.period.end.year
        )
        first = date(year, month, 1)
        period = Period(first, date(year, month, monthrange(year, month)[1]))
        if not (whole.period.start <= period.start and period.end <= whole.period.end):
            return []
        out.append(replace(whole, period=period, value=float(pair["n"].replace(",", ""))))
    if abs(sum(p.value for p in out) - whole.value) > 0.01 * whole.value:
        return []  # (months that do not add up to the count are no split of it)
    return out


# "$1,215 million to $1,220 million provided on September 3, 2025": when it was stated
_SAID_AFTER = re.compile(
    r"\s*,?\s*(?:(?:as\s+)?(?:provided|given|issued|announced|published|stated|set)\s+(?:on|in)"
    r"|(?:as\s+)?of\s+the\s+(?:outlook|guidance|forecast)\s+(?:of|on|from|issued\s+on))\s+$",
    re.IGNORECASE,
)


def _said_after(text: str, times: list[TimeMention], slots: list[Slot], ctx: Context) -> None:
    """A plan's figure followed by the day it was given ("..., $1,200 million to $1,210
    million provided on June 4, 2025") was stated that day, not on the report's."""
    for sl in slots:
        if sl.skip or sl.kind in (None, Kind.ACTUAL):
            continue
        said = next(
            (
                t
                for t in times
                if t.start >= sl.fig.end
                and t.is_date
                and t.day is not None
                and t.day < ctx.published
                and _SAID_AFTER.fullmatch(text, sl.fig.end, t.start)
            ),
            None,
        )
        if said is not None:
            sl.as_of = said.day


def _list_period(
    text: str, times: list[TimeMention], slots: list[Slot], listing: Breakdown | None
) -> None:
    """ "Deliveries by model in September: 17,902 X9 SUVs, 11,450 S7 sedans and ...": the
    time the list's lead-in names is every item's, not only the first one's."""
    if listing is None:
        return
    colon = text.find(":", listing.whole_end)
    lead = [t for t in times if listing.whole_start <= t.start and colon >= 0 and t.end <= colon]
    if len(lead) != 1:
        return
    listed = [sl for sl in slots if sl.fig.start in listing.items]
    dated = {sl.period for sl in listed if sl.period is not None and not sl.skip}
    if len(dated) != 1:
        return
    period = next(iter(dated))
    for sl in listed:
        if sl.skip and sl.note == "no period" and sl.metric is not None and sl.entity:
            sl.period, sl.skip, sl.note = period, False, ""


# "raised its ambition for Lunavix to CHF 6 billion": a plan for one product or segment
_PLAN_FOR = re.compile(
    r"\b(?:ambitions?|targets?|goals?|guidance|forecasts?|outlook|plans?|objectives?)\s+for\s+"
    r"(?:(?:the|its|our)\s+)?(?P<name>[A-Z][\w&+-]*(?:\s+[A-Z][\w&+-]*){0,3})\b"
)


def _plans_for_a_part(text: str, slots: list[Slot], ctx: Context) -> None:
    """A plan named for a part ("its ambition for Lunavix to CHF 6 billion of sales") is
    that part's measure, never the company's: named for it (its other figures, "up from the
    CHF 5 billion it had set out", follow it as revisions do)."""
    for sl in slots:
        if sl.skip or sl.metric is None or sl.fig.unit in ("units", "percent") or sl.part:
            continue
        m = next(iter(reversed(list(_PLAN_FOR.finditer(text, 0, sl.fig.start)))), None)
        if m is None or clause_start(text, sl.fig.start) > m.start():
            continue
        name = m["name"]
        if (
            name.split()[0] in lx.NOT_NAMES
            or ctx.names.mentions(name)
            or reporting.regions_in(name)
            or find_times(name, ctx.published)
            or not is_name(name)  # ("forecasts for FY3/26": a year's name, cut at its slash)
            or name in sl.metric.name
        ):
            continue
        sl.metric, sl.part = named_part(sl.metric, name), True


# "Packaging Boards (KPB) held up best", "Wood Products (KWP) slipped into the red": a part
# named with its initials, opening the sentence
_GLOSSED_PART = re.compile(
    r"^\W*(?P<name>[A-Z][\w&-]*(?:\s+(?:&\s+)?[A-Z][\w&-]*){0,3})\s+\((?P<short>[A-Z][A-Za-z&]{1,5})\)"
)
# "the division posted a loss of ...": a part the sentence refers back to
_THE_PART = re.compile(
    r"\b(?:the|this|that)\s+(?:division|segment|unit|business|arm)\b", re.IGNORECASE
)


_WHOLE_AGAIN = re.compile(
    r"\b(?:group|total|overall|consolidated|combined|company|whole|while|whereas)\b", re.I
)


def _parts_by_their_names(text: str, slots: list[Slot], ctx: Context) -> None:
    """A sentence about one part of the company, named with its initials at its start
    ("Packaging Boards (KPB) held up best, with third-quarter sales of EUR 846 million";
    "Wood Products (KWP) slipped into the red: the division posted a loss ..."): its
    figures are that part's, never the whole company's. A figure of "the division" with
    no part named is left out."""
    named = _GLOSSED_PART.match(text)
    if named is not None and (
        ctx.names.mentions(named["name"]) or reporting.regions_in(named["name"])
    ):
        named = None
    for sl in slots:
        if sl.skip or sl.metric is None or sl.part or sl.fig.unit == "percent":
            continue
        if (
            named is not None
            and named["name"].lower() not in sl.metric.name.lower()
            # ("..., while group revenue rose to EUR 1.2 billion": the whole's, named so)
            and not _WHOLE_AGAIN.search(text, named.end(), sl.fig.start)
        ):
            name = f"{named['name']} {sl.metric.name}"
            sl.metric, sl.part = Metric(name, sl.metric.family, None, (), name), True
        elif named is None and _THE_PART.search(
            text, clause_start(text, sl.fig.start), sl.fig.start
        ):
            sl.skip, sl.note = True, "a part the sentence does not name"


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:about|around|roughly)\s+)?$", re.IGNORECASE)
# a level that moved by itself ("improved to"), never one the company set ("raised its
# budget to X from Y": a revision, read as one)
_MOVED_TO = re.compile(
    r"\b(?:improved|rose|fell|grew|increased|decreased|declined|climbed|dropped|slipped|jumped"
    r"|edged\s+(?:up|down)|widened|narrowed|eased)\s+to\s+(?:(?:about|around|roughly)\s+)?$",
    re.IGNORECASE,
)


def _unstated_starts(text: str, times: list[TimeMention], slots: list[Slot]) -> None:
    """ "The load factor improved to 79.4% from 78.2%.": the level it started from is of a
    period the sentence does not say, never the period of the level it reached (which would
    lose both to two figures for one thing). Reports say so of the same span a year before,
    as a comparison's base with no time of its own is read elsewhere."""
    for i, b in enumerate(slots):
        if b.skip or b.period is None or not _FROM_BEFORE.search(text, b.left, b.fig.start):
            continue
        if any(b.left <= t.start < max(b.right, b.fig.end + 1) for t in times):
            continue  # "from 6.05% a year earlier", "from 715 in the second quarter"
        a = next((o for o in reversed(slots[:i]) if not o.skip and o.metric is not None), None)
        if (
            a is not None
            and b.metric is not None
            and _MOVED_TO.search(text, max(0, a.fig.start - 40), a.fig.start)
            and a.metric.name == b.metric.name
            and a.period == b.period
            and a.kind == b.kind == Kind.ACTUAL
            and a.value != b.value
        ):
            b.period = span_year_before(a.period)


def _named_alike(
    out: list[Proposal], slots: list[Slot], pairs: list[tuple[Slot, Slot, Kind]]
) -> list[Proposal]:
    """A replaced figure under the name of the one replacing it: "growth now 10% to 12% at
    CER (previously 8% to 10%)" is one measure at constant currency, both figures."""
    read = [sl for sl in slots if not sl.skip and sl.metric and sl.period and sl.entity]
    if len(read) != len(out):
        return out
    name = {id(sl): p.metric for sl, p in zip(read, out, strict=True)}
    renamed = {id(o): name[id(n)] for n, o, _ in pairs if id(n) in name and id(o) in name}
    return [
        replace(p, metric=renamed[id(sl)]) if id(sl) in renamed else p
        for sl, p in zip(read, out, strict=True)
    ]


# a name that is only what a rate is counted per: no measure of its own
_RATE_NAME = re.compile(r"per\s", re.IGNORECASE)
_CORRESPONDS = re.compile(
    r"\b(?:corresponds?|corresponding|equivalent|equates?|equal)\s+to\s+"
    r"(?:(?:about|around|roughly|approximately|some)\s+)?$",
    re.IGNORECASE,
)
_AT_RATE = re.compile(
    rf"\s*,?\s*{RATE_PHRASE}"
    # "US$26.6 billion at NT$30.5 per US dollar": converted at the rate it states
    r"|\s*,?\s*(?:at|using)\s+(?:an?\s+(?:exchange\s+)?rate\s+of\s+)?(?:[A-Z]{1,3}\$|[$€£¥₹]"
    r"|[A-Z]{3}\s?)?\d[\d.,]*\s*(?:per|to\s+(?:the|one|a))\s+(?:one\s+)?(?:U\.?S\.?\s*)?"
    r"(?:dollar|euro|yen|pound|yuan|renminbi|won|rupee|franc|krona|krone|real|peso)s?\b",
    re.IGNORECASE,
)
_FINANCING = re.compile(
    r"\s+(?:(?:share|stock)\s+)?(?:buy-?backs?|repurchases?|bonds?|notes\s+(?:issue|offering)"
    r"|(?:term\s+)?loans?|(?:revolving\s+)?(?:credit\s+)?facility|placing|rights\s+issue)\b",
    re.IGNORECASE,
)


def _in_unit_note(text: str, f: Figure) -> bool:
    """F stands inside a bracketed note of units: "(Unit: 100 million yen)", "(in millions of
    yen)"."""
    opened = text.rfind("(", 0, f.start)
    if opened < 0 or ")" in text[opened : f.start]:
        return False
    closed = text.find(")", f.end)
    return closed >= 0 and NOTE_TEXT.fullmatch(text, opened, closed + 1) is not None


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
    figs = [resolved(in_currency(f, ctx.currencies), ctx.currencies) for f in figs]
    # "the £500m share buyback", "a $750 million bond": an amount that names a financing,
    # no figure of the business
    figs = [f for f in figs if f.unit in ("units", "percent") or not _FINANCING.match(text, f.end)]
    # "Ps. 14.8 billion, roughly US$800 million at today's exchange rate": a conversion
    figs = [f for f in figs if not _AT_RATE.match(text, f.end)]
    # "(Unit: 100 million yen)" after a table's title: the unit its cells are in, no amount
    figs = [f for f in figs if not _in_unit_note(text, f)]
    # "In DKK, the new range corresponds to about DKK 20.5-27.0bn": an amount restated in
    # another currency, no figure of its own
    figs = [
        f
        for f in figs
        if f.unit in ("units", "percent")
        or not _CORRESPONDS.search(text, max(0, f.start - 40), f.start)
    ]
    # "Ps. 27,480 million" after "Mexican pesos (Ps.)": the report's own sign for its currency
    figs = [signed_currency(text, f, ctx.currencies) for f in figs]
    figs = _in_list_units(text, figs)
    figs = _earlier_ranges(text, figs)
    # "MSEK 13,940 (13,510)": the bracketed prior-year figure is the same fact a year earlier
    figs, bracketed = comparatives.split(text, figs) if ctx.comparatives else (figs, {})
    figs, same = comparatives.same_currency_brackets(text, figs)
    # "19 lines in operation at 30 June 2025 (31 December 2024: 17)": the level on both days
    figs, dated = comparatives.dated_brackets(text, figs, times)
    return figs, bracketed | same | dated


# an item's amount in a list: "Americas 842 |", "Asia/Pacific 668"
_LIST_AMOUNT = re.compile(r"(?<=[A-Za-z)]\s)\d{1,3}(?:,\d{3})*(?:\.\d+)?(?=\s*(?:[/|;·•]|,\s|$))")


_FROM_AFTER_RANGE = re.compile(r"(?:\s+(?:a|per)\s+share)?\s*,?\s+from\s+", re.IGNORECASE)


def _earlier_ranges(text: str, figs: list[Figure]) -> list[Figure]:
    """ "narrowed its forecast to $2.40 to $2.45 a share, from $2.35 to $2.45": after a
    range, "from X to Y" is the range it replaced, one figure, never a move from X to Y."""
    out: list[Figure] = []
    k = 0
    while k < len(figs):
        f = figs[k]
        if (
            out
            and out[-1].high is not None
            and k + 1 < len(figs)
            and f.high is None
            and figs[k + 1].high is None
            and f.unit == figs[k + 1].unit == out[-1].unit
            and _FROM_AFTER_RANGE.fullmatch(text, out[-1].end, f.start)
            and re.fullmatch(r"\s+to\s+", text[f.end : figs[k + 1].start])
            and f.value <= figs[k + 1].value
        ):
            nxt = figs[k + 1]
            out.append(replace(f, end=nxt.end, text=text[f.start : nxt.end], high=nxt.value))
            k += 2
            continue
        out.append(f)
        k += 1
    return out


def _in_list_units(text: str, figs: list[Figure]) -> list[Figure]:
    """ "Revenue by region (9M 2025, EUR million): Germany 1,020 | Americas 842": the bare
    figures of the list in the scale and currency its lead-in's brackets give."""
    note = list_note(text)
    scale = unit_note(f"({note[1]})") if note is not None else None
    if note is None or scale is None or scale[1] is None:
        return figs
    # ("Americas 842": a bare number after a name may read as a model's; in such a list it
    # is the item's figure)
    taken = [(f.start, f.end) for f in figs]
    figs = sorted(
        [
            *figs,
            *(
                Figure(
                    m.start(), m.end(), m.group(), float(m.group().replace(",", "")), "units", False
                )
                for m in _LIST_AMOUNT.finditer(text, note[0])
                if not any(a < m.end() and m.start() < b for a, b in taken)
            ),
        ],
        key=lambda f: f.start,
    )
    return [
        replace(f, value=f.value * scale[0], unit=scale[1], explicit=True)
        if f.start >= note[0] and not f.explicit and f.unit == "units" and f.high is None
        else f
        for f in figs
    ]


_SAID_ON = re.compile(
    r"\b(?:published|announced|stated|issued|given|communicated|reported)\s+(?:on|in)\s+$",
    re.IGNORECASE,
)


def _key_labels(text: str, times: list[TimeMention], slots: list[Slot]) -> set[int]:
    """Time phrases that label one figure ("(H1 2023: EUR 1,15 billion)", "(PY 29.8%)"):
    each widens its figure's stretch and keys it; the starts of those phrases."""
    keyed: set[int] = set()  # time phrases that label one figure: "(H1 2023: EUR 1,15 billion)"
    for sl in slots:
        for t in times:
            if (
                t.end <= sl.fig.start
                # ("December 2025: 37,105 vehicles delivered, up 19.8%": a line's own label
                # dates all of it, no comparative)
                and text[: t.start].strip(" -•*–") != ""
                # ("previously, as published on 13 March 2025: EUR 5.0 billion": the day it
                # was said, no label of the figure's period)
                and not _SAID_ON.search(text, max(0, t.start - 40), t.start)
                # ("the target I set at our investor day on September 17: $2.0 billion of ARR
                # by ...": the day the plan was stated)
                and not frames_nothing(text, t)
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


def _regions(
    text: str,
    slots: list[Slot],
    pairs: list[tuple[Slot, Slot, Kind]],
    mentions: list[tuple[int, int, str, str]],
) -> dict[int, str | None]:
    """The region each figure is for (by id of its slot), shared along a change and the
    level it reached, and a growth named as its level's part."""
    known = (
        reporting.regions_in(text)
        if any(not sl.skip for sl in slots) and may_name_region(text)
        else []
    )
    # ("in Spain EUR 287.4 million": a country the shared vocabulary lacks)
    known += countries_in(text, known) if any(not sl.skip for sl in slots) else []
    named_regions = [
        r
        for r in sorted(known, key=lambda r: r.start)
        if not _NATIONALITY_OF_MAKER.match(text, r.end)  # "the German maker of trains"
        and not ((dateline := _DATELINE.match(text)) and r.end <= dateline.end())
        # ("236 US¢/lb": the country's letters inside a figure name its currency)
        and not any(sl.fig.start <= r.start < sl.fig.end for sl in slots)
    ]
    regions = {id(sl): sl.region or region_named(text, named_regions, sl, mentions) for sl in slots}
    for new, old, _ in pairs:
        if regions.get(id(old)) is None:
            regions[id(old)] = regions.get(id(new))  # "down from 2.64 million": the same
    for i, sl in enumerate(slots):
        if sl.keyed and regions.get(id(sl)) is None:
            # "Europe ..., with 118,300 watches delivered (H1 2024: 114,900)": the base the
            # bracket keys is the same part's, never the whole company's
            own = next((p for p in reversed(slots[:i]) if not p.keyed), None)
            if own is not None and own.fig.unit == sl.fig.unit:
                regions[id(sl)] = regions.get(id(own))
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
        sl
        for sl in slots
        if not sl.skip
        and sl.metric is not None
        and sl.metric.family == "money"
        and not sl.part
        # (an amount per share, or any price of one unit, is no whole with parts)
        and not _PER_SHARE.search(sl.metric.name)
    ]
    if wholes:
        ctx.whole = wholes[-1].metric
        ctx.wholes = [*ctx.wholes, *((sl.metric, sl.fig.value) for sl in wholes)][-6:]


_PER_SHARE = re.compile(r"\bper\s|\beps\b|\bearnings\s+per\b", re.IGNORECASE)


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
        if _RATE_NAME.match(sl.metric.name):
            continue  # "Ps. 207.2 per subscriber per month" in a sign it never defined
        if sl.period.start == sl.period.end and _signed_count(text, sl.fig):
            continue  # "2.41M at Sept 30 — only +50K in the quarter": what it added, no level
        if 28 <= sl.period.days <= 31 and _AT_MONTH_END.match(text, sl.fig.end):
            # "against 37.5 per cent at the end of June": what stood on the month's last day
            sl.period = Period(sl.period.end, sl.period.end)
        if _averaged(text, sl):
            # "Avg fleet 81,400 vehicles in the qtr": the average it held, never units sold
            held = _AVERAGE_OF.search(text, sl.left, sl.fig.start)
            if held is None:
                continue
            name = f"average {held['what'].lower()}"
            sl.metric = replace(sl.metric, name=name, phrase=name)
        if _changed_by(text, sl) and not sl.metric.name.endswith(("growth", "change")):
            continue  # "revenue increased $32.5 million, or 8.2%": the change, not the revenue
        below_zero = loss_below_zero(sl.metric)
        if below_zero is not None:  # "an adjusted EBITDA loss of 38": adjusted EBITDA of -38
            sl.metric, sl.value = below_zero, -abs(sl.value)
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
        out.extend(_month_split(text, sl, out[-1]))
        earlier = bracketed.get(sl.fig.start)
        if earlier is not None and earlier.day is not None:
            out.extend(_dated_levels(out.pop(), earlier, sl))
            continue
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


def _dated_levels(p: Proposal, earlier: comparatives.Comparative, sl: Slot) -> list[Proposal]:
    """A level and its bracketed reading on an earlier day ("(31 December 2024: 17)"): each on
    its own day. The level's day is the one its words name, else the day its period was read
    as ending on a day; a figure read over a span with no day of its own is no level."""
    day = earlier.figure_day or (p.period.end if p.period.start == p.period.end else None)
    if day is None or earlier.day is None or p.kind is not Kind.ACTUAL or earlier.day >= day:
        return [p]
    level = replace(p, period=Period(day, day))
    value = (
        abs(earlier.value)
        if sl.metric is not None and sl.metric.name.endswith("loss")
        else earlier.value
    )
    return [
        level,
        replace(
            level, period=Period(earlier.day, earlier.day), value=value, value_high=None, note=""
        ),
    ]


_BLANK = re.compile(r"\s+")
# a figure, its unit's words, then "at the end of" a month: a level on the month's last day
_AT_MONTH_END = re.compile(
    r"(?:\s+(?:per\s+cent|percent|[a-z]+)){0,3}?\s+(?:at|as\s+(?:of|at))\s+the\s+end\s+of\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)
# "the German maker of regional trains": where the company is from, not a figure's region
_NATIONALITY_OF_MAKER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:maker|manufacturer|company|group|firm|producer|supplier|retailer"
    r"|publisher|operator|builder|carmaker|automaker|chipmaker|co-operative|cooperative|miner"
    r"|brewer)s?"
    # "the German maker of trains", "Swedish equipment maker Ekholm": the company's home
    r"(?:\s+of\b|\s+[A-Z])"
)
_POINTS = re.compile(
    r"\s*(?:percentage[\s-]points?|points?|pp|pts|bps|basis[\s-]points?)\b", re.IGNORECASE
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


# "Toulouse, France, 12 January 2026 — ", "MILWAUKEE, March 12, 2025 -- ": where the report
# was filed, not a region of its figures
_DATELINE = re.compile(
    r"^\s*[A-Z][\w.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,40}){0,2},\s*"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)"
    r"\s*(?:[—–]|--|-\s)\s*"
)
