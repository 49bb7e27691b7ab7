"""A report's text -> proposed facts, each with the sentence that states it.

Pure: text, a publication date and the store's names in; proposals out. No store, no
SQL, no Discord. The steps, per sentence of the article (see `layout.py` for what is
left out):

1. Find the figures (`find_quantities`, plus number words via text2num) and the time
   phrases (`timing.find_times`; `spans.resolve_time` says what period each names).
2. Give each figure its own stretch of the sentence: from the clause break before it
   (comma, semicolon, "but", "after", ...) to the one after it, but never past a
   neighbouring figure. What no figure owns frames them all ("For the 12 months ending
   March 2015, ...").
3. Read, nearest first: the metric (the noun after the figure, "<metric> of <figure>",
   the subject before a verb, or the figure it is compared with: "up from 33 million"),
   the kind ("target of", "hopes to sell", "will post", "reported"), the period (own
   stretch, then the frame, then the period the text was just talking about), the
   entity (the subject, or the report's company for "it", "the company").
4. Revisions: "lowered its target to X from Y" gives X, and Y stated the day before.
5. The same figure stated twice is proposed once, quoted from the body rather than a
   headline, from its earliest statement.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from lemminflect import getAllLemmas

from bot.facts.model import Kind, Period
from bot.facts.periods import CALENDAR
from bot.facts.rounding import rounds_to
from bot.ingest.boxes import unboxed, unquoted_tables
from bot.ingest.cfa_francs import in_home_francs
from bot.ingest.chats import official_text
from bot.ingest.clauses.context import Context
from bot.ingest.clauses.cumulative import launch_date
from bot.ingest.clauses.headed_parts import part_head
from bot.ingest.clauses.other_times import compared_heading
from bot.ingest.clauses.sentence import read_sentence
from bot.ingest.comparatives import states_convention
from bot.ingest.datapack import pack_proposals, pack_spans
from bot.ingest.dated_parts import DatedParts
from bot.ingest.entities import (
    Names,
    initials,
    main_entity,
    report_aliases,
    table_parts,
    title_initials,
)
from bot.ingest.era_months import in_era_months
from bot.ingest.era_times import eras_of
from bot.ingest.figures import (
    CENTS_KEY,
    POUNDS_KEY,
    UNNAMED_CURRENCY,
    national_currencies,
    stated_dollar,
)
from bot.ingest.foreign_sentences import in_english, others_source
from bot.ingest.home_dollar import home_dollar
from bot.ingest.home_pesos import home_currency_words
from bot.ingest.layout import Layout, analyse, item_parents, lead_in_kind
from bot.ingest.local_signs import cents_currency, report_signs
from bot.ingest.metric_names import Metric, family_of_unit
from bot.ingest.metrics import MetricReader
from bot.ingest.model import Extraction, KnownEntity, KnownMetric, Proposal
from bot.ingest.name_noise import span_disagrees, tidy_name
from bot.ingest.naming import name_proposals
from bot.ingest.noted_dollar import noted_dollar
from bot.ingest.one_name import one_name_per_measure
from bot.ingest.paid_out import paid_out
from bot.ingest.part_names import parts_apart
from bot.ingest.point_groups import in_point_groups
from bot.ingest.products import main_product
from bot.ingest.question_labels import numbers_questions
from bot.ingest.restated import without_rounded_restatements
from bot.ingest.rupees import in_home_rupees
from bot.ingest.seasons import season_months
from bot.ingest.sections import others_sections
from bot.ingest.signs import signed_currencies
from bot.ingest.speakers import answers_within, outside_turns
from bot.ingest.summed_parts import with_wholes_periods
from bot.ingest.tables.period_rows import period_row_tables
from bot.ingest.tables.reader import table_proposals
from bot.ingest.tables.rollforward import rollforward_proposals
from bot.ingest.weeks import in_weeks, week_calendar
from bot.ingest.weights import weighed_in_pounds, weighs_in_pounds
from bot.ingest.whole_first import whole_said_first
from bot.ingest.writers import outside_writer, writers_own

__all__ = ["Extraction", "KnownEntity", "KnownMetric", "Proposal", "extract"]


def extract(
    text: str,
    *,
    published: date,
    entities: Sequence[KnownEntity] = (),
    metrics: Sequence[KnownMetric] = (),
    entity: KnownEntity | None = None,
    progress: Callable[[int, int], None] | None = None,
    layout: Layout | None = None,
) -> Extraction:
    """Every figure the report states, as proposals named with the store's names where
    the store has them (`naming.py` does that part). LAYOUT: `analyse(text)`, when the
    caller has it already."""
    with eras_of(entity.calendar if entity is not None else None):
        return _extract(text, published, entities, metrics, entity, progress, layout)


def _extract(
    text: str,
    published: date,
    entities: Sequence[KnownEntity],
    metrics: Sequence[KnownMetric],
    entity: KnownEntity | None,
    progress: Callable[[int, int], None] | None,
    layout: Layout | None,
) -> Extraction:

    framed = text
    text = unboxed(text)  # a framed "Highlights" box: its table, without the frame
    text = unquoted_tables(text)  # "> | Revenue ($m) | 4,870 |": a quoted table's rows
    if entity is not None:
        # a chat export: its messages are people's claims, a forwarded release the company's
        text = official_text(text, [entity.name, *entity.aliases])
    layout = layout if layout is not None and text == framed else analyse(text)
    known = list(entities)
    if entity is None:
        main = main_entity(layout, known)
        if main is None:
            raise ValueError("no company found")
        entity = next((e for e in known if e.name == main), KnownEntity(main))
    fiscal = entity.calendar
    if not entity.calendar.is_calendar and not _speaks_fiscal(text):
        # "this year", "in 2007", "the second quarter" in a report that never names a
        # fiscal period are calendar periods, even for a company with a fiscal year
        entity = replace(entity, calendar=CALENDAR)
    entity = _with_initials(entity, text, known)
    names = Names(
        [e for e in known if e.name != entity.name],
        entity,
        titles=title_initials(text, [entity.name, *entity.aliases]),
        parts=table_parts(layout),
    )
    ctx = Context(
        published,
        names,
        MetricReader(
            [entity.name, *entity.aliases, *(n for e in known for n in (e.name, *e.aliases))],
            main_product(layout),
        ),
        fiscal=fiscal,
        launch=launch_date(
            text[: layout.excluded_from] if layout.excluded_from else text, published
        ),
        currencies=_currencies(text, entity),
        comparatives=states_convention(
            text[: layout.excluded_from] if layout.excluded_from else text
        ),
        questions=numbers_questions(text),
        seasons=season_months(text),
    )
    proposals: list[Proposal] = []
    step = max(1, len(layout.sentences) // 100)
    others = outside_turns(layout, [entity.name, *entity.aliases])
    # ("Q2 (Analyst, ...): ...", then "A (Morisaki): ..." in the same paragraph: the answer)
    answered = answers_within(text, layout, others, [entity.name, *entity.aliases])
    outside = ctx.outside_writer = outside_writer(text)
    parents = item_parents(layout, text)
    item_metrics: dict[int, Metric] = {}  # what a list item's one figure counts
    packs = pack_spans(text)
    parts = DatedParts(text, published)  # a feed's items, an email chain's messages
    # "IMPERIAL COTAI (0027.HK)" over what a rival said in a round-up: its figures, not ours
    rivals = others_sections(text, [entity.name, *entity.aliases])
    nested_under = set(parents.values())
    for n, s in enumerate(layout.sentences):
        if progress is not None and n % step == 0:
            progress(s.start, len(text))  # long reports: the caller shows how far it got
        ctx.published = parts.day_at(s.start)
        if s.role == "row":
            continue  # tables: see `tables/reader.py`
        if any(a <= s.start < b for a, b in packs):
            continue  # a pasted data pack's comma-separated rows: see `datapack.py`
        if s.paragraph in others and s.start not in answered:
            continue  # an analyst's turn in a call transcript: their figures, not ours
        if outside and writers_own(s.text):
            continue  # "we cut our own estimate to ...": a research note's own figures
        ctx.parent = item_metrics.get(parents[n]) if n in parents else None
        ctx.heads_items = n in nested_under
        if s.role != "item":
            ctx.list_kind = lead_in_kind(s.text)  # a list's lead-in line: "2025 outlook:"
            # ("Mid-term ambition 2028 (unchanged)": a plan's heading is a lead-in too)
            lead = s.text.rstrip().endswith(":") or ctx.list_kind is not None
            ctx.lead_in = s.text if lead else None
            ctx.compared_with = s.text if compared_heading(s.text) else None
            ctx.part_head = part_head(s.text)  # "Organic growth by region" over its parts
        found = read_sentence(s, ctx)
        if (english := in_english(s)) is not None and (read := read_sentence(english, ctx)):
            # "las ventas netas fueron de $10,160 millones": read in English, quoted as written
            found = [replace(p, quote=s.text) if p.quote == english.text else p for p in read]
        if english is not None and others_source(english.text, [entity.name, *entity.aliases]):
            found = []  # "según datos del Observatorio, ...": a source's figure, read in English
        if any(a <= s.start < b for a, b in rivals):
            found = []  # an item under another company's heading (read: it sets the scene)
        if s.role == "item" and len(found) == 1:
            item_metrics[n] = Metric(found[0].metric, family_of_unit(found[0].unit))
        proposals.extend(found)
    if progress is not None:
        progress(len(text), len(text))

    tables = table_proposals(text, layout, ctx_published=published, entity=entity)
    # "October | 812,604,117 | 701,893,502" under "2025 | 2024": a part of each column's year
    by_period, read = period_row_tables(text, published=published, entity=entity)
    tables = [p for p in tables if not any(a <= p.start < b for a, b in read)] + by_period
    if (dollar := ctx.currencies.get("$")) is not None:
        # a table's "$" is the dollar the report is stated in, as its prose's is
        tables = [
            replace(p, unit=dollar) if p.unit == "USD" and not _US_DOLLAR.search(p.quote) else p
            for p in tables
        ]
    proposals.extend(p for p in tables if not any(a <= p.start < b for a, b in rivals))
    # "Restaurants at December 26, 2023 / Openings / Closures / Restaurants at April 16, 2024"
    proposals.extend(rollforward_proposals(text, published=published, entity=entity))
    proposals.extend(pack_proposals(text, published=published, entity=entity))
    # a table in a part written earlier was stated on that part's day
    proposals = [
        replace(p, as_of=day)
        if p.as_of == published and (day := parts.day_at(p.start)) < published
        else p
        for p in proposals
    ]
    # Other companies' figures are there for comparison: they are not this report's facts;
    # nor is an amount in a currency the text never names ("5.2 billion crowns").
    proposals = [p for p in proposals if p.entity == entity.name and p.unit != UNNAMED_CURRENCY]
    # "sold 2.52 billion pounds" in a report that never writes sterling: a weight
    proposals = [p for p in proposals if not weighed_in_pounds(p, text)]
    proposals = [_planned_range(p) for p in proposals]
    proposals = [q for p in proposals if (q := _far_plan(p)) is not None]
    proposals = [
        p
        for p in proposals
        if not _stale_plan(p, published) and not _unfinished_result(p) and not paid_out(p)
    ]
    weeks = week_calendar(text, published, entity.calendar, entity.period_ends)
    if weeks is not None:
        # "the second quarter ended August 2, 2025": a 52/53-week year's periods
        proposals = in_weeks(proposals, weeks, entity.calendar)
    # "the first half" of a year to mid-July (Ashadh's end): Shrawan 1 to Poush's end
    proposals = in_era_months(proposals, fiscal)
    # "Rs 41.8 crore" in a Nepali bank's report: Nepalese rupees
    proposals = in_home_rupees(proposals, text, fiscal, entity.rupee)
    # "FCFA 452.3bn" in an Ivorian report: West African francs, never Central African
    proposals = in_home_francs(proposals, text)
    # "ended June with 1.412 stores" in a report writing "up 3,6%": 1,412 stores
    proposals = in_point_groups(proposals, text)
    # "By country, the Netherlands EUR 2,561.0 million, Germany ..." after a line on the
    # quarter: parts that add up to the year's revenue are the year's
    proposals = with_wholes_periods(proposals)
    # "Slide 5 --- sales by end market", "revenue 52 wks", "Revenue, EUR million": the name
    proposals = [
        replace(p, metric=tidy_name(p.metric))
        for p in proposals
        if not span_disagrees(p.metric, p.period)
    ]
    merged = _merge(_restated(_other_currencies(one_name_per_measure(proposals))))
    article = text[: layout.excluded_from] if layout.excluded_from is not None else text
    aliases = report_aliases(
        article,
        entity.name,
        [n for e in known if e.name != entity.name for n in (e.name, *e.aliases)],
    )
    merged = [
        replace(p, entity_aliases=tuple(dict.fromkeys([*p.entity_aliases, *aliases])))
        for p in merged
    ]
    # naming may give two readings of one figure the same name (a table row and the prose)
    named = _merge(name_proposals(merged, metrics=metrics, entities=[entity, *known]))
    # "185.0 billion yen in Power Devices, 160.0 billion yen in Factory Automation": each
    # figure of a list by part under its part's name, never two figures for one thing
    named = parts_apart(named, (entity.name, *entity.aliases))
    named = _with_glosses(named, article)
    named = _untangle(named)
    # "approximately NT$23.42 billion" beside the table's "Net operating revenue 23,415,286"
    named = without_rounded_restatements(named)
    new = tuple(sorted(n for n in names.new if n in {p.entity for p in named}))
    stated = stated_dollar(text)
    return Extraction(
        tuple(named),
        entity.name,
        layout.title,
        layout.credit,
        new,
        stated if stated != "USD" else None,
    )


# A short form the report defines for a name: "Hearth & Loom (H&L)", "Side-by-side (SxS)"
_GLOSS = re.compile(
    r"(?P<long>[A-Z][\w'’-]*(?:\s+(?:&|and|[A-Z][\w'’-]*|[a-z][\w-]*))*?)\s+"
    r"\(\s*[\"“]?(?P<short>[A-Za-z][A-Za-z0-9&]{1,5})[\"”]?\s*\)"
)


def _with_glosses(proposals: list[Proposal], text: str) -> list[Proposal]:
    """A metric named by a name the report abbreviates is asked for by the short form too:
    "Hearth & Loom store openings" as "H&L store openings"."""
    glosses = {}
    named: dict[str, str] = {}  # a proper name's lower-case form -> as written
    for m in _GLOSS.finditer(text):
        long, short = " ".join(m["long"].split()), m["short"]
        letters = "".join(w[0] for w in re.findall(r"[A-Za-z]+", long) if w.lower() != "and")
        if getAllLemmas(short.lower()):
            # "Mt Yarrin (MY)", "Industrial Service (IS)": written small, the short form is a
            # word ("my", "is") a question reads as filler, leaving the bare measure, the
            # whole company's: no synonym of the part's metric
            continue
        capitals = re.sub(r"[^A-Z]", "", short)
        if short.replace("&", "").lower() == letters.lower()[-len(short.replace("&", "")) :]:
            words = long.split()[-len(short.replace("&", "")) - long.count("&") :]
            glosses[" ".join(words).lower()] = short
        elif len(capitals) >= 2 and capitals == letters[-len(capitals) :].upper():
            # "Mt Ossa (MtO)": the capitals are the initials
            words = long.split()[-len(capitals) :]
            glosses[" ".join(words).lower()] = short
        elif len(long.split()) in (2, 3) and long.split()[-1] == short and re.search(r"\d", short):
            # "Tianma K6 (K6)": a model named by its maker's line and its own code
            words = long.split()
            glosses[" ".join(words).lower()] = short
        else:
            continue
        if all(w[:1].isupper() for w in words):
            named[" ".join(words).lower()] = " ".join(words)
    if not glosses:
        return proposals

    def bare(words: str) -> str:  # "Hearth & Loom", "hearth loom": one name
        return " ".join(re.sub(r"\s*&\s*|\s+and\s+", " ", words.lower()).split())

    # short forms of a part's name ("Kerrin Creek (KC)"), never of a measure's ("(EBITDA)")
    longs = {short.lower(): named[long] for long, short in glosses.items() if long in named}
    out = []
    for p in proposals:
        words = p.metric.split()
        if any(
            w.lower() in longs and longs[w.lower()].lower() not in p.metric.lower() for w in words
        ):
            # "KC copper production" in a guidance table: named in full ("Kerrin Creek copper
            # production"), as the report's prose and other tables name the part
            full = " ".join(longs.get(w.lower(), w) for w in words)
            p = replace(p, metric=full, metric_synonyms=(*p.metric_synonyms, p.metric))
        name = bare(p.metric)
        extra = [
            name.replace(bare(long), short.lower())
            for long, short in glosses.items()
            if f" {bare(long)} " in f" {name} "
        ]
        out.append(
            replace(p, metric_synonyms=tuple(dict.fromkeys([*p.metric_synonyms, *extra])))
            if extra
            else p
        )
    return out


# a figure given in another currency for readers who count in it: an approximate amount, or
# a sentence that says it converts ("calculated in US dollars", "at current exchange rates")
_CONVERTED = re.compile(
    r"\b(?:approx(?:imately|\.)?|roughly|about|around|some|c\.)\s*(?:[A-Z]{2,3}\$?|[$€£¥])\s*\d"
    r"|~\s*(?:[A-Z]{2,3}\$?|[$€£¥])\s*\d"
    r"|\b(?:converted|translated)\s+(?:\w+\s+){0,4}(?:in|into)\s+(?:u\.?s\.?\s+)?"
    r"(?:dollars|euros|pounds|yen|francs|kronor|crowns)\b"
    r"|\bfollow\s+us\s+in\b|\bat\s+(?:current|today'?s|constant)\s+exchange\s+rates?\b"
    # "US dollar equivalents, for convenience only at AED 3.6725 per US$": a translation
    r"|\bfor\s+(?:the\s+reader'?s\s+)?convenience\b|\bconvenience\s+translations?\b"
    r"|\b(?:dollar|euro)\s+equivalents?\b"
    r"|\b(?:equal|equals|equivalent\s+to|translates?\s+to|worth)\s+(?:about|around|roughly)?\s*"
    r"(?:[A-Z]{2,3}\$?|[$€£¥])\s*\d",
    re.IGNORECASE,
)


# a price of one thing ("average auction price", "revenue per kg"): its own currency's
_UNIT_PRICE = re.compile(r"\bprice\b|\bper\s|/", re.IGNORECASE)


def _other_currencies(proposals: list[Proposal]) -> list[Proposal]:
    """ "Revenue from operations at ₹ 10,432 crore" and "Revenue in USD at $1,236.4 million":
    one measure stated in two currencies for one period is two figures, the one in a
    currency other than the report's own named by it ("USD revenue"), never a clash. The
    report's own currency is the one a clashing line does not call out ("in USD"), else the
    one most of its amounts are in. A rate of that line's measure is in its currency too
    ("QoQ growth of 1.4% in reported terms": USD revenue's), unless it is at constant
    currency."""
    money = [p.unit for p in proposals if p.unit not in ("units", "percent")]
    if len(set(money)) < 2:
        return proposals
    # (one measure of one period, whenever it was stated: a table's "Revenue (US$ mn)" row
    # beside the prose's rupee revenue)
    units: dict[tuple, set[str]] = {}
    for p in proposals:
        if p.unit not in ("units", "percent"):
            units.setdefault(_statement(p)[:4], set()).add(p.unit)
    called_out = Counter(
        p.unit
        for p in proposals
        if len(units.get(_statement(p)[:4], ())) > 1 and _IN_CURRENCY.search(p.quote)
    )
    counts = Counter(money)
    home = max(counts, key=lambda u: (-called_out[u], counts[u]))
    renamed: dict[tuple[str, Period, date], tuple[str, str]] = {}
    out = []
    for p in proposals:
        foreign = p.unit not in ("units", "percent", home)
        if foreign and _CONVERTED.search(p.quote) and not _UNIT_PRICE.search(p.metric):
            # "For those who follow us in dollars, revenue was roughly US$1.41 billion", "H1
            # revenue approx EUR 807 mln" beside the home currency's: a reader's conversion
            continue
        if foreign and (len(units[_statement(p)[:4]]) > 1 or _IN_CURRENCY.search(p.quote)):
            renamed[(p.quote, p.period, p.as_of)] = (p.metric, f"{p.unit} {p.metric}")
            p = replace(p, metric=f"{p.unit} {p.metric}")
        out.append(p)
    return [
        replace(p, metric=p.metric.replace(*renamed[key][:2], 1))
        if p.unit == "percent"
        and (key := (p.quote, p.period, p.as_of)) in renamed
        and renamed[key][0] in p.metric
        and "constant currency" not in p.metric
        else p
        for p in out
    ]


# a line calling out the currency it is stated in: "Revenue in USD at ...", "in dollar
# terms", a row "Revenue (US$ mn)"
_IN_CURRENCY = re.compile(
    r"\bin\s+(?:[A-Z]{3}\b|US\$|(?:US\s+)?dollars?\b|dollar\s+terms|euros?\b|yen\b"
    r"|rupees?\b|pounds?\b|sterling\b)"
    r"|\(\s*(?:[A-Z]{3}\s*(?:mn|m|bn|b|million|billion|crore|'000)"
    r"|[A-Z]{0,2}\$\s*(?:mn|m|bn|b|million|billion|crore|'000)?)\s*\)"
)


def _stale_plan(p: Proposal, published: date) -> bool:
    """A plan stated on the report's day for a period long over ("expects the game to reach
    12 million units by the end of September", read as last September): a misread period.
    (Soon after a period ends, a company may still "expect" its results: not stale.)"""
    if p.kind is Kind.ACTUAL:
        return False
    # (a part of the text dated earlier, an email or a feed item: stale against its own day)
    return p.period.end < min(p.as_of, published) - timedelta(days=120)


def _far_plan(p: Proposal) -> Proposal | None:
    """A plan for a period that begins more than a year after it was stated is a goal the
    company sets itself ("25M active customers by end of FY29", "FY2028 overseas share of
    revenue: 25%"), never a forecast; a single month that far ahead is a misread period (a
    day's "Sept 28" read as September 2028), and so is a forecast in prose for one month:
    no proposal."""
    if p.kind is Kind.FORECAST and 27 <= p.period.days - 1 <= 30 and not p.from_table:
        # a month told in a plan's sentence is when a range was given ("the range it gave
        # in July"), never the plan's period: companies plan years, halves and quarters
        return None
    if p.kind is not Kind.FORECAST or p.period.start <= p.as_of + timedelta(days=366):
        return p
    if p.period.days < 32 and p.period.start != p.period.end:
        return None
    return replace(p, kind=Kind.TARGET)


def _planned_range(p: Proposal) -> Proposal:
    """A range in a table's column for a period not over when stated ("Q4 Fiscal 2026 |
    $329 - $331 million" under an outlook): what the company expects, never a result."""
    if (
        p.from_table
        and p.kind is Kind.ACTUAL
        and p.value_high is not None
        and p.period.end > p.as_of
    ):
        return replace(p, kind=Kind.FORECAST)
    return p


def _unfinished_result(p: Proposal) -> bool:
    """A result for a period that had not ended when it was stated ("Innovative Medicines
    sales were CHF 13.27 billion" in a half-year report, read as the year's): a misread
    period, never a fact. (A count for the quarter under way, "six stores opened this
    quarter", is the quarter's so far.)"""
    if p.kind is not Kind.ACTUAL or p.period.end <= p.as_of:
        return False
    # (a table's column for the quarter under way holds what the company plans for it)
    return p.from_table or not (p.period.start <= p.as_of and p.period.days <= 92)


def _with_initials(entity: KnownEntity, text: str, known: Sequence[KnownEntity]) -> KnownEntity:
    """ "Veldhoven Semiconductor Systems" goes by "VSS" in a report that writes its initials
    on their own: the company, not another one, when no company the store knows has them."""
    short = initials(entity.name)
    if len(short) < 3 or short in entity.aliases:
        return entity
    if any(short.casefold() in {n.casefold() for n in (e.name, *e.aliases)} for e in known):
        return entity  # another company's short name
    if not re.search(rf"(?<![\w-]){short}(?![\w-])", text):
        return entity
    return replace(entity, aliases=(*entity.aliases, short))


_US_DOLLAR = re.compile(r"\bUS\$|\bUSD\b|\bU\.?S\.?\s+dollars?\b", re.IGNORECASE)


def _currencies(text: str, entity: KnownEntity) -> dict[str, str]:
    """The report's currency words; a bare "$" is the company's own dollar when the store
    knows it and the report does not say which dollar it writes."""
    out = national_currencies(text) | signed_currencies(text)  # "Ps." after "pesos (Ps.)"
    out |= report_signs(text)  # "R14.62bn" in a report that names the rand
    for word, code in home_currency_words(text).items():
        out.setdefault(word, code)  # "1,104 million pesos" in a report on a Mexican company
    cents = cents_currency(text)  # "310 cents" beside "R14.62bn": the rand's
    if cents is not None:
        out[CENTS_KEY] = cents
    if weighs_in_pounds(text):
        out[POUNDS_KEY] = "units"  # "16.8 million pounds of U3O8": a weight
    if "$" not in out and entity.dollar is not None and stated_dollar(text) is None:
        out["$"] = entity.dollar
    if "$" not in out and stated_dollar(text) is None and (home := home_dollar(text)):
        out["$"] = home  # "(ASX: PSR)" over "$98.6 million" and "US$38 million"
    if "$" not in out and stated_dollar(text) is None and (noted := noted_dollar(text, out)):
        out["$"] = noted  # "FJ$m" over a table, "$448.3 million" in the prose
    return out


_FISCAL = re.compile(
    r"\bfiscal\b|\bfinancial\s+year|\b(?:this|last|next|whole|full|entire|current)\s+season\b|\bFY\b|\bFY\s?['’]?\d|\b(?:years?|months?|quarter|half)\s+"
    r"(?:ending|ended|ends|to|through|until|running\s+to)\s+(?:\w+\s+){0,2}?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)


# A report about results, guidance or trading weeks speaks of the company's own year even
# when it never says "fiscal"; a general story about a sales plan "this year" may not.
_FINANCIAL_YEAR = re.compile(
    r"\bfull[\s-]year\b|\bannual\b|\bguidance\b|\boutlook\b|\bprofits?\b|\bearnings\b"
    r"|\bweeks?\s+(?:to|ended|ending)\b|\bpre-?tax\b|\bresults\b"
    # a quarter's revenue or sales is the company's own quarter ("first-quarter revenue")
    r"|\b(?:first|second|third|fourth|[1-4](?:st|nd|rd|th)|Q[1-4])[\s-]quarter\s+(?:revenues?|sales|income|profits?)\b"
    r"|\bquarterly\s+(?:revenues?|sales|results|earnings)\b",
    re.IGNORECASE,
)


def _speaks_fiscal(text: str) -> bool:
    return _FISCAL.search(text) is not None or _FINANCIAL_YEAR.search(text) is not None


def _merge(proposals: list[Proposal]) -> list[Proposal]:
    """One proposal per figure: the earliest statement of it, quoted from the body."""
    best: dict[tuple, Proposal] = {}
    for p in proposals:
        key = (*p.figure_key, p.as_of) if p.confirmed else p.figure_key
        current = best.get(key)
        if current is None:
            best[key] = p
            continue
        rank = (p.as_of, p.headline, len(p.quote))
        if rank < (current.as_of, current.headline, len(current.quote)):
            best[key] = replace(
                p, entity_aliases=tuple(sorted({*p.entity_aliases, *current.entity_aliases}))
            )
        else:
            best[key] = replace(
                current, entity_aliases=tuple(sorted({*p.entity_aliases, *current.entity_aliases}))
            )
    return sorted(best.values(), key=lambda p: (p.start, p.as_of))


def _restated(proposals: list[Proposal]) -> list[Proposal]:
    """Drop a headline's or a table total's figure that the body states too: the body says
    what it counts and when, the headline and the "Total" row only repeat it."""

    def figure(p: Proposal) -> tuple:
        return (p.period, round(p.value, 6), p.value_high, p.unit)

    # (the body is the prose: another row of the table may hold the same number by chance)
    body = {figure(p) for p in proposals if not p.headline and not p.from_table}
    stated = {(round(p.value, 6), p.unit) for p in proposals if not p.headline}
    kept, aliases = [], {}
    for p in proposals:
        if (p.total_row and figure(p) in body) or (
            p.headline and (round(p.value, 6), p.unit) in stated
        ):
            # the names the headline uses ("Xperia") still belong to the body's figure
            aliases.setdefault((round(p.value, 6), p.unit), set()).update(p.entity_aliases)
        else:
            kept.append(p)
    return [
        replace(p, entity_aliases=tuple(sorted({*p.entity_aliases, *extra})))
        if (extra := aliases.get((round(p.value, 6), p.unit)))
        else p
        for p in kept
    ]


def _valued_apart(proposals: list[Proposal]) -> list[Proposal]:
    """ "5,120 homes in backlog, valued at $2.52 billion": a count and its money value under
    one name are two measures, the amount named as the value ("backlog value"), never a
    clash that drops both."""
    units: dict[tuple, set[str]] = {}
    for p in proposals:
        units.setdefault(_statement(p), set()).add("count" if p.unit == "units" else p.unit)
    return [
        replace(p, metric=f"{p.metric} value")
        if "count" in units[_statement(p)]
        and p.unit not in ("units", "percent")
        and not p.metric.endswith("value")
        else p
        for p in proposals
    ]


def _statement(p: Proposal) -> tuple:
    return (p.entity.casefold(), p.metric.casefold(), p.kind, p.period, p.as_of)


def _unrounded(proposals: list[Proposal]) -> list[Proposal]:
    """Drop a figure that restates another of the same statement rounded."""
    by_statement: dict[tuple, list[Proposal]] = {}
    for p in proposals:
        by_statement.setdefault(_statement(p), []).append(p)
    return [
        p
        for p in proposals
        if p.value_high is not None
        or not any(
            q.value_high is None and q.unit == p.unit and rounds_to(q.value, p.value)
            for q in by_statement[_statement(p)]
        )
    ]


def _undated(p: Proposal) -> tuple:
    return (p.entity.casefold(), p.kind, p.period, round(p.value, 6), p.value_high)


def _untangle(proposals: list[Proposal]) -> list[Proposal]:
    """Two figures under one name, kind, period and date cannot both be right (the store
    refuses the second). A figure that is the other one rounded ("a record $4.02 billion"
    beside a table's 4,018.6 million) is the same figure: the exact one stays. When one of
    them is also read under another name (the prose's "units" and the table's "All mobile
    phones" row), that other reading is the figure: the clashing duplicate goes. A clash
    nothing resolves proposes neither figure."""
    proposals = _unrounded(_valued_apart(proposals))
    groups: dict[tuple, set[tuple]] = {}
    for p in proposals:
        groups.setdefault(_statement(p), set()).add((round(p.value, 6), p.value_high))

    def figure(p: Proposal) -> tuple:
        return (p.entity.casefold(), p.kind, p.period, p.as_of, round(p.value, 6), p.value_high)

    clashing = [len(groups[_statement(p)]) > 1 for p in proposals]
    calm = {figure(p) for p, c in zip(proposals, clashing, strict=True) if not c}
    kept = [p for p, c in zip(proposals, clashing, strict=True) if not (c and figure(p) in calm)]
    # A table row and the prose stating the same exact figure under two names ("bringing
    # deliveries for the full year to 1,776,890 vehicles"): the row names it
    tabled = {figure(p): p.metric.split()[-1] for p in kept if p.from_table}
    # a plan the table dates to an earlier day ("Revised forecast (Jan 8, 2026)") that the
    # prose tells again on the report's day ("The company cut its forecast to ¥53.5 billion")
    planned = {
        _undated(p): (p.as_of, p.metric.split()[-1])
        for p in kept
        if p.from_table and p.kind is not Kind.ACTUAL
    }

    def restated(p: Proposal) -> bool:
        told = planned.get(_undated(p)) if not p.from_table and not p.confirmed else None
        if (
            told is not None
            and told[0] < p.as_of
            and (p.unit not in ("units", "percent") or told[1] == p.metric.split()[-1])
        ):
            return True
        if p.from_table or figure(p) not in tabled:
            return False
        small = p.unit == "percent" or (p.unit == "units" and abs(p.value) < 1000)
        # a small number may be another metric's; the same measure word says it is not
        return not small or tabled[figure(p)] == p.metric.split()[-1]

    kept = [p for p in kept if not restated(p)]
    # Two figures still stated for one thing on one day: at most one is right, and "Approve
    # all" would store whichever came first. Proposing neither is better than a wrong one.
    values: dict[tuple, set[tuple]] = {}
    for p in kept:
        values.setdefault(_statement(p), set()).add((round(p.value, 6), p.value_high))
    named = _named_in_quote(kept, values)
    clashing = [p for p in kept if len(values[_statement(p)]) > 1 and _statement(p) not in named]
    named |= whole_said_first(clashing, _statement)  # the group's amount, then its parts'
    return [p for p in kept if len(values[_statement(p)]) == 1 or named.get(_statement(p)) == p]


def _named_in_quote(kept: list[Proposal], values: dict[tuple, set[tuple]]) -> dict:
    """Of a clash, the one figure whose own words name its measure as the metric writes it
    ("Total revenue was $1,011.7 million" against system-wide sales a part's rule took for
    revenue): the other readings borrowed the name, and the figure its words name stands.
    Only where exactly one value is so named and some reading is not."""
    groups: dict[tuple, list[Proposal]] = {}
    for p in kept:
        if len(values[_statement(p)]) > 1:
            groups.setdefault(_statement(p), []).append(p)
    out: dict[tuple, Proposal] = {}
    for key, clash in groups.items():
        own = [p for p in clash if p.metric.casefold() in " ".join(p.quote.split()).casefold()]
        said = {(round(p.value, 6), p.value_high) for p in own}
        if own and len(own) < len(clash) and len(said) == 1:
            out[key] = own[0]
    return out
