"""The phrases that name an amount of money ("net sales", "operating loss", "PBT") and the
name ingestion gives each: read from the reporting vocabulary (`bot/facts/reporting.json`),
the one the answering engine reads questions with, so that what ingestion names questions
find. Only the accounts the vocabulary has no family for (cash flow, capital spending, a
dividend) are listed here.

Ingestion keeps a few distinctions the vocabulary's families do not: a loss is named as a
loss ("net loss", "operating loss"), and a bare "profit" or "earnings" is no net income
until a qualifier says so (`metrics.MetricReader._money` reads "net" and "operating").
"""

from __future__ import annotations

import functools

from bot.facts import reporting

# The name each money family's figures get: the engine's labels, in the words ingestion
# has always stored them under (a store's metrics keep their names across versions)
_NAMES = {
    "revenue": "revenue",
    "gross_profit": "gross profit",
    "ebitda": "EBITDA",
    "operating_profit": "operating income",
    "pretax_profit": "pretax profit",
    "net_profit": "net income",
    "eps": "earnings per share",
}
_LOSSES = {
    "gross_profit": "gross loss",
    "operating_profit": "operating loss",
    "pretax_profit": "pretax loss",
    "net_profit": "net loss",
    "eps": "loss per share",
}
# A measure many reports state beside the one its family is named for, under its own name
# ("EBIT" and "operating income" may be two lines of one report)
_OWN_NAME = {
    "ebit": "EBIT",
    "ebita": "EBITA",
    # Japan's profit before extraordinary items and tax: a pre-tax measure by its own name
    "ordinary profit": "ordinary profit",
    "ordinary income": "ordinary income",
    "ordinary loss": "ordinary loss",
    "recurring profit": "recurring profit",
    "recurring income": "recurring income",
}
# Families counted in money or in units whose words name the account itself: "bookings",
# "order intake", "order book"
_OWN_WORDS = ("orders", "backlog")
# Contracted revenue not yet earned ("RPO") is a level of its own, named below with its
# current part: as a word of the backlog family it would be named "backlog"
_NOT_HEADS = frozenset({"rpo", "remaining performance obligations"})
# Accounts no family of the vocabulary holds: what a company has, spends or pays out
_ACCOUNTS = {
    "cash flow": "cash flow",
    "free cash flow": "free cash flow",
    "operating cash flow": "operating cash flow",
    "capital expenditure": "capital expenditure",
    "capital expenditures": "capital expenditure",
    "capex": "capital expenditure",
    "dividend": "dividend",
    # the contracts a services company signs in a period, by their whole value
    "tcv": "TCV",
    "total contract value": "TCV",
    # a Japanese company's profit before extraordinary items: neither operating nor net
    "ordinary income": "ordinary income",
    "ordinary profit": "ordinary profit",
    "ordinary loss": "ordinary loss",
    # a miner's cost per ounce of gold sold ("AISC of A$2,412/oz")
    "all-in sustaining cost": "all-in sustaining cost",
    "all-in sustaining costs": "all-in sustaining cost",
    "aisc": "all-in sustaining cost",
    # a subscription company's levels on a day: what its contracts bring in a year, and the
    # contracted revenue not yet earned (all of it, and the part due within a year)
    "annual recurring revenue": "annual recurring revenue",
    "arr": "annual recurring revenue",
    "remaining performance obligations": "remaining performance obligations",
    "rpo": "remaining performance obligations",
    "current remaining performance obligations": "current remaining performance obligations",
    "current rpo": "current remaining performance obligations",
    "crpo": "current remaining performance obligations",
    # what a marketplace's users buy through it in a period, of which its revenue is a take
    "gross merchandise value": "GMV",
    "gross merchandise volume": "GMV",
    "gmv": "GMV",
    # an amount per unit of what is sold: a hotel's revenue per available room and its
    # average daily rate, an operator's average revenue per user
    "revpar": "RevPAR",
    "revenue per available room": "RevPAR",
    "average daily rate": "ADR",
    "adr": "ADR",
    "arpu": "ARPU",
    "average revenue per user": "ARPU",
}
# A bare result is no net income until a qualifier says so ("operating profit of ...")
_BARE_RESULT = frozenset({("profit",), ("earning",)})
# Phrasal verbs of the vocabulary ("brought in", "rang up") are read as verbs, not heads
_PARTICLES = frozenset({"in", "up"})


_LINKS = frozenset("of per before after for from to a and the".split())


def _forms(phrase: str) -> set[str]:
    """The written forms a phrase is found in: as listed, without hyphens, and plural when
    it ends in its head noun ("operating losses", "pretax profits"; never "per shares")."""
    out = {phrase, phrase.replace("-", " ")}
    for p in list(out):
        words = p.split()
        last = words[-1]
        if _LINKS & set(words[:-1]) or not last.isalpha() or last in ("ebitda", "ebit", "ebita"):
            continue
        if last.endswith("ss"):
            out.add(p + "es")  # "loss" -> "losses"
        elif not last.endswith(("s", "x")):
            out.add(p + "s")
    return out


def _qualified(phrase: str, listed: set[str]) -> tuple[list[str], str] | None:
    """PHRASE as (qualifiers, listed phrase) when it is another listed phrase with words
    before it that name no measure ("net sales", "basic EPS", "adjusted EBITDA")."""
    words = phrase.split()
    for k in range(1, len(words)):
        head, lead = " ".join(words[k:]), words[:k]
        if head in listed and not any(reporting.family_of(w) for w in lead):
            return lead, head
    return None


def _name_of(fam: reporting.Family, phrase: str) -> str:
    """The name of an unqualified phrase of FAM."""
    if phrase in _OWN_NAME:
        return _OWN_NAME[phrase]
    if reporting.is_loss(phrase) and fam.key in _LOSSES:
        return _LOSSES[fam.key]
    if reporting.normalize(phrase) in _BARE_RESULT:
        return "profit"
    return _NAMES[fam.key]


# Qualifiers that restate the whole measure: "net sales" and "total revenue" are revenue
_RESTATING = frozenset({"net", "total", "group", "consolidated", "overall", "reported"})


@functools.cache
def money_heads() -> dict[str, str]:
    """Written phrase (lower case) -> the metric name ingestion gives its amount."""
    out: dict[str, str] = {}
    for fam in reporting.families():
        if fam.key in _NAMES:
            listed = {p.lower() for p in (*fam.words, *fam.narrower)}
            for phrase in (*fam.words, *fam.narrower):
                words = phrase.lower()
                if words.split()[-1] in _PARTICLES:
                    continue
                qualified = _qualified(words, listed)
                if qualified is not None:
                    # "net sales", "basic EPS", "adjusted EBITDA": the measure, qualified
                    # as the metric reader qualifies it
                    lead, head = qualified
                    name = _name_of(fam, head)
                    if name == "profit" and "net" in lead:
                        name = _NAMES["net_profit"]
                    name = " ".join([*(w for w in lead if w not in _RESTATING), name])
                elif words in _OWN_NAME:
                    name = _OWN_NAME[words]  # "EBITA": a measure of its own, by its own name
                elif phrase in fam.narrower and words.split()[0] not in ("sales", "gross"):
                    name = f"{words.split()[0]} {_name_of(fam, words)}"
                else:
                    name = _name_of(fam, words)
                for form in _forms(words):
                    out.setdefault(form, name)
        elif fam.key in _OWN_WORDS:
            listed = {w.lower() for w in fam.words}
            for phrase in listed:
                single = " " not in phrase
                if single and (phrase.endswith("ed") or phrase + "s" in listed):
                    continue  # "booked" is a verb; "order" names one order, not the total
                if phrase in _NOT_HEADS or any(phrase.endswith(" " + w) for w in listed):
                    continue  # "order backlog": "backlog" is its head, "order" a modifier
                for form in _forms(phrase):
                    out.setdefault(form, phrase)
    for phrase, name in _ACCOUNTS.items():
        for form in _forms(phrase):
            out.setdefault(form, name)
    return out
