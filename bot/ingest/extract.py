"""A report's text -> proposed facts, each with the sentence that states it.

Pure: text, a publication date and the store's names in; proposals out. No store, no
SQL, no Discord. The steps, per sentence of the article (see `layout.py` for what is
left out):

1. Find the figures (`find_quantities`, plus number words via text2num) and the time
   phrases (`timing.find_times`).
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
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from bot.facts.model import Kind, Period
from bot.facts.periods import CALENDAR, FiscalCalendar
from bot.facts.quantities import find_quantities
from bot.ingest import lexicon as lx
from bot.ingest.layout import Layout, Sentence, analyse
from bot.ingest.timing import TimeMention, find_times, fiscal_year, resolve_time

# -- inputs and outputs ------------------------------------------------------------------


@dataclass(frozen=True)
class KnownEntity:
    name: str
    aliases: tuple[str, ...] = ()
    calendar: FiscalCalendar = CALENDAR


@dataclass(frozen=True)
class KnownMetric:
    name: str
    synonyms: tuple[str, ...] = ()
    unit: str | None = None


@dataclass(frozen=True)
class Proposal:
    entity: str
    metric: str
    kind: Kind
    period: Period
    value: float
    unit: str
    as_of: date
    quote: str
    start: int  # offset of the quote in the report
    headline: bool = False
    metric_synonyms: tuple[str, ...] = ()  # for a metric the store does not have yet
    entity_aliases: tuple[str, ...] = ()  # other names the report uses for the entity
    note: str = ""

    @property
    def figure_key(self) -> tuple:
        return (
            self.entity.casefold(),
            self.metric.casefold(),
            self.kind,
            self.period,
            round(self.value, 6),
            self.unit,
        )


@dataclass(frozen=True)
class Extraction:
    proposals: tuple[Proposal, ...]
    entity: str  # the company the report is about
    title: str | None
    credit: str | None  # "source: ..." line, a publisher when none is given
    new_entities: tuple[str, ...] = ()  # names the store does not know


# -- figures in a sentence -----------------------------------------------------------------

_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|hundred)"
)
_WORDED = re.compile(
    rf"(?<![\w-])(?P<n>a|an|{_NUMBER_WORD}(?:[\s-]+(?:and\s+)?{_NUMBER_WORD})*)\s+"
    r"(?:(?P<scale>thousand|million|billion|trillion)\b|(?P<pct>percent\b|per\s+cent\b))",
    re.IGNORECASE,
)
_NUMBER_PART = re.compile(
    r"[-−]?\s*[\d.,]+(?:\s*(?:thousand|million|billion|trillion|mln|mn|bn|tn|k|m|b|t)(?![a-z]))?",
    re.IGNORECASE,
)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


@dataclass(frozen=True)
class _Figure:
    start: int
    end: int
    text: str
    value: float
    unit: str
    explicit: bool  # a currency, percent or scale says it is an amount


def _figures(text: str) -> list[_Figure]:
    out = []
    for q in find_quantities(text):
        number = _NUMBER_PART.match(q.text)
        end = q.end
        if q.quantity.unit == "units" and number is not None:
            end = q.start + number.end()  # "39 million smartphones": the noun is read separately
        explicit = q.quantity.unit != "units" or bool(re.search(r"[a-zA-Z]", text[q.start : end]))
        out.append(
            _Figure(q.start, end, text[q.start : end], q.quantity.value, q.quantity.unit, explicit)
        )
    for m in _WORDED.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in out):
            continue
        try:
            from text_to_num import text2num

            n = 1 if m["n"].lower() in ("a", "an") else text2num(m["n"].lower(), "en")
        except ValueError:
            continue
        if m["pct"]:
            out.append(_Figure(m.start(), m.end(), m.group(), float(n), "percent", True))
        else:
            out.append(
                _Figure(
                    m.start(),
                    m.end(),
                    m.group(),
                    float(n) * _SCALES[m["scale"].lower()],
                    "units",
                    True,
                )
            )
    out.sort(key=lambda f: f.start)
    return [f for f in out if not _is_label(text, f)]


def _is_label(text: str, f: _Figure) -> bool:
    """ "Xperia Z2", "Lumia 520", "4K": numbers in names, not amounts."""
    if f.unit != "units":
        return False
    before = text[max(0, f.start - 20) : f.start]
    if re.search(r"[A-Z][\w-]*\s$", before) and not f.explicit:
        return True  # "Lumia 520"
    return bool(re.fullmatch(r"\d+\s*[kK]", f.text.strip()))


# -- words ---------------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z'’&.-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*%?")
_BREAK = re.compile(
    r"[;:()\[\]]|,(?!\d{3})|\s[—–-]\s|—|\b(?:but|while|whereas|although|though|after|before|"
    r"because|despite|as\s+well\s+as|which|who|even\s+as)\b",
    re.IGNORECASE,
)
_CONNECTORS = re.compile(
    r"\b(?:from|to|compared|versus|vs|than|against|up|down|and|or|with|over|while)\b", re.IGNORECASE
)


def _words(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    end = len(text) if end is None else end
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


# -- names: entities -------------------------------------------------------------------------


@dataclass
class _Names:
    """Who the report talks about: known entities, and names it uses that the store lacks."""

    known: list[KnownEntity]
    main: KnownEntity
    new: set[str] = field(default_factory=set)
    _pattern: re.Pattern[str] | None = None
    _owner: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for e in [self.main, *self.known]:
            for n in (e.name, *e.aliases):
                self._owner.setdefault(n.casefold(), e.name)
        names = sorted(self._owner, key=len, reverse=True)
        self._pattern = (
            re.compile(
                r"(?<![\w])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])",
                re.IGNORECASE,
            )
            if names
            else None
        )

    def _short_name(self, name: str) -> str | None:
        """ "Northwind" for "Northwind Devices": a known name's first word(s)."""
        folded = name.casefold()
        for e in [self.main, *self.known]:
            for n in (e.name, *e.aliases):
                if n.casefold().startswith(folded + " "):
                    return e.name
        return None

    def calendar(self, name: str) -> FiscalCalendar:
        for e in [self.main, *self.known]:
            if e.name == name:
                return e.calendar
        return CALENDAR

    def mentions(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, entity name, as written) for every name of a company in the text."""
        out: list[tuple[int, int, str, str]] = []
        if self._pattern is not None:
            for m in self._pattern.finditer(text):
                written = m.group()
                if not written[:1].isupper():
                    continue
                # "Sony Mobile Communications", "Sony Group": the longer name is the same company
                longer = re.match(r"(?:\s+(?:[A-Z][\w&.-]*|&))+", text[m.end() :])
                end = m.end()
                if longer and not _is_product_phrase(text[m.end() :]):
                    tail_words = longer.group().split()
                    keep = []
                    for w in tail_words:
                        if w in lx.NOT_NAMES and w not in ("Group", "Corp", "Corporation"):
                            break
                        keep.append(w)
                    if keep:
                        end = (
                            m.end()
                            + len(" ".join(keep))
                            + (len(longer.group()) - len(longer.group().lstrip()))
                        )
                        written = text[m.start() : end]
                out.append((m.start(), end, self._owner[m.group().casefold()], written))
        for m in _ORG.finditer(text):
            name = _clean_org(m["name"])
            if not name or any(s < m.end("name") and m.start("name") < e for s, e, _, _ in out):
                continue
            owner = self._owner.get(name.casefold()) or self._short_name(name)
            out.append((m.start("name"), m.end("name"), owner or name, m["name"]))
            if owner is None:
                self.new.add(name)
        for m in _PRONOUN.finditer(text):
            if not any(s <= m.start() < e for s, e, _, _ in out):
                out.append((m.start(), m.end(), self.main.name, m.group()))
        out.sort()
        return out


# A capitalised name as the subject of a reporting verb, or with a possessive metric.
_ORG = re.compile(
    r"(?<![\w’'])(?P<name>(?:[A-Z][\w&.-]*[A-Za-z]|[A-Z])(?:\s+(?:[A-Z][\w&.-]*|&))*)"
    r"(?=\s+(?:(?:also|has|had|have|just|on\s+\w+)\s+)?(?:said|says|sold|sells|shipped|ships|reported"
    r"|reports|posted|posts|expects|expected|aims|hopes|plans|forecast|forecasts|estimates|is\s+estimating"
    r"|lowered|raised|cut|delivered|delivers|registered|recorded|booked|generated|earned|lost"
    r"|announced|targets|sees|projected|predicts|guided|shipped)\b"
    r"|['’]s\s+(?:\w+\s+){0,3}?(?:revenue|sales|profit|income|loss|shipments|earnings|margin|share))"
)
_PRONOUN = re.compile(
    r"\b(?:the|The)\s+(?:company|firm|group|corporation|manufacturer|maker|vendor|retailer"
    r"|carmaker|automaker|chipmaker|giant|business)\b(?!\s+(?:unit|segment|division))"
    r"|\b(?:it|It|its|Its|they|They|their|Their|we|We|our|Our)\b"
)


def _clean_org(name: str) -> str | None:
    words = name.split()
    last = words[-1].lower() if words else ""
    if (
        last in lx.PLURAL_TO_SINGULAR
        or last in lx.PRODUCTS
        or last in lx.MONEY_HEADS
        or (last in lx.LEVEL_PLURAL)
    ):
        return None
    while words and (words[0] in lx.NOT_NAMES or lx.PERSON_TITLES.fullmatch(words[0])):
        words.pop(0)
    if not words or any(lx.PERSON_TITLES.fullmatch(w) for w in words):
        return None
    name = " ".join(words)
    stripped = lx.CORPORATE_SUFFIXES.sub("", name).strip().rstrip(",")
    if not stripped or stripped in lx.NOT_NAMES or len(stripped) < 2:
        return None
    return stripped


def _is_product_phrase(after: str) -> bool:
    m = re.match(r"\s+([A-Za-z-]+)", after)
    return (bool(m) and m.group(1).lower() in lx.PLURAL_TO_SINGULAR) or (
        bool(m) and (m.group(1).lower() in lx.PRODUCTS)
    )


# -- metrics ---------------------------------------------------------------------------------

_PRODUCT_WORDS = sorted({*lx.PRODUCTS, *lx.PLURAL_TO_SINGULAR}, key=len, reverse=True)
_LEVEL_WORDS = sorted({*lx.LEVEL_NOUNS, *lx.LEVEL_PLURAL}, key=len, reverse=True)
_MONEY_WORDS = sorted(lx.MONEY_HEADS, key=len, reverse=True)
_PERCENT_WORDS = sorted(lx.PERCENT_HEADS, key=len, reverse=True)
_HEAD = re.compile(
    r"(?<![\w-])(?:(?P<money>"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _MONEY_WORDS)
    + r")|(?P<pct>"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _PERCENT_WORDS)
    + r")|(?P<units>unit\s+sales|shipments|deliveries|sales|units|volumes?)"
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
    r"|up|down|over|about|around|nearly|some|just|only|total|overall|full|year|quarter)$",
    re.IGNORECASE,
)
_FUNCTION_WORDS = frozenset(
    "this thus was has is its as us yes less unless whereas perhaps always "
    "sometimes across towards".split()
)
_SCALE_WORDS = frozenset("thousand million billion trillion mln mn bn tn k m b".split())
_VERBISH = re.compile(r"(?:ed|ing)$", re.IGNORECASE)
_COMPLEMENT = re.compile(
    r"\s+(?:of|in|from|at)\s+(?:(?:the|its|their|his|her)\s+)?(?!(?:quarter|year|period|month|fiscal|first|second|third|fourth|full)\b)(?P<c>(?:[\w’'&-]+\s+){0,7}?[\w&-]+)"
    r"(?=\s+(?:have|has|had|was|were|is|are|increased|decreased|rose|fell|grew|jumped|climbed|declined"
    r"|dropped|reached|totaled|totalled|came|hit|continued|stood|amounted|surged|soared|slipped)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Metric:
    name: str
    family: str  # "units", "money", "percent"
    product: str | None = None  # singular product word, for units
    brands: tuple[str, ...] = ()
    phrase: str = ""  # as written, for matching to the store


def _plural(product: str) -> str:
    return lx.PRODUCTS.get(product.lower(), product if product.endswith("s") else product + "s")


def _singular(word: str) -> str:
    w = word.lower()
    if w in lx.PLURAL_TO_SINGULAR:
        return lx.PLURAL_TO_SINGULAR[w]
    if w in lx.PRODUCTS:
        return w
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _modifiers(
    text: str, head_start: int, entity_names: Sequence[str]
) -> tuple[list[str], list[str]]:
    """Words before a metric head that narrow it ("mobile", "smartphone"), and the brands
    among them ("Xperia"). Stops at a determiner, verb, number or possessive."""
    mods: list[str] = []
    brands: list[str] = []
    for word, s, _ in reversed(_words(text, max(0, head_start - 80), head_start)):
        bare = word.rstrip(".")
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
        mods.append(bare)
    mods.reverse()
    brands.reverse()
    return mods, brands


class _MetricReader:
    """Names the metric of a figure from the words around it."""

    def __init__(self, entity_names: Sequence[str], main_product: str | None) -> None:
        self.entity_names = entity_names
        self.main_product = main_product

    def heads(self, text: str, start: int, end: int) -> list[re.Match[str]]:
        return [m for m in _HEAD.finditer(text, start, end)]

    def tail(self, text: str, fig: _Figure, limit: int) -> _Metric | None:
        """The noun right after the figure: "39 million smartphones", "$1.25 billion loss",
        "8.8 million smartphone sales", "$4 billion in revenue"."""
        after = text[fig.end : limit]
        m = re.match(
            r"(?:\s+(?:of|in)\s+(?=(?:revenue|sales|net|operating|profit|income)))?"
            r"(?P<np>(?:\s+[\w’'&-]+){1,4})",
            after,
        )
        if not m:
            return None
        np_start = fig.end + m.start("np")
        np_text = m.group("np")
        best = None
        for h in _HEAD.finditer(text, np_start, np_start + len(np_text)):
            best = h  # the last head of the short phrase is its head
        if best is None:
            # any plural noun after "sold 50 million": "iPhones", "Galaxy phones"
            first = re.match(r"\s+(?P<w>(?:[A-Z][\w-]*\s+)*(?P<n>[A-Za-z][\w-]*s))\b", np_text)
            if (
                first
                and fig.unit == "units"
                and first["n"].lower() not in lx.NOT_PRODUCTS
                and (first["n"].lower() not in lx.ACTUAL_CUES)
                and len(first["n"]) > 4
                and not (_STOP_MODIFIER.match(first["n"]) or first["n"].lower() in _FUNCTION_WORDS)
            ):
                words_ = first["w"].split()
                product = words_[-1]
                brands = tuple(w for w in words_[:-1] if w[0].isupper())
                return _Metric(
                    _plural(product) + " sold",
                    "units",
                    product.lower().rstrip("s"),
                    brands,
                    first["w"],
                )
            return None
        gap = text[np_start : best.start()]
        if len(gap.split()) > 3:
            return None
        return self._from_head(text, best, fig)

    def near(self, text: str, fig: _Figure, start: int, end: int) -> _Metric | None:
        """The nearest metric phrase in [start, end) before the figure."""
        found = [h for h in _HEAD.finditer(text, start, end)]
        for h in reversed(found):
            metric = self._from_head(text, h, fig)
            if metric is not None:
                return metric
        return None

    def _from_head(self, text: str, h: re.Match[str], fig: _Figure) -> _Metric | None:
        head = " ".join(h.group().lower().split())
        mods, brands = _modifiers(text, h.start(), self.entity_names)
        comp = _COMPLEMENT.match(text, h.end())
        complement = (
            comp["c"]
            if comp and not any(w in lx.NOT_NAMES for w in comp["c"].split()[:1])
            else None
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
            return self._units(text, h, head, mods, brands, complement, phrase)
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
    ) -> _Metric | None:
        if h["money"] and head not in ("sales", "orders", "bookings"):
            return None
        if h["pct"]:
            return None
        if h["level"]:
            single = lx.LEVEL_PLURAL.get(head, head)
            return _Metric(lx.LEVEL_NOUNS.get(single, head), "units", None, tuple(brands), phrase)
        participle = "sold"
        around = text[max(0, h.start() - 30) : h.end() + 15]
        if head.startswith("shipment") or re.search(r"\bship", around, re.IGNORECASE):
            participle = "shipped"
        elif head.startswith("deliver") or re.search(r"\bdeliver", around, re.IGNORECASE):
            participle = "delivered"
        product = None
        if h["product"] and head not in ("unit", "units"):
            product = _singular(head)
        else:
            pool = [*(complement.split() if complement else []), *mods]
            for w in reversed(pool):
                if w.lower() in lx.PRODUCTS or w.lower() in lx.PLURAL_TO_SINGULAR:
                    product = _singular(w)
                    break
            if complement and product is None:
                last = complement.split()[-1]
                if last.endswith("s") and last.lower() not in lx.NOT_PRODUCTS:
                    product = _singular(last)
            if complement:
                brands = [
                    w
                    for w in complement.split()
                    if w[:1].isupper()
                    and w.lower() not in lx.PRODUCTS
                    and w.lower() not in lx.PLURAL_TO_SINGULAR
                ]
        if product is None:
            product = self.main_product
        if product is None or product == "unit":
            return _Metric(f"units {participle}", "units", None, tuple(brands), phrase)
        # a two-word product the modifiers spell out: "mobile phones", "feature phones"
        for mod in mods[-1:]:
            pair = f"{mod.lower()} {product}"
            if pair in lx.PRODUCTS:
                product = pair
        return _Metric(f"{_plural(product)} {participle}", "units", product, tuple(brands), phrase)

    def _money(
        self, h: re.Match[str], head: str, mods: list[str], complement: str | None, phrase: str
    ) -> _Metric | None:
        if not h["money"] and head not in ("sales",):
            return None
        canonical = lx.MONEY_HEADS.get(head, "revenue" if head == "sales" else head)
        qualifier = [
            m
            for m in mods
            if m.lower() not in lx.EMPTY_MODIFIERS
            and m.lower() not in ("net", "operating", "gross", "pretax", "pre-tax")
        ]
        if any(m.lower() == "operating" for m in mods) and canonical in ("profit", "net income"):
            canonical = "operating income"
        if any(m.lower() == "operating" for m in mods) and canonical == "net loss":
            canonical = "operating loss"
        if any(m.lower() == "net" for m in mods) and canonical == "profit":
            canonical = "net income"
        segment = complement.split() if complement else qualifier
        name = " ".join([*segment, canonical]) if segment else canonical
        return _Metric(name, "money", None, (), phrase)

    def _percent(
        self, h: re.Match[str], head: str, mods: list[str], complement: str | None, phrase: str
    ) -> _Metric | None:
        if h["pct"]:
            base = lx.PERCENT_HEADS[head]
            qualifier = [m for m in mods if m.lower() not in lx.EMPTY_MODIFIERS]
            return _Metric(
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

    def sold(self, text: str, start: int, end: int) -> _Metric:
        """ "sold 10 million" with no noun: the report's main product, else plain units."""
        shipped = re.search(r"\bship", text[start:end], re.IGNORECASE)
        participle = (
            "shipped"
            if shipped
            else (
                "delivered" if re.search(r"\bdeliver", text[start:end], re.IGNORECASE) else "sold"
            )
        )
        if self.main_product:
            return _Metric(f"{_plural(self.main_product)} {participle}", "units", self.main_product)
        return _Metric(f"units {participle}", "units")

    def growth(self, text: str, start: int, end: int) -> _Metric | None:
        """The thing that grew: "sales in Sony's mobile unit increased 29.6 percent"."""
        heads = list(_HEAD.finditer(text, start, end))
        bases = [h for h in heads if " ".join(h.group().lower().split()) in lx.GROWTH_BASES]
        for h in reversed(bases or heads):
            head = " ".join(h.group().lower().split())
            if head not in lx.GROWTH_BASES and not h["product"] and not h["money"]:
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
            return _Metric(f"{base} growth", "percent", None, (), base)
        return None


# -- one sentence ---------------------------------------------------------------------------


@dataclass
class _Context:
    published: date
    names: _Names
    metrics: _MetricReader
    anchor: Period | None = None  # the period the text was just talking about


@dataclass
class _Slot:
    fig: _Figure
    left: int  # own stretch [left, right)
    right: int
    metric: _Metric | None = None
    kind: Kind | None = None
    period: Period | None = None
    entity: str | None = None
    as_of: date | None = None
    value: float = 0.0
    skip: bool = False
    note: str = ""
    aliases: tuple[str, ...] = ()


def _stretches(text: str, figs: list[_Figure]) -> list[tuple[int, int]]:
    breaks = [m.start() for m in _BREAK.finditer(text)]
    out = []
    for i, f in enumerate(figs):
        left = max([b for b in breaks if b < f.start] or [0])
        if i:
            left = max(left, out[-1][1])
        after = [b for b in breaks if b >= f.end]
        right = after[0] if after else len(text)
        if i + 1 < len(figs) and figs[i + 1].start < right:
            # no break before the next figure: keep only the noun and time after this one
            conn = _CONNECTORS.search(text, f.end, figs[i + 1].start)
            right = conn.start() if conn else figs[i + 1].start
        out.append((left, max(right, f.end)))
    return out


def _kind_near(text: str, start: int, fig: _Figure, end: int) -> Kind | None:
    """The kind the words around a figure give it, nearest first."""
    before = text[start : fig.start]
    m = re.search(
        r"\b(?P<noun>[a-z]+)\s+(?:of|at|to|for)\s+(?:(?:around|about|approximately|roughly|nearly|almost"
        r"|some|just|over|under|more\s+than|less\s+than|up\s+to|at\s+least)\s+)*$",
        before,
        re.IGNORECASE,
    )
    if m and m["noun"].lower() in lx.KIND_NOUNS:
        return lx.KIND_NOUNS[m["noun"].lower()]
    ws = _words(text, start, fig.start)
    i = len(ws) - 1
    while i >= 0:
        w = ws[i][0].lower()
        prev = ws[i - 1][0].lower() if i else ""
        prev2 = ws[i - 2][0].lower() if i > 1 else ""
        if prev in ("than", "had") or prev2 == "than":
            i -= 1
            continue
        if w in lx.KIND_NOUNS and w not in ("plan", "plans", "view", "aim"):
            return lx.KIND_NOUNS[w]
        cue = lx.kind_of_cue(w)
        if cue is not None:
            return cue
        if w in lx.ACTUAL_CUES:
            if prev in lx.MODALS or (prev in ("to", "be") and prev2 in lx.MODALS):
                return Kind.FORECAST
            if prev == "to":
                i -= 1
                continue  # "hopes to sell": the word before decides
            if prev in ("is", "are") and w.endswith("ing"):
                return Kind.FORECAST  # "is selling" ... rare; treat as expected
            return Kind.ACTUAL
        i -= 1
    for w, _, _ in _words(text, fig.end, end):
        lw = w.lower()
        cue = lx.kind_of_cue(lw)
        if cue is not None:
            return cue
        if lw in ("reported", "posted", "recorded", "registered", "sold", "shipped", "booked"):
            return Kind.ACTUAL
    return None


_GROWTH_VERB = re.compile(
    r"\b(?P<verb>increased|increase|increases|rose|rise|rises|grew|grow|grows|jumped|jumps|climbed|surged"
    r"|soared|gained|up|decreased|decrease|fell|falls|declined|declines|dropped|drops|slipped|slid|plunged"
    r"|slumped|down|lost|shrank|a\s+\w+)(?:\s+by)?\s*(?:about|around|nearly|almost|some|more\s+than)?\s*$",
    re.IGNORECASE,
)
_GROWTH_NOUN = re.compile(
    r"^\s*(?P<noun>increase|rise|jump|growth|gain|climb|surge|decline|drop|fall|decrease|slide|slump)"
    r"\s+(?:in|of)\s+",
    re.IGNORECASE,
)
_CHANGE_OBJECT = re.compile(
    r"\b(?P<verb>" + "|".join(sorted(lx.CHANGE_VERBS, key=len, reverse=True)) + r")\b"
    r"(?P<obj>(?:\s+[\w’'&-]+){0,8}?\s+(?:"
    + "|".join(sorted(lx.KIND_NOUNS, key=len, reverse=True))
    + r"))\b",
    re.IGNORECASE,
)
_TO = re.compile(
    r"\bto\s+(?:(?:around|about|approximately|roughly|nearly|some|just)\s+)?$", re.IGNORECASE
)
_FROM = re.compile(r"\bfrom\b(?:\s+[\w’'-]+){0,5}?\s*$", re.IGNORECASE)
_COMPARED = re.compile(
    r"(?:\b(?:up|down|increase|rise|gain|decline|drop)?\s*from|compared\s+(?:with|to)|versus|vs\.?|than|against"
    r"|over|of|\bgoal|\btarget|\bforecast)\b[\w\s’'-]{0,40}$",
    re.IGNORECASE,
)
_KEY_VALUE = re.compile(r"^\s*(?P<label>[^:]{2,80}?)\s*:\s*")
_SELL_BEFORE = re.compile(
    r"\b(?:sold|sell|sells|selling|shipped|ship|ships|shipping|delivered|deliver|delivers)\s+"
    r"(?:(?:a\s+record|about|around|nearly|almost|roughly|some|more\s+than|over|just\s+over)\s+)?$",
    re.IGNORECASE,
)
_STATEMENT_VERB = re.compile(
    r"\b(?:said|says|announced|reported|lowered|raised|cut|revised|set|forecast|predicted|expected"
    r"|issued|unveiled|trimmed|lifted|slashed|reduced|increased|updated|told|warned)\b",
    re.IGNORECASE,
)


def _sentence(s: Sentence, ctx: _Context) -> list[Proposal]:
    text = s.text
    figs = _figures(text)
    times = find_times(text, ctx.published)
    if not figs:
        _update_anchor(ctx, times, s)
        return []
    stated = _statement_date(text, times, ctx.published)
    slots = [_Slot(f, a, b) for f, (a, b) in zip(figs, _stretches(text, figs), strict=True)]
    mentions = ctx.names.mentions(text)
    owned = [(sl.left, sl.right) for sl in slots]

    def own_times(sl: _Slot) -> list[TimeMention]:
        return [
            t
            for t in times
            if sl.left <= t.start < max(sl.right, sl.fig.end + 1)
            and not (stated and t.day == stated[0])
            and t.mode != "day"
        ]

    frame = [
        t
        for t in times
        if not any(a <= t.start < b for a, b in owned)
        and t.mode != "day"
        and not (stated and t.day == stated[0])
    ]
    pair = _revision_pair(text, slots)

    for i, sl in enumerate(slots):
        f = sl.fig
        if lx.THIRD_PARTY.search(text[sl.left : sl.right]):
            sl.skip, sl.note = True, "a third party's figure"
            continue
        sl.value = f.value
        # -- metric
        if f.unit == "percent":
            sl.metric = _percent_metric(text, sl, slots[:i], ctx, pair)
            if sl.metric is None:
                sl.skip = True
                continue
        else:
            noun = re.match(
                r"\s+(?:(?:[A-Z][\w-]*|more|other|different)\s+)*([A-Za-z][\w-]*)", text[f.end :]
            )
            if noun and noun.group(1).lower() in lx.NOT_PRODUCTS:
                sl.skip = True  # "in over 20 countries", "5 million people"
                continue
            sl.metric = ctx.metrics.tail(text, f, sl.right)
            label = _KEY_VALUE.match(text)
            if sl.metric is None and label is not None and not text[label.end() : f.start].strip():
                # "Vehicles delivered: 412,000": the label names the figure
                sl.metric = ctx.metrics.near(text, f, 0, label.end("label"))
            if (
                sl.metric is None
                and not f.explicit
                and not _COMPARED.search(text[sl.left : f.start])
                and (not _SELL_BEFORE.search(text[sl.left : f.start]))
            ):
                sl.skip = True  # a bare number with nothing saying what it counts
                continue
            sl.metric = sl.metric or ctx.metrics.near(text, f, sl.left, f.start)
            if sl.metric is None and _COMPARED.search(text[sl.left : f.start]):
                sl.metric = _antecedent(slots[:i], f)
            if sl.metric is None:
                sl.metric = ctx.metrics.near(text, f, 0, sl.left)
            if (
                sl.metric is None
                and f.unit == "units"
                and _SELL_BEFORE.search(text[sl.left : f.start])
            ):
                sl.metric = ctx.metrics.sold(text, sl.left, f.start)
            if sl.metric is None or sl.metric.family != ("units" if f.unit == "units" else "money"):
                if sl.metric is not None and sl.metric.family == "percent":
                    pass
                sl.skip = sl.metric is None or sl.metric.family == "percent"
                if sl.skip:
                    continue
        # -- kind
        sl.kind = (
            _kind_near(text, sl.left, f, sl.right) or _kind_near(text, 0, f, sl.left) or Kind.ACTUAL
        )
        if (
            i
            and _COMPARED.search(text[sl.left : f.start])
            and slots[i - 1].kind is not None
            and not (_kind_near(text, sl.left, f, sl.right))
        ):
            sl.kind = (
                slots[i - 1].kind
                if re.search(r"\bprevious|\bearlier|\boriginal", text[sl.left : f.start])
                else sl.kind
            )
    # -- revisions
    if pair is not None:
        new, old, kind = pair
        for sl in (new, old):
            sl.kind = kind
            if sl.metric is None or sl.metric.family == "percent":
                sl.skip = True
        if old.metric is not None and new.metric is not None and not old.skip:
            old.metric = new.metric
    # -- entities, periods and dates
    for i, sl in enumerate(slots):
        if sl.skip:
            continue
        f = sl.fig
        sl.entity = _entity_of(sl, mentions, ctx)
        cal = ctx.names.calendar(sl.entity)
        sl.as_of = stated[0] if stated else ctx.published
        anchor = _sentence_anchor(slots[:i], times, f.start, ctx, cal, sl)
        candidates = own_times(sl)
        if pair is not None and sl is pair[1] and not candidates:
            candidates = own_times(pair[0])
        period = _pick_time(candidates, f, cal, sl, anchor) or _pick_time(frame, f, cal, sl, anchor)
        if period is None and pair is not None and sl in (pair[0], pair[1]):
            other = pair[0] if sl is pair[1] else pair[1]
            period = other.period
        if period is None and i and not _COMPARED.search(text[sl.left : f.start]):
            prior = next(
                (p for p in reversed(slots[:i]) if not p.skip and p.period is not None), None
            )
            if prior is not None:  # "climbed 18% to $1.1 billion": the same period
                period = prior.period
        if (
            period is None
            and i + 1 < len(slots)
            and re.fullmatch(r"\s*to\s*", text[f.end : slots[i + 1].fig.start], re.IGNORECASE)
        ):
            # "rose 9% to $15.8 billion in fiscal 2024": the period of the level it rose to
            period = _pick_time(own_times(slots[i + 1]), f, cal, sl, anchor)
        if period is None and sl.kind in (Kind.TARGET, Kind.FORECAST):
            # a company's target or forecast with no period is for its current fiscal year
            period = fiscal_year(cal, sl.as_of)
            sl.note = sl.note or "period not stated: the current fiscal year assumed"
        if period is None:
            period = ctx.anchor if not [t for t in times if t.mode != "day"] else None
            if period is None:
                sl.skip, sl.note = True, "no period"
                continue
        sl.period = period
        if sl.kind is Kind.ACTUAL and period.start > sl.as_of:
            sl.kind = Kind.FORECAST  # a period that had not begun cannot have a result yet
    if pair is not None:
        new, old, _ = pair
        if not new.skip and not old.skip and new.as_of is not None:
            old.as_of = new.as_of - timedelta(days=1)
            old.period = new.period
            old.note = f"replaced by {new.fig.text.strip()} on {new.as_of.isoformat()}"
    _update_anchor(ctx, times, s, [sl for sl in slots if not sl.skip])
    out = []
    for sl in slots:
        if sl.skip or sl.metric is None or sl.period is None or sl.entity is None:
            continue
        brands = sl.metric.brands if sl.metric.family == "units" else ()
        aliases = tuple(sorted({*brands, *sl.aliases}))
        out.append(
            Proposal(
                entity=sl.entity,
                metric=sl.metric.name,
                kind=sl.kind or Kind.ACTUAL,
                period=sl.period,
                value=abs(sl.value) if sl.metric.name.endswith("loss") else sl.value,
                unit=sl.fig.unit,
                as_of=sl.as_of or ctx.published,
                quote=text,
                start=s.start,
                headline=s.role == "title",
                entity_aliases=aliases,
                note=sl.note,
                metric_synonyms=(sl.metric.phrase,) if sl.metric.phrase else (),
            )
        )
    return out


def _antecedent(previous: list[_Slot], f: _Figure) -> _Metric | None:
    for sl in reversed(previous):
        if sl.metric is not None and sl.fig.unit == f.unit:
            return sl.metric
    return None


def _percent_metric(
    text: str,
    sl: _Slot,
    previous: list[_Slot],
    ctx: _Context,
    pair: tuple[_Slot, _Slot, Kind] | None,
) -> _Metric | None:
    f = sl.fig
    before = text[sl.left : f.start]
    if pair is not None or (
        re.search(r"\b(?:" + "|".join(lx.KIND_NOUNS) + r")\b", before, re.IGNORECASE)
        and (re.search(r"\bby\s*$", before))
    ):
        return None  # "cut its forecast by 40%": how much a forecast changed, not a figure
    own = ctx.metrics.tail(text, f, sl.right)
    if own is not None and own.family == "percent":
        return own
    m = ctx.metrics.near(text, f, sl.left, f.start)
    if m is not None and m.family == "percent":
        return m
    verb = _GROWTH_VERB.search(text, sl.left, f.start)
    noun = _GROWTH_NOUN.match(text, f.end)
    if verb is None and noun is None:
        return None
    word = (verb["verb"] if verb else noun["noun"]).lower().split()[-1]  # type: ignore[index]
    if verb is not None and verb["verb"].lower().startswith("a "):
        nxt = _GROWTH_NOUN.match(text, f.end)
        if nxt is None:
            return None
        word = nxt["noun"].lower()
        noun = nxt
    if noun is not None:
        base = ctx.metrics.growth(text, noun.end(), min(len(text), noun.end() + 80))
        if base is None:
            base = _growth_from_phrase(text, noun.end())
    else:
        base = ctx.metrics.growth(text, sl.left, f.start) or ctx.metrics.growth(text, 0, f.start)
        if base is None:
            previous_metric = (
                _antecedent(previous, _Figure(0, 0, "", 0, "units", False))
                or _antecedent(previous, _Figure(0, 0, "", 0, "USD", False))
                or next((p.metric for p in reversed(previous) if p.metric is not None), None)
            )
            if previous_metric is not None:
                base = _Metric(
                    f"{previous_metric.phrase or previous_metric.name} growth", "percent"
                )
    if base is None:
        return None
    if word in lx.DOWN_WORDS:
        sl.value = -f.value
    return base


def _growth_from_phrase(text: str, start: int) -> _Metric | None:
    m = re.match(r"(?P<np>(?:[\w’'&-]+\s+){0,4}?(?:[\w-]+))(?=[\s,.;]|$)", text[start:])
    if not m:
        return None
    return _Metric(f"{m['np']} growth", "percent", None, (), m["np"])


def _revision_pair(text: str, slots: list[_Slot]) -> tuple[_Slot, _Slot, Kind] | None:
    """ "lowered its target to 40 million from 42 million", "cut its forecast from 50
    billion yen to 40 billion yen": (new, old, kind of the changed figure)."""
    change = _CHANGE_OBJECT.search(text)
    if change is None:
        return None
    kind = lx.KIND_NOUNS[change["obj"].split()[-1].lower()]
    new = old = None
    for sl in slots:
        if sl.fig.start < change.end() or sl.fig.unit == "percent":
            continue
        before = text[max(change.end(), sl.left - 40) : sl.fig.start]
        if new is None and _TO.search(before):
            new = sl
        elif old is None and _FROM.search(before):
            old = sl
    if new is None or old is None or new.fig.unit != old.fig.unit:
        return None
    return new, old, kind


def _entity_of(sl: _Slot, mentions: list[tuple[int, int, str, str]], ctx: _Context) -> str:
    """The subject: the nearest company name before the figure, in its own stretch first."""
    f = sl.fig
    own = [m for m in mentions if sl.left <= m[0] and m[1] <= f.start]
    before = [m for m in mentions if m[1] <= sl.left]
    after = [m for m in mentions if m[0] >= f.end]
    chosen = own[-1] if own else before[-1] if before else after[0] if after else None
    if chosen is None:
        return ctx.names.main.name
    name = chosen[2]
    # "Sony Group", "Sony Mobile Communications": longer names the report gives it
    sl.aliases = tuple(
        w
        for _, _, n, w in mentions
        if n == name
        and w != name
        and w.casefold().startswith(name.casefold() + " ")
        and len(w.split()) <= 4
    )
    return name


def _sentence_anchor(
    previous: list[_Slot],
    times: list[TimeMention],
    before: int,
    ctx: _Context,
    cal: FiscalCalendar,
    sl: _Slot,
) -> Period | None:
    for p in reversed(previous):
        if p.period is not None and not p.skip:
            return p.period
    for t in reversed([t for t in times if t.end <= before and t.mode == "absolute"]):
        resolved = resolve_time(
            t, cal=cal, as_of=sl.as_of or ctx.published, kind=Kind.ACTUAL, anchor=None
        )
        if resolved is not None and resolved.months in (3, 6, 12):
            return resolved
    return ctx.anchor


def _pick_time(
    options: list[TimeMention], f: _Figure, cal: FiscalCalendar, sl: _Slot, anchor: Period | None
) -> Period | None:
    if not options:
        return None
    rank = {"absolute": 0, "year": 1, "deictic": 1, "anaphoric": 1, "quarter": 2, "month": 3}

    def distance(t: TimeMention) -> int:
        return f.start - t.end if t.end <= f.start else t.start - f.end

    for t in sorted(options, key=lambda t: (rank.get(t.mode, 4), distance(t))):
        p = resolve_time(
            t, cal=cal, as_of=sl.as_of or date.today(), kind=sl.kind or Kind.ACTUAL, anchor=anchor
        )
        if p is not None:
            return p
    return None


def _statement_date(
    text: str, times: list[TimeMention], published: date
) -> tuple[date, TimeMention] | None:
    """ "In February, Sony lowered ...", "On Jan. 30 the company said ...": when it was said."""
    for t in times:
        if not t.is_date or t.day is None or t.day > published:
            continue
        lead = text[: t.start].strip()
        after = text[t.end : t.end + 60]
        leading = not lead or (
            re.fullmatch(r"(?:[\w’'-]+\s*){0,3}", lead) is not None and t.start < 25
        )
        attached = re.search(
            r"(?:said|announced|lowered|raised|cut|revised|reported|forecast|warned"
            r"|told|trimmed|lifted|slashed|updated|set)\s+(?:on\s+|in\s+)?$",
            text[: t.start],
            re.IGNORECASE,
        )
        if (leading and _STATEMENT_VERB.search(after + text[t.end :])) or attached:
            return t.day, t
    return None


def _update_anchor(
    ctx: _Context, times: list[TimeMention], s: Sentence, slots: list[_Slot] | None = None
) -> None:
    """The period a following "same period last year" counts from."""
    if slots:
        for sl in slots:
            if sl.period is not None and sl.kind is Kind.ACTUAL and sl.period.months in (3, 6, 12):
                ctx.anchor = sl.period
                return
    cal = ctx.names.main.calendar
    for mode in ("quarter", "absolute") if s.role == "heading" else ("absolute", "quarter"):
        for t in times:
            if t.mode == mode:
                p = resolve_time(t, cal=cal, as_of=ctx.published, kind=Kind.ACTUAL, anchor=None)
                if p is not None and p.months in (3, 6, 12):
                    ctx.anchor = p
                    return


# -- the report -----------------------------------------------------------------------------


def _main_product(layout: Layout) -> str | None:
    counts: Counter[str] = Counter()
    for s in layout.sentences:
        for m in _HEAD.finditer(s.text):
            if m["product"] and m.group().lower() not in ("unit", "units"):
                counts[_singular(m.group())] += 1
    return counts.most_common(1)[0][0] if counts else None


def _main_entity(layout: Layout, known: Sequence[KnownEntity]) -> str | None:
    counts: Counter[str] = Counter()
    probe = _Names(list(known), KnownEntity("\u0000"))
    for s in layout.sentences:
        for _, _, name, _ in probe.mentions(s.text):
            if name != "\u0000":
                counts[name] += 2 if name in {e.name for e in known} else 1
        if s.role == "title":  # a headline's first name is usually the subject
            m = re.match(r"\s*(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)", s.text)
            name = _clean_org(m["name"]) if m else None
            if name:
                owner = next(
                    (
                        e.name
                        for e in known
                        if name.casefold() in {n.casefold() for n in (e.name, *e.aliases)}
                    ),
                    name,
                )
                counts[owner] += 3
    return counts.most_common(1)[0][0] if counts else None


def extract(
    text: str,
    *,
    published: date,
    entities: Sequence[KnownEntity] = (),
    metrics: Sequence[KnownMetric] = (),
    entity: KnownEntity | None = None,
) -> Extraction:
    """Every figure the report states, as proposals named with the store's names where
    the store has them (`naming.py` does that part)."""
    from bot.ingest.naming import name_proposals

    layout = analyse(text)
    known = list(entities)
    if entity is None:
        main = _main_entity(layout, known)
        if main is None:
            raise ValueError("no company found")
        entity = next((e for e in known if e.name == main), KnownEntity(main))
    names = _Names([e for e in known if e.name != entity.name], entity)
    ctx = _Context(
        published,
        names,
        _MetricReader(
            [entity.name, *entity.aliases, *(n for e in known for n in (e.name, *e.aliases))],
            _main_product(layout),
        ),
    )
    proposals: list[Proposal] = []
    for s in layout.sentences:
        if s.role == "row":
            continue  # tables: see `tables.py`
        proposals.extend(_sentence(s, ctx))
    from bot.ingest.tables import table_proposals

    proposals.extend(table_proposals(text, layout, ctx_published=published, entity=entity))
    merged = _merge(proposals)
    named = name_proposals(merged, metrics=metrics, entities=[entity, *known])
    new = tuple(sorted(n for n in names.new if n in {p.entity for p in named}))
    return Extraction(tuple(named), entity.name, layout.title, layout.credit, new)


def _merge(proposals: list[Proposal]) -> list[Proposal]:
    """One proposal per figure: the earliest statement of it, quoted from the body."""
    best: dict[tuple, Proposal] = {}
    for p in proposals:
        key = p.figure_key
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
