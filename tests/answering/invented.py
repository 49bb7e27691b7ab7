"""Companies invented inside a test module: facts in the bundle format quoting one notes
source, and an engine over the seed plus them. Shared by the engine's capability tables so
each table states only its companies and figures."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bot.answering import Engine, Status
from bot.facts.bundle import Bundle, parse_bundle
from bot.facts.model import SHARED_SCOPE
from bot.facts.store import FactStore


def fact(
    entity, metric, kind, period, value, unit, as_of, high=None, quote="Results notes."
) -> dict[str, Any]:
    """One fact as a bundle writes it, quoting the notes (QUOTE: its own sentence of them,
    which `bundle` adds to their text); HIGH makes it a range."""
    return ({} if high is None else {"value_high": high}) | {
        "entity": entity,
        "metric": metric,
        "kind": kind,
        "period": period,
        "value": value,
        "unit": unit,
        "as_of": as_of,
        "source": "notes",
        "quote": quote,
    }


def bundle(entities: list[dict[str, Any]], facts: list[dict[str, Any]], published: str):
    """A bundle of these entities and facts, with the notes they quote published then."""
    return {
        "entities": entities,
        "sources": [
            {
                "key": "notes",
                "title": "Results notes",
                "publisher": "Test wire",
                "url": "https://example.com/notes",
                "published": published,
                "text": " ".join(dict.fromkeys(["Results notes.", *(f["quote"] for f in facts)])),
            }
        ],
        "facts": facts,
    }


def titled_sources(sources: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    """Reports of these (key, title, published date): what occasions are named by."""
    return [
        {
            "key": key,
            "title": title,
            "publisher": "Test wire",
            "url": f"https://example.com/{key}",
            "published": published,
            "text": "Results notes.",
        }
        for key, title, published in sources
    ]


def world_bundle() -> dict[str, Any]:
    """The generated guidance world as a bundle: the notes, and a wire story restating."""
    entities, facts, _ = guidance_world()
    data = bundle(entities, facts, published="2026-12-31")
    wire = data["sources"][0] | {"key": "wire", "title": "Wire story", "text": "Wire story."}
    data["sources"].append(wire | {"url": "https://example.com/wire"})
    return data


def one_company(
    seed: Bundle,
    name: str,
    alias: str,
    facts: list[dict[str, Any]],
    published: str,
    year_end: str | None = None,
    named_by: str | None = None,
) -> Engine:
    """An engine over the seed and one company (NAME, also called ALIAS) of FACTS, its
    fiscal year ending on YEAR_END ("03-31") and named by its start or end year."""
    entity: dict[str, Any] = {"name": name, "aliases": [alias]}
    if year_end is not None:
        entity["fiscal_year_end"] = year_end
    if named_by is not None:
        entity["fiscal_year_named_by"] = named_by
    return engine_over(seed, bundle([entity], facts, published))


def values(engine: Engine, question: str) -> list[float]:
    """The values of the facts ENGINE answers QUESTION with; it must be answered."""
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    return [v.fact.value for v in answer.facts]


def cited(engine: Engine, question: str) -> tuple[str, set[str]]:
    """The text ENGINE answers QUESTION with and the metrics it cites; it must be answered."""
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    return answer.text, {v.fact.metric for v in answer.facts}


def engine_over(seed: Bundle, data: dict[str, Any]) -> Engine:
    """An engine over a store holding the seed and DATA (a bundle as written)."""
    store = FactStore.in_memory(seed=seed)
    store.import_bundle(parse_bundle(data), actor="test", scope=SHARED_SCOPE)
    return Engine(store)


# -- a generated guidance world -------------------------------------------------------
# Companies whose guidance comes as ranges and single figures revised several times
# (range -> range -> one figure, one figure -> range, raised then cut), beside targets,
# forecasts and actuals of the same year, the year's quarters, half and nine months, a
# segment beside the group, other currencies and percentages, fiscal years named by their
# start or end year. Each company states its ranges one way: as one fact with a high end
# (`value_high`), or as two metrics "X (low end)" / "X (high end)" (older bundles). Every
# question comes with the figures a right answer states, worked out here from the world's
# own numbers, never from the engine.


@dataclass(frozen=True)
class Case:
    question: str
    kind: str  # the derived kind asked, for the tally
    # a right answer states every figure (and word) of one of these alternatives
    need: tuple[tuple[float | str, ...], ...]
    abstain: bool = False  # the store cannot answer it: any figure is wrong


CALENDARS = (  # (fiscal year end, named by, currency)
    ("12-31", "end", "EUR"),
    ("03-31", "end", "JPY"),
    ("03-31", "start", "USD"),
    ("06-30", "end", "GBP"),
    ("09-30", "end", "USD"),
)
WIRE = {"source": "wire", "quote": "Wire story."}  # a later restatement by another source
NAMES = ("Brindlewood Aero", "Caskell Rail", "Dunmore Avionics", "Evenholt Yards", "Farrow Jets")


def _fy(end: str, named_by: str, label: int) -> tuple[date, date]:
    """The fiscal year LABEL of a calendar ending on END ('03-31'), named by its start or
    end year."""
    month, day_ = (int(x) for x in end.split("-"))
    end_year = label if named_by == "end" or end == "12-31" else label + 1
    last = date(end_year, month, day_)
    first = date(end_year - 1, month, day_) + timedelta(days=1)
    return first, last


def _quarter(first: date, n: int) -> tuple[date, date]:
    start_month = first.month - 1 + 3 * (n - 1)
    start = date(first.year + start_month // 12, start_month % 12 + 1, 1)
    nxt = start_month + 3
    end = date(first.year + nxt // 12, nxt % 12 + 1, 1) - timedelta(days=1)
    return start, end


def _span(a: date, b: date) -> str:
    return f"{a.isoformat()}/{b.isoformat()}"


def guidance_world(
    n: int = len(CALENDARS),
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[Case]]:
    """Entities, facts and questions of N invented companies (one per calendar)."""
    entities: list[dict[str, Any]] = []
    facts: list[dict[str, Any]] = []
    cases: list[Case] = []
    for i, (fye, named_by, cur) in enumerate(CALENDARS[:n]):
        name = NAMES[i]
        alias = name.split()[0]
        entities.append(
            {"name": name, "aliases": [alias]}
            | ({} if fye == "12-31" else {"fiscal_year_end": fye, "fiscal_year_named_by": named_by})
        )
        ends_as_metrics = i % 2 == 1  # odd companies state ranges as two metrics
        k = i + 1  # each company's own scale, so no figure is another's
        year = 2025
        first, last = _fy(fye, named_by, year)
        prev = _fy(fye, named_by, year - 1)
        fy, fy_prev = _span(first, last), _span(*prev)
        label = str(year) if fye == "12-31" else f"fiscal {year}"
        short = str(year) if fye == "12-31" else f"FY{year}"
        d1, d2, d3 = (first + timedelta(days=d) for d in (40, 130, 220))
        d4 = last + timedelta(days=45)
        money = 10.0**9 if cur != "JPY" else 10.0**11

        def add(
            metric, kind, period, value, unit, as_of, high=None, *, _e=name, _r=ends_as_metrics
        ):
            if high is not None and _r:
                facts.append(
                    fact(_e, f"{metric} (low end)", kind, period, value, unit, as_of.isoformat())
                )
                facts.append(
                    fact(_e, f"{metric} (high end)", kind, period, high, unit, as_of.isoformat())
                )
            else:
                facts.append(fact(_e, metric, kind, period, value, unit, as_of.isoformat(), high))

        # deliveries: range, cut to a lower range, then one figure; the actual short of it
        g1, g2, g3 = (800 * k, 820 * k), (780 * k, 800 * k), 785 * k
        quarters = [150 * k, 190 * k, 196 * k, 240 * k]
        actual, before = sum(quarters), 735 * k
        add("aircraft deliveries", "forecast", fy, g1[0], "units", d1, g1[1])
        add("aircraft deliveries", "forecast", fy, g2[0], "units", d2, g2[1])
        add("aircraft deliveries", "forecast", fy, g3, "units", d3)
        add("aircraft deliveries", "actual", fy, actual, "units", d4)
        add("aircraft deliveries", "actual", fy_prev, before, "units", d1)
        for q, v in enumerate(quarters, 1):
            a, b = _quarter(first, q)
            add("aircraft deliveries", "actual", _span(a, b), v, "units", b + timedelta(days=30))
        # revenue: one figure raised to a range; the actual inside it
        t1, t2 = 60 * k * money, (61 * k * money, 63 * k * money)
        rev, rev_before, defence = (x * k * money / 10 for x in (624, 576, 124))
        add("revenue", "target", fy, t1, cur, d1)
        add("revenue", "target", fy, t2[0], cur, d2, t2[1])
        add("revenue", "actual", fy, rev, cur, d4)
        add("revenue", "actual", fy_prev, rev_before, cur, d1)
        add("defence revenue", "actual", fy, defence, cur, d4)
        # operating margin: a range raised; the actual inside the new one
        m1, m2, margin = (8.0, 9.0), (9.0, 10.0), 9.6
        add("operating margin", "forecast", fy, m1[0], "percent", d1, m1[1])
        add("operating margin", "forecast", fy, m2[0], "percent", d2, m2[1])
        add("operating margin", "actual", fy, margin, "percent", d4)
        # orders: one figure raised, then cut; the actual above the cut one
        o1, o2, o3, orders = 1000 * k, 1100 * k, 950 * k, 1020 * k
        add("net orders", "target", fy, o1, "units", d1)
        add("net orders", "target", fy, o2, "units", d2)
        add("net orders", "target", fy, o3, "units", d3)
        add("net orders", "actual", fy, orders, "units", d4)

        def ask(question, kind, *need, abstain=False, _names=(alias, label, short)):
            said = question.format(E=_names[0], Y=_names[1], S=_names[2])
            cases.append(Case(said, kind, need, abstain))

        short_by = g3 - actual
        # differences from guidance: the latest figure, one number
        ask(
            "how far short of its {Y} delivery guidance did {E} come",
            "short of guidance",
            (short_by, g3),
        )
        ask("by how much did {E} miss its {S} deliveries forecast", "beat/miss by", (short_by,))
        ask(
            "what was the difference between forecast and actual deliveries at {E} in {Y}",
            "forecast vs actual",
            (short_by,),
        )
        ask(
            "{E} aircraft deliveries {Y}: actual vs forecast gap", "forecast vs actual", (short_by,)
        )
        # ... from a range: both ends, or 'within'
        inside = ((t2[0], t2[1], "within"), (rev - t2[0], t2[1] - rev))
        ask("how far ahead of its {Y} revenue guidance was {E}", "ahead of guidance", *inside)
        ask("did {E} beat its {S} revenue target, and by how much", "beat/miss by", *inside)
        ask(
            "what was the difference between {E}'s {Y} revenue target and actual revenue",
            "forecast vs actual",
            *inside,
        )
        ask("did {E}'s {Y} revenue come in within its guidance range", "within range", inside[0])
        m_inside = ((m2[0], m2[1], "within"), (round(margin - m2[0], 1), round(m2[1] - margin, 1)))
        ask(
            "how far was {E}'s {Y} operating margin from its guidance",
            "forecast vs actual",
            *m_inside,
        )
        ask("was {E}'s {S} operating margin within the forecast range", "within range", m_inside[0])
        ask(
            "by how much did {E}'s {Y} operating margin fall short of the top of its outlook",
            "short of guidance",
            (round(m2[1] - margin, 1),),
        )
        # the original statement's ends
        ask(
            "what was the high end of {E}'s original {Y} delivery guidance",
            "original high end",
            (g1[1],),
        )
        ask("top of the original {Y} delivery range at {E}", "original high end", (g1[1],))
        ask("low end of {E}'s original {S} deliveries guidance", "original low end", (g1[0],))
        ask(
            "what was the upper end of {E}'s first {Y} operating margin forecast",
            "original high end",
            (m1[1],),
        )
        # the original was one figure: it has no top end; stating it as one figure is right
        ask(
            "what was the top of {E}'s original {Y} revenue target range",
            "original high end",
            (t1, "original"),
        )
        ask("what was {E}'s original {Y} revenue target", "original", (t1,))
        ask(
            "how far short of the original {Y} delivery guidance was {E}",
            "short of guidance",
            (g1[0], g1[1], g1[0] - actual),
        )
        ask(
            "how far above the original {Y} revenue target was {E}",
            "ahead of guidance",
            (rev - t1,),
        )
        ask("did {E} beat its original {S} order target", "beat/miss by", (orders - o1,))
        # revision sizes: the last step, every end named
        ask(
            "how big was the cut to {E}'s {Y} delivery guidance",
            "size of revision",
            (g2[0], g2[1], g3),
        )
        ask(
            "by how much did {E} lower its {S} delivery target",
            "size of revision",
            (g2[0], g2[1], g3),
        )
        ask(
            "how much did {E} raise its {Y} revenue guidance",
            "size of revision",
            (t1, t2[0] - t1, t2[1] - t1),
            (t1, t2[0], t2[1]),
        )
        ask(
            "how big was the raise to {E}'s {Y} operating margin outlook",
            "size of revision",
            (m1[0], m1[1], m2[0], m2[1]),
        )
        ask("by how much did {E} lower its {Y} order target", "size of revision", (o2 - o3,))
        ask(
            "how big was the downgrade of {E}'s {S} net orders target",
            "size of revision",
            (o2 - o3,),
        )
        ask("how far ahead of its {Y} order target was {E}", "ahead of guidance", (orders - o3,))
        # against last year, between named figures, sums of quarters
        ask(
            "how many more aircraft did {E} deliver in {Y} than the year before",
            "more than last year",
            (actual - before,),
        )
        ask(
            "how much more revenue did {E} make in {Y} than a year earlier",
            "more than last year",
            (rev - rev_before,),
        )
        ask(
            "gap between {E}'s revenue and its defence revenue in {Y}",
            "gap between",
            (rev - defence,),
        )
        ask("{E} revenue excluding defence in {Y}", "excluding", (rev - defence,))
        q3, q4 = f"Q3 {short}", f"Q4 {short}"
        ask(
            f"how many more aircraft did {{E}} deliver in {q4} than in {q3}",
            "more than",
            (quarters[3] - quarters[2],),
        )
        ask(
            f"{{E}} aircraft deliveries in Q1 and Q2 {short} combined",
            "sum",
            (quarters[0] + quarters[1],),
        )
        # restated unchanged later by another source: the cut is still the last change
        restated = fact(name, "aircraft deliveries", "forecast", fy, g3, "units", "")
        facts.append(restated | {"as_of": (d3 + timedelta(days=20)).isoformat()} | WIRE)
        ask(
            "how big was the most recent cut to {E}'s {Y} delivery forecast",
            "size of revision",
            (g2[0], g2[1], g3),
        )
        # a forecast beside the target of the same figure and period
        o_forecast = 980 * k
        add("net orders", "forecast", fy, o_forecast, "units", d3)
        ask(
            "how far ahead of its {Y} order forecast was {E}",
            "ahead of guidance",
            (orders - o_forecast,),
        )
        ask("beat the {S} net orders target by how much, {E}?", "beat/miss by", (orders - o3,))
        # a half and nine months stated beside the quarters
        h1, m9 = quarters[0] + quarters[1], sum(quarters[:3])
        a, _ = _quarter(first, 1)
        _, b = _quarter(first, 2)
        add("aircraft deliveries", "actual", _span(a, b), h1, "units", b + timedelta(days=30))
        _, b = _quarter(first, 3)
        add("aircraft deliveries", "actual", _span(a, b), m9, "units", b + timedelta(days=30))
        ask(
            "how many aircraft did {E} deliver in the second half of {Y}",
            "half from parts",
            (quarters[2] + quarters[3],),
        )
        ask(
            "after nine months of {Y}, how far along toward its delivery guidance was {E}",
            "progress",
            (f"{m9 / g3 * 100:.1f}%",),
        )
        # a segment's own range beside the group's
        seg = (12 * k * money, 13 * k * money)
        add("defence revenue", "forecast", fy, seg[0], cur, d2, seg[1])
        ask(
            "did {E}'s {Y} defence revenue land within its forecast range",
            "within range",
            (seg[0], seg[1], "within"),
        )
        # a percentage against last year: points, never percent of percent
        add("operating margin", "actual", fy_prev, 8.4, "percent", d1)
        ask(
            "how much did {E}'s operating margin improve in {Y} on the year before",
            "more than last year",
            (1.2,),
        )
        # a range against last year's actual: both ends
        ask(
            "how much more revenue does {E} target for {Y} than it made the year before",
            "more than last year",
            (t2[0] - rev_before, t2[1] - rev_before),
        )
        # a range raised then cut
        c1, c2, c3 = (
            (x * k * money / 10, y * k * money / 10) for x, y in ((20, 24), (24, 28), (22, 25))
        )
        fcf = 23 * k * money / 10
        add("free cash flow", "forecast", fy, c1[0], cur, d1, c1[1])
        add("free cash flow", "forecast", fy, c2[0], cur, d2, c2[1])
        add("free cash flow", "forecast", fy, c3[0], cur, d3, c3[1])
        add("free cash flow", "actual", fy, fcf, cur, d4)
        ask(
            "what was the top of {E}'s original {Y} free cash flow range",
            "original high end",
            (c1[1],),
        )
        ask(
            "how big was the cut to {E}'s {S} free cash flow outlook",
            "size of revision",
            (c2[0] - c3[0], c2[1] - c3[1]),
        )
        ask(
            "how far short of the top of its {Y} free cash flow guidance did {E} come",
            "short of guidance",
            (c3[1] - fcf,),
        )
        ask(
            "high end of {E}'s free cash flow guidance for {Y} before the cut",
            "original high end",
            (c2[1],),
        )
        ask(
            "free cash flow {Y} {E}: forecast vs actual difference",
            "forecast vs actual",
            (fcf - c3[0], c3[1] - fcf),
            (c3[0], c3[1], "within"),
        )
        # the statement of a month named, not the latest
        month = d1.strftime("%B")
        ask(
            f"how far short of the delivery forecast {{E}} gave in {month} was it for {{Y}}",
            "short of guidance",
            (g1[0], g1[1], g1[0] - actual),
        )
        # more wordings of the same derivations
        ask(
            "what was the top end of the {Y} delivery guidance {E} first gave",
            "original high end",
            (g1[1],),
        )
        ask("{E}'s initial {S} deliveries outlook: upper end?", "original high end", (g1[1],))
        ask(
            "how much was {E}'s {Y} free cash flow guidance trimmed",
            "size of revision",
            (c2[0] - c3[0], c2[1] - c3[1]),
        )
        ask(
            "what was the size of the downgrade to {E}'s {Y} order target",
            "size of revision",
            (o2 - o3,),
        )
        ask(
            "how much did {E} raise its {Y} order target at first",
            "size of revision",
            (o2 - o1,),
            (o2 - o3,),
        )
        ask(
            "how much lower was {E}'s {S} free cash flow guidance midpoint after the cut",
            "size of revision",
            (((c2[0] + c2[1]) - (c3[0] + c3[1])) / 2,),
        )
        ask(
            "how many fewer aircraft did {E} deliver in Q3 {S} than in Q4 {S}",
            "more than",
            (quarters[3] - quarters[2],),
        )
        ask(
            "difference between {E}'s {Y} revenue and its defence revenue",
            "gap between",
            (rev - defence,),
        )
        ask("how much did {E} beat its {Y} operating margin forecast by", "beat/miss by", *m_inside)
        ask(
            "was {E}'s {Y} free cash flow inside the guided range?",
            "within range",
            (c3[0], c3[1], "within"),
        )
        ask(
            "how far above the bottom of its {Y} revenue guidance was {E}",
            "ahead of guidance",
            (rev - t2[0],),
        )
        # a second year guided once: an 'original' with no year names no single figure
        nxt = _span(*_fy(fye, named_by, year + 1))
        add("aircraft deliveries", "forecast", nxt, 820 * k, "units", d4, 850 * k)
        ask(
            "what was the high end of {E}'s original delivery guidance",
            "original high end",
            (g1[1],),
        )
        # a count at quarter ends: the change between two of them, the first month yearless
        backlog = [4100 * k, 4180 * k, 4020 * k]
        for q, v in enumerate(backlog, 1):
            _, b = _quarter(first, q)
            add("backlog", "actual", _span(b, b), v, "units", b + timedelta(days=30))
        (_, e1), (_, e2) = _quarter(first, 1), _quarter(first, 2)
        m1, m2 = e1.strftime("%B"), e2.strftime("%B %Y")
        ask(
            f"how much did {{E}}'s backlog grow between end of {m1} and end of {m2}",
            "point-in-time difference",
            (backlog[1] - backlog[0],),
        )
        (_, e3) = _quarter(first, 3)
        m3 = e3.strftime("%B %Y")
        ask(
            f"by how much did {{E}}'s backlog shrink from the end of {e2:%B} to the end of {m3}",
            "point-in-time difference",
            (backlog[1] - backlog[2],),
        )
        # a region beside the whole: its share, stated or worked out
        emea, whole_h1 = 120 * k, h1
        a, _ = _quarter(first, 1)
        _, b = _quarter(first, 2)
        add(
            "EMEA aircraft deliveries", "actual", _span(a, b), emea, "units", b + timedelta(days=30)
        )
        ask(
            f"what % of {{E}}'s H1 {short} aircraft deliveries went to EMEA",
            "share",
            (f"{emea / whole_h1 * 100:.1f}%",),
        )
        ask(
            f"what share of {{E}}'s aircraft deliveries in H1 {short} were in EMEA",
            "share",
            (f"{emea / whole_h1 * 100:.1f}%",),
        )
        # a yearless quarter beside a dated one
        ask(
            f"how many more aircraft did {{E}} deliver in Q2 {short} than in Q1",
            "more than",
            (quarters[1] - quarters[0],),
        )
        ask(
            "how far short of the top of its {Y} delivery guidance was {E} originally",
            "short of guidance",
            (g1[1] - actual,),
            (g1[0], g1[1], g1[0] - actual),
        )
        # what is left to reach a goal in the period's last quarter
        ask(
            f"how many aircraft does {{E}} still need in Q4 {short} to reach its delivery guidance",
            "remaining",
            (g3 - m9,),
        )
        ask(
            f"what does {{E}} still need in Q4 {short} to hit the top of its cash flow guidance",
            "remaining",
            abstain=True,  # no nine months' free cash flow: nothing to count from
        )
        # the statement a revision named by its month replaced
        ask(
            f"what was {{E}}'s {{Y}} free cash flow guidance before the {d3:%B %Y} revision",
            "previous range",
            (c2[0], c2[1]),
        )
        # a running total said rounded: the one figure that rounds to it
        cumulative = 3_246_800 + 1_000_000 * k
        since = _span(date(2019, 3, 1), last)
        add("aircraft deliveries", "actual", since, cumulative, "units", d4)
        ask(
            f"where does {{E}}'s {cumulative / 1e6:.2f} mn cumulative deliveries number come from",
            "named by value",
            (cumulative,),
        )
        ask(f"when did {{E}} give the {o2:,} order target", "named by value", (o2, o3))
        ask("how big was {E}'s {Y} net orders downgrade", "size of revision", (o2 - o3,))
        # figures named by their value
        ask(f"how far short of the {o2:,}-order target was {{E}}", "named by value", (o2 - orders,))
        ask(f"where does {{E}}'s {g1[1]:,} delivery figure come from", "named by value", (g1[1],))
        ask(
            f"how far short of the {g1[1]:,}-jet target was {{E}}",
            "named by value",
            (g1[1] - actual,),
        )
    return entities, facts, cases


_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion)?", re.I)
_SCALE = {None: 1, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def figures_in(text: str) -> list[float]:
    """Every figure a sentence states, scaled ('€1.4 billion' -> 1.4e9)."""
    return [
        float(m[1].replace(",", "")) * _SCALE[m[2].lower() if m[2] else None]
        for m in _NUMBER.finditer(text)
    ]


def judge(case: Case, status: str, text: str) -> str:
    """'right', 'abstained' or 'wrong' for one answer to CASE."""
    if status != "answered":
        return "right" if case.abstain else "abstained"
    if case.abstain:
        return "wrong"
    stated = figures_in(text)

    def has(x: float | str) -> bool:
        if isinstance(x, str):
            return x in text.lower()
        return any(abs(s - x) <= 1e-6 * max(abs(x), 1.0) for s in stated)

    return "right" if any(all(has(x) for x in alt) for alt in case.need) else "wrong"
