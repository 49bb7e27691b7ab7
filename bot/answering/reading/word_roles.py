"""The part a question's words play other than naming a figure: the verb an auxiliary waits
for, an aside, a predicate, a capitalised name, an adjective that narrows the figure, the
pronoun 'us', a business unit, and filler that names nothing.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from bot import patterns
from bot.answering.english.lexicon import (
    FUNCTION_WORDS,
    NUMBER_WORDS,
    SHORTHAND,
    is_english,
    names_something,
    parts_of_speech,
    slip_of,
    verb_context_word,
    verb_lemma,
)
from bot.answering.english.words import (
    CHANGE_VERBS,
    COPULAS,
    FILLER,
    GROWTH_WORDS,
    MONTHS,
    MOVE_VERBS,
    PERIOD_RELATIONS,
    PERIOD_WORDS,
    STATEMENT_VERBS,
    UNIT_WORDS,
    Token,
    currency_families,
    is_noise,
    name_lemmas,
    unaccented,
)
from bot.answering.reading import asks
from bot.answering.vocabulary.name_forms import measure_lemmas
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.facts import country_names, reporting
from bot.facts.periods.words import MONTH_PATTERN
from bot.facts.quantities import CURRENCY_WORDS, code_glued_to_amount, measure_unit


def business_unit(tokens: Sequence[Token], i: int, vocab: Vocabulary) -> bool:
    """'its PFS unit', 'the cloud unit': a business unit (one "unit" after a segment word or
    a line's short form), not a count asked for."""
    if tokens[i].text != "unit" or i == 0:
        return False
    before = tokens[i - 1].text
    if before in reporting.segment_words():
        return True
    return before in vocab.short_form_words


# "tell us", "give us", "for us": the pronoun. "toyota's us sales": the country.
_PRONOUN_BEFORE = frozenset(
    """tell give show let help send get for to with about of from let's lets told
    gave showed remind""".split()
)
# (after a preposition, a noun following makes it the country: "shipped to us customers")
_BEFORE_A_NOUN_OF_IT = frozenset("for to with about of from".split())


def lowercase_us(
    text: str, tokens: list[Token], found: list[tuple[reporting.Region, int, int]]
) -> list[tuple[reporting.Region, int, int]]:
    """A lower-case 'us' names the United States unless a verb or preposition before it
    makes it the pronoun, or nothing follows it."""
    us = next((r for r in reporting.regions() if r.key == "us"), None)
    taken = {start for _, start, _ in found}
    out = []
    for i, tok in enumerate(tokens):
        if tok.text != "us" or tok.start in taken or us is None:
            continue
        before = tokens[i - 1].text if i else None
        after = tokens[i + 1].text if i + 1 < len(tokens) else None
        a_noun_after = after is not None and "NOUN" in parts_of_speech(after)
        if before in _PRONOUN_BEFORE and not (before in _BEFORE_A_NOUN_OF_IT and a_noun_after):
            continue
        if after is None and before != "the":
            continue  # ("sold in the us": the country, wherever it stands)
        out.append((us, tok.start, tok.end))
    return out


_WORD_AFTER = patterns.compile(r" [a-z]", re.IGNORECASE)


def country_codes_held(
    text: str,
    tokens: list[Token],
    held: frozenset[str],
    found: list[tuple[reporting.Region, int, int]],
) -> list[tuple[reporting.Region, int, int]]:
    """A country's ISO code in capitals ("NO", "FI"), or its three-letter code ("aus",
    "NZL"), names that country where the store holds figures of it (HELD: region keys):
    "NO service revenue" is Norway's where Norway's is held, and a capitalised "IT" or
    "AI" stays a word everywhere else."""
    taken = {start for _, start, _ in found}
    out = []
    for tok in tokens:
        said = text[tok.start : tok.end]
        if tok.start in taken or not _WORD_AFTER.match(text, tok.end):
            continue  # ("NO, I mean …": a word said loud, no name before a figure's)
        if len(said) == 2 and said.isupper():
            region = _country_of_code(said)
        elif len(said) == 3 and said.isalpha() and not is_english(said.lower()):
            # ("aus supermarkets", "NZL sales": the three-letter code, in any case, that
            # no English word spells; "can", "per", "bra" stay words)
            region = _country_of_code(country_names.alpha3().get(said.upper(), ""))
        else:
            continue
        if region is not None and region.key in held:
            out.append((region, tok.start, tok.end))
    return out


@functools.cache
def _country_of_code(code: str) -> reporting.Region | None:
    name = country_names.load().get(code)
    return reporting.region_of(name) if name else None


def before_metric_word(tokens: list[Token], i: int, vocab: Vocabulary) -> bool:
    return i + 1 < len(tokens) and vocab.is_metric_word(tokens[i + 1].lemma)


_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "this", "that", "a", "an"})


def after_determiner(tokens: list[Token], i: int) -> bool:
    """Is token I a noun after a determiner or a possessive, up to three words before
    ("its year-end report", "Ekholm's Q3 report")?"""
    for tok in reversed(tokens[max(0, i - 3) : i]):
        if tok.text in _DETERMINERS or tok.text.endswith(("'s", "’s")):
            return True
    return False


_AUXILIARIES = frozenset(
    {"did", "does", "do", "will", "would", "can", "could", "to", "has", "have", "had"}
)


# Prepositions take a noun: a word right after one is no verb an auxiliary waits for
_PREPOSITIONS = frozenset(
    "about for on of with in into from at by regarding re over during through across".split()
)


def _after_preposition(tokens: list[Token], aux: int, i: int) -> bool:
    """'what did Skovlund say about *service* revenue': past the auxiliary's own verb, a
    word after a preposition (and its determiner) is the object, a thing named."""
    if i - 1 > aux + 1 and tokens[i - 1].text in _PREPOSITIONS:
        return True
    # ("did Acme fly over *the* winter": a determiner between)
    return (
        i - 2 > aux + 1
        and tokens[i - 1].text in _DETERMINERS
        and tokens[i - 2].text in _PREPOSITIONS
    )


def verb_context(
    tokens: list[Token], i: int, accounted: set[int] | frozenset[int] = frozenset()
) -> str | None:
    """The word before token I, or 'did' when token I is the verb an auxiliary waits
    for: up to three words after it ('did Kestrel shift'), or after a subject made only
    of words already accounted for ('how did Harley's US retail sales move')."""
    aux = next((j for j in range(i - 1, -1, -1) if _is_auxiliary(tokens[j].text)), None)
    # ("did Acme's shares move": a word after a possessive is the thing it owns)
    owned = i > 0 and tokens[i - 1].text.endswith(("'s", "’s"))
    if aux is None or owned or _has_own_verb(tokens, aux, i) or _after_preposition(tokens, aux, i):
        if i >= 2 and tokens[i - 1].lemma in _ADVERBS and tokens[i - 2].text in _BEFORE_NOUNS:
            return None  # ("cases of still water": an adjective after "of", never a verb's adverb)
        return tokens[i - 1].lemma if i else None
    # ("did Acme shares move": after "did" the verb is bare; "shares" is the thing)
    bare = not (tokens[aux].text.lower() in _DO_FORMS and _inflected(tokens[i]))
    # ("did Gusty Air fly": the bare verb comes next, so this word is the subject's)
    bare = bare and not (
        i + 1 < len(tokens)
        and _bare_verb(tokens[i + 1].text)
        and not any(_bare_verb(tokens[k].text) for k in range(aux + 1, i))
    )
    if bare and (
        i - aux <= 3
        or all(
            k in accounted or tokens[k].text in FILLER or tokens[k].text in FUNCTION_WORDS
            for k in range(aux + 1, i)
        )
    ):
        return "did"
    return tokens[i - 1].lemma if i else None


# Adverbs that may stand before a verb ("they still sell"), and the words after which
# they stand before a noun instead ("of still water", "the just-in-time stock")
_ADVERBS = frozenset({"still", "also", "just", "never", "not"})
_BEFORE_NOUNS = frozenset({"of", "in", "for", "the", "a", "an", "on", "at", "from", "with", "by"})


def _bare_verb(word: str) -> bool:
    """A verb in its bare form ("carry", "ship"), never a word of grammar ("to", "in")."""
    return (
        word not in FUNCTION_WORDS
        and word not in FILLER
        and verb_lemma(word) == word
        and "VERB" in parts_of_speech(word)
    )


_SUBJECTS = frozenset({"you", "u", "ya", "i", "we", "they"})
_DO_FORMS = frozenset({"did", "does", "do", "didn't", "doesn't", "don't"})


def _inflected(token: Token) -> bool:
    """Is the word written with an -s ending its lemma lacks ("shares", "sells")? Such a
    word is never the bare verb "did" or "does" waits for."""
    text = token.text.lower()
    return text != token.lemma and text.endswith("s")


_AUXILIARY_ENDINGS = ("'d", "'ll")  # "we'd love to know", "i'll need": would, will


def _is_auxiliary(word: str) -> bool:
    return word in _AUXILIARIES or word.endswith(_AUXILIARY_ENDINGS)


def _has_own_verb(tokens: list[Token], aux: int, i: int) -> bool:
    """'could you tell me Orbis license revenue', 'do you know …', 'like to know …': the
    auxiliary's verb comes before token I (after a pronoun subject, or right after it and
    no noun), so token I waits for no verb."""
    k = aux + 1
    if tokens[aux].text.endswith(_AUXILIARY_ENDINGS):  # its subject inside: "we'd love"
        return k < i and "VERB" in parts_of_speech(tokens[k].text)
    if k + 1 < i and tokens[k].text in _SUBJECTS:
        return "VERB" in parts_of_speech(tokens[k + 1].text)
    classes = parts_of_speech(tokens[k].text) if k < i else frozenset()
    return "VERB" in classes and not classes & {"NOUN", "PROPN"}


# "what does X expect": verbs of a view of figures to come, whoever holds it
_VIEW_VERBS = frozenset(
    {"expect", "forecast", "estimate", "project", "predict", "see", "think", "reckon", "model"}
    | {"say", "tell", "guess", "pencil"}  # "what did the broker say it would be"
)
# Who holds the company's own view, besides its name and pronouns: its people and plans
_OWN_VOICES = frozenset(
    {"company", "firm", "group", "management", "mgmt", "board", "ceo", "cfo", "boss"}
    | {"chief", "executive", "executives", "team", "guidance", "plan", "outlook", "budget"}
)


def someone_elses_view(tokens: Sequence[Token], used: set[int]) -> set[int]:
    """'what does Bellow & Finch expect Acme to ship': the words of whoever's view is
    asked (the subject of "expect" after "does") where that is neither the company (USED:
    its name) nor a pronoun nor its own people: someone else's figure, a thing the
    store never holds, however ordinary those words look once spelled."""
    for aux, tok in enumerate(tokens):
        if tok.text not in _DO_FORMS:
            continue
        near = range(aux + 2, min(aux + 6, len(tokens)))
        verb = next((v for v in near if tokens[v].lemma in _VIEW_VERBS), None)
        if verb is None:
            continue
        holder = {
            i
            for i in range(aux + 1, verb)
            if i not in used
            and tokens[i].text not in FUNCTION_WORDS
            and tokens[i].lemma not in _OWN_VOICES
            and tokens[i].text not in {"'s", "s"}
        }
        if holder:
            return holder
    return set()


# What a figure leaves out or is set against: "(ex restructuring costs)", "not counting
# the MRTTs", "net of cancellations", ", not shipments", "rather than orders". Words there
# qualify the figure asked for; they are not the figure, nor a thing it must be about.
_ASIDE = patterns.guarded(
    r"(?:\b(?P<minus>excluding|excl|ex|without|not\s+(?:counting|including)|net\s+of|other\s+than"
    r"|apart\s+from|aside\s+from|(?P<beyond>outside(?:\s+of)?|except))\b"
    r"|\b(?:rather\s+than|instead\s+of|i\.\s?e|e\.\s?g)\b"
    # "total dispatches incl exports": a part the figure takes in, not the figure
    r"|\b(?P<including>including|incl|inclusive\s+of)\b"
    r"|(?:[,(]|\bi\.e\.?)\s*not\b)[^,;()?!]*",
    re.IGNORECASE,
)


# Items a profit measure is taken with or without, each changing the measure: "EBIT incl
# fair value adjustment", "profit including exceptional items" (as lemmas)
_MEASURE_ITEMS = frozenset(
    {
        "adjustment",
        "item",
        "exceptional",
        "exceptionals",
        "impairment",
        "revaluation",
        "special",
        "restructuring",
        "writedown",
        "write-down",
        "one-off",
        "nonrecurring",
    }
)


# "non-express revenue", "non-school-bus deliveries": the figure less a part of it. The
# part is the hyphenated word(s) after "non"; an aside restating a line, "(non-wholesale)",
# is set apart whole.
_NON_PART = patterns.compile(r"\bnon[- ]((?:[a-z0-9&]+-)*[a-z0-9&]+)", re.IGNORECASE)
_NON_ASIDE = patterns.compile(r"\(\s*non[- ][a-z0-9&-]+\s*\)", re.IGNORECASE)


def non_parts_left_out(text: str, vocab: Vocabulary) -> str:
    """TEXT with a "non-X" that names no figure of the store (no metric says "non-GAAP",
    "non-aero" here) but whose X names a part of one ("express" of "Express revenue")
    said as what it is: the figure "excluding X", the words moved to the question's end
    ("non-express revenue q4" -> "revenue q4 excluding express"), where `set_aside` reads
    a part taken out. An aside restating a line ("retail (non-wholesale) revenue") goes,
    nothing taken out."""
    if not _NON_PART.search(text):
        return text
    names = [" ".join(name_lemmas(m.name)) for m in vocab.metrics.values()]
    text = _NON_ASIDE.sub(lambda m: "" if _part_of_non(m[0], names, vocab) else m[0], text)
    parts = [p for m in _NON_PART.finditer(text) if (p := _part_of_non(m[0], names, vocab))]
    if not parts:
        return text
    out = _NON_PART.sub(lambda m: "" if _part_of_non(m[0], names, vocab) else m[0], text)
    body, end = re.match(r"(.*?)([?.!\s]*)$", out, re.S).groups()  # type: ignore[union-attr]
    return " ".join([" ".join(body.split()), *(f"excluding {p}" for p in parts)]) + end


def _part_of_non(said: str, names: list[str], vocab: Vocabulary) -> str | None:
    """The part a "non-X" (SAID) takes out of a figure ("express"), or None where X names
    no part the store holds or a name of the store says "non-X" (NAMES: their lemmas)."""
    m = _NON_PART.search(said)
    if m is None:
        return None
    part = m[1].replace("-", " ")
    words = name_lemmas(part)
    if not words or any(f"non {' '.join(words)}" in name for name in names):
        return None
    return part if all(_names_a_part(w, vocab) for w in words) else None


# "net openings", "net store openings", "net new clinic openings", and said with the verb,
# "stores opened net", "how many did they open on a net basis": openings less closures
_NET_OPENINGS = patterns.compile(
    r"\bnet\s+(?:new\s+)?((?:[a-z]+\s+)?)openings\b"
    r"|\b(?P<thing>(?:[a-z]+\s+)?)open(?:ed)?\s+(?:on\s+a\s+)?net(?:\s+basis)?\b"
    r"|\bnet\s+(?:new\s+)?(?P<thing2>(?:[a-z]+\s+)?)opened\b",
    re.IGNORECASE,
)
_CLOSING_WORDS = ("closure", "close", "closing")
_OPENING_WORDS = frozenset({"opening", "openings", "opened"})


def net_openings_said(text: str, vocab: Vocabulary) -> str:
    """TEXT with "net (store) openings" said as the sum it is, "(store) openings minus
    (store) closures", where the store holds closures: its openings alone are the gross
    figure, never the net one."""
    if not _NET_OPENINGS.search(text) or not any(map(vocab.is_metric_word, _CLOSING_WORDS)):
        return text
    if not _OPENING_WORDS & vocab.spelling_words()[0]:
        # ("pubs opened net" of a store counting the pubs open, no openings: the count's
        # change; "open" is the count's own word, "opened" or "openings" a flow's)
        return text

    def said_as_sum(m: re.Match[str]) -> str:
        thing = m[1] or m["thing"] or m["thing2"] or ""
        return f"{thing}openings minus {thing}closures"

    return _NET_OPENINGS.sub(said_as_sum, text)


# Idioms of meeting a goal, said as the plain verb they mean: "did they deliver on the
# target" (never a delivery), "live up to", "blow past", "was it on target"
_MEETING_IDIOMS = (
    # (never "delivered on 31 March", "on the 31st": a day)
    (
        patterns.compile(
            r"\bdeliver(?:ed|s|ing)?\s+on(?=\s+(?:its|their|the|that|this|our|his|her)\s+"
            rf"(?!\d{{1,2}}(?:st|nd|rd|th)?\b|(?:{MONTH_PATTERN})\b|(?:first|last|same|day)\b))",
            re.IGNORECASE,
        ),
        "meet",
    ),
    (patterns.compile(r"\blive[sd]?\s+up\s+to\b|\bliving\s+up\s+to\b", re.IGNORECASE), "meet"),
    (
        patterns.compile(
            r"\b(?:blow|blew|blown|sail(?:ed)?|breeze[sd]?|race[sd]?|cruise[sd]?|romp(?:ed)?)"
            r"\s+(?:past|through|beyond)\b",
            re.IGNORECASE,
        ),
        "beat",
    ),
    (patterns.compile(r"\bon\s+target\b", re.IGNORECASE), "meet the target"),
    # "had sales passed its target", "gone past the low end" (never "passed on to", "a
    # pass rate": a goal named after it)
    (
        patterns.compile(
            r"\b(?:pass(?:ed|es|ing)?|(?:go|goes|gone|went|got|get|gotten)\s+past)"
            r"(?=\s+(?:its|their|the|that|this|our|his|her)\b)",
            re.IGNORECASE,
        ),
        "beat",
    ),
)


def meeting_idioms_said(text: str) -> str:
    """TEXT with the idioms of meeting a goal said as the plain verbs they mean."""
    for pattern, plain in _MEETING_IDIOMS:
        text = pattern.sub(plain, text)
    return text


def _names_a_part(word: str, vocab: Vocabulary) -> bool:
    """Does WORD name a part of a figure the store holds ('online' of 'online net sales'),
    rather than a figure's family ('sales') or nothing the store knows ('fleet')?"""
    return vocab.is_metric_word(word) and word not in FILLER and not reporting.families_of((word,))


# Spans of time a figure may leave out ("excluding the extra week", "ex the first quarter")
_SPANS_OF_TIME = frozenset({"week", "day", "month", "quarter", "half", *MONTHS})


def set_aside(
    text: str, tokens: list[Token], vocab: Vocabulary
) -> tuple[set[int], set[int], set[int]]:
    """Indexes of the tokens inside an aside (see _ASIDE), the marker's own included; of
    the markers of asides that take out a figure the store holds ('total sales excluding
    online', where online sales are a metric): a sum to work out, not an aside; and of the
    words naming what a figure leaves out that no name of the store reads: a span of time
    ('excluding the extra week'), initials ('other than FBL')."""
    aside: set[int] = set()
    minus: set[int] = set()
    unread: set[int] = set()
    for m in _ASIDE.finditer(text):
        inside = {i for i, t in enumerate(tokens) if m.start() <= t.start and t.end <= m.end()}
        words = [tokens[i].lemma for i in sorted(inside)[1:]]
        if _named_with_it(words, vocab, bool(m["minus"])):
            # "costs ex energy", "made tea incl bought leaf": a figure the store states
            # without it, or with it, by name
            continue
        if m["beyond"] and any(t.lemma in asks.SHARE_WORDS for t in tokens):
            continue  # ("sales outside the top five, % share": the rest of a share)
        if m["minus"] and any(_names_a_part(w, vocab) for w in words):
            minus.add(min(inside))
            continue
        if m["beyond"]:
            continue  # ("revenue outside Asia", no Asia figure held: said unexplained)
        if m["including"] and _MEASURE_ITEMS.intersection(words):
            # "EBIT incl fair value adjustment": a measure on another basis than a figure
            # held without it, never a part the figure takes in anyway ("incl exports")
            unread |= set(sorted(inside)[1:])
            continue
        content = [i for i in sorted(inside)[1:] if tokens[i].text not in FUNCTION_WORDS]
        if (
            m["including"]
            and _a_price(tokens)
            and content
            and not any(vocab.is_metric_word(tokens[i].lemma) for i in content)
        ):
            # "price per litre incl quality bonuses": a price on another basis than the
            # one held, unless the store names what it takes in
            unread |= set(content)
            continue
        left_out = {i for i in inside if _unread_part(tokens[i].lemma, vocab)}
        if m["minus"] and left_out:
            # "revenue excluding the 53rd week", "bookings other than FBL": what is left
            # out is no aside to pass over (the whole figure is not the one asked); its
            # words stay to be read (a term its reports define) or said unexplained
            unread |= left_out
            continue
        aside |= inside
    return aside, minus, unread


def _a_price(tokens: list[Token]) -> bool:
    """Does the question ask a price or an amount per unit ("price per litre", "ASP")?"""
    words = {"price", "per", *reporting.own_words("average_price")}  # (own_words is cached)
    return any(t.lemma in words for t in tokens)


def _unread_part(word: str, vocab: Vocabulary) -> bool:
    """Does WORD, in what a figure leaves out, name a span of time or something no word of
    English nor of the store's names reads (initials: "FBL")? Never the short form of
    what a name of the store leaves out itself ("ex fsc" of "... excluding fuel
    surcharge"): that figure's own words."""
    if word in _SPANS_OF_TIME:
        return True
    if not word.isalpha() or is_english(word) or vocab.is_metric_word(word):
        return False
    return not any(_shortens(word, left) for left in _left_out_by_names(vocab))


def _left_out_by_names(vocab: Vocabulary) -> list[str]:
    """What the store's names say they leave out ("fuel surcharge" of "revenue per loaded
    mile excluding fuel surcharge")."""
    return [
        m["what"].lower()
        for metric in vocab.metrics.values()
        for m in EXCLUDING_IN_NAME.finditer(metric.name)
    ]


# the words of a name that take items out of its figure ("comps excluding gasoline and FX")
EXCLUDING_IN_NAME = patterns.compile(
    r"\b(?:excluding|excl\.?|ex|before|less)\s+(?P<what>[a-z][a-z ]*[a-z])", re.IGNORECASE
)


def _shortens(word: str, phrase: str) -> bool:
    """Is WORD a short form of PHRASE: its first letter the phrase's, its letters in the
    phrase in order ("fsc" of "fuel surcharge")?"""
    if not phrase.startswith(word[0]):
        return False
    rest = iter(phrase.replace(" ", ""))
    return all(ch in rest for ch in word)


def _named_with_it(words: list[str], vocab: Vocabulary, minus: bool) -> bool:
    """Do the words after 'ex' (MINUS) or 'including' name what a metric's own name leaves
    out or takes in ("cost per ASK excluding energy", "made tea produced including bought
    leaf")? Then they are that metric's words, no part taken out or set aside."""
    said = " ".join(w for w in words if w not in FILLER)
    if not said:
        return False
    leads = ("exclude", "excl", "ex", "without") if minus else ("include", "incl", "with")
    names = [" ".join(name_lemmas(m.name)) for m in vocab.metrics.values()]
    return any(f"{lead} {said}" in name for name in names for lead in leads)


def accented(text: str, tok: Token) -> bool:
    """'nestlé' typed with its accent: a name (a company, a brand, a place), never the
    English word its letters spell without it ("nestle"), unless the accented spelling is
    English itself."""
    raw = text[tok.start : tok.end]
    return raw != unaccented(raw) and not is_english(raw.lower())


def capitalised(text: str, tok: Token) -> bool:
    """'Boeing', 'Google' written with a capital inside a sentence: a name, whatever the
    dictionary says the lower-case word is."""
    raw = text[tok.start : tok.end]
    before = text[: tok.start].rstrip()
    if (
        tok.text in CURRENCY_WORDS
        or measure_unit(raw) is not None
        or code_glued_to_amount(tok.text)
    ):
        return False  # ("the Rs 2,150 crore figure", "exports in Mt", "Php10.55 billion")
    return raw[:1].isupper() and bool(before) and before[-1] not in ".?!:" and not raw.isupper()


def acronym(text: str, tok: Token) -> bool:
    """'ZAP volume', 'the GTA units' typed in capitals in a question that is not: initials
    that name something, never the dictionary's word ('zap'); not chat's own ('LOL') nor
    a word set in capitals for stress ('was NOT', 'ONLY')."""
    raw = text[tok.start : tok.end]
    return (
        2 <= len(raw) <= 6
        and raw.isalpha()
        and raw.isupper()
        and any(c.islower() for c in text)
        and tok.text not in FILLER
        and tok.text not in SHORTHAND
        and tok.text not in FUNCTION_WORDS
        and not {"ADJ", "ADV"} & parts_of_speech(tok.text)
        and measure_unit(tok.text) is None  # "in MSEK", "USD": a unit, named as such
        and tok.lemma not in currency_families()
        and tok.lemma not in CURRENCY_WORDS
        and tok.lemma not in MONTHS
    )


# Determiners of quantity, a closed class: they compare or count, never pick a kind.
_QUANTIFIERS = frozenset({"more", "less", "fewer", "most", "least", "fewest", "many", "much"})


def counted_counterparty(tokens: Sequence[Token], i: int) -> bool:
    """'how many (household) *customers*': whom a company sells to, counted, is the thing
    asked for (a store without that count has no answer), never only where sales went."""
    if not reporting.is_counterparty(tokens[i].lemma):
        return False
    before = [t.lemma for t in tokens[max(0, i - 2) : i]]
    return before[-1:] == ["many"] or (len(before) == 2 and before[0] == "many")


def narrows(tok: Token) -> bool:
    """An adjective set right before the words of the metric ("how many *electric* boats",
    "*used* car sales") picks out a kind of what was counted: the store's figure of all
    of them does not answer it, unless the word is the engine's own (filler, units)."""
    return (
        "ADJ" in parts_of_speech(tok.text)
        and tok.lemma not in _QUANTIFIERS  # "how many *more* boats": a comparison
        and not asks.derive(tok.text)  # "*cumulative* deliveries": a running total
        and not set(reporting.normalize(tok.text)) <= reporting.phrase_words()  # "*net* sales"
        and tok.lemma not in FILLER
        and tok.text not in FILLER
        and tok.lemma not in UNIT_WORDS
        and tok.lemma not in reporting.segment_words()  # "the manufacturing *vertical*"
        and tok.lemma not in MONTHS  # "the *August* guidance": when it was said
        and not is_noise(tok.text)
    )


def names_a_kind_before(tok: Token, tokens: Sequence[Token]) -> bool:
    """'*retail* loans', '*home* loans', 'oil *sands* production': a noun the dictionary reads
    otherwise too (an adverb: "sold retail", "went home"; in its plural, a verb's form only:
    "sands") set right before the metric's words names a kind of the thing, as an adjective
    would there; unless the question's words (TOKENS) make a reporting-vocabulary phrase
    of it ("retail sales", "retail merch sales": a sales figure's own variety)."""
    if not _noun_read_otherwise(tok.text) or not _names_a_thing(tok):
        return False
    if tok.lemma in FILLER or tok.lemma in _QUANTIFIERS:  # ("how many *more* tonnes")
        return False
    said = {w for t in tokens for w in reporting.normalize(t.text)}
    own = reporting.normalize(tok.text)
    return not any(
        set(own) <= set(phrase) and set(phrase) <= said
        for phrase in reporting.family_phrases()
        if len(phrase) > 1
    )


def _noun_read_otherwise(word: str) -> bool:
    """Is WORD a noun that is an adverb too, or the plural of a noun the dictionary holds
    only as a verb's form ("sands", "tolls")?"""
    classes = parts_of_speech(word)
    if "NOUN" in classes:
        return "ADV" in classes
    stem = word.lower().removesuffix("s")
    return classes == {"VERB"} and stem != word.lower() and "NOUN" in parts_of_speech(stem)


def revenue_line_named(
    text: str, tokens: Sequence[Token], i: int, vocab: Vocabulary | None = None
) -> bool:
    """'*ticketing* revenue', '*licensing* sales': the -ing form of a verb made of a noun
    (to ticket, to license) right before a word of revenue names a line of it, as an
    adjective would; never a clause's verb after a comma ("..., using F25 sales")."""
    tok = tokens[i]
    if "NOUN" not in parts_of_speech(tok.lemma):
        return False
    # ("*data* revenue", "*voice* revenue": a noun of chat's too, right before, names a
    # line of it; never the whole company's, "group revenue")
    chat_noun = (
        tok.lemma in FILLER
        and _names_a_thing(tok)
        # (never an adjective, "monthly revenue", nor a word of the store's own names,
        # "customer management revenue", which they read)
        and "ADJ" not in parts_of_speech(tok.text)
        and not (vocab is not None and vocab.writes_in_a_name(tok.lemma))
    )
    if not (tok.text.lower().endswith("ing") or chat_noun):
        return False
    if i + 1 >= len(tokens) or (i > 0 and "," in text[tokens[i - 1].end : tok.start]):
        return False
    families = reporting.families_of((tokens[i + 1].lemma,))
    return any(f.key == "revenue" for f in families)


def filler_naming_a_line(tok: Token, then: Token | None, vocab: Vocabulary, read_as: str) -> bool:
    """'*data* ARPU' of a store whose names begin "data revenue", "data subscribers": a noun
    of chat's filler that begins the store's own names of lines names one of them, never
    nothing (a question about data ARPU is not one about blended ARPU), unless the name
    the question is read as (READ_AS) says it, or it begins a name of the store's with the
    word said after it (THEN: "voice and data revenue", two lines named)."""
    return (
        tok.lemma in FILLER
        and tok.lemma not in name_lemmas(read_as)
        and vocab.starts_a_line(tok.lemma)
        and not (then is not None and vocab.starts_a_line(tok.lemma, then.lemma))
        # (a noun only: never "can" of "can Brookwell tell me", nor "record")
        and parts_of_speech(tok.text) == frozenset({"NOUN"})
        and _names_a_thing(tok)
    )


def _names_a_thing(tok: Token) -> bool:
    """Is a word of chat's filler a noun of a thing ("data", "voice"), never grammar, a
    scale, a unit, a month, a period, a currency, a number or the whole company?"""
    text = tok.text.lower()
    return (
        text.isalpha()
        and text not in FUNCTION_WORDS
        and text not in NUMBER_WORDS
        and tok.lemma not in WHOLE_OF_IT
        and tok.lemma not in MONTHS
        and tok.lemma not in UNIT_WORDS
        and tok.lemma not in PERIOD_WORDS
        and measure_unit(text) is None
        and text not in CURRENCY_WORDS
        and tok.lemma not in currency_families()
    )


# nouns of chat that say a figure is the whole company's
WHOLE_OF_IT = frozenset(
    {"company", "group", "firm", "business", "corporate", "total", "overall", "whole", "all"}
)


def ing_form_of_a_thing(tokens: Sequence[Token], i: int) -> bool:
    """'*rostering* module ARR', '*coking* coal production': a verb's -ing form right before a
    thing counted (no word of measure: "module", "coal") says which kind of it; before a
    measure it names the line the measure is of ("*catering* revenue"), unless reports
    write it so ("operating profit", "remaining backlog") or it says how the figure moved."""
    tok = tokens[i]
    if not tok.text.lower().endswith("ing") or i + 1 >= len(tokens):
        return False
    if parts_of_speech(tok.text) != frozenset({"VERB"}):
        return False  # ("existing", "opening": adjectives or nouns of their own)
    after = tokens[i + 1]
    if after.lemma in measure_lemmas():
        # before a measure it names the line the measure is of ("*catering* revenue",
        # "*mining* income"), unless reports write it so ("operating", "selling") or it says
        # how the figure moved ("growing sales")
        word = tok.text.lower()
        return (
            word not in reporting.phrase_words()
            and word not in reporting.qualifiers()
            and tok.lemma not in GROWTH_WORDS
            and tok.lemma not in CHANGE_VERBS
        )
    # (a unit is no thing counted: "sparkling litres" are litres of a kind the name says)
    return (
        after.lemma not in UNIT_WORDS and measure_unit(after.text) is None and after.text.isalpha()
    )


def predicative(tokens: list[Token], i: int, vocab: Vocabulary) -> bool:
    """'stores that were *open*': an adjective after a form of "be" says what state
    things were in, never the figure named by its verb's noun ("openings"); a participle
    there is a passive verb ("stores were *closed*") and is read as usual."""
    word = tokens[i].text
    classes = parts_of_speech(word)
    if i == 0 or tokens[i - 1].text not in COPULAS or "ADJ" not in classes or "NOUN" in classes:
        return False  # ("was game software revenue": a noun, whatever else it may be)
    return verb_lemma(word) == word and bool(vocab.verbal_noun(word))


# Words a slip of filler may as well stand for, hiding a number or a period
_PERIOD_SLIPS = NUMBER_WORDS | PERIOD_WORDS | PERIOD_RELATIONS

# Who else a figure may be of: never grammar, whatever part of speech the word may be
# ("did its biggest rival have": a company, not the verb "rival")
_OTHER_PARTIES = frozenset(
    {"rival", "rivals", "competitor", "competitors", "peer", "peers", "competition"}
    # whose estimates a report quotes beside the company's own figures
    | {"analyst", "analysts", "broker", "brokers", "brokerage", "brokerages", "consensus"}
    # whoever counts the whole a company's figures are set in ("the regulator's totals")
    | {"regulator", "supervisor", "ministry", "association"}
)


def other_party(word: str) -> bool:
    """Does WORD name a party other than the company ("the rival", "the broker")? Its
    figures are never the company's, nor is it ever the company so described."""
    return word.lower() in _OTHER_PARTIES


def _qualified(text: str, unit: tuple[str, str]) -> bool:
    """Is TEXT a unit with a qualifier as written ("kgMS", "kgms": kilograms of milk
    solids), not a name that starts like one ("boeng": no barrels of oil equivalent)? The
    qualifier in capitals, or after a unit of mass, which is what such a one qualifies."""
    base, qualifier = unit
    return text.endswith(qualifier.upper()) or base.lower() in ("kg", "kgs")


def is_filler(tok: Token, previous: str | None = None) -> bool:
    """Does TOK name nothing a figure could be about: grammar, chat, a month, a unit, an
    amount, whom a figure was sold to (PREVIOUS: the word before it, or "did")?"""
    return _is_filler(tok.text, tok.lemma, verb_context_word(previous))


@functools.lru_cache(
    maxsize=50_000
)  # (the same words after the same words, question after question)
def _is_filler(text: str, lemma: str, previous: str | None) -> bool:
    if lemma in _OTHER_PARTIES or text in _OTHER_PARTIES:
        return False
    if not names_something(text, previous):
        return True  # grammar and chat: "pushing", "shift" after "did they", "rn"
    if lemma in MONTHS:
        return True  # "before the July revision": when it was said, not what about
    unit = measure_unit(text)
    if unit is not None and (not unit[1] or (not is_english(text) and _qualified(text, unit))):
        return True  # "kgMS collected", "how many tonnes": how it was measured, not what
    if verb_lemma(text) in STATEMENT_VERBS and not text.endswith("s"):
        return True  # "the target Brolga set in May" ("sets", "issues": maybe nouns)
    if reporting.is_counterparty(lemma) or lemma in reporting.segment_words():
        return True  # "shipped to dealers", "the cloud segment": whom, or what kind of line
    if is_noise(text) or lemma in FILLER or text in FILLER or lemma in UNIT_WORDS:
        return True
    if lemma in currency_families() or text in CURRENCY_WORDS:
        return True  # "in pesos", "(Rs)": a currency, not a thing
    if text.rstrip("%").replace(".", "").replace(",", "").isdigit():
        return True  # an amount in the question ("did they sell 40 million?") names nothing
    if code_glued_to_amount(text):
        return True  # ("Php10.55 billion": an amount, its currency's code against it)
    # a slip of filler that is as much a slip of a number or a period word ("thre": there
    # or three?) may hide a period: it is left unexplained
    filler = slip_of(text, FILLER)
    if (
        filler is not None
        and len(text) == 3
        and sorted(text) == sorted(filler)
        and filler not in FUNCTION_WORDS
    ):
        # ("imd" the letters of "mid" swapped? Three letters are an acronym's sooner,
        # "Industrial Motors (IMD)"; "teh", "adn" still slips of grammar's words, "mny"
        # of "many")
        return False
    return filler is not None and slip_of(text, _PERIOD_SLIPS) in (None, filler)


# "left unfished", "went unsold", "remained unspent": a figure's rest, never the figure
# ("left unchanged" says how a figure moved, and is read so)
_LEFT_UNDONE = frozenset({"leave", "go", "remain", "stay", "sit", "lie"})


def left_undone(text: str, tokens: Sequence[Token]) -> str | None:
    """The word of a state left undone after a verb of remaining ("how much of its quota
    did it leave unfished"), as TEXT writes it: it asks what is left of a figure, which no
    figure held says."""
    for before, tok in itertools.pairwise(tokens):
        word = text[tok.start : tok.end]
        done = verb_lemma(word[2:]) if word.lower().startswith("un") else None
        moved = done in MOVE_VERBS or done in CHANGE_VERBS or done == "change"
        if before.lemma in _LEFT_UNDONE and done and not moved:
            return word
    return None
