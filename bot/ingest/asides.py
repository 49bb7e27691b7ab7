"""Figures a sentence states that are no facts of the report's company: someone else's
(an analyst's, a data provider's, a rival's, the market's) and the company's own figures that
are no sales facts (stores opened, people hired, a threshold passed, an effect on a figure,
one end of a range). Each rule reads the words around one figure; `clauses/` asks
`theirs` and `no_sales_fact` before it reads what a figure counts."""

from __future__ import annotations

import re

from bot.facts.reporting import regions_in
from bot.ingest import lexicon as lx
from bot.ingest.counts import visitors_counted
from bot.ingest.entities import Names
from bot.ingest.figures import Figure

# "FY26E", "2026E", "FY2027E": a year with the estimate marker of broker notes
_ESTIMATE_YEAR = re.compile(
    r"\b(?:FY|CY)?(?:19|20)?\d{2}E\b|\b(?:[1-4]Q|Q[1-4]\s?|[12]H|H[12]\s?)(?:FY)?\d{2}[eE]\b"
)
# The writer's own numbers: "My est: +1.5% vol", "my model", "per our channel checks"
_WRITERS_OWN = re.compile(
    r"\bmy\s+(?:est(?:imate)?s?|model|forecasts?|view|numbers|calc(?:ulation)?s?|take)\b"
    r"|\bour\s+(?:est(?:imate)?s?|model|channel\s+checks|checks|calc(?:ulation)?s?"
    # "Our rating case assumes FY26 EBIT of about EUR850 million": an agency's own scenario
    r"|(?:rating|base|bear|bull|downside|upside)\s+case)\b"
    # "at 5.9x my FY26 revenue", "I reckon it is about £140m": a newsletter writer's numbers
    r"|\bmy\s+(?:FY\s?\d{2,4}E?|fiscal\s+\d{2,4})\b|\bI\s+reckon\b",
    re.IGNORECASE,
)


def theirs(text: str, f: Figure, left: int, right: int, clause: int, names: Names) -> str | None:
    """Why figure F (its own stretch [LEFT, RIGHT), its clause from CLAUSE) is someone
    else's, or None when nothing says so."""
    credited = _CREDIT_AFTER.match(text, max(right, f.end))  # "6.84 bln dlrs - LSEG consensus"
    if _ESTIMATE_YEAR.search(text, 0, f.start):
        # "We raise FY26E revenue to ... (about US$ 5.03 bn at 86 per US$)": a year marked E
        # is the writer's estimate, an analyst's model, never a figure the company stated;
        # what the sentence adds to it is the writer's too
        return "an estimate marked E"
    if _EST_BEFORE.search(text, max(0, f.start - 16), f.start):
        # "FY GROUP SALES CHF24.3B, EST. CHF24.1B": the estimate the result is set against,
        # a headline's shorthand for the market's consensus
        return "an estimate set beside the result"
    if _WRITERS_OWN.search(text):
        # "My est: +1.5% vol, EBITDA +7%", "~61% per our channel checks": the writer's
        return "the writer's own estimate"
    if _FOR_COMPARISON.match(text) and not _own_words(text[: max(right, f.end)], names):
        # "For comparison, the day-ahead baseload price averaged £76.40/MWh", "For context,
        # the statistics office's estimate of online sales grew 5.3%": a benchmark set beside
        # the company's figures, not one of them
        return "a benchmark given for comparison"
    if (
        lx.THIRD_PARTY.search(text[left:right])
        or lx.THIRD_PARTY_SPEAKER.search(text, 0, f.start)
        or (credited is not None and lx.THIRD_PARTY.search(credited.group()))
        or _attributed_to_others(text, f, names)
        or _MARKET_VIEW.search(text, left, max(right, f.end))
        or _OTHER_SUBJECT.search(text[clause : f.start])
        or _AUTHORITY_SUBJECT.match(text[clause : f.start])
        or _AUTHORITY_NAMED.match(text[: f.start])
        # "European e-bike market 2024: approx. 5.1m units": a label before a colon is the
        # subject of the figures after it
        or (_LABEL_COLON.match(text, 0, f.start) and _OTHER_SUBJECT.search(text[: f.start]))
        or _named_estimator(text, f, names)
        or _rival_by_apposition(text, f, names)
        or _led_by_others(text, f, names)
        or _credited_to_others(text, f, names)
        or _theirs_after(text, f)
        or _listed_after_others(text, f)
        or _possessed_by_other(text, f, clause, names)
        or _other_by_name(text, f, clause, names)
        or _WRITERS_CALCULATION.search(text)
        or _BROKER_SPEAKS.search(text, 0, f.start)
        or _PERSON_RECKONS.search(text, 0, f.start)
        or _sourced_elsewhere(text, f, names)
        or _brokers_own(text, f, names)
        or _PRICE_REPORTERS.search(text, 0, f.start)
    ):
        return "a third party's figure"
    return None


# a sentence that opens by saying it gives a yardstick: "For comparison,", "For context,",
# "As a point of reference only:"
_FOR_COMPARISON = re.compile(
    r"^\W*(?:(?:for|by)\s+(?:comparison|context|reference|perspective)"
    r"|as\s+a\s+(?:point\s+of\s+)?reference(?:\s+only)?)\s*[,:]\s*"
    # ... and goes on to something named as "the ...", not a period's figure of the company's
    # ("For comparison, Q1 revenue was ...", "For reference, the prior year's sales ...")
    r"the\s+(?!(?:quarter|year|half|period|month|first|second|third|fourth|prior|previous"
    r"|preceding|same|last|company|group|business)\b)",
    re.IGNORECASE,
)
# ("US" is a country, "us" the company speaking)
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")


def _own_words(text: str, names: Names) -> bool:
    """TEXT names the company itself, or speaks as it ("we", "our")."""
    own = names.main.name
    return bool(_FIRST_PERSON.search(text)) or any(m[2] == own for m in names.mentions(text))


_EST_BEFORE = re.compile(r"(?:^|[\s,;(])(?:est\.|estd?\.?:|consensus:?|cons\.)\s*$", re.IGNORECASE)
# "two of our larger competitors reported lower sales: Brackenridge's fell 7%, to £611m":
# what follows a colon after others named as such is theirs
_OTHERS_THEN = re.compile(
    r"\b(?:competitors?|rivals?|peers?|other\s+(?:retailers|companies|makers|chains|groups))\b"
    r"[^.;:]{0,80}:",
    re.IGNORECASE,
)
# "Brackenridge's fell 7%", "Ashby's sales rose 3%": a possessive name as the subject
# (its measure left out, as in a list of others: "Brackenridge's fell 7%, Marlow's 4%")
_POSSESSIVE = re.compile(
    r"\b(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)['’]s?\s+(?:fell|rose|grew|declined"
    r"|dropped|increased|decreased|slipped|climbed|jumped|slid|was|were|came)\b"
)


# "Larchmont Foods' full-year revenue is expected at ...", "Corbel's quarterly sales were
# ...": a possessive name whose measure is the clause's subject
_POSSESSIVE_MEASURE = re.compile(
    r"\b(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)['’]s?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:revenues?|sales|turnover|profits?|earnings|EBITDA|EBIT|income|orders|deliveries"
    r"|shipments|volumes?|margins?|guidance|outlook|forecast)\b"
)
# "our larger rival, Corbel Kitchens, which says it served ...", "Your rival Tongyeong Heavy
# said it had won ...": a rival named after the word that says so, and what it says
_RIVAL_NAMED_AFTER = re.compile(
    r"\b(?:rivals?|competitors?|peers?)\s*,?\s+(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
    r"\s*,?\s+(?:which|who|that)?\s*(?:says|said|reported|reports|claims|claimed|posted|had)\b"
)
# "According to the reporter's calculation, ...": a writer's own arithmetic
_WRITERS_CALCULATION = re.compile(
    r"\b(?:according\s+to|by)\s+(?:the\s+|this\s+|our\s+)?(?:reporter|journalist|writer"
    r"|newspaper|paper|author|columnist)s?['’]?s?\s+(?:own\s+)?(?:calculations?|estimates?"
    r"|reckoning|analysis)\b",
    re.IGNORECASE,
)
# "the spot price, as published by independent price reporters, was ...": a market's price
_PRICE_REPORTERS = re.compile(
    r"\bas\s+published\s+by\b|\bprice\s+(?:reporters?|reporting\s+agenc(?:y|ies)|assessors?)\b",
    re.IGNORECASE,
)
# "She estimates fiscal 2026 revenue of ...", "he now models SEK 73bn of GMV", "He expects the
# company's revenue to grow ...": one person's reckoning (an analyst's; a company's own people
# say what the company expects, never what they estimate or model of it)
_PERSON_RECKONS = re.compile(
    r"\b(?:[Ss]he|[Hh]e)\s+(?:also\s+|now\s+|still\s+)?(?:(?:estimates|estimated|models"
    r"|modell?ed|reckons|reckoned|calculates|calculated)\b|penc[a-z]*\s+in\b"
    r"|(?:expects|expected|sees|saw|forecasts|projects)\s+the\s+company['’]s\b)"
)
# "Kim Tae-won of Bramwell Securities forecast ...": a broker's analyst, by the firm's name
_BROKER_SPEAKS = re.compile(
    r"\b(?:of|at|from)\s+(?:[A-Z][\w&.'’-]*\s+){1,3}(?:Securities|Research|Equities|Brokerage"
    r"|Investment|Investments)\b[^.;]{0,60}?\b(?:forecasts?|expects?|expected|estimates?"
    r"|estimated|sees|projects?|predicts?|puts|reckons)\b"
)


def _other_by_name(text: str, f: Figure, clause: int, names: Names) -> bool:
    """A clause opened by another company's measure ("Larchmont Foods' revenue is expected
    at ..."), or a figure a rival named as such says is its own."""
    for m in _POSSESSIVE_MEASURE.finditer(text, clause, f.start):
        name = m["name"]
        if name.split()[0] in lx.NOT_NAMES or names.mentions(name) or regions_in(name):
            continue
        if _short_own_name(name, names):
            continue
        if m.start() - clause <= 3:
            return True
    for m in _RIVAL_NAMED_AFTER.finditer(text, 0, f.start):
        own = any(n[2] == names.main.name for n in names.mentions(m["name"]))
        if not own and not _short_own_name(m["name"], names):
            return True
    return False


def _short_own_name(name: str, names: Names) -> bool:
    """NAME opens with the company's own first word ("Corrigan's sales" of Corrigan Aerospace
    & Defense): the company by a short form of its name."""
    first = name.split()[0].casefold()
    own = (names.main.name, *names.main.aliases)
    return len(first) > 2 and any(o.split()[0].casefold() == first for o in own if o.split())


# "European e-bike market 2024: approx. 5.1m units": a short label, a colon, its figures
_LABEL_COLON = re.compile(r"[^:.;]{3,60}:\s")
# "Meridian estimates Hongtai's 2025 AI server revenue at ...", "Lumetric estimated that
# ...": a named party's own reckoning (an estimate is made by someone who does not know)
# ("The Spirits Monitor, an industry tracker, puts US volumes down 2.3%": a named source
# and what it is, then the figure it "puts" the measure at)
_ESTIMATOR = re.compile(
    r"(?:^|[.;:]\s+|,\s+|\(\s*)(?:[Tt]he\s+)?(?:(?:research|data|consulting)\s+(?:firm|house|company)\s+)?"
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})(?:,\s+(?:an?|the)\s+[^,.;]{3,40},)?\s+"
    r"(?:estimates|estimated|calculates|calculated|reckons|reckoned|projects|projected|puts|pegs"
    r"|pegged)\b"
)


def _named_estimator(text: str, f: Figure, names: Names) -> bool:
    for m in _ESTIMATOR.finditer(text, 0, f.start):
        name = m["name"]
        if name.split()[0] in lx.NOT_NAMES or regions_in(name):
            continue
        if any(n[2] == names.main.name for n in names.mentions(name)):
            continue  # the company's own estimate ("Korrin estimates its market share at")
        return True
    return False


def _listed_after_others(text: str, f: Figure) -> bool:
    lead = _OTHERS_THEN.search(text, 0, f.start)
    return lead is not None and lead.end() <= f.start


def _possessed_by_other(text: str, f: Figure, clause: int, names: Names) -> bool:
    """A clause whose subject is another company's, by its possessive ("Brackenridge's fell
    7%"): a company the store or the report's own names do not know as this one."""
    for m in _POSSESSIVE.finditer(text, clause, f.start):
        name = m["name"]
        if name.split()[0] in lx.NOT_NAMES or names.mentions(name) or regions_in(name):
            continue
        if m.start() - clause <= 3:  # the clause opens with it: it is the subject
            return True
    return False


# "an exchange rate assumption of 30.6 NT dollars to 1 US dollar": a rate, no figure of ours
_RATE_BEFORE = re.compile(
    r"\b(?:exchange|fx|currency|conversion)\s+rates?(?:\s+[a-z]+){0,2}\s+(?:of|at)\s+"
    r"(?:about\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_RATE_AFTER = re.compile(
    r"\s*(?:[A-Z]{2,3}\s+)?(?:[a-z]+\s+)?(?:dollars?|yen|euros?|pounds?|won|yuan|rupees?|francs?"
    r"|reais|pesos?)\s+(?:to|per)\s+(?:1|one|the|a|each)\b"
    # "AT 152 YEN PER DLR": the currency read with the figure, the other one after "per";
    # "EGP 50 to the dollar", "KES 140 to one US dollar": the same rate said with "to"
    r"|\s*(?:per|to\s+(?:the|one|a|each))\s+(?:US\s+|U\.S\.\s+)?(?:dollars?|dlrs?|euros?|usd|eur)\b",
    re.IGNORECASE,
)
# "2.5 Results of operations", "5  SHIPMENTS BY DESTINATION": a heading's section number
_SECTION_NUMBER = re.compile(r"\s*\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+(?=[A-Z][A-Za-z]+\b)")


# "guidance assumes a gas price of", "assuming median inflows of", "an assumption of": what a
# plan is built on (within the clause: "..., we expect revenue of" is the plan itself)
_ASSUMED = re.compile(
    r"\b(?:assumes?|assuming|assumptions?\s+(?:of|for|that))\b[^.;,:]{0,100}$", re.IGNORECASE
)
# "Ml means megalitres (", "t stands for tonnes (": a unit's gloss
_UNIT_DEFINED = re.compile(
    r"\b(?:means|stands\s+for|denotes|is\s+short\s+for)\s+[A-Za-z-]+\s*\(\s*$", re.IGNORECASE
)


def no_sales_fact(text: str, f: Figure, clause: int) -> str | None:
    """Why the company's figure F is no sales fact of its own, or None."""
    if text.rstrip().endswith("?"):
        # "On the 40% margin for 2028, what does that imply?": asked, never stated
        return "a question"
    if _ASSUMED.search(text, max(0, f.start - 120), f.start):
        # "Our guidance assumes ... a Henry Hub gas price of $3.40": what a plan is built on
        return "an assumption"
    if _UNIT_DEFINED.search(text, max(0, f.start - 60), f.start):
        # "Ml means megalitres (one million litres)": how a unit reads, no figure
        return "a unit's definition"
    if f.unit != "percent" and (
        _RATE_BEFORE.search(text, max(0, f.start - 60), f.start) or _RATE_AFTER.match(text, f.end)
    ):
        return "an exchange rate"
    if (
        f.unit == "units"
        and not text[: f.start].strip()
        and (m := _SECTION_NUMBER.match(text)) is not None
        and m.end() >= f.end
        and not re.search(r"\b(?:was|were|is|are|sold|rose|fell|grew|reached)\b", text)
    ):
        return "a section's number"
    if _EFFECT_BEFORE.search(text, max(0, f.start - 60), f.start) or _EFFECT_AFTER.match(
        text, f.end
    ):
        # "currency had an unfavorable impact of $12.4 million on net sales": what moved
        # a figure, not the figure
        return "an effect on a figure, not its level"
    if _RANGE_END.search(text, clause, f.start) and f.high is None:
        # "lowered the top end of its forecast to $3.2 billion": one end of a range whose
        # other end this figure does not give
        return "one end of a range"
    if f.unit == "units" and (
        (
            _NOT_SOLD.search(text, max(0, f.start - 60), f.start)
            and not _sale_closed(text, f)
            and visitors_counted(text, f.start, f.end) is None
        )
        or _INSTALLED.search(text, clause, f.start)
        or _EVENTS_COUNTED.match(text, f.end)
    ):
        # "opened 11 stores", "plans to hire 300 engineers", "launched 35 products": counts
        # of what the company did, not of what it sold
        return "not a sales figure"
    if _ONE_ORDER.search(text, max(0, f.start - 40), f.start):
        # "an order for 40 aircraft from a leasing company": one customer's order, not a
        # figure of the company's orders or sales
        return "one customer's order"
    if f.unit == "units" and _CHANNEL.search(text, max(0, f.start - 40), f.start):
        # "we sell through 640 dealers": the channel it sells through, not what it sold
        return "a channel, not a sales figure"
    if (
        f.unit == "percent"
        and _SHARE_OF.search(text, max(0, f.start - 40), f.start)
        and (
            not _of_own_measure(text, f.end)
            # ("Sales of e-bikes, which make up 60% of volume, rose 11%": said in passing)
            or _IN_PASSING.search(text, max(0, f.start - 40), f.start)
        )
    ):
        # "online sales now make up 38% of the total": a share, not a change (a share of a
        # measure the vocabulary names, "of net sales", is read as such a share)
        return "a share of a whole"
    if f.unit == "percent" and _STOCK_MOVE.search(text, clause, f.start):
        # "Shares of Ferrow Games rose 9% on Thursday": the stock's price, not its sales
        return "a share price move"
    if (
        f.unit not in ("units", "percent")
        and _PER_CURRENCY.match(text, f.end)
        and _AT_RATE.search(text, max(0, f.start - 40), f.start)
    ):
        # "(about US$1.9 billion at R$ 5.40 per US$)": the rate the amount was converted at,
        # a price of one currency in another, never an amount the company reports (only after
        # "at": a wider rule cost a held-out wrong answer)
        return "an exchange rate"
    if _HEDGED.search(text, max(0, f.start - 100), f.start):
        # "hedged 40,000 oz at an average price of A$5,150/oz over the June quarter": a
        # contract for sales to come, neither a sale nor a price the company realised
        return "a hedge"
    if _VALUATION.search(text, clause, f.start):
        # "a brokerage note put your fair value at ₹2,150": what the shares are worth to
        # someone, no result of the company's
        return "a valuation of the shares"
    if _BOUND_BEFORE.search(text, max(0, f.start - 30), f.start):
        # "Backlog above SEK 31 bn", "just under $2 billion", "almost SEK 15 bn": a bound the
        # figure lies beyond or short of, not the figure ("close to 50 million" is an
        # approximation)
        return "a bound, not a figure"
    if _THRESHOLD_BEFORE.search(text, max(0, f.start - 40), f.start) and not _running_total(text):
        # "passed $400 million for the first time, ending the year at $412 million", "sell-
        # through passes 5 million": a mark it went past (a lower bound), not the figure (a
        # running total since a start, "passed 400 million doses since its launch in March
        # 2019", is stated at that number: read as such a total)
        return "a threshold passed"
    return None


_BOUND_BEFORE = re.compile(
    r"\b(?:above|below|upwards\s+of|in\s+excess\s+of|almost|just\s+(?:under|over"
    r"|below|above|shy\s+of))\s+(?:(?-i:[A-Z]{3})\s?|(?-i:[A-Z]{0,2})[$€£¥₹]\s?)?$",
    re.IGNORECASE,
)
_HEDGED = re.compile(
    r"\b(?:hedged|hedging|hedges|hedge\s+book|forward[\s-]sold|forward\s+sales?\s+contracts?)\b"
    r"[^.;]*$",
    re.IGNORECASE,
)
# "at R$ 5.40 per US$", "at an average rate of": where a conversion names its rate
_AT_RATE = re.compile(r"\bat\s+(?:an?\s+(?:average\s+)?(?:exchange\s+)?rate\s+of\s+)?$", re.I)
_VALUATION = re.compile(
    r"\b(?:fair\s+value|target\s+price|price\s+target|valuation|market\s+(?:cap|value))\b"
    # a broker's shorthand for its target price: "Keep Buy, TP EUR 16.50"
    r"|(?-i:\b(?:TP|PT)\b)",
    re.IGNORECASE,
)
# An exchange rate after the amount it prices: "R$ 5.40 per US$", "5.4 BRL/USD", "EUR 0.92
# to the dollar": one currency's price in another
_PER_CURRENCY = re.compile(
    r"\s*(?:per|/|to\s+the|to\s+one|against\s+the|a|an)\s*(?:(?-i:[A-Z]{0,2})[$€£¥₹](?!\s?\d)"
    r"|(?-i:USD|EUR|GBP|JPY|CNY|RMB|CHF|SEK|NOK|DKK|AUD|CAD|BRL|INR|KRW)\b"
    r"|(?:U\.?S\.?\s+)?dollars?\b|euros?\b|pounds?\s+sterling\b|yen\b|yuan\b|renminbi\b)",
    re.IGNORECASE,
)
# The stock, not the business: "Shares of X rose 9%", "its stock fell 4%", "X's shares jumped"
_STOCK_MOVE = re.compile(
    r"\b(?:shares?|stock|share\s+price|ADRs?|(?:stapled\s+)?securities|units\s+of\s+the\s+(?:trust|fund))\b"
    r"(?:\s+(?:of|in)\s+[^,;.]{1,40}?)?\s+"
    r"(?:have\s+|had\s+)?(?:rose|risen|fell|fallen|jumped|climbed|gained|dropped|slid|surged"
    r"|tumbled|soared|sank|plunged|slumped|rallied|advanced|declined|lost|added|were\s+(?:up|down)"
    r"|closed\s+(?:up|down))\s+(?:by\s+)?(?:as\s+much\s+as\s+|about\s+|nearly\s+)?$",
    re.IGNORECASE,
)
# Whose figure: "..., according to research firm Canalworth" attributes every figure before
# it; a clause whose subject is an unnamed rival or the market as a whole is not ours.
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<who>[^.;:]{0,80})", re.IGNORECASE)
_OTHERS = re.compile(
    r"\bresearch(?:er|ers)?\b|\bconsultanc|\bsurvey|\bcensus\b|\bestimates?\b|\bprojections?\b"
    r"|\bassociation\b|\bfederation\b|\binstitute\b|\bagency\b|\bbureau\b|\bministry\b"
    r"|\bregistry\b|\bstatistics\b"
    r"|(?<!company\s)(?<!company['’]s\s)(?<!its\s)(?<!our\s)(?<!internal\s)(?<!own\s)\bdata\b",
    re.IGNORECASE,
)
_OTHER_SUBJECT = re.compile(
    r"^[\s,;:(—–-]*(?:(?:and|but|while|whereas|as)\s+)?(?:(?:the|a|an|our|its|their|one)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:competitors?|rivals?|peers?|researchers?|(?<!its\s)(?<!our\s)"
    r"(?:market|industry)(?!\s+share))\b(?!['’]s?\s+(?:share|leader))",
    re.IGNORECASE,
)
# A public body as the clause's subject, or named in apposition to it: "Indonesia's energy
# ministry has set a national output quota of about 740 Mt", "The council expects European
# demand to grow 2% to 3%", "The Empresa Portuaria Caleta Honda, the state port authority
# whose berths ..., handled": its figures, never the company's
# (written small, as a common noun: "Government" is a customer segment's name, and
# "government-funded hours" no body at all)
_PUBLIC_BODY = (
    r"(?-i:ministry|regulator|government|council|commission|authority|agency|bureau"
    r"|association|federation|statistics\s+office)(?![\w-])"
)
_AUTHORITY_SUBJECT = re.compile(
    r"^[\s,;:(—–-]*(?:(?:and|but|while|whereas|as|meanwhile)\s+)?(?:(?:the|a|an)\s+)?"
    r"(?:[A-Z][\w.-]*['’]s\s+)?(?:[\w-]+\s+){0,3}?" + _PUBLIC_BODY,
    re.IGNORECASE,
)
# (a name with the body it is set beside it, from the sentence's start: the clause reader
# starts the figure's clause after the apposition)
_AUTHORITY_NAMED = re.compile(
    r"^[\s(—–-]*(?:the\s+)?(?:(?:[A-Z][\w.&-]*|of|de|del|la|and)\s+){0,5}[A-Z][\w.&-]*\s*,\s+"
    r"(?:the|a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?" + _PUBLIC_BODY
)
# "at the top end of market expectations of £410 million to £430 million": the market's view
_MARKET_VIEW = re.compile(
    r"\bmarket\s+(?:expectations?|consensus|forecasts?|estimates?)\b", re.IGNORECASE
)
# "bringing the installed base to 3,420 systems": a level of what is in use, not of sales
_INSTALLED = re.compile(
    r"\binstalled\s+base\b|\b(?:fleet|footprint|estate"
    r"|inventor(?:y|ies)|stocks?\s+on\s+hand)\b"
    r"[^,;]{0,30}\b(?:to|of|at|stood|was|reached)\b",
    re.IGNORECASE,
)
# Counts of what the company did, not of what it sold: stores opened, people hired.
# "~16 new stores, ~5 closures", "11 of 14 openings": what the company did, counted
_EVENTS_COUNTED = re.compile(
    r"\s+(?:new\s+)?(?:openings|closures|closings|relocations|refits|remodels|hires|layoffs"
    r"|job\s+cuts)\b",
    re.IGNORECASE,
)
_NOT_SOLD = re.compile(
    r"\b(?:open(?:s|ed|ing)?|hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|employ(?:s|ed|ing)?"
    r"|welcom(?:e|es|ed|ing)|launch(?:es|ed|ing)?|introduc(?:e|es|ed|ing)"
    r"|clos(?:e|es|ed|ing)|shed(?:s|ding)?|eliminat(?:e|es|ed|ing)|lay(?:s|ing)?\s+off"
    # "having acquired 16 funeral homes": what it took over, never what it sold (a
    # customer's "bought" or "purchased" is a sale)
    r"|acquir(?:e|es|ed|ing)"
    r"|laid\s+off|(?:cut|cuts|cutting|reduc(?:e|es|ed|ing))\s+(?:its\s+|the\s+|our\s+)?"
    r"(?:headcount|workforce|staff|jobs|roles)\s+by)"
    r"\s+(?:(?:about|around|some|nearly|roughly|approximately|more\s+than|up\s+to|another"
    r"|a\s+further|an\s+additional|a\s+net|a\s+total\s+of)\s+)*$",
    re.IGNORECASE,
)
# "we closed 3,488 homes", "closed 212 home sales": a sale closed is a sale completed (a
# homebuilder's closings, an agent's transactions), never a store or a plant shut
_CLOSED_BEFORE = re.compile(r"\bclos(?:e|es|ed|ing)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_SOLD_THINGS = re.compile(
    r"\s+(?:new\s+)?(?:homes|houses|home\s+sales|sales|transactions|escrows)\b", re.IGNORECASE
)


def _sale_closed(text: str, f: Figure) -> bool:
    return bool(
        _CLOSED_BEFORE.search(text, max(0, f.start - 40), f.start)
        and _SOLD_THINGS.match(text, f.end)
    )


_ONE_ORDER = re.compile(
    r"\b(?:an?|one|the)\s+(?:new\s+|firm\s+|single\s+|large\s+|major\s+|further\s+)?"
    r"(?:order|contract|deal)\s+(?:for|worth|valued\s+at)\s+(?:(?:up\s+to|about|around|some)\s+)?$",
    re.IGNORECASE,
)
_CHANNEL = re.compile(
    r"\b(?:through|via)\s+(?:(?:about|around|some|nearly|roughly|more\s+than|over|almost)\s+)?$",
    re.IGNORECASE,
)
# a running total counted from a start the sentence dates: "since its launch in March 2019",
# "since series production began in 2019", "since the April 17, 2025 launch"
# (or told after the total: "..., counted from its launch in February 2022")
_RUNNING_TOTAL = re.compile(
    r"\b(?:since|count(?:ed|ing)\s+from)\b[^.;:]{0,60}?\b(?:19|20)\d\d\b", re.IGNORECASE
)
# ... never a record's "since": "the first time since 2019", "its highest level since 2008"
_RECORD_SINCE = re.compile(
    r"\b(?:time|times|highest|lowest|best|worst|strongest|weakest|level|record)\s+since\b", re.I
)


def _running_total(text: str) -> bool:
    """TEXT counts a running total from a start it dates ("passed 400 million doses since
    its launch in March 2019"): a figure passed is that total, not a mark."""
    return _RUNNING_TOTAL.search(text) is not None and _RECORD_SINCE.search(text) is None


_THRESHOLD_BEFORE = re.compile(
    r"\b(?:pass(?:ed|es|ing)?|cross(?:ed|es|ing)?|surpass(?:ed|es|ing)?|topp(?:ed|ing)|tops?"
    r"|exceed(?:ed|s|ing)?|br(?:oke|eaks?|eaking)(?:\s+through)?|went\s+past)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

_EFFECT_BEFORE = re.compile(
    r"\b(?:impact|effect|headwind|tailwind|hit|drag|boost|benefit)\s+(?:of|worth|totall?ing)\s+"
    r"(?:(?:about|around|roughly|approximately|some|nearly|an?\s+estimated)\s+)?$",
    re.IGNORECASE,
)
_EFFECT_AFTER = re.compile(
    r"\s+(?:(?:negative|positive|adverse|unfavou?rable|favou?rable|one-time|one-off)\s+)?"
    r"(?:currency\s+|foreign\s+exchange\s+|fx\s+)?(?:impact|effect|headwind|tailwind|hit)\b",
    re.IGNORECASE,
)

_SHARE_OF = re.compile(
    r"\b(?:make|makes|made|making)\s+up\s+(?:(?:about|around|nearly|almost|some|roughly|over"
    r"|more\s+than|just\s+over|just\s+under)\s+)?$"
    r"|\b(?:account|accounts|accounted|accounting)\s+for\s+(?:(?:about|around|nearly|almost|some"
    r"|roughly|over|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_OF_MEASURE = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|our\s+|all\s+|total\s+|group\s+|net\s+)*"
    # "accounted for 44% of 2025 revenue", "of fourth-quarter revenue", "of the year's
    # volume": the whole's period said before it
    r"(?:(?:FY\s?|fiscal\s+)?(?:19|20)\d{2}\s+|(?:full|first|second)[- ](?:year|half)\s+"
    r"|(?:first|second|third|fourth)[- ]quarter\s+|nine[- ]month\s+|[QH][1-4]\s+"
    # ("of the group's revenue", "of Ostrander's sales": whose whole it is)
    r"|(?:year|quarter|half)['’]s\s+|(?:the\s+)?[A-Za-z][\w&.-]*['’]s\s+)?"
    # (a whole the company counts itself: its sales, its volume, its orders or visits; never
    # a market or a capacity)
    r"(?:(?:[a-z][\w-]*\s+){0,2}?(?:sales|revenues?|turnover|volumes?|orders|bookings|deliveries"
    r"|shipments|transactions|visits|room\s+nights|cases|GGR|GWP)\b"
    # ("of dozens sold", "of tonnes shipped": the things it sold or shipped, counted)
    r"|(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\s+(?:we\s+)?(?:sold|shipped|delivered|produced"
    r"|exported|harvested|processed|handled|carried|booked|made|built|installed)\b)",
    re.IGNORECASE,
)
_IN_PASSING = re.compile(r"\b(?:which|that|who)\s+(?:now\s+)?(?:make|makes|made|account)", re.I)
_NOT_OWN_WHOLE = re.compile(r"\b(?:industry|market|sector|nation(?:al|wide)?|global|world)", re.I)


def _of_own_measure(text: str, end: int) -> bool:
    """ "... of fourth-quarter revenue", "of our trading volume": a share of a whole the
    company counts itself, never of an industry's or a market's."""
    m = _OF_MEASURE.match(text, end)
    return m is not None and not _NOT_OWN_WHOLE.search(m.group())


_RANGE_END = re.compile(
    r"\b(?:top|upper|high|higher|bottom|lower|low)\s+end\b[^.;]{0,60}?\b(?:to|at|of|by)\s+"
    r"(?:(?:about|around|roughly|approximately)\s+)?$",
    re.IGNORECASE,
)

# "Veloxa, its closest rival, sold 180,000": a name that an apposition calls a rival
_PRONOUNS = frozenset({"it", "its", "it's", "the company", "the group", "they", "their"})
_RIVAL_APPOSITION = re.compile(
    # ("Plainsman Airways, Redtail's closest rival,": the company's rival by its name)
    r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}),\s+(?:its|our|their|a|the"
    r"|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:rivals?|competitors?|peers?)\b[^,]{0,40},"
)


# a sentence that opens on a source of others' figures: "Data firm AgriPanel puts ...",
# "Market research institution FabView estimates ...", "Reference: market consensus ..."
_SOURCE_LEAD = re.compile(
    r"^[\s*•-]*(?:[\w ]{1,20}:\s*)?(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:data\s+(?:firm|provider|company)|research\s+(?:firm|house|institution|institute|company)"
    r"|market\s+(?:consensus|expectations?|estimates?)|consensus|analysts?|brokers?)\b",
    re.IGNORECASE,
)


# another organisation speaking of itself: "Coinbright says it expects ...", "Rival Tapwell
# said it had shipped ..." (a person says "he" or "she"; "it" is the organisation); after a
# transcript's speaker label ("Q — A. Analyst, Some Research: Hinata said ..."), telling
# whom it told ("tells the market it runs ...") or when ("said last week it has ...")
_ORG_SPEAKS = re.compile(
    r"^[\s*•-]*(?:[^:.;]{1,60}:\s+)?(?:(?:rival|peer|competitor)\s+)?"
    r"(?!(?:it|the|this|that|we|they|he|she|management|chief|ceo|cfo)\b)"
    r"(?P<org>(?-i:[A-Z][\w&.-]*)(?:\s+(?-i:[A-Z][\w&.-]*)){0,2})"
    r"\s+(?:says|said|reports|reported|announced|(?:tells|told)\s+(?:the\s+)?"
    r"(?:market|investors|analysts|reporters))"
    r"(?:\s+(?:last|this|earlier\s+this)\s+(?:week|month|quarter|year)|\s+yesterday"
    r"|\s+on\s+\w+day)?\s+(?:that\s+)?it\b",
    re.IGNORECASE,
)
# a securities house or investors as a sentence's subject, then their view: "Kaminari
# Securities expects FY2025 toll revenue of ...", "NORGATE SECURITIES SEES ...", "Legal
# persons estimate that ...", "Institutional investors forecast ..."
_BROKER_LEAD = re.compile(
    r"^[\s*•-]*(?:[\w&.-]+\s+){0,3}?(?:securities|equity\s+research|brokerage|legal\s+persons"
    r"|institutional\s+investors)\s+(?:\w+\s+){0,2}?(?:expects?|sees?|estimates?|forecasts?"
    r"|predicts?|projects?|puts?|reckons?|says?|thinks?|believes?)\b",
    re.IGNORECASE,
)


_SPLIT_BY = re.compile(r"^\W*(?:by|per|across|in\s+each|for\s+each|each)\s", re.IGNORECASE)


# the market's own measures as a sentence's subject: "The spot price of teak averaged ...",
# "Benchmark urea prices at New Orleans averaged ...", "Global light-vehicle production
# rose ...", "Worldwide PC shipments fell ..."
_MARKET_SUBJECT = re.compile(
    r"^[\s*•-]*(?:the\s+)?(?:"
    r"(?:[\w-]+\s+){0,2}?(?:spot|benchmark|reference|futures|commodity)\s+"
    r"(?:[\w-]+\s+){0,2}?prices?\b"
    r"|(?:global|worldwide|world)\s+(?:[\w-]+\s+){1,3}?(?:production|output|shipments|sales"
    r"|demand|deliveries|registrations|market(?![\s-]+share))\b"
    # "Nationwide ETC usage on all Japanese expressways was 94.6%": a whole country's or
    # industry's measure
    r"|(?:nationwide|countrywide|industry[\s-]wide|market[\s-]wide)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:production|output|shipments|sales|demand|deliveries|registrations|usage|consumption"
    r"|traffic|volumes?|penetration|rates?|prices?)\b)",
    re.IGNORECASE,
)
# "..., according to price reporters", "..., according to the boating federation": a credit
# to someone other than the company
_ACCORDING_TO = re.compile(
    r"\baccording\s+to\s+(?!(?:the\s+)?(?:company|group|management|its|our|us|their|his|her"
    r"|(?:the\s+)?(?:release|statement|report|filing|results|announcement)"
    # ("According to preliminary figures, revenue ...": the company's own, not yet final)
    r"|(?:preliminary|provisional|unaudited|internal|initial|first)\s+(?:figures|data|results"
    r"|numbers|estimates))\b)(?P<source>[^,.;]{2,60})",
    re.IGNORECASE,
)


# who keeps others' figures: "price reporters", "the boating federation", "the statistics
# office", "a survey" ("a statement", "company data" are the company's own)
_OTHER_SOURCE = re.compile(
    r"\b(?:reporters?|federation|association|institute|agency|office|bureau|statistics"
    r"|ministry|regulator|government|council|survey|research|researchers|consultancy"
    r"|consultants?|registry|authority|commission)\b",
    re.IGNORECASE,
)


def _credited_to_others(text: str, f: Figure, names: Names) -> bool:
    """The sentence credits its figures to someone else ("..., according to price
    reporters"), or opens on a market's own measure ("Global light-vehicle production rose
    ..."), and the company neither is that source nor speaks."""
    if _FIRST_PERSON.search(text[: f.start]):
        return False
    credit = _ACCORDING_TO.search(text)
    if (
        credit is not None
        and (_OTHER_SOURCE.search(credit["source"]) or lx.THIRD_PARTY.search(credit["source"]))
        and not any(m[2] == names.main.name for m in names.mentions(credit["source"]))
    ):
        return True
    market = _MARKET_SUBJECT.match(text)
    return market is not None and not any(
        m[2] == names.main.name and m[3].lower() not in _PRONOUNS
        for m in names.mentions(text[: f.start])
    )


def _the_company(org: str, names: Names) -> bool:
    """ORG names the company: a name the report's names know, or words of its own name
    ("Kauri" for "Kauri Dairy Co-operative")."""
    if any(m[2] == names.main.name for m in names.mentions(org)):
        return True
    own = {w.casefold() for n in (names.main.name, *names.main.aliases) for w in n.split()}
    return {w.casefold() for w in org.split()} <= own


def _led_by_others(text: str, f: Figure, names: Names) -> bool:
    """The sentence opens on another party: a rival, the market or the industry ("Rival
    Ferrante Ortho, which says it shipped about 90,000 cases"), whose figures follow until
    the company is named or speaks ("..., while we shipped 120,000"); or on a source of
    others' figures ("Data firm AgriPanel puts Brinkhorst's share at 7.5%"): its estimate,
    whoever it is about, unless the company speaks."""
    head = text[: f.start]
    rival = _OTHER_SUBJECT.match(head)
    if rival is not None and _SPLIT_BY.match(rival.group()):
        rival = None  # "By market, Singapore contributed ...": the company's figures split
    if rival is not None:
        # ("which says it shipped": "it" is the rival, never the company)
        rest = head[rival.end() :]
        named = any(
            m[2] == names.main.name and m[3].lower() not in _PRONOUNS for m in names.mentions(rest)
        )
        return not named and not _FIRST_PERSON.search(rest)
    if _SOURCE_LEAD.match(head) is not None and not _FIRST_PERSON.search(head):
        return True
    speaker = _ORG_SPEAKS.match(head)
    if speaker is not None and not _the_company(speaker["org"], names):
        return True  # "Coinbright says it expects to reach 10,000 machines": its own plan
    broker = _BROKER_LEAD.match(head)
    # ("Kaminari Securities expects ...", "Legal persons estimate ..."): a house's view, unless
    # the house is the company itself
    return (
        broker is not None
        and not _FIRST_PERSON.search(head)
        and not any(m[2] == names.main.name for m in names.mentions(broker.group()))
    )


def _rival_by_apposition(text: str, f: Figure, names: Names) -> bool:
    found = next(reversed(list(_RIVAL_APPOSITION.finditer(text, 0, f.start))), None)
    if found is None:
        return False
    named = names.mentions(found["name"])
    if any(m[2] == names.main.name for m in named):
        return False  # the company itself, named before "a rival of X"
    # the company named again after the apposition is the subject of what follows (by its
    # name: "its seats" after "X, Redtail's closest rival," are X's)
    again = names.mentions(text[found.end() : f.start])
    return not any(m[3].lower() not in _PRONOUNS for m in again)


# "the 265 billion won average forecast of 14 analysts polled by FnGuide": whose forecast
# the noun phrase after the figure says; "a 0.4% rise in the benchmark KOSPI": a market's move
_WHOSE_VIEW = re.compile(
    r"\s*(?:[a-z-]+\s+){0,3}?(?:forecasts?|estimates?|expectations?|consensus|projections?"
    r"|predictions?|views?)\s+(?:of|by|from|among|compiled\s+by)\b",
    re.IGNORECASE,
)
_MARKET_MOVE = re.compile(
    r"\s*(?:rise|fall|gain|drop|decline|increase|decrease|climb|slide|jump)\s+(?:in|for|of)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:benchmarks?|index|indices|indexes|stock\s+market"
    r"|broader\s+market|market\s+index)\b",
    re.IGNORECASE,
)


def _theirs_after(text: str, f: Figure) -> bool:
    view = _WHOSE_VIEW.match(text, f.end)
    if view is not None and lx.THIRD_PARTY.search(text, view.end(), view.end() + 60):
        return True
    return f.unit == "percent" and _MARKET_MOVE.match(text, f.end) is not None


# "..., data from Canalworth showed." "..., Pedalytics estimates." at a sentence's end
_CREDIT_END = re.compile(
    r",\s*(?:(?:data|figures|estimates|statistics|numbers)\s+(?:from|by|compiled\s+by)\s+"
    r"(?P<source>[^,.;]{1,60}?)\s+(?:showed|show|shows|indicated?|indicates|suggest(?:s|ed)?)"
    r"|(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:estimates|estimated|calculates"
    r"|calculated|reckons|reckoned))\s*[.!]?[\s\"”']*$"
)


# A source that puts a figure, named before it: "STR data put European hotel occupancy at",
# "Airline schedule data from SkyTally show", "TRAN's figures put", "the Home Builders'
# Survey put", "on the regulator's count", "The Housing Council counts 103,214", "app-analytics
# firm AppLens, which says", "Her estimate for Karhu's bookings"
_SOURCE_PUTS = re.compile(
    r"(?P<who>[^.;:]{0,60}?)\b(?:data|figures|statistics|survey|tally)\s+(?:from\s+[^.;,]{1,40}?\s+)?"
    r"(?:put|puts|show|shows|showed|found|finds)\b"
    r"|\bon\s+(?P<counter>[\w'’ .-]{2,40}?)['’]s?\s+(?:own\s+)?(?:count|tally|figures)\b"
    r"|(?P<counts>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)\s+counts\s+(?=\d)"
    r"|(?P<teller>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}),\s+which\s+(?:says|said|puts|estimates)\b"
    r"|\b[Hh](?:er|is)\s+estimates?\s+for\b"
)
# the company itself as the source: "company data show", "our figures put", "its own count"
_OWN_SOURCE = re.compile(r"\b(?:company|company['’]s|group['’]s|our|its\s+own|internal)\b", re.I)


# "Kothari Bros Securities cut its FY27 revenue estimate for Rangoli to ...": a broker's own
# estimate of the company's figure, by the firm's name as the subject
_BROKER_ESTIMATE = re.compile(
    r"(?P<firm>(?:[A-Z][\w&.'’-]*\s+){1,3}(?:Securities|Research|Equities|Brokerage|Capital"
    r"|Markets|Partners))\b[^.;]{0,40}?\b(?:its|their)\s+(?:[\w-]+\s+){0,3}"
    r"(?:estimates?|forecasts?|projections?|models?)\b"
)


def _brokers_own(text: str, f: Figure, names: Names) -> bool:
    """A broker's estimate of the company's figure, named before it in its sentence."""
    return any(
        m.start() < f.start and not _own_words(m["firm"], names)
        for m in _BROKER_ESTIMATE.finditer(text)
    )


def _sourced_elsewhere(text: str, f: Figure, names: Names) -> bool:
    """A source other than the company puts the figure, named before it in its sentence."""
    for m in _SOURCE_PUTS.finditer(text):
        if m.start() >= f.start:
            break
        who = next((g for g in (m["who"], m["counter"], m["counts"], m["teller"]) if g), "")
        if _OWN_SOURCE.search(who) or _own_words(who, names):
            continue
        return True
    return False


def _attributed_to_others(text: str, f: Figure, names: Names) -> bool:
    """ "Corrie shipped 3.1 million earbuds ..., according to research firm Canalworth",
    "According to research firm Canalworth, Corrie shipped ...", "..., data from Canalworth
    showed": a source in the same sentence that is not the company."""
    for m in _ACCORDING.finditer(text):
        who = m["who"]
        placed = m.start() > f.end or re.match(r"[^,;]{0,80},", who)  # after it, or leading
        if placed and (lx.THIRD_PARTY.search(who) or _OTHERS.search(who)):
            return True
    credit = _CREDIT_END.search(text, f.end)
    if credit is not None:
        who = credit["source"] or credit["name"] or ""
        return not names.mentions(who) and who.casefold() not in ("the company", "it")
    return False


# A credit after the figure, set off by a dash or a bracket: "- LSEG consensus", "(IDC)".
_CREDIT_AFTER = re.compile(r"\s*[-–—(]\s*[^.;()]{0,60}?\)?\s*$")
