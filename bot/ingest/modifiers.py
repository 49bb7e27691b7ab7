"""The words before a metric's head that narrow it ("mobile" revenue, "Cloud
Infrastructure" revenue) and the brands among them, and the words that end such a run
(determiners, verbs, numbers, possessives, the company's own name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.ingest import lexicon as lx
from bot.ingest.figures import words_in

STOP_MODIFIER = re.compile(
    r"^(?:the|a|an|its|their|his|her|our|this|that|of|in|for|to|from|by|with|on|at|as|is|are|was"
    r"|were|be|been|has|have|had|will|would|said|says|and|or|than|which|who|it|record|also|its"
    r"|up|down|over|about|around|nearly|some|just|only|total|overall|full|year|quarter"
    r"|while|whereas|but|although|though|so|yet|within|among|across|cumulative|cumulatively"
    r"|where|when|whose"  # "LAS, where volume declined": a relative word, no part of the name
    r"|after|before|despite|following|since|until|during"  # "After losses of": no part
    r"|first|initial"  # "since its first deliveries": when a count began, never what it counts
    r"|interim"  # a period: "interim net sales" are the first half's
    r"|remains?|remained|stays?|stayed"  # "the forecast remains net sales of ..."
    # a verb that brings a running total to a level: "which brings net bookings to ..."
    r"|brings?|brought|takes?|took|lifts?|pushe[sd]|puts?"
    r"|lifetime|months?|weeks?|days?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"(?:-\w+)?)$",
    re.IGNORECASE,
)


FUNCTION_WORDS = frozenset(
    "this thus was has is its as us yes less unless whereas perhaps always "
    "sometimes across towards".split()
)


_SCALE_WORDS = frozenset(
    "thousand million billion trillion mln bln mn bn tn k m b dlr dlrs pct fy lakh lakhs lac"
    " crore crores cr".split()
)


VERBISH = re.compile(r"(?:ed|ing)$", re.IGNORECASE)


_NAME_JOIN = re.compile(r"\s+(?:&|and)\s+")


_PERIOD_TOKEN = re.compile(r"(?:[1-4]?Q[1-4]?|H[12]|FY\d*|[1-9]M)", re.IGNORECASE)


_GLOSS_BEFORE = re.compile(
    r"\s\((?:[A-Za-z][\w-]*)(?:,\s*[A-Za-z][\w-]*)?\)\s*(?:(?:[1-4]?Q[1-4]?|H[12]|[1-9]M|FY\d*)\s+)?$"
)


_CLAUSE_MARK = re.compile(r"[;:()\[\]]|,(?=\s)")


# "net of cancellations, orders came to 889": what the measure is net of, before a comma
_NET_OF = re.compile(r"\bnet\s+of\s+[\w\s-]{1,40}$", re.IGNORECASE)


# words ending like a verb that are the vocabulary's own qualifiers: "adjusted operating
# profit", "underlying operating profit" (a basis, no verb), "gaming revenue"
_NOT_VERBS = frozenset(
    """adjusted underlying normalized normalised diluted operating pricing marketing computing
    gaming streaming""".split()
)
# what may stand right before a noun phrase: a sentence's or a clause's start, a determiner
# or an owner (never a comma: ", giving RevPAR of" is a participle's clause, a verb)
_PHRASE_OPENER = re.compile(
    r"(?:^|[;:(\u2014\u2013]|\s-|\b(?:the|its|our|their|his|her|this|that|these|those)"
    r"|['’]s)\s*$",
    re.IGNORECASE,
)


def _opens_phrase(text: str, start: int) -> bool:
    """The word at START opens its noun phrase (the clause starts there, or a determiner or
    an owner stands before it): "Recurring revenue was", "our contracted sales reached". A
    participle there describes the measure; after a subject it is the verb ("the company
    reported revenue of")."""
    return _PHRASE_OPENER.search(text, max(0, start - 20), start) is not None


def modifiers(
    text: str, head_start: int, entity_names: Sequence[str]
) -> tuple[list[str], list[str]]:
    """Words before a metric head that narrow it ("mobile", "smartphone"), and the brands
    among them ("Xperia"). Stops at a determiner, verb, number or possessive."""
    mods: list[str] = []
    brands: list[str] = []
    following = head_start
    before = words_in(text, max(0, head_start - 80), head_start)
    # "Thornbury & Vale revenue": the company's own name, however many words, names no part
    window = max(0, head_start - 80)
    owned = [
        (m.start(), m.end())
        for n in entity_names
        if n
        for m in re.finditer(re.escape(n), text[:head_start], re.I)
        if m.end() > window
    ]
    # "Veltrexa (ameltrizumab) sales": a bracketed gloss right before the head is read past
    gloss = _GLOSS_BEFORE.search(text, window, head_start)
    for k in range(len(before) - 1, -1, -1):
        word, s, e = before[k]
        if gloss is not None and gloss.start() <= s < gloss.end():
            following = gloss.start()
            continue
        if any(a <= s < b for a, b in owned):
            break
        bare = word.rstrip(".")
        if k and before[k - 1][0].lower() == "to" and bare.islower():
            break  # "to reach revenue of ...": a verb after "to", not a modifier
        # "Hearth & Loom revenue", "Parts and Equipment revenue": one name joined by "&" or
        # "and" is kept whole (never "Hearth Loom", never just "Equipment")
        if bare.lower() == "and" and mods and mods[-1][:1].isupper() and k:
            prev, _, prev_end = before[k - 1]
            if prev[:1].isupper() and not _CLAUSE_MARK.search(text, prev_end, s):
                continue  # the "and" inside a name: the word before it is read next
        joined = (
            _NAME_JOIN.fullmatch(text, e, following)
            if mods and mods[-1][:1].isupper() and bare[:1].isupper()
            else None
        )
        if _CLAUSE_MARK.search(text, e, following):
            if not mods and _NET_OF.search(text, max(0, s - 60), e):
                mods, brands = ["net"], []  # net of what it names, the measure is net
            break  # "176,420 million yen; operating profit": the clause before is not it
        following = s
        if _PERIOD_TOKEN.fullmatch(bare) or (
            s and text[s - 1 : s].isdigit() and _PERIOD_TOKEN.fullmatch(text[s - 1 : e])
        ):
            continue  # "Veltrexa (VLX) 9M sales", "4Q group sales": when, no kind of sales
        if (
            STOP_MODIFIER.match(bare)
            or bare[0].isdigit()
            or bare.lower() in lx.EMPTY_MODIFIERS
            or bare.lower() in _SCALE_WORDS
        ):
            break
        if bare.endswith(("'s", "’s", "'", "’")):
            break  # "Sony's mobile unit": the owner, not part of the metric
        if any(
            bare.casefold() == n.casefold() or n.casefold().startswith(bare.casefold() + " ")
            for n in entity_names
        ):
            break
        low = bare.lower()
        if (
            low in lx.TARGET_CUES
            or low in lx.FORECAST_CUES
            or low in lx.ACTUAL_CUES
            or (low in FUNCTION_WORDS or low in lx.KIND_NOUNS)
        ):
            break
        # ("Recurring revenue was", "our contracted sales": right before the measure's noun)
        opens = not mods and VERBISH.search(bare) is not None and _opens_phrase(text, s)
        if VERBISH.search(bare) and not opens and bare.lower() not in _NOT_VERBS:
            break
        if len(mods) >= 6:
            break
        if bare[0].isupper() and s > 0 and bare not in ("PC", "TV", "PCs", "TVs") and not opens:
            brands.append(bare)
        if joined is not None:
            mods.append("&" if "&" in joined.group() else "and")
        mods.append(bare)
    mods.reverse()
    brands.reverse()
    return mods, brands
