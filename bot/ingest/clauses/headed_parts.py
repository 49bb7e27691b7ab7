"""A list of parts' percentages under a heading that names the measure and how it is split:
"Organic growth by region" over "- Americas: +8.4%", "- Japan: -2.2%"; "Share of export
receipts by destination:" over "- European Union: 52%". Each item is the heading's measure
of the part its label names ("Americas organic growth"); an item says no measure itself."""

from __future__ import annotations

import re

from bot.ingest.clauses.context import Context, Slot
from bot.ingest.metric_names import Metric, family_of_unit, part_name

# "Organic growth by region", "Export receipts by destination (FY25):"
_HEAD = re.compile(
    r"^\W*(?P<m>[A-Za-z][A-Za-z /&'’-]{1,48}?)\s+by\s+(?:region|segment|division|brand|market"
    r"|country|destination|category|channel|business|geography|product|unit)s?\b"
    r"[^.!?]{0,40}$",
    re.IGNORECASE,
)
# the item: a label of a few words, a colon, the percentage alone (a word or two after it)
_ITEM = re.compile(r"^\W*(?P<label>[A-Z][\w&/ .'’()-]{0,40}?)\s*:\s*\**[+\-−]?$", re.IGNORECASE)


def part_head(line: str) -> str | None:
    """The measure a heading over parts names ("organic growth"), else None."""
    m = _HEAD.match(line.strip())
    return " ".join(m["m"].lower().split()) if m else None


def headed_part(text: str, sl: Slot, ctx: Context) -> Metric | None:
    """The heading's measure of the part an item's label names, for an item that is only a
    label and a percentage ("Americas: +8.4%"); None for anything else."""
    if ctx.part_head is None or sl.fig.unit != "percent" or sl.fig.high is not None:
        return None
    m = _ITEM.match(text[: sl.fig.start])
    if m is None or re.search(r"\d", text[sl.fig.end :]):
        return None
    name = f"{m['label'].strip()} {ctx.part_head}"
    return Metric(name, "percent", None, (), name)


# an amount's or a count's item: the label, a colon, the figure, at most its base keyed in
# brackets after it ("- Europe: $0.8 billion (2024: $0.7 billion)")
_AMOUNT_ITEM = re.compile(r"^\W*(?P<label>[A-Z][\w&/ .'’-]{0,40}?)\s*:\s*\**$")
_AFTER_AMOUNT = re.compile(r"\W*(?:\([^()]*\)\W*)?$")


def headed_amount(text: str, sl: Slot, ctx: Context) -> Metric | None:
    """The heading's measure of the part an item's label names, for an item that is only a
    label and an amount or a count ("- Americas: $1.2 billion" under "Revenue by region:"):
    the part's figure, never the company's. None for anything else."""
    if ctx.part_head is None or sl.fig.unit == "percent":
        return None
    m = _AMOUNT_ITEM.match(text[: sl.fig.start])
    if m is None or not _AFTER_AMOUNT.match(text, sl.fig.end):
        return None
    family = family_of_unit(sl.fig.unit)
    name = part_name(m["label"].strip(), ctx.part_head)
    return Metric(name, family, None, (), name)
