"""Work a company did a number of times over the period, said with the verb of doing right
before the count: "we toured 118,400 guests", "placed 318 new systems", "trained 9,850 new
doctors", "filled 44.1 million prescriptions", "handed over 31 ships", "admitted 186,000
inpatients", "slaughtered 4.94 million head of cattle", "handled 214,600 admissions". Such a
count is the business's own throughput, a flow over the period named by the things and the
verb ("guests toured"), never units sold; a company's corporate doings (acquisitions
completed, shares issued) are no figure of its business at all."""

from __future__ import annotations

import re

from bot.ingest.counts import deal_noun
from bot.ingest.figures import Figure
from bot.ingest.metric_names import Metric, singular
from bot.ingest.rate_units import rate_unit

# the verb of doing right before the figure, past tense: work done on the things counted
# (never selling, carrying or opening, read by their own rules; never hosting or filing,
# which a company does for itself)
_DONE_VERBS = (
    r"toured|placed|trained|filled|dispensed|administered|admitted|treated"
    r"|handed\s+over|slaughtered|landed|planted|fitted|energi[sz]ed|dispatched|enrolled"
    r"|inspected|repaired|serviced|screened|vaccinated|completed|processed|performed"
    # ("the division handled 214,600 admissions", "we billed 179,260 megalitres", "connected
    # 7,640 new properties", "signed 29,800 rooms"): work done on the things, over the period
    # ("ran 331 centres" is a level held, "recorded" a census's as often as ours)
    r"|handled|billed|connected|signed|commissioned|harvested|collected|transported"
    r"|originated"
)
_VERB = re.compile(
    rf"\b(?P<verb>{_DONE_VERBS})\s+"
    r"(?:(?:a\s+record|a\s+total\s+of|about|around|some|nearly|roughly|over|more\s+than"
    r"|almost|another|an\s+additional)\s+)*$",
    re.IGNORECASE,
)
# what was done: up to two lower-case words of kind, then a plural noun ("new systems",
# "prescription items", "head of cattle")
_THINGS = re.compile(
    r"\s+(?:(?:million|mn|mln|m|billion|bn|thousand|k|lakh|crore)\s+)?(?:new\s+)?"
    r"(?:head\s+of\s+(?P<herd>[a-z][a-z-]+)\b"
    r"|(?P<mods>(?:[a-z][a-z-]+\s+){0,2}?)(?P<noun>[a-z][a-z-]{2,}s)\b)"
)
# what a company does for itself, not for its customers: deals, purchases, capital raised
_CORPORATE = frozenset(
    "acquisitions disposals divestments divestitures mergers shares bonds notes buybacks"
    " repurchases patents filings events listings offerings".split()
)
# nouns of no things done: "completed 12 months", "processed 30 percent"
_NO_THINGS = frozenset(
    "years quarters months weeks days hours percent points units orders sales tonnes tons"
    " kilograms litres liters barrels".split()
)


def _verb_before(text: str, f: Figure) -> re.Match[str] | None:
    return _VERB.search(text, max(0, f.start - 40), f.start)


# "44 Tavor systems placed", "6,420 procedures performed on ...", "58,400 tonnes of grapes
# harvested", "12.4 Mt of copper ore milled": a line that opens on the count, the things after
# it and then the verb of doing as a participle (a brand's name before the things is no part
# of what was done; after a weight, "of" names the stuff, which need not be plural)
# ("at quarter end", "as of June 30", "at 31 March"): a day the things are counted on
_HELD_ON_A_DAY = re.compile(
    r"\b(?:at|as\s+(?:of|at))\s+(?:the\s+)?(?:(?:quarter|year|period|month)[- ]end|end\b|\d"
    r"|[A-Z][a-z]+\.?\s+\d)"
)
_LINE_OPENS = re.compile(r"(?:^|\n)[ \t>*•-]*(?:\*\*)?$")
_DONE_AFTER = re.compile(
    r"(?:\*\*)?\s+(?:(?:million|mn|mln|m|thousand|k)\s+)?"
    r"(?:(?:[kKmM]?t|tonnes|tons|[kKmM]?hl|hectolitres|[kKmM]?oz|ounces|litres|liters|[MG]Wh)\s+)?"
    r"(?:(?P<of>of)\s+)?"
    r"(?:[A-Z][\w-]*\s+)?(?:new\s+)?(?P<mods>(?:[a-z][a-z-]+\s+){0,2}?)(?P<noun>[a-z][a-z-]{2,})\s+"
    rf"(?P<verb>{_DONE_VERBS}|produced|milled|mined|crushed)\b"
)


def _done_after(text: str, f: Figure) -> tuple[str, str, str] | None:
    """(modifiers, noun, verb) of a line that opens on the count F with the verb after the
    things, else None."""
    if not _LINE_OPENS.search(text, max(0, f.start - 12), f.start):
        return None
    m = _DONE_AFTER.match(text, f.end)
    if m is None or (not m["of"] and not m["noun"].endswith("s")):
        return None
    line_end = text.find("\n", m.end())
    if _HELD_ON_A_DAY.search(text, m.end(), line_end if line_end >= 0 else len(text)):
        return None  # "455 systems placed worldwide at quarter end": a level held, read apart
    return " ".join(m["mods"].lower().split()), m["noun"].lower(), m["verb"].lower()


def done_count(text: str, f: Figure) -> tuple[Metric, str] | None:
    """ "we toured 118,400 guests" -> ("guests toured", "guest"): work done on things over
    the period, counted, and the thing (the same things counted later in the report are
    counted too); None for anything else (a corporate doing, no verb of doing)."""
    if f.unit != "units" or rate_unit(text, f) is not None:
        return None  # ("commissioned 980 megawatts": power, named by its own rule)
    verb = _verb_before(text, f)
    things = _THINGS.match(text, f.end) if verb is not None else None
    if verb is not None and things is not None:
        noun = (things["herd"] or things["noun"]).lower()
        mods = " ".join((things["mods"] or "").lower().split())
        done = " ".join(verb["verb"].lower().split())
    elif (after := _done_after(text, f)) is not None:
        mods, noun, done = after
    else:
        return None
    if noun in _CORPORATE or noun in _NO_THINGS or deal_noun(noun):
        return None
    # ("handed over 31 ships": deliveries, as a yard's or a maker's are named)
    done = "delivered" if done == "handed over" else done
    name = " ".join([*([mods] if mods else []), noun, done])
    return Metric(name, "units", None, (), name), singular(noun)


def corporate_deed(text: str, f: Figure) -> bool:
    """ "completed 3 acquisitions", "placed 2 million shares": a company's doing for itself,
    counted, but no figure of its business."""
    if f.unit != "units" or _verb_before(text, f) is None:
        return False
    things = _THINGS.match(text, f.end)
    return things is not None and (things["noun"] or "").lower() in _CORPORATE
