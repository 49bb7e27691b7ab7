"""What makes a clause's subject a name of a measure: a plain noun phrase of the language
("gross written premiums", "trading volume", "room nights booked"), with no verb, pronoun,
time or other company inside it, and no word that makes it someone else's figure; and how
such a phrase is written as a metric's name."""

from __future__ import annotations

import re
from datetime import date

from lemminflect import getAllLemmas, getInflection

from bot.ingest.clauses.context import Context
from bot.ingest.timing import find_times

# Words that never name a company's own measure: pronouns and function words, and the
# subjects of other people's figures (a share price, analysts' consensus, a market)
NOT_IN_NAME = frozenset(
    """
    it this that these those which who what we they he she there here i you one all each both
    some any is was were are be been has have had will would could should may might not no
    said says than also just only now then still already such other another its their our
    his her my your where when whose whom as if because although though whereas despite
    after before since until unless while
    analysts analyst investors consensus estimate estimates economists shares share stock
    market markets industry rival rivals competitor competitors peer peers index
    benchmark benchmarks reference spot futures curve brent wti exchange currency
    """.split()
)
# A head that says only that something was counted, or moved, never what
NOT_HEAD = frozenset(
    """
    total number figure amount result results level increase decrease rise decline fall drop
    gain change improvement contribution share portion part half majority rest balance
    year quarter month week period season day time expectations guidance forecast target
    outlook plan goal ambition range midpoint
    """.split()
)


def is_noun_phrase(np: str, published: date, ctx: Context) -> bool:
    words = np.split()
    lower = [w.lower().strip("'’") for w in words]
    if any(w in NOT_IN_NAME for w in lower) or lower[-1] in NOT_HEAD:
        return False
    if lower[-1] in ("of", "and", "&") or any(w.endswith(("'s", "’s")) for w in lower):
        return False  # "Yuanhe's revenue": the vocabulary's reading, not a coined name
    for n, w in enumerate(lower):
        tags = getAllLemmas(w)
        if w == "on" and n and lower[n - 1] == "return" and n < len(lower) - 1:
            continue  # "return on average equity": a ratio's name, its "on" its own
        if (
            tags
            and not (set(tags) & {"NOUN", "PROPN", "ADJ"})
            and not participle(lower, n)
            and not _gerund_modifier(lower, n)
            and not _gerund_head(lower, n)
        ):
            return False  # a verb or an adverb is no part of a name ("Sales here rose")
    if find_times(np, published):
        return False  # "Last year was", "The quarter was"
    return not ctx.names.mentions(np)


def participle(words: list[str], n: int) -> bool:
    """A participle is part of a name before its head ("gross written premiums") or after a
    plural it tells how was counted ("room nights booked", "passengers carried")."""
    lemmas = getAllLemmas(words[n]).get("VERB", ())
    if not any(words[n] in (getInflection(lemma, "VBN") or ()) for lemma in lemmas):
        return False
    return n < len(words) - 1 or (n > 0 and words[n - 1].endswith("s"))


# -ing words that lead a phrase, never head a measure's name
_NO_GERUND_HEAD = frozenset(
    "including excluding according regarding following during notwithstanding concerning "
    "pending considering".split()
)


def _gerund_head(words: list[str], n: int) -> bool:
    """A verb's -ing form that ends the phrase is the noun of what was done: "Gearing
    finished the year at 27.9%", "Net leasing was", the gerund the dictionary lists only as
    a verb's form."""
    word = words[n]
    if n != len(words) - 1 or not word.endswith("ing") or word in _NO_GERUND_HEAD:
        return False
    lemmas = getAllLemmas(word).get("VERB", ())
    return any(word in (getInflection(lemma, "VBG") or ()) for lemma in lemmas)


def _gerund_modifier(words: list[str], n: int) -> bool:
    """A verb's -ing form before a noun names a kind of it: "trading volume", "operating
    ratio", "selling price", "lending income" (never "including", "excluding": a part
    set apart)."""
    word = words[n]
    if n == len(words) - 1 or not word.endswith("ing") or word in ("including", "excluding"):
        return False
    lemmas = getAllLemmas(word).get("VERB", ())
    if not any(word in (getInflection(lemma, "VBG") or ()) for lemma in lemmas):
        return False
    # (of a measure: "trading volume", "operating rate"; never "operating days", "maturing
    # stocks", "transacting users": things counted, read by the rules of counts)
    return "NOUN" in getAllLemmas(words[n + 1]) and words[-1] in _MEASURE_HEADS


_MEASURE_HEADS = frozenset(
    """
    volume volumes price prices rate ratio margin spread income revenue revenues fees value
    yield capacity costs cost spend profit sales expenses
    """.split()
)


def written_name(np: str) -> str:
    """The name as a metric: a sentence's capital dropped, acronyms and names kept."""
    words = np.split()
    first = words[0]
    if first[1:] == first[1:].lower() and len(first) > 1:
        words[0] = first.lower()
    return " ".join(words)


def spelled_out(np: str, ctx: Context) -> str:
    """NP with a short form the report defines spelled out: "GGR for the full year rose"
    is gross gaming revenue's growth, defined as "gross gaming revenue (GGR)"."""
    return " ".join(
        ctx.metrics.short_forms[w].name if w in ctx.metrics.short_forms else w for w in np.split()
    )


def known_word(word: str) -> bool:
    """A word of the language, an acronym ("RTMs") or a compound of words ("carloads",
    "ton-miles"); a coined name ("Pelunor") is none of them."""
    if re.fullmatch(r"[A-Z][A-Z0-9&]+s?", word):
        return True
    parts = [w for w in word.lower().strip("'’").split("-") if w]
    return bool(parts) and all(
        getAllLemmas(w)
        or any(
            len(w[:i]) >= 3 and getAllLemmas(w[:i]) and getAllLemmas(w[i:])
            for i in range(3, len(w) - 2)
        )
        for w in parts
    )
