"""Who speaks in a transcript: the company's own people, or someone outside it.

A turn opens with a speaker label: "DANA REYES (CFO): ...", "Tom Hale, Harbour Bank: ...",
"Operator: ...". A label is outside the company when it says so ("analyst", "operator"),
when the transcript's cast names the speaker as its host or moderator ("Host: Ana Ruiz"),
when its affiliation is an organisation rather than a role of the company ("(KESTON
CAPITAL)", "— Marlow Securities"), or when the operator introduced that speaker as coming
from somewhere ("the next question is from Ana Ruiz at Keston Capital"). Their figures (a
model's estimate, a market size, a rival's sales) are not the company's facts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lemminflect import getAllLemmas

from bot.facts import reporting
from bot.ingest.layout import Layout
from bot.ingest.lexicon import THIRD_PARTY

# "Analyst, Harbour Bank: Thanks. Our model has ...": a label, a colon, the turn.
# (a period only inside a name: "Westbrook & Co. -- Analyst")
# (a transcript's timestamp may lead the label: "[01:02] HOST: ...")
_SPEAKER = re.compile(
    r"^\s*(?:[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s*)?"
    r"(?P<label>[A-Z](?:[^:\n.?!]|\.(?=\s+\S)){1,80}?)\s*:\s+\S"
)
# The affiliation part of a label: "(CFO)", ", Harbour Bank", " - Marlow Securities".
_AFFILIATION = re.compile(r"\((?P<paren>[^)]+)\)|(?:,|\s[-–—]+)\s*(?P<after>.+)$")
# Roles a company's own people speak in.
_OWN_ROLE = re.compile(
    r"\b(?:chief|ceo|cfo|coo|cto|cmo|cio|president|chair(?:man|woman|person)?|director|head"
    r"|vice|vp|svp|evp|officer|treasurer|investor\s+relations|ir|founder|managing|executive"
    r"|manager|controller|secretary|finance|financial|general\s+counsel|spokes(?:man|woman"
    r"|person))\b",
    re.IGNORECASE,
)
# (a programme's own people: "RITIKA SEN (ANCHOR)", "Kate (host)", "interviewer")
_OPERATOR = re.compile(
    r"\b(?:operator|moderator|host|anchor|presenter|interviewer|reporter|journalist)\b",
    re.IGNORECASE,
)
# a transcript's cast, named before the turns: "[... Host: Bongani Cele. Guest: ...]",
# "moderator Greg Tolliver, homebuilding analyst": the programme's people, never the company's
_CAST = re.compile(
    r"\b(?i:host|moderator|interviewer|presenter|anchor)s?\s*[:,-]?\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
)
# "Our first question comes from Mei Lin at Keston Capital", "... is from Tom Hale of ..."
_INTRODUCED = re.compile(
    r"\bquestions?\s+(?:\w+\s+){0,2}?(?:comes?|is|will\s+come)\s+from\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+(?:at|of|with|from)\s+[A-Z]",
)


def _speaker_name(label: str) -> str:
    return _AFFILIATION.sub("", label).strip().casefold()


# A person's name: two to four capitalised words ("Mei Lin", "TOM O'HALE").
_PERSON = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){1,3}")
# An organisation: capitalised words, "&", "and", "of" ("Keston Capital", "Marlow & Co").
_ORGANISATION = re.compile(r"[A-Z][\w'’.&-]*(?:\s+(?:[A-Z&][\w'’.&-]*|and|of|the)){0,5}")


def _outside(label: str, company: Sequence[str]) -> bool:
    if THIRD_PARTY.search(label) or _OPERATOR.search(label):
        return True
    m = _AFFILIATION.search(label)
    if m is None or not _PERSON.fullmatch(label[: m.start()].strip()):
        return False  # "Q2 (Oct-Dec) units: 73,600" is a key and a value, not a turn
    if m["paren"] and (label[m.end() :].strip() or _initials_of(m["paren"], label[: m.start()])):
        # "Unlimited Wash Club (UWC) members: 2.36M": a name with its short form, then what
        # is counted, never a person and the firm they speak for
        return False
    if _says_what_happened(label):
        return False  # "Guidance Narrowed, Target Trimmed: ...": a headline run in, no one
    who = label[: m.start()].strip().casefold()
    if any(n and n.casefold() == who for n in company):
        return False  # "ASHWA MOTORS – SALES PERFORMANCE: ...": the company's own heading
    where = (m["paren"] or m["after"] or "").strip()
    if _OWN_ROLE.search(where) or not _ORGANISATION.fullmatch(where):
        return False  # "(CFO)", or no organisation's name
    folded = where.casefold()
    return not any(n and (n.casefold() in folded or folded in n.casefold()) for n in company)


def _initials_of(short: str, name: str) -> bool:
    """SHORT is NAME's initials: "UWC" for "Unlimited Wash Club"."""
    letters = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name))
    return short.strip().upper() == letters.upper() and len(letters) > 1


# Capitalised words run into a paragraph before a colon: "Guidance Narrowed, Target Trimmed: "
_RUN_IN = re.compile(r"^\s*(?P<label>[A-Z][\w'’-]*(?:,?\s+[A-Z][\w'’-]*){1,7})\s*:\s+")


def _says_what_happened(label: str) -> bool:
    """A label with a verb in the past ("Narrowed", "Raised"): a headline, never a name."""
    return any(
        w.lower().endswith("ed") and "VERB" in getAllLemmas(w.lower())
        for w in re.findall(r"[A-Za-z]+", label)
    )


# In the operator's own turn any "Tom Becker with Kessling & Co." introduces a caller:
# "Next, Tom Becker with ...", "We'll now hear from Ana Ruiz of ..."
_CALLER = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s+(?:at|of|with|from)\s+[A-Z]"
)


def outside_turns(layout: Layout, company: Sequence[str]) -> set[int]:
    """The paragraphs spoken by someone outside the company (COMPANY: its names)."""
    introduced = {
        m["name"].casefold() for s in layout.sentences for m in _INTRODUCED.finditer(s.text)
    }
    introduced |= {
        m["name"].casefold()
        for s in layout.sentences
        if _SPEAKER.match(s.text) is None  # ("HOST: Fiona Tran, thanks ...": a turn, no cast)
        for m in _CAST.finditer(s.text)
    }
    labels: dict[int, str] = {}
    for s in layout.sentences:
        m = _SPEAKER.match(s.text)
        if m is not None:
            labels.setdefault(s.paragraph, m["label"])
    operator = {n for n, label in labels.items() if _OPERATOR.search(label)}
    introduced |= {
        m["name"].casefold()
        for s in layout.sentences
        if s.paragraph in operator
        for m in _CALLER.finditer(s.text)
    }
    asking = _interviewers(layout, labels)
    outside = {
        n
        for n, label in labels.items()
        if _outside(label, company) or _speaker_name(label) in introduced or label in asking
    }
    # "RITIKA SEN (ANCHOR): ..." once, then "RITIKA SEN: ...": the same person throughout
    named = {_speaker_name(labels[n]) for n in outside}
    return outside | {n for n, label in labels.items() if _speaker_name(label) in named}


def answers_within(
    text: str, layout: Layout, outside: set[int], company: Sequence[str]
) -> set[int]:
    """Starts of the sentences in OUTSIDE paragraphs that another speaker says: a summary
    transcript sets "Q2 (Analyst, Hibiya Securities): ..." and "A (Morisaki): ..." on lines
    of one paragraph, and the answer after the question is the company's."""
    asking = {
        _speaker_name(m["label"])
        for s in layout.sentences
        if s.paragraph in outside
        and (m := _SPEAKER.match(s.text)) is not None
        and _outside(m["label"], company)
    }
    out: set[int] = set()
    answering, paragraph = False, None
    for s in layout.sentences:
        if s.paragraph not in outside:
            continue
        if s.paragraph != paragraph:
            answering, paragraph = False, s.paragraph
        # (a label opens a line: "Marcus, the headline: revenue ..." inside a turn is no one)
        at_line = not text[text.rfind("\n", 0, s.start) + 1 : s.start].strip()
        m = _SPEAKER.match(s.text) if at_line else None
        if m is not None:
            label = m["label"]
            answering = not _outside(label, company) and _speaker_name(label) not in asking
            if answering and _AFFILIATION.search(label) is None and not _ANSWER.match(label):
                answering = False  # "Revenue: ...": a key and a value, no one answering
        if answering:
            out.add(s.start)
    return out


# an answer's label in a summary transcript: "A (Morisaki)", "A:", "Answer (CFO)"
_ANSWER = re.compile(r"(?:A|Answer|Response)\b", re.IGNORECASE)


def _interviewers(layout: Layout, labels: dict[int, str]) -> set[str]:
    """Labels whose every turn ends in a question: an interview's interviewer ("NWK: That's
    roughly 5.8 billion US dollars in revenue. ... Are you gaining share?"), whose figures
    restate or compare, never the company's. A person's name needs two such turns, so one
    of the company's people asking back once is not read as asking."""
    last: dict[int, str] = {}
    for s in layout.sentences:
        if s.paragraph in labels:
            last[s.paragraph] = s.text
    turns: dict[str, list[str]] = {}
    for n, label in labels.items():
        turns.setdefault(label, []).append(last.get(n, ""))
    return {
        label
        for label, ends in turns.items()
        if all(e.rstrip().rstrip("\"”’'").endswith("?") for e in ends)
        and (len(ends) >= 2 or not _PERSON.fullmatch(label))
        and not _OWN_ROLE.search(label)
    }


# a turn's label that names a person: "DANA REYES (CFO):", "[01:02] HOST:", "Tom Hale,
# Harbour Bank:", "Dana Reyes (Chief Executive):"
_ROLE_WORDS = (
    r"(?i:[^():\n]{0,30}\b(?:ceo|cfo|coo|cto|chief|president|chair\w*|director|officer|head"
    r"|vp|vice|analyst|manager|founder|treasurer|secretary|spokes\w+)\b[^():\n]{0,30})"
)
_PERSON_LABEL = re.compile(
    r"^\s*(?:[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s*)?"
    # "DANA REYES (CFO):", "DANA REYES:" (a name in capitals), "Dana Reyes (Chief Financial
    # Officer):", "Dana Reyes, CFO:" (a name and a role), "Operator:", "HOST:"
    r"(?:[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)+(?:\s*\([^()\n]{1,60}\))?"
    r"|[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}\s*(?:\("
    + _ROLE_WORDS
    + r"\)|,\s*"
    + _ROLE_WORDS
    + r")"
    r"|(?i:operator|host|moderator|interviewer|presenter))"
    r"\s*:\s"
)


def unlabelled(text: str) -> str:
    """TEXT with a speaker's label at its start blanked ("DANA REYES (CFO): revenue was ..."):
    who speaks is no part of what a figure counts. The text keeps its length."""
    run_in = _RUN_IN.match(text)
    if run_in is not None and _says_what_happened(run_in["label"]):
        # "Guidance Narrowed, Target Trimmed: On 2 February ...": a headline run into its
        # paragraph names no part and no one; the sentence starts after it
        return " " * run_in.end() + text[run_in.end() :]
    m = _PERSON_LABEL.match(text)
    if m is None or any(ch.isdigit() for ch in m.group().split("]")[-1]):
        return text
    name = re.sub(r"\([^()]*\)|,.*|:.*|^\s*\[[^\]]*\]", " ", m.group()).strip()
    if (
        name.isupper()
        and not _OPERATOR.fullmatch(name)
        and (
            reporting.family_of(name.lower()) is not None
            or all(getAllLemmas(w.lower()) for w in re.findall(r"[A-Za-z]+", name))
        )
    ):
        return text  # "NET SALES:", "EBITDA MARGIN (%):": a measure's label, no person's
    return " " * m.end() + text[m.end() :]
