"""Words: how a question (or a metric's name) is cut into comparable tokens, and the small
lexicons that say what a word signals (a kind, an intent, a revision) or that it says
nothing at all (filler).

Tokens are lower-cased and lightly lemmatised ("phones" -> "phone", "sold" -> "sell"), the
same way for questions and for the store's names, so that comparisons are like for like.
"""

from __future__ import annotations

import calendar
import functools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from bot import patterns
from bot.answering.english.dictionary import all_lemmas, known_words, table_name
from bot.answering.english.lexicon import SHORTHAND, inflection_lemma, parts_of_speech
from bot.facts.quantities import CURRENCY_WORDS, currency_names
from bot.kept import kept_between_runs

# A word, or initials joined by "&" ("H&L", "P & G"): one word, its letters ("hl"), the
# way a name's initials are written without it; never letters too short to mean anything.
# A change against the period before written with its letters apart ("q-o-q", "y/y",
# "h-o-h") is the one word it is written as together ("qoq", "yoy", "hoh").
# Initials written with hyphens ("l-t-l", "q-o-q") are the one word of their letters.
# The same for a change against the period before written out: "quarter on quarter",
# "q-on-q", "month over month", "year over year" are "qoq", "mom" and "yoy".
_PERIOD_ON_PERIOD = (
    r"\b(?:year|quarter|month|half|y|q|m|h)[-\s]+(?:on|over)"
    r"[-\s]+(?:year|quarter|month|half|y|q|m|h)\b"
)
_SPELT_OUT_CHANGE = patterns.compile(_PERIOD_ON_PERIOD)
# "non-GAAP", "non GAAP": one word, the adjusted basis (see ADJUSTED_BASIS)
_NON_GAAP = r"\bnon[-\s]?gaap\b"
_SEPARATOR = patterns.compile(r"[-\s]+")
_TOKEN = patterns.compile(
    _PERIOD_ON_PERIOD + "|" + _NON_GAAP + r"|\b(?:q/q|y/y|h/h|m/m)\b|\b[a-z](?:-[a-z]){2,}\b"
    r"|\b[a-z](?:\s?&\s?[a-z]\b)+|[a-z0-9]+(?:[.'][a-z0-9]+)*%?|%"
)


class _Plain(dict):
    """Each character as words are read: "m²" is typed "m2" (superscript digits read as
    digits), "Rivière" "riviere" and "Skarvøy" "skarvoy" (a letter without its accent or
    stroke, as chat types names). One character for one, so a token's offsets in the
    text stay right; worked out once per character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)[:1]
        plain = _STROKED.get(char) or (base if base.isascii() and base.isalnum() else char)
        self[code] = plain
        return plain


_STROKED = dict(zip("øłđħıßæœ", "oldhisao", strict=True))
_PLAIN = _Plain(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789"))


def unaccented(text: str) -> str:
    """TEXT with its letters without accents or strokes, case kept ("Inés" -> "Ines")."""
    return text if text.isascii() else text.translate(_PLAIN)


def _lowered(text: str) -> str:
    """TEXT as words are found in it: lower case, one apostrophe, digits on the line,
    letters without accents."""
    text = text.lower().replace("’", "'")
    return text if text.isascii() else text.translate(_PLAIN)


@functools.lru_cache(maxsize=50_000)  # the same words, question after question
def _word(found: str) -> str:
    if "/" in found:  # "q/q"
        return f"{found[0]}o{found[0]}"
    if found.startswith("non") and found.endswith("gaap"):
        return "nongaap"
    if _SPELT_OUT_CHANGE.fullmatch(found):  # "quarter on quarter"
        return f"{found[0]}o{_SEPARATOR.split(found)[-1][0]}"
    return found.replace("&", "").replace(" ", "").replace("-", "")


# Irregular and common inflections; everything else only loses a plural "s".
_LEMMAS = {
    "shut": "close",  # "stores they plan to shut": closed
    "shuts": "close",
    "shutting": "close",
    "sold": "sell",
    "selling": "sell",
    "sells": "sell",
    "sale": "sale",
    "sales": "sale",
    "shipped": "ship",
    "shipping": "ship",
    "ships": "ship",
    "shipments": "shipment",
    "grew": "grow",
    "grown": "grow",
    "growing": "grow",
    "grows": "grow",
    "rose": "rise",
    "risen": "rise",
    "rising": "rise",
    "rises": "rise",
    "fell": "fall",
    "fallen": "fall",
    "falling": "fall",
    "falls": "fall",
    "met": "meet",
    "meeting": "meet",
    "meets": "meet",
    "missed": "miss",
    "misses": "miss",
    "missing": "miss",
    "beaten": "beat",
    "beats": "beat",
    "hits": "hit",
    "hitting": "hit",
    "reached": "reach",
    "reaches": "reach",
    "achieved": "achieve",
    "achieves": "achieve",
    "exceeded": "exceed",
    "exceeds": "exceed",
    "surpassed": "surpass",
    "topped": "top",
    "lowered": "lower",
    "lowering": "lower",
    "reduced": "reduce",
    "cuts": "cut",
    "raised": "raise",
    "raising": "raise",
    "revised": "revise",
    "revision": "revision",
    "revisions": "revision",
    "changed": "change",
    "changes": "change",
    "expected": "expect",
    "expects": "expect",
    "expecting": "expect",
    "expectation": "expect",
    "expectations": "expect",
    "hoped": "hope",
    "hopes": "hope",
    "hoping": "hope",
    "aimed": "aim",
    "aims": "aim",
    "aiming": "aim",
    "planned": "plan",
    "plans": "plan",
    "planning": "plan",
    "targeted": "target",
    "targets": "target",
    "targeting": "target",
    "goals": "goal",
    "forecasts": "forecast",
    "forecasted": "forecast",
    "forecasting": "forecast",
    "projected": "project",
    "projection": "project",
    "projections": "project",
    "estimated": "estimate",
    "estimates": "estimate",
    "estimating": "estimate",
    "predicted": "predict",
    "prediction": "predict",
    "anticipated": "anticipate",
    "posted": "post",
    "reported": "report",
    "reports": "report",
    "increased": "increase",
    "increases": "increase",
    "increasing": "increase",
    "decreased": "decrease",
    "decreases": "decrease",
    "declined": "decline",
    "declines": "decline",
    "dropped": "drop",
    "drops": "drop",
    "jumped": "jump",
    "earned": "earn",
    "made": "make",
    "makes": "make",
    "losses": "loss",
    # "how much did they lose" asks for a loss
    "lose": "loss",
    "lost": "loss",
    "losing": "loss",
    "loses": "loss",
    # short words ending in "s" that are not plurals
    "was": "was",
    "has": "has",
    "does": "does",
    "its": "its",
    "yes": "yes",
    "his": "his",
    "news": "news",
    "series": "series",
    "versus": "vs",
    "whats": "what",
    "going": "going",  # "what are they going for": an expectation, not "go"
    "hows": "how",
}


@functools.cache
def terms_ending_in_s() -> frozenset[str]:
    """The reporting vocabulary's one-word terms ending in an "s" that makes no plural of
    another of its family's words: "eps" (never the plural of "ep"), not "asps"."""
    from bot.answering.english.lexicon import is_english
    from bot.facts import reporting

    return frozenset(
        w
        for f in reporting.families()
        for w in f.words
        if " " not in w and w.endswith("s") and w.isalpha() and not is_english(w)
        if w[:-1] not in f.words
    )


@functools.lru_cache(maxsize=50_000)
def lemma(word: str) -> str:
    word = word.lower().replace("’", "'")
    short = SHORTHAND.get(word)
    if short is not None and " " not in short:
        word = short  # "fcst" -> "forecast", "delivs" -> "delivery"
    if word in _LEMMAS:
        return _LEMMAS[word]
    word = word.removesuffix("'s").removesuffix("'")
    if word in _LEMMAS:
        return _LEMMAS[word]
    known = inflection_lemma(word)
    if known is not None:
        return known  # "delivered" -> "deliver", "took" -> "take", "dispatches" -> "dispatch"
    if word.endswith("s") and word in all_lemmas(word).get("NOUN", ()):
        return word  # a noun whose own form ends in s: "lens", "gas", "earnings"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word in terms_ending_in_s():
        return word  # "eps", "sss": a reporting term's initials, no plural of "ep"
    if (
        len(word) >= 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and "." not in word  # "u.s" is not a plural
    ):
        return word[:-1]
    return word


@dataclass(frozen=True)
class Token:
    """A word of a text, with its lemma and where it is."""

    text: str  # as written, lower-cased
    lemma: str
    start: int  # character offsets in the text it came from
    end: int


def tokenize(text: str) -> list[Token]:
    return list(_tokens(text))


@functools.lru_cache(maxsize=1024)  # a question is tokenized by several of asks' cues
def _tokens(text: str) -> tuple[Token, ...]:
    out = []
    for m in _TOKEN.finditer(_lowered(text)):
        word = _word(m.group())
        # (the fields set at once, not one frozen __setattr__ each as __init__ does: ~0.3
        # us a token, and a question's few texts are tokenized anew, ~10 tokens each)
        token = _new(Token)
        token.__dict__.update(text=word, lemma=lemma(word), start=m.start(), end=m.end())
        out.append(token)
    return tuple(out)


_new = object.__new__


def lemmas(text: str) -> tuple[str, ...]:
    """The lemmas of `tokenize(text)`, without making its tokens (names are many)."""
    return tuple(lemma(_word(w)) for w in _TOKEN.findall(_lowered(text)))


@functools.lru_cache(maxsize=4096)  # the store's few metric names, candidate after candidate
def name_lemmas(name: str) -> tuple[str, ...]:
    """`lemmas` of a metric's NAME, kept per name (apart from the questions' texts)."""
    return lemmas(name)


@functools.lru_cache(maxsize=4096)
def name_tokens(name: str) -> tuple[Token, ...]:
    """`tokenize` of a metric's NAME, kept per name: the cache of texts questions share
    would drop it when thousands of questions come after."""
    return _tokens.__wrapped__(name)


def said_as_its_verb(noun: str, said: Iterable[str]) -> bool:
    """Is NOUN said as the verb it is made of ("openings" as "opened", "shipments" as
    "shipped", "closures" as "closed"), one of the lemmas SAID?"""
    return any(len(v) > 3 and noun.startswith(v.removesuffix("e")) for v in said)


def lemmas_of_names(names: list[str]) -> list[tuple[str, ...]]:
    """`lemmas` of each of many names, their words looked up in the dictionary together."""
    lowered = [list(map(_word, _TOKEN.findall(_lowered(name)))) for name in names]
    words = {w for ws in lowered for w in ws}
    known_words(words | {w.removesuffix("'s").removesuffix("'") for w in words})
    return [tuple(map(lemma, ws)) for ws in lowered]


# -- what words signal -----------------------------------------------------------------

# Kinds. EXPECTED means "a target or a forecast, whichever the store has".
TARGET_WORDS = frozenset(
    {
        "target",
        "goal",
        "aim",
        "hope",
        "plan",
        "budget",  # "the 2026 capex budget": a spending plan
        "objective",
        "ambition",
        "want",
        "quota",
        "push",  # "what is Sony pushing for"
        "shoot",  # "shooting for"
        "eye",  # "eyeing 50 million"
        "approve",  # "what profit did the AGM approve for the year": a plan approved
    }
)
FORECAST_WORDS = frozenset(
    {
        "forecast",
        "guidance",
        "expect",
        "outlook",
        "project",
        "estimate",
        "predict",
        "anticipate",
        "guide",
        "projected",
        "view",  # "the full-year view"
        "reckon",  # "how much does it reckon it'll make"
        "pencil",  # "what did they pencil in"
    }
)
EXPECTED_WORDS = frozenset({"will", "going"})
ACTUAL_WORDS = frozenset(
    {"actual", "actually", "real", "reported", "report", "post", "result", "achieve", "deliver"}
)

# Intents.
TARGET_MET_WORDS = frozenset(
    {
        "meet",
        "hit",
        "reach",
        "achieve",
        "make",
        "miss",
        "beat",
        "exceed",
        "surpass",
        "top",
        "clear",  # "did bookings clear the low end of the outlook": pass it
        "trail",  # "did Costa trail Arrecife": one figure below another, or its goal
        "lag",
        "outpace",
        "outsell",
        "outstrip",
        "outdo",  # "did they outdo the forecast": beat it
        "outperform",
        "short",
        "shortfall",
        "undershoot",  # "how much did they undershoot the guidance"
        "overshoot",
        "track",
        "below",
        "above",
        "under",  # "how much did they come in under the guidance"
        "shy",
        "behind",
        "ahead",
        "along",  # "how far along toward the target"
        "toward",
        "towards",
        "close",
        "land",  # "did they land inside the range", "if it lands its goal"
        "inside",
    }
)
# The target-met words that say where a figure stands ("close to", "on track", "short
# of"): their verb forms are other verbs ("stores *closed*", "sales *tracked*").
POSITION_WORDS = frozenset(
    {"track", "below", "above", "under", "shy", "behind", "ahead", "along", "close", "short"}
)
# Verbs of a figure moving: "revenue rose", "how much did backlog shrink".
MOVE_VERBS = frozenset(
    {
        "grow",
        "increase",
        "rise",
        "decline",
        "drop",
        "fall",
        "jump",
        "decrease",
        "gain",
        # in the financial press's verbs
        "shrink",
        "contract",
        "expand",
        "dip",
        "slide",
        "slip",
        "plunge",
        "tumble",
        "sink",
        "soar",
        "surge",
        "climb",
        "slump",
        "improve",
        "worsen",
        "deteriorate",
        "swing",  # "swung to a profit", "the EBITDA swing"
    }
)
# A noun made of a verb of change ("improvement", "contraction"): its ending and the
# letters the verb had in its place
_NOUN_OF_A_VERB = (("ment", ""), ("ation", "e"), ("ion", ""), ("ion", "e"))


def move_verb_of_noun(word: str) -> str | None:
    """The verb of change WORD is the noun of ("improvement": "improve", "contraction":
    "contract"), or None: "the combined ratio improvement" asks the change as the verb
    would."""
    for ending, restored in _NOUN_OF_A_VERB:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            verb = word[: -len(ending)] + restored
            if verb in MOVE_VERBS:
                return verb
    return None


# Verbs of a count changing by additions and losses: "how many did they add", "net adds",
# "panels removed in Q2".
ADD_VERBS = frozenset({"add", "gain", "win", "lose", "remove", "shed"})
# Verbs that undo each other: a count of one is never the answer about the other ("how
# many stores did they close" is not the stores they opened).
_OPPOSITES = (
    ({"open"}, {"close", "shut"}),
    ({"hire"}, {"fire", "lay"}),
    ({"ship", "deliver", "sell"}, {"return"}),
    ({"launch", "introduce"}, {"discontinue", "retire"}),
    ({"acquire"}, {"divest", "dispose"}),
    ({"export"}, {"import"}),
)
OPPOSITE_VERBS: dict[str, frozenset[str]] = {}
for _one, _other in _OPPOSITES:
    for _a, _b in ((_one, _other), (_other, _one)):
        for _verb in _a:
            OPPOSITE_VERBS[_verb] = OPPOSITE_VERBS.get(_verb, frozenset()) | frozenset(_b)
GROWTH_WORDS = MOVE_VERBS | frozenset(
    {
        "growth",
        "up",
        "down",
        "compare",
        "comparison",
        "difference",
        "differ",
        "vs",
        "against",
        "yoy",
        "qoq",  # "sales qoq": against the quarter before (SEQUENTIAL_WORDS says which)
        "mom",  # month on month
        "hoh",
        # "how bad", "better than": a comparison
        "bad",
        "worse",
        "better",
        "weaker",
        "stronger",
        "narrower",  # "how much narrower was the loss"
        "wider",
    }
)
TREND_WORDS = frozenset(
    {
        "trend",
        "trending",
        "chart",
        "graph",
        "plot",
        "visualize",
        "visualise",
        "develop",
        "developed",
        "developing",
        "evolution",
    }
)
# "quarterly xperia sales": every quarter, when the question names no single period
SERIES_WORDS = frozenset({"quarterly", "yearly", "annually"})
SEQUENTIAL_WORDS = frozenset({"sequential", "sequentially", "qoq", "mom", "hoh"})
# "Where does the 39 million figure come from?": find a figure by its amount.
SOURCE_WORDS = frozenset(
    {
        "source",
        "sourced",
        "come",
        "came",
        "cite",
        "citation",
        "quote",
        "quoted",
        "origin",
        "according",
        "reference",
        "said",  # "who said the backlog was 1.53bn"
        "say",
        "stated",
        "state",
        "announced",
    }
)

# Revisions.
ORIGINAL_WORDS = frozenset({"original", "originally", "initial", "initially", "first", "maiden"})
PREVIOUS_WORDS = frozenset({"previous", "prior", "earlier", "old", "before", "former"})
CURRENT_WORDS = frozenset(
    {"current", "latest", "new", "now", "after", "revised", "updated", "final"}
)
HISTORY_WORDS = frozenset({"history", "revision", "revise", "change", "evolve"})
CHANGE_VERBS = frozenset(
    {
        "cut",
        "lower",
        "reduce",
        "raise",
        "revise",
        "change",
        "trim",
        "slash",
        "chop",
        "downgrade",
        "upgrade",
        "update",
        "bump",  # "before they bumped it up"
        "lift",
        "hike",
        "boost",
        "adjust",
        "tweak",
        "pare",
        "scale",
        "narrow",  # "they narrowed the range"
        "widen",
        "loosen",  # "loosened its efficiency goal": a ratio's goal, made easier
        "tighten",
        "relax",
    }
)

# Verbs of stating a figure ("the target they *set* in May", "as *given* at the call"):
# they say when or how a figure was given, never which figure.
STATEMENT_VERBS = frozenset(
    {"set", "give", "issue", "announce", "state", "publish", "provide", "unveil", "declare"}
)


# Unit words: evidence for metrics measured in that unit.
@kept_between_runs(  # (made once per machine, not at each process's first currency word)
    "answering/english/lexicon.py",
    "answering/english/dictionary.py",
    "facts/quantities.py",
    "facts/currencies.json",
    also=table_name,
)
def currency_families() -> dict[str, frozenset[str]]:
    """'pesos', 'francs', 'rupees': the last word of several currencies' names, which in
    a question is whichever of them the company reports in (as "dollars" are). Never a
    word that is also an English verb or adjective ("real", "mark"), nor one the unit
    words already read ("pound", "won")."""
    named = [(code, name.split()) for code, names in currency_names().items() for name in names]
    # the dictionary asked once for all these words, not once a word (~190 queries)
    known_words({words[-1] for _, words in named if len(words) > 1})
    heads: dict[str, set[str]] = {}
    for code, words in named:
        if len(words) > 1:
            heads.setdefault(lemma(words[-1]), set()).add(code)
    known_words(set(heads))
    return {
        head: frozenset(codes)
        for head, codes in heads.items()
        if len(codes) > 1
        and head not in CURRENCY_WORDS
        and not parts_of_speech(head) & {"VERB", "ADJ", "ADV"}
    }


# "average revenue per user", "avg price": every rate is an average; the word names none
AVERAGE_WORDS = frozenset({"average", "avg", "mean"})
# The forms of "be", as written and as lemmas: "stores that were open", "how far was it"
COPULAS = frozenset({"is", "are", "was", "were", "am", "be", "been", "being"})

UNIT_WORDS = {
    "percent": "percent",
    "percentage": "percent",
    # percentage points: "by how many pts did the margin improve"
    "pt": "percent",  # "pts"
    "point": "percent",  # "by how many points"
    "pp": "percent",
    "ppt": "percent",
    "bp": "percent",  # "bps"
    "%": "percent",
    "pct": "percent",
    "$": "USD",
    "unit": "units",
    "many": "units",
    "copy": "units",  # "how many copies did it sell"
    "piece": "units",
    "item": "units",
} | {w: unit for w, unit in CURRENCY_WORDS.items() if not w.endswith("s")}  # "nzd", "rupee"


# Words that carry no meaning for matching. Generous on purpose: every other word must be
# explained by an entity, metric, kind, period or intent, or the bot abstains.
FILLER = frozenset(
    """
a an the of in for to by on at as from with about into onto over under up out off per via
and or but nor so yet than then that this these those there here which who whom whose what
when where why how whether if is are was were be been being am do does did done doing have
has had having can could would should shall may might must will going get got gets getting
let it its it's they them their theirs he she his her we us our you your i me my mine tell
show give find know say said says see look please thanks thank hey hi hello ok okay many
much number figure figures amount total overall all any some each every both either exactly
roughly approximately around about nearly almost just only also again still even really
actually ever yet already far anyway well very quite company company's firm business
corporation corp inc ltd group's year years yearly annual annually quarter quarters
quarterly fiscal calendar fy period periods month months monthly week weekly time times plus
date dates day days
season value values level levels size big large high low huge small worldwide global
globally overall whole entire full managed manage able try tried end ended ending until till
through during since same compared comparison vs versus relative respect regards regarding
did didn't doesn't isn't wasn't weren't don't dont didnt doesnt wasnt record records data
info information stats statistic statistics numbers me know think coming upcoming next
money million millions billion billions thousand thousands trillion mn bn tn m b k
lakh lakhs lac crore crores cr pence cents paise
count tally go went gone thing stuff lot guy folk end ever sort kind way term basis absolute look
question lol btw fyi ish team management boss mate buddy cheers morning afternoon evening reminder
bot salesbot
update context stat ballpark rundown breakdown snapshot overview summary headline chance
idea sense clue memory press release call statement filing deck slide presentation
meeting webcast briefing launch launched debut inception introduction lifetime one ones worth
medium mid midterm near-term longterm horizon gaap ifrs
""".split()
)
# "the GAAP net loss", "on an IFRS basis": the figure as reported, never an adjusted one
UNADJUSTED_BASIS = frozenset({"gaap", "ifrs", "statutory"})
# (as lemmas, the form names are compared in: "adjusted" is "adjust")
ADJUSTED_BASIS = frozenset({"adjust", "underlie", "core"})
# A figure counted as cash moves, against the one booked as GAAP has it ("cash NOI",
# "cash rent spread")
CASH_BASIS = frozenset({"cash"})
# Every basis a figure is restated on, against the figure as reported: "organic growth",
# "normalized EBITDA", "growth at cc", "like-for-like sales"
RESTATED_BASIS = ADJUSTED_BASIS | frozenset(
    {"organic", "normalize", "comparable", "constant", "cc", "cer", "lfl", "like"}
)
# The words that ask a figure in percent ("growth %", "pct", "as a percentage")
PERCENT_WORDS = frozenset({"%", "percent", "percentage", "pct"})

# The bases a change is restated on, each with the words that name it: a question naming
# one ("organic") is answered by a figure named with any of its words ("comparable")
CHANGE_BASES = (
    frozenset({"organic", "organically", "comparable", "lfl", "like"}),  # (no acquisitions)
    frozenset({"constant", "cc", "cer", "currency", "fx"}),  # (exchange rates held)
)


def bases_said_as(said: set[str]) -> set[str]:
    """SAID with every word of each change basis it names ("organic": "comparable" too)."""
    return said.union(*(basis for basis in CHANGE_BASES if basis & said))


# Two-letter or shorter words never carry meaning unless the vocabulary knows them.
def is_noise(token: str) -> bool:
    return len(token) <= 1 and not token.isdigit()


# Every word some lexicon reads as a signal (kind, intent, revision): a slip into one is
# read as the word.
LEXICON = (
    TARGET_WORDS
    | FORECAST_WORDS
    | EXPECTED_WORDS
    | ACTUAL_WORDS
    | TARGET_MET_WORDS
    | GROWTH_WORDS
    | TREND_WORDS
    | SEQUENTIAL_WORDS
    | ORIGINAL_WORDS
    | PREVIOUS_WORDS
    | CURRENT_WORDS
    | HISTORY_WORDS
    | CHANGE_VERBS
    | SOURCE_WORDS
)

# Month names and their abbreviations, by number.
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

# The words that name one end of a range, or a range itself.
LOW_END_WORDS = frozenset({"low", "lower", "bottom", "floor", "minimum", "min", "least"})
HIGH_END_WORDS = frozenset({"high", "upper", "top", "ceiling", "maximum", "max", "most"})
# ("the width of the range": a range answer says how wide it is)
RANGE_WORDS = frozenset({"range", "end", "between", "band", "bracket", "bound", "limit", "width"})

# Words that name a figure expected rather than reported: targets and forecasts.
EXPECTATION_WORDS = TARGET_WORDS | FORECAST_WORDS | EXPECTED_WORDS

# Words of the period grammar: a typo in one ("qaurter", "fisacl", "Febuary") must not
# hide the period and leave the latest one to be answered.
PERIOD_WORDS = frozenset(
    """quarter quarters fiscal financial calendar year years month months half first second
    third fourth final last previous next ending ended through week weeks""".split()
    + [m for m in MONTHS if len(m) > 3]
)
# the words of the period grammar that say which period counts from which
PERIOD_RELATIONS = frozenset(
    "before after earlier later prior preceding following previous same since until ago".split()
)


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank out spans, keeping every other character where it was."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
