"""Give proposals the store's names: an ingested figure must answer the same questions as
a curated one, so a metric the store has (by name or synonym) is reused, and a new one
comes with the synonyms people are likely to ask with.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from bot.facts.unit_scales import converted, metric_unit
from bot.ingest import lexicon as lx
from bot.ingest.metric_names import singular
from bot.ingest.model import KnownMetric

_LEMMAS = {
    "sold": "sell",
    "sells": "sell",
    "selling": "sell",
    "sales": "sale",
    "shipped": "ship",
    "shipments": "shipment",
    "ships": "ship",
    "delivered": "deliver",
    "deliveries": "delivery",
    "revenues": "revenue",
    "profits": "profit",
    "losses": "loss",
    "earnings": "earnings",
    "units": "unit",
    "phones": "phone",
    # one unit, spelt either way: "revenue per hectoliter" is "net revenue per hectolitre"
    "hectoliter": "hectolitre",
    "hectoliters": "hectolitre",
    "hectolitres": "hectolitre",
    "liter": "litre",
    "liters": "litre",
}
_FILLER = frozenset("the a an of in for and & its their to".split())


def lemma(word: str) -> str:
    w = word.lower().strip(".,'’")
    if w in _LEMMAS:
        return _LEMMAS[w]
    if w in lx.PLURAL_TO_SINGULAR:
        return lx.PLURAL_TO_SINGULAR[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def key(phrase: str) -> frozenset[str]:
    return frozenset(lemma(w) for w in re.findall(r"[\w&-]+", phrase) if w.lower() not in _FILLER)


def family(unit: str | None) -> str | None:
    if unit is None:
        return None
    if unit == "units":
        return "units"
    if unit == "percent":
        return "percent"
    return "money"


def synonyms_for(name: str, unit: str) -> tuple[str, ...]:
    """Other ways to say a new metric, so questions in everyday words find it."""
    out: list[str] = []
    fam = family(unit)
    rated = _RATED.fullmatch(name)
    if rated is not None:
        # "total production (kboe/d)": asked for without its unit too ("total production",
        # "production", "output"), and the unit with it ("production in kboe/d")
        # (power only with its unit: "order intake" is often an amount of money too)
        bare = rated["measure"]
        out.append(f"{bare} in {rated['unit']}")
        if "/d" in rated["unit"]:
            whole = re.sub(r"^(?:total|group|overall)\s+", "", bare)
            out += [bare, whole, *synonyms_for(bare, unit), *synonyms_for(whole, unit)]
            out += [f"{whole} per day", f"daily {whole}"]
            if whole == "production":
                out.append("output")
    elif fam == "units":
        m = re.fullmatch(r"(?P<thing>.+?) (?P<verb>sold|shipped|delivered)", name)
        if m:
            plural = m["thing"]
            single = lx.PLURAL_TO_SINGULAR.get(plural.lower(), plural.rstrip("s"))
            # the words of this measure only: "motorcycles shipped" and "motorcycles sold"
            # (retail) are two metrics, never synonyms of each other
            if m["verb"] == "sold":
                out += [f"{single} sales", f"{single} units", f"{single} unit sales"]
                for broader in lx.HYPERNYMS.get(single.lower(), ()):
                    wide = lx.PRODUCTS.get(broader.lower(), broader + "s")
                    out += [f"{wide} sold", f"{broader} sales"]
            elif m["verb"] == "shipped":
                out += [f"{single} shipments", f"{single} units shipped"]
            else:
                out += [f"{single} deliveries", f"{single} units delivered"]
        made = re.fullmatch(r"(?P<thing>.+?) (?:produced|production)", name)
        if made:
            # "gold production" is asked for as "gold output" and "gold produced" too
            thing = made["thing"]
            out += [f"{thing} production", f"{thing} output", f"{thing} produced"]
    elif fam == "money":
        base = name.split()[-1] if name.split()[-1] in ("revenue", "profit", "loss") else name
        for canonical, more in lx.MONEY_SYNONYMS.items():
            if name == canonical:
                out += list(more)
            elif name.endswith(" " + canonical) and base != name:
                prefix = name[: -len(canonical)].strip()
                out += [f"{prefix} {w}" for w in more]
    elif fam == "percent" and name.endswith(" growth"):
        thing = name[: -len(" growth")]
        short = " ".join(w for w in thing.split() if w.lower() not in lx.SEGMENT_WORDS)
        out += [f"{thing} change", f"{thing} increase", f"{thing} growth rate"]
        if short and short != thing:
            out += [f"{short} growth", f"{short} change", f"{short} increase"]
    seen = {name.casefold()}
    unique = []
    for s in out:
        s = " ".join(s.split())
        if s.casefold() not in seen:
            seen.add(s.casefold())
            unique.append(s)
    return tuple(unique)


# a flow or power named with its unit (`rate_units.py`): "total production (kboe/d)"
_RATED = re.compile(r"(?P<measure>.+?) \((?P<unit>MW|[kMB]{0,2}(?:boe|bbls?|cf|cfe|t)/d)\)")


def _broader_names(name: str) -> list[str]:
    """The synonyms of a units metric made from its product's broader names ("mobile phones
    sold", "phone sales" for "smartphones sold")."""
    m = re.fullmatch(r"(?P<thing>.+?) sold", name)
    if not m:
        return []
    single = lx.PLURAL_TO_SINGULAR.get(m["thing"].lower(), m["thing"].rstrip("s"))
    out = []
    for broader in lx.HYPERNYMS.get(single.lower(), ()):
        wide = lx.PRODUCTS.get(broader.lower(), broader + "s")
        out += [f"{wide} sold", f"{broader} sales"]
    return out


def _variants(p) -> list[str]:
    names = [p.metric, *p.metric_synonyms]
    m = re.fullmatch(r"(?P<thing>.+?) sold", p.metric)
    if m:
        single = lx.PLURAL_TO_SINGULAR.get(m["thing"].lower(), m["thing"].rstrip("s"))
        names += [f"{single} sales", f"{single} units"]
    # "Number of stores" in a table, "524 stores" in prose: one level
    counted = [re.fullmatch(r"(?:total\s+)?number of (?P<what>\w+)", n, re.I) for n in names]
    names += [m["what"] for m in counted if m is not None]
    names += [f"number of {n}" for n in list(names) if n.lower() in lx.LEVEL_PLURAL]
    # "Consolidated volume increased 1.1%": the whole's, as a table names it
    names += [n[len("consolidated ") :] for n in names if n.lower().startswith("consolidated ")]
    return names


def _same_account(name: str, known: str) -> bool:
    """ "revenue" and "net revenue", "net sales" and "revenue": one account, the words
    between them only restating it (the vocabulary names both "revenue")."""
    from bot.ingest.money import money_heads

    heads = money_heads()
    mine, theirs = heads.get(name.lower()), heads.get(known.lower())
    return mine is not None and mine == theirs


# Words that say how a thing was counted, not what: "units sold" and "smartphones sold"
# share only these, so a store synonym "units sold" never turns a car maker's generic
# figure into smartphones.
_MEASURE_LEMMAS = frozenset(
    "sell sale sold unit ship shipment deliver delivery produce production revenue "
    "growth total".split()
)


def match_metric(p, metrics: Sequence) -> str | None:
    """The store's metric this proposal states, if it has one: by its name or one of its
    synonyms word for word, else through a variant only when the store's own name shares
    what was counted."""
    return _MetricIndex(metrics).match(p)


class _MetricIndex:
    """Metrics by the words of each name and synonym, so that matching a proposal costs the
    same however many metrics a long report has made. The same words only, never a fuzzy
    score: "A320 Family deliveries" and "A330 Family deliveries" are two metrics however
    alike they look. A metric's own name wins over its synonyms, then the earliest metric."""

    def __init__(self, metrics: Sequence = ()) -> None:
        # name key -> (which of the metric's names, metric order, metric name, unit)
        self._by_key: dict[frozenset[str], list[tuple[int, int, str, str | None]]] = {}
        self._named: dict[str, frozenset[str]] = {}  # metric name -> its name's key
        self._units: dict[str, str | None] = {}  # metric name -> its unit
        self._synonyms: dict[str, set[frozenset[str]]] = {}  # metric name -> synonym keys
        self._count = 0
        for m in metrics:
            self.add(m)

    def add(self, m) -> None:
        for i, name in enumerate((m.name, *m.synonyms)):
            k = _key(name)
            if k:
                self._by_key.setdefault(k, []).append((i, self._count, m.name, m.unit))
        self._named[m.name] = _key(m.name)
        self._units.setdefault(m.name, m.unit)
        self._synonyms[m.name] = {_key(n) for n in m.synonyms}
        self._count += 1

    def match(self, p) -> str | None:
        fam = family(p.unit)
        own = _key(p.metric)
        if fam == "money" and p.metric not in self._named:
            # "The net revenue reached R$ 12.8 billion" beside a table's "Net revenue" row
            same = [n for n in self._accounts() if _same_account(p.metric, n)]
            if same:
                return same[0]
        rate = re.fullmatch(r"(?P<account>.+) (?P<rate>growth|change)", p.metric)
        if fam == "percent" and rate is not None and p.metric not in self._named:
            # and its growth: "revenue growth" of the account named "net revenue"
            same = [n for n in self._accounts() if _same_account(rate["account"], n)]
            if same and f"{same[0]} {rate['rate']}" != p.metric:
                return f"{same[0]} {rate['rate']}"
        best: tuple[int, int, str] | None = None
        for n in _variants(p):
            for i, order, name, unit in self._by_key.get(_key(n), ()):
                if unit is not None and family(unit) != fam:
                    continue
                if best is not None and (i, order) >= best[:2]:
                    continue
                if self._counts_the_same(own, name):
                    best = (i, order, name)
        return best[2] if best else None

    def _accounts(self) -> list[str]:
        """The known metrics an amount of money may be: a count named "sales" (units sold)
        is never the same account as "revenue"."""
        return [n for n in self._named if family(self._units[n]) in (None, "money")]

    def lengthened(self, name: str) -> str | None:
        """The one known metric whose name is NAME with its first word, a proper name,
        written in full: "Coolabah gold produced" for "Coolabah Creek gold produced" (a news
        story's short name for a site or a business the report named in full)."""
        first, _, rest = name.partition(" ")
        if not rest or not first[:1].isupper() or _regions(first):
            return None
        fits = [
            known
            for known in self._named
            if known.startswith(first + " ")
            and known.endswith(" " + rest)
            and len(known) > len(name)
            and known[len(first) : -len(rest)].strip()[:1].isupper()  # "Creek", a name's word
        ]
        return fits[0] if len(fits) == 1 else None

    def _counts_the_same(self, own: frozenset[str], name: str) -> bool:
        named = self._named[name]
        if not own - _MEASURE_LEMMAS and named - _MEASURE_LEMMAS:
            return False  # "units sold" names no thing: never the store's "smartphones sold"
        if own == named or own in self._synonyms[name]:  # a synonym the admin gave
            return True
        if _regions(" ".join(own)) != _regions(" ".join(named)):
            return False  # "U.S. smartphones sold" is not "smartphones sold"
        mine, theirs = own - _MEASURE_LEMMAS, named - _MEASURE_LEMMAS
        # what was counted, named more or less fully by one of them ("smartphone sales" and
        # "LG smartphones sold"); a word of its own on each side makes two things
        # ("Switzerland TV subscriptions" and "Switzerland broadband subscriptions")
        return bool(mine & theirs) and (mine <= theirs or theirs <= mine)


@functools.lru_cache(maxsize=4096)
def _regions(phrase: str) -> frozenset[str]:
    from bot.facts import reporting

    return frozenset(r.region.key for r in reporting.regions_in(phrase))


@functools.lru_cache(maxsize=4096)
def _key(phrase: str) -> frozenset[str]:
    return key(phrase)


def _clashing(proposals: Sequence, found: list[str | None]) -> set[int]:
    """Proposals a store name would merge with another figure of the same statement (same
    entity, kind, period and date, another value): the store's name is too broad for them,
    so each keeps its own unless its own name is the store's."""
    groups: dict[tuple, list[int]] = {}
    for i, (p, name) in enumerate(zip(proposals, found, strict=True)):
        if name is not None:
            groups.setdefault((p.entity, name.casefold(), p.kind, p.period, p.as_of), []).append(i)
    out: set[int] = set()
    for (_, name, *_), members in groups.items():
        values = {(round(proposals[i].value, 6), proposals[i].value_high) for i in members}
        if len(values) > 1:
            out.update(i for i in members if key(proposals[i].metric) != key(name))
    return out


# Qualifiers slides shorten: "Adj. EBITDA" is adjusted EBITDA, asked for in full words
_SHORT_QUALIFIERS = ((re.compile(r"\badj\b\.?", re.IGNORECASE), "adjusted"),)


def spelled_out(name: str) -> str:
    for short, full in _SHORT_QUALIFIERS:
        name = short.sub(full, name)
    return name


def _in_currency_words(p) -> tuple[str, ...]:
    """ "USD revenue" (a line restated in a second currency) is asked for as "US dollar
    revenue", "dollar revenue", "revenue in dollars": the currency's English name (CLDR)."""
    code, _, rest = p.metric.partition(" ")
    if code != p.unit or not rest:
        return ()
    from babel.numbers import get_currency_name

    try:
        full = get_currency_name(code, locale="en").lower()  # "us dollar", "indian rupee"
    except (ValueError, LookupError):
        return ()
    last = full.split()[-1]
    return (f"{full} {rest}", f"{last} {rest}", f"{rest} in {last}s", f"{rest} in {code}")


def _as_production(p):
    """A new count of what was made is named by the noun, as questions ask for it: "gold
    production", "vehicle production" (the participle stays a synonym). A whole named so
    is the figure "gold output" asks for, never one of its parts ("Coolabah Creek gold
    production")."""
    made = re.fullmatch(r"(?P<thing>.+?) produced", p.metric)
    if made is None or family(p.unit) != "units":
        return p
    *lead, last = made["thing"].split()
    one = singular(last) if last.islower() else last  # "vehicles", never "Xperia" or "SxS"
    return replace(p, metric=" ".join([*lead, one, "production"]))


def _in_known_scale(p, metrics: Sequence):
    """P in the larger scale the store already keeps its measure in: "module shipments (MW)"
    2,140 is "module shipments (GW)" 2.14 where the store has the latter (one measure in two
    scales would be two metrics, each answering for the other)."""
    unit = metric_unit(p.metric)
    if unit is None:
        return p
    base = p.metric[: p.metric.rfind("(")].strip().casefold()
    for m in metrics:
        to = metric_unit(m.name)
        if to is None or to == unit or m.name[: m.name.rfind("(")].strip().casefold() != base:
            continue
        value = converted(p.value, unit, to)
        if value is None or value >= p.value:
            # (only ever into the larger unit: "2.14 GW" over "2,140 MW", the way a company
            # states its headline figures; a later "1.9 GWh" stays in GWh beside an "MWh" line)
            continue
        high = None if p.value_high is None else converted(p.value_high, unit, to)
        return replace(
            p,
            metric=m.name,
            value=round(value, 9),
            value_high=None if high is None else round(high, 9),
        )
    return p


def name_proposals(proposals: Sequence, *, metrics: Sequence, entities: Sequence) -> list:
    proposals = [replace(p, metric=spelled_out(p.metric)) for p in proposals]
    proposals = [_in_known_scale(p, metrics) for p in proposals]
    known = _MetricIndex(metrics)
    own_name = _clashing(proposals, [known.match(p) for p in proposals])
    out = []
    for i, p in enumerate(proposals):
        found = None if i in own_name else known.match(p) or known.lengthened(p.metric)
        if found is not None:
            out.append(replace(p, metric=found, metric_synonyms=()))
            continue
        p = _as_production(p)
        # what the report itself called it, in the metric's own measure ("kgMS collected"
        # for "milk collected"): a later report's words for the same thing
        said = [
            x
            for x in p.metric_synonyms
            if x.casefold() != p.metric.casefold()
            and x.split()[-1:] == p.metric.split()[-1:]
            and len(x.split()) == 2
        ]
        synonyms = tuple(
            dict.fromkeys([*synonyms_for(p.metric, p.unit), *said, *_in_currency_words(p)])
        )
        out.append(replace(p, metric_synonyms=synonyms))
        # later figures of the same report use the name just made ("tablets shipped" and
        # "tablets sold" in one report are one metric); never by a broader product's name:
        # a report that counts "mobile phones" beside "smartphones" counts two things
        broader = set(_broader_names(p.metric))
        known.add(KnownMetric(p.metric, tuple(x for x in synonyms if x not in broader), p.unit))
    return out
