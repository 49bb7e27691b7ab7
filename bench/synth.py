"""Synthetic stores: N facts over many companies, metrics and twenty years of periods.

Deterministic (fixed seed). Every store holds, at any N:
- the bundled Sony seed (13 facts), unchanged, so the sample questions keep their answers;
- a small *core* of companies (one per kind of fiscal calendar) whose facts the query set
  (`bench.queries`) asks about; the core is the same at every N;
- *filler* companies, added until the store holds exactly N facts. Their names are checked
  against every word the query set and the question parser use, so that a question's right
  answer is the same at every N (a filler "Tarmet" would make "target" a misspelt company).

Facts come in every kind (actual, target, forecast), for fiscal years and fiscal quarters,
with revisions (targets and forecasts restated during the year, actuals restated a year
later). Each quote is a sentence of the source written for that company and fiscal year.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.answering.english import words as W
from bot.facts.bundle import Bundle
from bot.facts.model import Entity, Fact, Kind, Metric, Period, Source
from bot.facts.periods import FiscalCalendar, find_periods
from bot.facts.quantities import Quantity, format_quantity
from bot.facts.seed import seed_bundle

SEED = 20240514
FIRST_FY, LAST_FY = 2005, 2024  # twenty fiscal years


# -- metrics --------------------------------------------------------------------------


@dataclass(frozen=True)
class MetricSpec:
    name: str
    unit: str  # "units", "percent" or "money" (the company's currency)
    synonyms: tuple[str, ...] = ()
    noun: str | None = None  # "how many <noun> did X sell"
    verb: str = "sell"
    lo: float = 1e5  # annual magnitude range
    hi: float = 5e7
    expectation: Kind | None = Kind.TARGET  # which forward-looking kind this series gets


METRICS: tuple[MetricSpec, ...] = (
    # counted ("<noun> sold")
    MetricSpec(
        "tablets sold", "units", ("tablet sales", "tablet shipments", "tablets shipped"), "tablets"
    ),
    MetricSpec(
        "laptops sold", "units", ("laptop sales", "notebooks sold", "notebook shipments"), "laptops"
    ),
    MetricSpec(
        "vehicles sold",
        "units",
        ("vehicle sales", "cars sold", "car deliveries", "vehicles delivered"),
        "vehicles",
        lo=5e4,
        hi=5e6,
    ),
    MetricSpec("consoles sold", "units", ("console sales", "consoles shipped"), "consoles"),
    MetricSpec("cameras sold", "units", ("camera sales", "cameras shipped"), "cameras"),
    MetricSpec("printers sold", "units", ("printer sales", "printers shipped"), "printers"),
    MetricSpec("tickets sold", "units", ("ticket sales",), "tickets"),
    MetricSpec(
        "bicycles sold", "units", ("bicycle sales", "bikes sold"), "bicycles", lo=1e4, hi=2e6
    ),
    MetricSpec("headphones sold", "units", ("headphone sales", "earbuds sold"), "headphones"),
    MetricSpec(
        "routers shipped", "units", ("router shipments", "routers sold"), "routers", verb="ship"
    ),
    MetricSpec(
        "servers shipped",
        "units",
        ("server shipments", "servers sold"),
        "servers",
        verb="ship",
        lo=1e4,
        hi=3e6,
    ),
    MetricSpec(
        "chips shipped",
        "units",
        ("chip shipments", "processors shipped"),
        "chips",
        verb="ship",
        lo=1e7,
        hi=2e9,
    ),
    MetricSpec(
        "subscribers",
        "units",
        ("subscriber count", "subscriber base", "paying subscribers"),
        "subscribers",
        verb="have",
        lo=1e5,
        hi=8e7,
    ),
    MetricSpec(
        "active users",
        "units",
        ("monthly active users", "user base"),
        "active users",
        verb="have",
        lo=1e5,
        hi=5e8,
        expectation=None,
    ),
    MetricSpec(
        "store count",
        "units",
        ("stores", "number of stores", "outlets"),
        "stores",
        verb="have",
        lo=50,
        hi=9000,
        expectation=None,
    ),
    # money
    MetricSpec(
        "revenue",
        "money",
        ("total revenue", "turnover", "net sales", "sales revenue"),
        lo=1e7,
        hi=5e10,
        expectation=Kind.FORECAST,
    ),
    MetricSpec(
        "operating profit",
        "money",
        ("operating income", "EBIT", "profit from operations"),
        lo=1e6,
        hi=5e9,
        expectation=Kind.FORECAST,
    ),
    MetricSpec(
        "net income",
        "money",
        ("net profit", "bottom line"),
        lo=1e6,
        hi=5e9,
        expectation=Kind.FORECAST,
    ),
    MetricSpec("gross profit", "money", ("gross income",), lo=1e6, hi=2e10, expectation=None),
    MetricSpec("EBITDA", "money", ("adjusted EBITDA",), lo=1e6, hi=9e9, expectation=Kind.FORECAST),
    MetricSpec("free cash flow", "money", ("FCF", "cash flow"), lo=1e6, hi=5e9, expectation=None),
    MetricSpec(
        "capital expenditure",
        "money",
        ("capex", "capital spending"),
        lo=1e6,
        hi=5e9,
        expectation=Kind.TARGET,
    ),
    MetricSpec(
        "research and development expenses",
        "money",
        ("research expenses", "research budget"),
        lo=1e6,
        hi=5e9,
        expectation=None,
    ),
    MetricSpec(
        "advertising revenue",
        "money",
        ("ad revenue", "ad sales", "advertising sales"),
        lo=1e6,
        hi=9e9,
        expectation=Kind.FORECAST,
    ),
    MetricSpec(
        "cloud revenue",
        "money",
        ("cloud sales", "cloud services revenue"),
        lo=1e6,
        hi=9e9,
        expectation=Kind.FORECAST,
    ),
    MetricSpec(
        "services revenue",
        "money",
        ("service sales", "services sales"),
        lo=1e6,
        hi=9e9,
        expectation=Kind.FORECAST,
    ),
    MetricSpec(
        "subscription revenue",
        "money",
        ("subscription sales", "recurring revenue"),
        lo=1e6,
        hi=9e9,
        expectation=Kind.FORECAST,
    ),
    MetricSpec(
        "dividends paid",
        "money",
        ("dividend payout", "dividends"),
        lo=1e6,
        hi=2e9,
        expectation=None,
    ),
    MetricSpec(
        "order backlog", "money", ("backlog", "orders on hand"), lo=1e7, hi=5e10, expectation=None
    ),
    # percent
    MetricSpec(
        "gross margin", "percent", ("gross profit margin",), lo=15, hi=65, expectation=Kind.TARGET
    ),
    MetricSpec(
        "operating margin",
        "percent",
        ("operating profit margin", "EBIT margin"),
        lo=2,
        hi=35,
        expectation=Kind.TARGET,
    ),
    MetricSpec(
        "market share", "percent", ("share of market",), lo=1, hi=40, expectation=Kind.TARGET
    ),
    MetricSpec(
        "churn rate", "percent", ("customer churn", "churn"), lo=0.5, hi=4, expectation=Kind.TARGET
    ),
    MetricSpec("return on equity", "percent", ("ROE",), lo=2, hi=30, expectation=None),
)
# The seed's "smartphones sold" and "net loss" are used by synthetic companies too.
SEED_METRICS = {
    "smartphones sold": MetricSpec("smartphones sold", "units", noun="smartphones", lo=1e6, hi=9e7),
    "net loss": MetricSpec("net loss", "money", lo=1e7, hi=3e9, expectation=Kind.FORECAST),
}
SPECS = {m.name: m for m in METRICS} | SEED_METRICS

CALENDARS = (("03-31", "start"), ("06-30", "end"), ("09-30", "end"), ("12-31", "end"), (None, None))
CURRENCIES = ("USD", "USD", "USD", "EUR", "JPY", "GBP")


# -- companies --------------------------------------------------------------------------


@dataclass
class Company:
    name: str
    aliases: tuple[str, ...]
    fiscal_year_end: str | None
    named_by: str | None
    currency: str
    metrics: tuple[str, ...]
    first_fy: int = FIRST_FY
    brand: str = ""

    @property
    def calendar(self) -> FiscalCalendar:
        return FiscalCalendar.of(self.fiscal_year_end, self.named_by)

    @property
    def slug(self) -> str:
        return "-".join(self.name.lower().split())

    def entity(self) -> Entity:
        return Entity(self.name, self.aliases, self.fiscal_year_end, self.named_by)


CORE: tuple[Company, ...] = (
    Company(
        "Vantrix Technologies",
        ("Vantrix", "VTRX"),
        None,
        None,
        "USD",
        ("smartphones sold", "revenue"),
        2008,
        "Vantrix",
    ),
    Company(
        "Oberon Systems",
        ("Oberon", "OBSY"),
        "06-30",
        "end",
        "USD",
        ("cloud revenue", "operating margin"),
        2009,
        "Oberon",
    ),
    Company(
        "Kestrel Motors",
        ("Kestrel", "KSTM"),
        "09-30",
        "end",
        "EUR",
        ("vehicles sold",),
        2007,
        "Kestrel",
    ),
    Company(
        "Halvard Telecom",
        ("Halvard", "HLVD"),
        "03-31",
        "start",
        "JPY",
        ("subscribers",),
        2010,
        "Halvard",
    ),
    Company("Lumora Foods", ("Lumora",), "12-31", "end", "EUR", ("net income",), 2009, "Lumora"),
)

# Name parts for filler companies: brand syllables and an optional second word.
_ONSETS = (
    "b",
    "br",
    "c",
    "cl",
    "d",
    "dr",
    "f",
    "fr",
    "g",
    "gl",
    "h",
    "j",
    "k",
    "kr",
    "l",
    "m",
    "n",
    "p",
    "pr",
    "qu",
    "r",
    "s",
    "sk",
    "st",
    "t",
    "tr",
    "v",
    "vr",
    "z",
    "x",
)
_VOWELS = ("a", "e", "i", "o", "u", "ae", "io", "y")
_MIDDLES = ("l", "n", "r", "v", "m", "th", "nd", "rk", "st", "x", "z", "ll", "nt", "ph")
_ENDINGS = (
    "ix",
    "on",
    "a",
    "ex",
    "ar",
    "ora",
    "ent",
    "ium",
    "o",
    "en",
    "yn",
    "al",
    "ia",
    "ine",
    "ity",
    "ova",
    "ant",
    "ark",
    "ex",
    "ide",
    "um",
    "ell",
)
_SUFFIXES = (
    "Systems",
    "Holdings",
    "Labs",
    "Networks",
    "Industries",
    "Technologies",
    "Motors",
    "Foods",
    "Pharma",
    "Energy",
    "Logistics",
    "Media",
    "Semiconductor",
    "Airlines",
    "Retail",
    "Telecom",
    "Robotics",
    "Devices",
    "Electronics",
    "Brands",
    "Instruments",
    "Dynamics",
    "Aerospace",
    "Biotech",
    "Software",
    "Partners",
)


def _brand(rng: random.Random) -> str:
    parts = [rng.choice(_ONSETS), rng.choice(_VOWELS)]
    if rng.random() < 0.55:
        parts += [rng.choice(_MIDDLES), rng.choice(_VOWELS[:5])]
    parts += [rng.choice(_MIDDLES[:6]), rng.choice(_ENDINGS)]
    return "".join(parts).capitalize()


def _ticker(rng: random.Random, brand: str) -> str:
    consonants = [c for c in brand.upper()[1:] if c not in "AEIOUY"]
    picked = rng.sample(consonants, k=min(len(consonants), rng.choice((2, 3))))
    return brand[0].upper() + "".join(picked)


def _typos(word: str) -> set[str]:
    """The misspellings a question may make of WORD: one letter dropped or swapped."""
    out = {word[:i] + word[i + 1 :] for i in range(len(word))}
    out |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    return out


class NameGuard:
    """Refuses filler names that a question's words could be read as (or misspelt into)."""

    def __init__(self, question_words: Iterable[str]) -> None:
        taken = {w for w in question_words if w}
        lexicons = (
            W.FILLER
            | W.TARGET_WORDS
            | W.FORECAST_WORDS
            | W.EXPECTED_WORDS
            | W.ACTUAL_WORDS
            | W.TARGET_MET_WORDS
            | W.GROWTH_WORDS
            | W.TREND_WORDS
            | W.SEQUENTIAL_WORDS
            | W.ORIGINAL_WORDS
            | W.PREVIOUS_WORDS
            | W.CURRENT_WORDS
            | W.HISTORY_WORDS
            | W.CHANGE_VERBS
            | set(W.UNIT_WORDS)
        )
        taken |= {W.lemma(w) for w in lexicons} | set(lexicons)
        for spec in SPECS.values():
            for phrase in (spec.name, *spec.synonyms):
                taken.update(W.lemmas(phrase))
        for company in CORE:
            for name in (company.name, *company.aliases):
                for word in W.lemmas(name):
                    taken.add(word)
                    taken |= _typos(word)
        taken |= {"sony", "soni", "sny", "xperia"}
        self.words = sorted(taken)
        self.used: set[str] = set()

    def ok(self, name: str) -> bool:
        lowered = name.lower()
        if lowered in self.used or find_periods(name) or len(find_periods(f"{name} 2013")) != 1:
            return False
        for word in W.lemmas(name):
            if word in self.words:
                return False
            # the engine takes a question word of 4+ letters as a misspelt name at 75
            cutoff = 70
            if process.extractOne(
                word, self.words, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff
            ):
                return False
        return True


def filler_companies(rng: random.Random, guard: NameGuard) -> Iterator[Company]:
    metric_names = [m.name for m in METRICS] + list(SEED_METRICS)
    while True:
        brand = _brand(rng)
        if not guard.ok(brand):
            continue
        suffix = rng.choice(_SUFFIXES) if rng.random() < 0.7 else None
        name = f"{brand} {suffix}" if suffix else brand
        ticker = _ticker(rng, brand)
        aliases = [brand] if suffix else []
        if len(ticker) >= 3 and guard.ok(ticker):
            aliases.append(ticker)
        guard.used.update(a.lower() for a in (name, *aliases))
        fye, named_by = rng.choice(CALENDARS)
        k = rng.choices((1, 2, 3, 4, 5), weights=(3, 4, 3, 2, 1))[0]
        yield Company(
            name,
            tuple(aliases),
            fye,
            named_by,
            rng.choice(CURRENCIES),
            tuple(rng.sample(metric_names, k)),
            rng.randint(FIRST_FY, 2014),
            brand,
        )


# -- facts ------------------------------------------------------------------------------


@dataclass
class Series:
    """Every statement of one company's one metric."""

    company: Company
    spec: MetricSpec
    facts: list[Fact] = field(default_factory=list)
    sentences: dict[str, str] = field(default_factory=dict)  # quote -> source key


_ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth"}


@lru_cache(maxsize=4096)
def _period(start: date, end: date) -> Period:
    return Period(start, end)  # shared, so a million facts hold a few thousand Periods


def _round(value: float, unit: str) -> float:
    if unit == "percent":
        return round(value, 1)
    digits = max(0, len(str(int(abs(value)))) - 3)
    return float(round(value, -digits))


def _amount(value: float, unit: str, spec: MetricSpec) -> str:
    if unit == "percent":
        return f"{value:g} percent"
    text = format_quantity(Quantity(value, unit))
    if unit == "units" and spec.noun:
        return text.removesuffix(" units") + " " + spec.noun
    return text


def _statement_day(period_end: date, rng: random.Random, months: float) -> date:
    return period_end + timedelta(days=int(months * 30.4) + rng.randint(-6, 6))


def series_facts(company: Company, metric: str, rng: random.Random) -> Series:
    spec = SPECS[metric]
    unit = {"money": company.currency, "units": "units", "percent": "percent"}[spec.unit]
    scale = 100 if unit == "JPY" else 1
    cal = company.calendar
    s = Series(company, spec)
    level = rng.uniform(spec.lo, spec.hi) * scale
    source = f"{company.slug}-fy{{}}"

    def add(kind: Kind, period: Period, value: float, as_of: date, sentence: str, fy: int):
        key = source.format(fy)
        s.sentences.setdefault(sentence, key)
        s.facts.append(Fact(company.name, metric, kind, period, value, unit, as_of, key, sentence))

    for fy in range(company.first_fy, LAST_FY + 1):
        year = cal.year(fy)
        year = _period(year.start, year.end)
        level *= rng.gauss(1.06, 0.12) if unit != "percent" else rng.gauss(1.0, 0.08)
        level = max(level, spec.lo * scale * 0.2)
        annual = _round(level, unit)
        name = f"{company.brand}"
        what = spec.name if spec.name != "EBITDA" else "EBITDA"
        # quarters first, as the year unfolds
        shares = [rng.uniform(0.2, 0.3) for _ in range(4)]
        for q in range(1, 5):
            p = cal.quarter(fy, q)
            p = _period(p.start, p.end)
            value = annual * (shares[q - 1] / sum(shares) if unit != "percent" else 1)
            value = _round(value * (1 if unit != "percent" else rng.uniform(0.9, 1.1)), unit)
            day = _statement_day(p.end, rng, 1.0)
            add(
                Kind.ACTUAL,
                p,
                value,
                day,
                f"On {day:%d %B %Y}, {name} reported {what} of {_amount(value, unit, spec)} "
                f"for the {_ORDINAL[q]} quarter of fiscal {fy}.",
                fy,
            )
        day = _statement_day(year.end, rng, 1.6)
        add(
            Kind.ACTUAL,
            year,
            annual,
            day,
            f"On {day:%d %B %Y}, {name} reported {what} of {_amount(annual, unit, spec)} "
            f"for fiscal {fy}.",
            fy,
        )
        if rng.random() < 0.06 and fy < LAST_FY:  # restated a year later
            restated = _round(annual * rng.uniform(0.97, 1.03), unit)
            if restated != annual:
                later = day + timedelta(days=365)
                add(
                    Kind.ACTUAL,
                    year,
                    restated,
                    later,
                    f"On {later:%d %B %Y}, {name} restated its fiscal {fy} {what} as "
                    f"{_amount(restated, unit, spec)}.",
                    fy,
                )
        # a target or forecast for the year, stated before it starts, sometimes revised
        if spec.expectation is not None and rng.random() < 0.5:
            kind = spec.expectation
            word = "target" if kind is Kind.TARGET else "forecast"
            goal = _round(annual * rng.uniform(0.9, 1.15), unit)
            day = year.start - timedelta(days=rng.randint(20, 60))
            add(
                kind,
                year,
                goal,
                day,
                f"On {day:%d %B %Y}, {name} set a {what} {word} of "
                f"{_amount(goal, unit, spec)} for fiscal {fy}.",
                fy,
            )
            for _ in range(rng.choice((0, 0, 1, 1, 2))):
                revised = _round(goal * rng.uniform(0.85, 1.1), unit)
                if revised == goal:
                    continue
                day = day + timedelta(days=rng.randint(60, 120))
                verb = "lowered" if revised < goal else "raised"
                add(
                    kind,
                    year,
                    revised,
                    day,
                    f"On {day:%d %B %Y}, {name} {verb} its fiscal {fy} {what} {word} to "
                    f"{_amount(revised, unit, spec)}.",
                    fy,
                )
                goal = revised
    # the next year's expectation (a future period with no actual yet)
    if spec.expectation is not None:
        fy = LAST_FY + 1
        year = cal.year(fy)
        year = _period(year.start, year.end)
        word = "target" if spec.expectation is Kind.TARGET else "forecast"
        goal = _round(level * 1.08, unit)
        day = year.start - timedelta(days=30)
        add(
            spec.expectation,
            year,
            goal,
            day,
            f"On {day:%d %B %Y}, {name} set a {what} {word} of "
            f"{_amount(goal, unit, spec)} for fiscal {fy}.",
            fy,
        )
    return s


def sources_for(company: Company, series: Iterable[Series]) -> list[Source]:
    by_key: dict[str, list[str]] = {}
    published: dict[str, date] = {}
    for s in series:
        for f in s.facts:
            by_key.setdefault(f.source, [])
            published[f.source] = max(published.get(f.source, f.as_of), f.as_of)
        for sentence, key in s.sentences.items():
            by_key[key].append(sentence)
    out = []
    for key, sentences in by_key.items():
        fy = key.rsplit("-fy", 1)[1]
        title = f"{company.name}: fiscal {fy} results and outlook"
        text = title + "\n\n" + "\n".join(sentences)
        out.append(Source(key, title, published[key], text, publisher=company.name))
    return out


# -- the store --------------------------------------------------------------------------


@dataclass
class Synthetic:
    bundle: Bundle
    core: list[Series]
    companies: int


def core_series() -> list[Series]:
    rng = random.Random(SEED)
    return [series_facts(c, m, rng) for c in CORE for m in c.metrics]


def build(n_facts: int, question_words: Iterable[str] = ()) -> Synthetic:
    """A bundle of exactly N_FACTS facts: the seed, the core, and filler companies."""
    parts = list(build_parts(n_facts, question_words, part_facts=n_facts))
    bundle = Bundle(
        tuple(e for p in parts for e in p.entities),
        parts[0].metrics,
        tuple(s for p in parts for s in p.sources),
        tuple(f for p in parts for f in p.facts),
    )
    return Synthetic(bundle, core_series(), len(bundle.entities))


def build_parts(
    n_facts: int, question_words: Iterable[str] = (), *, part_facts: int = 250_000
) -> Iterator[Bundle]:
    """The same store as `build` in bundles of about PART_FACTS facts (whole companies),
    each importable on its own in order, so a store of ten million facts is made with
    the memory of one part. Every part carries the metrics."""
    metrics = tuple(list(seed_bundle().metrics)) + tuple(
        Metric(m.name, m.synonyms, None if m.unit == "money" else m.unit) for m in METRICS
    )
    seed = seed_bundle()
    core = core_series()
    entities = list(seed.entities) + [c.entity() for c in CORE]
    sources = list(seed.sources)
    facts = list(seed.facts)
    for company in CORE:
        mine = [s for s in core if s.company is company]
        sources += sources_for(company, mine)
        for s in mine:
            facts += s.facts
    if len(facts) > n_facts:
        raise ValueError(f"the seed and the core hold {len(facts)} facts; ask for more")
    total = len(facts)
    rng = random.Random(SEED + 1)
    guard = NameGuard(question_words)
    fillers = filler_companies(rng, guard)
    while total < n_facts:
        company = next(fillers)
        series = [series_facts(company, m, rng) for m in company.metrics]
        room = n_facts - total
        kept: list[Series] = []
        for s in series:
            if room <= 0:
                break
            if len(s.facts) > room:  # the last company is cut to fit
                s.facts = s.facts[:room]
                wanted = {f.quote for f in s.facts}
                s.sentences = {k: v for k, v in s.sentences.items() if k in wanted}
            room -= len(s.facts)
            kept.append(s)
        entities.append(company.entity())
        sources += sources_for(company, kept)
        for s in kept:
            facts += s.facts
            total += len(s.facts)
        if len(facts) >= part_facts and total < n_facts:
            yield Bundle(tuple(entities), metrics, tuple(sources), tuple(facts))
            entities, sources, facts = [], [], []
    yield Bundle(tuple(entities), metrics, tuple(sources), tuple(facts))
