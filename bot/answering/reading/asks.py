"""What a question asks beyond one figure, read from the kinds of words that ask it: the
size of a change, a figure with a part taken out, a count added over a span, progress so
far, a revision named by when it happened.

The engine checks its decision against these (engine.py): a question that asks for a
derived figure is answered with one, citing every operand, or not at all. Citing a single
stated figure where a change or a difference was asked is a wrong answer.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from bot import patterns
from bot.answering.english.lexicon import parts_of_speech, verb_lemma
from bot.answering.english.words import (
    ADD_VERBS,
    CHANGE_VERBS,
    EXPECTATION_WORDS,
    FORECAST_WORDS,
    MONTHS,
    MOVE_VERBS,
    TARGET_WORDS,
    Token,
    lemmas,
    tokenize,
)
from bot.answering.reading.cues import cue, per_text
from bot.facts import reporting
from bot.facts.periods.words import MONTH_PATTERN, ORDINALS, month_number
from bot.facts.quantities import SCALE_NAMES

# "how much did they cut it", "by how much", "how big was the raise", "the size of the cut"
_SIZE = patterns.guarded(
    r"\b(?:how\s+much\s+(?:did|was|were|has|have|had|is|do|does)|"
    r"how\s+(?:big|large|far|deep|sharp|steep)|by\s+how\s+much|size|magnitude|extent|"
    r"by\s+what)\b|\bby\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# the words that leave a part out of a whole: "excluding", "outside", "other than"
_LEAVING_OUT = (
    r"excluding|exclude[sd]?|excl|ex(?=\s|-[a-z])|except|other\s+than|outside(?:\s+of)?|"
    r"apart\s+from|aside\s+from"
)
# "net sales excluding software", "revenue other than cloud", "not from the UK", "minus",
# "how much of revenue was not recurring", "produced but not sold"
_EXCLUDING = patterns.guarded(
    rf"\b(?:{_LEAVING_OUT}|minus|not\s+(?:\w+\s+){{0,2}}?(?:from|counting|including|in)|less|"
    r"but\s+not|"
    r"(?:was|were|is|are|that's)\s+not)\b"
    r"|\bnon[-\s](?!gaap\b)",  # (non-GAAP is a basis of measure, not a part left out)
    re.IGNORECASE,
)
# "how many did they add", "net adds", "how much did subscriptions grow between ... and"
_ADDED = ADD_VERBS | MOVE_VERBS | {"change"}
_SPAN_WORDS = frozenset({"between", "from"})
# "net additions", "net adds": the nouns of what was added over a span
ADDITION_NOUNS = frozenset({"addition", "additions", "adds"})
# "did revenue land within its guidance range", "was it in line with the outlook", "did
# growth get into the range"
# (a yes/no question: its auxiliary comes before any wh-word, after chat such as "hey")
_WITHIN = patterns.guarded(
    r"^(?:(?!\b(?:what|which|how|when|where|why|who)\b).)*?"
    r"\b(?:did|does|do|was|were|is|has|had)\b.*\b(?:within|in\s+line|inside|land(?:ed)?|"
    r"c[oa]me\s+in|f[ae]ll\s+in|g[eo]t\s+(?:it\s+)?into)\b",
    re.IGNORECASE,
)
# "how far along toward the target", "what % of the forecast so far", "on track"
# the words that say how far along toward a goal, and the shares that may ("what % of
# the goal"; a percentage alone may be any figure's unit)
_TOWARD = (
    r"along|toward|towards|progress|so\s+far|to\s+go|remaining|left|shy|behind|still|need|"
    r"needs|remain|remains|already"  # ("already past the low end": a running total's place)
)
_SHARE = r"proportion|percent(?:age)?|pct"
# "how much would it need to grow to hit its FY27 target", "what growth does it need":
# the growth still to come, never how far along it is
GROWTH_NEEDED = cue(
    r"\bneeds?\s+to\s+(?:grow|rise|increase|expand|climb)\b"
    r"|\b(?:growth|increase)\b(?:\s+\w+){0,4}?\s+needs?\b"
    r"|\bneeds?\b(?:\s+\w+){0,3}?\s+(?:growth|increase)\b",
    re.I,
)
_PROGRESS = patterns.guarded(
    rf"\b(?:{_TOWARD}|close|track|short|{_SHARE})\b|%"
    # "how far was it from the goal", "how far off": how far along, said from the far end
    r"|\bhow\s+far\b(?:\s+[\w']+){0,4}?\s+(?:from|off|away)\b",
    re.IGNORECASE,
)
# Verbs that revise a figure: the change verbs, and the moves a figure is revised by.
_REVISING = CHANGE_VERBS | {"increase", "decrease", "move"}
# "how much is the updated forecast": the latest figure, not a revision whose size is asked
_RESIZING = _REVISING - {"update"}
# "after the November raise", "before its May cut": a revision named by its month
_REVISION_MONTH = patterns.guarded(
    rf"\b(?P<when>before|after|since|prior\s+to|ahead\s+of|following)\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?P<month>{MONTH_PATTERN})(?![a-z])\s+(?:\d{{4}}\s+)?(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
_REVISION_IN_MONTH = patterns.compile(
    rf"\b(?P<when>in|at|with)\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?P<month>{MONTH_PATTERN})(?![a-z])\s+(?:\d{{4}}\s+)?(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
# "before the November cut", "before they raised it in May": the statement before it
# "before", "prior to", "ahead of": what came earlier than an event or a statement
BEFORE = patterns.guarded(r"\b(?:before|prior\s+to|ahead\s+of)\b", re.IGNORECASE)
_WORDS_TO_VERB = 5  # "before" and the revising verb at most this many words apart


def _form_of(word: str, lemmas: frozenset[str]) -> bool:
    """Is WORD one of LEMMAS or an inflection of one ('grew' of 'grow', 'lost' of 'lose')?
    The verb lists live in words.py as lemmas; here they are matched in any form."""
    word = word.lower()
    return word in lemmas or verb_lemma(word) in lemmas


@functools.lru_cache(maxsize=4096)  # a question's cues are read again each time it is answered
def _says(text: str, lemmas: frozenset[str]) -> bool:
    return any(_form_of(t.text, lemmas) for t in tokenize(text))


@per_text
def size(text: str) -> bool:
    """Does the question ask how big something is (a change, a gap), not what it is?"""
    return bool(_SIZE.search(text))


@per_text
def excluding_at(text: str) -> int | None:
    """Where the question starts taking one figure out of another, if it does."""
    m = _EXCLUDING.search(text)
    return m.start() if m else None


@per_text
def several_taken_out(text: str) -> bool:
    """'volume outside Europe and the Americas', 'revenue excluding dedicated and one-way
    truckload': two parts or more taken out of a whole (never one less the other; "A minus
    B" is one figure less another)."""
    m = _LEFT_OUT.search(text)
    return bool(m) and bool(_LIST_JOIN.search(_CLAUSE_END.split(text[m.end() :], 1)[0]))


# (never "minus", "less", "not": one figure less another, or one part)
_LEFT_OUT = patterns.guarded(rf"\b(?:{_LEAVING_OUT})\b", re.IGNORECASE)


@per_text
def leaves_out(text: str) -> bool:
    """Does the question leave a part out of a whole ("excluding", "ex-Korea", "outside")?
    ("minus", "less": one figure less another, see `excluding_at`.)"""
    return bool(_LEFT_OUT.search(text))


_CLAUSE_END = patterns.compile(r"[,;?!]")


@per_text
def words_taken_out(text: str) -> frozenset[str]:
    """The lemmas of the (up to three) words right after where the question takes a part
    out of a whole ("cards that were NOT premium": "premium")."""
    m = _EXCLUDING.search(text)
    return frozenset(lemmas(text[m.end() :])[:3]) if m else frozenset()


# two things listed: "Europe and the Americas", "A & B", "A + B"
_LIST_JOIN = patterns.guarded(r"\w\s*(?:&|\+)\s*\w|\w\s+(?:and|or)\s+\w", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def added(text: str, named: frozenset[str] = frozenset()) -> bool:
    """Does the question ask for what changed over a span rather than a level? (NAMED:
    the words of the figure's own name, never a verb of its change: "spaces under
    management contracts" contract nothing.)"""
    return any(
        t.text in _SPAN_WORDS or (_form_of(t.text, _ADDED) and t.text.lower() not in named)
        for t in tokenize(text)
    ) or net_additions(text)


@per_text
def net_additions(text: str) -> bool:
    """'net new stores', 'net site additions', 'net adds': what a count gained less what
    it lost over a span, never its level at the span's end."""
    tokens = tokenize(text)
    return any(t.text.lower() in ADDITION_NOUNS for t in tokens) or any(
        a.lemma == "net" and b.lemma == "new" for a, b in itertools.pairwise(tokens)
    )


@per_text
def acted_over_span(text: str) -> bool:
    """'How many depots did Acme mothball in FY27', 'rooms opened in Q4 2025': a count of
    what was done over a span, asked with a verb of doing; never the level at the span's
    end ("how many stores did Acme have", "… operate")."""
    done = _DONE_IN.search(text)
    if done is not None and _a_deed(done["verb"]):
        return True
    m = _HOW_MANY_DID.search(text)
    if m is None or _PERIOD_AS_OBJECT.match(text, m.end()):
        return False  # ("how many members did they close out 2025 with": the level it ended on)
    verb = m["verb"]
    if set(lemmas(m["between"])) & EXPECTATION_WORDS or verb_lemma(verb) in EXPECTATION_WORDS:
        return False  # ("how many does it want (on hire) by 2028": a level expected)
    return verb_lemma(verb) not in _STATIVE and "VERB" in parts_of_speech(verb)


def _a_deed(participle: str) -> bool:
    """Is PARTICIPLE ("opened", "mothballed") a verb of doing, never of being ("held")?"""
    verb = verb_lemma(participle)
    return verb not in _STATIVE and "VERB" in parts_of_speech(participle)


# "rooms opened in Q4", "stores closed during the first half": a count done over a span
_DONE_IN = patterns.guarded(
    r"\b[a-z]+s\s+(?P<verb>[a-z]+ed)\s+(?:in|during|over|across|through)\s+(?:the\s+)?"
    r"(?:q[1-4]|h[12]|[1-4]q|fy|\d|first|second|third|fourth|last|this|final)",
    re.IGNORECASE,
)
_HOW_MANY_DID = patterns.guarded(
    r"\bhow\s+many\b.*?\b(?:did|does|do|will)\s+(?P<between>(?:[\w'&.-]+\s+){1,3}?)(?P<verb>[a-z]+)"
    # (or last: "in Q3, how many bottles did they sell?")
    r"(?=\s+(?:in|during|over|for|across|through|by|last|this|q[1-4]|h[12]|fy|\d)|\s*[?.!]*\s*$)",
    re.IGNORECASE,
)
# "… close 2025 with", "… exit the quarter at": the period is what the verb acts on, and
# the level it was left at is asked
_PERIOD_AS_OBJECT = patterns.compile(r"\s+(?:the\s+)?[\w/-]+(?:\s+[\w/-]+)?\s+(?:with|at)\b", re.I)
# Verbs that ask how many there were, not how many were acted on
_STATIVE = frozenset(
    "have own operate run hold keep count total number end finish stand sit be employ "
    "serve reach carry".split()
)


@per_text
def progress(text: str) -> bool:
    """Does the question ask how far along toward a goal something is?"""
    return bool(_PROGRESS.search(text))


# ... in so many words: a percentage alone ("drop in FY25 vs FY24, in %") is no goal's
_PROGRESS_TOWARD = patterns.compile(
    rf"\b(?:{_TOWARD})\b|(?:%|\b(?:{_SHARE}))\s+of\b", re.IGNORECASE
)


@per_text
def progress_toward(text: str) -> bool:
    """Does the question ask, in so many words, how far along toward a goal it is ('what
    % of the goal', 'how far along')?"""
    return bool(_PROGRESS_TOWARD.search(text))


@per_text
def before_change(text: str) -> bool:
    """Does the question name a revision and ask for the figure it replaced?"""
    tokens = tokenize(text)
    for m in BEFORE.finditer(text):
        after = [t for t in tokens if t.start >= m.end()][:_WORDS_TO_VERB]
        if any(_form_of(t.text, _REVISING) for t in after):
            return True
    return False


# "how many tractors did they take out of the fleet": a count's losses, said with a particle
_TAKEN_OUT = patterns.compile(
    r"\b(?:take|takes|took|taken|taking|pull|pulls|pulled|pulling)\s+(?:[\w-]+\s+){0,2}?out\s+of\b",
    re.IGNORECASE,
)


@per_text
def adds(text: str) -> bool:
    """Does the question ask how many were added (or lost), not how many there are?"""
    return _says(text, ADD_VERBS) or bool(_TAKEN_OUT.search(text))


@per_text
def within(text: str) -> bool:
    """Does the question ask whether a figure came in within (or in line with) a range?"""
    return bool(_WITHIN.search(text))


@per_text
def changed(text: str) -> bool:
    """Does the question name a revision ('cut', 'lift', 'raised', 'downgrade')? Not a
    change's participle after a determiner ("the narrowed range"): that says which
    statement, see revised_direction."""
    tokens = tokenize(text)
    return any(
        _form_of(t.text, _RESIZING) and not attributive(tokens, i) and not _a_basis(tokens, i)
        for i, t in enumerate(tokens)
    )


def _a_basis(tokens: list[Token], i: int) -> bool:
    """Is token I a basis a figure is named with ("adjusted EBITDA", "adjusted net
    income"), not a revision ("adjusted its outlook", "when it was adjusted")?"""
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else None
    return tokens[i].text == "adjusted" and nxt in reporting.phrase_words()


_DETERMINERS = frozenset({"the", "its", "their", "this", "that", "his", "her"})


def attributive(tokens: Sequence[Token], i: int) -> bool:
    """Is token I a participle right after a determiner or a possessive ("the *narrowed*
    range", "Orvik's *raised* guidance", "the May *raised* range": a month between says
    when): a word saying which thing, not what happened?"""
    j = i - 1 if i and tokens[i - 1].text in MONTHS and i > 1 else i
    before = tokens[j - 1].text if j else ""
    return tokens[i].text.endswith("ed") and (
        before in _DETERMINERS or before.endswith(("'s", "s'", "’s"))
    )


# Nouns naming a revision that are no form of a revising verb: "before the July revision"
_REVISION_NOUNS = frozenset({"revision", "revisions", "update", "adjustment"})


# "after the first revision", "before the second cut", "at its 2nd raise": a revision
# named by its place in the series of statements
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th")
_REVISION_ORDINAL = patterns.guarded(
    r"\b(?:(?P<when>before|prior\s+to|ahead\s+of)\s+)?(?:the\s+|its\s+|their\s+)?"
    rf"(?P<nth>{'|'.join(_ORDINAL_WORDS)})\s+(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)


@per_text
def revision_ordinal(text: str) -> tuple[bool, int] | None:
    """'after the first revision' -> (False, 1); 'before the second cut' -> (True, 2)."""
    m = _numbered_revision(text)
    return None if m is None else (bool(m["when"]), ORDINALS[m["nth"].lower()])


def revision_ordinal_at(text: str) -> int | None:
    """Where the ordinal of a numbered revision starts in TEXT ("the *second* cut")."""
    m = _numbered_revision(text)
    return None if m is None else m.start("nth")


def _numbered_revision(text: str) -> re.Match[str] | None:
    if not patterns.may_hold(text, _ORDINAL_WORDS):
        return None  # (most questions: no ordinal, and no search of each place for one)
    return next(
        (
            m
            for m in _REVISION_ORDINAL.finditer(text)
            if _form_of(m["verb"], _RESIZING) or m["verb"].lower() in _REVISION_NOUNS
        ),
        None,
    )


@per_text
def revision_month(text: str) -> tuple[bool, int] | None:
    """'before the November raise' -> (True, 11); 'after the May cut' -> (False, 5)."""
    return _revision_month(_REVISION_MONTH, text)


@per_text
def revision_in_month(text: str) -> int | None:
    """'the cut in the February revision' -> 2: the statement that revision made."""
    found = _revision_month(_REVISION_IN_MONTH, text)
    return None if found is None else found[1]


def _revision_month(pattern: re.Pattern[str], text: str) -> tuple[bool, int] | None:
    m = next(
        (
            m
            for m in pattern.finditer(text)
            if _form_of(m["verb"], _RESIZING) or m["verb"].lower() in _REVISION_NOUNS
        ),
        None,
    )
    if m is None:
        return None
    index = month_number(m["month"])
    assert index is not None  # (the pattern matched a month's name)
    before = m["when"].lower().split()[0] in ("before", "prior", "ahead")
    return before, index


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


# "as many ships as it forecast", "as much as they guided": an actual set level with an
# expectation (did it reach it?)
EQUATIVE = patterns.guarded(
    r"\bas\s+(?:many|much|high|big|large|strong)\b(?:\s+[\w'’-]+){0,4}?\s+as\b", re.IGNORECASE
)


@per_text
def statement_month(text: str) -> int | None:
    """The month an expectation the question names was stated in, said without its year
    ("the November range" -> 11): the statement made that month, whichever year."""
    m = _STATEMENT_MONTH.search(text)
    return None if m is None else month_number(m["m1"] or m["m2"])


_ACTUAL = patterns.guarded(
    r"\b(?:actual|actuals|actually|came\s+in|reported|outturn|results?)\b", re.I
)


@per_text
def actual(text: str) -> bool:
    """Does the question name the actual figure beside an expectation ('forecast vs
    actual')?"""
    return bool(_ACTUAL.search(text))


_DERIVE = patterns.guarded(
    r"\b(?:alone|implied|impl(?:y|ies)|derived?|work(?:ed)?\s+out|calculat\w+|subtract\w*|"
    r"minus|less|difference|remaining|rest|standalone|stand-alone|by\s+itself|on\s+its\s+own|"
    r"solely|only|between|since|lifetime|cumulative)\b",
    re.IGNORECASE,
)


# "add up Q1 and Q2", "Q1 and Q2 combined", "the two quarters together", "in total", "the
# total of A and B"
# (the words that say figures are summed, and only that: never a name's own "plus")
_SUM_WORDS = r"add(?:s|ed|ing)?\s+up|sum(?:med)?|combined|together"
_TOTALS = patterns.guarded(
    rf"\b(?:{_SUM_WORDS}|in\s+total|altogether|put\s+together|taken\s+together|plus|total\s+of)\b"
    r"|\s\+\s|(?<=[a-z0-9])\+(?=[a-z0-9])",
    re.IGNORECASE,
)
# "total bookings for Q1 and Q4": of two periods named, their total, where nothing sets
# one against the other (spans.sets_against)
TOTAL = patterns.compile(r"\btotal\b", re.IGNORECASE)


# "the % change in orders they forecast": a change OF a figure, expected; never
# a change IN an expectation ("the change in the forecast", "change in guidance")
_CHANGE_OF_A_FIGURE = patterns.compile(
    r"\b(?:change|growth|increase|decrease|decline|rise|drop|fall)\s+(?:in|of)\s+"
    r"(?!(?:the|its|their|this|that|his|her|our|your|guidance|forecasts?|outlook|targets?|"
    r"plans?|goals?|views?|estimates?|projections?|expectations?|guide)\b"
    # ("the guide's fall in January", "rose in Q3": when it moved, never a figure of it)
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|q[1-4]\b|h[12]\b|fy|\d)",
    re.IGNORECASE,
)


@per_text
def change_of_a_figure(text: str) -> bool:
    return bool(_CHANGE_OF_A_FIGURE.search(text))


# "add up", "combined", "together": two or more figures summed, said so ("plus" and "+"
# are as often a name's own, "Care+", "Hearth + Loom", "$100k+", or say what a line holds)
_ADDED_UP = patterns.guarded(rf"\b(?:{_SUM_WORDS})\b", re.IGNORECASE)


def added_up(text: str, metric: str) -> bool:
    """Does the question ask for figures added up, in words no figure's name (METRIC's:
    "combined ratio") takes for its own?"""
    m = _ADDED_UP.search(text)
    return m is not None and m.group().lower() not in metric.lower().split()


@per_text
def totals(text: str) -> bool:
    """Does the question ask for the lines or periods it names added up ('Q1 and Q2
    combined', 'Q1 + Q2')?"""
    return bool(_TOTALS.search(text))


@per_text
def derive(text: str) -> bool:
    """Does the question invite working a figure out from others ('Q3 alone', 'implied',
    'between')? A period is taken out of a longer one only when it does: a plain 'Q1
    sales' the company never stated is not one to work out unasked."""
    return bool(_DERIVE.search(text))


SHARE_WORDS = frozenset(
    {"share", "proportion", "percentage", "fraction", "portion", "ratio", "%", "percent", "pct"}
)


def share(unexplained: tuple[str, ...]) -> bool:
    """Are the only words nothing explained the ones that ask for a share of a whole?"""
    return bool(unexplained) and all(w.lower() in SHARE_WORDS for w in unexplained)


GAP_WORDS = frozenset({"gap", "difference", "spread"})
MIDPOINT_WORDS = frozenset({"midpoint", "mid", "middle", "centre", "center"})


# Words a derivation explains (a share, a gap, a midpoint): a question's subject may be
# made of them ("by how much has the range's midpoint shifted"), as of the store's words.
DERIVING_WORDS = SHARE_WORDS | GAP_WORDS | MIDPOINT_WORDS


def gap(unexplained: tuple[str, ...]) -> bool:
    """Are the only words nothing explained the ones that ask for a gap between two?"""
    return bool(unexplained) and all(w.lower() in GAP_WORDS for w in unexplained)


@per_text
def gap_asked(text: str, unexplained: tuple[str, ...]) -> bool:
    """Does the question ask for the gap between two figures, in its unexplained words or
    in so many words ("difference between", "X vs Y ... gap")?"""
    if any(w.lower() in GAP_WORDS for w in unexplained):
        return True
    # ("how much more did X book than Y": the second figure named by its own words)
    return bool(BETWEEN_TWO.search(text) or _SET_AGAINST.search(text) or compares(text))


# "X minus Y", "X vs Y ... diff": two figures set against each other
_SET_AGAINST = patterns.guarded(r"\b(?:minus|vs\.?|versus|diff)\b", re.IGNORECASE)


def midpoint(unexplained: tuple[str, ...]) -> bool:
    """Are the only words nothing explained the ones that ask for a range's midpoint?"""
    return bool(unexplained) and all(w.lower() in MIDPOINT_WORDS for w in unexplained)


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


# "more than a year before", "than the previous quarter": one figure against the same
# figure of an earlier period
_THAN_BEFORE = patterns.guarded(
    r"\bthan\s+(?:in\s+|during\s+)?(?:a\s+year\s+(?:before|earlier|ago)|last\s+year|"
    r"the\s+(?:year|quarter|period|half)\s+(?:before|earlier)|the\s+(?:prior|previous|same)\b|"
    r"(?:a|one)\s+(?:year|quarter)\s+(?:before|earlier|ago))",
    re.IGNORECASE,
)
# "more … than", "fewer … than": two figures compared, which a one-figure answer is not
COMPARATIVES = frozenset({"more", "fewer", "less", "higher", "lower", "bigger", "smaller"})
# ("how many points apart were X and Y": two figures' distance, however it is asked)
_COMPARISON = patterns.guarded(
    rf"\b(?:{'|'.join(sorted(COMPARATIVES))})\b.*\bthan\b|\bapart\b", re.IGNORECASE
)
_FULL_YEAR = patterns.guarded(
    r"\b(?:full[-\s]?year|annual|whole\s+year|for\s+the\s+year)\b", re.IGNORECASE
)


# "vs last year", "against the prior year", "compared with a year ago", "yoy": the same
# period a year before, which a rate stated year on year is already measured against
_AGAINST_YEAR_BEFORE = patterns.guarded(
    r"\b(?:(?:vs\.?|versus|against|compared\s+(?:to|with)|from|over)\s+(?:the\s+)?"
    r"(?:last|prior|previous|preceding)\s+year|(?:a|one)\s+year\s+(?:ago|earlier|before)|"
    r"yoy|y/y|y-o-y|year[-\s]on[-\s]year|year[-\s]over[-\s]year|"
    r"(?:vs\.?|versus|against|over)\s+(?:py|ly|pcp))\b",  # prior year, last year, pcp
    re.IGNORECASE,
)


@per_text
def against_year_before(text: str) -> bool:
    """Does the question measure a figure against the same period a year before?"""
    return bool(_AGAINST_YEAR_BEFORE.search(text))


@per_text
def than_before(text: str) -> bool:
    """Does the question compare a figure with its own earlier period's ('how many more
    than a year before')?"""
    return bool(_THAN_BEFORE.search(text))


@per_text
def compares(text: str) -> bool:
    """Does the question compare two figures ('how many more cars did they build than
    they delivered')?"""
    return bool(_COMPARISON.search(text))


@per_text
def full_year(text: str) -> bool:
    """Does the question ask for a whole year's figure ('for the full year', 'annual')?"""
    return bool(_FULL_YEAR.search(text))


# Cues the engine reads on the question as asked, beside what understand.py reads.
_EXPECTATION_WORDS = (
    r"\b(?:guid\w*|forecast\w*|expect\w*|target\w*|outlook|projected|planned|budget\w*)\b"
)
# "the 68 billion goal", "its 4.2bn target": an amount that names the expectation it is
# (its scale, unit or measure between: never "5 units vs plan", set against it)
_WORD_OF_A_GOAL = r"(?!(?:vs|versus|against|than|to|of|and|or)\b)[a-z]{1,9}\s+"
# (the lexicon's words of a target or a forecast, "objective", "quota", "estimate", too)
_GOAL_NOUNS = "|".join(sorted(TARGET_WORDS | FORECAST_WORDS, key=len, reverse=True))
GOAL_BY_AMOUNT = cue(
    r"\d[\d.,]*\s*(?:%\s*|" + _WORD_OF_A_GOAL + r")?(?:" + _WORD_OF_A_GOAL + r")?"
    r"(?:" + _GOAL_NOUNS + r"|" + _EXPECTATION_WORDS[5:-3] + r")s?\b",
    re.I,
)
# "passenger growth in Q3", "how much did sales grow", "by what %": a rate of change asked,
# which a company's own stated growth answers (never "by how much did they beat it")
RATE_OF_CHANGE = cue(
    r"\b(?:growth|grow|grew|grown|growing|rate|percent|percentage|pct|yoy|y/y|qoq|q/q)\b|%",
    re.I,
)
HOW_FAR = cue(r"\bhow\s+far\b(?!\s+along)", re.I)
# "at year-end 2025", "at the end of FY25", "end-2025", "at the close of 2025": a year's last
# day, a point in time
AT_YEAR_END = cue(
    r"\b(?:year[-\s]end|(?:at|by)\s+(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?"
    r"(?:(?:fiscal|financial|calendar)\s+)?(?:year\s+)?(?:fy\s?)?['’]?\d{2,4}|end-\d{4})\b",
    re.I,
)
# "which region grew fastest", "what was the best-selling product", "which segment had
# the highest margin": a ranking of lines, never one figure
RANKED = cue(
    r"\b(?:which|what)\s+(?:[\w&-]+\s+){0,3}?(?:grew|rose|fell|was|were|had|did|sold|"
    r"performed|contributed|is|are|saw|made|won|[a-z]+ed)\b.{0,40}?\b(?:fastest|slowest|most|least|biggest|"
    r"largest|smallest|highest|lowest|best|worst|strongest|weakest)\b"
    r"|\b(?:which|what)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:fastest|slowest|best|worst|"
    r"biggest|largest|top)[\w-]*\s+(?:growing|selling|performing|region|segment|market|product)",
    re.I,
)
# "how many times bigger", "how many times as many": one figure as a multiple of another
TIMES_ASKED = cue(r"\bhow\s+many\s+times\b", re.I)
# "how many more homes does it need", "how much more must it sell": the gap to a goal
MORE_NEEDED = cue(r"\bhow\s+(?:many|much)\s+more\b", re.I)
# "guiding for more in FY26 than it delivered in FY25": what was done, set against what is
# expected (a verb in the past after "than" and its subject)
THAN_DONE = cue(
    r"\bthan\s+(?:what\s+)?(?:it|they|we|the\s+company|the\s+group|[a-z]+)\s+(?:actually\s+)?"
    r"(?!(?:expected|forecast|guided|planned|targeted|hoped|projected|predicted|budgeted)\b)"
    r"(?:[a-z]+ed|did|made|sold|shipped|won|grew|took|brought|got|hit|saw|spent|paid)\b",
    re.I,
)
# ("cost per pound change": the weight a cost is divided by, no currency asked)
AMOUNT_ASKED = cue(
    # ("how many points", "how many pts": a percentage's difference, never an amount)
    r"\bhow\s+many\b(?!\s+(?:percentage\s+)?(?:points?|pts?|pps?|ppts?|bps|basis\s+points?)\b(?!\s+of\b))"
    r"|(?<!\bper\s)\b(?:dollars?|euros?|yen|pounds?|sterling|absolute)\b|[$€£¥]"
    # ("the change in units", "in unit terms": things counted, never a percentage)
    r"|\bin\s+(?:units|unit\s+terms|volume\s+terms)\b",
    re.I,
)
THAN_EXPECTED = cue(
    r"\b(?:more|fewer|less|higher|lower|above|below|over|under|short|better|worse|bigger"
    r"|smaller|ahead)\b.*\bthan\b.*" + _EXPECTATION_WORDS,
    re.I,
)
# "the operating profit shortfall", "by how much did they miss": a gap to an expectation
# the question leaves unnamed, never the actual figure alone
MISSED = cue(
    r"\b(?:shortfall|short(?![-\s]term)|miss(?:ed|es|ing)?|shy|beat(?:s|en|ing)?|"
    r"exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|overshoot|overshot|undershoot|undershot)\b"
    # "clear the low end of the outlook": the verb, never "is it clear"
    r"|\bclear(?:ed|s|ing)?(?=\s+(?:the|its|their|a|an)\b)",
    re.I,
)
# A growth against the period just before, as a question or a metric's name says it
SEQUENTIAL = cue(
    r"\b(?:quarter|month|half)[\s-]+(?:on|over)[\s-]+(?:quarter|month|half)\b"
    r"|\bsequential(?:ly)?\b|\b(?:qoq|q/q|mom|m/m)\b",
    re.IGNORECASE,
)
# "increase in cr", "(in mn)": the scale the answer's amounts are asked in
_SCALE_ASKED = cue(
    r"\bin\s+(?:(?:rs\.?|inr|usd|us\$|\$|€|eur|₹)\s*)?(?P<scale>"
    + "|".join(sorted(SCALE_NAMES, key=len, reverse=True))
    + r")\b\.?\s*\)?\s*[?.!]*\s*$",
    re.I,
)


# "the margin change in bps", "how many basis points": a rates' gap asked in basis points
BASIS_POINTS = cue(r"\b(?:bps|bp|basis[\s-]+points?)\b", re.I)


def scale_asked(text: str) -> str | None:
    """The scale ("crore", "million") TEXT asks amounts in, said last ("… in cr")."""
    found = _SCALE_ASKED.search(text)
    return found["scale"].lower() if found else None


# "the 2026 target as a % of 2025 sales": one figure over another
_AS_SHARE_OF = r"\bas\s+(?:an?\s+)?(?:%|per\s?cent(?:age)?|pct|share|proportion|fraction)\s+of\b"
AS_SHARE_OF = cue(_AS_SHARE_OF, re.I)
# "by how much did US sales exceed Mexico's", "did domestic beat exports": one figure set
# above another; the one named before the verb is the one that did
OUTDID = cue(
    r"\b(?:beat(?:s|en)?|exceed(?:ed|s)?|surpass(?:ed|es)?|outs(?:old|ell|ells)|"
    r"outpac(?:ed|es|e)|outstripp?(?:ed|s)?|top(?:ped|s)?|trail(?:ed|s)?|lag(?:ged|s)?)\b",
    re.I,
)
DIFFERED = cue(r"\b(?:differ(?:s|ed|ing)?|deviat\w*|diverg\w*)\b", re.I)
# the words naming an expectation: one of them beside "differ" is set against the actual
EXPECTATION = cue(_EXPECTATION_WORDS, re.I)
YEAR_ON_YEAR = cue(
    r"\b(?:yoy|y/y|year[-\s]+(?:on|over)[-\s]+year|from\s+a\s+year\s+(?:ago|earlier|before)|"
    r"versus\s+a\s+year\s+(?:ago|earlier)|vs\.?\s+a\s+year\s+(?:ago|earlier))\b",
    re.I,
)
RANGE_WORD = cue(r"\brange\b", re.I)
# "did revenue pass 4bn", "more than 40 million": an amount the figure is set against,
# never the figure's own name
BESIDE_AMOUNT = cue(
    r"\b(?:pass\w*|exceed\w*|top(?:s|ped)?|beat|above|over|more|less|fewer|below|under|hit"
    r"|hits|reach\w*|least|most|cross\w*|surpass\w*|break\w*|broke|than|vs|versus|if|would"
    r"|need\w*|to\s+go|short|shy)\b"
    # "of the 52,000 units in stock, how many were in Europe": the whole a
    # part is asked of
    r"|\bof\s+(?:the|its|their|those|these)\s+\S*\d",
    re.I,
)
# "cumulative procedures at the end of FY25", "lifetime units": a total counted from the
# start, whatever period follows ("running total" is read as "cumulative total")
CUMULATIVE = cue(r"\bcumulative(?:ly)?\b|\blifetime\b|\baccumulated\b", re.I)
# "... at the end of FY25", "as of March", "by year-end": a total asked at a day (never
# "cumulative revenue Jan to Oct", a span's own total)
AT_A_DAY = cue(
    r"\b(?:at|by)\s+(?:the\s+)?(?:end|close)\s+of\b|\bas\s+(?:of|at)\b|\byear[-\s]end\b",
    re.I,
)
# "since launch", "since its debut", "since it started out", "since the T1 launch", "since
# Dunmanus launched home delivery", "since its first crop": a running total is asked
SINCE_LAUNCH = cue(
    r"\bsince\s+(?:(?:its|their|the|it|they)\s+)?(?:(?:was|were)\s+)?(?:very\s+)?"
    r"(?:[\w-]+\s+){0,2}?"  # what, or who, began ("the T1 launch", "Dunmanus launched")
    r"(?:launch\w*|debut\w*|inception|introduc\w+|start\w*|began|open(?:ed|ing)|found\w*"
    r"|listing|ipo)\b"
    # what it began: "launched home delivery" (never a period or a clause after it)
    r"(?:\s+(?!(?:in|on|at|of|by|to|for|and|or|vs|versus|through|until|till|how|what)\b)"
    r"[a-z][\w-]*){0,2}"
    # "since its first crop", "since the first Iskra Cup": never a period's first part
    r"|\bsince\s+(?:its|their|the)\s+(?:very\s+)?first\s+"
    r"(?!(?:quarter|half|year|month|week|day|season|fiscal|fy|q\d|h\d)s?\b)[\w-]+(?:\s+[\w-]+)?"
    # "lifetime sales at 31 Dec": a running total said in a word ("cumulative" is not one:
    # "Jan-Oct cumulative revenue" runs from a start the question names)
    r"|\b(?:lifetime|all[\s-]time)\b",
    re.I,
)
# "raised in total since March", "come down since the AGM": the move from the statement
# made then to the latest (never "since launch", a running total: SINCE_LAUNCH)
SINCE = cue(r"\bsince\b", re.I)
BETWEEN_TWO = cue(r"\b(?:difference|gap|spread)\s+between\b", re.I)
# "the 28bn target, still standing?", "is that still the plan": whether a statement named
# stands, which the current one answers
STILL_STANDS = cue(r"\bstill\b(?!\s+(?:need|left|to\s+go|remain))", re.I)
# "capex rose to what in 2024", "what did sales climb to": the level reached, asked with a
# verb of change (the change itself needs the period before; the level does not)
LEVEL_REACHED = cue(
    r"\b(?:rose|risen|rise|rising|grew|grown|grow|climb\w*|fell|fallen|fall|dropp?\w*|"
    r"declin\w*|increas\w*|decreas\w*|jump\w*|slipp?\w*|shr[iau]nk\w*|swell\w*|soar\w*)"
    r"\s+to(?:\s+(?:what|how\s+much|how\s+many)\b|\s*\?|\s+in\b|$)"
    # "how high did deliveries climb": how high, not by how much
    r"|\bhow\s+high\b",
    re.I,
)
# "how did Greater China RevPAR do in Q1", "how is the Americas performing": how a figure
# moved is asked (a change the company states answers)
HOW_DID_IT_DO = cue(
    r"\bhow\s+(?:did|does|do|has|have|is|are|was|were)\b[^?]*?"
    r"\b(?:do|doing|done|did|perform(?:ed|ing)?|fare[ds]?|faring|hold(?:ing)?\s+up|held\s+up)\b",
    re.I,
)

# "reported net revenue growth", "growth in reported terms": the change as reported,
# never one on an organic or constant-currency basis
REPORTED_BASIS = cue(
    r"\breported\s+(?:[a-z&-]+\s+){0,3}?(?:growth|change|increase|rise|decline|basis|terms)\b"
    r"|\b(?:in|on\s+an?)\s+reported\s+(?:terms|basis)\b|\bas\s+reported\b",
    re.I,
)
# "the budget before and after the March revision": both statements, and the move
BEFORE_AND_AFTER = cue(r"\bbefore\s+and\s+after\b", re.I)
# "what was the backlog worth", "the backlog value": an amount of money asked, where a
# count fits as well
WORTH = cue(r"\b(?:worth|valued?)\b", re.I)
# "did occupancy pass 75%?", "will they hit it?": a question answered yes or no
# "2025 output vs the guide": one figure set against another, by a word of comparing
VERSUS = cue(r"\b(?:vs\.?|versus|against|compared\s+(?:with|to))\b", re.I)
YES_NO = cue(
    r"^\W*(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should)\b", re.I
)
# "how many homes does it hope to hit in FY26", "the number it is aiming to reach": the
# goal itself asked, in the words of reaching it (no actual is compared: none is held yet)
ASPIRED = cue(
    r"\b(?:hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|want(?:s|ed|ing)?|plan(?:s|ned|ning)?|"
    r"expect(?:s|ed|ing)?|need(?:s|ed)?|ha(?:ve|s|d)|must|tr(?:y|ies|ying)|seek(?:s|ing)?|"
    r"look(?:s|ing)?|intend(?:s|ed|ing)?|going|set|on\s+track)\s+to\s+"
    r"(?:hit|reach|beat|meet|achieve|deliver|sell|make|get\s+to|close|do|ship)\b"
    r"|\bmust\s+(?:[\w'’&.-]+\s+){0,3}?(?:hit|reach|beat|meet|achieve|deliver|sell|make|close|"
    r"ship)\b"
    # "how much does it reckon it'll make in FY26": what it will do, not yet done
    r"|(?:\bwill|['’]ll|\bgoing\s+to|\bgonna)\s+(?:[\w'’&.-]+\s+){0,3}?(?:hit|reach|make|deliver"
    r"|sell|achieve|do|ship|close|earn|book|post)\b",
    re.I,
)
# "the 1.9-3.1bn range, what replaced it": the statement made in its place, next
REPLACED = cue(
    r"\b(?:replac(?:ed|es|ing)|supersed(?:ed|es)|succeeded|took\s+(?:its|their)\s+place"
    r"|came\s+(?:next|after))\b"
    # "the £212m-£222m guidance: what did it become?", "... turned into what"
    r"|\bwhat\s+(?:did|has|had)\s+(?:it|that|this|they)\s+become\b|\bbec(?:ame|ome)\s+what\b"
    r"|\bturned\s+into\b"
    # "what was the 200bn goal raised to": the figure a revision made of it
    r"|\b(?:raised|lifted|increased|upped|cut|lowered|reduced|trimmed|revised|upgraded"
    r"|downgraded|changed|moved|narrowed|widened)\s+to\s*(?:(?:later|afterwards|then|next"
    r"|in\s+the\s+end|eventually|finally|ultimately)\s*)?(?:\?|$)",
    re.I,
)
# "what was it cut to in the end": the last statement of the figure, not the next one
IN_THE_END = cue(r"\b(?:in\s+the\s+end|eventually|finally|ultimately|at\s+last)\b", re.I)
# "and the plan before it?", "and prior to that?": the statement a figure named
# replaced
PRECEDED = cue(r"\b(?:before|prior\s+to|ahead\s+of)\s+(?:that|it|this)\b", re.I)
# "still need in Q4", "needs in the last quarter to reach", "left to go": what remains
STILL_NEEDED = cue(
    r"\b(?:still\s+need\w*|need\w*\s+(?:in|during|over|to|for)|left|remain\w*|to\s+go|"
    r"leaves?\s+(?:for|in)|leaves?\s+\w+\s+(?:for|in)|"
    # "what is needed in Oct-Dec to get to the top of its range"
    r"to\s+(?:reach|hit|meet|make|achieve|get\s+to)\s+(?:the|its|their)\b)",
    re.I,
)
# "what revenue would that growth imply", "the implied EPS": a figure worked out from another
# ("what would 2025 GMV have been at the top of its outlook": the level it implies)
IMPLIES = cue(
    r"\bimpl(?:ied|ies|y|ying)\b|\bwould\b(?:\s+[\w'’]+){0,6}?\s+(?:have\s+been|be)\s+at\b",
    re.I,
)
# "the Q4 that the year's guidance implies": what the year's expectation leaves for a
# part of it, once the actual of the rest is taken out
IMPLIED_BY_YEAR = cue(
    r"\bimpl(?:ied|ies|y|ying)\b.*\b(?:full[-\s]?year|fy|annual|whole[-\s]year)"
    r"|\b(?:full[-\s]?year|annual|whole[-\s]year|fy\w*)\b.*\bimpl(?:ied|ies|y|ying)\b"
    # "Q4 revenue implied by the upper end of its 2025 forecast": the year's goal
    # (`remaining` checks that the part asked closes the goal's period)
    r"|\bimpl(?:ied|ies|y|ying)\s+by\s+(?:the\s+)?(?:(?:top|bottom|low|high|upper|lower)"
    r"(?:\s+end)?\s+of\s+)?(?:the|its|their)\b",
    re.I,
)
# "what % of", "what share of", "which proportion of": a part as a share of a whole
SHARE_OF = cue(
    r"\b(?:what|which)\s+(?:%|per\s?cent(?:age)?|share|proportion|fraction|portion)\s+of\b"
    r"|\b(?:what|which)\s*%\s*of\b"
    # "Canada share of group sales", "Canada as a % of sales": the part named first
    r"|\b(?:share|proportion|fraction|portion)\s+of\b|"
    + _AS_SHARE_OF
    # "how much of 9M EBITDA came in Q3, as a share": the whole after "how much of"
    + r"|\bhow\s+much\s+of\b(?=.*\bas\s+an?\s+(?:%|per\s?cent(?:age)?|pct|share|proportion"
    r"|fraction)(?!\s+of)\b)",
    re.I,
)
# "what share of Q3 revenue came in July", "... was earned in the first half": the part a
# share is asked of is a period
PERIOD_AS_PART = cue(
    r"\b(?:came|come|comes|was|were|is|are|earned|made|booked|generated|sold|shipped)\s+"
    r"(?:in|during)\s+(?:the\s+)?(?:" + MONTH_PATTERN + r"|q[1-4]|h[12]|[1-4]q|[12]h|"
    r"(?:first|second|third|fourth|last|final)\s+(?:quarter|half|month|qtr))\b",
    re.I,
)
# nouns that name a revision of an expectation, never a change of an actual figure
REVISION_NOUN = cue(r"\b(?:downgrades?|upgrades?|revisions?)\b", re.I)
ACTUAL_WORD = cue(r"\bactuals?\b", re.I)


# "its raised forecast", "the lowered range", "the cut guidance": the statement a raise or a
# cut made, which need not be the latest ("by how much did they miss the raised forecast"
# after a later cut). A determiner first: "they raised the forecast" is the verb.
_REVISED_UP = r"raised|increased|upped|lifted|hiked|upgraded|boosted"
_REVISED_DOWN = r"lowered|cut|reduced|trimmed|slashed|downgraded|pared|scaled[\s-]+back"
_REVISED = patterns.guarded(
    rf"\b(?:the|its|their|that|this|'s|’s)\s+(?:(?P<up>{_REVISED_UP})|(?P<down>{_REVISED_DOWN}))"
    r"\s+(?:[\w/-]+\s+){0,3}?(?:target|tgt|forecast|fcst|fcast|guidance|outlook|goal|view|range"
    r"|plan|estimate)",
    re.IGNORECASE,
)


@per_text
def revised_direction(text: str) -> str | None:
    """'up' for "the raised forecast", 'down' for "the lowered range", else None."""
    m = _REVISED.search(text)
    if m is None:
        return None
    return "up" if m["up"] else "down"


# "before the trim", "ahead of the raise": the change a statement came before, by its noun
_CHANGE_NAMED = patterns.guarded(
    r"\b(?:before|prior\s+to|ahead\s+of)\s+(?:the|its|their|that)\s+(?:\w+\s+)?"
    r"(?:(?P<down>cut|trim|reduction|downgrade|lowering|slash)|"
    r"(?P<up>raise|rise|lift|hike|upgrade|increase))\b",
    re.IGNORECASE,
)


def change_before_named(text: str) -> str | None:
    """'up' for "before the raise", 'down' for "before the trim", else None."""
    m = _CHANGE_NAMED.search(text)
    if m is None:
        return None
    return "down" if m["down"] else "up"


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


# A comparison that asks for the amount between two figures, not only both figures.
_DIFFERENCE = patterns.guarded(
    r"\b(?:diff|difference|gap|higher|lower|apart|moved?|change[sd]?|shift(?:ed)?)\b", re.I
)


@per_text
def asks_difference(text: str) -> bool:
    return _DIFFERENCE.search(text) is not None


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


# "did Q3's margin beat Q3 2024's?", "was revenue higher than a year ago?": a yes/no
# question (its auxiliary before any wh-word) about which way a figure moved
_YES_NO = patterns.guarded(
    r"^(?:(?!\b(?:what|which|how|when|where|why|who)\b).)*?"
    r"\b(?:did|does|do|was|were|is|are|has|have|had)\b",
    re.IGNORECASE,
)
_DIRECTIONS = {
    "up": patterns.compile(
        r"\b(?:beat|beats|exceed\w*|top(?:ped)?|surpass\w*|outpac\w*|outd(?:id|o)|gr[eo]wn?"
        r"|grows|rise|rose|risen|increas\w*|higher|more|bigger|larger|up|gain\w*|above"
        r"|faster|quicker)\b",
        re.IGNORECASE,
    ),
    "down": patterns.compile(
        r"\b(?:fall|fell|fallen|drop\w*|declin\w*|decreas\w*|shr[iu]nk\w*|lower|less"
        r"|fewer|smaller|down|slip\w*|dip\w*|below|slower)\b",
        re.IGNORECASE,
    ),
    "better": patterns.compile(r"\b(?:improv\w*|better|stronger)\b", re.IGNORECASE),
    "worse": patterns.compile(r"\b(?:worse|worsen\w*|weaker|deteriorat\w*)\b", re.IGNORECASE),
}


# "up more than 15%", "grow by at least 5 percent", "fall less than 2%": a bar for how far a
# figure moved, in percent of where it was
_CHANGE_BAR = patterns.guarded(
    r"\b(?P<side>more\s+than|over|above|upwards\s+of|at\s+least|less\s+than|under|below"
    r"|fewer\s+than|at\s+most)\s+(?P<bar>\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|pct\b|pc\b)",
    re.IGNORECASE,
)


@per_text
def change_bar(text: str) -> tuple[str, float] | None:
    """('over' or 'under' or 'at least' or 'at most', the percentage) where a yes/no
    question sets a bar for how far a figure moved ("were cans up more than 15%")."""
    m = _CHANGE_BAR.search(text)
    if m is None or not _YES_NO.search(text):
        return None
    side = " ".join(m["side"].lower().split())
    sides = {"at least": "at least", "at most": "at most", "less than": "under", "under": "under"}
    side = sides.get(side, "under" if side in ("below", "fewer than") else "over")
    return side, float(m["bar"])


@per_text
def direction_asked(text: str) -> str | None:
    """'up', 'down', 'better' or 'worse' for a yes/no question about one way a figure
    moved; None for any other question, or one naming two ways."""
    if not _YES_NO.search(text):
        return None
    text = _CHANGE_BAR.sub(" ", text)  # ("up less than 15%": the bar says no way it moved)
    found = [way for way, words in _DIRECTIONS.items() if words.search(text)]
    return found[0] if len(found) == 1 else None
