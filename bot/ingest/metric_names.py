"""A metric's name and how names are built: the `Metric` a figure counts, singular and
plural of what it counts, a named part of a whole ("Model K3 deliveries", "e-bike revenue"),
and a measure put into a units metric's name ("aircraft delivered").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lemminflect import getAllLemmas

from bot.facts import reporting
from bot.ingest import lexicon as lx

_NAME_WORD = re.compile(r"(?:[A-Z][\w&+-]*|\d[\w-]*[A-Za-z][\w-]*|[A-Z]?\d+[A-Za-z]*)$")


def is_name(phrase: str) -> bool:
    """ "Model K3", "Cloud Infrastructure", "A320 Family": a proper name, every word
    capitalised or a model number, and not a place."""
    words = phrase.split()
    if not words or len(words) > 4 or not all(_NAME_WORD.match(w) for w in words):
        return False
    if phrase.lower() in _PRONOUNS:
        return False  # "We ended the quarter with ...": a sentence's first word, no name
    if any(_PERIOD_WORD.fullmatch(w) for w in words):
        return False  # "forecasts for FY3/26", "in Q3": a period's name, no product's
    return not reporting.regions_in(phrase)


_PERIOD_WORD = re.compile(r"(?:FY|Q[1-4]|H[12]|[1-4]Q|[1-4]H)\d{0,4}|(?:19|20)\d\d", re.IGNORECASE)
_PRONOUNS = frozenset("we i it they you he she our its their this that these those".split())


def measure_noun(metric: Metric) -> str:
    """The noun of a metric's measure, to name a part of it: "vehicles delivered" ->
    "deliveries", "cloud revenue" -> "revenue"; a unit named after it stays: "production
    (kboe/d)"."""
    unit = re.search(r" \([^()]+\)$", metric.name)
    if unit is not None and unit.start() > 0:
        return measure_noun(replace(metric, name=metric.name[: unit.start()])) + unit.group()
    m = re.fullmatch(r".+ (?P<v>sold|shipped|delivered|produced)", metric.name)
    if m is not None:
        return {
            "sold": "sales",
            "shipped": "shipments",
            "delivered": "deliveries",
            "produced": "production",
        }[m["v"]]
    for canonical in sorted(set(lx.MONEY_HEADS.values()), key=len, reverse=True):
        if metric.name.endswith(canonical):
            return canonical
    return metric.name.split()[-1]


def counted_name(name: str, verb: str = "sold") -> str:
    """Units of a named product: "Loop" -> "Loops sold" (asked "how many Loops"), a name
    with a number in it -> "Model K3 units sold"."""
    if re.fullmatch(r"[A-Z][a-z]+", name) and not name.endswith("s"):
        return f"{plural(name)} {verb}"
    return f"{name} units {verb}"


def family_of_unit(unit: str) -> str:
    return unit if unit in ("units", "percent") else "money"


def part_name(part: str, whole: str) -> str:
    """A part of a metric named by a label: "E-bikes" of "units sold" -> "E-bikes sold";
    "e-bikes" of "revenue" -> "e-bike revenue" (a plural product noun before a measure is
    singular, as people say it)."""
    if re.search(r"\bunits\b", whole):
        return re.sub(r"\bunits\b", lambda _: part, whole, count=1)
    *lead, last = part.split()
    one = singular(last)
    if last.islower() and (one in lx.PRODUCTS or one.split("-")[-1] in lx.PRODUCTS):
        last = one  # a product noun; "Parts", "Services", "kids" name segments as written
    return " ".join([*lead, last, whole])


def named_part(metric: Metric, thing: str) -> Metric:
    return Metric(f"{thing} {measure_noun(metric)}", metric.family, None, (), thing)


@dataclass(frozen=True)
class Metric:
    name: str
    family: str  # "units", "money", "percent"
    product: str | None = None  # singular product word, for units
    brands: tuple[str, ...] = ()
    phrase: str = ""  # as written, for matching to the store


def plural(product: str) -> str:
    *lead, last = product.split(" ")
    if lead and product.lower() not in lx.PRODUCTS:
        return " ".join([*lead, plural(last)])  # "cargo bike" -> "cargo bikes"
    return lx.PRODUCTS.get(product.lower(), product if product.endswith("s") else product + "s")


def singular(word: str) -> str:
    w = word.lower()
    if w in lx.PLURAL_TO_SINGULAR:
        return lx.PLURAL_TO_SINGULAR[w]
    if w in lx.PRODUCTS:
        return w
    if w.endswith("s") and (known := getAllLemmas(w).get("NOUN")):
        return known[0]  # a word the dictionary knows: "gas", "series", "buses"
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"  # "widebodies"
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


COUNTED_DONE = re.compile(
    r"\b[a-z]+s\s+(?:carried|handled|transported|flown|served|processed|shipped|delivered"
    r"|produced|sold|booked|performed|completed|conducted|treated|admitted|installed|enrolled"
    # ("Hours watched", "Hours billed", "Tracks streamed": time or media a count is of)
    r"|watched|viewed|streamed|billed|played|downloaded"
    # ("Towers owned", "Sites operated": what is held, a count on a day)
    r"|owned|operated|leased|managed|franchised)$",
    re.IGNORECASE,
)


PARTICIPLES = {
    "units_sold": "sold",
    "units_shipped": "shipped",
    "units_delivered": "delivered",
    "units_produced": "produced",
}


def part_of_whole(whole: Metric, noun: str) -> Metric:
    """ "1,124 of them widebodies" of "order backlog": "widebody order backlog"; "10 million
    of them smartphones" of "mobile phones sold": "smartphones sold"."""
    m = re.fullmatch(r"(?P<thing>.+) (?P<verb>sold|shipped|delivered)", whole.name)
    if m is not None:
        return Metric(f"{noun.lower()} {m['verb']}", "units", singular(noun), (), noun)
    return Metric(f"{singular(noun)} {whole.name}", "units", None, (), "")


def with_measure(metric: Metric, phrase: str) -> Metric:
    """A units metric with the measure PHRASE names: "aircraft sold" under "its delivery
    target" is "aircraft delivered"."""
    from bot.facts import reporting

    if metric.family != "units":
        return metric
    fam = reporting.family_of(phrase, "units")
    participle = PARTICIPLES.get(fam.key) if fam else None
    m = re.fullmatch(r"(?P<thing>.+) (?:sold|shipped|delivered|produced)", metric.name)
    if participle is None or m is None:
        return metric
    return Metric(
        f"{m['thing']} {participle}", metric.family, metric.product, metric.brands, metric.phrase
    )
