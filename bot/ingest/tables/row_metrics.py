"""A table row's metric: the row's label read with the table's caption and the columns'
measure ("Revenue" under "Segment results", "E-bikes" in a table of units sold, "Number of
stores", "Net sales, Europe").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lemminflect import getAllLemmas

from bot.facts import reporting
from bot.ingest import lexicon as lx
from bot.ingest.metric_names import COUNTED_DONE, PARTICIPLES, singular

_LOSS_SUFFIX = re.compile(r"\b(?:income|profit|earnings|result)\b", re.IGNORECASE)
_PAREN = re.compile(r"\s*\([^)]*\)")
VALUE_NOTE = re.compile(r"\s*\(\s*(?:(?:dollar|sales|money)\s+)?value\s*\)", re.IGNORECASE)
# a phrase in capitals, of two words or more: "GROSS BOOKINGS BY GAME"
_SHOUTED = re.compile(r"[A-Z][A-Z'’-]+(?:[\s,&]+[A-Z][A-Z'’-]*)+")
_BY_TIME = re.compile(r"\s+by\s+(?:quarters?|months?|half[\s-]years?|halves|years?)\s*$", re.I)
# "Active selling communities", "Active accounts": what is active is counted on a day
_ACTIVE = re.compile(r"active\s+[a-z][\w -]*[a-rt-z]s", re.IGNORECASE)
_UNIT_WORDS = re.compile(r"\bunits?\b", re.IGNORECASE)


def _tidy(phrase: str, names: Sequence[str], *, proper: bool = False) -> str:
    """Drop company names and keep a name's capitals: "LG smartphones" -> "smartphones"."""
    if _SHOUTED.fullmatch(phrase.strip()) and all(
        getAllLemmas(w.lower()) for w in re.findall(r"[A-Za-z]+", phrase)
    ):
        # "GROSS BOOKINGS BY GAME": a caption set in capitals, its words no acronyms
        phrase = phrase.lower()
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


_BY_PART = re.compile(r"\s+by\s+\w+.*$", re.IGNORECASE)


def _counted_thing(caption: str) -> str | None:
    """The plural noun a caption counts ("Homes delivered by region" -> "homes"); None when
    it names no such noun ("Deliveries", "Aircraft delivered")."""
    words = [
        w
        for w in _BY_PART.sub("", caption).split()
        if reporting.family_of(w) is None and not w[:1].isdigit()
    ]
    if len(words) != 1 or not words[0].isalpha() or not words[0].lower().endswith("s"):
        return None
    return None if words[0].lower() in lx.NOT_PRODUCTS else words[0].lower()


def counts_things(label: str) -> bool:
    """LABEL ends on a plural noun ("Aircraft movements", "Keyboards and mice", "ATMs"): a
    row that names the things its cells count."""
    last = label.split()[-1] if label.split() else ""
    if last.lower() in lx.COUNT_NOUNS:
        return True  # "Attendance", "Visitation": a count named by a noun of counting
    if not last.isalpha() or last.lower() in lx.NOT_PRODUCTS:
        return False
    lemmas = getAllLemmas(last.lower()).get("NOUN", ())
    if last[:-1].isupper() and last.endswith("s"):
        return True  # "ATMs": initials made plural
    return bool(lemmas) and last.lower() not in lemmas and last.lower() != "news"


def _all_region(label: str) -> bool:
    found = reporting.regions_in(label)
    return bool(found) and " ".join(label[r.start : r.end] for r in found) == label.strip()


# "Net additions", "Net adds": a table of how much each count changed over its periods
_NET_ADDED = re.compile(r"\s*net\s+(?:additions|adds|subscriber\s+additions)\s*", re.IGNORECASE)
# a row whose label is a number: its place in a ranking ("1", "2.", "#3")
_RANK = re.compile(r"\s*#?\d{1,3}\.?(?:\s+(?:change|sequential\s+change))?\s*$")


# a row's basis in brackets after its measure: "EBITDA (reported)", "Operating profit
# (underlying)"; two such rows of one measure differ by it alone ("Net loss (GAAP)" in a
# reconciliation is the line the adjustments start from, left as it was read)
_BASIS_NOTE = re.compile(
    r"\s*\(\s*(?P<b>reported|adjusted|underlying|recurring|comparable|statutory"
    r"|pro[\s-]forma|like[\s-]for[\s-]like|organic)\s*\)",
    re.IGNORECASE,
)


_BASIS_WORD = re.compile(
    r"\b(?:reported|adjusted|underlying|recurring|comparable|statutory|core|organic|pro\s+forma"
    r"|(?:non[\s-])?GAAP|IFRS)\b",
    re.IGNORECASE,
)


def basis_first(label: str) -> str:
    """LABEL with a bracketed basis put before its measure, as prose says it: "EBITDA
    (adjusted)" -> "adjusted EBITDA" (the bracket was dropped as a note, and the row read as
    the same EBITDA as the reported one beside it)."""
    m = _BASIS_NOTE.search(label)
    if m is None or not label[: m.start()].strip() or _BASIS_WORD.search(label[: m.start()]):
        return label  # ("Adjusted net loss (non-GAAP)": named on its basis already)
    basis = m["b"].lower()
    measure = label[: m.start()].strip()
    if not measure.split()[0].isupper():
        measure = measure[0].lower() + measure[1:]  # ("Operating profit": no name's capital)
    return f"{basis} {measure}{label[m.end() :]}".strip()


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

    if _RANK.match(label):
        return None  # "3   Halcyon Hotels   121,300": a league table's rank names nothing
    measure_of = reporting.measure_of_unit(unit)
    had_loss = "(loss)" in label.lower()
    if measure_of == "money":
        # "Backlog (homes)" over "Backlog (value)": the bracket says which figure the row is
        label = VALUE_NOTE.sub(" value", label)
    label = basis_first(label)  # "EBITDA (adjusted)": "adjusted EBITDA"
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
    caption = _BY_TIME.sub("", _tidy(caption, names))  # "Ocean by quarter": how it is split
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
        if label.lower() in lx.LEVEL_PLURAL or (
            measure_of == "units" and (level or _ACTIVE.fullmatch(label)) and label
        ):
            # "Stores", "Employees", "Pubs operated at period end": a level named by its label
            return label.lower() if label[1:].islower() or " " not in label else label
        if cap is None and label and measure_of == "units" and stock in lx.LEVEL_PLURAL:
            # "Broadband" under "Subscriptions ('000)": what is counted, and of what; a
            # label that counts by a plural noun of its own ("Mobile subscribers", "Fixed
            # broadband accesses") is named by it alone
            last = label.split()[-1]
            if last.lower() == stock or (" " in label and last.islower() and last.endswith("s")):
                return label
            return f"{label} {stock}"
        if (
            cap is None
            and label
            and _ACCOUNT.fullmatch(label)
            and (
                measure_of in ("money", "percent")
                or (measure_of == "units" and caption and label.lower().endswith("s"))
                # "Passengers carried", "Tonnes handled": a count named with its verb
                or (measure_of == "units" and COUNTED_DONE.search(label) is not None)
                # "Aircraft movements", "Keyboards and mice": a count named by what it counts
                or (measure_of == "units" and counts_things(label))
            )
        ):
            # "Free cash flow", "Exceptional items" in a table of amounts, "Occupancy (%)",
            # "Cancellations" under "Aircraft": a line no vocabulary needs to know to be
            # named by its label
            return _segment_first(label)
        if cap is not None and not label:
            # a "Total" row under "Aircraft delivered": the caption's measure, all of it
            return caption.lower() if cap.key in PARTICIPLES else caption
        if cap is None and label and measure_of == "units" and _NET_ADDED.fullmatch(caption):
            # "Postpaid" under "Net additions (thousands)": how much that count changed
            return f"{label.lower()} net additions"
        if cap is None or not label:
            return None
        phrase = f"{label} {caption}"  # "Smartphones" under "2011 sales target"
        if cap.key in PARTICIPLES:
            phrase = f"{label} {PARTICIPLES[cap.key]}"  # named as the prose names it
            thing = _counted_thing(caption)
            if thing and " " not in label.strip() and not label.lower().endswith("s"):
                # "East" under "Homes delivered by region": that part's homes delivered (a
                # label of more words names a line of its own: "Stellar scanners", "Integrated
                # Metrology (IM)" keep their names)
                phrase = f"{label} {thing} {PARTICIPLES[cap.key]}"
            if _all_region(label):
                # "North America" under "Shipments by region": that region's units shipped
                phrase = f"{label} units {PARTICIPLES[cap.key]}"
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
            elif fam.key in PARTICIPLES and len(label.split()) > 1:
                # "Loaded volumes" under "Ocean by quarter": the label's own words stay
                phrase = f"{product} {label.lower()}"
            elif fam.key in PARTICIPLES:
                phrase = f"{product} {PARTICIPLES[fam.key]}"  # "Production" of "Vehicles"
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
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_AT_END = re.compile(
    r"\s+(?:at|as\s+of|as\s+at)\s+(?:the\s+)?(?:year|period|quarter|half[\s-]year)[\s-]end$"
    r"|\s+at\s+(?:the\s+)?end\s+of\s+(?:the\s+)?(?:year|period|quarter)$"
    # "Centres owned at 30 June" over year columns: each year's level on that day
    r"|\s+(?:at|as\s+(?:of|at))\s+(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\.?\s+\d{1,2})$",
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
