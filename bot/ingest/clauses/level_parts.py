"""A count on a day broken down into the kinds of thing it counts, each named after its own
figure: "203 stores at the end of June — 61 hypermarkets and 142 supermarkets", "20
freighters at 31 March 2026: thirteen Boeing 777Fs and seven 747-8Fs", "189 stores,
comprising 58 hypermarkets and 131 supermarkets". Each part is a level of its own things on
the whole's day, of the whole's kind. Before, the parts had no verb of their own and were
dropped as counts of nothing sold. A colon or a dash opens many other things, so only a
list whose counts add up to the whole is read so."""

from __future__ import annotations

import re

from bot.ingest.clauses.context import RENAMEABLE_SKIPS, Slot
from bot.ingest.metric_names import Metric

# what opens the breakdown, right before its first count
_OPENER = re.compile(
    r"(?::|\s[—–]|,?\s+(?:comprising|consisting\s+of|made\s+up\s+of|split\s+into|namely"
    # ("498 gyms, of which 301 own gyms and 197 franchised": named after their counts)
    r"|of\s+which|including))\s*$"
)
# the things a part counts, right after its figure: " hypermarkets", " Boeing 777Fs"
_THINGS = re.compile(
    r"\s+(?P<name>[A-Za-z][\w&'’-]*(?:\s+[A-Za-z0-9][\w&'’-]*){0,2}?)"
    r"(?=\s*(?:[,.;)—–]|$)|\s+(?:and|while|but|in|at|on|under|with|for|of)\b)"
)
# between one part's things and the next part's count: ", ", " and ", ", and "
_JOINED = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# words no kind of thing is named by
_NOT_THINGS = frozenset(
    """in at on to of for from by with the a an and or were was are is be been it they its
    our their this that these those which year quarter half month week total units million
    billion thousand per cent percent""".split()
)


def _things(text: str, sl: Slot) -> re.Match[str] | None:
    m = _THINGS.match(text, sl.fig.end)
    if m is None or any(w.lower() in _NOT_THINGS for w in m["name"].split()):
        return None
    return m


def _breakdown(text: str, slots: list[Slot], i: int) -> list[tuple[Slot, str]] | None:
    """The parts listed after the count SLOTS[i], each with the things it counts."""
    whole = slots[i]
    if i + 1 >= len(slots):
        return None
    between = text[whole.fig.end : slots[i + 1].fig.start]
    if re.search(r"[;.!?]\s", between) or not _OPENER.search(between):
        return None
    parts: list[tuple[Slot, str]] = []
    for j in range(i + 1, len(slots)):
        sl = slots[j]
        if parts:
            at = parts[-1][1].end()
            if not _JOINED.fullmatch(text, at, sl.fig.start):
                break
        m = _things(text, sl)
        if m is None or sl.fig.unit != "units":
            return None
        parts.append((sl, m))
    if len(parts) < 2 or abs(sum(sl.fig.value for sl, _ in parts) - whole.fig.value) > 1e-6:
        return None
    return [(sl, m["name"]) for sl, m in parts]


def level_parts(text: str, slots: list[Slot]) -> None:
    """Name each count listed after a count on a day ("203 stores at the end of June — 61
    hypermarkets and 142 supermarkets") as a level of its own things on that day."""
    for i, whole in enumerate(slots):
        if (
            whole.skip
            or whole.metric is None
            or whole.period is None
            or whole.period.days != 1
            or whole.fig.unit != "units"
        ):
            continue
        parts = _breakdown(text, slots, i)
        if parts is None:
            continue
        for sl, name in parts:
            if sl.part and not sl.skip:
                continue  # "4,862 franchised and 375 company-operated": named already
            if sl.skip and sl.note not in RENAMEABLE_SKIPS:
                continue
            # ("61 flagship": what kind of the whole's things)
            full = name if name.lower().endswith("s") else f"{name} {whole.metric.name}"
            sl.metric = Metric(full, "units", None, (), full)
            sl.period, sl.kind, sl.as_of = whole.period, whole.kind, whole.as_of
            sl.entity, sl.part, sl.level, sl.value = whole.entity, True, True, sl.fig.value
            sl.skip, sl.note = False, ""
