"""Ordinary English: does a word *name* something, or is it grammar and chat?

A question's word that nothing in the store explains decides between answering and
abstaining. Abstaining is right when the word names a thing the store lacks (a company,
product, region, segment or metric: "Samsung", "TV", "Europe"); it is wrong for verbs,
adverbs, adjectives of manner and chat ("what is Sony pushing for", "how many did they
shift"). Which is which comes from lemminflect's English dictionary (parts of speech and
lemmas; its data ships in the wheel, no download): a word the dictionary does not know is
taken as a name; a word it knows only as a verb, adverb or adjective names nothing; a
word that can be a noun names something unless it is used as a verb ("did they *ship*").
"""

from __future__ import annotations

import functools

from bot.answering.english.dictionary import all_lemmas
from bot.fuzzy import OSA, process  # imported on first use (bot/fuzzy.py)

# Chat shorthand the dictionary does not know: what each one stands for.
SHORTHAND = {
    "rn": "now",
    "atm": "now",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "ty": "thanks",
    "ie": "that is",
    "eg": "for example",
    "i.e": "that is",
    "thru": "through",
    "chg": "change",
    "diff": "difference",
    "chng": "change",
    "tot": "total",
    "cum": "cumulative",
    "cumul": "cumulative",
    "cume": "cumulative",
    "itd": "cumulative",  # inception to date
    "e.g": "for example",
    "abt": "about",
    "approx": "approximately",
    "w": "with",
    "wrt": "regarding",
    "yr": "year",
    "yrs": "year",
    "qtr": "quarter",
    "txn": "transaction",
    "txns": "transactions",
    "trx": "transaction",
    "trxs": "transactions",
    "qtrs": "quarter",
    "mo": "month",
    "mos": "month",
    "wk": "week",
    "wks": "week",
    "avg": "average",
    "fcst": "forecast",
    "fcast": "forecast",
    "tgt": "target",
    "mkt": "market",
    "mgmt": "management",
    "adj": "adjusted",
    "stat": "statutory",  # "stat NPAT": the statutory figure beside the underlying
    "nongaap": "adjusted",  # "non-GAAP operating income" is its adjusted figure
    "est": "estimate",
    "delivs": "delivery",
    "deliv": "delivery",
    "shpt": "shipment",
    "shpts": "shipment",
    "shipmts": "shipment",
    "bk": "book",  # "order bk"
    "prod": "production",  # (the verb "prod" is no question's word)
    "prodn": "production",
    "rev": "revenue",
    "revs": "revenue",
    "yoy": "yoy",
    "pcp": "yoy",  # the prior corresponding period, as Australian reports say a year ago
    "biz": "business",
    "svc": "service",
    "svcs": "services",
    "ytd": "ytd",
    "qtd": "qtd",
    "mtd": "mtd",
    "vs": "vs",
    "v": "vs",
    "incl": "including",
    "intl": "international",
    "excl": "excluding",
    "ex": "excluding",  # "sales ex FX", "costs ex energy"
    "without": "excluding",  # "EBITDA without cement", chat's "w/o" (read as "without")
    "subs": "subscriptions",
    "subscr": "subscriptions",
    "num": "number",
    "nums": "number",
    "pct": "percent",
    "info": "information",
    "ya": "you",
    "u": "you",
    "ur": "your",
    "r": "are",
    "wat": "what",
    "wht": "what",
    "hw": "how",
    "hv": "have",
    "whats": "what",
    "hows": "how",
    "gonna": "going",
    "wanna": "want",
    "gimme": "give",
    "lemme": "let",
    "dunno": "know",
    "lol": "laughing out loud",
    "btw": "by the way",
    "asap": "as soon as possible",
    "fyi": "for your information",
    "imo": "in my opinion",
    "tbh": "to be honest",
    "pax": "passengers",  # the travel trade's word
    "hrs": "hours",
    "hr": "hour",
    "ppl": "people",
}

# The points of the compass, a closed class: adverbs to a dictionary, names of regions in
# a sales question ("west zone dealers", "southern region")
_COMPASS = frozenset(
    """north south east west northern southern eastern western northeast northwest
    southeast southwest""".split()
)

_ACROSS_BORDERS = frozenset(
    "export exports exported exporting import imports imported importing".split()
)

# Pronouns that stand for anyone or anything ("anyone got it?"), and reflexives ("the
# banner itself"): chat and grammar, never a name.
INDEFINITE_PRONOUNS = frozenset(
    """anyone anybody someone somebody everyone everybody anything something everything
    nothing nobody itself themselves themself himself herself ourselves yourself""".split()
)

# English's closed classes, which the lemma dictionary leaves out (they do not inflect):
# real words, never typos of another ("and" is not a misspelt "hand").
FUNCTION_WORDS = frozenset(
    """a an the and or but nor so yet if than then that this these those of to in on at by
    for with from into onto upon about above below over under between among through via
    per as because while whereas although though whether not no yes i you he she it we
    they me him her us them my your his its our their mine yours ours theirs what which
    who whom whose when where why how there here all any each every both either neither
    some such own same other another very too also just only even""".split()
    + list(INDEFINITE_PRONOUNS)
)

# Numbers written out, another closed class the lemma dictionary leaves out ("the last
# three months", "nine months"): words, never typos of another ("nine" is not "line").
NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand million billion trillion first second third fourth
    fifth sixth seventh eighth ninth tenth eleventh twelfth""".split()
)

# A noun read as a verb after these ("did they ship", "to book", "will deliver").
_VERB_CONTEXT = frozenset(
    """did do does didn't don't doesn't didnt dont doesnt to will would can could should
    shall might may must they we you i he she it who n't not never also still just
    expect expected expects hope hoped hopes plan plans planned want wants wanted aim aims
    aimed going manage managed try tried""".split()
)
_NOUN_CLASSES = frozenset({"NOUN", "PROPN"})
# Endings English shortens a pronoun or a verb with; a possessive "'s" names on
_CLITICS = ("'d", "'ll", "'m", "'re", "'ve", "n't")


@functools.lru_cache(maxsize=50_000)
def parts_of_speech(word: str) -> frozenset[str]:
    """The word classes the dictionary knows WORD in ('VERB', 'NOUN', 'ADJ', 'ADV', ...);
    empty for a word it does not know (a name, an acronym, a typo)."""
    return frozenset(all_lemmas(word.lower()))


def expand_shorthand(word: str) -> str:
    return SHORTHAND.get(word, word)


def names_something(word: str, previous: str | None = None) -> bool:
    """Does WORD name a thing (so an unexplained one means the store lacks it)?
    PREVIOUS is the word before it, or "did" when an auxiliary came shortly before ("how
    many cars did Kestrel *shift*")."""
    word = word.lower().replace("’", "'").strip("'")
    if word in _COMPASS or word in _ACROSS_BORDERS:
        # "the west zone", "northern region", "did they export": a part of a market,
        # however used (what was exported is not all that was sold)
        return True
    if word.endswith(_CLITICS):
        return False  # "i'd", "we'll", "they're", "haven't": a pronoun or verb, shortened
    if word in INDEFINITE_PRONOUNS:
        return False  # "anyone got it?"
    if word in SHORTHAND:  # "rn": now, names nothing; "rev": revenue, names a figure
        full = SHORTHAND[word]
        return full != word and " " not in full and names_something(full, previous)
    classes = parts_of_speech(word)
    if not classes:
        return True  # not English: a name ("Samsung", "Xbox", "EMEA")
    if not classes & _NOUN_CLASSES or "ADV" in classes:
        return False  # a verb, adverb, adjective or particle ("back", "more", "close")
    return not ("VERB" in classes and previous in _VERB_CONTEXT)


def verb_context_word(previous: str | None) -> str | None:
    """PREVIOUS as far as `names_something` reads it: itself where it makes a verb of the
    word after it, else None (the same answer: callers keep one entry, not one per word
    before, which a never-asked company's name made new each question)."""
    return previous if previous in _VERB_CONTEXT else None


@functools.lru_cache(maxsize=50_000)
def verb_lemma(word: str) -> str | None:
    """The verb WORD is a form of ('took' -> 'take'), or None when it is not a verb."""
    found = all_lemmas(word.lower()).get("VERB")
    return found[0] if found else None


def inflection_lemma(word: str) -> str | None:
    """The base form of an inflected verb or plural noun the dictionary knows ('delivered'
    -> 'deliver', 'took' -> 'take', 'dispatches' -> 'dispatch'); None for a base form or
    a word it does not know, which the caller's own rules handle."""
    found = all_lemmas(word.lower())
    verb = found.get("VERB", ())
    if verb and verb[0] != word and not word.endswith("s"):
        return verb[0]  # past tenses and participles: "sold", "handed", "shifted"
    noun = found.get("NOUN", ())
    if noun and noun[0] != word and word.endswith("s"):
        return noun[0]
    return None


def is_english(word: str) -> bool:
    """Does the dictionary know WORD? A known word is never taken as a typo of another
    ("income" is not a misspelt "come")."""
    return (
        bool(parts_of_speech(word))
        or word in SHORTHAND
        or word in FUNCTION_WORDS
        or word in NUMBER_WORDS
    )


def short_acronym(word: str) -> bool:
    """Is WORD a short one the dictionary does not know ("fcf", "tcv")? Such a word is one
    letter from another of its kind ("ocf"), so it is never a typo's target."""
    return len(word) <= 4 and not is_english(word)


def max_edits(word: str) -> int:
    """How many edits a typo of WORD may have: none under 3 letters, one (a transposition
    counts as one), two from 8 letters."""
    n = len(word)
    return 0 if n < 3 else 1 if n < 8 else 2


def slip_of(word: str, choices: frozenset[str]) -> str | None:
    """The choice WORD is with two neighbouring letters swapped ('mnay' -> 'many') or one
    letter left out ('mny' -> 'many'), or None. The only typos forgiven into a word that
    names nothing: an extra letter turns 'being' into 'boeing', a company into filler."""
    if len(word) < 2 or is_english(word):
        return None
    for i in range(len(word) - 1):
        swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if swapped in choices:
            return swapped
    for choice in _by_length(choices, len(word) + 1):
        if any(choice[:i] + choice[i + 1 :] == word for i in range(len(choice))):
            return choice
    return None


@functools.lru_cache(maxsize=8)
def _by_length_table(choices: frozenset[str]) -> dict[int, tuple[str, ...]]:
    table: dict[int, list[str]] = {}
    for c in choices:
        table.setdefault(len(c), []).append(c)
    return {n: tuple(sorted(cs)) for n, cs in table.items()}


def _by_length(choices: frozenset[str], n: int) -> tuple[str, ...]:
    return _by_length_table(choices).get(n, ())


# Key positions on a QWERTY keyboard: (row, column), each row set off from the one above.
_KEYS = {
    ch: (row, col + offset)
    for row, (keys, offset) in enumerate(
        (("qwertyuiop", 0.0), ("asdfghjkl", 0.25), ("zxcvbnm", 0.75))
    )
    for col, ch in enumerate(keys)
}


def far_key(word: str, form: str) -> bool:
    """Is WORD FORM with one letter replaced by one whose key is not next to it?"""
    if len(word) != len(form):
        return False
    diff = [i for i in range(len(word)) if word[i] != form[i]]
    if len(diff) != 1:
        return False
    a, b = _KEYS.get(word[diff[0]]), _KEYS.get(form[diff[0]])
    if a is None or b is None:
        return True
    rows, cols = abs(a[0] - b[0]), abs(a[1] - b[1])
    return not ((rows == 0 and cols == 1) or (rows == 1 and cols <= 0.75))


def typos_of(word: str, choices: list[str], limit: int = 3) -> list[str]:
    """The CHOICES WORD is a misspelling of (one or two edits, transpositions included),
    nearest first; none for a word the dictionary knows or a number."""
    edits = max_edits(word)
    if not edits or word.isdigit() or is_english(word):
        return []
    found = process.extract(
        word, choices, scorer=OSA.distance, processor=None, score_cutoff=edits, limit=limit
    )
    near = [(c, d) for c, d, _ in sorted(found, key=lambda t: t[1]) if max_edits(c) >= d]
    # (a letter typed for another is a key next to it in a short word, which has many
    # words one letter away: "rane" is no "rake"; "deliverd" is as near "delivery" alone)
    if len(word) < 6:
        near = [(c, d) for c, d in near if not far_key(word, c)]
    # of the nearest, a letter left out or two swapped is the likelier slip: "rentl" is
    # "rental", never "rent" with a letter too many; "gros" is "gross", never "grow"
    best = near[0][1] if near else 0
    slips = {c for c, d in near if d == best and slipped(word, c)}
    return [c for c, d in near if d > best or not slips or c in slips]


def swapped(word: str, form: str) -> bool:
    """WORD is FORM with two neighbouring letters swapped."""
    if len(word) != len(form):
        return False
    diff = [i for i in range(len(word)) if word[i] != form[i]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and word[diff[0]] == form[diff[1]]
        and word[diff[1]] == form[diff[0]]
    )


def slipped(word: str, form: str) -> bool:
    """WORD is FORM with two neighbouring letters swapped, or with one letter left out."""
    if len(word) == len(form):
        return swapped(word, form)
    return len(word) + 1 == len(form) and any(
        form[:i] + form[i + 1 :] == word for i in range(len(form))
    )
