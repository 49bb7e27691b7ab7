"""Amounts of a substance measured in a physical unit: "812 million kgMS of milk solids",
"we collected 1.2 million tonnes", "output of 40 million litres". The unit is no product:
the metric names what was measured and what was done with it ("milk collected"), and the
unit stays a synonym so a question in the unit's words finds it too."""

from __future__ import annotations

import re

from lemminflect import getAllLemmas, getInflection, getLemma

from bot.facts.quantities import MEASURE_UNIT as UNIT
from bot.ingest.breaks import clause_start

_OF_SUBSTANCE = re.compile(r"\s+of\s+(?P<s>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\b")
# A verb of handling before the figure: "collected", "expects to collect", "produced"
_VERB = re.compile(
    r"\b(?P<v>collect\w*|produc\w*|process\w*|ship\w*|deliver\w*|sold|sell\w*|handl\w*"
    r"|harvest\w*|mine[ds]?|mining|extract\w*|refin\w*|export\w*|import\w*|pump\w*|generat\w*"
    r"|transport\w*|carr(?:y|ied|ies)|output|pour(?:ed|s|ing)?|smelt\w*"
    # "we crushed 9.6 million tonnes of cane", "ground 298,400 tonnes of cocoa beans",
    # "recovered 3.4 million tons of recyclables", "billed 179,260 megalitres of water"
    r"|crush\w*|grind\w*|ground|mill(?:ed|s|ing)?|bill(?:ed|s|ing)?|recover\w*|recycl\w*"
    r"|treat(?:ed|s|ing)?|suppl(?:y|ied|ies|ying)|pick(?:ed|s|ing)?|distribut\w*)\b",
    re.IGNORECASE,
)
# a word for producing the substance: "poured 98,300 oz of gold" (a mine's gold is poured
# as bars) is the gold produced, as "output" is
_NOUN_OF_VERB = {
    "collection": "collect",
    "production": "produce",
    "output": "produce",
    "pour": "produce",
    "poured": "produce",
    "pouring": "produce",
    "smelted": "produce",
}
_SUBJECT_BEFORE = re.compile(r"(?P<s>[A-Za-z][a-z-]+)\s+$")
_NOT_SUBSTANCE = frozenset(
    "we it they the its our their company group which that who has have had will expects alone "
    "expect now also total full took takes brought brings lifted pushed".split()
)


# A clause's subject that names the amount, then a verb of being or of moving to it: "Local
# despatches declined by 3.6% to 4,918,640 tonnes", "Production in 2024 amounted to 61,400
# tonnes", "Coal stockpiles stood at 1.9 Mt"
_LEVEL_SUBJECT = re.compile(
    r"^\W*(?:(?i:the|its|our|their)\s+)?(?:[A-Za-z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s\s+)?"
    r"(?P<s>(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)"
    r"(?:\s+\([^()]{1,25}\))?(?:\s+(?:in|for|during|over|at)\s+[^\d;:]{1,40}?)?"
    r"\s+(?:(?:was|were|remained|held)(?:\s+(?:almost|broadly|largely|nearly))?"
    r"\s+(?:flat|stable|steady|unchanged)\s+at|remained\s+at"
    r"|was|were|stood\s+at|reached|totall?ed|amounted\s+to|came\s+(?:in\s+)?(?:to|at)"
    r"|(?:rose|fell|grew|increased|decreased|declined|climbed|dropped|slipped|jumped|eased)"
    r"(?:\s+(?:by\s+)?[\d.,]+\s*(?:%|pc|per\s*cent))?\s+to)"
    r"\s+(?:(?:about|around|approximately|some|nearly|almost|a\s+record)\s+)?$"
)
# (a pronoun, or a word that opens a clause of its own: "..., when throughput was ...")
_NO_SUBJECT = frozenset(
    "it this that which they there we he she when where while whereas as after before since if"
    " because though although".split()
)


def _subject_named(text: str, fig_start: int) -> str | None:
    """The words of the clause's subject that name an amount in a physical unit ("local
    despatches", "greenhouse area", "production"), when the clause only says it was, or
    moved to, the figure; else None."""
    m = _LEVEL_SUBJECT.search(text[clause_start(text, fig_start) : fig_start])
    if m is None:
        return None
    words = [w.lower() for w in m["s"].split()]
    if words[0] == "total" and len(words) > 1:
        words = words[1:]
    if words[0] in _NO_SUBJECT or words[-1] in _NOT_SUBSTANCE:
        return None
    if "NOUN" not in getAllLemmas(words[-1]):
        return None
    return " ".join(words)


def measured(text: str, fig_start: int, fig_end: int, left: int) -> tuple[str, str] | None:
    """(metric name, unit) for a figure in a physical unit, or None. LEFT is where the
    figure's stretch of the sentence begins."""
    unit = UNIT.match(text, fig_end)
    if unit is None:
        return None
    before = text[left:fig_start]
    verbs = list(_VERB.finditer(before))
    if not verbs:
        # "Local despatches declined by 3.6% to 4,918,640 tonnes": what the subject names
        named = _subject_named(text, fig_start)
        # ("a plant of 40 million litres": a capacity, not an amount handled)
        return (named, unit["unit"]) if named is not None else None
    verb = verbs[-1]
    word = verb["v"].lower()
    lemma = _NOUN_OF_VERB.get(word.rstrip("s")) or (getLemma(word, upos="VERB") or (word,))[0]
    participle = (getInflection(lemma, tag="VBN") or (lemma,))[0]
    substance = None
    of = _OF_SUBSTANCE.match(text, unit.end())
    if of is not None:
        substance = of["s"].split()[0]  # "of milk solids": milk
    if substance is None:
        # "Milk collected of 812 million", "FY25 milk collections of 1,545 million"
        # (the verb was found in the stretch, its offsets counted from LEFT; the word before
        # it may lie before the stretch: "Zinc production at ... came in at 6,050 tonnes")
        subject = _SUBJECT_BEFORE.search(text, 0, left + verb.start())
        if (
            subject is not None
            and subject["s"].lower() not in _NOT_SUBSTANCE
            # a noun ("zinc production"), never the "to" of "expected to produce"
            and "NOUN" in getAllLemmas(subject["s"].lower())
        ):
            substance = subject["s"].lower()
    return f"{substance or unit['unit']} {participle}", unit["unit"]
