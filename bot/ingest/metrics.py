"""The metric namer: the words around a figure -> what it counts ("smartphones sold",
"operating income", "A320 Family deliveries", "market share")."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.facts import reporting
from bot.facts.quantities import CURRENCY_WORDS
from bot.ingest import lexicon as lx
from bot.ingest.breaks import clause_start
from bot.ingest.counts import CARRIED_AFTER, SOLD_AFTER, carried, deal_noun, installed
from bot.ingest.figures import Figure
from bot.ingest.metric_names import (
    PARTICIPLES,
    Metric,
    counted_name,
    is_name,
    part_of_whole,
    plural,
    singular,
    with_measure,
)
from bot.ingest.modifiers import FUNCTION_WORDS, STOP_MODIFIER, VERBISH, modifiers

_PRODUCT_WORDS = sorted({*lx.PRODUCTS, *lx.PLURAL_TO_SINGULAR}, key=len, reverse=True)
_LEVEL_WORDS = sorted({*lx.LEVEL_NOUNS, *lx.LEVEL_PLURAL}, key=len, reverse=True)
_MONEY_WORDS = sorted(lx.MONEY_HEADS, key=len, reverse=True)
_PERCENT_WORDS = sorted(lx.PERCENT_HEADS, key=len, reverse=True)
# "the share buyback programme is 58% complete", "share price": "share" naming a company's
# shares, no market share
_SHARE_OF_SHARES = (
    r"(?!\s+(?:buy-?backs?|repurchases?|prices?|capital|count|issues?|register|options?"
    r"|awards?|based|placing|programmes?|programs?)\b)"
)
HEAD = re.compile(
    r"(?<![\w-])(?:(?P<money>"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _MONEY_WORDS)
    + r")|(?P<pct>"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+") + (_SHARE_OF_SHARES if w == "share" else "")
        for w in _PERCENT_WORDS
    )
    + r")|(?P<units>unit\s+sales|shipments|deliveries|sales|units|volumes?|sell-through|sell-in)"
    + r"|(?P<level>"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _LEVEL_WORDS)
    + r")|(?P<product>"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _PRODUCT_WORDS)
    + r"))(?![\w-])",
    re.IGNORECASE,
)
_OPENED = re.compile(r"\s+(?:(?:had|have|has)\s+)?(?:been\s+)?opened\b", re.IGNORECASE)
# "184 Lark hotels had opened": the noun a figure counts, then the verb that says how
_OPENED_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,3}[a-z-]+s\s+(?:(?:had|have|has)\s+)?(?:been\s+)?opened\b"
)
# words that say which of a measure's kind a short form stands for: "current RPO"
_WHICH_OF_KIND = frozenset("current new prior previous original initial revised latest".split())
_WHOLE_WORDS = frozenset("total overall group consolidated full-year quarterly annual".split())
# "gross gaming revenue (GGR)": a short form the report defines for a measure
_SHORT_FORM = re.compile(r"\(\s*[\"“]?(?P<short>[A-Z][A-Z0-9&]{1,5})[\"”]?\s*\)")
# (four words or more: "(the order backlog)" is a gloss, the measure's other name)
_DEFINITION = re.compile(
    r"\(\s*(?:the|i\.e\.|ie|a|an)\s+(?:[^\s()]+\s+){3,12}[^\s()]+\s*\)", re.IGNORECASE
)
# "net income of $12 million on revenue of $90 million": "on" brings in the measure of the
# figure after it, never the one before
_ON_ANOTHER = re.compile(r"\s+on\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?:of|at)\s", re.I)
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


_COMPLEMENT = re.compile(
    r"\s+(?:of|in|from|at)\s+(?:(?:the|its|their|his|her)\s+)?(?!(?:(?:the|its|their|this|that)\s+)?(?:quarter|year|period|month|fiscal|first|second|third|fourth|full|half|same|latest|three|six|nine|[1-4]Q\d{2}|Q[1-4]|FY\s?['’]?\d+|[12]H|H[12]|9M|(?:19|20)\d\d)\b)(?P<c>(?:[\w’'&-]+\s+){0,7}?[\w&-]+)"
    # ("Revenue from kiosks (self-service stands in malls) was": an aside before the verb)
    r"(?=(?:\s*\([^()]{0,80}\))?\s+(?:have|has|had|was|were|is|are|increased|decreased|rose|fell"
    r"|grew|jumped|climbed|declined"
    r"|dropped|reached|totaled|totalled|came|hit|continued|stood|amounted|surged|soared|slipped)\b)",
    re.IGNORECASE,
)


# "we closed 3,488 homes": a home sale closed is a home handed over to its buyer
# "exported 8.4 million boxes", "expects to export 9.0 to 9.4 million boxes"
_EXPORTED = re.compile(r"\bexport(?:s|ed|ing)?\s+(?:[\w.,]+\s+){0,5}$", re.IGNORECASE)
# "exported 8,426,500 boxes in 2024, up from 7,912,400 boxes": the verb of the figure's clause
_EXPORTED_IN = re.compile(r"\bexport(?:s|ed|ing)?\s+[^.;:]*$", re.IGNORECASE)
_CLOSED_SALES = re.compile(r"\bclos(?:e|es|ed|ing)\s+(?:\S+\s+){1,3}$", re.IGNORECASE)
_HOMES = frozenset({"homes", "houses"})


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


# "per tonne", "per ounce sold", "a barrel": the thing an amount is counted against (a
# time or a share names a rate or EPS, read elsewhere)
_PER_THING = re.compile(
    r"\s+(?:per|a)\s+(?!(?:share|year|annum|quarter|month|week|day|cent)\b)(?:[a-z][a-z-]*)\b"
    r"(?:\s+(?![a-z]+ed\b|(?:for|of|in|at|on|was|were|is|are|by|to|from|and|or|the|during|over|rose"
    r"|fell|grew|increased|decreased|reached|stood|came|totall?ed|target|forecast|guidance"
    r"|outlook|goal|plan|estimate|view|ambition|range|growth|margin|change)\b)[a-z][a-z-]*\b){0,3}",
    re.IGNORECASE,
)


class MetricReader:
    """Names the metric of a figure from the words around it."""

    def __init__(self, entity_names: Sequence[str], main_product: str | None) -> None:
        self.entity_names = entity_names
        self.main_product = main_product
        # products the report has counted by a plural noun ("184,000 heat pumps"), so a
        # later "heat pump sales of 270,000 units" names the same thing
        self.learned: set[str] = set()
        # short forms the report defines for a money measure ("gross gaming revenue (GGR)"),
        # each the measure it stands for wherever the report uses it after
        self.short_forms: dict[str, Metric] = {}

    def learn_short_forms(self, text: str, fig: Figure | None = None) -> None:
        """Record each "<money measure> (<SHORT>)" TEXT defines."""
        for m in _SHORT_FORM.finditer(text):
            short = m["short"]
            if short in self.short_forms or self.is_company(short) or HEAD.fullmatch(short):
                continue  # (a short form the vocabulary knows, "RPO", "ARR", is read as ever)
            heads = [
                h for h in HEAD.finditer(text, max(0, m.start() - 60), m.start()) if h["money"]
            ]
            if not heads or text[heads[-1].end() : m.start()].strip():
                continue  # the bracket must follow the measure it shortens
            mods, _ = modifiers(text, heads[-1].start(), self.entity_names)
            metric = self._money(
                heads[-1], " ".join(heads[-1].group().lower().split()), mods, None, short
            )
            if metric is not None:
                self.short_forms[short] = metric

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
                line["mod"] and (STOP_MODIFIER.match(line["mod"]) or VERBISH.search(line["mod"]))
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
            and not STOP_MODIFIER.match(of["n"])
            and reporting.family_of(of["n"]) is None
            and of["n"].lower() not in FUNCTION_WORDS
        ):
            # "3.1 million units of its Kestra handheld console": units of that product
            brands = tuple(of["w"].split()[: len(of["w"].split()) - 1 - bool(of["mod"])])
            return self._counted(text, fig, of["mod"], of["n"], brands, of["w"])
        if _ON_ANOTHER.match(after):
            return None  # "EBIT was EUR 143 million on sales of EUR 1,881 million": the next's
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
            if mod and (STOP_MODIFIER.match(mod) or mod in FUNCTION_WORDS or VERBISH.search(mod)):
                return None  # "... more ovens", "... selling points": not a product name
            if (
                first
                and fig.unit == "units"
                and first["n"].lower() not in lx.NOT_PRODUCTS
                and (first["n"].lower() not in lx.ACTUAL_CUES)
                and len(first["n"]) > 4
                and not (STOP_MODIFIER.match(first["n"]) or first["n"].lower() in FUNCTION_WORDS)
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
        after = re.match(
            rf"\s*(?:[\w-]+\s+){{0,2}}?{re.escape(product)}{CARRIED_AFTER.pattern}",
            text[fig.end : fig.end + 80],
            re.IGNORECASE,
        )
        if carried(text[max(0, fig.start - 60) : fig.start]) or after is not None:
            # "flew 17.2 million passengers": passengers carried, never a product sold (so
            # not learned as one: a rival's or a restated count of them is read apart)
            name = f"{mod} {plural(product)}" if mod else plural(product)
            verb = _carrying_verb(text[max(0, fig.start - 60) : fig.start], after)
            return Metric(f"{name} {verb}", "units", None, brands, phrase)
        self.learned.add(f"{mod} {singular(product)}" if mod else singular(product))
        name = f"{mod} {plural(product)}" if mod else plural(product)
        # the measure the clause's subject names: "Cumulative deliveries from January to
        # October 2025 reached 402,118 vehicles" counts vehicles delivered
        measures = {f.key for f in reporting.families_of(text[max(0, fig.start - 40) : fig.start])}
        opens = clause_start(text, fig.start)
        if not measures and fig.start - opens <= 120:
            measures = {f.key for f in reporting.families_of(text[opens : fig.start])}
        participle = next(
            (v for k, v in PARTICIPLES.items() if k in measures and k != "units_sold"),
            "sold",
        )
        if participle == "sold" and _OPENED_AFTER.match(text, fig.end):
            participle = "opened"  # "184 Lark hotels had opened since ...": openings
        done = re.match(
            rf"\s*(?:[\w-]+\s+){{0,2}}?{re.escape(product)}{SOLD_AFTER.pattern}",
            text[fig.end : fig.end + 80],
            re.IGNORECASE,
        )
        if participle == "sold" and done is not None:
            participle = done["verb"].lower()  # "with 118,300 watches delivered": deliveries
        if participle == "sold" and _EXPORTED_IN.search(text, max(0, fig.start - 80), fig.start):
            participle = "exported"  # "we exported 8,426,500 boxes": exports, counted apart
        if participle == "sold" and installed(text[: fig.start]):
            participle = "installed"  # "we installed 27,120 systems": an installer's count
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
        # "GMV (the total value of orders and rides) was ...": a bracket defining the head
        # before it names no measure of its own
        defining = [
            m.span() for m in _DEFINITION.finditer(text, start, end + 130) if m.start() < end
        ]
        found = [
            h
            for h in found
            if not any(a < h.start() < b and any(g.end() <= a for g in found) for a, b in defining)
        ]
        # (an amount only: "13.9% of Macao GGR" is a share, "0.92% of GMV" a ratio)
        short = (
            self._short_form_in(text, start, end) if fig.unit not in ("units", "percent") else None
        )
        for h in reversed(found):
            if short is not None and short[0] > h.start():
                shortened = self._shortened(text, *short)  # "GGR for the full year rose ..."
                if shortened is not None:
                    return shortened
            metric = self._from_head(text, h, fig)
            if metric is not None:
                return metric
        return self._shortened(text, *short) if short is not None else None

    def _shortened(self, text: str, at: int, metric: Metric) -> Metric | None:
        """The measure a short form at AT stands for, with the words before it that narrow
        it: "VIP rolling chip GGR" is VIP rolling chip gross gaming revenue. None when a word
        right before it says which of its kind ("current RPO"): named as written."""
        before = re.search(r"([A-Za-z][\w-]*)\s+$", text[max(0, at - 30) : at])
        if before is not None and before[1].lower() in _WHICH_OF_KIND:
            return None
        mods, _ = modifiers(text, at, self.entity_names)
        # ("Total GGR" is the measure itself; "current RPO" is a measure of its own)
        own = [m for m in mods if m.lower() not in _WHOLE_WORDS]
        if not own:
            return metric
        name = " ".join([*own, metric.name])
        return Metric(name, metric.family, None, (), name)

    def _short_form_in(self, text: str, start: int, end: int) -> tuple[int, Metric] | None:
        """The last short form the report defined that [START, END) uses, and where."""
        last = None
        for short, metric in self.short_forms.items():
            for m in re.finditer(rf"(?<![\w(]){re.escape(short)}(?![\w)])", text[start:end]):
                if last is None or start + m.start() > last[0]:
                    last = (start + m.start(), metric)
        return last

    def _from_head(self, text: str, h: re.Match[str], fig: Figure) -> Metric | None:
        head = " ".join(h.group().lower().split())
        mods, brands = modifiers(text, h.start(), self.entity_names)
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
        money = self._money(h, head, mods, complement, phrase)
        per = _PER_THING.match(text, h.end())
        if money is not None and per is not None and " per " not in f" {money.name} ":
            # "Gross profit per tonne for the nine months was CHF 681": the amount a tonne
            # earned, never the gross profit (nor the revenue per tonne the revenue)
            name = f"{money.name} {' '.join(per.group().split()).lower()}"
            return Metric(name, "money", None, (), name)
        return money

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
        elif _EXPORTED.search(text, max(0, h.start() - 40), h.start()):
            participle = "exported"  # "we exported 8,426,500 boxes": exports, counted apart
        elif (
            head.startswith("deliver")
            or "units_delivered" in measures
            or (_CLOSED_SALES.search(text, max(0, h.start() - 40), h.start()) and head in _HOMES)
        ):
            # "delivered", "handed over", "deliveries"; a homebuilder's "closed 3,488 homes"
            participle = "delivered"
        elif "units_produced" in measures:
            participle = "produced"  # "built", "produced", "output"
        elif _OPENED.match(text, h.end()):
            participle = "opened"  # "184 hotels had opened since ...": openings, no sales
        elif installed(text[: h.start()]):
            participle = "installed"  # "installed 27,120 systems": an installer's count
        if participle == "sold" and CARRIED_AFTER.match(text, h.end()):
            participle = "carried"  # "812,000 cars carried in 2025": carried, never sold
        if participle == "sold" and (done := SOLD_AFTER.match(text, h.end())) is not None:
            participle = done["verb"].lower()  # "118,300 watches delivered": deliveries
        state = _STATE_OF_HEAD.match(text, h.end())
        if participle == "sold" and state is not None:
            # "6.8 million homes passed", "330 aircraft in service": what is in place, a
            # count named by its state, never a sale
            where = re.sub(r"\b(?:our|its|their)\s+fleet\b", "the fleet", state["state"].lower())
            words_ = [m.lower() for m in mods if m.lower() not in lx.EMPTY_MODIFIERS]
            name = " ".join([*words_, head.lower(), " ".join(where.split())])
            return Metric(name, "units", None, tuple(brands), phrase)
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
            and mods[-1] not in FUNCTION_WORDS
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
        if head == "income" and canonical == "net income" and qualifier and not complement:
            # "Interest income", "Royalty income": a line of income named by its source,
            # never the net income ("interest net income")
            canonical = "income"
        segment = complement.split() if complement else qualifier
        if canonical == "revenue" and any(m.lower() == "gross" for m in mods):
            # "gross gaming revenue", "gross sales came to EUR 1,402.8 million, and returns
            # and rebates ...": sales before what is taken off them, never the revenue
            segment = ["gross", *segment]
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
                or noun in CURRENCY_WORDS  # "61.5 million euros": an amount, no product
                or noun in _NO_THING  # "4.38 million, on ...", "up 1.0 point": no noun
                or STOP_MODIFIER.match(noun)
                or noun in FUNCTION_WORDS
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
            and named["n"].lower() not in FUNCTION_WORDS
            and named["n"].lower() != "units"
        ):
            # "boats delivered 4,500-4,700": the noun before the verb is what was counted
            product = singular(named["n"])
            return Metric(f"{plural(product)} {participle}", "units", product)
        plan = _PLAN_NOUN.search(text, start, end)
        counted = _plan_counts(plan["n"]) if plan is not None else None
        if counted is not None:
            return counted  # "raised our FY26 passenger target to 63.5 million"
        if self.main_product:
            return Metric(f"{plural(self.main_product)} {participle}", "units", self.main_product)
        return Metric(f"units {participle}", "units")

    def planned(self, text: str, start: int, end: int) -> Metric | None:
        """A count a plan names by its measure with no noun after the figure: "a unit
        target of 250,000", "delivery guidance of 1.8 million": what the plan counts."""
        m = _PLANNED_COUNT.search(text, start, end)
        if m is None:
            # "trimmed its FY26 passenger target to 62.8 million": the plan's own word
            plan = _PLAN_NOUN_BEFORE.search(text, start, end)
            return _plan_counts(plan["n"]) if plan is not None else None
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
        return part_of_whole(whole, noun)

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
            mods, _ = modifiers(text, h.start(), self.entity_names)
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
# "passenger target", "subscriber goal": a plan named by what it counts
_PLAN_NOUN = re.compile(
    r"\b(?P<n>[a-z][a-z-]{3,})\s+(?:target|goal|forecast|guidance|outlook|plan|ambition)s?\b",
    re.IGNORECASE,
)
_PLAN_NOUN_BEFORE = re.compile(
    r"\b(?P<n>[a-z][a-z-]{3,})\s+(?:target|goal|forecast|guidance|outlook|plan|ambition)s?"
    r"\s+(?:(?:of|to|at|is|was|now|for\s+\S+)\s+)*(?:(?:about|around|roughly|some)\s+)?$",
    re.IGNORECASE,
)
_CARRIED_THINGS = frozenset({"passenger", "traveller", "traveler", "guest"})


def _plan_counts(word: str) -> Metric | None:
    """What a plan named by WORD counts ("passenger target", "subscriber goal"), when the
    word names people or accounts: never the report's main product."""
    noun = singular(word.lower())
    if plural(noun) in lx.LEVEL_PLURAL:
        return Metric(plural(noun), "units", None)
    if noun in _CARRIED_THINGS:
        return Metric(f"{plural(noun)} carried", "units", None)
    return None


# "homes passed", "aircraft in service", "vessels in our fleet": a count of what is in place
_STATE_OF_HEAD = re.compile(
    r"\s+(?P<state>passed|connected|covered|in\s+service|in\s+operation|under\s+management"
    r"|on\s+order|in\s+(?:the|our|its|their)\s+fleet)\b",
    re.IGNORECASE,
)
_NOUN_VERB = re.compile(r"\b(?P<n>[a-z][a-z-]{3,}s)\s+(?:sold|shipped|delivered)\s*:?\s*$")


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


_HANDLED_BEFORE = re.compile(r"\bhandl\w*\s+(?:\S+\s+){0,4}$", re.IGNORECASE)


def _carrying_verb(before: str, after: re.Match[str] | None) -> str:
    """ "handled" for a port's or an airport's throughput ("handled 35.4 million
    passengers"), "carried" for a carrier's count."""
    if _HANDLED_BEFORE.search(before) or (after is not None and "handled" in after.group().lower()):
        return "handled"
    return "carried"
