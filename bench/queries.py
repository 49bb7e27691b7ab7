"""The query set: a few hundred questions whose right answers the generator knows.

Questions are about the seed (Sony) and the core companies of `bench.synth`, which every
synthetic store holds unchanged, so the same set is asked of every N. Wordings vary on
purpose: fiscal and calendar period phrases, synonyms, aliases and tickers, typos,
revisions, derived answers (target met, growth), charts, and questions the store cannot
answer (other companies, periods, metrics, kinds, off-topic).

A question's expectation is one of:
- ("value", fact):               answered, and the first fact is FACT
- ("pair", fact_a, fact_b):      answered, and the first two facts are A and B (derived)
- ("trend", n_periods):          answered with facts of one series over N periods
- ("unknown",):                  the bot says it does not have that
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from bench.synth import SEED, Company, Series, core_series
from bot.answering.english.words import lemmas
from bot.facts.model import Fact, Kind, Period
from bot.facts.seed import seed_bundle

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SHORT = tuple(m[:3] for m in MONTHS)


@dataclass(frozen=True)
class Question:
    text: str
    expect: tuple  # see the module's docstring
    tag: str


def identity(f: Fact) -> tuple:
    return (
        f.entity.casefold(),
        f.metric.casefold(),
        f.kind.value,
        f.period.iso(),
        f.as_of.isoformat(),
    )


# -- how each core metric is asked about ----------------------------------------------------

# metric -> (value wordings, target/forecast wording, typo'd wording); {E} entity, {P} period
PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    "smartphones sold": {
        "value": (
            "how many smartphones did {E} sell in {P}",
            "{E} smartphone sales {P}",
            "{E}'s smartphones shipped in {P}",
            "number of phones {E} sold in {P}",
        ),
        "noun": ("smartphone sales",),
        "typo": ("how many smartphnes did {E} sell in {P}", "{E} smarphone sales {P}"),
    },
    "revenue": {
        "value": (
            "what was {E}'s revenue in {P}",
            "{E} revenue {P}",
            "{E} turnover for {P}",
            "{E} total revenue in {P}",
        ),
        "noun": ("revenue",),
        "typo": ("{E} revenu {P}", "what was {E}'s revnue in {P}"),
    },
    "cloud revenue": {
        "value": (
            "what was {E}'s cloud revenue in {P}",
            "{E} cloud sales {P}",
            "{E} cloud services revenue for {P}",
        ),
        "noun": ("cloud revenue",),
        "typo": ("{E} clowd revenue {P}", "{E} cloud revenu {P}"),
    },
    "operating margin": {
        "value": (
            "what was {E}'s operating margin in {P}",
            "{E} operating margin {P}",
            "{E} operating profit margin for {P}",
        ),
        "noun": ("operating margin",),
        "typo": ("{E} operating margn {P}", "{E} operatng margin {P}"),
    },
    "vehicles sold": {
        "value": (
            "how many vehicles did {E} sell in {P}",
            "{E} vehicle sales {P}",
            "{E} car deliveries in {P}",
            "how many cars did {E} sell in {P}",
        ),
        "noun": ("vehicle sales",),
        "typo": ("how many vehicels did {E} sell in {P}", "{E} vehicle saels {P}"),
    },
    "subscribers": {
        "value": (
            "how many subscribers did {E} have in {P}",
            "{E} subscriber count {P}",
            "{E} subscriber base for {P}",
        ),
        "noun": ("subscriber",),
        "typo": ("how many subscribrs did {E} have in {P}", "{E} subscriber cuont {P}"),
    },
    "net income": {
        "value": (
            "what was {E}'s net income in {P}",
            "{E} net profit {P}",
            "{E} bottom line for {P}",
        ),
        "noun": ("net income",),
        "typo": ("{E} net incme {P}", "what was {E}'s net incom in {P}"),
    },
}
# For "the store has it, this company does not" questions.
OTHER_METRIC = {
    "smartphones sold": "{E} tablet sales {P}",
    "revenue": "{E} advertising revenue {P}",
    "cloud revenue": "{E} capital expenditure {P}",
    "operating margin": "{E} market share {P}",
    "vehicles sold": "how many bicycles did {E} sell in {P}",
    "subscribers": "{E} churn rate {P}",
    "net income": "{E} gross margin {P}",
}


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    if rng.random() < 0.5:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


# -- period phrases ---------------------------------------------------------------------------


def fy_phrases(c: Company, fy: int) -> list[str]:
    out = [f"FY{fy}", f"fiscal {fy}", f"fy{fy % 100:02d}", f"fiscal year {fy}"]
    p = c.calendar.year(fy)
    if c.calendar.is_calendar:
        out += [f"{fy}", f"calendar {fy}"]
    else:
        out += [
            f"the fiscal year ended {MONTHS[p.end.month - 1]} {p.end.year}",
            f"the year to {MONTHS[p.end.month - 1]} {p.end.year}",
        ]
    return out


def quarter_phrases(c: Company, p: Period, fy: int, fq: int) -> list[str]:
    cq = (p.start.month - 1) // 3 + 1
    return [
        f"Q{cq} {p.start.year}",
        f"fiscal Q{fq} {fy}",
        f"Q{fq} FY{fy}",
        f"the quarter ended {MONTHS[p.end.month - 1]} {p.end.day}, {p.end.year}",
        f"{SHORT[p.start.month - 1]}–{SHORT[p.end.month - 1]} {p.end.year}",
        f"the {_ordinal(cq)} quarter of {p.start.year}",
    ]


def _ordinal(n: int) -> str:
    return ("first", "second", "third", "fourth")[n - 1]


# -- one series ---------------------------------------------------------------------------------


class SeriesIndex:
    def __init__(self, s: Series) -> None:
        self.s = s
        self.by: dict[tuple[Kind, Period], list[Fact]] = {}
        for f in s.facts:
            self.by.setdefault((f.kind, f.period), []).append(f)
        for v in self.by.values():
            v.sort(key=lambda f: f.as_of)

    def current(self, kind: Kind, period: Period) -> Fact | None:
        found = self.by.get((kind, period))
        return found[-1] if found else None

    def years(self) -> list[int]:
        c = self.s.company
        return [fy for fy in range(c.first_fy, 2025)]


def series_questions(s: Series, rng: random.Random) -> Iterator[Question]:
    c, spec = s.company, s.spec
    idx = SeriesIndex(s)
    cal = c.calendar
    ph = PHRASES[spec.name]
    names = [c.brand, c.name, c.brand.lower(), *c.aliases]
    years = idx.years()

    def ask(template: str, entity: str, period: str) -> str:
        return " ".join(template.format(E=entity, P=period).split())

    # plain values, every year phrase and wording
    for i in range(7):
        fy = rng.choice(years)
        fact = idx.current(Kind.ACTUAL, cal.year(fy))
        period = rng.choice(fy_phrases(c, fy))
        text = ask(ph["value"][i % len(ph["value"])], rng.choice(names), period)
        yield Question(text, ("value", fact), "year")
    for i in range(5):
        fy = rng.choice(years)
        fq = rng.randint(1, 4)
        p = cal.quarter(fy, fq)
        fact = idx.current(Kind.ACTUAL, p)
        period = quarter_phrases(c, p, fy, fq)[i % 6]
        text = ask(ph["value"][i % len(ph["value"])], rng.choice(names), period)
        yield Question(text, ("value", fact), "quarter")
    latest = idx.current(Kind.ACTUAL, cal.year(2024))
    yield Question(ask(ph["value"][1], c.brand, ""), ("value", latest), "latest")
    # typos: in the metric, and in the company's name
    for template in ph["typo"]:
        fy = rng.choice(years)
        yield Question(
            ask(template, c.brand, f"FY{fy}"),
            ("value", idx.current(Kind.ACTUAL, cal.year(fy))),
            "typo-metric",
        )
    for _ in range(2):
        fy = rng.choice(years)
        yield Question(
            ask(ph["value"][0], _typo(c.brand.lower(), rng), f"fiscal {fy}"),
            ("value", idx.current(Kind.ACTUAL, cal.year(fy))),
            "typo-name",
        )
    # expectations: current, original, previous, as of a date, met, and a missing one
    kind = spec.expectation
    if kind is not None:
        word = "target" if kind is Kind.TARGET else "forecast"
        alt = "goal" if kind is Kind.TARGET else "outlook"
        noun = ph["noun"][0]
        with_goal = [fy for fy in years if idx.by.get((kind, cal.year(fy)))]
        revised = [fy for fy in with_goal if len(idx.by[(kind, cal.year(fy))]) >= 2]
        without = [fy for fy in years if fy not in with_goal]
        for fy in rng.sample(with_goal, min(2, len(with_goal))):
            yield Question(
                ask(
                    f"what is {{E}}'s {noun} {word} for {{P}}",
                    c.brand,
                    rng.choice(fy_phrases(c, fy)),
                ),
                ("value", idx.current(kind, cal.year(fy))),
                "expectation",
            )
        fy = rng.choice(with_goal)
        yield Question(
            ask(f"{{E}} {noun} {alt} {{P}}", c.brand, f"FY{fy}"),
            ("value", idx.current(kind, cal.year(fy))),
            "expectation",
        )
        nxt = idx.current(kind, cal.year(2025))
        yield Question(
            ask(f"{{E}} {noun} {word}", c.brand, ""), ("value", nxt), "expectation-latest"
        )
        for fy in rng.sample(revised, min(2, len(revised))):
            stated = idx.by[(kind, cal.year(fy))]
            yield Question(
                ask(f"what was {{E}}'s original {noun} {word} for {{P}}", c.brand, f"FY{fy}"),
                ("value", stated[0]),
                "revision-original",
            )
            yield Question(
                ask(f"{{E}}'s previous {noun} {word} for {{P}}", c.brand, f"fiscal {fy}"),
                ("value", stated[-2]),
                "revision-previous",
            )
            mid = stated[0].as_of + (stated[1].as_of - stated[0].as_of) / 2
            yield Question(
                ask(
                    f"{{E}} {noun} {word} for {{P}} as of {mid.day} "
                    f"{MONTHS[mid.month - 1]} {mid.year}",
                    c.brand,
                    f"FY{fy}",
                ),
                ("value", stated[0]),
                "revision-as-of",
            )
        met = [fy for fy in with_goal if idx.current(Kind.ACTUAL, cal.year(fy))]
        verb = "meet" if kind is Kind.TARGET else "beat"
        for fy in rng.sample(met, min(2, len(met))):
            yield Question(
                ask(
                    f"did {{E}} {verb} its {noun} {word} for {{P}}",
                    c.brand,
                    rng.choice(fy_phrases(c, fy)[:3]),
                ),
                ("pair", idx.current(Kind.ACTUAL, cal.year(fy)), idx.current(kind, cal.year(fy))),
                "target-met",
            )
        if without:
            fy = rng.choice(without)
            yield Question(
                ask(f"{{E}} {noun} {word} for {{P}}", c.brand, f"FY{fy}"),
                ("unknown",),
                "unknown-kind",
            )
    # growth, a year on the year before and a quarter on the same quarter a year earlier
    noun = ph["noun"][0]
    for fy in rng.sample(years[1:], 2):
        yield Question(
            ask(f"how much did {{E}}'s {noun} grow in {{P}}", c.brand, f"FY{fy}"),
            (
                "pair",
                idx.current(Kind.ACTUAL, cal.year(fy)),
                idx.current(Kind.ACTUAL, cal.year(fy - 1)),
            ),
            "growth-year",
        )
    fy, fq = rng.choice(years[1:]), rng.randint(1, 4)
    p = cal.quarter(fy, fq)
    yield Question(
        ask(f"{{E}} {noun} growth in {{P}}", c.brand, f"fiscal Q{fq} {fy}"),
        ("pair", idx.current(Kind.ACTUAL, p), idx.current(Kind.ACTUAL, cal.quarter(fy - 1, fq))),
        "growth-quarter",
    )
    # a chart of the whole series
    periods = {f.period for f in s.facts}
    yield Question(ask(f"chart {{E}}'s {noun}", c.brand, ""), ("trend", len(periods)), "trend")
    # what the store cannot answer about this company
    yield Question(ask(ph["value"][0], c.brand, "FY2031"), ("unknown",), "unknown-period")
    yield Question(ask(ph["value"][1], c.brand, "fiscal 1998"), ("unknown",), "unknown-period")
    yield Question(
        ask(OTHER_METRIC[spec.name], c.brand, f"FY{rng.choice(years)}"),
        ("unknown",),
        "unknown-metric",
    )
    yield Question(
        ask(ph["value"][1] + " in europe", c.brand, f"FY{rng.choice(years)}"),
        ("unknown",),
        "unknown-word",
    )


# -- the seed's Sony ---------------------------------------------------------------------------

FY12, FY13, FY14 = "2012-04-01/2013-03-31", "2013-04-01/2014-03-31", "2014-04-01/2015-03-31"
Q3_13, Q2_13, Q3_12 = "2013-07-01/2013-09-30", "2013-04-01/2013-06-30", "2012-07-01/2012-09-30"
A, T, F = Kind.ACTUAL, Kind.TARGET, Kind.FORECAST
SONY_VALUES = [
    ("How many smartphones did Sony sell in fiscal 2013?", 39e6, FY13, A),
    ("Sony smartphone sales for FY 2013/14", 39e6, FY13, A),
    ("number of phones Sony sold in the year ended March 2014", 39e6, FY13, A),
    ("Sony Mobile handsets sold FY2013", 39e6, FY13, A),
    ("how many xperia phones did sony sell in fy13", 39e6, FY13, A),
    ("Sony smartphone shipments Apr 2013 - Mar 2014", 39e6, FY13, A),
    ("how many smartphones did sony sell in fy2012", 33e6, FY12, A),
    ("how many phones did sony sell the fiscal year before fy2013", 33e6, FY12, A),
    ("xperia sales fiscal 12", 33e6, FY12, A),
    ("how many smartphones did sony sell", 39e6, FY13, A),
    ("how mny xperia phones did sony sell in fy13?", 39e6, FY13, A),
    ("how many smartphnes did Soni sell in fiscal 2013", 39e6, FY13, A),
    ("smarphone sales sony fy2013", 39e6, FY13, A),
    ("how many smartphones did Sony sell in 3Q13", 10e6, Q3_13, A),
    ("sony smartphones sold in the quarter ended September 30, 2013", 10e6, Q3_13, A),
    ("Sony Q2 FY13 xperia sales", 10e6, Q3_13, A),
    ("xperia units april to june 2013", 9.6e6, Q2_13, A),
    ("sony phones sold in fiscal Q1 2013", 9.6e6, Q2_13, A),
    ("xperia smartphone sales Q3 2012", 8.8e6, Q3_12, A),
    ("What is Sony's smartphone target for FY2014?", 50e6, FY14, T),
    ("whats sony planning to sell in fy14", 50e6, FY14, T),
    ("sony's FY2013 smartphone sales target", 40e6, FY13, T),
    ("what was sony's initial smartphone target for FY2013", 42e6, FY13, T),
    ("Sony's FY2013 smartphone target before it was lowered", 42e6, FY13, T),
    ("sony fy2013 smartphone target as of November 2013", 42e6, FY13, T),
    ("How much does Sony expect to lose in fiscal 2014?", 490e6, FY14, F),
    ("sony's projected net loss fy14", 490e6, FY14, F),
    ("Sony net loss in fiscal 2013", 1.25e9, FY13, A),
    ("sony mobile and PC unit sales growth FY2013", 29.6, FY13, A),
    ("sony group profit forecast for fiscal 2013", 40e9, FY13, F),
    ("sony's original group profit forecast for fy2013", 50e9, FY13, F),
]
SONY_PAIRS = [
    ("Did Sony hit its FY2013 smartphone sales target?", (39e6, FY13, A), (40e6, FY13, T)),
    ("did sony meet its smartphone target", (39e6, FY13, A), (40e6, FY13, T)),
    ("how much did sony's smartphone sales grow in fiscal 2013", (39e6, FY13, A), (33e6, FY12, A)),
    ("sony smartphone sales q3 2013 vs q2 2013", (10e6, Q3_13, A), (9.6e6, Q2_13, A)),
]
UNKNOWN = [
    "How many smartphones did Samsung sell in fiscal 2013?",
    "apple iphone sales fy2013",
    "how many lumias did nokia sell in q3 2013",
    "sony smartphone sales fy2017",
    "What is Sony's television revenue?",
    "how many PCs did Sony sell in fiscal 2013",
    "how many people work at sony",
    "sony share price",
    "sony smartphone sales in europe fy2013",
    "what's the capital of japan",
    "tell me a joke",
    "will it rain in osaka tomorrow",
    "sony revenue",
    "how many staff does sony employ",
    "Globex revenue FY2015",
    "Initech operating profit 2019",
    "how many tablets did Acme sell in 2016",
    "Hooli market share",
    "Wayne Enterprises net income fiscal 2012",
    "Umbrella Corp revenue 2020",
    "Cyberdyne chips shipped in 2018",
    "how many vehicles did Tesla sell in 2021",
    "Netflix subscribers 2019",
    "how many employees does Vantrix have",
    "Oberon share price",
    "Kestrel headcount 2019",
    "Halvard dividend yield fiscal 2015",
    "who won the world cup",
    "how tall is mount everest",
    "Lumora revenue per employee 2016",
]


def _sony(value: float, period: str, kind: Kind) -> Fact:
    found = [
        f
        for f in seed_bundle().facts
        if f.period.iso() == period and f.kind is kind and abs(f.value - value) < 1e-6
    ]
    return max(found, key=lambda f: f.as_of)


def _sony_all(value: float, period: str, kind: Kind) -> Fact:
    return _sony(value, period, kind)


def query_set() -> list[Question]:
    rng = random.Random(SEED + 7)
    out = [Question(q, ("value", _sony_all(v, p, k)), "sony") for q, v, p, k in SONY_VALUES]
    out += [Question(q, ("pair", _sony(*a), _sony(*b)), "sony-derived") for q, a, b in SONY_PAIRS]
    for s in core_series():
        out += list(series_questions(s, rng))
    out += [Question(q, ("unknown",), "unknown") for q in UNKNOWN]
    return out


def question_words(questions: list[Question]) -> set[str]:
    """Every word the query set uses, for the generator's name guard."""
    words: set[str] = set()
    for q in questions:
        words.update(lemmas(q.text))
    return words


# -- grading ------------------------------------------------------------------------------------


def grade(q: Question, status: str, facts: list[Fact]) -> bool:
    what = q.expect[0]
    if what == "unknown":
        return status == "unknown"
    if status != "answered" or not facts:
        return False
    if what == "value":
        return identity(facts[0]) == identity(q.expect[1])
    if what == "pair":
        return len(facts) >= 2 and [identity(f) for f in facts[:2]] == [
            identity(q.expect[1]),
            identity(q.expect[2]),
        ]
    if what == "trend":
        series = {(f.entity, f.metric) for f in facts}
        return len(series) == 1 and len({f.period for f in facts}) == q.expect[1]
    raise ValueError(what)
