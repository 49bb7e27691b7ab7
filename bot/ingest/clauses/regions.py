"""The region a figure is for ("sales in Europe"), named onto its metric."""

from __future__ import annotations

import functools
import re

from bot.facts import reporting
from bot.ingest.clauses.context import Slot

_EXPLAINING = re.compile(
    r"\b(?:as|because|since|while|amid|owing\s+to|due\s+to|given|after|despite)\b", re.I
)


def region_named(
    text: str,
    named: list[reporting.RegionMention],
    sl: Slot,
    mentions: list[tuple[int, int, str, str]],
) -> str | None:
    """The region a figure is about, named in its own clause: "its goal for the U.S. is
    2.44 million vehicles", "2.82 million in North America". The whole company ("worldwide",
    "global") is no region; nor is a region inside a company's name."""
    found = [
        r
        for r in named
        if sl.left <= r.start
        and r.end <= max(sl.right, sl.fig.end)
        and not any(s <= r.start < e for s, e, _, _ in mentions)
    ]
    if not found:
        # "Sales in China, the company's biggest market, came to 168,400": the subject's
        found = [
            r
            for r in named
            if sl.subject <= r.start
            and r.end <= sl.fig.start
            and not any(s <= r.start < e for s, e, _, _ in mentions)
        ]
    # "a loss of EUR 9 million in the quarter as European construction stayed weak": a
    # region in a clause explaining the figure is the reason's, never the figure's
    found = [
        r
        for r in found
        if r.start < sl.fig.start or not _EXPLAINING.search(text, sl.fig.end, r.start)
    ]
    # "Central America and the Caribbean", "Latin America South": a longer name of a place
    # or segment, never the region its last word alone would name
    found = [
        r
        for r in found
        if not re.search(
            r"\b(?:Central|South|North|East|West|Latin)\s+$", text[max(0, r.start - 9) : r.start]
        )
        and not re.match(r"\s+(?:South|North|East|West|Central)\b", text[r.end :])
    ]
    # "South Korea's Hanbit Chemical": the company's home, not where the figure is from;
    # "Swiss francs": a currency's nation, not the figure's region
    found = [
        r
        for r in found
        if not _CURRENCY_AFTER.match(text, r.end)
        # "The Dutch company now expects", "the German group": the company's home, said of it
        and not _COMPANY_AFTER.match(text, r.end)
        and not (
            re.match(r"['’]s\s", text[r.end : r.end + 3])
            and any(s == r.end + 3 for s, _, _, _ in mentions)
        )
    ]
    labels = {r.region.label for r in found if not r.region.whole}
    if len(labels) != 1 or any(r.region.whole for r in found):
        return None  # none, or several: the clause does not say which one
    return labels.pop()


_COMPANY_AFTER = re.compile(
    r"[\s-]+(?:(?:[a-z]+[\s-]+){0,2})?(?:company|group|firm|maker|manufacturer|producer"
    r"|retailer|breeder|carrier|operator|lender|insurer|bank|conglomerate|supplier)\b",
)
_CURRENCY_AFTER = re.compile(
    # "US$", "A$", "HK$": a dollar sign glued to a country's letters is that country's dollar
    r"\$|\s*(?:francs?|dollars?|crowns?|kron(?:or|er|a|e)|pounds?|yen|yuan|won|rupees?|pesos?"
    r"|euros?|rand|reais|lira|zlot(?:y|ys))\b",
    re.IGNORECASE,
)


def with_region(metric: str, region: str | None) -> str:
    def bare(name: str) -> str:  # "U.S." and "U.S" and "US" are one region
        return re.sub(r"[.\s]", "", name).casefold()

    if region is None or bare(region) in bare(metric):
        return metric
    named = [r for r in reporting.regions_in(metric) if not r.region.whole]
    if named:
        # "Americas revenue up 1.8%; Europe up 5.2%": the measure read from the clause
        # before names its region; this figure's region takes its place
        return f"{metric[: named[0].start]}{region}{metric[named[0].end :]}"
    return f"{region} {metric}"


@functools.cache
def region_words() -> frozenset[str]:
    """Every word of every region phrase, lower case: a sentence with none names no region."""
    return frozenset(
        w.lower().strip(".")
        for r in reporting.regions()
        for phrase in r.words
        for w in re.split(r"[\s-]+", phrase)
        if w
    )


def may_name_region(text: str) -> bool:
    words = region_words()
    return any(w.lower().strip(".") in words for w in re.findall(r"[\w.]+", text))
