"""A figure broken down in a one-line list: "H1 units by region: AU 84,200 / NZ 19,700 /
Europe 28,000", "Revenue by segment: Tools EUR 1.2bn, Parts EUR 0.4bn". Each item is the
whole's measure for the item's label, a region or a part.

A label in two capitals in a list by region or country is a country code (ISO 3166); its
name comes from babel's CLDR data, then the reporting vocabulary's region for that name.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from bot.facts import reporting
from bot.ingest.breaks import clause_start

# "<whole> by region:", "<whole> per country -", "<whole> by segment:"
_LIST = re.compile(
    r"\b(?:by|per)\s+(?P<dim>regions?|countr(?:y|ies)|markets?|geograph(?:y|ies)|segments?"
    r"|divisions?|products?|product\s+lines?|categor(?:y|ies)|channels?|brands?|models?)"
    # ("Revenue by region (9M 2025, EUR million): ...": the list's period and units)
    r"(?:\s*\((?P<note>[^()]{1,40})\))?"
    # ("Deliveries by model in September: ...": the list's time before its colon)
    r"(?:\s+(?:in|for|during)\s+[\w ]{1,30}?)?\s*[:=\-–—]\s*",
    re.IGNORECASE,
)
_GLOSS = re.compile(r"\s*\([A-Z][A-Za-z0-9&+-]{0,6}\)")
_SEPARATOR = re.compile(r"\s+[/|;·•]\s+|;\s*|,\s+(?=[A-Za-z])")
_GEOGRAPHIC = re.compile(r"region|countr|market|geograph", re.IGNORECASE)


@dataclass(frozen=True)
class Item:
    label: str  # as written: "AU", "Europe", "Tools"
    region: str | None  # the region's label in the vocabulary, or a country's name


@dataclass(frozen=True)
class Breakdown:
    whole_end: int  # where the whole's words end ("H1 units| by region:")
    items: dict[int, Item]  # by where the item's figure starts
    whole_start: int = 0  # where they start ("... of |net sales| in the quarter")
    # the whole is the figure stated just before the list ("poured 98,300 oz, with North Pit
    # contributing 61,200 oz and Kestrel Hill 37,100 oz"), not words of its own
    whole_before: bool = False


# ", with North Pit contributing 61,200 oz and Kestrel Hill 37,100 oz": the parts of the
# figure just stated, each by its name
_WITH_CONTRIBUTING = re.compile(
    r",?\s+with\s+(?:the\s+)?(?P<label>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})(?:\s+\([A-Z]{1,6}\))?"
    r"\s+(?:contributing|accounting\s+for|adding|providing)\s+$"
)


# "Europe accounted for MSEK 4,110 of net sales in the quarter, North America MSEK 2,020 and
# Asia MSEK 1,650": the first part's share of a whole in money or units, the other parts
# listed after it by label and figure alone
_ACCOUNTED = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=\n))(?P<label>[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,3}?)\s+"
    r"(?:accounted\s+for|contributed|made\s+up|represented)\s+$"
)
_OF_WHOLE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:group|company)['’]s\s+|total\s+|our\s+|its\s+)?"
    r"(?P<whole>[a-z][a-z -]{2,30}?)(?=\s+(?:in|for|during|over)\b|\s*[,;.]|$)"
)
_ITEM_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<label>[A-Z][\w&+.'’() -]{0,40}?)\s+$")


def list_note(text: str) -> tuple[int, str] | None:
    """The bracketed note of a list's lead-in ("by region (9M 2025, EUR million):"), with
    where the list starts: the note's units are its bare figures' units."""
    m = _LIST.search(text)
    return (m.end(), m["note"]) if m is not None and m["note"] else None


def listing_cue(text: str) -> bool:
    """TEXT opens a list by region, segment, product ("... by region: ")."""
    return _LIST.search(text) is not None


def breakdown(
    text: str, figure_starts: list[int], figure_ends: list[int] | None = None
) -> Breakdown | None:
    """The list TEXT breaks a figure down in, each item keyed by the start of its figure
    (one of FIGURE_STARTS, ending at FIGURE_ENDS); None when TEXT is no such list."""
    m = _LIST.search(text)
    if m is None:
        if not figure_ends:
            return None
        return _accounted(text, figure_starts, figure_ends) or _parts_after_colon(
            text, figure_starts, figure_ends
        )
    geographic = _GEOGRAPHIC.search(m["dim"]) is not None
    items: dict[int, Item] = {}
    pos = m.end()
    pieces = [*_SEPARATOR.finditer(text, pos), None]
    for sep in pieces:
        end = sep.start() if sep is not None else len(text)
        starts = [s for s in figure_starts if pos <= s < end]
        if len(starts) == 1:
            # ("Tianma K6 (K6) 22,310 units": the name, its short form read apart)
            label = _GLOSS.sub("", text[pos : starts[0]]).strip(" :=–—-")
            if label and re.fullmatch(r"[A-Za-z][\w&+.'’() -]{0,40}", label):
                items[starts[0]] = Item(label, _region(label) if geographic else None)
        if sep is not None:
            pos = sep.end()
    return Breakdown(m.start(), items) if len(items) > 1 else None


def _region(label: str) -> str | None:
    if re.fullmatch(r"[A-Z]{2}", label) and label in _countries():
        label = _countries()[label]  # "AU" -> "Australia"
    found = reporting.regions_in(label)
    if (
        len(found) == 1
        and not found[0].region.whole
        # ("Rest of Europe", "Asia/Pacific": a region of its own, named as written)
        and not label[: found[0].start].strip()
        and not label[found[0].end :].strip()
    ):
        return found[0].region.label
    return label if label[:1].isupper() else None


@functools.cache
def _countries() -> dict[str, str]:
    from babel import Locale

    return {code: name for code, name in Locale("en").territories.items() if code.isalpha()}


def _accounted(text: str, starts: list[int], ends: list[int]) -> Breakdown | None:
    """ "Europe accounted for MSEK 4,110 of net sales in the quarter, North America MSEK
    2,020 and Asia MSEK 1,650": each part's figure of the whole the first one names. Only
    parts named and listed right after one another; a region label is read as a region."""
    for k, start in enumerate(starts):
        lead = _WITH_CONTRIBUTING.search(text, 0, start) if k else None
        if lead is not None and lead.end() == start and lead.start() >= ends[k - 1]:
            return _listed_from(text, starts, ends, k, lead["label"], ends[k], None)
        first = _ACCOUNTED.search(text, 0, start)
        whole = _OF_WHOLE.match(text, ends[k])
        if first is None or first.end() != start or whole is None:
            continue
        if reporting.family_of(whole["whole"]) is None:
            return None  # "accounted for 40 of the 52 stores": no measure of ours
        return _listed_from(text, starts, ends, k, first["label"], whole.end(), whole)
    return None


def _listed_from(
    text: str,
    starts: list[int],
    ends: list[int],
    k: int,
    label: str,
    pos: int,
    whole: re.Match[str] | None,
) -> Breakdown | None:
    """The first item (LABEL, the figure at STARTS[K]) and those listed after it from POS
    on ("in the quarter, North America MSEK 3,960 and Asia ..."); WHOLE: the words naming
    the whole, or None when it is the figure before the first item."""
    items = {starts[k]: Item(label, _region(label))}
    for nxt in range(k + 1, len(starts)):
        gap = _ITEM_GAP.search(text, pos, starts[nxt])
        if gap is None or gap.end() != starts[nxt] or re.search(r"\d", text[pos : gap.start()]):
            break
        named = gap["label"].strip()
        items[starts[nxt]] = Item(named, _region(named))
        pos = ends[nxt]
    if len(items) < 2:
        return None
    if whole is None:
        return Breakdown(starts[k], items, whole_before=True)
    return Breakdown(whole.end(), items, whole_start=whole.start())


# "We ended the year with 1,214 stores: 542 franchised, 611 in Mexico and 61 overseas": a
# count, its noun and a colon, then its parts, each a figure and the words that set it apart;
# or the parts in brackets ("5,148 restaurants (4,780 franchised, 368 company-operated)") or
# after a dash ("1,667 restaurants - 521 company-operated and 1,146 franchised")
_WHOLE_COLON = re.compile(
    r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?\s*(?:(?P<colon>:)|(?P<bracket>\()|\s(?P<dash>[-–—]))\s*"
)
_PART_WORDS = re.compile(
    r"\s+(?P<label>in\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
    r"|[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"(?P<gap>\s*,\s*(?:and\s+)?|\s+and\s+|\s*[.;)]|\s+[-–—]|\s*$)"
)
_NOT_A_PART = re.compile(
    r"^(?:in|of|at|on|to|for|from|by|and|or|a|an|the|more|less|than|were|are|was|is|each"
    r"|million|billion|thousand|per|percent|year|years|months?|weeks?|days?)\b"
)
# how a list of parts ends: a colon's at the sentence's end, a bracket's at its closing
# bracket, a dash's at the closing dash or the sentence's end
_LIST_END = {
    "colon": re.compile(r"\s*(?:[.;]|$)"),
    "bracket": re.compile(r"\s*\)"),
    "dash": re.compile(r"\s*(?:[.;]|$)|\s+[-–—]"),
}


def _parts_after_colon(text: str, starts: list[int], ends: list[int]) -> Breakdown | None:
    """ "1,214 stores: 542 franchised, 611 in Mexico and 61 overseas": the parts a colon
    lists after a count, each labelled by the words after its figure; a place after "in"
    is a region. Every figure after the colon must be such a part, or none is (after a
    bracket or a dash, every figure up to the bracket's or the dash's close)."""
    for k in range(len(starts) - 1):
        lead = _WHOLE_COLON.match(text, ends[k])
        # (a figure's text may open with the space after the mark)
        if lead is None or text[starts[k + 1] : lead.end()].strip() or starts[k + 1] > lead.end():
            continue
        mark = next(m for m in ("colon", "bracket", "dash") if lead[m])
        items = _listed_parts(text, starts, ends, k + 1, _LIST_END[mark])
        if items is None or len(items) < 2:
            return None
        # (the whole is a figure of the colon's own clause, never one stated before it:
        # "... closed 51, to finish with 2,437 locations: 2,108 in Canada ...")
        whole_start = clause_start(text, starts[k])
        return Breakdown(starts[k + 1], items, whole_start=whole_start, whole_before=True)
    return None


def _listed_parts(
    text: str, starts: list[int], ends: list[int], first: int, close: re.Pattern[str]
) -> dict[int, Item] | None:
    """The parts from figure FIRST on, each labelled by the words after it, up to the list's
    CLOSE; None when a figure before the close is no part."""
    items: dict[int, Item] = {}
    for nxt in range(first, len(starts)):
        words = _PART_WORDS.match(text, ends[nxt])
        if words is None:
            return None
        label = words["label"]
        if label.startswith("in "):
            place = re.sub(r"^in\s+(?:the\s+)?", "", label)
            items[starts[nxt]] = Item(place, _region(place))
        elif _NOT_A_PART.match(label):
            return None
        else:
            items[starts[nxt]] = Item(label, None)
        if close.match(words["gap"]):
            return items
        if nxt + 1 == len(starts) or words.end() != starts[nxt + 1]:
            return None
    return None
