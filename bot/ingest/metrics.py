"""The metric namer: the words around a figure -> what it counts ("smartphones sold",
"operating income", "A320 Family deliveries", "market share")."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bot.facts import reporting
from bot.ingest import lexicon as lx
from bot.ingest.breaks import clause_start
from bot.ingest.counts import deal_noun
from bot.ingest.figures import Figure, words_in
from bot.ingest.layout import Layout

_PRODUCT_WORDS = sorted({*lx.PRODUCTS, *lx.PLURAL_TO_SINGULAR}, key=len, reverse=True)
_LEVEL_WORDS = sorted({*lx.LEVEL_NOUNS, *lx.LEVEL_PLURAL}, key=len, reverse=True)
_MONEY_WORDS = sorted(lx.MONEY_HEADS, key=len, reverse=True)
_PERCENT_WORDS = sorted(lx.PERCENT_HEADS, key=len, reverse=True)
HEAD = re.compile(
    r"(?<![\w-])(?:(?P<money>"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _MONEY_WORDS)
    + r")|(?P<pct>"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _PERCENT_WORDS)
    + r")|(?P<units>unit\s+sales|shipments|deliveries|sales|units|volumes?|sell-through|sell-in)"
    + r"|(?P<level>"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _LEVEL_WORDS)
    + r")|(?P<product>"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _PRODUCT_WORDS)
    + r"))(?![\w-])",
    re.IGNORECASE,
)
_STOP_MODIFIER = re.compile(
    r"^(?:the|a|an|its|their|his|her|our|this|that|of|in|for|to|from|by|with|on|at|as|is|are|was"
    r"|were|be|been|has|have|had|will|would|said|says|and|or|than|which|who|it|record|also|its"
    r"|up|down|over|about|around|nearly|some|just|only|total|overall|full|year|quarter"
    r"|while|whereas|but|although|though|so|yet|within|among|across|cumulative|cumulatively"
    r"|where|when|whose"  # "LAS, where volume declined": a relative word, no part of the name
    r"|after|before|despite|following|since|until|during"  # "After losses of": no part
    r"|first|initial"  # "since its first deliveries": when a count began, never what it counts
    r"|interim"  # a period: "interim net sales" are the first half's
    r"|remains?|remained|stays?|stayed"  # "the forecast remains net sales of ..."
    # a verb that brings a running total to a level: "which brings net bookings to ..."
    r"|brings?|brought|takes?|took|lifts?|pushe[sd]|puts?"
    r"|lifetime|months?|weeks?|days?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"(?:-\w+)?)$",
    re.IGNORECASE,
)
_FUNCTION_WORDS = frozenset(
    "this thus was has is its as us yes less unless whereas perhaps always "
    "sometimes across towards".split()
)
_SCALE_WORDS = frozenset(
    "thousand million billion trillion mln bln mn bn tn k m b dlr dlrs pct fy lakh lakhs lac"
    " crore crores cr".split()
)
_NP_END = re.compile(
    r"\s(?:to|from|for|at|by|with|across|among|during|since|until|than|versus|against)\b",
    re.IGNORECASE,
)
# A product line's name that a short phrase cuts: capitalised words joined by "and" / "&",
# with its initials in brackets, before the plural noun it counts
_NAMED_LINE = re.compile(
    r"\s+(?P<w>(?P<name>[A-Z][\w-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w-]*)*"
    r"(?:\s+\([A-Z][\w-]{1,8}\))?)"
    r"\s+(?:(?P<mod>[a-z][\w-]{2,})\s+)?(?P<n>[a-z][\w-]*s))\b"
)


_UNITS_OF = re.compile(
    r"\s+units\s+of\s+(?:(?:its|the|their|our)\s+)?(?P<w>(?:[A-Z][\w-]*\s+)*"
    r"(?:(?P<mod>[a-z][\w-]{2,})\s+)?(?P<n>[a-z][\w-]{3,}))\b"
)


def _product_noun(word: str) -> bool:
    return len(word) > 4 and word.lower() not in lx.NOT_PRODUCTS


_VERBISH = re.compile(r"(?:ed|ing)$", re.IGNORECASE)
_COMPLEMENT = re.compile(
    r"\s+(?:of|in|from|at)\s+(?:(?:the|its|their|his|her)\s+)?(?!(?:(?:the|its|their|this|that)\s+)?(?:quarter|year|period|month|fiscal|first|second|third|fourth|full|half|same|latest|three|six|nine|[1-4]Q\d{2}|Q[1-4]|FY\s?['’]?\d+|[12]H|H[12]|9M|(?:19|20)\d\d)\b)(?P<c>(?:[\w’'&-]+\s+){0,7}?[\w&-]+)"
    r"(?=\s+(?:have|has|had|was|were|is|are|increased|decreased|rose|fell|grew|jumped|climbed|declined"
    r"|dropped|reached|totaled|totalled|came|hit|continued|stood|amounted|surged|soared|slipped)\b)",
    re.IGNORECASE,
)


# How a named part is measured: "Model K3 deliveries", "Cloud Infrastructure revenue".
_MEASURE_NOUN = {
    "delivery": "deliveries",
    "shipment": "shipments",
    "sale": "sales",
    "unit sales": "sales",
    "units": "sales",
    "unit": "sales",
    "volume": "sales",
    "volumes": "sales",
    "sales": "sales",
    "deliveries": "deliveries",
    "shipments": "shipments",
    "sell-through": "sell-through",
    "sell-in": "sell-in",
}
_NAME_WORD = re.compile(r"(?:[A-Z][\w&+-]*|\d[\w-]*[A-Za-z][\w-]*|[A-Z]?\d+[A-Za-z]*)$")


def is_name(phrase: str) -> bool:
    """ "Model K3", "Cloud Infrastructure", "A320 Family": a proper name, every word
    capitalised or a model number, and not a place."""
    words = phrase.split()
    if not words or len(words) > 4 or not all(_NAME_WORD.match(w) for w in words):
        return False
    return not reporting.regions_in(phrase)


def measure_noun(metric: Metric) -> str:
    """The noun of a metric's measure, to name a part of it: "vehicles delivered" ->
    "deliveries", "cloud revenue" -> "revenue"."""
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
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"  # "widebodies"
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


_NAME_JOIN = re.compile(r"\s+(?:&|and)\s+")
_COUNTED_DONE = re.compile(
    r"\b[a-z]+s\s+(?:carried|handled|transported|flown|served|processed|shipped|delivered"
    r"|produced|sold|booked)$",
    re.IGNORECASE,
)
_PERIOD_TOKEN = re.compile(r"(?:[1-4]?Q[1-4]?|H[12]|FY\d*|[1-9]M)", re.IGNORECASE)
_GLOSS_BEFORE = re.compile(
    r"\s\((?:[A-Za-z][\w-]*)(?:,\s*[A-Za-z][\w-]*)?\)\s*(?:(?:[1-4]?Q[1-4]?|H[12]|[1-9]M|FY\d*)\s+)?$"
)
_CLAUSE_MARK = re.compile(r"[;:()\[\]]|,(?=\s)")
# "net of cancellations, orders came to 889": what the measure is net of, before a comma
_NET_OF = re.compile(r"\bnet\s+of\s+[\w\s-]{1,40}$", re.IGNORECASE)


def _modifiers(
    text: str, head_start: int, entity_names: Sequence[str]
) -> tuple[list[str], list[str]]:
    """Words before a metric head that narrow it ("mobile", "smartphone"), and the brands
    among them ("Xperia"). Stops at a determiner, verb, number or possessive."""
    mods: list[str] = []
    brands: list[str] = []
    following = head_start
    before = words_in(text, max(0, head_start - 80), head_start)
    # "Thornbury & Vale revenue": the company's own name, however many words, names no part
    window = max(0, head_start - 80)
    owned = [
        (m.start(), m.end())
        for n in entity_names
        if n
        for m in re.finditer(re.escape(n), text[:head_start], re.I)
        if m.end() > window
    ]
    # "Veltrexa (ameltrizumab) sales": a bracketed gloss right before the head is read past
    gloss = _GLOSS_BEFORE.search(text, window, head_start)
    for k in range(len(before) - 1, -1, -1):
        word, s, e = before[k]
        if gloss is not None and gloss.start() <= s < gloss.end():
            following = gloss.start()
            continue
        if any(a <= s < b for a, b in owned):
            break
        bare = word.rstrip(".")
        if k and before[k - 1][0].lower() == "to" and bare.islower():
            break  # "to reach revenue of ...": a verb after "to", not a modifier
        # "Hearth & Loom revenue", "Parts and Equipment revenue": one name joined by "&" or
        # "and" is kept whole (never "Hearth Loom", never just "Equipment")
        if bare.lower() == "and" and mods and mods[-1][:1].isupper() and k:
            prev, _, prev_end = before[k - 1]
            if prev[:1].isupper() and not _CLAUSE_MARK.search(text, prev_end, s):
                continue  # the "and" inside a name: the word before it is read next
        joined = (
            _NAME_JOIN.fullmatch(text, e, following)
            if mods and mods[-1][:1].isupper() and bare[:1].isupper()
            else None
        )
        if _CLAUSE_MARK.search(text, e, following):
            if not mods and _NET_OF.search(text, max(0, s - 60), e):
                mods, brands = ["net"], []  # net of what it names, the measure is net
            break  # "176,420 million yen; operating profit": the clause before is not it
        following = s
        if _PERIOD_TOKEN.fullmatch(bare) or (
            s and text[s - 1 : s].isdigit() and _PERIOD_TOKEN.fullmatch(text[s - 1 : e])
        ):
            continue  # "Veltrexa (VLX) 9M sales", "4Q group sales": when, no kind of sales
        if (
            _STOP_MODIFIER.match(bare)
            or bare[0].isdigit()
            or bare.lower() in lx.EMPTY_MODIFIERS
            or bare.lower() in _SCALE_WORDS
        ):
            break
        if bare.endswith(("'s", "’s", "'", "’")):
            break  # "Sony's mobile unit": the owner, not part of the metric
        if any(
            bare.casefold() == n.casefold() or n.casefold().startswith(bare.casefold() + " ")
            for n in entity_names
        ):
            break
        low = bare.lower()
        if (
            low in lx.TARGET_CUES
            or low in lx.FORECAST_CUES
            or low in lx.ACTUAL_CUES
            or (low in _FUNCTION_WORDS or low in lx.KIND_NOUNS)
        ):
            break
        if _VERBISH.search(bare) and bare.lower() not in (
            "adjusted",  # a qualifier of the vocabulary: "adjusted operating profit"
            "underlying",  # "underlying operating profit": a basis, no verb
            "normalized",
            "normalised",
            "diluted",
            "operating",
            "pricing",
            "marketing",
            "computing",
            "gaming",
            "streaming",
        ):
            break
        if len(mods) >= 6:
            break
        if bare[0].isupper() and s > 0 and bare not in ("PC", "TV", "PCs", "TVs"):
            brands.append(bare)
        if joined is not None:
            mods.append("&" if "&" in joined.group() else "and")
        mods.append(bare)
    mods.reverse()
    brands.reverse()
    return mods, brands


class MetricReader:
    """Names the metric of a figure from the words around it."""

    def __init__(self, entity_names: Sequence[str], main_product: str | None) -> None:
        self.entity_names = entity_names
        self.main_product = main_product
        # products the report has counted by a plural noun ("184,000 heat pumps"), so a
        # later "heat pump sales of 270,000 units" names the same thing
        self.learned: set[str] = set()

    def is_company(self, word: str) -> bool:
        w = re.sub(r"['’]s$", "", word).casefold()
        return any(w == n.casefold() or w == n.split()[0].casefold() for n in self.entity_names)

    def heads(self, text: str, start: int, end: int) -> list[re.Match[str]]:
        return [m for m in HEAD.finditer(text, start, end)]

    def tail(self, text: str, fig: Figure, limit: int) -> Metric | None:
        """The noun right after the figure: "39 million smartphones", "$1.25 billion loss",
        "8.8 million smartphone sales", "$4 billion in revenue"."""
        after = text[fig.end : limit]
        # (its bracketed initials are no clause of their own: read past the stretch's end)
        line = _NAMED_LINE.match(text, fig.end) if fig.unit == "units" else None
        if (
            line is not None
            and re.search(r"\s(?:and|&)\s|\(", line["name"])
            and _product_noun(line["n"])
            and not (
                line["mod"] and (_STOP_MODIFIER.match(line["mod"]) or _VERBISH.search(line["mod"]))
            )
        ):
            # "66 Integrated Wafer Metrology and Inspection (IWMI) systems": a product line's
            # name runs over "and" and its initials, past what a short phrase holds
            name = " ".join(line["name"].split())
            return self._counted(text, fig, line["mod"], line["n"], (name,), line["w"])
        of = _UNITS_OF.match(text, fig.end) if fig.unit == "units" else None
        if (
            of is not None
            and _product_noun(of["n"])
            and not _STOP_MODIFIER.match(of["n"])
            and reporting.family_of(of["n"]) is None
            and of["n"].lower() not in _FUNCTION_WORDS
        ):
            # "3.1 million units of its Kestra handheld console": units of that product
            brands = tuple(of["w"].split()[: len(of["w"].split()) - 1 - bool(of["mod"])])
            return self._counted(text, fig, of["mod"], of["n"], brands, of["w"])
        m = re.match(
            r"[\"”]?(?:\s+(?:of|in)\s+(?=(?:revenue|sales|net|operating|profit|income)))?"
            r"(?P<np>(?:\s+[\w’'&-]+){1,4})",
            after,
        )
        if not m:
            return None
        np_start = fig.end + m.start("np")
        np_text = m.group("np")
        # the noun phrase ends at a preposition: "441,200 vehicles to customers in ..."
        stop = _NP_END.search(np_text, 1)
        if stop is not None:
            np_text = np_text[: stop.start()]
        best = None
        for h in HEAD.finditer(text, np_start, np_start + len(np_text)):
            best = h  # the last head of the short phrase is its head
        if best is None:
            # any plural noun after "sold 50 million": "iPhones", "Galaxy phones"
            first = re.match(
                r"\s+(?P<w>(?:[A-Z][\w-]*\s+)*(?:(?P<mod>[a-z][\w-]{2,})\s+)?(?P<n>[A-Za-z][\w-]*s))\b",
                np_text,
            )
            mod = first["mod"] if first else None
            if mod and (
                _STOP_MODIFIER.match(mod) or mod in _FUNCTION_WORDS or _VERBISH.search(mod)
            ):
                return None  # "... more ovens", "... selling points": not a product name
            if (
                first
                and fig.unit == "units"
                and first["n"].lower() not in lx.NOT_PRODUCTS
                and (first["n"].lower() not in lx.ACTUAL_CUES)
                and len(first["n"]) > 4
                and not (_STOP_MODIFIER.match(first["n"]) or first["n"].lower() in _FUNCTION_WORDS)
            ):
                words_ = first["w"].split()
                brands = tuple(w for w in words_[:-1] if w[0].isupper())
                if deal_noun(words_[-1]) and not brands:
                    # "7 large deals", "12 new contracts": the deals won, never units sold
                    name = " ".join([*(w.lower() for w in words_[:-1]), words_[-1].lower()])
                    return Metric(f"{name} won", "units", None, (), first["w"])
                return self._counted(text, fig, mod, words_[-1], brands, first["w"])
            return None
        gap = text[np_start : best.start()]
        if len(gap.split()) > 3:
            return None
        return self._from_head(text, best, fig)

    def _counted(
        self,
        text: str,
        fig: Figure,
        mod: str | None,
        product: str,
        brands: tuple[str, ...],
        phrase: str,
    ) -> Metric:
        """A count of PRODUCT (a plural noun), narrowed by MOD, named by BRANDS."""
        self.learned.add(f"{mod} {singular(product)}" if mod else singular(product))
        name = f"{mod} {plural(product)}" if mod else plural(product)
        # the measure the clause's subject names: "Cumulative deliveries from January to
        # October 2025 reached 402,118 vehicles" counts vehicles delivered
        measures = {f.key for f in reporting.families_of(text[max(0, fig.start - 40) : fig.start])}
        opens = clause_start(text, fig.start)
        if not measures and fig.start - opens <= 120:
            measures = {f.key for f in reporting.families_of(text[opens : fig.start])}
        participle = next(
            (v for k, v in _PARTICIPLES.items() if k in measures and k != "units_sold"),
            "sold",
        )
        if participle == "sold" and _RETAIL.search(text, max(0, fig.start - 40), fig.start):
            # "dealers retailed 78,428 motorcycles": retail sales, not shipments
            single = " ".join([*(mod.split() if mod else []), singular(product)])
            return Metric(
                f"retail {single} sales", "units", product.lower().rstrip("s"), brands, phrase
            )
        return Metric(f"{name} {participle}", "units", product.lower().rstrip("s"), brands, phrase)

    def near(self, text: str, fig: Figure, start: int, end: int) -> Metric | None:
        """The nearest metric phrase in [start, end) before the figure."""
        found = [h for h in HEAD.finditer(text, start, end)]
        for h in reversed(found):
            metric = self._from_head(text, h, fig)
            if metric is not None:
                return metric
        return None

    def _from_head(self, text: str, h: re.Match[str], fig: Figure) -> Metric | None:
        head = " ".join(h.group().lower().split())
        mods, brands = _modifiers(text, h.start(), self.entity_names)
        comp = _COMPLEMENT.match(text, h.end())
        complement = (
            re.split(r"\s+(?:since|through|until|as\s+of)\s", comp["c"], maxsplit=1)[0]
            if comp and not any(w in lx.NOT_NAMES for w in comp["c"].split()[:1])
            else None
        )
        if complement and reporting.regions_in(complement):
            complement = None  # "deliveries in the United States": a region, read apart
        if complement and fig.unit != "percent" and is_name(complement):
            # "deliveries of the Model K3": a named product or segment, as written
            measure = f"{complement} {_MEASURE_NOUN.get(head, head)}"
            if fig.unit == "units" and measure.endswith(" sales"):
                measure = counted_name(complement)  # "sales of the Loop" counted: not revenue
            return Metric(
                measure,
                "units" if fig.unit == "units" else "money",
                None,
                (),
                f"{complement} {head}",
            )
        if complement:
            cwords = [
                w
                for w in complement.split()
                if not w.endswith(("'s", "’s"))
                and w.casefold() not in {n.casefold() for n in self.entity_names}
            ]
            complement = " ".join(cwords) or None
        phrase = " ".join([*mods, head] if not complement else [complement, head])
        if fig.unit == "percent":
            return self._percent(h, head, mods, complement, phrase)
        if fig.unit == "units":
            return self._units(text, h, head, mods, brands, complement, phrase, fig)
        return self._money(h, head, mods, complement, phrase)

    def _units(
        self,
        text: str,
        h: re.Match[str],
        head: str,
        mods: list[str],
        brands: list[str],
        complement: str | None,
        phrase: str,
        fig: Figure | None = None,
    ) -> Metric | None:
        if h["money"] and head not in ("sales", "orders", "bookings", "backlog"):
            return None
        if h["pct"]:
            return None
        if head in ("orders", "bookings", "backlog"):
            # orders and backlog are named as written: "gross orders", "order backlog"
            words_ = [m.lower() for m in mods if m.lower() not in lx.EMPTY_MODIFIERS]
            return Metric(" ".join([*words_, head]), "units", None, tuple(brands), phrase)
        if h["level"]:
            # "active Skylark drone users", "cloud platform subscribers": a count of people
            # or accounts names what they use, never just "users"
            single = lx.LEVEL_PLURAL.get(head, head)
            level = lx.LEVEL_NOUNS.get(single, head)
            own = [
                m
                for m in (complement.split() if complement else mods)
                if m.lower() not in lx.EMPTY_MODIFIERS and not reporting.regions_in(m)
            ]
            words_ = [
                w if w[:1].isupper() and w[1:2].islower() and w in brands else w.lower()
                for w in own
            ]
            name = " ".join([*words_, level]) if level not in " ".join(words_) else level
            return Metric(name, "units", None, tuple(brands), phrase)
        participle = "sold"
        around = text[max(0, h.start() - 40) : h.end() + 15]
        opens = clause_start(text, h.start())
        if not reporting.families_of(around) and h.start() - opens <= 120:
            around = text[opens : h.end() + 15]  # the clause's subject names the measure
        measures = {f.key for f in reporting.families_of(around)}
        if head.startswith("shipment") or re.search(r"\bship", around, re.IGNORECASE):
            participle = "shipped"
        elif head.startswith("deliver") or "units_delivered" in measures:
            participle = "delivered"  # "delivered", "handed over", "deliveries"
        elif "units_produced" in measures:
            participle = "produced"  # "built", "produced", "output"
        product = None
        if h["product"] and head not in ("unit", "units"):
            product = singular(head)
        else:
            pool = [*(complement.split() if complement else []), *mods]
            for w in reversed(pool):
                if w.lower() in lx.PRODUCTS or w.lower() in lx.PLURAL_TO_SINGULAR:
                    product = singular(w)
                    break
            if complement and product is None:
                last = complement.split()[-1]
                if last.endswith("s") and last.lower() not in lx.NOT_PRODUCTS:
                    product = singular(last)
            if complement:
                brands = [
                    w
                    for w in complement.split()
                    if w[:1].isupper()
                    and w.lower() not in lx.PRODUCTS
                    and w.lower() not in lx.PLURAL_TO_SINGULAR
                ]
        if (
            product is None
            and mods
            and re.fullmatch(r"[a-z][a-z-]{3,}s", mods[-1])
            and mods[-1] not in lx.NOT_PRODUCTS
            and mods[-1] not in _FUNCTION_WORDS
            and reporting.family_of(mods[-1]) is None
        ):
            product = singular(mods[-1])  # "boats delivered 4,500-4,700": boats
        thing = None if product is not None or h["product"] else _own_thing(mods, text, h)
        if product is None:
            for n in (2, 1):  # "heat pump sales" after "184,000 heat pumps"
                phrase_ = " ".join(w.lower() for w in mods[-n:]) if len(mods) >= n else ""
                if phrase_ and phrase_ in self.learned:
                    product = phrase_
                    break
        if product is None and fig is not None:
            # "Deliveries in Germany reached 31,200 bicycles": the noun the figure counts,
            # when the report has counted that thing before
            noun = _COUNT_NOUN.match(text, fig.end)
            if noun is not None and singular(noun["n"]) in self.learned:
                product = singular(noun["n"])
        if product is None and thing is not None:
            # "Software sales 98.6 mln units": the thing the text names, not the report's
            # main product
            return Metric(f"{thing} units {participle}", "units", None, tuple(brands), phrase)
        if product is None:
            product = self.main_product
        if product is None or product == "unit":
            return Metric(f"units {participle}", "units", None, tuple(brands), phrase)
        # a two-word product the modifiers spell out: "mobile phones", "feature phones"
        for mod in mods[-1:]:
            pair = f"{mod.lower()} {product}"
            if pair in lx.PRODUCTS or (fig is not None and _compound(text, fig, mod, h)):
                product = pair
        if participle == "sold" and _RETAIL.search(text, max(0, h.start() - 60), h.start()):
            # "dealers retailed 78,428 new motorcycles": retail sales, not shipments
            return Metric(f"retail {product} sales", "units", product, tuple(brands), phrase)
        return Metric(f"{plural(product)} {participle}", "units", product, tuple(brands), phrase)

    def _money(
        self, h: re.Match[str], head: str, mods: list[str], complement: str | None, phrase: str
    ) -> Metric | None:
        if not h["money"] and head not in ("sales",):
            return None
        canonical = lx.MONEY_HEADS.get(head, "revenue" if head == "sales" else head)
        qualifier = [
            m
            for m in mods
            if m.lower() not in lx.EMPTY_MODIFIERS
            and m.lower() not in ("net", "operating", "gross", "pretax", "pre-tax")
            and not (m.lower() == "group" and canonical == "revenue")  # the whole company's
            # ("Adjusted EBITDA": the vocabulary's name, "adjusted EBITDA", says it already)
            and m.lower() not in canonical.lower().split()
        ]
        if any(m.lower() == "operating" for m in mods) and canonical in ("profit", "net income"):
            canonical = "operating income"
        if any(m.lower() == "operating" for m in mods) and canonical == "net loss":
            canonical = "operating loss"
        if any(m.lower() == "net" for m in mods) and canonical == "profit":
            canonical = "net income"
        segment = complement.split() if complement else qualifier
        name = " ".join([*segment, canonical]) if segment else canonical
        return Metric(name, "money", None, (), phrase)

    def _percent(
        self, h: re.Match[str], head: str, mods: list[str], complement: str | None, phrase: str
    ) -> Metric | None:
        if h["pct"]:
            base = lx.PERCENT_HEADS[head]
            qualifier = [m for m in mods if m.lower() not in lx.EMPTY_MODIFIERS]
            return Metric(
                " ".join([*qualifier, base])
                if base == "market share"
                else " ".join(
                    [
                        *[m for m in qualifier if m.lower() not in ("gross", "operating", "net")],
                        base,
                    ]
                ),
                "percent",
                None,
                (),
                phrase,
            )
        return None

    def counted_later(self, text: str, start: int) -> Metric | None:
        """The growth of what a figure after START counts: "... sold 9.37 million
        vehicles" -> "vehicle sales growth", "... revenue of $2 billion" -> "revenue
        growth"; None unless a figure there names a product or an amount."""
        for m in _COUNTED.finditer(text, start):
            noun = m["noun"].lower()
            if m["amount"]:
                if noun in lx.MONEY_HEADS:
                    return Metric(f"{lx.MONEY_HEADS[noun]} growth", "percent", None, (), noun)
                continue
            if (
                noun in lx.NOT_PRODUCTS
                or noun in ("units", "percent")
                or noun in _NO_THING  # "4.38 million, on ...", "up 1.0 point": no noun
                or _STOP_MODIFIER.match(noun)
                or noun in _FUNCTION_WORDS
            ):
                continue
            return Metric(f"{singular(noun)} sales growth", "percent", None, (), noun)
        return None

    def sold(self, text: str, start: int, end: int) -> Metric:
        """ "sold 10 million" with no noun: the report's main product, else plain units."""
        shipped = re.search(r"\bship", text[start:end], re.IGNORECASE)
        participle = (
            "shipped"
            if shipped
            else (
                "delivered" if re.search(r"\bdeliver", text[start:end], re.IGNORECASE) else "sold"
            )
        )
        named = _NOUN_VERB.search(text, start, end)
        if (
            named is not None
            and named["n"].lower() not in lx.NOT_PRODUCTS
            and named["n"].lower() not in _FUNCTION_WORDS
            and named["n"].lower() != "units"
        ):
            # "boats delivered 4,500-4,700": the noun before the verb is what was counted
            product = singular(named["n"])
            return Metric(f"{plural(product)} {participle}", "units", product)
        if self.main_product:
            return Metric(f"{plural(self.main_product)} {participle}", "units", self.main_product)
        return Metric(f"units {participle}", "units")

    def planned(self, text: str, start: int, end: int) -> Metric | None:
        """A count a plan names by its measure with no noun after the figure: "a unit
        target of 250,000", "delivery guidance of 1.8 million": what the plan counts."""
        m = _PLANNED_COUNT.search(text, start, end)
        if m is None:
            return None
        return with_measure(self.sold(text, m.start(), m.start()), m["measure"])

    def owned_level(self, metric: Metric, text: str, start: int, end: int) -> Metric:
        """A bare count of people or accounts ("subscribers") named by the product they
        belong to in its clause: "Care+ had 46,800 subscribers", "Subscribers to the Care+
        plan numbered 52,300" -> "Care+ subscribers"."""
        if metric.name.lower() not in lx.LEVEL_PLURAL:
            return metric
        clause = text[start:end]
        m = _OWNER_HAD.search(clause) or _LEVEL_TO.search(clause)
        if m is None or m["name"].split()[0].lower() == metric.name.lower():
            return metric
        name = m["name"]
        first = name.split()[0]
        if first.lower() in _NOT_OWNERS or self.is_company(first) or reporting.regions_in(name):
            return metric
        return Metric(f"{name} {metric.name}", "units", None, (name,), f"{name} {metric.name}")

    def part_of(self, whole: Metric, noun: str) -> Metric:
        return _part_name(whole, noun)

    def growth(self, text: str, start: int, end: int) -> Metric | None:
        """The thing that grew: "sales in Sony's mobile unit increased 29.6 percent"."""
        heads = list(HEAD.finditer(text, start, end))
        # "sales", "revenue"; and any measure of units: "heat pump unit sales were down 21%"
        bases = [
            h for h in heads if " ".join(h.group().lower().split()) in lx.GROWTH_BASES or h["units"]
        ]
        for h in reversed(bases or heads):
            head = " ".join(h.group().lower().split())
            if head not in lx.GROWTH_BASES and not (h["product"] or h["money"] or h["units"]):
                continue
            mods, _ = _modifiers(text, h.start(), self.entity_names)
            comp = _COMPLEMENT.match(text, h.end())
            words_ = [*mods, head]
            if comp and comp["c"].split()[0] not in lx.NOT_NAMES:
                cwords = [
                    w
                    for w in comp["c"].split()
                    if not w.endswith(("'s", "’s"))
                    and w.casefold() not in {n.casefold() for n in self.entity_names}
                ]
                words_ = [*cwords, head]
            base = " ".join(words_)
            return Metric(f"{base} growth", "percent", None, (), base)
        return None


_NAME_RUN = r"(?P<name>[A-Z][\w+&'’-]*(?:\s+[A-Z][\w+&'’-]*){0,3})"
_OWNER_HAD = re.compile(
    r"(?:^|[,;:]\s*)" + _NAME_RUN + r"\s+(?:now\s+)?(?:had|has|have|counted|reached)\s+"
    r"(?:(?:about|around|some|nearly|over|more\s+than)\s+)?$"
)
_LEVEL_TO = re.compile(
    r"\b(?i:subscribers|users|members|customers|accounts|subscriptions)\s+(?:to|of|on|for|in)\s+"
    r"(?:the\s+|its\s+|our\s+)?" + _NAME_RUN
)
_NOT_OWNERS = frozenset("we i it they you he she the this that these those our its their".split())


# "unit target of", "unit sales goal is", "delivery guidance to": a plan named by what it counts
_PLANNED_COUNT = re.compile(
    r"\b(?P<measure>units?(?:\s+sales)?|volume|delivery|deliveries|shipments?|unit\s+sales)"
    r"\s+(?:(?:sales|volume)\s+)?(?:targets?|goals?|forecasts?|guidance|outlook|plans?)"
    r"(?:\s+(?:of|is|was|at|to|for\s+\S+(?:\s+\S+)?\s+(?:of|is|at)))?\s*:?\s*"
    r"(?:(?:now|about|around|roughly|some)\s+)*$",
    re.IGNORECASE,
)


# A figure and the noun it counts: "9.37 million vehicles", "$2 billion in revenue"
_NO_THING = frozenset(
    "thousand thousands million millions billion billions trillion mln bln point points pts"
    " basis cents".split()
)
_COUNTED = re.compile(
    r"(?P<amount>[$€£¥]\s?)?(?!(?:19|20)\d\d\b)\d+(?:[,.]\d+)*"
    r"(?:\s*(?:million|billion|thousand|mln|bn|m|k))?"
    r"\s+(?:(?:in|of)\s+)?(?P<noun>[A-Za-z][\w-]{3,})\b",
    re.IGNORECASE,
)

_COUNT_NOUN = re.compile(r"\s+(?P<n>[a-z][\w-]{2,}s)\b")

_SEASONS = frozenset(
    "holiday holidays christmas festive seasonal summer winter spring autumn".split()
)


def _own_thing(mods: list[str], text: str, h: re.Match[str]) -> str | None:
    """Modifiers that name what was counted though no product list knows it ("software",
    "heat pump"): not qualifiers, places, measures, seasons or brands (brands are aliases)."""
    lead = text[: max(0, h.start() - sum(len(m) + 1 for m in mods))]
    sentence_start = not re.sub(r"[\W_]+", "", lead)  # "* Software sales ...": a bullet
    words = []
    for i, m in enumerate(mods):
        low = m.lower()
        if (
            low in lx.EMPTY_MODIFIERS
            or low in reporting.qualifiers()
            or low in _SEASONS
            or reporting.regions_in(m)
            or reporting.family_of(low) is not None
            or (m[:1].isupper() and not (i == 0 and sentence_start))
            or not m.isalpha()
        ):
            return None
        words.append(low)
    return " ".join(words) or None


_RETAIL = re.compile(r"\bretail(?:ed|s)?\b", re.IGNORECASE)
# "boats delivered", "e-bikes sold" before the figure
_NOUN_VERB = re.compile(r"\b(?P<n>[a-z][a-z-]{3,}s)\s+(?:sold|shipped|delivered)\s*:?\s*$")
_PARTICIPLES = {
    "units_sold": "sold",
    "units_shipped": "shipped",
    "units_delivered": "delivered",
    "units_produced": "produced",
}


def _part_name(whole: Metric, noun: str) -> Metric:
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
    participle = _PARTICIPLES.get(fam.key) if fam else None
    m = re.fullmatch(r"(?P<thing>.+) (?:sold|shipped|delivered|produced)", metric.name)
    if participle is None or m is None:
        return metric
    return Metric(
        f"{m['thing']} {participle}", metric.family, metric.product, metric.brands, metric.phrase
    )


def _compound(text: str, fig: Figure, mod: str, h: re.Match[str]) -> bool:
    """ "8,900 cargo bikes": a plain noun right between the figure and the product it counts
    names a kind of that product, the way the report counts it."""
    between = text[fig.end : h.start()].split()
    return (
        between == [mod]
        and mod.isalpha()
        and mod.islower()
        and _noun_only(mod)  # "cargo bikes", not "commercial aircraft" or "electric cars"
        and not reporting.regions_in(mod)
        and mod not in reporting.phrase_words()
    )


@functools.cache
def _noun_only(word: str) -> bool:
    from lemminflect import getAllLemmas

    tags = getAllLemmas(word)
    return "NOUN" in tags and "ADJ" not in tags


def main_product(layout: Layout) -> str | None:
    """The product a report's bare "units" count, when it counts one kind of thing; a report
    that counts several kinds side by side ("39,100 e-bikes, 10,300 e-scooters") has none:
    its "units" are the total across them."""
    counts: Counter[str] = Counter()
    for s in layout.sentences:
        for m in HEAD.finditer(s.text):
            if m["product"] and m.group().lower() not in ("unit", "units"):
                counts[singular(m.group())] += 1
    if not counts or len(_counted_kinds(layout)) > 1:
        return None
    return counts.most_common(1)[0][0]


# A figure and the product noun it counts, compound or hyphenated: "8,900 cargo bikes",
# "10,300 e-scooters"; the last part of the noun is its kind ("bike", "scooter").
_COUNTED_PRODUCT = re.compile(
    r"\d(?:[\d,.]*\d)?(?:\s+(?:thousand|million|billion))?\s+(?:[a-z]+\s+)?"
    r"(?:[a-z]+-)?(?P<kind>[a-z]{3,}s)\b"
)


_ROW_PRODUCT = re.compile(r"\s*(?:[A-Za-z]+[- ])?(?P<kind>[A-Za-z]{3,}s)\s*(?:\([^)]*\))?\s+\d")


def _counted_kinds(layout: Layout) -> set[str]:
    """The kinds of product the report counts by a figure, a kind and its broader names
    (a smartphone is a phone, a car a vehicle) being one."""
    kinds: set[str] = set()
    for s in layout.sentences:
        found = list(_COUNTED_PRODUCT.finditer(s.text))
        if s.role == "row":  # a table's "E-scooters   10,900" row counts them too
            found += [m for m in [_ROW_PRODUCT.match(s.text)] if m is not None]
        for m in found:
            one = singular(m["kind"].lower())
            if one in lx.PRODUCTS and one != "unit":
                kinds.add(one)
    broader = {k: {k, *(h.lower() for h in lx.HYPERNYMS.get(k, ()))} for k in kinds}
    return {
        k
        for k in kinds
        if not any(o != k and k in broader[o] for o in kinds)  # "phone" beside "smartphone"
        and not any(o != k and broader[k] & broader[o] for o in kinds if o < k)
    }


# -- table rows ------------------------------------------------------------------------------

_LOSS_SUFFIX = re.compile(r"\b(?:income|profit|earnings|result)\b", re.IGNORECASE)
_PAREN = re.compile(r"\s*\([^)]*\)")
_UNIT_WORDS = re.compile(r"\bunits?\b", re.IGNORECASE)


def _tidy(phrase: str, names: Sequence[str], *, proper: bool = False) -> str:
    """Drop company names and keep a name's capitals: "LG smartphones" -> "smartphones"."""
    for n in sorted(names, key=len, reverse=True):  # "Orbis Software, Q1": the whole name
        if n.strip():
            phrase = re.sub(rf"(?<!\w){re.escape(n)}(?:['’]s)?(?!\w)", " ", phrase, flags=re.I)
    folded = {n.casefold() for n in names}
    firsts = {n.split()[0].casefold() for n in names if n.split()}  # "LG" of "LG Electronics"

    def named(w: str) -> bool:
        bare = re.sub(r"['’]s$", "", w).casefold()
        return bare in folded or bare in firsts

    words = [w for w in phrase.replace(",", " ").split() if not named(w)]
    # the word after the first, past a joining "&" ("Mining & Rock Technology": one name)
    second = next((w for w in words[1:] if w not in ("&", "and")), "")
    out = []
    for i, w in enumerate(words):
        digits = any(c.isdigit() for c in w)
        first = i == 0 and (
            proper or (len(words) > 1 and second[:1].isupper() and not second.isupper())
        )  # ("Adjusted EBIT": an acronym after it says nothing of the first word)
        # "Climate Solutions"; a qualifier after a comma ("..., Austria") is a name
        place = w[:1].isupper() and bool(reporting.regions_in(w))  # "Europe headphones"
        keep = (
            digits or (w.isupper() and len(w) > 1) or (i > 0 and w[:1].isupper()) or first or place
        )
        out.append(w if keep else w.lower())
    return " ".join(out)


def _all_region(label: str) -> bool:
    found = reporting.regions_in(label)
    return bool(found) and " ".join(label[r.start : r.end] for r in found) == label.strip()


def table_metric(
    label: str,
    measure: str | None,
    caption: str,
    unit: str,
    suffix: str,
    *,
    names: Sequence[str],
) -> str | None:
    """The metric of a table cell from its row label, its column's measure ("Deliveries"),
    the table caption's product ("LG smartphones") and a word after the figure ("loss").
    None when nothing says what the figure counts."""
    from bot.facts import reporting

    measure_of = reporting.measure_of_unit(unit)
    had_loss = "(loss)" in label.lower()
    level = bool(_AT_END.search(_PAREN.sub("", label)) or _AT_END_NOTE.search(label))
    label = _per_unit(_PAREN.sub("", label).strip())
    qualified = _QUALIFIED.fullmatch(label)
    if qualified is not None and (
        reporting.region_of(qualified["which"]) is not None or " " not in qualified["which"]
    ):
        # "Mobile postpaid, Switzerland" -> "Switzerland mobile postpaid"
        label = f"{_tidy(qualified['which'], names, proper=True)} {_tidy(qualified['what'], names)}"
    else:
        label = _tidy(label, names)
    label = _AT_END.sub("", label)  # "Stores at year end": the period says when
    label = _BASE_AFTER.sub("", label)  # "Revenue growth on prior period": the base of a change
    if _WHOLE.match(label) and reporting.family_of(_WHOLE.sub("", label)) is not None:
        label = _WHOLE.sub("", label)  # "Group revenue": the whole company's revenue
    caption = _tidy(caption, names)
    fam = reporting.family_of(label, measure_of) if label else None
    own = lx.MONEY_HEADS.get(label.lower()) if fam is None and measure_of == "money" else None
    if own is not None and own.lower() != label.lower():
        return own  # "ARR": the name prose gives it ("annual recurring revenue")
    if fam is None and measure:
        # ("Adj. EBITA margin": an acronym keeps its capitals)
        lowered = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in measure.split())
        phrase = f"{label} {lowered}".strip()
    elif fam is None:
        cap = reporting.family_of(caption, measure_of) if caption else None
        if cap is None and label and measure_of == "units" and _UNIT_WORDS.fullmatch(caption):
            return f"{label} units sold"  # "Software" under "Units (millions)"
        if measure_of == "units" and re.search(r"\bunits$", label, re.IGNORECASE):
            return f"{label} sold"  # "Hardware units (millions)"
        stock = caption.split()[-1].lower() if caption.split() else ""
        counted = _NUMBER_OF.fullmatch(label)
        if counted is not None and counted["what"].lower() in lx.LEVEL_PLURAL:
            return f"number of {counted['what'].lower()}"  # "Number of stores": a level
        if label.lower() in lx.LEVEL_PLURAL or (level and measure_of == "units" and label):
            # "Stores", "Employees", "Pubs operated at period end": a level named by its label
            return label.lower() if label[1:].islower() or " " not in label else label
        if cap is None and label and measure_of == "units" and stock in lx.LEVEL_PLURAL:
            # "Broadband" under "Subscriptions ('000)": what is counted, and of what
            return f"{label} {stock}"
        if (
            cap is None
            and label
            and _ACCOUNT.fullmatch(label)
            and (
                measure_of in ("money", "percent")
                or (measure_of == "units" and caption and label.lower().endswith("s"))
                # "Passengers carried", "Tonnes handled": a count named with its verb
                or (measure_of == "units" and _COUNTED_DONE.search(label) is not None)
            )
        ):
            # "Free cash flow", "Exceptional items" in a table of amounts, "Occupancy (%)",
            # "Cancellations" under "Aircraft": a line no vocabulary needs to know to be
            # named by its label
            return _segment_first(label)
        if cap is not None and not label:
            # a "Total" row under "Aircraft delivered": the caption's measure, all of it
            return caption.lower() if cap.key in _PARTICIPLES else caption
        if cap is None or not label:
            return None
        phrase = f"{label} {caption}"  # "Smartphones" under "2011 sales target"
        if cap.key in _PARTICIPLES:
            phrase = f"{label} {_PARTICIPLES[cap.key]}"  # named as the prose names it
            if _all_region(label):
                # "North America" under "Shipments by region": that region's units shipped
                phrase = f"{label} units {_PARTICIPLES[cap.key]}"
    else:
        phrase = label
        head = lx.MONEY_HEADS.get(label.lower())
        if head is not None and _segment_first(label).lower() != label.lower():
            # "Revenue from operations": the vocabulary's name, as the prose's, never
            # rearranged into "operations revenue"
            phrase = head
        product = " ".join(
            w for w in caption.split() if reporting.family_of(w) is None and not w[:1].isdigit()
        )
        if product and not set(product.lower().split()) & set(label.lower().split()):
            if fam.key == "units_sold" and _UNIT_WORDS.search(label):
                # "Units sold" under "LG smartphones": "smartphones sold"
                phrase = _UNIT_WORDS.sub(product, label, count=1)
            elif fam.key in _PARTICIPLES:
                phrase = f"{product} {_PARTICIPLES[fam.key]}"  # "Production" of "Vehicles"
            elif fam.key in ("growth", "market_share"):
                thing = singular(product.split()[-1])
                base = " ".join([*product.split()[:-1], thing])
                phrase = f"{base} sales growth" if fam.key == "growth" else f"{base} {fam.label}"
            else:
                phrase = f"{product} {label}"
    if suffix.startswith("loss") or (had_loss and suffix.startswith("loss")):
        phrase = _LOSS_SUFFIX.sub("loss", phrase)
    return _segment_first(" ".join(phrase.split())) or None


# "Mobile postpaid, Switzerland": the part after the comma says which one (a region, a
# segment); a metric names it first, as "Switzerland mobile postpaid" does
_QUALIFIED = re.compile(r"(?P<what>[^,]+),\s*(?P<which>[^,]+)")
_AT_END = re.compile(
    r"\s+(?:at|as\s+of|as\s+at)\s+(?:the\s+)?(?:year|period|quarter|half[\s-]year)[\s-]end$"
    r"|\s+at\s+(?:the\s+)?end\s+of\s+(?:the\s+)?(?:year|period|quarter)$",
    re.IGNORECASE,
)
_AT_END_NOTE = re.compile(
    r"\(\s*(?:at\s+)?end\s+of\s+(?:the\s+)?(?:period|year|quarter)\s*\)", re.I
)
_BASE_AFTER = re.compile(
    r"\s+(?:on|over|vs\.?|versus|against|compared\s+(?:with|to))\s+(?:the\s+)?"
    r"(?:prior|previous|same|last|preceding)(?:[\s-]+year)?\s+(?:period|year|quarter|half)\b.*$",
    re.IGNORECASE,
)
_WHOLE = re.compile(r"^(?:group|total|consolidated)\s+", re.IGNORECASE)
_NUMBER_OF = re.compile(r"(?:total\s+)?(?:number|no\.)\s+of\s+(?P<what>[A-Za-z]+)", re.IGNORECASE)
# A label of the accounts: a few words, no figure, no sentence ("Operating cash flow").
_ACCOUNT = re.compile(r"[A-Za-z][\w&/'’-]*(?:\s+[A-Za-z&][\w&/'’-]*){0,5}")
_FROM_PART = re.compile(
    r"(?P<measure>(?:net\s+)?(?:revenues?|sales|income|orders|bookings))\s+(?:from|of|in)\s+"
    r"(?P<part>.+)",
    re.IGNORECASE,
)


# "Net revenue/hl", "AISC/oz", "Revenue/unit": an amount for each unit of a measure, named
# in words as questions ask for it ("net revenue per hectolitre")
_PER = re.compile(r"\s*/\s*(?P<unit>[A-Za-z]{1,6})\b")
_UNIT_NAMES = {
    "hl": "hectolitre",
    "oz": "ounce",
    "t": "tonne",
    "kg": "kilogram",
    "l": "litre",
    "bbl": "barrel",
    "boe": "barrel of oil equivalent",
    "mwh": "megawatt hour",
    "kwh": "kilowatt hour",
    "sqm": "square metre",
    "unit": "unit",
    "share": "share",
}


def _per_unit(label: str) -> str:
    m = _PER.search(label)
    if m is None or m["unit"].lower() not in _UNIT_NAMES:
        return label
    return f"{label[: m.start()]} per {_UNIT_NAMES[m['unit'].lower()]}{label[m.end() :]}"


def _segment_first(phrase: str) -> str:
    """A metric names the part before its measure, as questions do: "revenue from connected
    services" -> "connected services revenue"."""
    m = _FROM_PART.fullmatch(phrase)
    if m is None or reporting.family_of(m["part"]) is not None:
        return phrase
    return f"{m['part']} {m['measure']}"
