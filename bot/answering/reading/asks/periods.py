"""Periods and statement dates: a month named with no year ("back in March"), a whole
year, a year's end, a period asked for ("which quarter"), the month an expectation was
stated in ("the November range"), and two statements of one expectation set against each
other ("the September outlook against the April one")."""

from __future__ import annotations

import re

from bot import patterns
from bot.answering.english.words import CHANGE_VERBS, MOVE_VERBS, lemmas
from bot.answering.reading.asks.goals import EXPECTATION
from bot.answering.reading.cues import cue, per_text
from bot.facts.periods.words import MONTH_PATTERN, month_number

# A month with no year of its own naming when an expectation was stated: "the November
# range", "its May organic growth range", "the forecast it gave in October", "as it forecast
# in October" (never a period: "the December quarter forecast", "the March 2025 outlook")
_EXPECTATION_NOUN = r"(?:range|forecast|guidance|guide|outlook|target|goal|plan|view|projection)s?"
_NO_YEAR = r"(?![a-z])(?!\s*,?\s*['’‘]?\d)"
_STATEMENT_MONTH = patterns.guarded(
    rf"\b(?:the|its|their|this|that)\s+(?P<m1>{MONTH_PATTERN}){_NO_YEAR}"
    r"(?:\s+(?!(?:quarter|qtr|half|year|month|week|period)\b)[a-z&-]+){0,3}?"
    rf"\s+{_EXPECTATION_NOUN}\b"
    rf"|\b(?:{_EXPECTATION_NOUN}|forecast(?:ed)?|guided|projected|targeted|expected|predicted)"
    r"\s+(?:(?:it|they|he|she|we|was|were|given|made|set|issued|gave|put\s+out)\s+){0,2}"
    rf"(?:in|from|during)\s+(?P<m2>{MONTH_PATTERN}){_NO_YEAR}",
    re.IGNORECASE,
)


@per_text
def statement_month(text: str) -> int | None:
    """The month an expectation the question names was stated in, said without its year
    ("the November range" -> 11): the statement made that month, whichever year."""
    m = _STATEMENT_MONTH.search(text)
    return None if m is None else month_number(m["m1"] or m["m2"])


_MONTH_ALONE = patterns.guarded(
    rf"\b(?P<month>{MONTH_PATTERN})(?![a-z])(?!\s*[-/]?\s*'?\d)", re.IGNORECASE
)


@per_text
def months_alone(text: str) -> list[tuple[str, int, int]]:
    """Month names with no year or day after them ('in June', 'back in March'): the word
    as written, the month's number and where the word starts."""
    found = []
    for m in _MONTH_ALONE.finditer(text):
        before = text[: m.start()].split()[-1:]
        if m["month"].lower() == "may" and not _the_month_may(before, text[m.end() :]):
            continue  # "sales may reach 40 million": the verb
        found.append((m["month"], month_number(m["month"]) or 0, m.start()))
    return found


_MAY_AFTER = frozenset(
    "in on since during by until early late mid from of back before after".split()
)
# "its May forecast", "Acme's May guidance": the month, before a statement it names
_MAY_STATEMENT = patterns.compile(
    r"\s*(?:forecast|guidance|guide|outlook|target|plan|update|revision|cut|raise|view|range"
    r"|raised|lowered|revised|narrowed|trimmed|upgraded|downgraded)\b",
    re.I,
)


def _the_month_may(before: list[str], after: str) -> bool:
    """Is "may" the month here: after a preposition, or after a determiner or a possessive
    and before the statement it was made in ("the May forecast")?"""
    if not before:
        return False
    word = before[0].lower()
    if word in _MAY_AFTER:
        return True
    owner = word in ("the", "its", "their", "his", "her") or word.endswith(("'s", "’s"))
    return owner and bool(_MAY_STATEMENT.match(after))


_FULL_YEAR = patterns.guarded(
    r"\b(?:full[-\s]?year|annual|whole\s+year|for\s+the\s+year)\b", re.IGNORECASE
)


@per_text
def full_year(text: str) -> bool:
    """Does the question ask for a whole year's figure ('for the full year', 'annual')?"""
    return bool(_FULL_YEAR.search(text))


# "at year-end 2025", "at the end of FY25", "end-2025", "at the close of 2025": a year's last
# day, a point in time
AT_YEAR_END = cue(
    r"\b(?:year[-\s]end|(?:at|by)\s+(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?"
    r"(?:(?:fiscal|financial|calendar)\s+)?(?:year\s+)?(?:fy\s?)?['’]?\d{2,4}|end-\d{4})\b",
    re.I,
)

# Two statements of one expectation set against each other: "the September outlook
# against the April one", "today's ceiling against the first guide's", "the current plan
# vs what they said in February". Each is a month it was stated in, the first statement
# or the latest.
_STATEMENT_REF = patterns.guarded(
    rf"\b(?:(?P<month>{MONTH_PATTERN})(?![a-z])"
    r"(?!\s*,?\s*(?:\d|['‘’]\d))"
    r"|(?P<first>original|originally|initial|opening|maiden|first)\b"
    r"(?!\s+(?:half|quarter|nine|six|three|two|h1|q1|1h|1q)\b)"
    r"|(?P<latest>latest|current|currently|now|final|newest|new|revised|updated"
    r"|most\s+recent)\b)",
    re.IGNORECASE,
)
_SETS_AGAINST = patterns.guarded(
    r"\b(?:vs\.?|versus|compared|against|diff|difference|gap|moved?|higher|lower|than|apart|"
    r"change[sd]?|shift(?:ed)?)\b|\bfrom\b.+\bto\b|\bbetween\b.+\band\b",
    re.IGNORECASE,
)
_RANGE_PART = patterns.guarded(
    r"\b(?:range|midpoint|floor|ceiling|(?:top|bottom|upper|lower|high|low)\s+end)\b", re.I
)
_MAY_VERB = patterns.guarded(r"\bmay\s+(?:be|have|hit|reach|beat|miss|get|need)\b", re.I)
# "how far did the guide fall between February and October 2025": one year said after two
# months dates both; with a move asked, they are the months of two statements
_MONTHS_OF_ONE_YEAR = patterns.guarded(
    rf"\b(?:between|from)\s+(?:{MONTH_PATTERN})(?![a-z])\s+(?:and|to|through|till|until)\s+"
    rf"(?P<month>{MONTH_PATTERN})(?![a-z])\s*,?\s*(?:\d{{4}}|['‘’]\d\d)\b",
    re.IGNORECASE,
)
_MONTH_TO_MONTH = patterns.guarded(
    rf"\b(?:{MONTH_PATTERN})(?![a-z])\.?\s*(?:to|through|till|until|[–—-])\s*(?:{MONTH_PATTERN})(?![a-z])",
    re.IGNORECASE,
)
# (a move asked: the lexicon's verbs of revising or of a figure's moving, any form)
_MOVED = CHANGE_VERBS | MOVE_VERBS | {"move", "shift"}


@per_text
def statement_words(text: str) -> frozenset[str]:
    """The words naming statements in TEXT ('august', 'opening') and setting them against
    each other ('gap'), lower case."""
    found = [*_STATEMENT_REF.finditer(text), *_SETS_AGAINST.finditer(text)]
    return frozenset(m.group().lower().rstrip(".") for m in found)


@per_text
def two_statements(text: str) -> tuple[str, str] | None:
    """The two statements of an expectation a question sets against each other, each as
    'first', 'latest' or a month's three letters ('jun'), in the order said; None unless
    the question names an expectation, exactly two such statements and a comparison."""
    if not (EXPECTATION.search(text) or _RANGE_PART.search(text)):
        return None
    moved = bool(set(lemmas(text)) & _MOVED)
    if not (_SETS_AGAINST.search(text) or (moved and _MONTH_TO_MONTH.search(text))):
        return None  # ("raised in total, feb to aug": a move between two months' statements)
    refs = []
    for m in _STATEMENT_REF.finditer(_MAY_VERB.sub(" ", text)):
        ref = "first" if m["first"] else "latest" if m["latest"] else m["month"].lower()[:3]
        if ref not in refs:
            refs.append(ref)
    span = _MONTHS_OF_ONE_YEAR.search(text) if len(refs) == 1 else None
    if span is not None and moved and span["month"].lower()[:3] not in refs:
        refs.append(span["month"].lower()[:3])
    return (refs[0], refs[1]) if len(refs) == 2 else None


# "which month did they deliver 41,200", "which Byeolbit quarter had revenue of KRW 142.3
# billion", "when did sales reach $2bn": the period is asked (a name or two may come
# between; never a verb or a period's own word: "what was revenue year on year")
WHICH_PERIOD = cue(
    r"\b(?:which|what)\s+"
    r"(?:(?!(?:was|were|is|are|did|does|do|has|had|the|a|an|in|of|for|last|this|next|same"
    r"|previous|prior)\b)[\w'’&-]+\s+){0,2}?"
    r"(?:month|quarter|qtr|period|year|half|week|season)\b|\bwhen\b",
    re.I,
)

# "in which quarter of 2025 did they fly 11.42 mln": the period named is where to look
WHICH_PART_OF = cue(
    r"\b(?:which|what)\s+(?:month|quarter|qtr|half|week)\s+(?:of|in)\s+(?:fy\s*)?'?\d{2,4}\b",
    re.I,
)


# "quarterly ebitda for 2024", "revenue by quarter", "each half of 2025", "month by month":
# the figures of each part of a period, a series (never "per quarter", "a quarter": an
# average's rate)
_PARTS = {
    "quarter": r"quarterly|(?:by|each|every|in\s+each|for\s+each)\s+quarters?"
    r"|quarter[\s-]+by[\s-]+quarter|quarter[\s-]+on[\s-]+quarter\s+series",
    "half": r"half[\s-]?yearly|semi[\s-]?annual(?:ly)?|(?:by|each|every|in\s+each|for\s+each)"
    r"\s+half(?:[\s-]?years?)?|half[\s-]+by[\s-]+half",
    "month": r"monthly|(?:by|each|every|in\s+each|for\s+each)\s+months?|month[\s-]+by[\s-]+month",
}
# (never "from the quarterly figures": the parts a sum is worked out of)
_PARTS_ASKED = {
    unit: patterns.guarded(
        rf"(?<!\bfrom\sthe\s)(?<!\busing\sthe\s)(?<!\bof\sthe\s)\b(?:{words})\b", re.IGNORECASE
    )
    for unit, words in _PARTS.items()
}


def parts_asked(text: str, name: str = "") -> str | None:
    """The part of a period whose figures are asked one by one ("quarter" of "quarterly
    ebitda for 2024"), or None; never a word of the figure's own NAME ("monthly active
    users")."""
    return next(
        (
            unit
            for unit, said in _PARTS_ASKED.items()
            if (m := said.search(text)) and m.group().lower() not in name.lower()
        ),
        None,
    )
