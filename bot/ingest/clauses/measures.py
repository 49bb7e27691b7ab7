"""Naming the measure of a figure from its subject: stocks, fleets, prices per unit, signed
results, measures grown, elided and parallel subjects."""

from __future__ import annotations

import re
from datetime import date

from bot.facts import reporting
from bot.facts.model import Kind
from bot.facts.periods import CALENDAR
from bot.ingest import lexicon as lx
from bot.ingest.breaks import clause_start
from bot.ingest.clauses.context import Context, Slot
from bot.ingest.clauses.kinds import DETERMINERS
from bot.ingest.clauses.regions import region_words
from bot.ingest.clauses.stretches import without_relative
from bot.ingest.figures import Figure
from bot.ingest.metric_names import Metric, is_name, named_part, singular
from bot.ingest.spans import resolve_time
from bot.ingest.timing import TimeMention, find_times

# "opened 7 stores", "closed 2", "16 new stores", "5 closures": how a count changed
_EVENT_VERB = re.compile(
    r"\b(?:(?P<open>opened|opens|added|adds|(?<=to\s)(?:open|add))"
    r"|(?P<close>closed|closes|shut|shuts|(?<=to\s)(?:close|shut)|(?<=and\s)(?:close|shut))"
    # ("acquired 21 practices and opened 4": outlets bought, counted as openings are)
    r"|(?P<acquire>acquired|acquires|(?<=to\s)acquire)"
    r"|(?P<dispose>disposed\s+of|divested))\s+"
    r"(?:(?:about|around|some|nearly|a\s+net\s+of|a\s+further|between)\s+)?~?$",
    re.IGNORECASE,
)
_EVENT_AFTER = re.compile(
    r"\s+(?:(?P<new>new)\s+(?P<noun>[a-z]+)|(?P<closures>closures|closings)|(?P<openings>openings)"
    r"|(?P<plain>[a-z]+))?",
    re.IGNORECASE,
)
_PRICE_PER = re.compile(
    r"\b(?:revenues?|sales|costs?|price|ebitda|income|profit)\s+(?:per|/)\s*"
    # "per hectoliter", "per available seat mile": up to three words, never the verb after
    # ("per available seat-kilometre": a word may be hyphenated)
    r"(?P<unit>[a-z]{2,}(?:\s+(?!(?:was|were|is|are|rose|fell|climbed|increased|decreased"
    r"|reached|came|stood|totaled|totalled|amounted|grew|declined|dropped|jumped|in|at|of|for"
    r"|and|to)\b)[a-z]{2,}(?:-[a-z]{2,})?){0,2})\b",
    re.IGNORECASE,
)
# What lies between "net revenue per hectoliter" and its figure: its initials in brackets and
# a verb ("(NR/hl) was of", "rose 4.1% to"), no other measure
_PER_GAP = re.compile(
    r"\s*(?:\([^()\d]{1,12}\)\s*)?,?\s*(?:(?:[a-z]+|[+-]?\d+(?:[.,]\d+)?\s?%)\s+){0,4}$"
)


def price_per(text: str, sl: Slot, before: list[Slot]) -> str | None:
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
        # ("$1.23 per share, compared with $242.34 million": not a price of its scale)
        and prior.fig.value
        and 0.01 <= abs(f.value / prior.fig.value) <= 100
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


def is_fleet(text: str, f: Figure) -> bool:
    """A count of aircraft, ships or trucks operated, or the fleet's: the fleet's size."""
    return _FLEET_NOUN.match(text, f.end) is not None and (
        _OPERATED_BEFORE.search(text, max(0, f.start - 40), f.start) is not None
        or _FLEET_BEFORE.search(text, clause_start(text, f.start), f.start) is not None
    )


_ELLIPSIS = re.compile(
    # ("6,050 tonnes for the quarter, or 18,170 tonnes year to date": the same measure again)
    r"(?:\band|,\s*or)\s+(?:(?:about|around|nearly|some|roughly|another|a\s+further|just)\s+)?$",
    re.IGNORECASE,
)
_COMPARATIVE_AFTER = re.compile(
    r"\s*(?:units\s+)?(?:more|fewer|less|higher|lower|above|below|up|down|over|under)\b", re.I
)
_PROFIT_VERB = re.compile(
    r"\b(?:earned|made|generated|turned\s+a\s+profit|returned\s+to\s+profit)\b"
)
_LOSS_VERB = re.compile(r"\b(?:lost|swung\s+to\s+a\s+loss|slipped\s+into\s+the\s+red)\b")


def other_sign(text: str, sl: Slot, metric: Metric) -> bool:
    """A result named from another clause whose sign the figure's own verb contradicts."""
    own = text[clause_start(text, sl.fig.start) : sl.fig.start]
    if metric.name.endswith("loss"):
        return _PROFIT_VERB.search(own) is not None
    if metric.name.endswith(("profit", "income", "earnings")):
        return _LOSS_VERB.search(own) is not None
    return False


def signed_other_way(metric: Metric) -> Metric | None:
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


def measured_subject(text: str, sl: Slot) -> Metric | None:
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


def measure_of(name: str) -> str:
    """ "wound care products revenue growth" -> "revenue growth": the measure without
    the part a name gives it."""
    words = name.split()
    start = next((k for k, w in enumerate(words) if w.lower() in _MEASURE_START), 0)
    return " ".join(words[start:])


_KIND_NOUN_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(lx.KIND_NOUNS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def past_possessive(text: str, f: Figure, times: list[TimeMention], ctx: Context) -> bool:
    """ "the first half's $1.4 billion", "last year's $3 billion": a figure its period owns,
    a period that has ended (and no "target" or "forecast" after the figure)."""
    t = next((t for t in times if re.fullmatch(r"['’]s\s*", text[t.end : f.start])), None)
    if t is None or _KIND_NOUN_AFTER.match(text, f.end):
        return False
    cal = ctx.fiscal or CALENDAR
    period = resolve_time(t, cal=cal, as_of=ctx.published, kind=Kind.ACTUAL, anchor=ctx.anchor)
    return period is not None and period.end <= ctx.published


_PER_UNIT = re.compile(r"\s*(?:per|a|/)\s*[A-Za-z][\w-]*(?![\w-])", re.IGNORECASE)
# the price or the cost a unit amount is of: "realized prices were", "lease operating expense"
_PRICE_PHRASE = re.compile(
    r"((?:[A-Za-z][\w-]*\s+){0,4})(price|cost|expense)s?\b(?:\s*\([A-Z]{2,5}\))?", re.IGNORECASE
)
# what the unit is of, said after it: "$70.85 per barrel of oil", "$2.64 per Mcf of natural gas"
_UNIT_OF = re.compile(
    r"\s+of\s+(?P<thing>[A-Za-z][\w-]*(?:\s+(?!(?:and|in|for|at|on|to)\b)[a-z][\w-]*)?)"
    r"(?=[\s,;.)]|$)"
)
_PRICE_LEAD = frozenset(
    "the a an its our their this that new revised forecast opening final previous current "
    "expected estimated lower higher raised lowered lift lifting of for to from at".split()
)


def unit_price(text: str, f: Figure, *, of_thing: bool = False) -> Metric | None:
    """ "the forecast Farmgate Milk Price ... to $9.10 to $9.70 per kgMS": an amount a unit
    is a price, named by the price the sentence speaks of before it. OF_THING: only a price
    whose unit says what it is of ("$2.64 per Mcf of natural gas"), which no neighbour's
    name fits."""
    per = _PER_UNIT.match(text, f.end)
    if per is None or re.match(r"\s*per\s+share", text[f.end :], re.I):
        return None
    if of_thing and _UNIT_OF.match(text, per.end()) is None:
        return None
    found = list(_PRICE_PHRASE.finditer(text, 0, f.start))
    if not found:
        return None
    words = [*found[-1].group(1).split(), found[-1].group(2)]
    while words[:-1] and words[0].lower() in _PRICE_LEAD:
        words.pop(0)
    if any(w.lower() in _PRICE_LEAD for w in words[:-1]):
        words = words[max(k for k, w in enumerate(words[:-1]) if w.lower() in _PRICE_LEAD) + 1 :]
    words[-1] = words[-1].lower() if words[-1].isupper() else words[-1]
    if (of := _UNIT_OF.match(text, per.end())) is not None and len(words) <= 3:
        # "realized prices were $70.85 per barrel of oil": the oil price
        thing = [re.sub(r"(?<=[A-Z])s$", "", w) for w in of["thing"].split()]  # "NGLs"
        words = [*words[:-1], *thing, words[-1]]
    name = " ".join(words)
    return Metric(name, "money", None, (), name)


# A clause of its own (after "and", "while", a comma or a semicolon) whose subject names an
# amount a unit: "and realized gas was $3.12 per Mcf", "and lease operating expense averaged
# $8.75 per boe", "and cost per seat 7.95 cents" (the verb left out after a measure "per" a
# unit), "and our average selling price came to EUR 1,210 a tonne"
_OWN_CLAUSE_PRICE = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|while|whereas|but)\s+)(?:(?:the|our|its|their)\s+)?"
    r"(?P<subject>(?:[A-Za-z][\w-]*\s+){0,5}?[A-Za-z][\w-]*)"
    r"(?:\s+(?:across|for|in|on)\s+[a-z][\w\s-]{0,30}?)?"
    r"(?:\s+(?P<verb>was|were|is|are|averaged|came\s+(?:to|in\s+at)|stood\s+at|reached|of))?"
    r"\s+(?:(?:about|around|roughly|some|nearly)\s+)?$",
    re.IGNORECASE,
)
_A_TIME = re.compile(r"\s*a\s+(?:year|quarter|month|week|day|decade|half)\b", re.IGNORECASE)
_PRICE_WORDS = re.compile(r"\b(?:prices?|costs?|expenses?|yields?|per|revenues?)\b", re.I)
_NO_SUBJECT = frozenset(
    "it they we he she this that which who there with at compared from to by for".split()
)
# a verb in a subject's words ("guests spent an average"): no measure's name
_A_VERB = re.compile(r"[a-z]+ed|spent|sold|paid|made|took|gave|saw", re.IGNORECASE)


def own_clause_price(text: str, f: Figure) -> Metric | None:
    """An amount a unit ("$3.12 per Mcf", "7.95 cents" after "cost per seat") named by the
    subject of its own clause, never by the price or amount of the clause before it ("our
    realized oil price was $71.40 a barrel and realized gas was $3.12 per Mcf"); None when
    the figure's clause names no subject of its own."""
    per = _PER_UNIT.match(text, f.end)
    if per is not None and _A_TIME.match(text, f.end):
        per = None  # "US$18 million a year earlier": a time, no unit
    start = max(text.rfind(" and ", 0, f.start), text.rfind(",", 0, f.start), -1)
    m = _OWN_CLAUSE_PRICE.search(text, max(start, 0), f.start)
    if m is None or start < 0:
        return None
    words = m["subject"].split()
    if words[0].lower() in _NO_SUBJECT or not any(w.isalpha() for w in words):
        return None
    if m["verb"] is not None and m["verb"].lower() == "of":
        # "an average of KES 18.60 a stem": the average price; any other "X of" (an
        # assumption's "WTI of US$70 per barrel") names no price of the company's
        if words[-1].lower() != "average" or any(_A_VERB.fullmatch(w) for w in words):
            return None
        words = [w for w in words if w.lower() not in ("a", "an", "company")] + ["price"]
    named_per = re.search(r"\bper\s+[A-Za-z][\w-]*$", m["subject"], re.I) is not None
    if m["verb"] is None and not named_per:
        return None  # no verb: only "cost per seat 7.95 cents" names its figure so
    if not named_per and (per is None or re.match(r"\s*per\s+share", text[f.end :], re.I)):
        return None  # neither "cost per seat" before it nor "per Mcf" after it: no unit price
    name = " ".join(w if w[1:] != w[1:].lower() else w.lower() for w in words)
    if not _PRICE_WORDS.search(name):
        name = f"{name} price"  # "realized gas was $3.12 per Mcf": the gas price
    return Metric(name, "money", None, (), name)


_LEAD_LEVEL = re.compile(
    r"^\W*(?P<measure>(?:[A-Za-z][\w-]*\s+){0,3}?(?:inventory|inventories|backlog|order\s+book"
    r"|stores|members|subscribers|customers|headcount))\s+(?:at|as\s+(?:of|at|on))\s+",
    re.IGNORECASE,
)


def lead_level(lead: str, published: date) -> tuple[str, date] | None:
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


def stock_level_of(text: str, start: int, end: int) -> Metric | None:
    """ "North American dealer inventory stood at": the level's measure, its region read
    apart (`region_named`) and its determiners dropped."""
    m = _STOCK_SUBJECT.search(text, start, end)
    if m is None:
        return None
    words = [
        w.lower()
        for w in m["measure"].split()
        if w.lower() not in lx.EMPTY_MODIFIERS
        and w.lower() not in DETERMINERS
        and w.lower() not in region_words()
        and w.lower() not in ("total", "our", "its", "their")
    ]
    name = " ".join(words)
    return Metric(name, "units", None, (), name) if words else None


def generic_units(metric: Metric) -> bool:
    """ "23.4 million units": a count that names nothing it counts."""
    return metric.name.startswith("units ") or metric.phrase.lower() in ("units", "unit")


_GREW_SUBJECT = re.compile(
    r"(?P<words>[A-Za-z][\w&'-]*(?:\s+[A-Za-z][\w&'-]*){0,4})\s*,?\s+(?P<verb>rose|grew|climbed"
    r"|increased|decreased|declined|fell|dropped|jumped|slipped|edged\s+up|(?:was|were)\s+"
    r"(?:up|down))\s+(?:by\s+)?(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)


_CLAUSE_OPENERS = frozenset("and but while whereas the where when which whose".split())


def grown_subject(text: str, f: Figure) -> Metric | None:
    """ "like-for-like sales, which leave out showrooms opened or closed, grew 4.1%": the
    measure that is the verb's subject, past a relative clause, names the rate."""
    blank = without_relative(text)
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


_ARTICLES = frozenset("the its our their a an".split())


def measure_named(words: str) -> str | None:
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


# "an adjusted EBITDA loss of $38 million", "EBITDA was $41 million, compared with a loss of
# $18 million": a result measure with no loss of its own name, below zero
_RESULT_LOSS = re.compile(
    r"^(?P<m>.*\b(?:EBITDA|EBITA|EBIT|EBITDAR|operating\s+result|segment\s+result))"
    r"\s+(?:net\s+)?loss$",
    re.IGNORECASE,
)


# "our adjusted EBITDA was still a loss of $89 million", "EBITDA was a profit of $118 million"
_RESULT_WAS = re.compile(
    r"\b(?P<m>(?:adjusted\s+|underlying\s+)?(?:EBITDA|EBITA|EBIT))\b[^,;.]{0,25}?\b(?:was|were|is"
    r"|came\s+to|came\s+in\s+at|turned\s+into)\s+(?:still\s+)?(?:a|an)\s+(?P<sign>profit|loss|gain)"
    r"\s+of\s+(?:(?:about|around|some|nearly)\s+)?$",
    re.IGNORECASE,
)


def result_said_as(text: str, start: int, fig_start: int) -> Metric | None:
    """The measure a clause says was a profit or a loss of the figure: "adjusted EBITDA was
    a loss of $89 million" is adjusted EBITDA below zero (its loss, `loss_below_zero`)."""
    m = _RESULT_WAS.search(text, start, fig_start)
    if m is None:
        return None
    name = m["m"][0].lower() + m["m"][1:] if m["m"][:1] != "E" else m["m"]
    name = f"{name} loss" if m["sign"].lower() == "loss" else name
    return Metric(name, "money", None, (), "")


def loss_below_zero(metric: Metric) -> Metric | None:
    """The measure a loss of it is a negative amount of: "adjusted EBITDA loss" ->
    "adjusted EBITDA" (whose figure is then below zero); None for a measure named as a loss
    ("net loss", "operating loss"), which is stated as a positive figure."""
    m = _RESULT_LOSS.match(metric.name)
    if m is None:
        return None
    return Metric(m["m"], metric.family, metric.product, metric.brands, m["m"])


_BARE_RESULT = frozenset({"profit", "loss", "income"})
_RESULT_QUALIFIED = re.compile(
    r"^(?P<q>(?:adjusted\s+)?(?:operating|net|pre-?tax|gross|underlying))\s+(?:profit|loss|income)$",
    re.IGNORECASE,
)


def qualified_like(text: str, sl: Slot, before: Slot) -> Metric | None:
    """ "an operating loss of $12 million, compared with a profit of $30 million": the bare
    result compared with a qualified one is of the same kind (an operating profit)."""
    if sl.metric is None or (
        sl.metric.name.lower() not in _BARE_RESULT and sl.metric.phrase.lower() != "loss"
    ):
        return None
    if before.skip or before.metric is None:
        return None
    if sl.metric.phrase.lower() == "loss":
        # "EBITDA was $41 million, compared with a loss of $18 million": a loss of the
        # measure compared with, when it has no loss of its own name (below zero)
        # (a bare "loss" after it in the sentence, compared or not: "a long way from the
        # loss of $412 million in 2023")
        base = loss_below_zero(before.metric) or before.metric
        loss = Metric(f"{base.name} loss", before.metric.family, None, (), "")
        if loss_below_zero(loss) is not None:
            return loss
    if not COMPARATIVE.search(text, max(0, sl.fig.start - 40), sl.fig.start):
        return None
    q = _RESULT_QUALIFIED.match(before.metric.name)
    if q is None:
        return None
    phrase = f"{q['q'].lower()} {sl.metric.name.lower()}"
    name = lx.MONEY_HEADS.get(phrase, phrase)  # the reader's own name: "operating income"
    return Metric(name, sl.metric.family, sl.metric.product, sl.metric.brands, sl.metric.phrase)


def elided(text: str, sl: Slot, previous: list[Slot]) -> Metric | None:
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


def said_once(name: str) -> str:
    """ "Underlying EBIT EBIT", "Adjusted EBITDA adjusted EBITDA": words the reader gave
    twice in a row, once."""
    return re.sub(r"\b([\w-]+(?:\s+[\w-]+)*?)(?:\s+\1\b)+", r"\1", name, flags=re.IGNORECASE)


def timeless(name: str, published: date) -> str:
    """A metric names what was counted, never when: "13 weeks to 2 November sales growth"
    is "sales growth" (the period is the proposal's own)."""
    # a phrase of several words: a bare year may be part of a product's name ("Office 2021")
    times = [
        t
        for t in find_times(name, published)
        if t.mode in ("absolute", "span", "to-date", "quarter", "day") and " " in t.text.strip()
    ]
    for t in sorted(times, key=lambda t: -t.start):
        name = name[: t.start] + name[t.end :]
    cleaned = " ".join(name.split())
    return cleaned if cleaned else name


LEADING = frozenset("The Its Their Our His Her This That These Those A An".split())


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
# prepositions that open a sentence's frame, never a segment's name
_OPENING_WORDS = frozenset("For In On At By As From During Since Through Over Until".split())


_SET_AGAINST = re.compile(r"(?:^|[,;])\s*(?:while|whereas|but|and)\b", re.IGNORECASE)


def parallel(text: str, sl: Slot, before: list[Slot]) -> Metric | None:
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


# A part's bare label between a join and its figure, no verb: "; foodservice DKK 1,710 mln",
# "and food and beverage $245.1 million", ", containers US$ 152.0 mn", "and cocoa products
# for 664,900 tonnes"
_LISTED_PART = re.compile(
    r"^[^\d;]{0,40}?(?:\s*[;,]\s*(?:and\s+)?|\s+and\s+)"
    r"(?P<label>[A-Za-z][\w&'’-]*(?:\s+(?:&|and|[A-Za-z][\w&'’-]*)){0,3}?)"
    r"(?:\s+(?:for|at|of))?\s*[:\-–]?\s*$"
)
# words that make the label no part's name: a hedge, a comparison, a time, a verb's mark
_NO_PART_WORD = frozenset(
    """about around nearly roughly some approximately up down from to against versus vs
    compared than over under above below while whereas which who it they we this that
    the a an its our their of in on at by for with year quarter half month week period
    total overall""".split()
)
# a verb among the words: "sales rose", "orders were", "volume reached", "it added"
_VERB_WORD = re.compile(
    r"[a-z]+ed|was|were|is|are|rose|fell|grew|came|stood|hit|took|made|brought|had", re.I
)
_ANY_DAY = date(2000, 1, 1)  # (a time phrase is found whatever the day it is read on)


def listed_part(text: str, sl: Slot, before: list[Slot]) -> Metric | None:
    """ "H1 retail revenue DKK 4,310 mln; foodservice DKK 1,710 mln": a figure after a join
    whose only words are a part's label is that part of the measure the figure before it
    names, never that figure's own measure again."""
    prior = next((p for p in reversed(before) if not p.skip and p.metric is not None), None)
    if prior is None or prior.fig.unit != sl.fig.unit or prior.fig.end > sl.fig.start:
        return None
    if prior.metric.family != ("units" if sl.fig.unit == "units" else "money"):
        return None  # (a measure of another kind names no part of this one)
    m = _LISTED_PART.match(text[prior.fig.end : sl.fig.start])
    if m is None:
        return None
    label = m["label"]
    words = label.split()
    if any(w.lower() in _NO_PART_WORD or _VERB_WORD.fullmatch(w) for w in words):
        return None
    if find_times(label, _ANY_DAY) or reporting.family_of(label) is not None:
        return None  # "in 2024", "revenue": a time or a measure, never a part
    label = label.lower() if label.isupper() else label
    return named_part(prior.metric, label)


def with_topic(text: str, metric: Metric, ctx: Context) -> Metric:
    """A sentence's topic names what a generic figure counts: the product of "units", the
    segment of a bare "revenue"."""
    if metric.family == "units" and (
        metric.phrase.lower() in ("units", "unit") or metric.name.startswith("units ")
    ):
        m = _TOPIC.match(text)
        if m is not None and m["np"].split()[-1].lower() not in lx.NOT_PRODUCTS:
            verb = metric.name.rsplit(" ", 1)[-1]
            return Metric(f"{m['np'].lower()} {verb}", "units", None, metric.brands, m["np"])
        code = _CODE_SUBJECT.match(text)
        if code is not None and not find_times(code["code"], ctx.published):
            # "The X9 was again our best-seller in December with 18,640 units": the model's
            verb = metric.name.rsplit(" ", 1)[-1]
            return Metric(
                f"{code['code']} units {verb}", "units", None, metric.brands, code["code"]
            )
    base = metric.name[: -len(" growth")] if metric.name.endswith(" growth") else metric.name
    if base in _BARE_MONEY:
        m = _SEGMENT_SUBJECT.match(text)
        name = m["name"] if m is not None else None
        if name and (
            name.split()[0] in _OPENING_WORDS
            or find_times(name, ctx.published)
            or name.split()[0].lower() in lx.EMPTY_MODIFIERS  # "Full-year", "Quarterly"
        ):
            name = None  # "For FY2025, ...", "In Q3 2025, ...": when, never a segment
        if (
            name
            and is_name(name)
            and not any(ctx.metrics.is_company(w) for w in name.split())
            # ("Comparable RevPAR rose ...": a measure opens the sentence, no segment)
            and not any(
                w.lower() in lx.MONEY_HEADS or w.lower() in lx.PERCENT_HEADS for w in name.split()
            )
        ):
            return Metric(f"{name} {metric.name}", metric.family, None, (), name)
    part = _PART_SUBJECT.match(text)
    if (
        part is not None
        and part["name"] in ctx.names.parts
        and (base in _BARE_MONEY or metric.name.endswith("margin"))
    ):
        # "Memory posted an operating profit of ..., an operating margin of 17.0%": a
        # division the report's own tables name, in one word
        return Metric(f"{part['name']} {metric.name}", metric.family, None, (), part["name"])
    return metric


# one capitalised word as a clause's subject: "Memory posted", "Memory, on the other hand,"
_PART_SUBJECT = re.compile(
    r"^\W*(?P<name>[A-Z][\w&-]+)(?=\s*,|\s+(?:posted|reported|recorded|had|saw|delivered"
    r"|generated|earned|grew|rose|fell|was|were)\b)"
)


_MODEL_NAME = re.compile(r"(?:[A-Z][\w-]*\s+)+(?:[A-Z]+\d[\w-]*|\d+[\w-]*)")


def product_name(text: str, ctx: Context) -> str | None:
    """A model's name in a sentence ("the AeroLine R290", "Model K3"): capitalised words
    ending in a model number, not the company's."""
    for m in reversed(list(_MODEL_NAME.finditer(text))):
        number = m.group().split()[-1]
        if find_times(number, ctx.published):
            continue  # "For FY2025", "In 3Q25": a period, never a model number
        words = [w for w in m.group().split() if not ctx.metrics.is_company(w)]
        led = bool(words) and words[0] in LEADING
        while words and words[0] in LEADING:
            words = words[1:]
        name = " ".join(words)
        if len(words) >= 2 and is_name(name):
            return name
        if len(words) == 1 and led and _MODEL_CODE.fullmatch(name):
            return name  # "The X9 was again our best-seller": a model by its code alone
    return None


# a sentence whose subject is a model by its code: "The X9 was ...", "X9 deliveries were ..."
_CODE_SUBJECT = re.compile(
    r"^\W*(?:The\s+)?(?P<code>[A-Z]{1,3}\d{1,4}[A-Za-z]?)\s+(?:was|is|were|has|had)\b"
)
# a model's code written alone: "X9", "XF3", "S7" (letters, then digits)
_MODEL_CODE = re.compile(r"[A-Z]{1,3}\d{1,4}[A-Za-z]?")


def counted_event(text: str, f: Figure, previous: list[Slot]) -> Metric | None:
    """ "opened 7 stores and closed 2", "~16 new stores, ~5 closures": the openings or
    closures of a counted level, over the period; None for anything else."""
    if f.unit != "units" or (f.explicit and not _BARE_RANGE.fullmatch(f.text.strip())):
        return None  # ("between 120 and 135": a range of bare counts is as bare as one)
    verb = _EVENT_VERB.search(text, max(0, f.start - 30), f.start)
    after = _EVENT_AFTER.match(text, f.end)
    if after is not None and after["plain"] and after["plain"].lower() in _NO_NOUN:
        after = None  # "and closed 2 during the year": the count's noun left out, not another
    noun = (after["noun"] or after["plain"] or "").lower() if after else ""
    named = after is not None and noun in lx.LEVEL_PLURAL
    done = _DONE_AFTER.match(text, after.end() if named else f.end) if verb is None else None
    counted = noun if named else _counted_before(text, f.start)
    if done is not None and counted:
        # "14 stores were opened and 3 were closed": the verb after its count, in the passive
        word = "openings" if done["open"] else "closures"
        name = f"{lx.LEVEL_PLURAL[counted]} {word}"
        return Metric(name, "units", None, (), name)
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
    shutting = _SHUTTING_AFTER.match(text, after.end()) if after and after["plain"] else None
    if verb is None and shutting is not None and noun:
        # "one of 14 stores the chain is shutting", "the 15 stores it plans to open"
        word = "openings" if shutting["open"] else "closures"
    elif verb is not None and not (after and (after["closures"] or after["openings"])):
        word = event_word(verb)
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


_BARE_RANGE = re.compile(r"\d[\d,]*\s*(?:to|and|-|–)\s*\d[\d,]*")


def _counted_before(text: str, end: int) -> str:
    """The first counted level the sentence names before END ("stores" in "14 stores were
    opened and 3 were closed"), or ""."""
    words = (w.lower() for w in re.findall(r"[A-Za-z]+", text[:end]))
    return next((w for w in words if w in lx.LEVEL_PLURAL), "")


# words after an event's count that are no noun of it: "closed 2 during the year"
_NO_NOUN = frozenset("during in at over for and so since across from to by on this last".split())
# the event's verb after its counted noun: "14 stores were opened", "3 were closed"
_DONE_AFTER = re.compile(
    r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:(?P<open>opened)|(?P<close>closed|shut))\b",
    re.IGNORECASE,
)
_EVENT_NAME = re.compile(r"\b(?:openings|closures|acquisitions|disposals)$")


def event_word(verb: re.Match[str]) -> str:
    """What a verb of changing a count did: "opened" openings, "acquired" acquisitions."""
    if verb["open"]:
        return "openings"
    if verb["acquire"]:
        return "acquisitions"
    return "disposals" if verb["dispose"] else "closures"


def planned_event(text: str, f: Figure) -> bool:
    """ "14 stores the chain is shutting", "stores it will open": openings or closures still
    to come, a plan rather than a result."""
    after = _EVENT_AFTER.match(text, f.end)
    shutting = _SHUTTING_AFTER.match(text, after.end()) if after and after["plain"] else None
    return shutting is not None and not re.search(r"(?:ed|shut)$", shutting.group().lower())


# a relative clause after the counted noun: "stores the chain is shutting", "stores it will open"
_SHUTTING_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:the\s+[\w-]+(?:\s+[\w-]+)?|it|we|they)\s+"
    r"(?:is\s+|are\s+|will\s+|plans\s+to\s+|intends\s+to\s+|expects\s+to\s+|has\s+|have\s+)?"
    r"(?:(?P<open>opening|open|opened)|(?P<close>shutting|closing|shut|close|closed))\b",
    re.IGNORECASE,
)


def lower_first(name: str, sentence: str, brands: tuple[str, ...] = ()) -> str:
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


def antecedent(previous: list[Slot], f: Figure) -> Metric | None:
    for sl in reversed(previous):
        # "$195.63 million, or $1.23 per share, compared with $242.34 million": the
        # comparison is with the total, not the per-share aside
        if sl.metric is not None and sl.fig.unit == f.unit and "per share" not in sl.metric.name:
            return sl.metric
    return None


def growth_from_phrase(text: str, start: int) -> Metric | None:
    m = re.match(r"(?P<np>(?:[\w’'&-]+\s+){0,4}?(?:[\w-]+))(?=[\s,.;]|$)", text[start:])
    if not m:
        return None
    return Metric(f"{m['np']} growth", "percent", None, (), m["np"])


COMPARATIVE = re.compile(
    r"(?:\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst|\bfrom|\bthan)\s+"
    r"(?:[\w$€£¥-]+\s+){0,3}$",
    re.IGNORECASE,
)
