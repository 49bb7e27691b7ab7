"""Parts listed after "of which", or after "Of these" opening the sentence after their whole:
"a backlog of EUR 6.4bn, of which mills EUR 4.1bn and bakeries EUR 2.3bn", "361 depots, of
which 212 in the north and 149 in the south", "945 bakeries. Of these, 640 are in Bavaria and
305 in Saxony". Each part is the whole's measure for the part its words name (before its
figure, or the place after it), on the whole's period, kind and day; a list whose parts are
not all named that way is left to the other rules."""

from __future__ import annotations

import re

from bot.facts.periods.words import MONTH_PATTERN
from bot.ingest.clauses.context import RENAMEABLE_SKIPS, Context, Slot
from bot.ingest.clauses.parts import BASE_BEFORE
from bot.ingest.metric_names import Metric

# what opens the list: "of which", "Of these,", "Of this number,", "of that total"
_OPENER = re.compile(
    r"\b[Oo]f\s+(?:which|these|those|this\s+(?:number|total|amount)"
    r"|that(?:\s+(?:number|total|amount))?)\b\s*,?\s*",
)
# the end of a list: a new clause, or the bases it is compared with
_LIST_END = re.compile(
    r"[;(]|\.(?!\d)|\b(?:compared|against|versus|vs|up|down|from|while|but|respectively)\b", re.I
)
# a part's name before its figure: "mills ", "and energy storage batteries "
_NAMED_BEFORE = re.compile(
    # (" GWh and storage batteries ": the unit the part before was stated in, then the name)
    r"(?:\s+[^\s\d,]+(?=\s*,|\s+and\b))?\s*,?\s*(?:and\s+)?(?P<name>[A-Za-z][\w&'’-]*(?:\s+[A-Za-z][\w&'’-]*){0,3}?)\s*:?\s*"
)
# a part's place after its figure: " in the north", " are in Bavaria", " were at UK schools"
_PLACE_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:(?:were|was|are|is)\s+)?(?:in|at)\s+(?:the\s+|our\s+|its\s+)?"
    r"(?P<name>[A-Za-z][\w&'’-]*(?:\s+[A-Za-z][\w&'’-]*){0,3}?)"
    r"(?=\s*(?:[,.;)]|$)|\s+(?:and|while|but)\b|\s+\()"
)
# what stands between one part named by its place and the next: ", ", " and "
_JOINED = re.compile(r"\s*,?\s*(?:and\s+)?")
# words that make a stretch no part's name: verbs, prepositions, times
_NOT_NAMES = frozenset(
    """in at on to of for from by with the a an and or were was are is be been it they its our
    their this that these those which year years quarter quarters half month months week weeks
    period season first second third fourth fifth last next same total whole units million
    billion thousand sold went came made""".split()
)
_TIME_WORD = re.compile(rf"\b(?:q[1-4]|h[12]|[1-4]q|\d+|{MONTH_PATTERN})(?!\w)", re.I)


def _a_name(words: str) -> str | None:
    """WORDS as a part's name, if they can be one."""
    words = " ".join(words.split())
    lowered = words.lower().split()
    if not lowered or any(w in _NOT_NAMES for w in lowered) or _TIME_WORD.search(words):
        return None
    return words


def _whole(text: str, slots: list[Slot], start: int, ctx: Context) -> Slot | None:
    """The whole the list after START is of: the figure right before it in the sentence
    (never a base it is compared with), else the count the sentence before ended on."""
    before = [sl for sl in slots if sl.fig.end <= start]
    if before:
        w = before[-1]
        if w.skip or w.metric is None or w.keyed or BASE_BEFORE.search(text, w.left, w.fig.start):
            return None
        return w
    last = ctx.last_figure
    if not text[:start].strip() and last is not None and not last.skip:
        return last  # "945 bakeries. Of these, 640 are in Bavaria": the last sentence's last
    return None


def _part_names(text: str, opener: re.Match[str], parts: list[Slot]) -> list[str] | None:
    """Each part's name, read from the words before its figure or the place after it."""
    names: list[str] = []
    at = opener.end()
    for sl in parts:
        before = _NAMED_BEFORE.fullmatch(text, at, sl.fig.start)
        after = _PLACE_AFTER.match(text, sl.fig.end)
        name = _a_name(before["name"]) if before is not None else None
        if name is None and after is not None and _JOINED.fullmatch(text, at, sl.fig.start):
            name = _a_name(after["name"])  # "of which 212 in the north and 149 in the south"
        if name is None:
            return None
        names.append(name)
        at = after.end() if after is not None and name == _a_name(after["name"]) else sl.fig.end
    return names


def _part_of(name: str, whole: str) -> str:
    """The whole's measure for the part NAME: "rye flour" of "flour revenue" is "rye flour
    revenue", "the north" of "bakeries" "north bakeries"."""
    first, _, rest = whole.partition(" ")
    if rest and name.split()[-1].lower() == first.lower():
        return f"{name} {rest}"
    return f"{name} {whole}"


def which_parts(text: str, slots: list[Slot], ctx: Context) -> None:
    """Name each part listed after "of which" ("Of these") as the whole's measure for it."""
    _name_parts(text, slots, ctx)
    ctx.last_figure = slots[-1] if slots else None


def _name_parts(text: str, slots: list[Slot], ctx: Context) -> None:
    for opener in _OPENER.finditer(text):
        end = _LIST_END.search(text, opener.end())
        stop = end.start() if end is not None else len(text)
        parts = [sl for sl in slots if opener.end() <= sl.fig.start < stop]
        if not parts or any(sl.of is not None or sl.fig.unit == "percent" for sl in parts):
            continue
        whole = _whole(text, slots, opener.start(), ctx)
        if whole is None or whole.metric is None or whole.period is None:
            continue
        if any(sl.fig.unit != whole.fig.unit for sl in parts):
            continue
        names = _part_names(text, opener, parts)
        if names is None or len(set(names)) < len(names):
            continue
        for sl, name in zip(parts, names, strict=True):
            full = _part_of(name, whole.metric.name)
            sl.metric = Metric(full, whole.metric.family, whole.metric.product, (), full)
            sl.period, sl.kind, sl.as_of = whole.period, whole.kind, whole.as_of
            sl.entity, sl.part, sl.of = whole.entity, True, whole
            if sl.note in RENAMEABLE_SKIPS:
                sl.skip, sl.note = False, ""
