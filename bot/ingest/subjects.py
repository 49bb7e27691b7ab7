"""What the words framing a figure name it, where its own noun says too little: a subject
glossed in brackets ("Open dealer orders (the order backlog) stood at"), a nested list item's
label ("    - e-bikes A$110.2m"), a named part's share of a whole ("Europe = 21% of H1 units"),
a product that is the subject of a sell verb ("the Nimbus has sold", "Starfall, released on
..., has shipped"), a product launched in the sentence, a measure that is a clause's
subject ("while exports rose 0.9%"), a product's "retail" ("snowmobile retail down 9%": its
retail sales), and a segment or banner that opens the clause and owns the figure it states
("Parts & Equipment (P&E) led with revenue of ..."). `clauses/` asks these after its own
readings."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from bot.facts import reporting
from bot.ingest import lexicon as lx
from bot.ingest.breaks import clause_start, subject_clause_start
from bot.ingest.figures import Figure
from bot.ingest.metric_names import Metric, singular
from bot.ingest.metrics import MetricReader
from bot.ingest.timing import find_times

# "while exports rose 0.9%": the measure the clause's subject names grew
MEASURE_GREW = re.compile(
    r"^[\s,;:(]*(?:(?P<opener>and|while|but|whereas|where)\s+)?(?:(?:the|its|our|their)\s+)?"
    r"(?P<measure>exports|imports|production|output|orders|deliveries|shipments|registrations"
    r"|bookings|wholesales|volumes?"
    # "Passengers carried rose 5.5%": a count named with its verb
    r"|[a-z]+s\s+(?:carried|handled|transported|flown|served))"
    r"(?:\s+in\s+the\s+[a-z]+\s+(?:quarter|half|year))?"
    r"\s+(?:rose|fell|grew|climbed|increased|decreased|declined|dropped"
    r"|jumped|slipped|were\s+(?:up|down)|was\s+(?:up|down))\s+(?:by\s+)?$",
    re.IGNORECASE,
)


# "Latin Region North (LRN), where volume fell 2%": the named part before "where" owns the
# measure of the relative clause
PART_BEFORE_WHERE = re.compile(
    r"(?<![\w-])(?P<part>[A-Z][\w&-]*(?:\s+(?:(?:and|&)\s+(?:the\s+)?)?[A-Z][\w&-]*){0,4})"
    r"(?:\s+\([A-Z][\w&-]{1,7}\))?\s*,\s*$"
)
_NO_PART = frozenset("In At By For During From On The This That It Its Our We".split())


def part_before_where(text: str, clause: int) -> str | None:
    """The part a "where" clause at CLAUSE is about, when a capitalised name (with its
    initials in brackets) stands right before it; None for anything else."""
    m = PART_BEFORE_WHERE.search(text, max(0, clause - 80), clause)
    if m is None or m["part"].split()[0] in _NO_PART:
        return None
    return m["part"]


# "Side-by-side retail was down 4%", "and snowmobile retail down 9%", "while watercraft retail
# grew 6%": "retail" is the retail sales of what it follows (what dealers sold to end
# buyers), never a segment (a "Retail" segment opens with its capital and names nothing)
RETAIL_GREW = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:and|while|but|whereas)\s+)(?:the\s+|our\s+|its\s+)?"
    r"(?P<thing>(?:[\w-]+\s+){1,3}?)retail\s+(?:sales\s+)?(?:(?:was|were)\s+)?"
    r"(?P<dir>up|down|grew|rose|fell|declined|increased|decreased|dropped|slipped|climbed)"
    r"\s+(?:by\s+)?(?:(?:about|around|nearly|roughly|some|just)\s+)?$"
)


# "open dealer orders (the order backlog)": the phrase a bracket glosses, and its head
_GLOSSED = re.compile(
    r"(?P<mods>(?:[A-Za-z][\w-]*\s+){0,3}?)(?P<head>[a-z]+s)\s*\((?:the\s+|an?\s+)?[^()]*\)\s*$",
    re.IGNORECASE,
)


_STATE_WORDS = frozenset("open outstanding unfilled pending undelivered total current".split())


def glossed(text: str, left: int, floor: int, gloss: Metric) -> Metric:
    """A measure a bracket glosses, qualified by the phrase it glosses: "open dealer orders
    (backlog)" and "Open dealer orders (the order backlog)" are both the dealer order
    backlog. A state word ("open", "outstanding") says nothing of which backlog."""
    start = subject_start(text, left, floor)
    m = _GLOSSED.search(text, start, left + 1)
    if m is None:
        return gloss
    mods = [
        w.lower()
        for w in m["mods"].split()
        if w.lower() not in _STATE_WORDS | lx.EMPTY_MODIFIERS
        and not w.lower().endswith(("ed", "ing"))  # "unshipped", "outstanding": a state
    ]
    head = singular(m["head"])
    words = gloss.name.split()
    name = " ".join([*mods, *([head] if head not in words else []), *words])
    return Metric(name, gloss.family, gloss.product, gloss.brands, gloss.phrase)


def subject_start(text: str, left: int, floor: int) -> int:
    """Where the subject ending at LEFT starts, a bracketed gloss right before LEFT included:
    "Open dealer orders (the order backlog)| stood at"; never before FLOOR."""
    if not text[max(floor, left - 2) : left + 1].strip().endswith(")"):
        return left
    opened = text.rfind("(", floor, left)
    return max(floor, clause_start(text, opened)) if opened >= 0 else left


# A list item's label before its figure: "e-bikes", "cargo (Loop)", "Tools:"
_ITEM_LABEL = re.compile(
    r"\s*(?P<label>[A-Za-z][\w&+'’ -]{0,40}?)\s*(?:\((?P<name>[A-Z][^)]{0,30})\))?"
    r"\s*[:=–—-]?\s*"
)


def item_label(text: str, f: Figure) -> str | None:
    """The label of a nested item's one figure; a bracketed name after it is the label's
    brand ("cargo (Loop)" -> "Loop cargo")."""
    m = _ITEM_LABEL.fullmatch(text, 0, f.start)
    if m is None or find_times(m["label"], date.today()):  # (any day: is it a time at all)
        return None  # "Q2 revenue: ...": a label that is a period names no part
    return f"{m['name']} {m['label']}" if m["name"] else m["label"]


# "the Nimbus has sold", "Starfall Odyssey, released on July 24, has shipped": a product as the
# subject of a sell verb, right before the figure
PRODUCT_SOLD = re.compile(
    r"(?:\bthe\s+|^)(?P<name>[A-Z][\w+&-]*(?:\s+[A-Z0-9][\w+&-]*){0,2})"
    r"(?:,\s+(?:released|launched|introduced|which|first)\b[^;]{0,60}?,)?"  # an apposition
    r"\s+(?:has\s+|have\s+|had\s+)?(?:now\s+)?"
    r"(?P<verb>sold|shipped)\s+(?:(?:about|around|some|nearly|more\s+than|over)\s+)?$"
)


# "Since we launched the Loop ...": the product a launch clause names
LAUNCHED = re.compile(
    r"\b(?:launched|introduced|released|unveiled|debuted)\s+(?:the\s+|our\s+|its\s+)?"
    r"(?P<name>[A-Z][\w+&-]*(?:\s+[A-Z0-9][\w+&-]*){0,3})"
)


# ("Charter generated 39% of revenue", "Members drove 47% of sales", "Online rose to 8.2%
# of sales": the part brought in that share, or its share moved to it)
_BROUGHT = (
    r"\b(?:generated|produced|drove|took|contributed|brought\s+in"
    r"|(?:rose|grew|climbed|increased|fell|dropped|declined|slipped)\s+to|reached)"
)
_SHARE_VERB = (
    rf"(?:=|\bwas|\bwere|\bis|\bare|\brepresented|\b(?:made|make|makes)\s+up|{_BROUGHT}"
    r"|\baccount(?:ed|s)?\s+for"
    # a share planned: "Digital should reach 35% of sales", "will be", "is expected to reach"
    r"|\b(?:should|will|would|could|is\s+expected\s+to|is\s+set\s+to)\s+(?:reach|be|hit"
    r"|represent|make\s+up|account\s+for))"
)
# "Europe = 21% of H1 units", "Online was 38% of revenue", "Online orders made up 27.5% of
# net sales": a part's share of a whole; a slide bullet writes no verb ("E-commerce 31.4%
# of net sales", "E-commerce penetration: 27.9% of net sales")
_SHARE_PART = re.compile(
    r"(?:^|[,;:(]\s*|\s[-–—]\s)[\s*•-]*(?P<part>[A-Z][\w&+.'’-]*(?:\s+[A-Z][\w&+.'’-]*){0,2}"
    r"|[A-Z][\w&+.'’-]*\s+[a-z][\w-]*)"
    rf"\s*{_SHARE_VERB}\s*(?:(?:about|around|some|nearly|almost|roughly)\s*)?$"
    # "..., marketplace fees made up 12.5%": a verb of parts alone lets a part be lower case
    # ("the company said cloud & AI servers accounted for": a reported clause opens too)
    r"|(?:^|[,;:(]\s*(?:(?:and|but|while|whereas)\s+)?|\b(?:said|says|that)\s+)"
    # (two names joined, "Woolworths and Coles together account for", are customers' share)
    r"(?P<lower>(?!(?:that|the|a|an|its|our|their)\b)[A-Za-z][\w&+.'’-]*(?:\s+&\s+[A-Za-z][\w-]*"
    r"(?:\s+(?!together\b|combined\b|jointly\b)[a-z][\w-]*)?|\s+[a-z][\w-]*)?)"
    rf"\s*(?:\b(?:made|make|makes)\s+up|\baccount(?:ed|s)?\s+for|\brepresented|{_BROUGHT}"
    # ("Rossi said online sales were about 12% of revenue", "In the quarter, digital was
    # 32.4% of sales": a part in lower case told by a copula, the clause or report opening)
    r"|\b(?:was|were|is|are))"
    r"\s*(?:(?:about|around|some|nearly|almost|roughly)\s*)?$"
    # a part of a few words, an article or an adverb around it: "The budget brand Rask
    # accounted for", "Greater China now accounts for", "Sales to China represented"
    r"|(?:^|[,;:(]\s*|\b(?:said|says|that)\s+)(?:[Tt]he\s+)?"
    r"(?P<phrase>(?!(?:that|which|who|it|this|they)\b)[A-Za-z][\w&+.'’-]*"
    r"(?:\s+(?!(?:together|combined|jointly|now|alone|still|also|again)\b)[A-Za-z][\w&+.'’-]*){0,3})"
    r"\s+(?:(?:now|alone|still|also|again)\s+)?"
    rf"(?:\b(?:made|make|makes)\s+up|\baccount(?:ed|s)?\s+for|\brepresented|{_BROUGHT})"
    r"\s*(?:(?:about|around|some|nearly|almost|roughly)\s*)?$"
    r"|^[\s*•-]*(?P<label>[A-Z][\w&+.'’-]*(?:\s+[\w&+.'’-]+){0,2}?)"
    r"(?:\s+(?:penetration|share|mix))?\s*:?\s*(?:~|c\.\s*|(?:about|around)\s+)?$"
)


# the whole a share is of, after its determiners: "of the group's sales", "of Ostrander's
# revenue", "of the year's volume" (whose whole it is says no more than "of revenue")
_SHARE_WHOLE = re.compile(
    r"\s+of\s+(?:(?:the|all|total|its|our|their)\s+|[A-Za-z][\w&.-]*['’]s?\s+(?!\d))*"
    r"(?P<whole>[\w\s-]{2,40}?)(?=\s*(?:[(.;,:!]|$))"
)
# a whole that counts things rather than naming a measure: "of tonnes shipped", "of dozens
# sold", "of the cases we shipped" (named as written, "exports share of tonnes shipped")
_COUNTED_WHOLE = re.compile(
    r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s(?:\s+(?:we\s+)?(?:sold|shipped|delivered|produced"
    r"|exported|harvested|processed|handled|carried|booked|made|built|installed))?"
)


_PERIOD_WORD = re.compile(r"^(?:fy|h[12]|q[1-4]|full[- ]year|quarterly|annual|total)\s+")


def _names_a_part(words: str) -> bool:
    """ "Europe", "Online orders", "E-commerce sales" name a part of a whole; "Revenue" is a
    whole itself, and a profit over revenue is a margin, never a share."""
    if reporting.normalize(words) in reporting.family_phrases():
        return False
    family = reporting.family_of(words)
    return family is None or family.key == "revenue" or family.measure != "money"


_PRONOUNS = frozenset("it this that they these those".split())


def share_of(text: str, f: Figure, metrics: MetricReader) -> Metric | None:
    """A named part's share of a whole the text names after the figure."""
    found = _SHARE_PART.search(text, 0, f.start)
    whole = _SHARE_WHOLE.match(text, f.end)
    part = found and (found["part"] or found["label"] or found["lower"] or found["phrase"])
    if not part or whole is None or not _names_a_part(part) or part.lower() in _PRONOUNS:
        return None  # ("It was 5.2% of sales": what "it" is, an earlier sentence says)
    if found["label"] and reporting.family_of(whole["whole"]) is None:
        return None  # a bullet with no verb: only a share of a measure ("of net sales")
    end = whole.end("whole")
    # ("of merchandise sales": money the vocabulary names, never a count of what was sold)
    head = re.split(r"\s+(?:in|for|during|over|at)\s+", whole["whole"].lower())[0].split()
    family = reporting.family_of(head[-1]) if head else None
    if family is not None and family.measure == "money":
        base = metrics.near(text, replace(f, start=end, end=end, unit="EUR"), f.end, end)
        if base is None:
            base = Metric(family.label, "money", None, (), family.label)
    else:
        base = metrics.near(text, replace(f, start=end, end=end, unit="units"), f.end, end)
    if base is None or base.family not in ("units", "money"):
        base = metrics.near(text, replace(f, start=end, end=end, unit="EUR"), f.end, end)
    if base is None or base.family == "percent":
        return _counted_share(part, whole["whole"])
    # the whole as the report names it ("of net sales"), so a table row's name is the same
    written = _PERIOD_WORD.sub("", " ".join(whole["whole"].split()).lower())
    written = re.split(r"\s+(?:in|for|during|over|at)\s+", written)[0]  # "... in the quarter"
    whole_name = written if reporting.normalize(written) in reporting.family_phrases() else None
    name = f"{part} share of {whole_name or base.name}"
    return Metric(name, "percent", None, (part,), name)


def _counted_share(part: str, whole: str) -> Metric | None:
    """A part's share of things counted ("Exports were 64% of tonnes shipped in the year"):
    named by the things as written, since no measure of the vocabulary names them."""
    head = re.split(r"\s+(?:in|for|during|over|at|by|this|last)\s+", whole.strip())[0]
    if _COUNTED_WHOLE.fullmatch(head) is None:
        return None
    name = f"{part} share of {head}"
    return Metric(name, "percent", None, (part,), name)


# "Parts & Equipment (P&E) led with revenue of EUR 80m": a named subject, an optional
# bracketed short form, then a verb of performance; the figure the clause goes on to state is
# the subject's, never the whole company's
_OWNER = re.compile(
    r"[\s,;:(—–-]*(?:(?:and|but|while|whereas)\s+)?(?:[Tt]he\s+)?"
    r"(?P<name>[A-Z][\w+'’-]*(?:\s+(?:(?:&|and)\s+)?[A-Z][\w+'’-]*){0,4})"
    r"(?:\s*\([A-Z][\w&+.-]{0,9}\))?\s+"
    r"(?:led|grew|rose|fell|posted|reported|recorded|delivered|generated|booked|had|saw"
    r"|achieved|increased|decreased|declined|climbed|jumped|slipped|dropped|gained|earned"
    r"|made|swung|turned|came\s+in|finished|ended|closed)\b"
    r"(?P<rest>[^A-Z]*)$"
)


def subject_owner(text: str, fig: Figure, is_company) -> str | None:
    """The name the figure's clause opens with, when it is a part of the company (a segment,
    a banner, a brand) or someone else: never the company, a region, a time or a measure."""
    m = _OWNER.match(text, subject_clause_start(text, fig.start), fig.start)
    if m is None:
        return None
    name = m["name"]
    words = [w for w in name.split() if w not in ("&", "and")]
    if (
        is_company(name)
        or is_company(words[0])
        or words[0] in _NOT_OWNERS
        or reporting.regions_in(name)
        or find_times(name, date(2000, 1, 1))
        or any(reporting.family_of(w.lower()) is not None for w in words)
        # ("Comparable RevPAR rose": a measure ingestion names, no owner of one)
        or any(w.lower() in lx.MONEY_HEADS or w.lower() in lx.PERCENT_HEADS for w in words)
        or (len(words) == 1 and words[0].lower() in lx.EMPTY_MODIFIERS)
    ):
        return None
    return name


# a clause's opening word that is no name of its own
_NOT_OWNERS = frozenset(
    "The It Its We Our They Their This That These Those He She I You Group Company Management"
    " Sales Revenue Revenues Net Total Overall In During For At On By After Before Since Both"
    " All Each Analysts Shares".split()
)
