"""Whose figure it is: the company, a rival or a partner named beside it."""

from __future__ import annotations

import re

from bot.facts import reporting
from bot.ingest import lexicon as lx
from bot.ingest.breaks import clause_start
from bot.ingest.clauses.context import Context, Slot

_TELLER = re.compile(
    r"\s*(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})(?:,[^,]{0,60},)?\s+(?:posted"
    r"|reported|said|announced|raised|cut|lowered|reaffirmed|forecast|expects|guided)\b"
)
_SAID_IT = re.compile(
    r"(?:^|[.;:]\s+)(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){1,3})"
    # ("Daejin Energy, Korea's largest cell maker, said it shipped ...": an apposition)
    r"(?:\s*,\s*(?:which|who|an?|the|[A-Z][\w.-]*['’]s)\s(?:[^,;.]|\.(?=\S)){1,60},)?\s+"
    # ("Elbe-Hanse Lines reported Q3 EBIT of USD 610m and said its rate fell 21%")
    r"(?:(?:reported|posted|announced)\b[^.;]{0,80}?\band\s+)?(?:said|says|reported"
    r"|announced|told\s+\w+)\s+(?:that\s+)?(?:it|its)\b"
)
# "The Global Container Composite Index, the spot benchmark, fell 4%": a named index's moves
# are the market's, never the company's
_INDEX_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+)(?:[Tt]he\s+)?(?P<name>[A-Z][\w&'’-]*(?:\s+[\w&'’-]+){0,4}\s+[Ii]ndex)"
    r"(?:,[^,]{0,80},)?\s+(?:fell|rose|lost|gained|dropped|climbed|slid|jumped|was|stood|ended"
    r"|closed|averaged)\b"
)
_NAME_BEFORE_COMMA = re.compile(r"(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}),\s*$")
# "Vireo Group's pipeline", "Marlowe's 3.4%": a name owning the clause's measure
_POSSESSOR = re.compile(
    r"(?:^|(?<=[\s(]))(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})['’]s\s+(?=[\w$€£¥%])"
)
_RIVAL_OF = re.compile(
    r"['’]s\s+(?:(?:closest|nearest|biggest|largest|main|chief|key|smaller|larger|listed)\s+)?"
    r"(?:rival|competitor|peer|challenger)s?\b",
    re.IGNORECASE,
)


# Many companies' figure taken together: "the top 100 developers' combined sales", "the
# industry's sales", "the sector's total"
_AGGREGATE = re.compile(
    r"\b(?:the\s+)?(?:(?:top|largest|biggest|leading)\s+(?:\d+|[a-z]+)\s+[a-z]+s['’]"
    r"|(?:industry|sector|market)['’]s|[a-z]+s['’]\s+(?:combined|aggregate|total))",
    re.IGNORECASE,
)
MARKET = "the market"  # the owner of such a figure: no company's


_ANALYSTS_AT = re.compile(
    r"\b(?:analysts?|economists?|strategists?|brokers?|researchers?)\s+(?:at|from|of|with)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def entity_of(text: str, sl: Slot, mentions: list[tuple[int, int, str, str]], ctx: Context) -> str:
    """The subject: the nearest company name before the figure, in its own stretch first."""
    f = sl.fig
    # "Ashby Living, Wrenfield's closest rival, reported ...": a company named in an
    # apposition that calls the subject its rival is not the subject
    teller = _TELLER.match(text)
    if (
        teller is not None
        and sl.metric is not None
        and sl.metric.name.startswith(teller["name"] + " ")
        and not ctx.names.mentions(teller["name"])
        and teller["name"] not in ctx.names.parts  # "Memory posted ...": our division
    ):
        # "Cobalt Home posted net sales of $1.2 billion": a company reporting its own
        # figure, named in the metric only because the reader took it for a part of ours
        return teller["name"]
    together = list(_AGGREGATE.finditer(text, 0, f.start))
    if together and all(m[1] <= together[-1].start() for m in mentions if m[1] <= f.start):
        # "it puts the top 100 developers' combined sales at RMB3.4 trillion, down 19%": the
        # figure of many companies, named after any company the sentence names before it
        return MARKET
    index = _INDEX_SUBJECT.search(text, 0, f.start)
    if index is not None and not ctx.names.mentions(index["name"]):
        return index["name"]
    said = _SAID_IT.search(text, 0, f.start)
    if (
        said is not None
        and not ctx.names.mentions(said["name"])
        and not ctx.metrics.is_company(said["name"].split()[0])
        and said["name"].split()[0] not in lx.NOT_NAMES
        and not lx.PERSON_TITLES.search(text, max(0, said.start() - 30), said.start() + 1)
        and not lx.COURTESY_TITLE.match(said["name"])
    ):
        # "Polar Trail said it sold 12,000 sleds": "it" is the company that said so
        return said["name"]
    owner = _POSSESSOR.search(text, clause_start(text, f.start), f.start)
    if (
        owner is not None
        and not ctx.names.mentions(owner["name"])
        and not ctx.metrics.is_company(owner["name"].split()[0])
        and owner["name"] not in ctx.names.parts
        and owner["name"].split()[0] not in lx.NOT_NAMES
        # ("Singapore's GMV": a market of ours; "Group" names the whole, no place)
        and all(r.region.whole for r in reporting.regions_in(owner["name"]))
    ):
        # "Vireo Group's pipeline shrank 2%": a company the report does not report on
        return owner["name"]
    rivals = [m for m in mentions if _RIVAL_OF.match(text, m[1])]
    for m in rivals:
        named = _NAME_BEFORE_COMMA.search(text, 0, m[0])
        if named is not None and named.end() <= f.start:
            return named["name"]  # the rival, a company the report does not report on
    mentions = [m for m in mentions if m not in rivals]
    own = [m for m in mentions if sl.left <= m[0] and m[1] <= f.start]
    before = [m for m in mentions if m[1] <= sl.left]
    # (never a firm whose analysts set an expectation against the figure: "..., well short
    # of the EUR 421 million analysts at Kempel & Co had expected")
    after = [
        m
        for m in mentions
        if m[0] >= f.end and not _ANALYSTS_AT.search(text, max(0, m[0] - 30), m[0])
    ]
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


def company_named(words: str, ctx: Context) -> str | None:
    """The company's name as written in WORDS ("Wrenfield net sales were"), or None."""
    for w in re.findall(r"[A-Z][\w&'’-]*", words):
        if ctx.metrics.is_company(w):
            return re.sub(r"['’]s$", "", w)
    return None
