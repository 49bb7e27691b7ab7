"""Figures in a unit of flow or of power: "618 thousand barrels of oil equivalent per day
(kboe/d)", "oil 341 kbbl/d", "1,110 million cubic feet per day", "3.9 gigawatts", "2,940
MW". Such a figure counts no things sold: it is a rate, named by what flows or is built and
by its unit, "total production (kboe/d)", "deliveries (MW)", so that a question in either
word finds it.

A flow keeps the number as written in its unit (618 in kboe/d, never 618,000 barrels); power
and energy keep the unit the text states for them (3.9 GW is 3.9 in GW, 612 MWh 612 in MWh):
a question asks in the report's unit, and a figure in another unit of the dimension is
compared through `bot/facts/unit_scales.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from lemminflect import getAllLemmas

from bot.facts.unit_scales import short_unit
from bot.ingest.figures import Figure

# A scale written out before the unit, and the letters it takes in the unit's short form
_SCALE_LETTERS = {"thousand": "k", "million": "MM", "billion": "B"}
_SCALE_WORD = re.compile(r"\b(thousand|million|billion)\s*$", re.IGNORECASE)

# A flow's short form: "kboe/d", "Mbbl/d", "MMcf/d", "bbl/d", "boe/d", "Bcf/d", "bpd"
_FLOW_SHORT = re.compile(
    r"\s*(?P<unit>(?:k|M|MM|B)?(?:boe|bbls?|cf|cfe|t)/d|(?:k|M)?b(?:o)?pd)(?![\w/])"
)
# A flow written out: "barrels of oil equivalent per day", "cubic feet per day", "tonnes a day"
_FLOW_WORDS = re.compile(
    r"\s*(?P<what>barrels?\s+of\s+oil\s+equivalent|barrels?|cubic\s+feet|tonnes?)"
    r"\s+(?:per|a)\s+day\b(?:\s*\((?P<short>[^()\s]{2,10}/d)\))?",
    re.IGNORECASE,
)
_FLOW_LETTERS = {"barrels of oil equivalent": "boe", "barrels": "bbl", "cubic feet": "cf"}
# Power and energy: "MW", "GW", "megawatts", "GWh", "megawatt hours"
_POWER = re.compile(
    r"\s*(?P<unit>[kMGT]Wh?|(?:kilo|mega|giga|tera)watts?(?:[\s-]hours?)?)(?![\w-])(?!\s*h\b)",
    re.IGNORECASE,
)
# Power a company has on a day, not what it built or booked over a period: "installed
# capacity of 3,780 MW", "capacity under construction was 1,240 MW", "3,610 MW installed"
_POWER_LEVEL_BEFORE = re.compile(
    r"\bcapacity\b|\bunder\s+construction\b|\bportfolio\b|\bpipeline\b|\bin\s+operation\b",
    re.IGNORECASE,
)
_POWER_LEVEL_AFTER = re.compile(
    # ("410 MW was under construction": a verb of being before its state; never before
    # "installed", where "200 MW was installed" is what a period added)
    r"\s+(?:(?:was|were|is|are)\s+(?=under\s|in\s+operation))?"
    r"(?:of\s+(?:\w+\s+){0,2}capacity|installed|in\s+operation|under\s+construction|operating)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class RateUnit:
    label: str  # the unit a metric is named with: "kboe/d", "MW"
    factor: float  # the figure's value times this is its value in LABEL
    end: int  # where the unit's words end


def _power(text: str, f: Figure) -> tuple[RateUnit, bool] | None:
    """The unit of power right after F, and whether its words say it is held (a level on a
    day: "3,780 MW of installed capacity") rather than a flow; None after no such unit."""
    if f.unit != "units" or (m := _POWER.match(text, f.end)) is None:
        return None
    held = bool(
        _POWER_LEVEL_BEFORE.search(text, max(0, f.start - 60), f.start)
        or _POWER_LEVEL_AFTER.match(text, m.end())
    )
    return RateUnit(short_unit(m["unit"]) or m["unit"], 1.0, m.end()), held


def power_unit(text: str, f: Figure) -> RateUnit | None:
    """The unit of power right after F, held or flowing."""
    power = _power(text, f)
    return power[0] if power is not None else None


def held_power_unit(text: str, f: Figure) -> RateUnit | None:
    """The unit of power right after F where its words say it is held, not a flow."""
    power = _power(text, f)
    return power[0] if power is not None and power[1] else None


def rate_unit(text: str, f: Figure) -> RateUnit | None:
    """The unit of flow or power right after F, or None."""
    if f.unit != "units":
        return None
    if (power := _power(text, f)) is not None:
        # "3,780 MW of installed capacity": a level on a day, no flow (`power_levels.py`)
        return None if power[1] else power[0]
    written = _SCALE_WORD.search(f.text)
    # the number as written: "618 thousand" is 618 in a unit of thousands
    per_written = 1.0 / _scale(written[1]) if written else 1.0
    if m := _FLOW_SHORT.match(text, f.end):
        return RateUnit(m["unit"], per_written, m.end())
    if m := _FLOW_WORDS.match(text, f.end):
        if m["short"]:
            return RateUnit(m["short"], per_written, m.end())
        what = " ".join(m["what"].lower().split())
        what = what if what.endswith("feet") else re.sub(r"^(barrel|tonne)\b", r"\1s", what)
        letters = _FLOW_LETTERS.get(what, "t")
        scale = _SCALE_LETTERS[written[1].lower()] if written else ""
        return RateUnit(f"{scale}{letters}/d", per_written, m.end())
    return None


def _scale(word: str) -> float:
    return {"thousand": 1e3, "million": 1e6, "billion": 1e9}[word.lower()]


# What a rate measures, said by the verb before it: "we delivered 2,940 MW"
_VERB_MEASURE = {
    "sell": "sales",  # "sold 121.6 GWh of batteries": the energy it sold
    "deliver": "deliveries",
    "install": "installations",
    "produce": "production",
    "ship": "shipments",
    "order": "orders",
    "book": "orders",
    "commission": "commissioning",
    "connect": "connections",
    "generate": "generation",
}
_VERB_BEFORE = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?:(?:about|around|some|nearly|a\s+further|another|a\s+record)\s+)?$"
)
# The measure a clause's subject names: "Oil production was", "order intake in the quarter
# was", "Total production averaged"
_HEADS = (
    r"production|output|intake|orders|deliveries|installations|capacity|throughput|volumes?"
    r"|shipments|additions|backlog|commissioning|sales|generation"
    # "Bookings slowed to 52 MW", "signed new leases totalling 96 MW": a data centre's or a
    # landlord's power let
    r"|bookings|leases"
    # "Electricity generated in H1 reached 5,590 million kWh", "power sold was 812 GWh": the
    # energy named by its noun and the participle of what was done with it
    r"|(?:electricity|power|energy)\s+(?:generated|produced|sold|supplied|delivered|exported"
    r"|dispatched|traded)"
    # "module shipment forecast": a head in the singular before a plan's noun (never the
    # "order" of "order intake")
    r"|(?:order|delivery|installation|shipment|addition)(?=\s+(?:forecast|guidance|target"
    r"|outlook|plan|goal|view)\b)"
)
# a head said in the singular before a noun ("module shipment forecast"): the measure's name
# is its plural, as the text's other sentences write it
_PLURAL_HEAD = {
    "order": "orders",
    "delivery": "deliveries",
    "installation": "installations",
    "shipment": "shipments",
    "addition": "additions",
}
_SUBJECT = re.compile(
    rf"(?P<m>(?:[A-Za-z][\w-]*\s+){{0,3}}?(?:{_HEADS}))\b(?:\s*\([^()]{{1,30}}\))?"
    # (a period between subject and verb may hold digits: "in H1/2024", "in Q3 2025")
    r"(?:(?:[^\d;:()]|\b[HQ][1-4]\b/?|\b(?:19|20)\d\d\b){0,40}?\s"
    # "generation is expected to be around 9.9 TWh": a forecast of the measure
    r"(?:(?:is|are|was|were)\s+expected\s+to\s+be|was|were|is|are|averaged|came\s+in\s+at"
    r"|reached|totall?ed"
    # "generation came to 9,233 GWh", "the backlog slipped to 389 MW": moved to the figure
    r"|came\s+to|amounted\s+to|stood\s+at|totall?ing|(?:rose|fell|climbed|slipped|dropped"
    r"|declined|decreased|grew|jumped|eased|slowed|accelerated)\s+(?:[\d.,]+\s*%\s+)?to"
    # "module shipment forecast cut to 22-23.5 GW": a plan moved to the figure
    r"|(?:cut|raised|lowered|trimmed|lifted|increased|reduced|narrowed)\s+to|of|at)"
    r"|\s*:)?\s+(?:(?:about|around|some|nearly|approximately)\s+)?$",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(r"\s+of\s+(?P<m>(?:[a-z][\w-]*\s+){0,2}?(?:" + _HEADS + r"))\b")
# A named part's share: "the Permian Basin contributed 412 kboe/d", "Eagle Ford 118"
_PART = re.compile(
    r"(?:^|[,;:|(]\s*|\band\s+|\bthe\s+)(?P<name>[A-Z][\w&-]*(?:\s+(?:of\s+)?[A-Z][\w&-]*){0,3})"
    r"(?:\s+(?:contributed|produced|delivered|added|did|averaged"
    # "EMEA accounted for 1,310 MW, the Americas for 780 MW": each part's share, said once
    r"|accounted\s+for|for))?\s+$"
)
_DROPPED = frozenset(
    "the a an our its their firm and unconditional quarterly daily average group said says "
    "reported reports announced that".split()
    # "Guidance for storage shipments is maintained at 6 GWh": the plan's words, no measure's
    + "guidance forecast outlook target for".split()
)
# a span of time said before a measure ("nine-month generation"): the period, not the measure
_SPAN_WORD = re.compile(
    r"\w+-(?:month|week|year|quarter|half)|quarterly|annual|monthly|FY\d{2,4}|[HQ][1-4]",
    re.IGNORECASE,
)
# A figure set against the one before it: "3.9 GW, up from 2.1 GW", "compared with 2.1 GW"
_COMPARED = re.compile(
    r"(?:\bfrom|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst)\s+$", re.IGNORECASE
)
# "3,320 MW (Q3 2024: 2,650 MW)": a base keyed by its period in brackets, of the same measure
_KEYED = re.compile(r"\(\s*(?:[HQ][1-4]|FY|9M|(?:19|20)\d\d)[^():]{0,15}:\s*$", re.IGNORECASE)


def rate_measure(
    text: str,
    left: int,
    f: Figure,
    unit: RateUnit,
    earlier: str | None,
    is_company: Callable[[str], bool] = lambda _: False,
) -> str | None:
    """The measure a rate figure states, named with its unit: "total production (kboe/d)".
    LEFT is where the figure's clause begins; EARLIER is the measure of the last rate in the
    same unit, which a part named on its own ("Eagle Ford 118 kboe/d") is a part of. None
    for power whose measure the words never name."""
    before = text[left : f.start]
    measure = None
    if earlier is not None and (
        _COMPARED.search(before) or _KEYED.search(text, max(0, f.start - 30), f.start)
    ):
        measure = earlier
    elif m := _OF_AFTER.match(text, unit.end):
        measure = m["m"]  # "3.4 GW of orders"
    elif m := _SUBJECT.search(before):
        measure = m["m"]
    elif (m := _VERB_BEFORE.search(before)) and (lemma := _verb_measure(m["verb"])) is not None:
        measure = lemma
    elif earlier is not None and (m := _PART.search(before)):
        head = earlier.split()[-1]  # "total production" -> "production"
        measure = f"{m['name']} {head}"
    # "3,180 MW and installations 2,790 MW": the measure after the last joining word
    measure = re.split(r"\b(?:and|or|while|but|whereas)\s+", measure or "")[-1]
    words = measure.split()
    # "Tallgrass expects production": the measure starts after its company and verb
    # (the head itself may be a verb's form: "commissioning")
    cut = max((k + 1 for k, w in enumerate(words[:-1]) if is_company(w) or _is_verb(w)), default=0)
    words = [w for w in words[cut:] if w.lower() not in _DROPPED and not _SPAN_WORD.fullmatch(w)]
    if not words and "/" in unit.label:
        words = ["production"]  # "we averaged 288 kboe/d": a flow a producer states is output
    if [w.lower() for w in words] in (["production"], ["output"]) and "boe" in unit.label:
        words = ["total", "production"]  # in oil equivalent: all that was produced
    if not words:
        return None  # "3,287 MW awarded" in an auction's results: power of nothing we name
    words[-1] = _PLURAL_HEAD.get(words[-1].lower(), words[-1])
    return f"{' '.join(_cased(w) for w in words)} ({unit.label})"


def _is_verb(word: str) -> bool:
    """A word only ever a verb: "expects", "said" (never "output", "production")."""
    lemmas = getAllLemmas(word.lower())
    return "VERB" in lemmas and "NOUN" not in lemmas and "ADJ" not in lemmas


def _verb_measure(verb: str) -> str | None:
    for lemma in getAllLemmas(verb.lower()).get("VERB", ()):
        if lemma in _VERB_MEASURE:
            return _VERB_MEASURE[lemma]
    return None


def _cased(word: str) -> str:
    """A word as a metric writes it: small unless a name or an acronym ("NGL", "Permian")."""
    if word.isupper() and len(word) > 1:
        return word
    return word.lower() if getAllLemmas(word.lower()) else word


# A table's note of a rate unit: "Order intake, turbines (GW)", "| Order intake (GW) |",
# "Production (kboe/d)"
_TABLE_NOTE = re.compile(
    r"\(\s*(?P<unit>[kMGT]Wh?|(?:k|M|MM|B)?(?:boe|bbls?|cf|cfe)/d)\s*\)"
    r"|(?<![\w/])(?P<bare>[MG]Wh?)(?![\w/])"
)


def table_rate(*labels: str | None) -> tuple[str, float, re.Pattern[str]] | None:
    """(the unit, the factor to it, the pattern that finds its note) when the first of LABELS
    (a row's label, its column's header, the table's caption) that notes a rate unit notes
    one: "Order intake, turbines (GW)" -> ("GW", 1.0)."""
    for label in labels:
        m = _TABLE_NOTE.search(label or "")
        if m is None:
            continue
        return m["unit"] or m["bare"], 1.0, _TABLE_NOTE
    return None


def rate_named(metric: str, unit: str) -> str:
    """A table row's metric with the unit said once, at its end: "order intake GW" ->
    "order intake (GW)"."""
    bare = _TABLE_NOTE.sub(" ", metric)
    return f"{' '.join(bare.split())} ({unit})"
