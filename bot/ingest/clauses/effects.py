"""The parts a growth rate is split into: price, volume and mix ("price/mix contributed 8.2%",
"Prices added 2% to group sales and volumes 6%", "price contributed plus 2%, volume minus
1%", "A&I volumes -4.0 %, prices -2.6 %"). Each is a percentage of its own, named by the
driver it is of; the vocabulary has no word for it, so it was left unnamed before."""

from __future__ import annotations

import re

from bot.ingest.breaks import clause_start
from bot.ingest.clauses.context import Slot
from bot.ingest.metric_names import Metric

# the driver: "price", "prices", "pricing", "price/mix", "price and mix", "price-mix",
# "volume", "volumes", "mix"
_DRIVER = (
    r"(?P<driver>(?:price|pricing)(?:s)?(?:\s*(?:/|and|&|-)\s*mix)?|volumes?(?:\s*/\s*mix)?|mix)"
)
# what joins the driver to its percentage: a verb of contribution, a copula, a colon or
# nothing ("Price/mix +4.1%"); a word of taking away makes it negative
_JOIN = (
    r"(?:\s+on\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?"  # "Price/mix on combustibles was"
    r"\s*(?::|(?P<verb>contributed|added|was|were|(?P<minus_verb>took\s+away|subtracted"
    r"|deducted|knocked\s+off)))?"
    r"(?:\s+(?:about|around|roughly|some|another))?"
    r"\s*(?:(?P<plus>plus)|(?P<minus>minus))?\s*$"
)
# the driver opens its clause, or follows a joining word or a period's short name: never a
# noun's last word ("the basket price was 10% lower", "knee replacement volumes")
_OPENS = (
    r"(?:^|(?<=[,;:(.])|(?<=\band)|(?<=\bwhile)|(?<=\bwhereas)|(?<=\bbut)|(?<=\bwith)"
    r"|(?<=\bthe)|(?<=\bwhich)|(?<=\b[QH][1-4]))\s*"
)
_EFFECT_BEFORE = re.compile(rf"{_OPENS}{_DRIVER}{_JOIN}", re.IGNORECASE | re.MULTILINE)
# "a price/mix contribution of 4.3%", "a price effect of 2%"
_EFFECT_OF = re.compile(
    rf"(?<![\w-]){_DRIVER}\s+(?:contribution|effect|impact)\s+of\s*$", re.IGNORECASE
)
# a verb said once for a list of drivers ("price added 2.3% and volumes 0.6%"; "Volumes were
# down 3.4% and prices 2.2%"): the last one before a bare driver, and whether it takes away
_LISTED_VERB = re.compile(
    r"\b(?:(?P<adds>contributed|added)|(?P<takes>took\s+away|subtracted|deducted|knocked\s+off"
    r"|down|fell|declined|dropped|lower))\b",
    re.IGNORECASE,
)
# a comparison after the percentage: "volumes 2.1% lower", "prices 3% higher than": a change
# of the driver's own level, not its part of a growth rate
_COMPARED_AFTER = re.compile(r"\s*(?:lower|higher|less|more|below|above|up|down)\b", re.I)
# a price of a thing, never the effect of prices on sales: "the price of gold rose 4%"
_PRICE_OF = re.compile(r"\b(?:prices?|pricing)\s+(?:of|for|per)\b", re.IGNORECASE)


def price_volume_effect(text: str, sl: Slot) -> Metric | None:
    """The price, volume or mix effect SL (a percentage) is, named by its driver right
    before it in its own clause; None for any other percentage."""
    if sl.fig.unit != "percent":
        return None
    start = max(clause_start(text, sl.fig.start), sl.subject)
    m = _EFFECT_BEFORE.search(text, start, sl.fig.start)
    bare = m is not None and not any(m[k] for k in ("verb", "plus", "minus")) and ":" not in m[0]
    m = m or _EFFECT_OF.search(text, start, sl.fig.start)
    if (
        m is None
        or _PRICE_OF.search(text, m.start(), sl.fig.start)
        or _COMPARED_AFTER.match(text, sl.fig.end)
    ):
        return None
    groups = m.groupdict()
    if bare and sl.fig.text.lstrip()[:1] not in "+-−":
        # "... and volumes 0.6%": the verb said before for the list, if it is one of adding
        # or taking away; else no effect can be told
        said = list(_LISTED_VERB.finditer(text, 0, m.start()))
        if not said:
            return None
        if said[-1]["takes"]:
            sl.value = -abs(sl.fig.value)
    driver = " ".join(m["driver"].lower().split())
    driver = re.sub(r"\s*(?:and|&|-)\s*mix$", "/mix", driver)
    driver = re.sub(r"^(?:prices|pricing)", "price", driver)
    driver = re.sub(r"^volumes", "volume", driver)
    if groups.get("minus") or groups.get("minus_verb"):
        sl.value = -abs(sl.fig.value)
    name = f"{driver} effect"
    return Metric(name, "percent", None, (), name)
