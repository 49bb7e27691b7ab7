"""Goals and expectations: progress toward a goal and what is still needed to reach
it, whether an actual came in within a range, the goal itself asked ("hopes to hit"), the
actual beside an expectation, and a gap to one ("missed", "more than expected")."""

from __future__ import annotations

import re

from bot import patterns
from bot.answering.english.words import FORECAST_WORDS, TARGET_WORDS
from bot.answering.reading.cues import cue, per_text

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
def within(text: str) -> bool:
    """Does the question ask whether a figure came in within (or in line with) a range?"""
    return bool(_WITHIN.search(text))


# "as many ships as it forecast", "as much as they guided": an actual set level with an
# expectation (did it reach it?)
EQUATIVE = patterns.guarded(
    r"\bas\s+(?:many|much|high|big|large|strong)\b(?:\s+[\w'’-]+){0,4}?\s+as\b", re.IGNORECASE
)

_ACTUAL = patterns.guarded(
    r"\b(?:actual|actuals|actually|came\s+in|reported|outturn|results?)\b", re.I
)


@per_text
def actual(text: str) -> bool:
    """Does the question name the actual figure beside an expectation ('forecast vs
    actual')?"""
    return bool(_ACTUAL.search(text))


# Cues the engine reads on the question as asked, beside what understand.py reads.
_EXPECTATION_WORDS = (
    r"\b(?:guid\w*|forecast\w*|expect\w*|target\w*|outlook|projected|planned|budget\w*)\b"
)
# "the 68 billion goal", "its 4.2bn target", "its 80-store goal": an amount that names the
# expectation it is
# (its scale, unit or measure between: never "5 units vs plan", set against it)
_WORD_OF_A_GOAL = r"(?!(?:vs|versus|against|than|to|of|and|or)\b)[a-z]{1,9}\s+"
# (the lexicon's words of a target or a forecast, "objective", "quota", "estimate", too)
_GOAL_NOUNS = "|".join(sorted(TARGET_WORDS | FORECAST_WORDS, key=len, reverse=True))
GOAL_BY_AMOUNT = cue(
    r"\d[\d.,]*[\s-]*(?:%\s*|" + _WORD_OF_A_GOAL + r")?(?:" + _WORD_OF_A_GOAL + r")?"
    r"(?:" + _GOAL_NOUNS + r"|" + _EXPECTATION_WORDS[5:-3] + r")s?\b",
    re.I,
)

HOW_FAR = cue(r"\bhow\s+far\b(?!\s+along)", re.I)

# "how many more homes does it need", "how much more must it sell": the gap to a goal
MORE_NEEDED = cue(r"\bhow\s+(?:many|much)\s+more\b", re.I)

# "how many subscribers was it short of the goal": the gap, counted
HOW_MANY_SHORT = cue(r"\bhow\s+(?:many|much)\b.*\b(?:short|shy)\s+of\b", re.I)

# "guiding for more in FY26 than it delivered in FY25": what was done, set against what is
# expected (a verb in the past after "than" and its subject)
THAN_DONE = cue(
    r"\bthan\s+(?:what\s+)?(?:it|they|we|the\s+company|the\s+group|[a-z]+)\s+(?:actually\s+)?"
    r"(?!(?:expected|forecast|guided|planned|targeted|hoped|projected|predicted|budgeted)\b)"
    r"(?:[a-z]+ed|did|made|sold|shipped|won|grew|took|brought|got|hit|saw|spent|paid)\b",
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

# the words naming an expectation: one of them beside "differ" is set against the actual
EXPECTATION = cue(_EXPECTATION_WORDS, re.I)

RANGE_WORD = cue(r"\brange\b", re.I)

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

# "still need in Q4", "needs in the last quarter to reach", "left to go": what remains
STILL_NEEDED = cue(
    r"\b(?:still\s+need\w*|need\w*\s+(?:in|during|over|to|for)|left|remain\w*|to\s+go|"
    r"leaves?\s+(?:for|in)|leaves?\s+\w+\s+(?:for|in)|"
    # "what is needed in Oct-Dec to get to the top of its range"
    r"to\s+(?:reach|hit|meet|make|achieve|get\s+to)\s+(?:the|its|their)\b)",
    re.I,
)

ACTUAL_WORD = cue(r"\bactuals?\b", re.I)
