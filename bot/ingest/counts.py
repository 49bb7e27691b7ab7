"""What a bare count of things counts when the things are no product: "signed 7 large
deals", "including 9 large deals", "hosted 14 events", "filed 120 patents". A plural noun
after a figure is a product sold only when the clause sells, ships or delivers something
or the noun is a product the vocabulary or the report knows; deals and contracts are the
deals won; anything else the company counted (events, patents, pilots, acquisitions) is no
sales figure at all, and a question about units sold must never be answered with it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.facts import reporting
from bot.ingest import lexicon as lx

# What a company wins, not what it sells: named "<...> won" as the deals people ask about
DEAL_NOUNS = frozenset({"deal", "contract", "mandate", "engagement", "logo", "win"})
# The measures of units that a clause's words may name: sold, shipped, delivered, built
_SALES_FAMILIES = frozenset({"units_sold", "units_shipped", "units_delivered", "units_produced"})
_SELL_WORDS = re.compile(
    r"\b(?:sell|sells|sold|selling|ship|ships|shipped|shipping|deliver|delivers|delivered"
    r"|delivering|retail(?:ed|s)?|move[sd]?|moving|registrations?|units?|bought|buy|buys"
    r"|purchased|orders?|ordered|booked|bookings|backlog|intake|produced|built|made|output"
    r"|production|manufactured|handed\s+over"
    # a grower's or a mill's exports ("exported 8.4 million boxes")
    r"|export(?:s|ed|ing)?"
    # a service's jobs ("completed 1.9 million repairs")
    r"|completed|fulfilled|processed|performed|served)\b",
    re.IGNORECASE,
)


# "carried 14.1 million passengers", "flew 17.2 million travellers": what a carrier counts
# is what it carried ("passengers carried"), a count of its own and never a sale
# "passengers carried in 2025": the verb of carrying after what was carried
# "118,300 watches delivered", "2.4 million bikes sold": the verb of selling after the noun
SOLD_AFTER = re.compile(r"\s+(?P<verb>sold|delivered|shipped|exported)\b", re.IGNORECASE)
CARRIED_AFTER = re.compile(r"\s+(?:carried|flown|transported|handled)\b", re.IGNORECASE)
_CARRIED = re.compile(
    r"\b(?:carr(?:y|ies|ied|ying)|fl(?:y|ies|ew|own|ying)|transport(?:s|ed|ing)?"
    # "handled 35.4 million passengers", "handles 3.2 million containers": a port's or an
    # airport's throughput, counted as a carrier's is
    r"|handl(?:e|es|ed|ing))\s+"
    r"(?:(?:a\s+)?(?:record|total\s+of|some|about|around|roughly|nearly|almost|over|between"
    r"|more\s+than|close\s+to|just\s+over|just\s+under)\s+)*$",
    re.IGNORECASE,
)
# who carried: we, it, the company or group, one of ours ("its regional airline"); a
# carrier the text only describes ("The Thai budget carrier") is somebody else
_OWN_SUBJECT = re.compile(
    r"(?:\b(?:we|it|(?:the\s+)?(?:company|group))|\b(?:our|its)(?:\s+[\w-]+){1,3}"
    # a carrier the report calls by what it is, bare or counted ("the airline carried",
    # "the three airports handled", "the vessels carried"): the company itself, as a
    # described one is not ("the Thai budget carrier")
    r"|\bthe\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:airline|carrier"
    r"|airports?|vessels|ships|ferries|ports?|terminals|railway|operator)s?)"
    r"(?:\s+(?:also|again|then|now|has|have|had|will|would))*\s+$",
    re.IGNORECASE,
)


_PLANS_TO = re.compile(
    r"\s+(?:expects?|expected|plans?|planned|aims?|hopes?|intends?|targets?|is\s+expected|are"
    r"\s+expected)\s+to\s+$",
    re.IGNORECASE,
)


def carried(before: str, own: Sequence[str] = ()) -> bool:
    """Whether the words BEFORE a figure end with a verb of carrying ("Acme flew"); with
    OWN (the company's names), only when it or one of its parts did the carrying."""
    verb = _CARRIED.search(before, max(0, len(before) - 60))
    if verb is None:
        return False
    if not own:
        return True
    subject = before[max(0, verb.start() - 50) : verb.start()]
    # ("Korrin expects to carry ...": the plan's subject is the carrier)
    subject = _PLANS_TO.sub("", subject)
    if _OWN_SUBJECT.search(subject):
        return True
    words = re.sub(r"['’]s$", "", subject.rstrip()).casefold()
    # its name, or the name's first word ("Redtail" of "Redtail Regional Airlines")
    names = {m.casefold() for n in own if n for m in (n, n.split()[0])}
    return any(re.search(rf"(?<!\w){re.escape(n)}$", words) for n in names)


# "China received 7,081,300 boxes", "the Americas took 84,600 watches": a market's part of
# what was sold, said by what the market took
_TOOK = re.compile(r"\b(?:took|takes|received|receives|absorbed)\s+(?:[\w.,]+\s+){0,4}$", re.I)


# "we installed 27,120 systems", "crews have installed more than 310,000 meters": an
# installer's count of what it put in over a period, a flow as deliveries are (the verb right
# before the figure: "installed base" and "installed capacity" are levels, read apart)
_INSTALLED = re.compile(
    r"\binstall(?:s|ed)\s+(?:(?:a\s+record|a\s+total\s+of|about|around|some|nearly|roughly"
    r"|over|more\s+than|almost)\s+)*$",
    re.IGNORECASE,
)


def installed(before: str) -> bool:
    """Whether the words BEFORE a figure end with the verb of installing it."""
    return _INSTALLED.search(before, max(0, len(before) - 60)) is not None


def installed_earlier(before: str) -> bool:
    """Whether the words BEFORE a figure install a figure ("we installed 27,120 systems,
    down from 28,300": the base counts installations too)."""
    return any(installed(before[: m.start()]) for m in re.finditer(r"(?<![\w.,])\d", before))


def sells(clause: str) -> bool:
    """Whether CLAUSE (the words of a figure's clause) sells, ships, delivers or installs
    something."""
    if _SELL_WORDS.search(clause) or installed(clause):
        return True
    took = _TOOK.search(clause)
    if took is not None and reporting.regions_in(clause[: took.start()]):
        return True
    return any(f.key in _SALES_FAMILIES for f in reporting.families_of(clause))


def known_product(noun: str, learned: set[str]) -> bool:
    """A product the vocabulary or the report has counted ("smartphones", "heat pumps")."""
    one = noun.lower()
    single = lx.PLURAL_TO_SINGULAR.get(one, one[:-1] if one.endswith("s") else one)
    return one in lx.PLURAL_TO_SINGULAR or single in lx.PRODUCTS or single in learned


def deal_noun(noun: str) -> bool:
    one = noun.lower()
    return (one[:-1] if one.endswith("s") else one) in DEAL_NOUNS


# The lower-case plural noun a figure counts, with up to two words before it: "7 large
# deals", "14 events", "120 patents" (a capitalised name is a brand: "3 Galaxy phones")
_COUNTED = re.compile(r"\s+(?P<mods>(?:[a-z][a-z-]*\s+){0,2}?)(?P<n>[a-z][a-z-]{3,}s)\b")
# words ending in "s" that are no plural noun: "1,530 million kgMS across the season"
_NOT_PLURAL = frozenset(
    "across always perhaps whereas unless thus plus less this was has is".split()
)
_LEVELS = frozenset({"clients", "accounts", "subscribers", "members", "users", "stores"})
# "1,124 of them widebodies", "48 of which ...": a part of the figure before, read apart
_PART_OF = re.compile(r"of\s+(?:them|which|those|these)\b")


def counted_noun(text: str, end: int) -> tuple[str, str] | None:
    """(modifiers, plural noun) right after a figure ending at END, or None."""
    m = _COUNTED.match(text, end)
    if m is None:
        return None
    return " ".join(m["mods"].split()), m["n"]


def no_product(
    text: str, end: int, before: str, learned: set[str], own: Sequence[str] = ()
) -> bool:
    """A count of things that are neither products nor deals nor a level the vocabulary
    names ("hosted 14 events", "filed 120 patents"), in a sentence that sells nothing BEFORE
    it ("We sold 58,300 units: 39,100 e-bikes, ..." sells the e-bikes too)."""
    found = counted_noun(text, end)
    if found is None:
        return False
    if visitors_counted(text, len(before), end) is not None or _VISITS_AFTER.match(text, end):
        return False  # "welcomed 6.42 million guests", "9.31 million visits": counts of their own
    mods, noun = found
    low = noun.lower()
    if (
        low in _NOT_PLURAL
        or any(w in _NOT_PLURAL for w in mods.split())
        or deal_noun(low)
        or _PART_OF.match(mods)
        or low in lx.LEVEL_PLURAL
        # a level of people or accounts is read apart; "42 new clients" added is no level
        or (low in _LEVELS and "new" not in mods.split())
        or low in lx.NOT_PRODUCTS
        or low in ("units", "orders", "bookings")
        or known_product(low, learned)
        or reporting.family_of(f"{mods} {noun}".strip()) is not None
    ):
        return False
    # ("3.42 million passengers carried in 2025": the verb of carrying after the noun)
    after = re.match(rf"[^.;:]*?\b{re.escape(noun)}{CARRIED_AFTER.pattern}", text[end:])
    # ("with 118,300 watches delivered": the verb of selling after the noun, as a participle)
    counted = _COUNTED.match(text, end)
    sold = counted is not None and SOLD_AFTER.match(text, counted.end()) is not None
    return not sells(before) and not carried(before, own or ("",)) and after is None and not sold


# The people who came, counted: "welcomed 6.42 million guests", "7.12 million guests
# visited", "the parks drew 26.4 million guests", "received 1.2 million visitors": a venue's
# attendance, never a product sold nor people taken on
_VISITORS = re.compile(
    r"\s+(?:(?:million|mn|mln|m|thousand|k)\s+)?(?P<noun>guests|visitors|patrons|spectators"
    r"|attendees|holidaymakers|skiers|moviegoers|cinemagoers)\b",
    re.IGNORECASE,
)
_CAME_BEFORE = re.compile(
    r"\b(?:welcom(?:e|es|ed|ing)|dr(?:ew|aw|aws|awn|awing)|attract(?:s|ed|ing)?"
    r"|receiv(?:e|es|ed|ing)|host(?:s|ed|ing)?|admit(?:s|ted|ting)?)\s+(?:(?:a\s+record|about"
    r"|around|some|nearly|roughly|more\s+than|over|a\s+total\s+of)\s+)*$",
    re.IGNORECASE,
)
_CAME_AFTER = re.compile(
    r"[^.;:]{0,20}?\b(?:visited|came|passed|walked|went|attended|poured)\b", re.IGNORECASE
)


def visitors_counted(text: str, start: int, end: int) -> str | None:
    """The noun of the people a venue counts as having come ("guests"), when the figure
    between START and END counts them; else None."""
    m = _VISITORS.match(text, end)
    if m is None:
        return None
    if _CAME_BEFORE.search(text, max(0, start - 60), start) or _CAME_AFTER.match(text, m.end()):
        return m["noun"].lower()
    return None


# Visits counted: "recorded 9.31 million visits", "came to 6.96 million visits", "Skier
# visits in the quarter were 4.21 million": a venue's visits, a count of their own
_VISITS_AFTER = re.compile(
    r"\s+(?:(?:million|mn|mln|m|thousand|k)\s+)?(?P<kind>(?:[a-z][\w-]*\s+)?)visits\b",
    re.IGNORECASE,
)
_VISITS_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+)\W*(?P<kind>(?:[A-Za-z][\w-]*\s+)?)visits\b[^\d.;:]{0,40}?\s+"
    r"(?:were|was|totall?ed|reached|came\s+to|rose\s+to|fell\s+to|stood\s+at)\s+"
    r"(?:(?:about|around|some|nearly|roughly)\s+)?$",
    re.IGNORECASE,
)
_NO_KIND = frozenset("of the our its their all total".split())


def visits_counted(text: str, start: int, end: int) -> str | None:
    """The name of the visits the figure between START and END counts ("visits", "skier
    visits"), else None."""
    m = _VISITS_AFTER.match(text, end) or _VISITS_SUBJECT.search(text, 0, start)
    if m is None:
        return None
    kind = m["kind"].strip().lower()
    return f"{kind} visits" if kind and kind not in _NO_KIND else "visits"
