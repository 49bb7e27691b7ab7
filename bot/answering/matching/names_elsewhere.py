"""A word read as a slip of a company's name that the company's own reports write as a
name of something else: "farmavita h1 sales" of Farmacia Carpatica, whose reports quote
the rival chain Farmavita. The question is about that other party, whose figures the store
does not hold; answered with the company's own, it would get a wrong figure with a
citation. A slip forgiven must be a word nothing else is called."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import replace

from bot.answering.english.lexicon import parts_of_speech
from bot.answering.english.words import tokenize
from bot.answering.reading.query import Query
from bot.answering.vocabulary.vocabulary import Vocabulary

# A capitalised word as a report writes a name ("Farmavita", "McKinley", "Hana-Tel")
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][\w'’-]*[a-z][\w'’-]*")
_POSSESSIVE = re.compile(r"['’]s$")


def names_written(texts: Iterable[str]) -> frozenset[str]:
    """The capitalised words of TEXTS that no English dictionary holds (lower case, without
    accents): the names the reports write, of people, rivals, brands and places."""
    found: set[str] = set()
    for text in texts:
        for m in _CAPITALISED.finditer(text):
            word = _plain(_POSSESSIVE.sub("", m.group()).rstrip("'’-"))
            if len(word) >= 4 and not parts_of_speech(word):
                found.add(word)
    return frozenset(found)


def slip_named_otherwise(
    query: Query, vocab: Vocabulary, written: Callable[[int], frozenset[str]]
) -> Query:
    """QUERY with a word it took for a slip of its company's name, which that company's
    reports write as a name of their own (WRITTEN: a company's names written), noted as
    another party named (`Query.others_named`), which the engine says it has nothing
    about before any figure is read."""
    if not query.entity_ids:
        return query
    for token in tokenize(query.text):
        company = vocab.slip_of_name(token.lemma)
        if company is None or company not in query.entity_ids:
            continue
        word = _plain(_POSSESSIVE.sub("", token.text))
        if word not in written(company) or _a_form_of_its_name(word, vocab, company):
            continue
        return replace(query, others_named=(*query.others_named, _POSSESSIVE.sub("", token.text)))
    return query


def _a_form_of_its_name(word: str, vocab: Vocabulary, company: int) -> bool:
    """Is WORD its company's own name word with a plural or possessive ending?"""
    own = {_plain(w) for w in vocab.name_words_of(company)}
    return any(word in (w + "s", w + "es") or w in (word + "s", word + "es") for w in own)


def _plain(word: str) -> str:
    """WORD in lower case without accents ("Carpatică" is "carpatica")."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
